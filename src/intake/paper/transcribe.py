"""What a caseworker types while copying a paper form into Intake, checked like a filled PDF.

The transcription screen shows one row per printed number. Each row hands back what was
typed or chosen (a choice value, several values, a number, a date as written, some
text) and whether "prefer not to say" was ticked. The same rules as the fillable-PDF
reader apply (`answers.py`), so paper, PDF and referral answers can never disagree about
what fits. An empty row is "not asked yet": it gives no answer at all.

`value_text` turns a stored value back into the words a person would recognise (choice
labels, a UK date), for previews and subject access exports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from intake.domain import Answer, AnswerStatus, AnswerValue, CheckIn, Source
from intake.forms import (
    CheckInSpec,
    ChoiceQuestion,
    DateQuestion,
    LongText,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    YesNo,
)
from intake.paper.answers import (
    ProblemCode,
    check_date,
    read_choices,
    read_date_parts,
    read_number,
    read_text,
)

Entry = str | Sequence[str] | None
"""What one row holds: text as typed, one chosen value, or several chosen values."""

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _is_empty(entry: Entry) -> bool:
    if entry is None:
        return True
    if isinstance(entry, str):
        return not entry.strip()
    return not any(v.strip() for v in entry)


def read_entry(
    pack: Pack,
    question: QuestionT,
    entry: Entry,
    *,
    declined: bool,
    stage: str,
    today: date,
    source: Source = Source.PAPER,
) -> tuple[Answer | None, ProblemCode | None]:
    """The answer one transcribed row gives, or the problem with it (never both).

    (None, None) means the row is empty: nothing is recorded for that question.
    """
    empty = _is_empty(entry)
    if declined:
        if not empty:
            return None, ProblemCode.ANSWER_AND_DECLINE
        return Answer(question.id, None, AnswerStatus.PREFER_NOT_TO_SAY, source, stage), None
    if empty:
        return None, None
    value, code = _value(pack, question, entry, today)
    if code is not None:
        return None, code
    if value is None or value == []:
        return None, None
    return Answer(question.id, value, AnswerStatus.ANSWERED, source, stage), None


def _value(
    pack: Pack, q: QuestionT, entry: Entry, today: date
) -> tuple[AnswerValue, ProblemCode | None]:
    if isinstance(q, ChoiceQuestion | YesNo | ScaleQuestion):
        values = [entry] if isinstance(entry, str) else list(entry or [])
        return read_choices(pack, q, [v.strip() for v in values if v.strip()])
    text = entry if isinstance(entry, str) else " ".join(entry or [])
    if isinstance(q, DateQuestion):
        return read_date_text(q, text, today)
    if isinstance(q, NumberQuestion):
        return read_number(q, text)
    assert isinstance(q, ShortText | LongText)
    return read_text(q, text)


def read_date_text(
    q: DateQuestion, text: str, today: date
) -> tuple[AnswerValue, ProblemCode | None]:
    """A date as a person writes it in the UK (17/5/1990, 17 05 1990) or as ISO."""
    if _ISO.match(text):
        try:
            return check_date(q, date.fromisoformat(text.strip()), today)
        except ValueError:
            return None, ProblemCode.BAD_DATE
    m = _DMY.match(text)
    if m is None:
        return None, ProblemCode.BAD_DATE
    return read_date_parts(q, m.group(1), m.group(2), m.group(3), today)


def read_check_in_entry(
    spec: CheckInSpec, entry: str | None, *, declined: bool, stage: str
) -> tuple[CheckIn | None, ProblemCode | None]:
    """A transcribed wellbeing check-in: one number on its scale, or declined."""
    text = (entry or "").strip()
    if declined:
        if text:
            return None, ProblemCode.ANSWER_AND_DECLINE
        return CheckIn(stage=stage, checkin_id=spec.id, score=None, declined=True), None
    if not text:
        return None, None
    if not text.lstrip("-").isdigit():
        return None, ProblemCode.BAD_NUMBER
    score = int(text)
    if not spec.minimum <= score <= spec.maximum:
        return None, ProblemCode.OUT_OF_RANGE
    return CheckIn(stage=stage, checkin_id=spec.id, score=score), None


def value_text(pack: Pack, question: QuestionT | None, value: AnswerValue) -> str:
    """A stored value in plain words: choice labels, dates as day/month/year."""
    if value is None:
        return ""
    if question is not None and isinstance(question, ChoiceQuestion | YesNo):
        labels = {c.value: c.label for c in pack.choices_of(question)}
        values = value if isinstance(value, list) else [str(value)]
        return ", ".join(labels.get(str(v), str(v)) for v in values)
    if isinstance(question, DateQuestion) and isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        return f"{day.day}/{day.month}/{day.year}"
    if isinstance(question, ScaleQuestion):
        if value == question.minimum:
            return f"{value} ({question.low_label})"
        if value == question.maximum:
            return f"{value} ({question.high_label})"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
