"""Turning what was written on a form into a typed answer value, or a plain problem.

Shared by the fillable-PDF reader and the referral-file reader: both receive text (a
typed field, a ticked box, a spreadsheet cell) and must produce the same JSON-shaped
values the interview engine stores, with the pack's rules applied. Problems name the
question and the field, never the value itself, which may be personal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from intake.domain import AnswerValue
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    YesNo,
)
from intake.paper import fieldnames
from intake.paper.fieldnames import Part


class ProblemCode(StrEnum):
    """Why one answer could not be read. Stable codes for screens and translations."""

    UNKNOWN_FIELD = "R001"
    UNKNOWN_CHOICE = "R002"
    TWO_CHOICES = "R003"
    TOO_MANY_CHOICES = "R004"
    EXCLUSIVE_CHOICE = "R005"
    BAD_DATE = "R006"
    DATE_IN_FUTURE = "R007"
    DATE_TOO_EARLY = "R008"
    BAD_NUMBER = "R009"
    OUT_OF_RANGE = "R010"
    TOO_LONG = "R011"
    ANSWER_AND_DECLINE = "R012"
    MISSING_VALUE = "R013"
    ROW_SHAPE = "R014"
    BAD_REFERENCE = "R015"


MESSAGES: dict[ProblemCode, str] = {
    ProblemCode.UNKNOWN_FIELD: "This form has a field Intake did not make; it was left out.",
    ProblemCode.UNKNOWN_CHOICE: "The answer is not one of the choices this question offers.",
    ProblemCode.TWO_CHOICES: "More than one box is ticked, but this question takes one.",
    ProblemCode.TOO_MANY_CHOICES: "More boxes are ticked than this question allows.",
    ProblemCode.EXCLUSIVE_CHOICE: "A 'none of these' kind of box is ticked beside others.",
    ProblemCode.BAD_DATE: "The date is not a real date. Check the day, month and year.",
    ProblemCode.DATE_IN_FUTURE: "The date is in the future, which this question does not allow.",
    ProblemCode.DATE_TOO_EARLY: "The year is earlier than this question allows.",
    ProblemCode.BAD_NUMBER: "The answer is not a number, or not a whole number.",
    ProblemCode.OUT_OF_RANGE: "The number is outside the range this question allows.",
    ProblemCode.TOO_LONG: "The answer is longer than this question allows.",
    ProblemCode.ANSWER_AND_DECLINE: "Both an answer and 'prefer not to say' are given.",
    ProblemCode.MISSING_VALUE: "This is needed but empty.",
    ProblemCode.ROW_SHAPE: "This row has a different number of cells from the column names.",
    ProblemCode.BAD_REFERENCE: "This is not an Intake reference (they look like V-7KQ2-MX4P).",
}


@dataclass(frozen=True)
class ReadProblem:
    """One answer that could not be read: where it is and why, without its value."""

    code: ProblemCode
    question: str | None
    field: str | None
    """The PDF field name, or the referral file's column name."""
    row: int | None = None
    """The row of a referral file as a spreadsheet numbers it (column names are row 1)."""

    @property
    def message(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field and self.row is not None:
            where.append(f"column '{self.field}'")
        if self.question:
            where.append(f"question '{self.question}'")
        elif self.field and self.row is None:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        if not prefix:
            return MESSAGES[self.code]
        return f"{prefix[:1].upper()}{prefix[1:]}: {MESSAGES[self.code]}"

    def __str__(self) -> str:
        return f"{self.code.value} {self.message}"


@dataclass(frozen=True)
class Reading:
    """One question read from a form: its value, whether declined, and any problems."""

    value: AnswerValue = None
    declined: bool = False
    problems: list[ReadProblem] = field(default_factory=list)


def read_choices(
    pack: Pack, q: QuestionT, ticked: Iterable[str]
) -> tuple[AnswerValue, ProblemCode | None]:
    """The value for ticked choice values: one value, a list (multiple choice) or a number."""
    chosen = list(dict.fromkeys(ticked))
    if not chosen:
        return None, None
    if isinstance(q, ScaleQuestion):
        allowed = {str(p) for p in range(q.minimum, q.maximum + 1)}
    else:
        allowed = {c.value for c in pack.choices_of(q)}
    if any(v not in allowed for v in chosen):
        return None, ProblemCode.UNKNOWN_CHOICE
    if isinstance(q, MultipleChoice):
        exclusive = {c.value for c in pack.choices_of(q) if c.exclusive}
        if len(chosen) > 1 and exclusive & set(chosen):
            return None, ProblemCode.EXCLUSIVE_CHOICE
        if q.max_selected is not None and len(chosen) > q.max_selected:
            return None, ProblemCode.TOO_MANY_CHOICES
        order = [c.value for c in pack.choices_of(q)]
        return sorted(chosen, key=order.index), None
    if len(chosen) > 1:
        return None, ProblemCode.TWO_CHOICES
    if isinstance(q, ScaleQuestion):
        return int(chosen[0]), None
    return chosen[0], None


def read_text(q: ShortText | LongText, text: str) -> tuple[AnswerValue, ProblemCode | None]:
    text = text.strip()
    if not text:
        return None, None
    if len(text) > q.max_length:
        return None, ProblemCode.TOO_LONG
    return text, None


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def read_number(q: NumberQuestion, text: str) -> tuple[AnswerValue, ProblemCode | None]:
    text = text.strip().replace(",", "")
    if not text:
        return None, None
    if not _NUMBER.match(text):
        return None, ProblemCode.BAD_NUMBER
    number = float(text)
    if q.integer and not number.is_integer():
        return None, ProblemCode.BAD_NUMBER
    if (q.minimum is not None and number < q.minimum) or (
        q.maximum is not None and number > q.maximum
    ):
        return None, ProblemCode.OUT_OF_RANGE
    return (int(number) if q.integer else number), None


def check_date(q: DateQuestion, value: date, today: date) -> tuple[AnswerValue, ProblemCode | None]:
    if q.not_in_future and value > today:
        return None, ProblemCode.DATE_IN_FUTURE
    if value.year < q.earliest_year:
        return None, ProblemCode.DATE_TOO_EARLY
    return value.isoformat(), None


def read_date_parts(
    q: DateQuestion, day: str, month: str, year: str, today: date
) -> tuple[AnswerValue, ProblemCode | None]:
    parts = [day.strip(), month.strip(), year.strip()]
    if not any(parts):
        return None, None
    if not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        return None, ProblemCode.BAD_DATE
    try:
        value = date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None, ProblemCode.BAD_DATE
    return check_date(q, value, today)


def read_question(
    pack: Pack, q: QuestionT, fields: Mapping[fieldnames.FieldName, str], today: date
) -> Reading:
    """Read one question's fillable fields (see fieldnames) into a value."""

    parts = {f.part: v for f, v in fields.items() if f.part is not Part.CHOICE}
    ticked = [
        f.value for f, v in fields.items() if f.part is Part.CHOICE and is_ticked(v) and f.value
    ]
    declined = is_ticked(parts.get(Part.DECLINE, ""))
    value: AnswerValue = None
    code: ProblemCode | None = None
    if isinstance(q, ChoiceQuestion | YesNo | ScaleQuestion):
        value, code = read_choices(pack, q, ticked)
    elif isinstance(q, DateQuestion):
        value, code = read_date_parts(
            q, parts.get(Part.DAY, ""), parts.get(Part.MONTH, ""), parts.get(Part.YEAR, ""), today
        )
    elif isinstance(q, NumberQuestion):
        value, code = read_number(q, parts.get(Part.TEXT, ""))
    else:
        value, code = read_text(q, parts.get(Part.TEXT, ""))
    if code is None and declined and value is not None:
        code = ProblemCode.ANSWER_AND_DECLINE
    problems = [ReadProblem(code, q.id, None)] if code else []
    return Reading(value=value, declined=declined, problems=problems)


def is_ticked(value: str) -> bool:
    """Whether a check box value means ticked (PDF viewers write /Yes, /On or similar)."""
    return value not in ("", "/Off", "Off")
