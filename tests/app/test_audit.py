"""The audit trail is a hash chain: one hand-edited row is detected."""

from __future__ import annotations

from datetime import date

from intake.app import Session, Workspace
from intake.domain import Answer, AnswerStatus, Source
from intake.store import AuditAction, AuditEntity
from tests.app.conftest import PASSWORD


def test_the_trail_names_actions_and_ids_only(session: Session) -> None:
    person = session.people.create("Zebedee", "Quargle", date(1980, 1, 1))
    journey = session.people.open_journey(person.id)
    session.interviews.record_answer(
        journey.id,
        Answer("needs", "somewhere safe to sleep", AnswerStatus.ANSWERED, Source.ASSISTED, "x"),
    )
    entries = session.store.audit.entries(limit=50)
    kinds = {(e.action, e.entity) for e in entries}
    assert (AuditAction.CREATED, AuditEntity.PERSON) in kinds
    assert (AuditAction.CREATED, AuditEntity.ANSWER) in kinds
    text = repr(session.store.db.all("SELECT * FROM audit"))
    for secret in ("Zebedee", "Quargle", "somewhere safe", "1980"):
        assert secret not in text
    assert session.backups.verify_audit().ok


def test_editing_one_row_by_hand_is_detected(workspace: Workspace, session: Session) -> None:
    for name in ("Ann", "Bob", "Cat"):
        session.people.create(name, "Example", None)
    verdict = session.backups.verify_audit()
    assert verdict.ok
    target = session.store.db.scalar(
        "SELECT id FROM audit WHERE action = 'created' AND entity = 'person' LIMIT 1 OFFSET 1"
    )
    with session.store.db.transaction():
        session.store.db.execute("UPDATE audit SET action = 'viewed' WHERE id = ?", (target,))
    verdict = session.backups.verify_audit()
    assert not verdict.ok
    assert verdict.first_bad_id == target
    session.lock()
    again = workspace.unlock("admin", PASSWORD)
    try:
        assert again.backups.verify_audit().first_bad_id == target
    finally:
        again.lock()


def test_deleting_a_middle_row_is_detected(session: Session) -> None:
    for name in ("Ann", "Bob", "Cat"):
        session.people.create(name, "Example", None)
    with session.store.db.transaction():
        session.store.db.execute("DELETE FROM audit WHERE id = 3")
    assert session.backups.verify_audit().first_bad_id == 4
