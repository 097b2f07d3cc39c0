"""Counts on a hand-built set of journeys, checked number by number.

Nine journeys of seven people around the third quarter of 2026: one without consent,
one after the quarter, one closed before it, one from an earlier year, and the rest in
it, with answers given, declined, left for later and never asked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from intake.returns import CountTable, Period, RightStatus, count_return
from intake.returns.records import JourneyRecord

from .support import DECLINED, LATER, Q3, ans, journey, pack, template

CANARY_NAME = "Zebediah Quillfeather"


def journeys() -> list[JourneyRecord]:
    return [
        journey(
            1,
            1,
            referred=date(2026, 7, 2),
            first_contact_date=date(2026, 7, 3),
            closed_date=date(2026, 9, 1),
            answers={
                "ethnicity": ans("white_british"),
                "sex": ans("female"),
                "needs": ans(["safety", "money"]),
                "date_of_birth": ans("1990-05-01"),
                "notes": ans(f"{CANARY_NAME} said the neighbour was there"),
                "referrer": ans("REF-7Q4X9"),
                "coping_start": ans(2),
                "coping_exit": ans(4),
            },
            rights={1: RightStatus.EXPLAINED, 2: RightStatus.DELIVERED},
            checkins={"referral": 4, "exit": None},
        ),
        journey(
            2,
            2,
            referred=date(2026, 7, 15),
            first_contact_date=date(2026, 7, 25),
            closed_date=date(2026, 9, 10),
            ended_early=True,
            withdrawal_stage="during",
            answers={
                "ethnicity": ans("asian"),
                "sex": ans("male"),
                "needs": DECLINED,
                "date_of_birth": DECLINED,
                "age_band": ans("older"),
                "coping_start": ans(3),
                "coping_exit": ans(3),
            },
            checkins={"referral": 2},
        ),
        journey(
            3, 3, referred=date(2026, 6, 1), answers={"ethnicity": DECLINED, "sex": ans("female")}
        ),
        journey(
            3, 4, referred=date(2026, 8, 1), answers={"ethnicity": DECLINED, "sex": ans("female")}
        ),
        journey(4, 5, consent=False, answers={"ethnicity": ans("black")}),
        journey(5, 6, referred=date(2026, 10, 2), answers={"ethnicity": ans("black")}),
        journey(
            6,
            7,
            referred=date(2026, 3, 1),
            closed_date=date(2026, 5, 1),
            answers={"ethnicity": ans("black")},
        ),
        journey(
            1,
            8,
            referred=date(2025, 1, 1),
            closed_date=date(2025, 3, 1),
            answers={"ethnicity": ans("white_british")},
        ),
        journey(
            7,
            9,
            referred=date(2026, 9, 20),
            first_contact_date=date(2026, 10, 3),
            answers={
                "ethnicity": ans("white_other"),
                "sex": LATER,
                "needs": ans(["housing"]),
                "date_of_birth": ans("2012-01-01"),
            },
        ),
    ]


@pytest.fixture(scope="module")
def tables() -> dict[str, CountTable]:
    counted = count_return(template(), pack(), journeys(), Q3)
    return {t.frame.id: t for t in counted.tables}


def column(table: CountTable) -> dict[str, int]:
    return {label: row[0] for label, row in zip(table.frame.rows, table.cells, strict=True)}


def test_volumes_count_people_and_journeys_separately(tables: dict[str, CountTable]) -> None:
    assert column(tables["volumes"]) == {
        "People supported": 4,
        "Journeys open in the period": 5,
        "Journeys referred in the period": 4,
        "Journeys closed in the period": 2,
        "Journeys ended early in the period": 1,
    }


def test_repeat_victims_ever_and_within_the_period(tables: dict[str, CountTable]) -> None:
    t = tables["repeat"]
    assert t.cells == ((2, 2), (3, 1))
    assert t.row_totals == (4, 4)


def test_people_are_counted_once_by_their_latest_journey(tables: dict[str, CountTable]) -> None:
    t = tables["ethnicity"]
    assert column(t) == {"White": 2, "Asian": 1, "Black": 0, "Prefer not to say": 1, "Not asked": 0}
    assert t.column_totals == (4,)


def test_journeys_keep_prefer_not_to_say_and_not_asked_apart(
    tables: dict[str, CountTable],
) -> None:
    assert column(tables["ethnicity_journeys"]) == {
        "White": 2,
        "Asian": 1,
        "Black": 0,
        "Prefer not to say": 2,
        "Not asked": 0,
    }
    assert column(tables["ethnicity_detail"]) == {
        "White British": 1,
        "Any other White background": 1,
        "Asian": 1,
        "Black": 0,
        "Prefer not to say": 2,
        "Not asked": 0,
    }


def count(records: list[JourneyRecord], period: Period = Q3) -> dict[str, CountTable]:
    return {t.frame.id: t for t in count_return(template(), pack(), records, period).tables}


def test_withdrawn_consent_is_never_counted(tables: dict[str, CountTable]) -> None:
    # Journey 5 (person 4, "black") is in the quarter, but consent was withdrawn.
    assert column(tables["ethnicity_journeys"])["Black"] == 0
    assert column(tables["volumes"])["Journeys open in the period"] == 5
    consenting = [
        replace(r, consent_reporting=True) if r.journey_key == 5 else r for r in journeys()
    ]
    again = count(consenting)
    assert column(again["ethnicity_journeys"])["Black"] == 1
    assert column(again["volumes"])["Journeys open in the period"] == 6


def test_journeys_outside_the_period_are_not_counted(tables: dict[str, CountTable]) -> None:
    # Journeys 6 (after the quarter) and 7 (closed before it) answered "black".
    assert column(tables["ethnicity_journeys"])["Black"] == 0
    later = count(journeys(), Period.parse("2026-Q4"))
    assert column(later["ethnicity_journeys"])["Black"] == 1


def test_age_comes_from_the_date_of_birth_or_the_age_group(tables: dict[str, CountTable]) -> None:
    assert column(tables["age"]) == {
        "Under 18": 1,
        "18 to 64": 1,
        "65 or over": 1,
        "Prefer not to say": 0,
        "Not asked": 2,
    }


def test_multiple_choice_counts_each_choice(tables: dict[str, CountTable]) -> None:
    t = tables["needs"]
    assert column(t) == {
        "Safety": 1,
        "Money": 1,
        "Housing": 1,
        "Prefer not to say": 1,
        "Not asked": 2,
    }
    assert t.column_totals == (5,)
    assert not t.frame.additive


def test_crosstab_cells_and_totals(tables: dict[str, CountTable]) -> None:
    t = tables["ethnicity_by_sex"]
    assert t.frame.columns == ("Female", "Male", "Prefer not to say", "Not asked")
    assert t.cells == (
        (1, 0, 0, 1),
        (0, 1, 0, 0),
        (0, 0, 0, 0),
        (2, 0, 0, 0),
        (0, 0, 0, 0),
    )
    assert t.row_totals == (2, 1, 0, 2, 0)
    assert t.column_totals == (3, 1, 0, 1)
    assert t.grand_total == 5


def test_first_contact_bands_and_contact_after_the_period(tables: dict[str, CountTable]) -> None:
    assert column(tables["first_contact"]) == {
        "0 to 2 days": 1,
        "3 to 7 days": 0,
        "8 to 14 days": 1,
        "15 to 28 days": 0,
        "Over 28 days": 0,
        "Not yet contacted": 2,
    }


def test_withdrawal_stage_of_journeys_ended_early(tables: dict[str, CountTable]) -> None:
    assert column(tables["withdrawal_stage"]) == {
        "Before support began": 0,
        "During support": 1,
        "Not recorded": 0,
    }


def test_all_twelve_rights(tables: dict[str, CountTable]) -> None:
    t = tables["rights"]
    assert len(t.cells) == 12
    assert t.cells[0] == (1, 0, 4)
    assert t.cells[1] == (0, 1, 4)
    assert set(t.cells[2:]) == {(0, 0, 5)}
    assert t.row_totals == (5,) * 12


def test_outcome_change_from_first_to_last_reading(tables: dict[str, CountTable]) -> None:
    t = tables["outcomes"]
    assert t.frame.rows == ("Coping",)
    assert t.cells == ((1, 1, 0, 0),)
    assert t.row_totals == (2,)


def test_comfort_at_each_collection_point(tables: dict[str, CountTable]) -> None:
    t = tables["comfort"]
    assert t.frame.rows == ("Referral", "Exit")
    assert t.frame.columns[-2:] == ("Prefer not to say", "Not asked")
    assert t.cells == ((0, 1, 0, 1, 0, 0, 3), (0, 0, 0, 0, 0, 1, 4))
