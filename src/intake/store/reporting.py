"""Read-only bulk queries for the returns and the completeness report.

A return over 100k people must not read them one journey at a time, so these queries
take whole sets of journeys (or people) at once and stream plain tuples back. The id
sets travel as one JSON array bound as a parameter (`json_each`), never spliced into
SQL text, and SQLite turns `IN (SELECT value FROM json_each(?))` into a lookup table
that drives the existing indexes. Rows come back in index order, so for one journey
(or person) and question the latest answer comes last: the caller keeps the last one,
as `Answers.current` does.

Nothing here writes; nothing here knows about return templates or the form pack.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from intake.store.database import Database, translated

JourneyRow = tuple[int, int, str, str | None, int | None]
"""(journey id, person id, opened on, closed on or None, opened by user id)."""

AnswerRow = tuple[int, int, str, str, str]
"""(answer id, journey or person id, question id, status, value as JSON text)."""


def _ids(ids: Collection[int]) -> str:
    return json.dumps(sorted(int(i) for i in ids), separators=(",", ":"))


def _texts(texts: Collection[str]) -> str:
    return json.dumps(sorted(texts), separators=(",", ":"))


@dataclass(frozen=True)
class JourneyWindow:
    """Journeys opened on or before `end` and not closed before `start` (ISO dates).
    Either end may be None for "no limit"."""

    start: str | None = None
    end: str | None = None
    open_only: bool = False


class ReportingQueries:
    """Bulk, read-only reads over one open workspace database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _stream(self, sql: str, params: tuple[Any, ...] = ()) -> Iterator[Any]:
        cursor = self._db.execute(sql, params)
        while True:
            with translated():
                rows = cursor.fetchmany(20_000)
            if not rows:
                return
            yield from rows

    def journeys(self, window: JourneyWindow | None = None) -> list[JourneyRow]:
        """Every journey (or those in the window), oldest id first."""
        sql = "SELECT id, person_id, opened_on, closed_on, created_by FROM journeys"
        where: list[str] = []
        params: list[Any] = []
        if window is not None:
            if window.end is not None:
                where.append("opened_on <= ?")
                params.append(window.end)
            if window.start is not None:
                where.append("(closed_on IS NULL OR closed_on >= ?)")
                params.append(window.start)
            if window.open_only:
                where.append("status = 'open'")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [
            (int(r[0]), int(r[1]), str(r[2]), r[3], r[4])
            for r in self._db.all(sql + " ORDER BY id", params)
        ]

    def journey_answers(
        self, journey_ids: Collection[int], questions: Collection[str] | None = None
    ) -> Iterator[AnswerRow]:
        """Journey-scoped answers of these journeys (only these questions, if given)."""
        sql = (
            "SELECT a.id, a.journey_id, a.question_id, a.status, a.value FROM answers a"
            " WHERE a.journey_id IN (SELECT value FROM json_each(?)) AND a.scope = 'journey'"
        )
        params: tuple[Any, ...] = (_ids(journey_ids),)
        if questions is not None:
            sql += " AND a.question_id IN (SELECT value FROM json_each(?))"
            params += (_texts(questions),)
        return self._stream(sql, params)

    def person_answers(
        self, person_ids: Collection[int], questions: Collection[str] | None = None
    ) -> Iterator[AnswerRow]:
        """Person-scoped answers of these people, from whichever journey they were
        given in (including journeys since erased)."""
        sql = (
            "SELECT a.id, a.person_id, a.question_id, a.status, a.value FROM answers a"
            " WHERE a.person_id IN (SELECT value FROM json_each(?)) AND a.scope = 'person'"
        )
        params: tuple[Any, ...] = (_ids(person_ids),)
        if questions is not None:
            sql += " AND a.question_id IN (SELECT value FROM json_each(?))"
            params += (_texts(questions),)
        return self._stream(sql, params)

    def check_ins(self, journey_ids: Collection[int]) -> Iterator[tuple[int, str, int | None, int]]:
        """(journey id, stage, score, declined) in the order they were recorded."""
        return self._stream(
            "SELECT journey_id, stage, score, declined FROM check_ins"
            " WHERE journey_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (_ids(journey_ids),),
        )

    def rights(self, journey_ids: Collection[int]) -> Iterator[tuple[int, int, str]]:
        """(journey id, right number, state) from the Victims' Code checklist."""
        return self._stream(
            "SELECT journey_id, right_number, state FROM rights"
            " WHERE journey_id IN (SELECT value FROM json_each(?))",
            (_ids(journey_ids),),
        )

    def first_contacts(self, journey_ids: Collection[int]) -> dict[int, str]:
        """journey id -> the first day (ISO) anything was done with the person: an
        answer not copied from a referral, a check-in, or a step of the script."""
        ids = _ids(journey_ids)
        rows = self._db.all(
            "SELECT journey_id, min(day) FROM ("
            " SELECT journey_id, substr(min(recorded_at), 1, 10) AS day FROM answers"
            "  WHERE journey_id IN (SELECT value FROM json_each(?)) AND source != 'referral'"
            "  GROUP BY journey_id"
            " UNION ALL"
            " SELECT journey_id, substr(min(recorded_at), 1, 10) FROM check_ins"
            "  WHERE journey_id IN (SELECT value FROM json_each(?)) GROUP BY journey_id"
            " UNION ALL"
            " SELECT journey_id, substr(min(done_at), 1, 10) FROM progress"
            "  WHERE journey_id IN (SELECT value FROM json_each(?)) GROUP BY journey_id"
            ") GROUP BY journey_id",
            (ids, ids, ids),
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def people(self, person_ids: Collection[int]) -> dict[int, tuple[str, str, str]]:
        """person id -> (reference, given name, family name): for the in-app gaps list
        only, never for anything that leaves."""
        rows = self._db.all(
            "SELECT id, reference, given_name, family_name FROM people"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(person_ids),),
        )
        return {int(r[0]): (str(r[1]), str(r[2]), str(r[3])) for r in rows}
