"""Staff accounts and roles, the organisation's name, and workspace settings.

Passwords are not here: they live only as keyslots (see `keyslots.py`). Users are never
deleted, only disabled, so that "recorded by" stays meaningful in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intake.domain import Role, UserId
from intake.store.database import Database, Row
from intake.store.errors import NotFoundError


@dataclass(frozen=True)
class UserRecord:
    id: UserId
    username: str
    display_name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class Settings:
    retention_months: int = 72
    """Closed journeys are erased this many months after closing (default six years)."""
    auto_lock_minutes: int = 5


_COLUMNS = "id, username, display_name, role, active"


def _user(row: Row) -> UserRecord:
    return UserRecord(UserId(int(row[0])), str(row[1]), str(row[2]), Role(row[3]), bool(row[4]))


class Users:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, username: str, display_name: str, role: Role, at: datetime) -> UserRecord:
        uid = self._db.insert(
            "INSERT INTO users (username, display_name, role, created_at) VALUES (?, ?, ?, ?)",
            (username.strip(), display_name, str(Role(role)), at.isoformat()),
        )
        return self.get(UserId(uid))

    def get(self, uid: UserId) -> UserRecord:
        row = self._db.one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (uid,))
        if row is None:
            raise NotFoundError()
        return _user(row)

    def by_username(self, username: str) -> UserRecord | None:
        row = self._db.one(f"SELECT {_COLUMNS} FROM users WHERE username = ?", (username.strip(),))
        return None if row is None else _user(row)

    def all(self) -> list[UserRecord]:
        return [_user(r) for r in self._db.all(f"SELECT {_COLUMNS} FROM users ORDER BY id")]

    def set_active(self, uid: UserId, active: bool) -> None:
        self._db.execute("UPDATE users SET active = ? WHERE id = ?", (int(active), uid))

    def set_role(self, uid: UserId, role: Role) -> None:
        self._db.execute("UPDATE users SET role = ? WHERE id = ?", (str(Role(role)), uid))


class Organisation:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set_name(self, name: str, at: datetime) -> None:
        self._db.execute(
            "INSERT INTO organisation (id, name, created_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            (name, at.isoformat()),
        )

    def name(self) -> str:
        return str(self._db.scalar("SELECT name FROM organisation WHERE id = 1") or "")

    def settings(self) -> Settings:
        values: dict[str, str] = {
            str(k): str(v) for k, v in self._db.all("SELECT key, value FROM settings")
        }
        default = Settings()
        return Settings(
            retention_months=int(values.get("retention_months", default.retention_months)),
            auto_lock_minutes=int(values.get("auto_lock_minutes", default.auto_lock_minutes)),
        )

    def save_settings(self, settings: Settings) -> None:
        self._db.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [
                ("retention_months", str(int(settings.retention_months))),
                ("auto_lock_minutes", str(int(settings.auto_lock_minutes))),
            ],
        )
