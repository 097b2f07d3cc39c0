"""The completeness report: answered, declined, asked later and not yet asked."""

from __future__ import annotations

from datetime import date

from intake.returns import JourneyRecord
from intake.returns.completeness import completeness, gaps

from .support import DECLINED, LATER, Q3, ans, journey, pack


def records() -> list[JourneyRecord]:
    return [
        journey(1, 1, caseworker_key=7, answers={"ethnicity": ans("asian"), "sex": DECLINED}),
        journey(2, 2, caseworker_key=7, answers={"ethnicity": LATER}),
        journey(3, 3, caseworker_key=9, answers={"ethnicity": DECLINED},
                checkins={"exit": 3}),
        journey(4, 4, caseworker_key=9),  # no stage reached yet
        journey(5, 5, caseworker_key=9, referred=date(2026, 1, 5), closed_date=date(2026, 2, 1),
                answers={"ethnicity": ans("black")}),
    ]  # fmt: skip


def test_overall_counts_per_question() -> None:
    report = completeness(pack(), records(), Q3)
    assert report.journeys == 4
    eth = report.question("ethnicity").overall
    assert (eth.answered, eth.declined, eth.asked_later, eth.not_asked) == (1, 1, 1, 0)
    assert eth.stage_not_reached == 1
    sex = report.question("sex").overall
    assert (sex.answered, sex.declined, sex.asked_later, sex.not_asked) == (0, 1, 0, 2)


def test_by_caseworker() -> None:
    report = completeness(pack(), records(), Q3)
    assert report.caseworkers == (7, 9)
    eth = report.question("ethnicity").by_caseworker
    assert (eth[7].answered, eth[7].asked_later, eth[7].stage_not_reached) == (1, 1, 0)
    assert (eth[9].declined, eth[9].stage_not_reached) == (1, 1)
    exit_q = report.question("coping_exit").by_caseworker
    assert (exit_q[9].not_asked, exit_q[9].stage_not_reached) == (1, 1)


def test_without_a_period_every_journey_counts() -> None:
    assert completeness(pack(), records()).journeys == 5


def test_conditional_questions_are_marked() -> None:
    report = completeness(pack(), records())
    assert not report.question("ethnicity").conditional
    assert [q.stage_id for q in report.questions][:1] == ["referral"]


def test_gaps_of_one_journey() -> None:
    found = gaps(pack(), records()[1])
    assert "ethnicity" in found  # asked later is still a gap
    assert "sex" in found
    assert "coping_exit" not in found  # the exit stage was not reached
    assert "ethnicity" not in gaps(pack(), records()[0])
