"""One SQLCipher connection with Intake's settings, transactions and error translation.

The key is the raw 32-byte database key (no per-open key derivation: Argon2 already
protects it in the keyslots). Settings follow docs/storage.md: WAL with synchronous=FULL
so a committed answer survives a crash or power cut, temp_store=MEMORY so nothing spills
into temp files, secure_delete so erased rows are overwritten, foreign keys on.
Every SQLite error that means "the disk or file is the problem" becomes a `StoreError`
with a plain message; programming errors are left alone so tests see them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from intake.store.errors import (
    DatabaseCorruptError,
    DiskError,
    DiskFullError,
    InvalidInputError,
    StoreError,
    WorkspaceBusyError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
)

Params = Sequence[Any] | dict[str, Any]
Row = tuple[Any, ...]

PLAINTEXT_HEADER = b"SQLite format 3\x00"


def key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def translate(exc: BaseException) -> StoreError | None:
    """The StoreError an SQLite error stands for, or None if it is a programming error."""
    if isinstance(exc, dbapi2.IntegrityError):
        return InvalidInputError()
    if not isinstance(exc, dbapi2.DatabaseError):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceBusyError()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WorkspaceReadOnlyError()
    if "full" in text:
        return DiskFullError()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError()
    if "disk i/o" in text:
        return DiskError()
    if isinstance(exc, dbapi2.OperationalError) and "no such" not in text:
        return StoreError()
    return None


@contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except dbapi2.Error as exc:
        err = translate(exc)
        if err is None:
            raise
        raise err from None


class Database:
    """An open, keyed workspace database. Not safe for two threads at the same moment."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        if not create and not path.exists():
            raise WorkspaceMissingError()
        if create and path.exists():
            raise StoreError("A database file is already there.", "Choose an empty folder.")
        folder = path.parent
        if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise WorkspaceReadOnlyError()
        if create:
            # Owner-only from the first byte; SQLite gives its WAL and SHM the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        db = cls(
            _keyed(
                str(path),
                key,
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                "PRAGMA secure_delete = ON",
                "PRAGMA foreign_keys = ON",
            ),
            path,
        )
        if str(db.scalar("PRAGMA journal_mode")).lower() != "wal":  # a read-only place
            db.close()
            raise WorkspaceReadOnlyError()
        return db

    @classmethod
    def open_reader(cls, path: Path, key: bytes) -> Database:
        """A second, read-only connection to a workspace database another connection
        has open (in WAL mode): for reading a return in a helper process. It can never
        write, so it sets nothing on the file."""
        if not path.exists():
            raise WorkspaceMissingError()
        return cls(
            _keyed(f"{path.resolve().as_uri()}?mode=ro", key, "PRAGMA query_only = ON"), path
        )

    # --- statements ----------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> Any:
        with translated():
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> None:
        with translated():
            self._conn.executemany(sql, rows)

    def one(self, sql: str, params: Params = ()) -> Row | None:
        with translated():
            row = self._conn.execute(sql, params).fetchone()
        return None if row is None else tuple(row)

    def all(self, sql: str, params: Params = ()) -> list[Row]:
        with translated():
            return [tuple(r) for r in self._conn.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def insert(self, sql: str, params: Params = ()) -> int:
        with translated():
            cur = self._conn.execute(sql, params)
        rowid = cur.lastrowid
        assert rowid is not None
        return int(rowid)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic unit: committed (and on disk) when the block ends, else rolled back.

        Nested blocks become savepoints, so a service can wrap several repository calls.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                self.execute(f"ROLLBACK TO {name}")
                self.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            self.execute(f"RELEASE {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self._conn.in_transaction:
                with translated():
                    self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    # --- whole-database operations -------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def set_user_version(self, version: int) -> None:
        self.execute(f"PRAGMA user_version = {int(version)}")

    def integrity_problems(self, *, full: bool = True) -> list[str]:
        """Problems found by SQLite's and SQLCipher's checks; empty when all is well."""
        found: list[str] = []
        pragma = "integrity_check" if full else "quick_check"
        for (line,) in self.all(f"PRAGMA {pragma}"):
            if str(line) != "ok":
                found.append(str(line))
        if full:
            found += [str(r[0]) for r in self.all("PRAGMA cipher_integrity_check")]
        return found

    def light_problems(self) -> list[str]:
        """A check in milliseconds at any size: the schema, and the first and last rows of
        every table (reading them verifies those pages' SQLCipher HMACs)."""
        found: list[str] = []
        tables = self.all(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        for name, sql in tables:
            ends = ["", " DESC"] if "WITHOUT ROWID" not in str(sql).upper() else []
            try:
                self.all(f'SELECT * FROM "{name}" LIMIT 1')
                for direction in ends:
                    self.all(f'SELECT * FROM "{name}" ORDER BY rowid{direction} LIMIT 1')
            except StoreError:
                found.append(f"table {name} cannot be read")
        return found

    def table_counts(self) -> dict[str, int]:
        names = [
            str(r[0])
            for r in self.all(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {n: int(self.scalar(f'SELECT count(*) FROM "{n}"')) for n in names}

    def checkpoint(self) -> None:
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def vacuum(self) -> None:
        self.execute("VACUUM")
        self.checkpoint()

    def export_to(self, target: Path, key: bytes) -> None:
        """Write a complete, keyed copy of this database to `target` (sqlcipher_export)."""
        version = self.user_version
        self.execute("ATTACH DATABASE ? AS export KEY " + key_pragma(key), (str(target),))
        try:
            self.execute("SELECT sqlcipher_export('export')")
            self.execute(f"PRAGMA export.user_version = {version}")
        finally:
            self.execute("DETACH DATABASE export")

    def close(self) -> None:
        if self._conn is not None:
            try:
                with translated():
                    self._conn.close()
            finally:
                self._conn = None


def _keyed(target: str, key: bytes, *pragmas: str) -> Any:
    """A connection to `target` (a path, or a `file:` URI) unlocked with `key`, proved by a
    first read (a wrong key or file fails here), with `pragmas` run in order and then the
    settings every connection shares."""
    with translated():
        conn = sqlcipher3.connect(
            target,
            uri=target.startswith("file:"),
            isolation_level=None,
            check_same_thread=False,
            timeout=5.0,
        )
        try:
            conn.execute(f"PRAGMA key = {key_pragma(key)}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for pragma in pragmas:
                conn.execute(pragma).fetchall()
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -16384")  # 16 MiB of decrypted pages
        except BaseException:
            conn.close()
            raise
    return conn


def starts_plaintext(path: Path) -> bool:
    """Whether a file starts with SQLite's plaintext header (it never should)."""
    with open(path, "rb") as fh:
        return fh.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER
