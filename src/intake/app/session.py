"""An unlocked workspace: the open database, who is signed in, and the services.

Locking closes the database, drops the key and releases the workspace lock; every
service then refuses to work (`LockedError`) until someone signs in again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from intake.domain import Role
from intake.store import AuditAction, AuditEntity, Store, UserRecord
from intake.store.errors import LockedError, NotPermittedError, StoreError
from intake.store.files import Layout, WorkspaceLock
from intake.store.keyslots import KdfParams

if TYPE_CHECKING:
    from intake.app.backups import Backups
    from intake.app.consent import ConsentService
    from intake.app.interviews import Interviews
    from intake.app.people import PeopleService
    from intake.app.retention import Retention
    from intake.app.users import UserAdmin

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Session:
    """Created by `Workspace.unlock`; pass it (or its services) to whatever needs them."""

    def __init__(
        self,
        layout: Layout,
        store: Store,
        key: bytes,
        user: UserRecord,
        lock: WorkspaceLock,
        clock: Clock,
        kdf: KdfParams,
    ) -> None:
        self.layout = layout
        self._store: Store | None = store
        self._key: bytes | None = key
        self._user = user
        self._lock = lock
        self.clock = clock
        self.kdf = kdf
        self._on_lock: list[Callable[[], None]] = []

        from intake.app.backups import Backups
        from intake.app.consent import ConsentService
        from intake.app.interviews import Interviews
        from intake.app.people import PeopleService
        from intake.app.retention import Retention
        from intake.app.users import UserAdmin

        self.people: PeopleService = PeopleService(self)
        self.interviews: Interviews = Interviews(self)
        self.consent: ConsentService = ConsentService(self)
        self.retention: Retention = Retention(self)
        self.backups: Backups = Backups(self)
        self.users: UserAdmin = UserAdmin(self)

    # --- state -----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise LockedError()
        return self._store

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise LockedError()
        return self._key

    @property
    def user(self) -> UserRecord:
        return self._user

    def require(self, *roles: Role) -> None:
        """Refuse unless the signed-in user has one of these roles."""
        if self._user.role not in roles:
            raise NotPermittedError()

    def now(self) -> datetime:
        return self.clock()

    def audit(self, action: AuditAction, entity: AuditEntity, entity_id: int | None = None) -> None:
        self.store.audit.append(self.now(), self._user.id, action, entity, entity_id)

    # --- locking ---------------------------------------------------------------------

    def when_locked(self, fn: Callable[[], None]) -> None:
        """Call `fn` (once) when this session locks, before the database closes: for
        anything that must not outlive the session, such as helper processes."""
        if fn not in self._on_lock:
            self._on_lock.append(fn)

    def lock(self) -> None:
        """Close the database, forget the key and release the workspace. Safe to repeat."""
        store = self._store
        if store is None:
            return
        try:
            for fn in self._on_lock:
                with contextlib.suppress(Exception):
                    fn()
            self._on_lock.clear()
            # Locking must always succeed, even on a full or failing disk.
            with contextlib.suppress(StoreError):
                with store.db.transaction():
                    self.audit(AuditAction.SIGNED_OUT, AuditEntity.WORKSPACE)
                store.db.checkpoint()
        finally:
            self._store = None
            self._key = None
            try:
                with contextlib.suppress(StoreError):
                    store.db.close()
            finally:
                self._lock.release()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
