"""Loading many rows at once, for the demo workspace and the benchmarks.

Ids are assigned here (continuing from the current maximum), rows are buffered and
written with `executemany`, and the caller wraps the whole load in one transaction.
It writes the same tables and index rows as the repositories, much faster.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from intake.domain import AnswerStatus, AnswerValue, JourneyId, PersonId, Scope, Source
from intake.store.answers import encode_value
from intake.store.consent import ConsentPurpose
from intake.store.database import Database
from intake.store.people import name_tokens
from intake.store.records import RightState

_SQL = {
    "people": "INSERT INTO people (id, reference, given_name, family_name, date_of_birth, "
    "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "person_names": "INSERT OR IGNORE INTO person_names (token, person_id) VALUES (?, ?)",
    "journeys": "INSERT INTO journeys (id, person_id, status, opened_on, closed_on, stage, "
    "pack_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "answers": "INSERT INTO answers (scope, person_id, journey_id, question_id, value, status, "
    "source, stage, volunteered, recorded_by, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "consent_events": "INSERT INTO consent_events (person_id, journey_id, purpose, agency, given, "
    "explained, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "check_ins": "INSERT INTO check_ins (journey_id, stage, checkin_id, score, note, declined, "
    "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "rights": "INSERT INTO rights (journey_id, right_number, state, on_date, recorded_by, "
    "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
}
# Parents first, so foreign keys are satisfied whenever a buffer is flushed.
_ORDER = list(_SQL)
BATCH = 20_000


class BulkLoader:
    def __init__(self, db: Database, recorded_by: int | None) -> None:
        self._db = db
        self._by = recorded_by
        self._rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in _SQL}
        self._next_person = int(db.scalar("SELECT coalesce(max(id), 0) FROM people")) + 1
        self._next_journey = int(db.scalar("SELECT coalesce(max(id), 0) FROM journeys")) + 1
        self.counts: dict[str, int] = dict.fromkeys(_SQL, 0)

    def _add(self, table: str, row: tuple[Any, ...]) -> None:
        rows = self._rows[table]
        rows.append(row)
        self.counts[table] += 1
        if len(rows) >= BATCH:
            self.flush()

    def person(
        self, reference: str, given: str, family: str, dob: date | None, at: datetime
    ) -> PersonId:
        pid = self._next_person
        self._next_person += 1
        self._add(
            "people",
            (
                pid,
                reference,
                given,
                family,
                dob.isoformat() if dob else None,
                self._by,
                at.isoformat(),
            ),
        )
        for token in set(name_tokens(f"{given} {family}")):
            self._add("person_names", (token, pid))
        return PersonId(pid)

    def journey(
        self,
        person_id: PersonId,
        opened_on: date,
        closed_on: date | None,
        stage: str,
        pack_id: str | None,
        at: datetime,
    ) -> JourneyId:
        jid = self._next_journey
        self._next_journey += 1
        status = "closed" if closed_on else "open"
        self._add(
            "journeys",
            (
                jid,
                person_id,
                status,
                opened_on.isoformat(),
                closed_on.isoformat() if closed_on else None,
                stage,
                pack_id,
                self._by,
                at.isoformat(),
            ),
        )
        return JourneyId(jid)

    def answer(
        self,
        scope: Scope,
        person_id: PersonId,
        journey_id: JourneyId,
        question_id: str,
        value: AnswerValue,
        status: AnswerStatus,
        source: Source,
        stage: str,
        at: str,
    ) -> None:
        """`at` is an ISO timestamp string (formatted once by the caller, for speed)."""
        rows = self._rows["answers"]
        rows.append(
            (
                scope.value,
                person_id,
                journey_id,
                question_id,
                encode_value(value),
                status.value,
                source.value,
                stage,
                0,
                self._by,
                at,
            )
        )
        self.counts["answers"] += 1
        if len(rows) >= BATCH:
            self.flush()

    def consent(
        self,
        person_id: PersonId,
        journey_id: JourneyId,
        purpose: ConsentPurpose,
        given: bool,
        explained: str,
        at: datetime,
    ) -> None:
        self._add(
            "consent_events",
            (
                person_id,
                journey_id,
                str(purpose),
                "",
                int(given),
                explained,
                self._by,
                at.isoformat(),
            ),
        )

    def check_in(
        self, journey_id: JourneyId, stage: str, checkin_id: str, score: int | None, at: datetime
    ) -> None:
        self._add(
            "check_ins",
            (
                journey_id,
                stage,
                checkin_id,
                score,
                "",
                int(score is None),
                self._by,
                at.isoformat(),
            ),
        )

    def right(
        self, journey_id: JourneyId, number: int, state: RightState, on: date, at: datetime
    ) -> None:
        self._add(
            "rights", (journey_id, number, str(state), on.isoformat(), self._by, at.isoformat())
        )

    def flush(self) -> None:
        for table in _ORDER:
            rows = self._rows[table]
            if rows:
                self._db.executemany(_SQL[table], rows)
                rows.clear()
