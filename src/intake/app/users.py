"""Staff accounts: add, disable, reset and change passwords, and renew the recovery key.

Each of these rewrites only the keyslots file (atomically); the database is never
re-encrypted. Only administrators manage other people's accounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.app.passwords import check_password
from intake.domain import Role, UserId
from intake.store import AuditAction, AuditEntity, UserRecord
from intake.store.crockford import new_recovery_secret
from intake.store.errors import InvalidInputError, WrongPasswordError
from intake.store.keyslots import Keyslots

if TYPE_CHECKING:
    from intake.app.session import Session


class UserAdmin:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _slots(self) -> Keyslots:
        return Keyslots.load(self._s.layout.keyslots)

    def all(self) -> list[UserRecord]:
        return self._s.store.users.all()

    def add(self, username: str, display_name: str, role: Role, password: str) -> UserRecord:
        self._s.require(Role.ADMIN)
        check_password(password)
        store = self._s.store
        if store.users.by_username(username) is not None:
            raise InvalidInputError("That user name is taken.", "Choose another user name.")
        slots = self._slots()
        with store.db.transaction():
            user = store.users.insert(username, display_name, role, self._s.now())
            self._s.audit(AuditAction.CREATED, AuditEntity.USER, user.id)
            # Inside the transaction: if the key file cannot be written, no user appears.
            slots.set_user(self._s.key, user.id, username, password, self._s.kdf)
            slots.save(self._s.layout.keyslots)
        return user

    def disable(self, user_id: UserId) -> None:
        """Remove a user's keyslot; their name stays on what they recorded."""
        self._s.require(Role.ADMIN)
        if user_id == self._s.user.id:
            raise InvalidInputError("You cannot remove yourself.", "Ask another administrator.")
        store = self._s.store
        slots = self._slots()
        slots.remove_user(user_id)
        with store.db.transaction():
            store.users.set_active(user_id, False)
            self._s.audit(AuditAction.ERASED, AuditEntity.USER, user_id)
            slots.save(self._s.layout.keyslots)

    def set_role(self, user_id: UserId, role: Role) -> None:
        self._s.require(Role.ADMIN)
        store = self._s.store
        with store.db.transaction():
            store.users.set_role(user_id, role)
            self._s.audit(AuditAction.CHANGED, AuditEntity.USER, user_id)

    def reset_password(self, user_id: UserId, new_password: str) -> None:
        """An administrator sets a new password for someone who forgot theirs."""
        self._s.require(Role.ADMIN)
        check_password(new_password)
        self._replace_slot(self._s.store.users.get(user_id), new_password)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        check_password(new_password)
        slots = self._slots()
        user = self._s.user
        try:
            slots.unlock_user(user.username, old_password)
        except WrongPasswordError:
            raise WrongPasswordError(
                "The current password is not right.", "Type your current password again."
            ) from None
        self._replace_slot(user, new_password)

    def _replace_slot(self, user: UserRecord, password: str) -> None:
        store = self._s.store
        slots = self._slots()
        with store.db.transaction():
            store.users.set_active(user.id, True)
            self._s.audit(AuditAction.CHANGED, AuditEntity.USER, user.id)
            slots.set_user(self._s.key, user.id, user.username, password, self._s.kdf)
            slots.save(self._s.layout.keyslots)

    def new_recovery_secret(self) -> str:
        """Replace the recovery key; the old one stops working. Show the new one once."""
        self._s.require(Role.ADMIN)
        secret = new_recovery_secret()
        slots = self._slots()
        slots.set_recovery(self._s.key, secret, self._s.kdf)
        with self._s.store.db.transaction():
            self._s.audit(AuditAction.CHANGED, AuditEntity.WORKSPACE)
            slots.save(self._s.layout.keyslots)
        return secret
