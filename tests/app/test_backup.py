"""Backups are keyed, verified copies; restoring gives back exactly the same rows."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from intake.app import Session, Workspace
from intake.domain import Answer, AnswerStatus, Source
from intake.store.backup import MANIFEST_NAME
from intake.store.errors import BackupInvalidError, WrongPasswordError
from tests.app.conftest import PASSWORD, FakeClock, make_workspace
from tests.app.helpers import dump, files_containing, plaintext_files

CANARY = "Zebedee Quargle-Canary"


def _fill(session: Session) -> None:
    for i in range(5):
        person = session.people.create(
            CANARY.split()[0], f"Quargle-Canary{i}", date(1980, 1, i + 1)
        )
        journey = session.people.open_journey(person.id)
        session.interviews.record_answer(
            journey.id,
            Answer("needs", f"{CANARY} needs {i}", AnswerStatus.ANSWERED, Source.ASSISTED, "r"),
        )


def test_backup_then_restore_gives_identical_rows(
    tmp_path: Path, workspace: Workspace, session: Session, clock: FakeClock
) -> None:
    _fill(session)
    result = session.backups.create(tmp_path / "usb" / "backup1")
    at_backup = dump(session.store.db, skip=("audit",))
    audit_at_backup = session.store.db.all("SELECT * FROM audit ORDER BY id")
    session.people.create("Added", "Later", None)
    session.lock()

    assert plaintext_files(result.folder) == []
    assert files_containing(CANARY.encode(), result.folder) == []
    manifest = json.loads((result.folder / MANIFEST_NAME).read_text())
    assert manifest["counts"]["people"] == 5

    restored = workspace.restore(result.folder, "admin", PASSWORD)
    assert restored.kept_previous is not None
    assert (restored.kept_previous / "intake.db").exists()  # the replaced data is kept
    again = workspace.unlock("admin", PASSWORD)
    try:
        assert dump(again.store.db, skip=("audit",)) == at_backup
        audit = again.store.db.all("SELECT * FROM audit ORDER BY id")
        assert audit[: len(audit_at_backup)] == audit_at_backup
        assert again.backups.verify_audit().ok
    finally:
        again.lock()


def test_a_damaged_backup_is_refused_and_the_workspace_is_untouched(
    tmp_path: Path, workspace: Workspace, session: Session
) -> None:
    _fill(session)
    result = session.backups.create(tmp_path / "b")
    before = dump(session.store.db, skip=("audit",))
    session.lock()
    db_file = result.folder / "intake.db"
    data = bytearray(db_file.read_bytes())
    data[5000] ^= 0xFF
    db_file.write_bytes(bytes(data))
    with pytest.raises(BackupInvalidError):
        workspace.restore(result.folder, "admin", PASSWORD)
    again = workspace.unlock("admin", PASSWORD)
    try:
        assert dump(again.store.db, skip=("audit",)) == before
    finally:
        again.lock()


def test_a_backup_without_its_manifest_is_incomplete(
    tmp_path: Path, workspace: Workspace, session: Session
) -> None:
    result = session.backups.create(tmp_path / "b")
    session.lock()
    (result.folder / MANIFEST_NAME).unlink()
    with pytest.raises(BackupInvalidError):
        workspace.restore(result.folder, "admin", PASSWORD)


def test_restore_into_an_empty_folder_on_another_machine(tmp_path: Path, session: Session) -> None:
    _fill(session)
    result = session.backups.create(tmp_path / "b")
    expected = dump(session.store.db, skip=("audit",))
    session.lock()
    elsewhere = make_workspace(tmp_path / "new-laptop")
    assert elsewhere.restore(result.folder, "admin", PASSWORD).kept_previous is None
    s = elsewhere.unlock("admin", PASSWORD)
    try:
        assert dump(s.store.db, skip=("audit",)) == expected
    finally:
        s.lock()


def test_a_wrong_password_restoring_on_a_new_machine_says_so(
    tmp_path: Path, session: Session
) -> None:
    """The new laptop has no workspace folder yet: a wrong password is still just a
    wrong password (counted there), and no workspace is made."""
    result = session.backups.create(tmp_path / "b")
    session.lock()
    elsewhere = make_workspace(tmp_path / "new-laptop" / "Intake")
    with pytest.raises(WrongPasswordError):
        elsewhere.restore(result.folder, "admin", "not the password")
    assert not elsewhere.exists()
    assert elsewhere.throttle.state().failures == 1
    assert elsewhere.restore(result.folder, "admin", PASSWORD).kept_previous is None
    elsewhere.unlock("admin", PASSWORD).lock()
