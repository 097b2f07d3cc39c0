"""The smaller records of a journey: check-ins, Victims' Code rights, notes, subjects
the person mentioned, and interview progress (which steps are done, so it can resume)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from intake.domain import CheckIn, JourneyId
from intake.store.database import Database


class RightState(StrEnum):
    EXPLAINED = "explained"
    DELIVERED = "delivered"


@dataclass(frozen=True)
class CheckInRecord:
    id: int
    journey_id: JourneyId
    check_in: CheckIn
    recorded_by: int | None
    recorded_at: str


@dataclass(frozen=True)
class RightRecord:
    id: int
    journey_id: JourneyId
    right_number: int
    state: RightState
    on_date: date
    recorded_at: str


@dataclass(frozen=True)
class NoteRecord:
    id: int
    journey_id: JourneyId
    text: str
    recorded_by: int | None
    recorded_at: str


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="microseconds")


class Records:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- check-ins -------------------------------------------------------------------

    def add_check_in(
        self, journey_id: JourneyId, check_in: CheckIn, recorded_by: int | None, at: datetime
    ) -> int:
        return self._db.insert(
            "INSERT INTO check_ins (journey_id, stage, checkin_id, score, note, declined, "
            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                journey_id,
                check_in.stage,
                check_in.checkin_id,
                check_in.score,
                check_in.note,
                int(check_in.declined),
                recorded_by,
                _stamp(at),
            ),
        )

    def check_ins(self, journey_id: JourneyId) -> list[CheckInRecord]:
        rows = self._db.all(
            "SELECT id, stage, checkin_id, score, note, declined, recorded_by, recorded_at "
            "FROM check_ins WHERE journey_id = ? ORDER BY id",
            (journey_id,),
        )
        return [
            CheckInRecord(
                int(r[0]), journey_id, CheckIn(r[1], r[2], r[3], r[4], bool(r[5])), r[6], r[7]
            )
            for r in rows
        ]

    # --- Victims' Code rights --------------------------------------------------------

    def add_right(
        self,
        journey_id: JourneyId,
        right_number: int,
        state: RightState,
        on_date: date,
        recorded_by: int | None,
        at: datetime,
    ) -> int:
        return self._db.insert(
            "INSERT INTO rights (journey_id, right_number, state, on_date, recorded_by, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (journey_id, right_number, str(state), on_date.isoformat(), recorded_by, _stamp(at)),
        )

    def rights(self, journey_id: JourneyId) -> list[RightRecord]:
        rows = self._db.all(
            "SELECT id, right_number, state, on_date, recorded_at FROM rights "
            "WHERE journey_id = ? ORDER BY id",
            (journey_id,),
        )
        return [
            RightRecord(
                int(r[0]), journey_id, int(r[1]), RightState(r[2]), date.fromisoformat(r[3]), r[4]
            )
            for r in rows
        ]

    # --- notes -----------------------------------------------------------------------

    def add_note(
        self, journey_id: JourneyId, text: str, recorded_by: int | None, at: datetime
    ) -> int:
        return self._db.insert(
            "INSERT INTO notes (journey_id, text, recorded_by, recorded_at) VALUES (?, ?, ?, ?)",
            (journey_id, text, recorded_by, _stamp(at)),
        )

    def notes(self, journey_id: JourneyId) -> list[NoteRecord]:
        rows = self._db.all(
            "SELECT id, text, recorded_by, recorded_at FROM notes WHERE journey_id = ? ORDER BY id",
            (journey_id,),
        )
        return [NoteRecord(int(r[0]), journey_id, r[1], r[2], r[3]) for r in rows]

    # --- subjects mentioned, interview progress -------------------------------------

    def mention(self, journey_id: JourneyId, subject: str, at: datetime) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO mentioned (journey_id, subject, recorded_at) VALUES (?, ?, ?)",
            (journey_id, subject, _stamp(at)),
        )

    def mentioned(self, journey_id: JourneyId) -> set[str]:
        rows = self._db.all("SELECT subject FROM mentioned WHERE journey_id = ?", (journey_id,))
        return {str(r[0]) for r in rows}

    def mark_done(self, journey_id: JourneyId, step_key: str, at: datetime) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO progress (journey_id, step_key, done_at) VALUES (?, ?, ?)",
            (journey_id, step_key, _stamp(at)),
        )

    def done_steps(self, journey_id: JourneyId) -> set[str]:
        rows = self._db.all("SELECT step_key FROM progress WHERE journey_id = ?", (journey_id,))
        return {str(r[0]) for r in rows}
