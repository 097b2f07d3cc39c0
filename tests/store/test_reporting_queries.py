"""The bulk reads behind returns: sheets come back whole, in batches, from a worker
thread that never outlives the `with` block and whose errors reach the caller."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake.domain import Answer, AnswerStatus, JourneyId, PersonId, Scope, Source
from intake.store import reporting
from intake.store.answers import Answers
from intake.store.database import Database
from intake.store.errors import StoreError, WorkspaceReadOnlyError
from intake.store.journeys import Journeys
from intake.store.people import People
from intake.store.reporting import JourneySheetRow, Part, ReportingQueries
from intake.store.schema import migrate

KEY = bytes(range(32))
T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
# Free text may hold anything, including the separators the bulk read puts between
# columns and rows.
AWKWARD = 'line one\x1eline two\x1f and a tab\t, a quote " and — a dash'


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "intake.db", KEY, create=True)
    migrate(database)
    yield database
    database.close()


def _people(db: Database, n: int) -> list[tuple[PersonId, JourneyId]]:
    made = []
    people, journeys, answers = People(db), Journeys(db), Answers(db)
    with db.transaction():
        for i in range(n):
            pid = people.insert("Sam", f"Test{i}", date(1990, 1, 1), None, T0).id
            jid = journeys.insert(pid, T0.date(), "referral", None, None, T0).id
            note = Answer("notes", f"{AWKWARD} {i}", AnswerStatus.ANSWERED, Source.ASSISTED, "a")
            answers.insert(pid, jid, Scope.JOURNEY, note, None, T0)
            later = Answer("ethnicity", None, AnswerStatus.ASK_LATER, Source.ASSISTED, "a")
            answers.insert(pid, jid, Scope.PERSON, later, None, T0)
            made.append((pid, jid))
    return made


def _named(sheet: str, keys: dict[str, str]) -> dict[str, object]:
    return {keys[k]: v for k, v in json.loads(sheet).items()}


def _read(
    db: Database, person_ids: list[PersonId], journey_ids: list[JourneyId]
) -> tuple[dict[int, dict[str, object]], list[JourneySheetRow], dict[str, str]]:
    """Every sheet asked for: (person id -> their put-off questions by question id, the
    journeys' rows, the question keys)."""
    queries = ReportingQueries(db)
    keys = queries.question_keys()
    with queries.sheets(person_ids, journey_ids) as (people, journeys):
        return {pid: _named(later, keys) for pid, _, later in people}, list(journeys), keys


def test_sheets_come_back_whole_across_many_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reporting, "_BATCH", 3)
    made = _people(db, 10)
    wanted = [jid for _, jid in made if jid % 2 == 0]

    people, rows, keys = _read(db, [made[4][0]], wanted)

    assert sorted(r[0] for r in rows) == sorted(wanted)
    for jid, answers, later, first, checkins, rights, step in rows:
        i = [int(j) for _, j in made].index(jid)
        assert _named(answers, keys) == {"notes": f"{AWKWARD} {i}"}
        assert (later, checkins, rights, step) == ("{}", "{}", "{}", None)
        assert first == T0.date().isoformat()
    assert people == {made[4][0]: {"ethnicity": 1}}
    assert _read(db, [], [])[:2] == ({}, [])


def _broken(sql: str, params: tuple[object, ...] = ()) -> object:
    raise StoreError()


def _sheet_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "intake-sheets"]


def test_people_then_journeys_from_one_worker(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reporting, "_BATCH", 2)
    made = _people(db, 7)
    pids, jids = [p for p, _ in made], [j for _, j in made]

    later, rows, keys = _read(db, pids, jids)
    notes = {row[0]: _named(row[1], keys)["notes"] for row in rows}

    assert later == {pid: {"ethnicity": 1} for pid in pids}
    assert notes == {jid: f"{AWKWARD} {i}" for i, jid in enumerate(jids)}
    assert _sheet_threads() == []


def test_stopping_early_waits_for_the_worker(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporting, "_BATCH", 1)
    made = _people(db, 8)
    pids, jids = [p for p, _ in made], [j for _, j in made]

    with ReportingQueries(db).sheets(pids, jids) as (people, _journeys):
        first = next(people)  # leaving the block half way, as when building records fails

    assert first[0] == made[0][0]
    assert _sheet_threads() == []
    assert db.scalar("SELECT count(*) FROM journeys") == 8  # the connection is free again


def test_an_error_in_the_worker_reaches_whichever_sheets_are_read(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _people(db, 2)
    monkeypatch.setattr(db, "scalar", _broken)
    with ReportingQueries(db).sheets([p for p, _ in made], [j for _, j in made]) as (
        people,
        journeys,
    ):
        with pytest.raises(StoreError):
            list(people)
        with pytest.raises(StoreError):
            list(journeys)
    assert _sheet_threads() == []


def test_a_part_holds_every_journey_of_its_people(db: Database) -> None:
    made = _people(db, 9)
    journeys = Journeys(db)
    with db.transaction():  # a second journey for some people
        again = [
            journeys.insert(pid, T0.date(), "referral", None, None, T0).id for pid, _ in made[:4]
        ]
    queries = ReportingQueries(db)
    whole = queries.journeys()

    parts = [queries.journeys(part=Part(i, 3)) for i in range(3)]

    assert sorted(r for p in parts for r in p) == sorted(whole)
    assert len(whole) == 9 + len(again)
    for i, rows in enumerate(parts):
        assert rows
        assert {pid % 3 for _, pid, *_ in rows} == {i}
    assert queries.journeys(part=Part(0, 1)) == whole
    assert queries.journey_count() == len(whole)


@pytest.mark.parametrize(("index", "of"), [(3, 3), (-1, 2), (0, 0)])
def test_a_part_that_cannot_exist_is_refused(index: int, of: int) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        Part(index, of)


def test_a_reader_reads_beside_the_open_database_and_cannot_write(db: Database) -> None:
    made = _people(db, 3)
    reader = Database.open_reader(db.path, KEY)
    try:
        rows = ReportingQueries(reader).journeys()
        assert [r[0] for r in rows] == [jid for _, jid in made]
        with pytest.raises(WorkspaceReadOnlyError):
            reader.execute("DELETE FROM journeys")
    finally:
        reader.close()
    assert len(ReportingQueries(db).journeys()) == 3  # nothing changed


def test_a_reader_with_the_wrong_key_or_no_file_is_told_so(db: Database, tmp_path: Path) -> None:
    _people(db, 1)
    with pytest.raises(StoreError) as wrong:
        Database.open_reader(db.path, bytes(32))
    assert "database" in wrong.value.what_is_wrong.lower()
    with pytest.raises(StoreError) as missing:
        Database.open_reader(tmp_path / "elsewhere" / "intake.db", KEY)
    assert "no intake workspace" in missing.value.what_is_wrong.lower()
