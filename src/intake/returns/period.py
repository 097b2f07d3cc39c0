"""Reporting periods: calendar and financial quarters and years, and custom date ranges.

UK funders ask for both calendar and financial (April to March) periods, so both are
written in a way that cannot be confused: `2026-Q3` is July to September 2026, while
`2026-27-Q1` is April to June 2026 and `2026-27` the financial year. A period is the
finest time detail that ever appears in a return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from intake.returns.errors import PeriodError


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """A closed range of dates [start, end] with the label printed on the return."""

    kind: PeriodKind
    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("a period cannot end before it starts")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read `2026-Q3`, `2026-27-Q1`, `2026`, `2026-27` or `2026-07-01..2026-09-30`."""
        text = text.strip()
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
            year, q = int(m[1]), int(m[2])
            return cls(PeriodKind.QUARTER, *_months(year, 3 * q - 2, 3), text)
        if m := re.fullmatch(r"(\d{4})-(\d{2})-Q([1-4])", text):
            year, q = _financial_year(m[1], m[2]), int(m[3])
            month = 3 * q + 1  # Q1 starts in April
            return cls(
                PeriodKind.QUARTER, *_months(year + (month > 12), (month - 1) % 12 + 1, 3), text
            )
        if m := re.fullmatch(r"(\d{4})", text):
            return cls(PeriodKind.YEAR, *_months(int(m[1]), 1, 12), text)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year = _financial_year(m[1], m[2])
            return cls(PeriodKind.YEAR, *_months(year, 4, 12), text)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", text):
            try:
                start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            except ValueError as exc:
                raise PeriodError(f"'{text}' holds a date that does not exist") from exc
            return cls(PeriodKind.CUSTOM, start, end, f"{start.isoformat()} to {end.isoformat()}")
        raise PeriodError(
            f"'{text}' is not a period; write 2026-Q3, 2026-27-Q1, 2026, 2026-27 "
            "or 2026-07-01..2026-09-30"
        )


def _financial_year(first: str, second: str) -> int:
    year = int(first)
    if (year + 1) % 100 != int(second):
        raise PeriodError(f"'{first}-{second}' is not a financial year; write e.g. 2026-27")
    return year


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end_month = month + count
    end_year = year + (end_month - 1) // 12
    end_month = (end_month - 1) % 12 + 1
    return start, date(end_year, end_month, 1) - timedelta(days=1)
