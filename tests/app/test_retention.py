"""Retention erases exactly the closed journeys past the period, and nothing else."""

from __future__ import annotations

from datetime import date

import pytest

from intake.app import Session, Settings
from intake.domain import Answer, AnswerStatus, Role, Source
from intake.forms import Pack
from intake.store.errors import NotPermittedError


def _answer(qid: str, value: str) -> Answer:
    return Answer(qid, value, AnswerStatus.ANSWERED, Source.ASSISTED, "referral")


def test_retention_erases_exactly_the_journeys_it_should(session: Session, pack: Pack) -> None:
    session.retention.save_settings(Settings(retention_months=24, auto_lock_minutes=5))
    today = date(2026, 6, 15)
    people = session.people

    gone = people.create("Old", "Closed", None)  # one old closed journey only: erased
    gone_j = people.open_journey(gone.id, date(2020, 1, 1))
    session.interviews.record_answer(gone_j.id, _answer("language", "Welsh"), pack)
    people.close_journey(gone_j.id, date(2024, 6, 14))

    mixed = people.create("Mixed", "Person", None)  # old closed + open: person stays
    mixed_old = people.open_journey(mixed.id, date(2019, 1, 1))
    session.interviews.record_answer(mixed_old.id, _answer("language", "Urdu"), pack)
    session.interviews.record_answer(mixed_old.id, _answer("crime_type", "assault"), pack)
    people.close_journey(mixed_old.id, date(2020, 1, 1))
    mixed_open = people.open_journey(mixed.id, date(2026, 1, 1))

    recent = people.create("Recent", "Closed", None)  # closed one day inside the period
    recent_j = people.open_journey(recent.id, date(2024, 1, 1))
    people.close_journey(recent_j.id, date(2024, 6, 15))

    old_open = people.create("Old", "Open", None)  # opened long ago but still open
    old_open_j = people.open_journey(old_open.id, date(2015, 1, 1))

    no_journey = people.create("No", "Journey", None)  # never had a journey

    assert set(session.retention.due(today)) == {gone_j.id, mixed_old.id}
    result = session.retention.apply(today)
    assert result.cutoff == date(2024, 6, 15)
    assert sorted(result.journeys_erased) == sorted([gone_j.id, mixed_old.id])
    assert result.people_erased == [gone.id]

    assert people.find("Closed") == [people.get(recent.id)]
    remaining = {j.id for p in (mixed, recent, old_open) for j in people.journeys(p.id)}
    assert remaining == {mixed_open.id, recent_j.id, old_open_j.id}
    assert people.get(no_journey.id).family_name == "Journey"
    # The person fact asked in the erased journey is still known; the journey fact is not.
    known = session.interviews.known_answers(mixed_open.id)
    assert known["language"].value == "Urdu"
    assert "crime_type" not in known
    assert session.backups.verify_audit().ok


def test_only_managers_and_admins_apply_retention(workspace, session: Session) -> None:  # type: ignore[no-untyped-def]
    session.users.add("casey", "Casey", Role.CASEWORKER, "casey password 1")
    session.lock()
    casey = workspace.unlock("casey", "casey password 1")
    try:
        with pytest.raises(NotPermittedError):
            casey.retention.apply()
    finally:
        casey.lock()
