"""Walk a stage the way a screen would, answering from a script."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from intake.forms import Pack, load_pack
from intake.interview import CheckInStep, Interview, QuestionStep, StageEnd, Step

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"

Decide = Callable[[QuestionStep], object]


def example_pack() -> Pack:
    return load_pack(EXAMPLE).pack


DECLINE = object()
LATER = object()


def walk(iv: Interview, decide: Decide, limit: int = 500) -> list[Step]:
    """Step through to the end; `decide` returns a value, DECLINE or LATER for each question."""
    seen: list[Step] = []
    step = iv.current()
    for _ in range(limit):
        seen.append(step)
        if isinstance(step, StageEnd):
            return seen
        if isinstance(step, QuestionStep):
            choice = decide(step)
            if choice is DECLINE:
                result = iv.decline()
            elif choice is LATER:
                result = iv.later()
            else:
                result = iv.answer(choice)
            assert result.ok, (step.question.id, result)
        elif isinstance(step, CheckInStep):
            assert iv.check_in(4).ok
        step = iv.next()
    raise AssertionError("the stage never ended")


def asked(steps: list[Step]) -> list[str]:
    return [s.question.id for s in steps if isinstance(s, QuestionStep)]
