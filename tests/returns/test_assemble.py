"""Building a journey's record from stored answers and check-ins (the default pack)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake.domain import Answer, AnswerStatus, CheckIn, Source
from intake.forms import Pack, load_pack
from intake.returns import RightStatus
from intake.returns.assemble import journey_record

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def core() -> Pack:
    return load_pack(ROOT / "forms" / "core").pack


def answer(qid: str, value: object, status: AnswerStatus = AnswerStatus.ANSWERED) -> Answer:
    return Answer(qid, value, status, Source.ASSISTED, "x")  # type: ignore[arg-type]


def test_a_record_from_the_default_pack(core: Pack) -> None:
    record = journey_record(
        core,
        person_key=1,
        journey_key=2,
        referral_date=date(2026, 7, 1),
        first_contact_date=date(2026, 7, 2),
        closed_date=date(2026, 9, 1),
        caseworker_key=3,
        answers=[
            answer("code_right_01_understand", "explained"),
            answer("code_right_07_personal_statement", "helped"),
            answer("code_right_12_complaint", "not_yet"),
            answer("support_ending", "lost_contact"),
            answer("withdrawal_stage", "at_review"),
            answer("ethnicity", None, AnswerStatus.PREFER_NOT_TO_SAY),
        ],
        checkins=[
            CheckIn("referral", "checkin_referral", 4),
            CheckIn("about_you", "checkin_about_you", None, declined=True),
        ],
        consent_reporting=True,
    )
    assert record.rights == {1: RightStatus.EXPLAINED, 7: RightStatus.DELIVERED}
    assert record.ended_early
    assert record.withdrawal_stage == "at_review"
    assert record.checkins == {"referral": 4, "about_you": None}
    assert record.answers["ethnicity"] == (AnswerStatus.PREFER_NOT_TO_SAY, None)


def test_support_that_finished_as_planned_did_not_end_early(core: Pack) -> None:
    record = journey_record(
        core,
        person_key=1,
        journey_key=2,
        referral_date=date(2026, 7, 1),
        first_contact_date=None,
        closed_date=date(2026, 9, 1),
        caseworker_key=3,
        answers=[answer("support_ending", "completed")],
        checkins=[],
        consent_reporting=False,
    )
    assert not record.ended_early
    assert record.withdrawal_stage is None
    assert not record.consent_reporting
