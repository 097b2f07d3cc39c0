"""What the interview engine hands a screen: one step at a time, ready to show.

A screen never reads the form definition itself; everything it needs to show a step
(wording for the mode, the why-line, choices, what is already given) is on the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from intake.domain import Answer, CheckIn
from intake.forms.model import CheckInSpec, Choice, QuestionT


class Mode(Enum):
    ASSISTED = "assisted"
    """A caseworker reads the say-aloud wording and records the answers."""
    SELF = "self"
    """The person answers alone: only self-completion questions, in their wording."""


@dataclass(frozen=True)
class Step:
    key: str
    stage_id: str


@dataclass(frozen=True)
class Intro(Step):
    """The stage introduction: who I am, my role, this service."""

    title: str | None
    text: str


@dataclass(frozen=True)
class Explain(Step):
    """The transparency script: why we ask, how it is kept, that consent can be withdrawn."""

    title: str | None
    text: str


@dataclass(frozen=True)
class QuestionStep(Step):
    question: QuestionT
    wording: str
    """The written wording for this mode."""
    say: str | None
    """How a caseworker might ask it aloud (assisted mode only)."""
    why: str | None
    definition: str | None
    choices: list[Choice]
    can_decline: bool
    can_ask_later: bool
    current: Answer | None
    """What was already given for this question in this session, if anything."""
    position: int
    """1-based position among the questions this stage will ask now."""
    of: int
    section_title: str = ""
    section_intro: str | None = None
    """The section's introduction, on the first question of the section that is asked."""


@dataclass(frozen=True)
class Reflect(QuestionStep):
    """A question put with its reflect wording, because the person touched on the subject."""


@dataclass(frozen=True)
class CheckInStep(Step):
    spec: CheckInSpec
    wording: str
    say: str | None
    current: CheckIn | None


@dataclass(frozen=True)
class StageEnd(Step):
    closing: str | None
    answered: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    later: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)


class ResultKind(Enum):
    OK = "ok"
    REQUIRED = "required"
    INVALID = "invalid"


@dataclass(frozen=True)
class Result:
    kind: ResultKind
    code: str = ""
    message: str = ""
    params: tuple[str, ...] = ()
    """The numbers in `message`, for screens that translate it by `code`."""

    @property
    def ok(self) -> bool:
        return self.kind is ResultKind.OK


OK = Result(ResultKind.OK)


@dataclass(frozen=True)
class AnswerGiven:
    answer: Answer


@dataclass(frozen=True)
class CheckInGiven:
    key: str
    checkin: CheckIn


@dataclass(frozen=True)
class StepDone:
    """An introduction or explanation was given; resuming will not give it again."""

    key: str


@dataclass(frozen=True)
class Mentioned:
    """The person touched on a subject; its question will use the reflect wording."""

    question_id: str


Event = AnswerGiven | CheckInGiven | StepDone | Mentioned
