"""Keyslots: the database key, wrapped once per user and once for the recovery key.

The database is encrypted with one random 32-byte key that never changes. Each user's
password (and the printed recovery key) is stretched with Argon2id into a key-encrypting
key, which wraps the database key with AES-GCM. Adding, removing or resetting a user
rewrites only this small file, never the database. The Argon2 parameters are stored in
each slot, so they can be raised later and tests can use cheap ones.

User names are not stored in the clear: each slot carries a salted hash of the name so
the file alone does not list the staff of the service.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from intake.store.errors import (
    KeyslotsCorruptError,
    RecoverySecretInvalidError,
    WorkspaceMissingError,
    WrongPasswordError,
)
from intake.store.files import atomic_write

KEY_BYTES = 32
FORMAT_VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. OWASP's minimum is 19 MiB, 2 passes, 1 lane; we use far more."""

    time_cost: int = 3
    memory_kib: int = 128 * 1024
    parallelism: int = 4

    @classmethod
    def default(cls) -> KdfParams:
        """About half a second on a 2-core laptop (measured 0.42-0.5 s; see docs/storage.md)."""
        return cls()

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters for tests only: never used unless asked for explicitly."""
        return cls(time_cost=1, memory_kib=8, parallelism=1)

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret=unicodedata.normalize("NFC", secret).encode("utf-8"),
            salt=salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


class SlotKind(StrEnum):
    USER = "user"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class Keyslot:
    slot_id: str
    kind: SlotKind
    user_id: int | None
    user_tag: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def _aad(self) -> bytes:
        return f"intake-keyslot-v1|{self.slot_id}|{self.kind}|{self.user_id}".encode()

    def unwrap(self, secret: str) -> bytes | None:
        kek = self.kdf.derive(secret, self.salt)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            return None

    @classmethod
    def seal(
        cls,
        db_key: bytes,
        secret: str,
        kind: SlotKind,
        kdf: KdfParams,
        user_id: int | None = None,
        user_tag: str | None = None,
    ) -> Keyslot:
        empty = cls(uuid.uuid4().hex, kind, user_id, user_tag, kdf, os.urandom(16), b"", b"")
        kek = kdf.derive(secret, empty.salt)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, empty._aad())
        return replace(empty, nonce=nonce, wrapped=wrapped)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": str(self.kind),
            "user_id": self.user_id,
            "user_tag": self.user_tag,
            "kdf": asdict(self.kdf),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Keyslot:
        return cls(
            slot_id=str(data["id"]),
            kind=SlotKind(data["kind"]),
            user_id=None if data["user_id"] is None else int(data["user_id"]),
            user_tag=data["user_tag"],
            kdf=KdfParams(**data["kdf"]),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
        )


@dataclass
class Keyslots:
    """The whole keyslots file: a salt for user-name tags and the slots."""

    tag_salt: bytes = field(default_factory=lambda: os.urandom(16))
    slots: list[Keyslot] = field(default_factory=list)

    def user_tag(self, username: str) -> str:
        name = unicodedata.normalize("NFC", username.strip()).casefold()
        return hashlib.sha256(self.tag_salt + name.encode("utf-8")).hexdigest()

    # --- reading and writing -------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Keyslots:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if path.parent.exists() and (path.parent / "intake.db").exists():
                raise KeyslotsCorruptError() from None
            raise WorkspaceMissingError() from None
        except OSError:
            raise KeyslotsCorruptError() from None
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT_VERSION:
                raise ValueError("unknown format")
            return cls(
                tag_salt=_unb64(data["tag_salt"]),
                slots=[Keyslot.from_json(s) for s in data["slots"]],
            )
        except (ValueError, KeyError, TypeError):
            raise KeyslotsCorruptError() from None

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "tag_salt": _b64(self.tag_salt),
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(data, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    # --- slots ---------------------------------------------------------------------

    def set_user(
        self, db_key: bytes, user_id: int, username: str, password: str, kdf: KdfParams
    ) -> None:
        """Add the user's slot, or replace it (a reset or a password change)."""
        slot = Keyslot.seal(db_key, password, SlotKind.USER, kdf, user_id, self.user_tag(username))
        self.slots = [s for s in self.slots if s.user_id != user_id] + [slot]

    def remove_user(self, user_id: int) -> None:
        self.slots = [s for s in self.slots if s.user_id != user_id]

    def set_recovery(self, db_key: bytes, secret: str, kdf: KdfParams) -> None:
        slot = Keyslot.seal(db_key, secret, SlotKind.RECOVERY, kdf)
        self.slots = [s for s in self.slots if s.kind is not SlotKind.RECOVERY] + [slot]

    def has_user(self, user_id: int) -> bool:
        return any(s.user_id == user_id for s in self.slots)

    def unlock_user(self, username: str, password: str) -> tuple[int, bytes]:
        """(user id, database key), or WrongPasswordError. Unknown names cost the same time."""
        tag = self.user_tag(username)
        slot = next((s for s in self.slots if s.user_tag == tag), None)
        if slot is None or slot.user_id is None:
            # Spend the same effort so timing does not reveal which names exist.
            if self.slots:
                self.slots[0].kdf.derive(password, b"\0" * 16)
            raise WrongPasswordError()
        key = slot.unwrap(password)
        if key is None:
            raise WrongPasswordError()
        return slot.user_id, key

    def unlock_recovery(self, secret: str) -> bytes:
        slot = next((s for s in self.slots if s.kind is SlotKind.RECOVERY), None)
        key = None if slot is None else slot.unwrap(secret)
        if key is None:
            raise RecoverySecretInvalidError()
        return key


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
