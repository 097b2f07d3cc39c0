"""Answers: append-only. A change is a new row; the latest row per question is current.

Person-scoped answers (date of birth, protected characteristics, language ...) belong
to the person and are known in every journey; journey-scoped ones only in their own.
That split is what lets the interview never ask the same thing twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake.domain import (
    Answer,
    AnswerStatus,
    AnswerValue,
    JourneyId,
    PersonId,
    Scope,
    Source,
)
from intake.store.database import Database, Row


@dataclass(frozen=True)
class StoredAnswer:
    id: int
    scope: Scope
    person_id: PersonId
    journey_id: JourneyId | None
    question_id: str
    value: AnswerValue
    status: AnswerStatus
    source: Source
    stage: str
    volunteered: bool
    recorded_by: int | None
    recorded_at: str

    def as_answer(self) -> Answer:
        return Answer(
            self.question_id, self.value, self.status, self.source, self.stage, self.volunteered
        )


_COLUMNS = (
    "id, scope, person_id, journey_id, question_id, value, status, source, stage, "
    "volunteered, recorded_by, recorded_at"
)


def _stored(v: Sequence[Any]) -> StoredAnswer:
    """(id, scope, person id, journey id or None, question id, value (decoded), status,
    source, stage, volunteered, recorded_by, recorded_at) as a `StoredAnswer`."""
    return StoredAnswer(
        id=int(v[0]),
        scope=Scope(v[1]),
        person_id=PersonId(int(v[2])),
        journey_id=None if v[3] is None else JourneyId(int(v[3])),
        question_id=str(v[4]),
        value=v[5],
        status=AnswerStatus(v[6]),
        source=Source(v[7]),
        stage=str(v[8]),
        volunteered=bool(v[9]),
        recorded_by=v[10],
        recorded_at=str(v[11]),
    )


def _answer(row: Row) -> StoredAnswer:
    """A row of the answers table (`_COLUMNS`), whose value is JSON text."""
    return _stored((*row[:5], json.loads(row[5]), *row[6:]))


def _from_sheet(
    scope: Scope, person_id: PersonId, journey_id: JourneyId, question: str, entry: list[Any]
) -> StoredAnswer:
    """One `detail` entry of a sheet: [id, status, value, source, stage, volunteered,
    recorded_by, recorded_at] and, for a person's sheet, the journey it was given in."""
    given_in = entry[8] if scope is Scope.PERSON else journey_id
    return _stored(
        (entry[0], scope, person_id, given_in, question, entry[2], entry[1], *entry[3:8])
    )


_ENCODE_STR = json.encoder.encode_basestring  # the C encoder json.dumps uses for strings


def encode_value(value: AnswerValue) -> str:
    """Compact JSON; strings and whole numbers take a fast path (bulk loading)."""
    if isinstance(value, str):
        return _ENCODE_STR(value)
    if value is None:
        return "null"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Answers:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(
        self,
        person_id: PersonId,
        journey_id: JourneyId,
        scope: Scope,
        answer: Answer,
        recorded_by: int | None,
        at: datetime,
    ) -> int:
        return self._db.insert(
            f"INSERT INTO answers ({_COLUMNS.removeprefix('id, ')}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(scope),
                person_id,
                journey_id,
                answer.question_id,
                encode_value(answer.value),
                str(answer.status),
                str(answer.source),
                answer.stage,
                int(answer.volunteered),
                recorded_by,
                at.isoformat(timespec="microseconds"),
            ),
        )

    def get(self, answer_id: int) -> StoredAnswer | None:
        row = self._db.one(f"SELECT {_COLUMNS} FROM answers WHERE id = ?", (answer_id,))
        return None if row is None else _answer(row)

    def current(self, person_id: PersonId, journey_id: JourneyId) -> dict[str, StoredAnswer]:
        """The latest answer per question known in this journey: the person's facts from
        any journey, and this journey's own answers. Read from the
        `*_latest` rows (see `intake.store.schema`): two row reads, however long the history."""
        row = self._db.one(
            "SELECT (SELECT detail FROM person_latest WHERE person_id = ?),"
            " (SELECT detail FROM journey_latest WHERE journey_id = ?)",
            (person_id, journey_id),
        )
        found: list[StoredAnswer] = []
        if row is not None:
            for scope, text in ((Scope.PERSON, row[0]), (Scope.JOURNEY, row[1])):
                for question, entry in json.loads(text or "{}").items():
                    found.append(_from_sheet(scope, person_id, journey_id, question, entry))
        found.sort(key=lambda a: a.id)
        known: dict[str, StoredAnswer] = {}
        for a in found:
            known[a.question_id] = a  # ordered by id, so the later one wins
        return known

    def history(self, person_id: PersonId) -> list[StoredAnswer]:
        """Every answer ever recorded about a person, oldest first (subject access)."""
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM answers WHERE person_id = ? ORDER BY id", (person_id,)
        )
        return [_answer(r) for r in rows]

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM answers"))

    def ids_present(self, ids: list[int]) -> set[int]:
        found: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found |= {
                int(r[0])
                for r in self._db.all(f"SELECT id FROM answers WHERE id IN ({marks})", chunk)
            }
        return found
