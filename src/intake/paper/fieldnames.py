"""How fillable-PDF field names encode question ids, so a filled form can be read back.

The scheme (ids are `[a-z][a-z0-9_]*`, so `-` never appears inside one, and PDF field
names must not contain `.`, which PDF uses for field hierarchy):

    intake-header                 hidden, read-only: the form label (see header.py)
    q-<question>                  text field: short_text, long_text, number
    q-<question>-day|month|year   text fields: the three parts of a date
    q-<question>-c-<value>        check box: one per choice, yes/no and scale point
    q-<question>-pnts             check box: "prefer not to say"
    ci-<check-in>-c-<n>           check box: one per point of a wellbeing check-in

Single choices are check boxes too, not radio buttons, so that a form with two boxes
ticked (on screen, or by a tool) reads back as a clear problem instead of silently
keeping one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

HEADER_FIELD = "intake-header"


class Part(StrEnum):
    """Which part of a question a field holds."""

    TEXT = "text"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    CHOICE = "choice"
    DECLINE = "pnts"


@dataclass(frozen=True)
class FieldName:
    """A decoded field name: whose field it is and which part of the answer it holds."""

    question: str
    part: Part
    value: str | None = None
    """The choice value for a CHOICE part."""
    check_in: bool = False


def text(question: str) -> str:
    return f"q-{question}"


def date_part(question: str, part: Part) -> str:
    return f"q-{question}-{part.value}"


def choice(question: str, value: str) -> str:
    return f"q-{question}-c-{value}"


def decline(question: str) -> str:
    return f"q-{question}-pnts"


def check_in(check_in_id: str, point: int) -> str:
    return f"ci-{check_in_id}-c-{point}"


_ID = r"[a-z][a-z0-9_]*"
_PATTERN = re.compile(
    rf"^(?P<kind>q|ci)-(?P<id>{_ID})"
    rf"(?:-(?P<part>day|month|year|pnts)|-c-(?P<value>[a-z0-9_]+))?$"
)


def parse(name: str) -> FieldName | None:
    """Decode a field name; None when it is not one Intake makes."""
    m = _PATTERN.match(name)
    if m is None:
        return None
    kind, qid, part, value = m.group("kind", "id", "part", "value")
    if kind == "ci":
        if value is None or not value.isdigit():
            return None
        return FieldName(qid, Part.CHOICE, value, check_in=True)
    if value is not None:
        return FieldName(qid, Part.CHOICE, value)
    return FieldName(qid, Part(part) if part else Part.TEXT)
