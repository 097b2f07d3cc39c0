"""Creating, unlocking, recovering and restoring a workspace.

`Workspace` works on a folder while it is locked: it owns the keyslots and the
wrong-password pause. Unlocking yields a `Session`, which owns the open database.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from intake.app.session import Clock, Session, utc_now
from intake.domain import Role, UserId
from intake.store import AuditAction, AuditEntity, Settings, Store
from intake.store.audit import audit_secret
from intake.store.backup import make_backup, restore_backup
from intake.store.crockford import new_recovery_secret, parse_recovery_secret
from intake.store.database import Database
from intake.store.errors import (
    BackupInvalidError,
    DatabaseCorruptError,
    NotPermittedError,
    RecoverySecretInvalidError,
    StoreError,
    UserDisabledError,
    WorkspaceExistsError,
    WrongPasswordError,
)
from intake.store.files import Layout, WorkspaceLock, default_workspace_dir, os_error
from intake.store.keyslots import KdfParams, Keyslots, new_database_key
from intake.store.schema import migrate
from intake.store.throttle import Throttle


class IntegrityLevel(StrEnum):
    """How much to check when unlocking.

    `light` reads the schema and the first and last rows of every table (milliseconds
    at any size); `quick` is SQLite's quick_check over every page; `full` adds
    SQLCipher's per-page HMAC check (as backups and `intake workspace check` do).
    `auto`, the default, is `quick` up to AUTO_QUICK_LIMIT bytes and `light` above,
    so unlocking a large workspace stays fast.
    """

    NONE = "none"
    LIGHT = "light"
    QUICK = "quick"
    FULL = "full"
    AUTO = "auto"


AUTO_QUICK_LIMIT = 256 * 1024 * 1024


@dataclass(frozen=True)
class NewWorkspace:
    session: Session
    recovery_secret: str
    """Shown once, to print or write down. It is not stored anywhere readable."""


@dataclass(frozen=True)
class RestoreResult:
    kept_previous: Path | None
    """Where the replaced database was moved (it is never deleted)."""


def _stamp(at: datetime) -> str:
    return at.strftime("%Y%m%d-%H%M%S")


class Workspace:
    def __init__(
        self,
        folder: Path | str | None = None,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        integrity: IntegrityLevel = IntegrityLevel.AUTO,
    ) -> None:
        self.layout = Layout(Path(folder) if folder is not None else default_workspace_dir())
        self.kdf = kdf or KdfParams.default()
        self.clock = clock
        self.throttle = Throttle(self.layout.attempts, wall_clock, sleep)
        self.integrity = integrity

    @property
    def folder(self) -> Path:
        return self.layout.folder

    def exists(self) -> bool:
        return self.layout.exists()

    # --- creating --------------------------------------------------------------------

    def create(
        self, organisation: str, admin_username: str, admin_name: str, admin_password: str
    ) -> NewWorkspace:
        """A new workspace with its first administrator; returns the recovery secret."""
        if self.layout.exists():
            raise WorkspaceExistsError()
        try:
            fresh = not self.layout.folder.exists()
            self.layout.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if fresh:
                self.layout.folder.chmod(0o700)  # mkdir's mode is filtered by the umask
        except OSError as exc:
            raise os_error(exc) from None
        key = new_database_key()
        lock = WorkspaceLock(self.layout.lock)
        lock.acquire()
        try:
            now = self.clock()
            db = Database.open(self.layout.database, key, create=True)
            store = Store(db, audit_secret(key))
            migrate(db)
            with db.transaction():
                store.organisation.set_name(organisation, now)
                store.organisation.save_settings(Settings())
                admin = store.users.insert(admin_username, admin_name, Role.ADMIN, now)
                store.audit.append(now, None, AuditAction.CREATED, AuditEntity.WORKSPACE)
                store.audit.append(now, admin.id, AuditAction.CREATED, AuditEntity.USER, admin.id)
            secret = new_recovery_secret()
            slots = Keyslots()
            slots.set_user(key, admin.id, admin_username, admin_password, self.kdf)
            slots.set_recovery(key, secret, self.kdf)
            slots.save(self.layout.keyslots)
        except BaseException:
            lock.release()
            raise
        session = Session(self.layout, store, key, admin, lock, self.clock, self.kdf)
        return NewWorkspace(session, secret)

    # --- unlocking -------------------------------------------------------------------

    def unlock(self, username: str, password: str) -> Session:
        """Sign in. Wrong passwords raise `WrongPasswordError` and lengthen the next pause."""
        slots = Keyslots.load(self.layout.keyslots)
        self.throttle.wait()
        try:
            user_id, key = slots.unlock_user(username, password)
        except WrongPasswordError:
            self.throttle.failed()
            raise
        session = self._open(key, UserId(user_id))
        self.throttle.succeeded()
        return session

    def _open(self, key: bytes, user_id: UserId) -> Session:
        lock = WorkspaceLock(self.layout.lock)
        lock.acquire()
        db: Database | None = None
        try:
            db = Database.open(self.layout.database, key)
            store = Store(db, audit_secret(key))
            if self._integrity_problems(db):
                raise DatabaseCorruptError()
            ran = migrate(db, backup_first=lambda: self._pre_migration_backup(db, key))
            user = store.users.get(user_id)
            if not user.active:
                raise UserDisabledError()
            with db.transaction():
                if ran:
                    store.audit.append(
                        self.clock(), user.id, AuditAction.MIGRATED, AuditEntity.WORKSPACE
                    )
                store.audit.append(
                    self.clock(), user.id, AuditAction.SIGNED_IN, AuditEntity.WORKSPACE
                )
        except BaseException:
            if db is not None:
                with contextlib.suppress(StoreError):
                    db.close()
            lock.release()
            raise
        return Session(self.layout, store, key, user, lock, self.clock, self.kdf)

    def _integrity_problems(self, db: Database) -> list[str]:
        level = self.integrity
        if level is IntegrityLevel.AUTO:
            size = self.layout.database.stat().st_size
            level = IntegrityLevel.QUICK if size <= AUTO_QUICK_LIMIT else IntegrityLevel.LIGHT
        if level is IntegrityLevel.NONE:
            return []
        if level is IntegrityLevel.LIGHT:
            return db.light_problems()
        return db.integrity_problems(full=level is IntegrityLevel.FULL)

    def _pre_migration_backup(self, db: Database, key: bytes) -> None:
        now = self.clock()
        target = self.layout.backups / f"before-v{db.user_version + 1}-{_stamp(now)}"
        make_backup(db, key, self.layout.keyslots, target, now)

    # --- recovery and restore --------------------------------------------------------

    def recover(self, recovery_secret: str, username: str, new_password: str) -> None:
        """Give `username` a new password using the printed recovery key."""
        secret = parse_recovery_secret(recovery_secret)
        if secret is None:
            raise RecoverySecretInvalidError()
        slots = Keyslots.load(self.layout.keyslots)
        self.throttle.wait()
        try:
            key = slots.unlock_recovery(secret)
        except RecoverySecretInvalidError:
            self.throttle.failed()
            raise
        self.throttle.succeeded()
        lock = WorkspaceLock(self.layout.lock)
        with lock:
            db = Database.open(self.layout.database, key)
            try:
                store = Store(db, audit_secret(key))
                migrate(db, backup_first=lambda: self._pre_migration_backup(db, key))
                user = store.users.by_username(username)
                if user is None:
                    raise WrongPasswordError(
                        "There is no user with that name in this workspace.",
                        "Check the spelling of the user name.",
                    )
                with db.transaction():
                    store.users.set_active(user.id, True)
                    store.audit.append(
                        self.clock(), user.id, AuditAction.RECOVERED, AuditEntity.USER, user.id
                    )
                slots.set_user(key, user.id, user.username, new_password, self.kdf)
                slots.save(self.layout.keyslots)
            finally:
                db.close()

    def restore(self, backup: Path, username: str, password: str) -> RestoreResult:
        """Replace this workspace with a verified backup (a manager's or admin's sign-in
        from the backup is needed). The replaced files are moved aside, never deleted."""
        try:
            backup_slots = Keyslots.load(backup / self.layout.keyslots.name)
        except StoreError:
            raise BackupInvalidError() from None
        try:  # on a new computer the folder is new; wrong passwords are counted in it
            self.layout.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc) from None
        self.throttle.wait()
        try:
            user_id, key = backup_slots.unlock_user(username, password)
        except WrongPasswordError:
            self.throttle.failed()
            raise
        self.throttle.succeeded()
        copy = Database.open(backup / self.layout.database.name, key)
        try:
            role = Store(copy, audit_secret(key)).users.get(UserId(user_id)).role
        finally:
            copy.close()
        if role not in (Role.ADMIN, Role.MANAGER):
            raise NotPermittedError()
        with WorkspaceLock(self.layout.lock):
            kept = restore_backup(backup, key, self.layout, _stamp(self.clock()))
        session = self._open(key, UserId(user_id))
        try:
            with session.store.db.transaction():
                session.audit(AuditAction.RESTORED, AuditEntity.WORKSPACE)
        finally:
            session.lock()
        return RestoreResult(kept)
