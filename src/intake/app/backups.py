"""Backups from an unlocked session, and checking the audit trail.

A backup goes into the workspace's `backups/` folder unless another is named (a USB
stick, a network share). It is only reported done once it has been reopened, passed
`cipher_integrity_check` and shown the same row counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intake.domain import Role
from intake.store import AuditAction, AuditEntity, AuditVerdict
from intake.store.backup import BackupManifest, discard, make_backup, verify_backup

if TYPE_CHECKING:
    from intake.app.session import Session


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    manifest: BackupManifest


class Backups:
    def __init__(self, session: Session) -> None:
        self._s = session

    def create(self, target: Path | None = None) -> BackupResult:
        self._s.require(Role.ADMIN, Role.MANAGER)
        now = self._s.now()
        folder = target or self._s.layout.backups / f"intake-backup-{now.strftime('%Y%m%d-%H%M%S')}"
        store = self._s.store
        with store.db.transaction():
            self._s.audit(AuditAction.BACKED_UP, AuditEntity.BACKUP)
        try:
            manifest = make_backup(store.db, self._s.key, self._s.layout.keyslots, folder, now)
        except BaseException:
            discard(folder)
            raise
        return BackupResult(folder, manifest)

    def verify(self, folder: Path) -> BackupManifest:
        """Check a backup made from this workspace opens and is complete."""
        return verify_backup(folder, self._s.key)

    def verify_audit(self) -> AuditVerdict:
        return self._s.store.audit.verify()
