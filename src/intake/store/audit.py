"""The audit trail: who did what to which record, when, as a hash chain.

Each row carries the hash of the row before it, and its own hash covers that and its
fields, keyed with a secret derived from the database key. Editing, inserting or
deleting a row in the middle breaks the chain, which `verify()` reports.
Rows name only an action, a kind of record and its id: never a name, an answer value or
free text. The vocabulary is closed (enums), so nothing else can be written.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from intake.store.database import Database

GENESIS = "0" * 64


class AuditAction(StrEnum):
    CREATED = "created"
    VIEWED = "viewed"
    CHANGED = "changed"
    EXPORTED = "exported"
    ERASED = "erased"
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    RECOVERED = "recovered"
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    MIGRATED = "migrated"


class AuditEntity(StrEnum):
    WORKSPACE = "workspace"
    USER = "user"
    PERSON = "person"
    JOURNEY = "journey"
    ANSWER = "answer"
    CONSENT = "consent"
    CHECK_IN = "check_in"
    RIGHT = "right"
    NOTE = "note"
    SETTINGS = "settings"
    BACKUP = "backup"
    RETURN = "return"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user_id: int | None
    action: AuditAction
    entity: AuditEntity
    entity_id: int | None


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    rows_checked: int
    first_bad_id: int | None = None
    """The first row whose hash or link does not match (None when the chain is whole)."""


def audit_secret(db_key: bytes) -> bytes:
    return hmac.new(db_key, b"intake-audit-chain-v1", hashlib.sha256).digest()


class AuditLog:
    def __init__(self, db: Database, secret: bytes) -> None:
        self._db = db
        self._secret = secret

    def _hash(
        self,
        prev: str,
        at: str,
        user_id: int | None,
        action: str,
        entity: str,
        entity_id: int | None,
    ) -> str:
        text = f"{prev}|{at}|{user_id}|{action}|{entity}|{entity_id}"
        return hmac.new(self._secret, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def append(
        self,
        at: datetime,
        user_id: int | None,
        action: AuditAction,
        entity: AuditEntity,
        entity_id: int | None = None,
    ) -> int:
        """Add one row (call inside the transaction that made the change)."""
        action = AuditAction(action)
        entity = AuditEntity(entity)
        prev = self._db.scalar("SELECT hash FROM audit ORDER BY id DESC LIMIT 1") or GENESIS
        stamp = at.isoformat(timespec="microseconds")
        digest = self._hash(prev, stamp, user_id, action, entity, entity_id)
        return self._db.insert(
            "INSERT INTO audit (at, user_id, action, entity, entity_id, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (stamp, user_id, str(action), str(entity), entity_id, prev, digest),
        )

    def verify(self) -> AuditVerdict:
        prev = GENESIS
        checked = 0
        cursor = self._db.execute(
            "SELECT id, at, user_id, action, entity, entity_id, prev_hash, hash "
            "FROM audit ORDER BY id"
        )
        for row in cursor:
            rid, at, user_id, action, entity, entity_id, prev_hash, digest = row
            expected = self._hash(prev, at, user_id, action, entity, entity_id)
            if prev_hash != prev or not hmac.compare_digest(str(digest), expected):
                return AuditVerdict(False, checked, int(rid))
            prev = str(digest)
            checked += 1
        return AuditVerdict(True, checked)

    def entries(
        self,
        entity: AuditEntity | None = None,
        entity_id: int | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        sql = "SELECT id, at, user_id, action, entity, entity_id FROM audit"
        params: list[object] = []
        if entity is not None:
            sql += " WHERE entity = ?"
            params.append(str(entity))
            if entity_id is not None:
                sql += " AND entity_id = ?"
                params.append(entity_id)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        return [
            AuditEntry(int(r[0]), str(r[1]), r[2], AuditAction(r[3]), AuditEntity(r[4]), r[5])
            for r in self._db.all(sql, params)
        ]
