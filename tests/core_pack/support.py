"""Shared helpers for the core pack tests: the pack, a stage walker, a journey runner.

The walker moves through a stage the way a screen would: at each question it asks a
script what the person says (a value, DECLINE or LATER), records it, and moves on.
Every answer is synthetic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from intake.domain import Answer, Scope
from intake.forms import (
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    Pack,
    ScaleQuestion,
    ShortText,
    YesNo,
    load_pack,
)
from intake.interview import (
    CheckInStep,
    Explain,
    Interview,
    Intro,
    Mode,
    QuestionStep,
    Reflect,
    StageEnd,
    Step,
)

CORE = Path(__file__).resolve().parents[2] / "forms" / "core"
STAGES = ("referral", "assessment", "about_you", "support", "review", "exit")
TODAY = date(2026, 11, 1)

DECLINE = object()
LATER = object()

Script = Callable[[QuestionStep], object]


@cache
def core_pack() -> Pack:
    return load_pack(CORE).pack


def typical(step: QuestionStep) -> object:
    """A plain, synthetic answer for any question: the first choice, "yes", a date..."""
    q = step.question
    if isinstance(q, YesNo):
        return "yes"
    if isinstance(q, MultipleChoice):
        return [step.choices[0].value]
    if step.choices:
        return step.choices[0].value
    if isinstance(q, DateQuestion):
        return "1988-04-12"
    if isinstance(q, ScaleQuestion):
        return 3
    if isinstance(q, NumberQuestion):
        return 1
    if isinstance(q, ShortText | LongText):
        return "A synthetic note."
    raise AssertionError(f"no typical answer for {q.id}")


def scripted(answers: Mapping[str, object], default: Script = typical) -> Script:
    """Answer from `answers` by question id, and `default` for the rest."""

    def decide(step: QuestionStep) -> object:
        if step.question.id in answers:
            return answers[step.question.id]
        return default(step)

    return decide


def decline_all(step: QuestionStep) -> object:
    return DECLINE


@dataclass
class Walk:
    """What one stage looked like from the person's side."""

    stage: str
    steps: list[Step] = field(default_factory=list)
    interview: Interview | None = None

    @property
    def asked(self) -> list[str]:
        return [s.question.id for s in self.steps if isinstance(s, QuestionStep)]

    @property
    def reflected(self) -> list[str]:
        return [s.question.id for s in self.steps if isinstance(s, Reflect)]

    @property
    def checkins(self) -> list[str]:
        return [s.spec.id for s in self.steps if isinstance(s, CheckInStep)]

    def step_for(self, question_id: str) -> QuestionStep:
        for s in self.steps:
            if isinstance(s, QuestionStep) and s.question.id == question_id:
                return s
        raise AssertionError(f"{question_id} was not asked in {self.stage}")

    @property
    def kinds(self) -> list[str]:
        return [type(s).__name__ for s in self.steps]

    @property
    def end(self) -> StageEnd:
        last = self.steps[-1]
        assert isinstance(last, StageEnd)
        return last


def walk_stage(
    stage: str,
    script: Script = typical,
    *,
    mode: Mode = Mode.ASSISTED,
    known: Mapping[str, Answer] | None = None,
    today: date = TODAY,
    mentioned: set[str] | None = None,
    checkin_score: int | None = 4,
) -> Walk:
    """Walk one stage from its first step to StageEnd, answering from `script`."""
    iv = Interview(
        core_pack(),
        stage,
        dict(known or {}),
        mode=mode,
        today=today,
        mentioned=mentioned or set(),
        done=set(),
    )
    walk = Walk(stage, interview=iv)
    step = iv.current()
    for _ in range(400):
        walk.steps.append(step)
        if isinstance(step, StageEnd):
            assert iv.is_finished
            return walk
        if isinstance(step, QuestionStep):
            said = script(step)
            if said is DECLINE:
                result = iv.decline()
            elif said is LATER:
                result = iv.later()
            else:
                result = iv.answer(said)
            assert result.ok, (step.question.id, result)
        elif isinstance(step, CheckInStep):
            assert iv.check_in(checkin_score).ok
        else:
            assert isinstance(step, Intro | Explain), step
        step = iv.next()
    raise AssertionError(f"the {stage} stage never reached its end")


@dataclass
class Journey:
    """Several stages walked in order, each seeing what the earlier ones recorded."""

    walks: dict[str, Walk]
    answers: dict[str, Answer]

    def person_answers(self) -> dict[str, Answer]:
        """What a later journey for the same person would already know."""
        pack = core_pack()
        return {
            qid: a for qid, a in self.answers.items() if pack.question(qid).scope is Scope.PERSON
        }


def walk_journey(
    script: Script = typical,
    *,
    stages: tuple[str, ...] = STAGES,
    mode: Mode = Mode.ASSISTED,
    known: Mapping[str, Answer] | None = None,
    today: date = TODAY,
    checkin_score: int | None = 4,
) -> Journey:
    answers: dict[str, Answer] = dict(known or {})
    walks: dict[str, Walk] = {}
    for stage in stages:
        walk = walk_stage(
            stage, script, mode=mode, known=answers, today=today, checkin_score=checkin_score
        )
        assert walk.interview is not None
        answers = dict(walk.interview.answers)
        walks[stage] = walk
    return Journey(walks, answers)


def stage_question_ids(stage: str) -> list[str]:
    return [q.id for q in core_pack().stage(stage).questions()]
