"""Journeys: one referral and period of support each; a person may have several."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from intake.domain import JourneyId, PersonId
from intake.store.database import Database, Row
from intake.store.errors import NotFoundError


class JourneyStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class JourneyRecord:
    id: JourneyId
    person_id: PersonId
    status: JourneyStatus
    opened_on: date
    closed_on: date | None
    stage: str
    pack_id: str | None
    opened_by: int | None = None
    """The user who opened the journey: their caseload."""


_COLUMNS = "id, person_id, status, opened_on, closed_on, stage, pack_id, created_by"


def _journey(row: Row) -> JourneyRecord:
    return JourneyRecord(
        JourneyId(int(row[0])),
        PersonId(int(row[1])),
        JourneyStatus(row[2]),
        date.fromisoformat(row[3]),
        date.fromisoformat(row[4]) if row[4] else None,
        str(row[5]),
        row[6],
        int(row[7]) if row[7] is not None else None,
    )


class Journeys:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(
        self,
        person_id: PersonId,
        opened_on: date,
        stage: str,
        pack_id: str | None,
        created_by: int | None,
        at: datetime,
    ) -> JourneyRecord:
        jid = self._db.insert(
            "INSERT INTO journeys (person_id, status, opened_on, stage, pack_id, created_by, "
            "created_at) VALUES (?, 'open', ?, ?, ?, ?, ?)",
            (person_id, opened_on.isoformat(), stage, pack_id, created_by, at.isoformat()),
        )
        return self.get(JourneyId(jid))

    def get(self, jid: JourneyId) -> JourneyRecord:
        row = self._db.one(f"SELECT {_COLUMNS} FROM journeys WHERE id = ?", (jid,))
        if row is None:
            raise NotFoundError()
        return _journey(row)

    def for_person(self, pid: PersonId) -> list[JourneyRecord]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM journeys WHERE person_id = ? ORDER BY opened_on, id", (pid,)
        )
        return [_journey(r) for r in rows]

    def set_stage(self, jid: JourneyId, stage: str) -> None:
        self._db.execute("UPDATE journeys SET stage = ? WHERE id = ?", (stage, jid))

    def close(self, jid: JourneyId, on: date) -> None:
        self._db.execute(
            "UPDATE journeys SET status = 'closed', closed_on = ? WHERE id = ?",
            (on.isoformat(), jid),
        )

    def reopen(self, jid: JourneyId) -> None:
        self._db.execute(
            "UPDATE journeys SET status = 'open', closed_on = NULL WHERE id = ?", (jid,)
        )

    def closed_before(self, cutoff: date) -> list[JourneyRecord]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM journeys WHERE status = 'closed' AND closed_on < ? "
            "ORDER BY id",
            (cutoff.isoformat(),),
        )
        return [_journey(r) for r in rows]

    def opened_between(self, start: date, end: date) -> list[JourneyRecord]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM journeys WHERE opened_on >= ? AND opened_on <= ? ORDER BY id",
            (start.isoformat(), end.isoformat()),
        )
        return [_journey(r) for r in rows]

    def delete(self, jid: JourneyId) -> None:
        """Erase a journey and everything about it; person facts asked in it stay."""
        self._db.execute(
            "UPDATE answers SET journey_id = NULL WHERE journey_id = ? AND scope = 'person'",
            (jid,),
        )
        self._db.execute("DELETE FROM journeys WHERE id = ?", (jid,))

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM journeys"))
