"""What the returns pipeline reads: one plain record per support journey.

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
from intake.returns.words import WORDS


class RightStatus(StrEnum):
    """How far a Victims' Code right got on a journey. Absent means not recorded."""

    EXPLAINED = "explained"
    DELIVERED = "delivered"


CODE_RIGHTS: dict[int, str] = {n: WORDS[f"right.{n}"] for n in range(1, 13)}
"""The 12 rights of the Code of Practice for Victims of Crime in England and Wales (2021),
shortened for table rows (English; `intake.returns.words` holds them for translation)."""

Answered = tuple[AnswerStatus, AnswerValue]
"""(status, value) of one question. A question never put is simply absent."""


@dataclass(slots=True)
class JourneyRecord:
    """One support journey as the returns see it. Nothing changes a record once made;
    it is not `frozen` only because a frozen dataclass sets each of its 12 fields
    through a function call, which made building the 65,000 records of a large return
    0.2-0.3 s slower (a third of its time over the target).

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
