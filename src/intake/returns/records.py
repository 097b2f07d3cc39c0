"""What the returns pipeline reads: one plain, frozen record per support journey.

The app layer builds these from the encrypted store; the pipeline never sees the store,
names, references or notes. Keys are opaque integers used only to count people (and to
spot repeat victims) and to group the completeness report by caseworker; dates are used
only to choose the period and to work out day differences, and never leave.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from intake.domain import AnswerStatus, AnswerValue


class RightStatus(StrEnum):
    """How far a Victims' Code right got on a journey. Absent means not recorded."""

    EXPLAINED = "explained"
    DELIVERED = "delivered"


# The 12 rights of the Code of Practice for Victims of Crime in England and Wales (2021),
# shortened for table rows.
CODE_RIGHTS: dict[int, str] = {
    1: "1. To understand and be understood",
    2: "2. Crime recorded without unjustified delay",
    3: "3. Information when reporting the crime",
    4: "4. Referral to support services",
    5: "5. Information about compensation",
    6: "6. Information about the investigation and prosecution",
    7: "7. To make a Victim Personal Statement",
    8: "8. Information about the trial and being a witness",
    9: "9. Information about the outcome and any appeals",
    10: "10. Expenses paid and property returned",
    11: "11. Information about the offender after conviction",
    12: "12. To make a complaint about rights not being met",
}

Answered = tuple[AnswerStatus, AnswerValue]
"""(status, value) of one question. A question never put is simply absent."""


@dataclass(frozen=True, slots=True)
class JourneyRecord:
    """One support journey as the returns see it.

    `answers` holds this journey's answers and the person's `scope: person` answers
    (from whichever journey they were given in), keyed by question id. `checkins` maps a
    stage id to the comfort score given there, or None when the person preferred not to
    say; a stage without a check-in is absent. `consent_reporting` is True only while the
    person's consent to be counted stands (withdrawn consent makes it False).
    """

    person_key: int
    journey_key: int
    referral_date: date
    first_contact_date: date | None = None
    closed_date: date | None = None
    ended_early: bool = False
    withdrawal_stage: str | None = None
    caseworker_key: int = 0
    answers: Mapping[str, Answered] = field(default_factory=dict)
    rights: Mapping[int, RightStatus] = field(default_factory=dict)
    checkins: Mapping[str, int | None] = field(default_factory=dict)
    consent_reporting: bool = False

    def __post_init__(self) -> None:
        bad = [r for r in self.rights if not 1 <= r <= 12]
        if bad:
            raise ValueError(f"Victims' Code rights are numbered 1 to 12, not {bad[0]}")
        if self.closed_date is not None and self.closed_date < self.referral_date:
            raise ValueError("a journey cannot close before it was referred")
