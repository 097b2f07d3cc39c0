"""Consent events per journey and purpose; the latest event for a purpose decides.

Withdrawal is an event like any other, so the history of what was agreed, when and how
it was explained is never lost, and "from then on" is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from intake.domain import JourneyId, PersonId
from intake.store.database import Database, Row

CONSENTING = "SELECT journey_id FROM consent_now WHERE purpose = ? AND given = 1"
"""The journeys whose latest event for a purpose (the one parameter; agency '') is a
'given' (`consent_now` is kept by a trigger: see `intake.store.schema`, version 4)."""


class ConsentPurpose(StrEnum):
    SUPPORT = "support"
    SHARING = "sharing"
    REPORTING = "reporting"


@dataclass(frozen=True)
class ConsentEvent:
    id: int
    person_id: PersonId
    journey_id: JourneyId
    purpose: ConsentPurpose
    agency: str
    given: bool
    explained: str
    recorded_by: int | None
    recorded_at: str


_COLUMNS = "id, person_id, journey_id, purpose, agency, given, explained, recorded_by, recorded_at"


def _event(row: Row) -> ConsentEvent:
    return ConsentEvent(
        int(row[0]),
        PersonId(int(row[1])),
        JourneyId(int(row[2])),
        ConsentPurpose(row[3]),
        str(row[4]),
        bool(row[5]),
        str(row[6]),
        row[7],
        str(row[8]),
    )


class Consents:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(
        self,
        person_id: PersonId,
        journey_id: JourneyId,
        purpose: ConsentPurpose,
        given: bool,
        explained: str,
        recorded_by: int | None,
        at: datetime,
        agency: str = "",
    ) -> int:
        return self._db.insert(
            f"INSERT INTO consent_events ({_COLUMNS.removeprefix('id, ')}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                journey_id,
                str(ConsentPurpose(purpose)),
                agency,
                int(given),
                explained,
                recorded_by,
                at.isoformat(timespec="microseconds"),
            ),
        )

    def for_journey(self, journey_id: JourneyId) -> list[ConsentEvent]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM consent_events WHERE journey_id = ? ORDER BY id",
            (journey_id,),
        )
        return [_event(r) for r in rows]

    def for_person(self, person_id: PersonId) -> list[ConsentEvent]:
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM consent_events WHERE person_id = ? ORDER BY id",
            (person_id,),
        )
        return [_event(r) for r in rows]

    def current(
        self, journey_id: JourneyId, purpose: ConsentPurpose, agency: str = ""
    ) -> ConsentEvent | None:
        row = self._db.one(
            f"SELECT {_COLUMNS} FROM consent_events WHERE journey_id = ? AND purpose = ? "
            "AND agency = ? ORDER BY id DESC LIMIT 1",
            (journey_id, str(purpose), agency),
        )
        return None if row is None else _event(row)

    def journeys_consenting(self, purpose: ConsentPurpose) -> set[JourneyId]:
        """Journeys whose latest event for this purpose (agency '') is a 'given'."""
        rows = self._db.all(CONSENTING, (str(purpose),))
        return {JourneyId(int(r[0])) for r in rows}
