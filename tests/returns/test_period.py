"""Periods: calendar and financial quarters and years, and custom ranges."""

from __future__ import annotations

from datetime import date

import pytest

from intake.returns import Period, PeriodError, PeriodKind


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-Q3", PeriodKind.QUARTER, date(2026, 7, 1), date(2026, 9, 30)),
        ("2026-27-Q1", PeriodKind.QUARTER, date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-27-Q4", PeriodKind.QUARTER, date(2027, 1, 1), date(2027, 3, 31)),
        ("2026", PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-27", PeriodKind.YEAR, date(2026, 4, 1), date(2027, 3, 31)),
        ("2026-02-01..2026-02-28", PeriodKind.CUSTOM, date(2026, 2, 1), date(2026, 2, 28)),
    ],
)
def test_periods(text: str, kind: PeriodKind, start: date, end: date) -> None:
    p = Period.parse(text)
    assert (p.kind, p.start, p.end) == (kind, start, end)


@pytest.mark.parametrize("text", ["2026-Q5", "2026-28", "Q3", "2026-02-30..2026-03-01", ""])
def test_bad_periods(text: str) -> None:
    with pytest.raises(PeriodError):
        Period.parse(text)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(PeriodError):
        Period.parse("2026-03-01..2026-02-01")
