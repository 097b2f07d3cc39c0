"""Small value types shared by every layer: ids, answers, statuses, sources, roles.

Nothing here does I/O or imports another part of Intake, so every layer may use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

PersonId = NewType("PersonId", int)
JourneyId = NewType("JourneyId", int)
UserId = NewType("UserId", int)
QuestionId = NewType("QuestionId", str)
StageId = NewType("StageId", str)

# A stored answer value: JSON-shaped. Dates are ISO strings (YYYY-MM-DD), multiple
# choice is a list of choice values, scales and numbers are numbers.
AnswerValue = str | int | float | list[str] | None


class AnswerStatus(StrEnum):
    """What happened when a question was put. "Not asked yet" is the absence of an answer."""

    ANSWERED = "answered"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"
    ASK_LATER = "ask_later"


class Source(StrEnum):
    """How an answer reached Intake."""

    ASSISTED = "assisted"
    SELF = "self"
    PAPER = "paper"
    FILLABLE_PDF = "fillable_pdf"
    REFERRAL = "referral"


class Scope(StrEnum):
    """Whom a question is about: the person (asked once, ever) or one journey."""

    PERSON = "person"
    JOURNEY = "journey"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    MANAGER = "manager"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer as the interview engine gives it; the store adds who and when."""

    question_id: str
    value: AnswerValue
    status: AnswerStatus
    source: Source
    stage: str
    volunteered: bool = False

    @property
    def is_settled(self) -> bool:
        """An answer or a decline: the question is not put again."""
        return self.status is not AnswerStatus.ASK_LATER


@dataclass(frozen=True, slots=True)
class CheckIn:
    """How comfortable the person felt at one collection point (score on the pack's scale)."""

    stage: str
    checkin_id: str
    score: int | None
    note: str = ""
    declined: bool = False
