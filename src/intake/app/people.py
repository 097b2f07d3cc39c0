"""Finding and creating people and their journeys, with a check for duplicates.

One search box takes a name, a reference (`V-7KQ2-MX4P`, forgiving of case and
dashes) or a date of birth (`1984-03-07` or `7/3/1984`). Creating a person first looks
for anyone with the same date of birth and a similar name, so the caseworker can open
the existing record instead of starting a second one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from intake.app.subject_access import SubjectAccessExport, export_person
from intake.domain import JourneyId, PersonId
from intake.store import AuditAction, AuditEntity, JourneyRecord, PersonRecord
from intake.store.crockford import parse_reference
from intake.store.errors import InvalidInputError
from intake.store.people import name_tokens

if TYPE_CHECKING:
    from intake.app.session import Session

DUPLICATE_THRESHOLD = 85.0
_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


@dataclass(frozen=True)
class PossibleDuplicate:
    person: PersonRecord
    score: float
    """Name similarity, 0 to 100 (the date of birth is the same)."""


def parse_date(text: str) -> date | None:
    """An ISO date or a UK day/month/year date, or None."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = _UK_DATE.match(text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are, ignoring case, accents, order and punctuation."""
    left = " ".join(name_tokens(a))
    right = " ".join(name_tokens(b))
    return float(max(fuzz.token_sort_ratio(left, right), fuzz.ratio(left, right)))


class PeopleService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def find(self, text: str, limit: int = 50) -> list[PersonRecord]:
        """People matching a reference, a date of birth or the start of each name word."""
        store = self._s.store
        reference = parse_reference(text)
        if reference is not None:
            found = store.people.by_reference(reference)
            if found is not None:
                return [found]
        dob = parse_date(text)
        if dob is not None:
            return store.people.by_date_of_birth(dob, limit)
        return store.people.search_name(text, limit)

    def possible_duplicates(
        self, given_name: str, family_name: str, date_of_birth: date | None
    ) -> list[PossibleDuplicate]:
        """People with the same date of birth and a similar name, most alike first."""
        if date_of_birth is None:
            return []
        wanted = f"{given_name} {family_name}"
        found = [
            PossibleDuplicate(p, name_similarity(wanted, p.full_name))
            for p in self._s.store.people.by_date_of_birth(date_of_birth, limit=1000)
        ]
        return sorted((d for d in found if d.score >= DUPLICATE_THRESHOLD), key=lambda d: -d.score)

    def create(self, given_name: str, family_name: str, date_of_birth: date | None) -> PersonRecord:
        """Add a person (check `possible_duplicates` first and offer the match)."""
        if not (given_name.strip() or family_name.strip()):
            raise InvalidInputError(
                "A person needs at least one name.", "Type a name to create them."
            )
        store = self._s.store
        with store.db.transaction():
            person = store.people.insert(
                given_name.strip(),
                family_name.strip(),
                date_of_birth,
                self._s.user.id,
                self._s.now(),
            )
            self._s.audit(AuditAction.CREATED, AuditEntity.PERSON, person.id)
        return person

    def get(self, person_id: PersonId) -> PersonRecord:
        """Open a person's record (logged as viewed)."""
        store = self._s.store
        person = store.people.get(person_id)
        with store.db.transaction():
            self._s.audit(AuditAction.VIEWED, AuditEntity.PERSON, person_id)
        return person

    def rename(self, person_id: PersonId, given_name: str, family_name: str) -> None:
        store = self._s.store
        with store.db.transaction():
            store.people.rename(person_id, given_name.strip(), family_name.strip())
            self._s.audit(AuditAction.CHANGED, AuditEntity.PERSON, person_id)

    # --- journeys --------------------------------------------------------------------

    def open_journey(
        self,
        person_id: PersonId,
        opened_on: date | None = None,
        stage: str = "referral",
        pack_id: str | None = None,
    ) -> JourneyRecord:
        store = self._s.store
        with store.db.transaction():
            journey = store.journeys.insert(
                person_id,
                opened_on or self._s.now().date(),
                stage,
                pack_id,
                self._s.user.id,
                self._s.now(),
            )
            self._s.audit(AuditAction.CREATED, AuditEntity.JOURNEY, journey.id)
        return journey

    def journeys(self, person_id: PersonId) -> list[JourneyRecord]:
        return self._s.store.journeys.for_person(person_id)

    def journey(self, journey_id: JourneyId) -> JourneyRecord:
        return self._s.store.journeys.get(journey_id)

    def close_journey(self, journey_id: JourneyId, closed_on: date | None = None) -> None:
        store = self._s.store
        with store.db.transaction():
            store.journeys.close(journey_id, closed_on or self._s.now().date())
            self._s.audit(AuditAction.CHANGED, AuditEntity.JOURNEY, journey_id)

    def reopen_journey(self, journey_id: JourneyId) -> None:
        store = self._s.store
        with store.db.transaction():
            store.journeys.reopen(journey_id)
            self._s.audit(AuditAction.CHANGED, AuditEntity.JOURNEY, journey_id)

    def move_to_stage(self, journey_id: JourneyId, stage: str) -> None:
        store = self._s.store
        with store.db.transaction():
            store.journeys.set_stage(journey_id, stage)
            self._s.audit(AuditAction.CHANGED, AuditEntity.JOURNEY, journey_id)

    def subject_access(self, person_id: PersonId) -> SubjectAccessExport:
        """Everything held about a person, for a subject access request (logged)."""
        return export_person(self._s, person_id)
