"""Backups: a keyed copy made with `sqlcipher_export`, verified before it counts.

A backup is a folder holding the exported database, a copy of the keyslots file (so the
same passwords and the printed recovery key open it) and a manifest with the row counts
of each table. The manifest is written last, so a folder without one is incomplete.
Restoring never deletes the current database: it is moved aside first.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intake.store.database import Database, starts_plaintext
from intake.store.errors import BackupInvalidError, StoreError, WorkspaceExistsError
from intake.store.files import (
    DB_NAME,
    KEYSLOTS_NAME,
    Layout,
    atomic_write,
    copy_durably,
    fsync_dir,
    os_error,
)

MANIFEST_NAME = "backup.json"


@dataclass(frozen=True)
class BackupManifest:
    created_at: str
    user_version: int
    counts: dict[str, int]


def make_backup(
    db: Database, key: bytes, keyslots: Path, target: Path, at: datetime
) -> BackupManifest:
    """Export, copy the keyslots, verify, then write the manifest. Raises if unverifiable."""
    if target.exists() and any(target.iterdir()):
        raise WorkspaceExistsError(
            "There is already a backup in that folder.", "Choose a new folder for the backup."
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc) from None
    partial = target / (DB_NAME + ".partial")
    try:
        target.chmod(0o700)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise os_error(exc) from None
    db.checkpoint()
    db.export_to(partial, key)
    os.replace(partial, target / DB_NAME)
    copy_durably(keyslots, target / KEYSLOTS_NAME)
    manifest = BackupManifest(
        created_at=at.isoformat(timespec="seconds"),
        user_version=db.user_version,
        counts=db.table_counts(),
    )
    verify_backup(target, key, manifest)
    atomic_write(
        target / MANIFEST_NAME,
        json.dumps(
            {
                "format": 1,
                "created_at": manifest.created_at,
                "user_version": manifest.user_version,
                "counts": manifest.counts,
            },
            indent=1,
        ).encode("utf-8"),
    )
    return manifest


def read_manifest(folder: Path) -> BackupManifest:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_bytes())
        return BackupManifest(
            str(data["created_at"]),
            int(data["user_version"]),
            {str(k): int(v) for k, v in data["counts"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise BackupInvalidError() from None


def verify_backup(
    folder: Path, key: bytes, expected: BackupManifest | None = None
) -> BackupManifest:
    """Open the backup with the key, run both integrity checks and compare row counts."""
    manifest = expected or read_manifest(folder)
    path = folder / DB_NAME
    if not path.exists() or starts_plaintext(path):
        raise BackupInvalidError()
    try:
        copy = Database.open(path, key)
    except StoreError:
        raise BackupInvalidError() from None
    try:
        if copy.integrity_problems(full=True):
            raise BackupInvalidError()
        if copy.user_version != manifest.user_version or copy.table_counts() != manifest.counts:
            raise BackupInvalidError()
    except StoreError as exc:
        if isinstance(exc, BackupInvalidError):
            raise
        raise BackupInvalidError() from None
    finally:
        copy.close()
    return manifest


def restore_backup(folder: Path, key: bytes, layout: Layout, stamp: str) -> Path | None:
    """Put a verified backup in place of the workspace database and keyslots.

    Returns the folder the replaced files were moved to (None if there were none).
    The workspace must not be open.
    """
    verify_backup(folder, key)
    try:
        layout.folder.mkdir(parents=True, exist_ok=True)
        kept: Path | None = None
        current = [layout.database, *layout.sidecars(), layout.keyslots]
        if any(p.exists() for p in current):
            kept = layout.folder / f"replaced-{stamp}"
            kept.mkdir()
            for p in current:
                if p.exists():
                    os.replace(p, kept / p.name)
            fsync_dir(kept)
            fsync_dir(layout.folder)
        copy_durably(folder / DB_NAME, layout.database)
        copy_durably(folder / KEYSLOTS_NAME, layout.keyslots)
    except OSError as exc:
        raise os_error(exc) from None
    return kept


def discard(folder: Path) -> None:
    """Remove an unverified, incomplete backup folder (never a workspace)."""
    if (folder / MANIFEST_NAME).exists():
        return
    with contextlib.suppress(OSError):
        shutil.rmtree(folder)
