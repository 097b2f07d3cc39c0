"""The interview engine: one stage of a pack, one step at a time, never asking twice.

Shaped like ODK JavaRosa's FormEntryController: screens only render a `Step` and hand
back an answer. Pure Python; every test of the collection script runs without Qt or a DB.
"""

from intake.interview.engine import Interview, InterviewError
from intake.interview.steps import (
    AnswerGiven,
    CheckInGiven,
    CheckInStep,
    Event,
    Explain,
    Intro,
    Mentioned,
    Mode,
    QuestionStep,
    Reflect,
    Result,
    ResultKind,
    StageEnd,
    Step,
    StepDone,
)

__all__ = [
    "AnswerGiven",
    "CheckInGiven",
    "CheckInStep",
    "Event",
    "Explain",
    "Interview",
    "InterviewError",
    "Intro",
    "Mentioned",
    "Mode",
    "QuestionStep",
    "Reflect",
    "Result",
    "ResultKind",
    "StageEnd",
    "Step",
    "StepDone",
]
