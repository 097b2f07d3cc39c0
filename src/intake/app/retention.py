"""Retention: erase closed journeys once the configured period has passed.

A person with no journeys left is erased too. Afterwards the database is vacuumed so
the erased pages leave the file (secure_delete has already overwritten them). Each
erasure is in the audit trail by id only.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from intake.domain import JourneyId, PersonId, Role
from intake.store import AuditAction, AuditEntity, Settings

if TYPE_CHECKING:
    from intake.app.session import Session


@dataclass(frozen=True)
class RetentionResult:
    cutoff: date
    journeys_erased: list[JourneyId]
    people_erased: list[PersonId]


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, clamped to the month's length (31 Mar - 1 = 28/29 Feb)."""
    year, month0 = divmod(day.year * 12 + (day.month - 1) - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


class Retention:
    def __init__(self, session: Session) -> None:
        self._s = session

    def settings(self) -> Settings:
        return self._s.store.organisation.settings()

    def save_settings(self, settings: Settings) -> None:
        self._s.require(Role.ADMIN, Role.MANAGER)
        store = self._s.store
        with store.db.transaction():
            store.organisation.save_settings(settings)
            self._s.audit(AuditAction.CHANGED, AuditEntity.SETTINGS)

    def due(self, today: date | None = None) -> list[JourneyId]:
        """Journeys that `apply` would erase today."""
        cutoff = self._cutoff(today)
        return [j.id for j in self._s.store.journeys.closed_before(cutoff)]

    def _cutoff(self, today: date | None) -> date:
        months = self.settings().retention_months
        return months_before(today or self._s.now().date(), months)

    def apply(self, today: date | None = None, vacuum: bool = True) -> RetentionResult:
        """Erase what is due; returns exactly what was erased."""
        self._s.require(Role.ADMIN, Role.MANAGER)
        store = self._s.store
        cutoff = self._cutoff(today)
        with store.db.transaction():
            journeys = store.journeys.closed_before(cutoff)
            people = {j.person_id for j in journeys}
            for journey in journeys:
                store.journeys.delete(journey.id)
                self._s.audit(AuditAction.ERASED, AuditEntity.JOURNEY, journey.id)
            emptied = sorted(p for p in store.people.without_journeys() if p in people)
            for pid in emptied:
                store.people.delete(pid)
                self._s.audit(AuditAction.ERASED, AuditEntity.PERSON, pid)
        if vacuum and journeys:
            store.db.vacuum()
        return RetentionResult(cutoff, [j.id for j in journeys], emptied)
