"""Consent withdrawal takes effect from then on: out of returns, sharing stops."""

from __future__ import annotations

from intake.app import ConsentPurpose, Session


def test_withdrawing_reporting_consent_removes_the_journey_from_returns(session: Session) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    other = session.people.open_journey(session.people.create("Bea", "Example", None).id)
    session.consent.give(j.id, ConsentPurpose.REPORTING, "read aloud")
    session.consent.give(other.id, ConsentPurpose.REPORTING, "leaflet")
    assert session.consent.journeys_for_returns() == {j.id, other.id}
    session.consent.withdraw(j.id, ConsentPurpose.REPORTING, "phone call")
    assert session.consent.journeys_for_returns() == {other.id}
    assert [e.given for e in session.consent.history(j.id)] == [True, False]


def test_sharing_stops_after_withdrawal(session: Session) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    session.consent.give(j.id, ConsentPurpose.SHARING, "explained", agency="housing")
    assert session.consent.may_share_with(j.id, "housing")
    assert not session.consent.may_share_with(j.id, "police")
    session.consent.withdraw_everywhere(person.id, ConsentPurpose.SHARING, "letter")
    assert not session.consent.may_share_with(j.id, "housing")
