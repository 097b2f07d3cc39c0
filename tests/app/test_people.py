"""Finding people by name, reference and date of birth; flagging likely duplicates."""

from __future__ import annotations

from datetime import date

from intake.app import Session
from intake.store.crockford import parse_reference


def test_a_reference_is_readable_checked_and_never_changes(session: Session) -> None:
    person = session.people.create("Ada", "Example", date(1990, 5, 1))
    assert parse_reference(person.reference) == person.reference
    session.people.rename(person.id, "Ada", "Newname")
    assert session.people.get(person.id).reference == person.reference


def test_find_by_name_prefix_ignores_case_and_accents(session: Session) -> None:
    zoe = session.people.create("Zoë", "O'Brien-Smith", date(1985, 2, 3))
    session.people.create("Zack", "Jones", date(1970, 1, 1))
    assert [p.id for p in session.people.find("zoe obr")] == []  # "obr" is not a word start
    assert [p.id for p in session.people.find("zoe bri")] == [zoe.id]
    assert [p.id for p in session.people.find("SMITH z")] == [zoe.id]
    assert len(session.people.find("z")) == 2


def test_find_by_reference_forgives_case_and_dashes(session: Session) -> None:
    person = session.people.create("Ada", "Example", None)
    typed = person.reference.lower().replace("-", "")
    assert [p.id for p in session.people.find(typed)] == [person.id]


def test_find_by_date_of_birth_in_uk_or_iso_form(session: Session) -> None:
    person = session.people.create("Ada", "Example", date(1984, 3, 7))
    session.people.create("Bea", "Example", date(1984, 7, 3))
    assert [p.id for p in session.people.find("7/3/1984")] == [person.id]
    assert [p.id for p in session.people.find("1984-03-07")] == [person.id]


def test_a_near_identical_name_with_the_same_birthday_is_flagged(session: Session) -> None:
    first = session.people.create("Jonathan", "Smyth", date(1979, 11, 30))
    flagged = session.people.possible_duplicates("Jonathon", "Smith", date(1979, 11, 30))
    assert [d.person.id for d in flagged] == [first.id]
    assert flagged[0].score >= 85
    # Same name order swapped is still the same person.
    assert session.people.possible_duplicates("Smyth", "Jonathan", date(1979, 11, 30))


def test_different_birthday_or_different_name_is_not_flagged(session: Session) -> None:
    session.people.create("Jonathan", "Smyth", date(1979, 11, 30))
    assert session.people.possible_duplicates("Jonathan", "Smyth", date(1979, 11, 29)) == []
    assert session.people.possible_duplicates("Mary", "Jones", date(1979, 11, 30)) == []
    assert session.people.possible_duplicates("Jonathan", "Smyth", None) == []


def test_a_person_has_several_journeys(session: Session) -> None:
    person = session.people.create("Ada", "Example", None)
    first = session.people.open_journey(person.id, date(2025, 1, 1))
    session.people.close_journey(first.id, date(2025, 3, 1))
    second = session.people.open_journey(person.id, date(2025, 6, 1))
    journeys = session.people.journeys(person.id)
    assert [j.id for j in journeys] == [first.id, second.id]
    assert journeys[0].closed_on == date(2025, 3, 1)
    assert journeys[1].status == "open"
