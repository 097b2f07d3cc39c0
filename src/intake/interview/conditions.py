"""Evaluating structured conditions against the answers so far.

A condition on a question that has no answer (or was declined, or put off) is false for
value tests, so a follow-up only appears once the answer that calls for it is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from intake.domain import Answer, AnswerStatus
from intake.forms.model import Condition


def evaluate(cond: Condition, answers: Mapping[str, Answer], today: date) -> bool:
    if cond.not_ is not None:
        return not evaluate(cond.not_, answers, today)
    if cond.all is not None:
        return all(evaluate(c, answers, today) for c in cond.all)
    if cond.any is not None:
        return any(evaluate(c, answers, today) for c in cond.any)
    test, operand = cond.test()
    if cond.age_from is not None:
        answer = answers.get(cond.age_from)
        years = age_in_years(answer, today)
        return years is not None and _compare(test, years, operand)
    answer = answers.get(cond.question or "")
    if test == "answered":
        given = answer is not None and answer.status is AnswerStatus.ANSWERED
        return given == bool(operand)
    if test == "declined":
        declined = answer is not None and answer.status is AnswerStatus.PREFER_NOT_TO_SAY
        return declined == bool(operand)
    if answer is None or answer.status is not AnswerStatus.ANSWERED:
        return False
    value = answer.value
    if test == "equals":
        return _matches(value, operand)
    if test == "in":
        return any(_matches(value, v) for v in operand)
    number = _as_number(value)
    return number is not None and _compare(test, number, operand)


def _matches(value: object, expected: object) -> bool:
    if isinstance(expected, bool):
        expected = "yes" if expected else "no"
    if isinstance(value, list):
        return str(expected) in value
    if isinstance(value, int | float) and isinstance(expected, int | float):
        return float(value) == float(expected)
    return str(value) == str(expected)


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _compare(test: str, left: float, right: float) -> bool:
    if test == "greater_than":
        return left > right
    if test == "less_than":
        return left < right
    if test == "at_least":
        return left >= right
    if test == "at_most":
        return left <= right
    return False


def age_in_years(answer: Answer | None, today: date) -> int | None:
    """Whole years from a date answer to today, or None if there is no usable date."""
    if answer is None or answer.status is not AnswerStatus.ANSWERED:
        return None
    try:
        born = date.fromisoformat(str(answer.value))
    except ValueError:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if years >= 0 else None
