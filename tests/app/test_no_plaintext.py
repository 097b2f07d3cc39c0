"""Nothing readable on disk: no plaintext SQLite header, and a canary name appears in no
file of the workspace (WAL and shared-memory files included), the temp folder or logs."""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

import pytest

from intake.app import ConsentPurpose, Session, Settings
from intake.domain import Answer, AnswerStatus, CheckIn, Source
from intake.forms import Pack
from tests.app.conftest import FakeClock, make_workspace
from tests.app.helpers import files_containing, files_under, plaintext_files

CANARY = "Zebedee Quargle-Canary"
PASSWORD = "canary password 1"


def _scripted_session(session: Session, pack: Pack) -> None:
    given, family = CANARY.split(" ", 1)
    person = session.people.create(given, family, date(1971, 4, 9))
    assert session.people.possible_duplicates(given, family, date(1971, 4, 9))
    journey = session.people.open_journey(person.id, date(2020, 1, 1))
    for qid, value in (("language", CANARY), ("crime_type", "assault"), ("needs", CANARY * 50)):
        session.interviews.record_answer(
            journey.id, Answer(qid, value, AnswerStatus.ANSWERED, Source.ASSISTED, "r"), pack
        )
    session.interviews.add_note(journey.id, f"Spoke to {CANARY} today")
    session.interviews.record_check_in(journey.id, CheckIn("r", "c", 3, CANARY))
    session.consent.give(journey.id, ConsentPurpose.SHARING, CANARY, agency=CANARY)
    assert session.people.find("zebedee quargle")
    assert CANARY in session.people.subject_access(person.id).to_json()
    session.interviews.summary(journey.id, pack)


def test_no_file_ever_starts_with_the_sqlite_header_and_no_canary_leaks(
    tmp_path: Path,
    pack: Pack,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "ws"
    ws = make_workspace(folder, clock)
    session = ws.create("Org", "admin", "Alex", PASSWORD).session
    _scripted_session(session, pack)

    # While open: the WAL and shared-memory files exist and must not leak either.
    names = {p.name for p in files_under(folder)}
    assert "intake.db-wal" in names
    assert plaintext_files(folder, temp) == []
    assert files_containing(CANARY.encode(), folder, temp) == []
    assert files_containing(b"Quargle", folder, temp) == []

    session.backups.create()
    session.retention.save_settings(Settings(retention_months=1))
    person = session.people.find("zebedee")[0]
    session.people.close_journey(session.people.journeys(person.id)[0].id, date(2020, 2, 1))
    assert session.retention.apply(date(2026, 1, 1)).people_erased
    session.lock()

    assert plaintext_files(folder, temp) == []
    assert files_containing(CANARY.encode(), folder, temp) == []
    assert files_containing(b"Quargle", folder, temp) == []
    assert not any("Quargle" in r.getMessage() for r in caplog.records)
    assert not any(p for p in files_under(temp))  # nothing was written to temp at all


def test_the_scan_would_see_a_plaintext_database(tmp_path: Path) -> None:
    """The checks above can fail: an unencrypted SQLite file is caught by both."""
    import sqlite3

    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (CANARY,))
    conn.commit()
    conn.close()
    assert plaintext_files(tmp_path) == [tmp_path / "plain.db"]
    assert files_containing(CANARY.encode(), tmp_path) == [tmp_path / "plain.db"]


def test_workspace_and_backup_files_are_readable_by_their_owner_only(
    tmp_path: Path, clock: FakeClock
) -> None:
    ws = make_workspace(tmp_path / "ws", clock)
    session = ws.create("Org", "admin", "Alex", PASSWORD).session
    session.people.create("Ann", "Example", None)
    backup = session.backups.create(tmp_path / "b").folder
    try:
        assert ws.folder.stat().st_mode & 0o777 == 0o700
        for path in [*files_under(ws.folder), *files_under(backup)]:
            assert path.stat().st_mode & 0o077 == 0, path
    finally:
        session.lock()
