"""Dates typed in the search box and the retention cut-off."""

from __future__ import annotations

from datetime import date

import pytest

from intake.app import parse_date
from intake.app.retention import months_before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1984-03-07", date(1984, 3, 7)),
        ("7/3/1984", date(1984, 3, 7)),
        ("07.03.1984", date(1984, 3, 7)),
        ("31/2/1984", None),
        ("Smith", None),
        ("V-7KQ2-MX4P", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 6, 15), 24, date(2024, 6, 15)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 10), 72, date(2020, 1, 10)),
        (date(2026, 1, 10), 13, date(2024, 12, 10)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected
