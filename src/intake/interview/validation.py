"""Typed checks on a value before it is recorded, with kind words when it does not fit.

Each problem has a stable code (so screens can show translated wording) and a plain
English message. Nothing here is a failure of the person: the wording says what would
help, never that they did something wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from intake.domain import AnswerValue
from intake.forms.model import (
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    SingleChoice,
    YesNo,
)

MESSAGES: dict[str, str] = {
    "empty": "This one needs an answer, or you can choose 'Prefer not to say'.",
    "not_a_choice": "Please choose from the options shown.",
    "exclusive_choice": "One of these options goes on its own. Please choose it alone, "
    "or the others.",
    "too_few": "Please choose at least {0} of the options.",
    "too_many": "Please choose up to {0} of the options.",
    "not_text": "Please type your answer in words.",
    "too_long": "That is a little long. Please use {0} letters or fewer.",
    "no_such_date": "There is no such date. Please check the day and month.",
    "not_a_date": "Please give the date as day, month and year.",
    "future_date": "That date is after today. Please check the year.",
    "too_early": "That date is a long time ago. Please check the year.",
    "not_a_number": "Please give a number, using digits.",
    "not_whole": "Please give a whole number.",
    "too_small": "Please give a number of {0} or more.",
    "too_big": "Please give a number of {0} or less.",
    "off_scale": "Please choose a number from {0} to {1}.",
}
"""Why an answer cannot be stored, by stable code. `{0}`, `{1}` are the Invalid's params:
screens translate the wording by code and fill the numbers in afterwards."""


@dataclass(frozen=True)
class Invalid:
    code: str
    params: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(*self.params)


EMPTY = Invalid("empty")


def is_empty(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, str | list) and len(value) == 0)
        or (isinstance(value, str) and not value.strip())
    )


def normalise(question: QuestionT, value: object, pack: Pack, today: date) -> AnswerValue | Invalid:
    """The value as it will be stored, or why it cannot be."""
    if isinstance(question, SingleChoice | YesNo):
        return _single(question, value, pack)
    if isinstance(question, MultipleChoice):
        return _multiple(question, value, pack)
    if isinstance(question, ShortText | LongText):
        return _text(question, value)
    if isinstance(question, DateQuestion):
        return _date(question, value, today)
    if isinstance(question, NumberQuestion):
        return _number(question, value)
    if isinstance(question, ScaleQuestion):
        return _scale(question, value)
    raise TypeError(f"unknown question type {type(question).__name__}")


def _single(question: SingleChoice | YesNo, value: object, pack: Pack) -> AnswerValue | Invalid:
    if isinstance(question, YesNo) and isinstance(value, bool):
        value = "yes" if value else "no"
    allowed = [c.value for c in pack.choices_of(question)]
    if isinstance(value, str) and value in allowed:
        return value
    return Invalid("not_a_choice")


def _multiple(question: MultipleChoice, value: object, pack: Pack) -> AnswerValue | Invalid:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple | set) or not all(isinstance(v, str) for v in value):
        return Invalid("not_a_choice")
    choices = pack.choices_of(question)
    allowed = {c.value for c in choices}
    picked = [c.value for c in choices if c.value in set(value)]  # pack order, no repeats
    if set(value) - allowed:
        return Invalid("not_a_choice")
    exclusive = {c.value for c in choices if c.exclusive}
    if len(picked) > 1 and exclusive & set(picked):
        return Invalid("exclusive_choice")
    if len(picked) < question.min_selected:
        return Invalid("too_few", (str(question.min_selected),))
    if question.max_selected is not None and len(picked) > question.max_selected:
        return Invalid("too_many", (str(question.max_selected),))
    return picked


def _text(question: ShortText | LongText, value: object) -> AnswerValue | Invalid:
    if not isinstance(value, str):
        return Invalid("not_text")
    text = value.strip()
    if len(text) > question.max_length:
        return Invalid("too_long", (str(question.max_length),))
    return text


def _date(question: DateQuestion, value: object, today: date) -> AnswerValue | Invalid:
    if isinstance(value, date):
        when = value
    else:
        text = str(value).strip()
        try:
            when = date.fromisoformat(text)
        except ValueError:
            parts = text.split("-")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                return Invalid("no_such_date")
            return Invalid("not_a_date")
    if question.not_in_future and when > today:
        return Invalid("future_date")
    if when.year < question.earliest_year:
        return Invalid("too_early")
    return when.isoformat()


def _number(question: NumberQuestion, value: object) -> AnswerValue | Invalid:
    number = _to_number(value)
    if number is None:
        return Invalid("not_a_number")
    if question.integer and number != int(number):
        return Invalid("not_whole")
    if question.minimum is not None and number < question.minimum:
        return Invalid("too_small", (_fmt(question.minimum),))
    if question.maximum is not None and number > question.maximum:
        return Invalid("too_big", (_fmt(question.maximum),))
    return int(number) if question.integer else number


def _scale(question: ScaleQuestion, value: object) -> AnswerValue | Invalid:
    number = _to_number(value)
    if (
        number is None
        or number != int(number)
        or not (question.minimum <= number <= question.maximum)
    ):
        return Invalid("off_scale", (str(question.minimum), str(question.maximum)))
    return int(number)


def _to_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)
