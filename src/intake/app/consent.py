"""Consent given and withdrawn, per journey and purpose, and what it allows now.

Withdrawal is recorded as an event and takes effect from then on: the journey drops
out of every later return, and sharing with that agency (or any agency) stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.domain import JourneyId, PersonId
from intake.store import AuditAction, AuditEntity, ConsentEvent, ConsentPurpose

if TYPE_CHECKING:
    from intake.app.session import Session


class ConsentService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def give(
        self, journey_id: JourneyId, purpose: ConsentPurpose, explained: str, agency: str = ""
    ) -> int:
        """Record consent, with how it was explained (e.g. "read aloud, leaflet given")."""
        return self._record(journey_id, purpose, True, explained, agency)

    def withdraw(
        self, journey_id: JourneyId, purpose: ConsentPurpose, explained: str, agency: str = ""
    ) -> int:
        return self._record(journey_id, purpose, False, explained, agency)

    def withdraw_everywhere(
        self, person_id: PersonId, purpose: ConsentPurpose, explained: str
    ) -> int:
        """Withdraw a purpose on every journey of a person; returns how many events."""
        store = self._s.store
        count = 0
        with store.db.transaction():
            for journey in store.journeys.for_person(person_id):
                agencies = {
                    e.agency for e in store.consents.for_journey(journey.id) if e.purpose is purpose
                }
                for agency in agencies or {""}:
                    self._record(journey.id, purpose, False, explained, agency)
                    count += 1
        return count

    def _record(
        self,
        journey_id: JourneyId,
        purpose: ConsentPurpose,
        given: bool,
        explained: str,
        agency: str,
    ) -> int:
        store = self._s.store
        with store.db.transaction():
            journey = store.journeys.get(journey_id)
            event = store.consents.insert(
                journey.person_id,
                journey_id,
                ConsentPurpose(purpose),
                given,
                explained,
                self._s.user.id,
                self._s.now(),
                agency,
            )
            self._s.audit(AuditAction.CREATED, AuditEntity.CONSENT, event)
        return event

    def is_given(self, journey_id: JourneyId, purpose: ConsentPurpose, agency: str = "") -> bool:
        """Whether the latest event for this purpose (and agency) is a 'given'."""
        event = self._s.store.consents.current(journey_id, purpose, agency)
        return event is not None and event.given

    def may_share_with(self, journey_id: JourneyId, agency: str) -> bool:
        """Sharing needs consent for that agency, and no later general withdrawal."""
        store = self._s.store
        general = store.consents.current(journey_id, ConsentPurpose.SHARING, "")
        named = store.consents.current(journey_id, ConsentPurpose.SHARING, agency)
        if named is None or not named.given:
            return False
        return general is None or general.given or general.id < named.id

    def history(self, journey_id: JourneyId) -> list[ConsentEvent]:
        return self._s.store.consents.for_journey(journey_id)

    def journeys_for_returns(self) -> set[JourneyId]:
        """Journeys whose anonymised data may go into a return now."""
        return self._s.store.consents.journeys_consenting(ConsentPurpose.REPORTING)
