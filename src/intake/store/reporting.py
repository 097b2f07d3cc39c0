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

import contextlib
import json
import queue
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from intake.store.consent import CONSENTING, ConsentPurpose
from intake.store.database import Database

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
_BATCH = 4_000
"""Sheets per statement (one batch) of `_Reader`."""
_UNIT, _ROW = "\x1f", "\x1e"
"""ASCII unit and record separators, between columns and between rows."""


def _ids(ids: Collection[int]) -> str:
    return json.dumps(sorted(int(i) for i in ids), separators=(",", ":"))


@dataclass(frozen=True)
class JourneyWindow:
    """Journeys opened on or before `end` and not closed before `start` (ISO dates);
    either may be None for "no limit". `open_only` keeps journeys still open."""

    start: str | None = None
    end: str | None = None
    open_only: bool = False


@dataclass(frozen=True)
class Part:
    """Part `index` (from 0) of `of` parts of the people: those whose id leaves
    `index` when divided by `of`. Every journey of a person is in that person's part."""

    index: int
    of: int

    def __post_init__(self) -> None:
        if not 0 <= self.index < self.of:
            raise ValueError(f"part {self.index} of {self.of} does not exist")


class ReportingQueries:
    """Bulk, read-only reads over one open workspace database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def journeys(
        self,
        window: JourneyWindow | None = None,
        consenting_to: ConsentPurpose | None = None,
        part: Part | None = None,
    ) -> list[JourneyRow]:
        """Journeys in the window (and, if given, only those whose consent for the purpose
        stands now: see `intake.store.consent`, and only those of a part's people),
        oldest id first."""
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
        if part is not None and part.of > 1:
            where.append("person_id % ? = ?")
            params += [int(part.of), int(part.index)]
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [
            (int(r[0]), int(r[1]), str(r[2]), r[3], r[4])
            for r in self._db.all(sql + " ORDER BY id", params)
        ]

    def journey_count(self) -> int:
        """Journeys in the workspace, of every status and consent."""
        return int(self._db.scalar("SELECT count(*) FROM journeys"))

    def question_keys(self) -> dict[str, str]:
        """The sheets' question keys -> question ids (sheets key answers by a short code
        to stay small: see `intake.store.schema`, version 4)."""
        return {str(code): str(qid) for code, qid in self._db.all(_KEYS)}

    @contextmanager
    def sheets(
        self, person_ids: Collection[int], journey_ids: Collection[int]
    ) -> Iterator[tuple[Iterator[SheetRow], Iterator[JourneySheetRow]]]:
        """These people's answer sheets (`SheetRow`: their `scope: person` answers from
        whichever journey they were given in, including journeys since erased), then
        these journeys' sheets (`JourneySheetRow`: journey-scoped answers, check-ins,
        rights and the days of first contact and of the first step), read one after the
        other on one worker thread from the moment the block starts: the journeys' are
        being read while the caller still works through the people's. Read the people's
        first. Leaving the block waits for the worker to stop."""
        reader = _Reader(
            self._db, [_job(_PERSON_SHEETS, person_ids), _job(_JOURNEY_SHEETS, journey_ids)]
        )
        try:
            yield _person_rows(reader.rows(0)), _journey_rows(reader.rows(1))
        finally:
            reader.close()

    def people(self, person_ids: Collection[int]) -> dict[int, tuple[str, str, str]]:
        """person id -> (reference, given name, family name): for the in-app gaps list
        only, never for anything that leaves."""
        rows = self._db.all(
            "SELECT id, reference, given_name, family_name FROM people"
            " WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(person_ids),),
        )
        return {int(r[0]): (str(r[1]), str(r[2]), str(r[3])) for r in rows}


# ------------------------------------------------------------------ reading in bulk


def _packed_sql(columns: tuple[str, ...], source: str) -> str:
    """One batch of `source` (a table and the column ids are matched against): every
    row's `columns` joined by `_UNIT` (NULLs coalesced to ''), rows joined by `_ROW`."""
    glued = f" || '{_UNIT}' || ".join(columns)
    return (
        f"SELECT group_concat({glued}, '{_ROW}') FROM {source} IN (SELECT value FROM json_each(?))"
    )


_JOURNEY_SHEETS = _packed_sql(
    (
        "journey_id",
        "answers",
        "later",
        "coalesce(substr(first_contact, 1, 10), '')",
        "checkins",
        "rights",
        "coalesce(first_step, '')",
    ),
    "journey_sheets WHERE journey_id",
)
_PERSON_SHEETS = _packed_sql(("person_id", "answers", "later"), "person_sheets WHERE person_id")


def _journey_rows(rows: Iterator[str]) -> Iterator[JourneySheetRow]:
    for row in rows:
        jid, answers, later, first, checkins, rights, step = row.split(_UNIT)
        yield int(jid), answers, later, first or None, checkins, rights, step or None


def _person_rows(rows: Iterator[str]) -> Iterator[SheetRow]:
    for row in rows:
        pid, answers, later = row.split(_UNIT)
        yield int(pid), answers, later


_Job = tuple[str, list[str]]
"""A statement of one parameter, and the parameter of each batch (a JSON id array)."""


def _job(sql: str, ids: Collection[int]) -> _Job:
    order = sorted(int(i) for i in ids)
    return sql, [_ids(order[i : i + _BATCH]) for i in range(0, len(order), _BATCH)]


class _Reader:
    """Runs jobs one after the other on a worker thread, each batch one statement whose
    result is one string.

    SQLite runs each statement, decrypting as it goes, without holding Python's
    interpreter lock, so reading the next batch overlaps the caller's work on this one
    (decoding and building records), where a row-at-a-time cursor would take the lock
    back for every row. JSON text never holds a raw control character, and ids and ISO
    dates none at all, so the separators cannot occur inside a column.

    The worker is the only user of the database from start to `close`, which waits for
    it to stop; an error in the worker is raised to whoever reads the job's rows."""

    def __init__(self, db: Database, jobs: list[_Job]) -> None:
        self._found: list[queue.Queue[tuple[str | None, BaseException | None]]] = [
            queue.Queue(maxsize=4) for _ in jobs
        ]
        self._stop = threading.Event()
        self._worker = threading.Thread(
            target=self._read, args=(db, jobs), name="intake-sheets", daemon=True
        )
        self._worker.start()

    def _read(self, db: Database, jobs: list[_Job]) -> None:
        for n, (sql, batches) in enumerate(jobs):
            found = self._found[n]
            try:
                for batch in batches:
                    if self._stop.is_set():
                        return
                    found.put((db.scalar(sql, (batch,)) or "", None))
            except BaseException as exc:  # raised again in the reading thread
                for waiting in self._found[n:]:
                    waiting.put((None, exc))
                return
            finally:
                found.put((None, None))

    def rows(self, n: int) -> Iterator[str]:
        """The rows of job `n`, as they are read."""
        found = self._found[n]
        while True:
            text, error = found.get()
            if error is not None:
                raise error
            if text is None:
                return
            if text:
                yield from text.split(_ROW)

    def close(self) -> None:
        self._stop.set()
        while self._worker.is_alive():  # let a blocked put finish
            for found in self._found:
                with contextlib.suppress(queue.Empty):
                    found.get_nowait()
            self._worker.join(timeout=0.01)
