"""People: the subjects of the records, with a reference that never changes.

Names are also kept as normalised tokens (accents folded, case folded) in
`person_names`, so a search for "zeb quar" or "Zébédée" is a couple of index range scans
however many people there are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from intake.domain import PersonId
from intake.store.crockford import new_reference
from intake.store.database import Database, Row
from intake.store.errors import NotFoundError

_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def name_tokens(text: str) -> list[str]:
    """Lower-case, accent-free words of a name: "O'Brien-Smith" -> ["o", "brien", "smith"]."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return [t for t in _SPLIT.split(plain) if t and t != "_"]


def _prefix_end(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


@dataclass(frozen=True)
class PersonRecord:
    id: PersonId
    reference: str
    given_name: str
    family_name: str
    date_of_birth: date | None
    created_at: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


_COLUMNS = "id, reference, given_name, family_name, date_of_birth, created_at"


def _person(row: Row) -> PersonRecord:
    dob = date.fromisoformat(row[4]) if row[4] else None
    return PersonRecord(PersonId(int(row[0])), str(row[1]), str(row[2]), str(row[3]), dob, row[5])


class People:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(
        self,
        given_name: str,
        family_name: str,
        date_of_birth: date | None,
        created_by: int | None,
        at: datetime,
        reference: str | None = None,
    ) -> PersonRecord:
        with self._db.transaction():
            ref = reference or self._fresh_reference()
            pid = self._db.insert(
                "INSERT INTO people (reference, given_name, family_name, date_of_birth, "
                "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    ref,
                    given_name,
                    family_name,
                    date_of_birth.isoformat() if date_of_birth else None,
                    created_by,
                    at.isoformat(timespec="seconds"),
                ),
            )
            self._index(pid, given_name, family_name)
        return self.get(PersonId(pid))

    def _fresh_reference(self) -> str:
        while True:
            ref = new_reference()
            if self._db.one("SELECT 1 FROM people WHERE reference = ?", (ref,)) is None:
                return ref

    def _index(self, pid: int, given_name: str, family_name: str) -> None:
        tokens = set(name_tokens(f"{given_name} {family_name}"))
        self._db.executemany(
            "INSERT OR IGNORE INTO person_names (token, person_id) VALUES (?, ?)",
            [(t, pid) for t in sorted(tokens)],
        )

    def rename(self, pid: PersonId, given_name: str, family_name: str) -> None:
        with self._db.transaction():
            self._db.execute(
                "UPDATE people SET given_name = ?, family_name = ? WHERE id = ?",
                (given_name, family_name, pid),
            )
            self._db.execute("DELETE FROM person_names WHERE person_id = ?", (pid,))
            self._index(pid, given_name, family_name)

    def get(self, pid: PersonId) -> PersonRecord:
        row = self._db.one(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (pid,))
        if row is None:
            raise NotFoundError()
        return _person(row)

    def by_reference(self, reference: str) -> PersonRecord | None:
        row = self._db.one(f"SELECT {_COLUMNS} FROM people WHERE reference = ?", (reference,))
        return None if row is None else _person(row)

    def by_date_of_birth(self, dob: date, limit: int = 200) -> list[PersonRecord]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM people WHERE date_of_birth = ? "
            "ORDER BY family_name, given_name LIMIT ?",
            (dob.isoformat(), limit),
        )
        return [_person(r) for r in rows]

    def search_name(self, text: str, limit: int = 50) -> list[PersonRecord]:
        """People whose names contain a word starting with each word typed."""
        tokens = sorted(set(name_tokens(text)), key=len, reverse=True)[:4]
        if not tokens:
            return []
        parts = " INTERSECT ".join(
            "SELECT person_id FROM person_names WHERE token >= ? AND token < ?" for _ in tokens
        )
        params: list[object] = []
        for t in tokens:
            params += [t, _prefix_end(t)]
        params.append(limit)
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM people WHERE id IN ({parts}) "
            "ORDER BY family_name, given_name LIMIT ?",
            params,
        )
        return [_person(r) for r in rows]

    def delete(self, pid: PersonId) -> None:
        self._db.execute("DELETE FROM people WHERE id = ?", (pid,))

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM people"))

    def without_journeys(self) -> list[PersonId]:
        rows = self._db.all(
            "SELECT id FROM people p WHERE NOT EXISTS "
            "(SELECT 1 FROM journeys j WHERE j.person_id = p.id)"
        )
        return [PersonId(int(r[0])) for r in rows]
