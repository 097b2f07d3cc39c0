"""Read-only bulk queries for the returns and the completeness report.

A return over 100k people must not read them one journey at a time, so these queries
take whole sets of journeys (or people) at once. Two choices keep them fast on an
encrypted database, where every page read costs a decryption:

- Answers come from the answer sheets (`journey_sheets`, `person_sheets`; see
  `intake.store.schema`): one row per journey or person holding the latest answer to
  each question under a short key (`question_keys`), kept current by triggers as
  answers are recorded. The answers table
  itself is scattered through the file in the order answers were given; reading it per
  journey decrypts a page for almost every answer.
- Id sets travel as one JSON array bound as a parameter (`json_each`), never spliced
  into SQL text. SQLite seeks the journey (or person) once per id.

Nothing here writes; nothing here knows about return templates or the form pack.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from intake.store.consent import CONSENTING, ConsentPurpose
from intake.store.database import Database, translated

JourneyRow = tuple[int, int, str, str | None, int | None]
"""(journey id, person id, opened on, closed on or None, opened by user id)."""

SheetRow = tuple[int, str, str]
"""(person id, JSON object {question key: value, or null when the person preferred not
to say}, JSON object {question key: 1} of the questions put off until later). A
question key is a short code standing for a question id: see `question_keys`."""

JourneySheetRow = tuple[int, str, str, str | None, str, str, str | None]
"""(journey id, answers and later as in `SheetRow`, the first day an answer not copied
from a referral was recorded or None, JSON {stage: comfort score or null when declined},
JSON {right number: 1 if ever delivered else 0} from the checklist, the first day of a
check-in or a step of the script or None)."""


_KEYS = "SELECT code, question_id FROM question_keys"


def _ids(ids: Collection[int]) -> str:
    return json.dumps(sorted(int(i) for i in ids), separators=(",", ":"))


@dataclass(frozen=True)
class JourneyWindow:
    """Journeys opened on or before `end` and not closed before `start` (ISO dates);
    either may be None for "no limit". `open_only` keeps journeys still open."""

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
                rows = cursor.fetchmany(5_000)
            if not rows:
                return
            yield from rows

    def journeys(
        self, window: JourneyWindow | None = None, consenting_to: ConsentPurpose | None = None
    ) -> list[JourneyRow]:
        """Journeys in the window (and, if given, only those whose consent for the purpose
        stands now: see `intake.store.consent`), oldest id first."""
        sql = "SELECT id, person_id, opened_on, closed_on, created_by FROM journeys"
        where: list[str] = []
        params: list[Any] = []
        if consenting_to is not None:
            where.append(f"id IN ({CONSENTING})")
            params.append(str(consenting_to))
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

    def question_keys(self) -> dict[str, str]:
        """The sheets' question keys -> question ids (sheets key answers by a short code
        to stay small: see `intake.store.schema`, version 4)."""
        return {str(code): str(qid) for code, qid in self._db.all(_KEYS)}

    def journey_sheets(self, journey_ids: Collection[int]) -> Iterator[JourneySheetRow]:
        """The sheet of each of these journeys: journey-scoped answers, check-ins,
        rights and the days of first contact and of the first step."""
        return self._stream(
            "SELECT journey_id, answers, later, substr(first_contact, 1, 10), checkins,"
            " rights, first_step"
            " FROM journey_sheets WHERE journey_id IN (SELECT value FROM json_each(?))",
            (_ids(journey_ids),),
        )

    def person_sheets(self, person_ids: Collection[int]) -> Iterator[SheetRow]:
        """The answer sheet of each of these people: their `scope: person` answers from
        whichever journey they were given in (including journeys since erased)."""
        return self._stream(
            "SELECT person_id, answers, later"
            " FROM person_sheets WHERE person_id IN (SELECT value FROM json_each(?))",
            (_ids(person_ids),),
        )

    def people(self, person_ids: Collection[int]) -> dict[int, tuple[str, str, str]]:
        """person id -> (reference, given name, family name): for the in-app gaps list
        only, never for anything that leaves."""
        rows = self._db.all(
            "SELECT id, reference, given_name, family_name FROM people"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(person_ids),),
        )
        return {int(r[0]): (str(r[1]), str(r[2]), str(r[3])) for r in rows}
