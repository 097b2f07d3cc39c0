"""Scenario walks through the core pack with the interview engine, as a person would meet it.

Every stage in assisted and self-completion mode; a person who declines everything; a
15-year-old; a second journey for someone we already know; someone who stops support
at a review; and reflect wordings after what the person said.
"""

from __future__ import annotations

from datetime import date

import pytest

from intake.domain import AnswerStatus, Scope
from intake.interview import CheckInStep, Explain, Intro, Mode, QuestionStep, Reflect

from .support import (
    DECLINE,
    LATER,
    STAGES,
    TODAY,
    core_pack,
    decline_all,
    scripted,
    stage_question_ids,
    typical,
    walk_journey,
    walk_stage,
)

MODES = [Mode.ASSISTED, Mode.SELF]

# A 15-year-old and someone who turned 16 yesterday, on TODAY (1 November 2026).
BORN_15 = "2011-03-01"
BORN_16 = "2010-10-31"
AGE_16_ONLY = {"gender_identity", "sexual_orientation"}
NOT_UNDER_16 = {"marriage_civil_partnership", "pregnancy_maternity"}
RIGHTS_AFTER_REPORTING = {
    "code_right_05_compensation",
    "code_right_06_investigation",
    "code_right_07_personal_statement",
    "code_right_08_trial",
    "code_right_09_outcome",
    "code_right_10_expenses_property",
    "code_right_11_offender_information",
}
WITHDRAWAL_AT_REVIEW = [
    "withdrawal_reason_review",
    "withdrawal_recontact",
    "withdrawal_other_services",
]

# Answers that trigger no reflect wording and no follow-up beyond the main questions.
PLAIN = {
    "consent_sharing": "no",
    "communication_needs": ["none"],
    "hate_targeted": "no",
    "needs": ["someone_to_talk_to"],
    "reported_to_police": "yes",
    "date_of_birth": "1979-06-02",
    "disability": "no",
    "ethnicity": "white_irish",
    "religion": "no_religion",
    "gender_identity": "yes",
    "sexual_orientation": "bisexual",
    "support_continues": "carry_on",
    "support_ending": "completed",
}


# --------------------------------------------------------------------- every stage, both modes


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_walks_from_introduction_to_end(stage: str, mode: Mode) -> None:
    journey = walk_journey(scripted(PLAIN), stages=STAGES[: STAGES.index(stage) + 1], mode=mode)
    walk = journey.walks[stage]
    assert isinstance(walk.steps[0], Intro)
    assert isinstance(walk.steps[1], Explain)
    assert walk.checkins == [ci.id for ci in core_pack().stage(stage).check_ins]
    assert walk.asked, "every stage asks something"
    assert walk.kinds[-1] == "StageEnd"
    assert walk.end.declined == []
    assert walk.end.later == []
    assert set(walk.end.answered) == set(walk.asked)


@pytest.mark.parametrize("stage", STAGES)
def test_self_completion_shows_only_what_a_person_may_answer_alone(stage: str) -> None:
    walk = walk_journey(scripted(PLAIN), stages=STAGES[: STAGES.index(stage) + 1], mode=Mode.SELF)
    pack = core_pack()
    for step in walk.walks[stage].steps:
        if isinstance(step, QuestionStep):
            q = step.question
            assert q.self_completion, q.id
            assert step.wording == (q.self_prompt or q.prompt)
            assert step.say is None
            assert step.why == q.why
        if isinstance(step, Intro | Explain):
            script = (
                pack.stage(stage).intro
                if isinstance(step, Intro)
                else pack.stage(stage).transparency
            )
            assert script is not None
            assert step.text == script.self_text
        if isinstance(step, CheckInStep):
            assert step.wording == step.spec.self_prompt


def test_the_caseworker_gets_say_aloud_wording_and_the_safety_questions() -> None:
    walk = walk_journey(scripted(PLAIN), stages=("referral", "assessment")).walks["assessment"]
    crime = walk.step_for("crime_type")
    assert crime.say == crime.question.say
    assert crime.say != crime.wording
    safety = [qid for qid in walk.asked if qid.startswith("safety_")]
    assert safety == [
        "safety_at_home",
        "safety_contact",
        "safety_threats",
        "safety_getting_worse",
        "safety_children",
        "safety_self",
        "safety_plan_needed",
    ]
    alone = walk_journey(scripted(PLAIN), stages=("referral", "assessment"), mode=Mode.SELF)
    assert not [q for q in alone.walks["assessment"].asked if q.startswith("safety_")]


def test_outcomes_are_asked_at_start_review_and_exit() -> None:
    journey = walk_journey(scripted(PLAIN))
    for stage, point in (("assessment", "start"), ("review", "review"), ("exit", "exit")):
        outcomes = [q for q in journey.walks[stage].asked if q.startswith("outcome_")]
        assert outcomes == [
            f"outcome_{m}_{point}" for m in ("coping", "informed", "safe", "wellbeing", "justice")
        ]


def test_justice_measures_and_later_rights_wait_until_a_crime_is_reported() -> None:
    journey = walk_journey(scripted({**PLAIN, "reported_to_police": "not_yet"}))
    asked = {q for w in journey.walks.values() for q in w.asked}
    assert not {"outcome_justice_start", "outcome_justice_review", "outcome_justice_exit"} & asked
    assert not RIGHTS_AFTER_REPORTING & asked
    assert "justice_stage" not in asked
    assert {
        "code_right_01_understand",
        "code_right_04_referral_support",
        "code_right_12_complaint",
    } <= asked


# --------------------------------------------------------------------- declining everything


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_a_person_who_declines_everything_is_never_stuck(mode: Mode) -> None:
    journey = walk_journey(decline_all, mode=mode, checkin_score=None)
    assert all(w.kinds[-1] == "StageEnd" for w in journey.walks.values())
    asked = [q for w in journey.walks.values() for q in w.asked]
    assert len(asked) == len(set(asked)), "nothing is asked twice"
    assert {a.status for a in journey.answers.values()} == {AnswerStatus.PREFER_NOT_TO_SAY}
    assert set(journey.answers) == set(asked)
    about = journey.walks["about_you"]
    # No date of birth: an age band is offered instead; declined too, so no question
    # that needs the person to be 16 or over is put.
    assert "age_band" in about.asked
    assert not AGE_16_ONLY & set(about.asked)
    # Follow-ups only come after the answer that calls for them.
    for follow_up in (
        "sharing_agencies",
        "hate_motivation",
        "disability_impact",
        *WITHDRAWAL_AT_REVIEW,
    ):
        assert follow_up not in asked
    # With nothing said about reporting, every right is still checked.
    assert len([q for q in asked if q.startswith("code_right_")]) == 12
    for walk in journey.walks.values():
        assert walk.interview is not None
        assert all(ci.declined for ci in walk.interview.checkins.values())


def test_every_question_a_person_is_shown_offers_prefer_not_to_say() -> None:
    journey = walk_journey(typical)
    for walk in journey.walks.values():
        for step in walk.steps:
            if isinstance(step, QuestionStep):
                assert step.can_decline, step.question.id
                assert step.why, step.question.id


# --------------------------------------------------------------------- age


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_a_15_year_old_is_not_asked_about_gender_identity_or_sexual_orientation(mode: Mode) -> None:
    walk = walk_stage("about_you", scripted({**PLAIN, "date_of_birth": BORN_15}), mode=mode)
    assert "date_of_birth" in walk.asked
    assert not AGE_16_ONLY & set(walk.asked)
    assert not NOT_UNDER_16 & set(walk.asked)
    assert "age_band" not in walk.asked
    assert {"ethnicity", "religion", "disability", "sex"} <= set(walk.asked)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_someone_who_turned_16_yesterday_is_asked(mode: Mode) -> None:
    walk = walk_stage("about_you", scripted({**PLAIN, "date_of_birth": BORN_16}), mode=mode)
    assert set(walk.asked) >= (AGE_16_ONLY | NOT_UNDER_16)


@pytest.mark.parametrize(
    ("band", "asked_16_only"), [("age_under_16", False), ("age_16_17", True), ("age_75_plus", True)]
)
def test_an_age_band_instead_of_a_date_decides_the_same_way(band: str, asked_16_only: bool) -> None:
    walk = walk_stage("about_you", scripted({**PLAIN, "date_of_birth": DECLINE, "age_band": band}))
    assert walk.asked[:2] == ["date_of_birth", "age_band"]
    assert (set(walk.asked) >= AGE_16_ONLY) is asked_16_only
    assert (set(walk.asked) >= NOT_UNDER_16) is asked_16_only


def test_the_age_band_is_only_offered_when_the_date_is_declined() -> None:
    for said in ("1990-01-01", LATER):
        walk = walk_stage("about_you", scripted({**PLAIN, "date_of_birth": said}))
        assert "age_band" not in walk.asked


# --------------------------------------------------------------------- a second journey


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_a_second_journey_never_asks_about_you_again(mode: Mode) -> None:
    first = walk_journey(scripted(PLAIN), mode=mode)
    known = first.person_answers()
    assert set(stage_question_ids("about_you")) & set(known)
    second = walk_journey(scripted(PLAIN), known=known, mode=mode, today=date(2027, 9, 1))
    about = second.walks["about_you"]
    assert about.asked == []
    assert about.interview is not None
    assert set(about.interview.known_questions()) == set(stage_question_ids("about_you")) & set(
        known
    )
    # Language and communication are the person's too; consent and safe contact are
    # asked afresh each journey, because they can change.
    referral = second.walks["referral"]
    assert not {"preferred_language", "communication_needs"} & set(referral.asked)
    assert {"consent_support", "consent_sharing", "consent_reporting", "contact_methods"} <= set(
        referral.asked
    )
    # Everything about the journey itself is asked again.
    assert "crime_type" in second.walks["assessment"].asked
    assert "outcome_coping_start" in second.walks["assessment"].asked


def test_declined_answers_are_not_asked_again_on_a_second_journey() -> None:
    first = walk_journey(decline_all, stages=("referral", "assessment", "about_you"))
    second = walk_stage("about_you", typical, known=first.person_answers())
    assert second.asked == []


def test_someone_first_seen_at_15_is_asked_the_16_plus_questions_next_time() -> None:
    first = walk_journey(scripted({**PLAIN, "date_of_birth": BORN_15}), stages=("about_you",))
    later = walk_stage(
        "about_you", scripted(PLAIN), known=first.person_answers(), today=date(2027, 6, 1)
    )
    assert set(later.asked) == AGE_16_ONLY | NOT_UNDER_16


def test_every_about_you_question_is_about_the_person() -> None:
    pack = core_pack()
    assert {pack.question(q).scope for q in stage_question_ids("about_you")} == {Scope.PERSON}


# --------------------------------------------------------------------- stopping support early


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_stopping_at_a_review_brings_the_withdrawal_questions(mode: Mode) -> None:
    stays = walk_stage("review", scripted(PLAIN), mode=mode)
    assert not set(WITHDRAWAL_AT_REVIEW) & set(stays.asked)
    leaves = walk_stage(
        "review",
        scripted(
            {
                **PLAIN,
                "support_continues": "stop_early",
                "withdrawal_reason_review": ["not_right_time"],
            }
        ),
        mode=mode,
    )
    assert leaves.asked[-3:] == WITHDRAWAL_AT_REVIEW
    assert leaves.asked.index("support_continues") < leaves.asked.index("withdrawal_reason_review")
    reason = leaves.step_for("withdrawal_reason_review")
    assert reason.can_decline
    assert {c.value for c in reason.choices} >= {"can_manage", "not_right_time", "other"}


def test_at_exit_the_reason_is_asked_only_if_it_was_not_asked_at_review() -> None:
    stopped = {**PLAIN, "support_continues": "stop_early", "support_ending": "ended_early"}
    journey = walk_journey(scripted(stopped), stages=("review", "exit"))
    assert "withdrawal_reason_review" in journey.walks["review"].asked
    assert "withdrawal_stage" in journey.walks["exit"].asked
    assert "withdrawal_reason_exit" not in journey.walks["exit"].asked

    declined_then = walk_journey(
        scripted({**stopped, "withdrawal_reason_review": DECLINE}), stages=("review", "exit")
    )
    assert "withdrawal_reason_exit" not in declined_then.walks["exit"].asked

    no_review = walk_stage("exit", scripted(stopped))
    assert no_review.asked[:3] == ["support_ending", "withdrawal_stage", "withdrawal_reason_exit"]


def test_when_contact_is_lost_only_the_caseworker_record_is_asked() -> None:
    walk = walk_stage("exit", scripted({**PLAIN, "support_ending": "lost_contact"}))
    assert walk.asked == ["support_ending", "withdrawal_stage"]


def test_support_that_ends_as_planned_asks_no_withdrawal_questions() -> None:
    walk = walk_stage("exit", scripted(PLAIN))
    assert "withdrawal_stage" not in walk.asked
    assert "withdrawal_reason_exit" not in walk.asked
    feedback = [q for q in walk.asked if q.startswith("feedback_")]
    assert feedback == [
        "feedback_referral",
        "feedback_assessment",
        "feedback_about_you",
        "feedback_support_review",
        "feedback_could_skip",
        "feedback_comments",
    ]


# --------------------------------------------------------------------- reflect wordings


def test_no_reflect_wording_without_a_reason() -> None:
    journey = walk_journey(scripted(PLAIN))
    assert [q for w in journey.walks.values() for q in w.reflected] == []


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize(
    ("said", "reflected"),
    [
        ({"hate_targeted": "yes", "hate_motivation": ["religion"]}, ["religion"]),
        ({"needs": ["faith_culture", "housing"]}, ["religion"]),
        (
            {"hate_targeted": "yes", "hate_motivation": ["sexual_orientation"]},
            ["sexual_orientation"],
        ),
        ({"hate_targeted": "yes", "hate_motivation": ["transgender"]}, ["gender_identity"]),
        (
            {"hate_targeted": "yes", "hate_motivation": ["race", "disability"]},
            ["ethnicity", "disability"],
        ),
        ({"communication_needs": ["bsl"]}, ["disability"]),
    ],
)
def test_reflect_wording_follows_what_the_person_said(
    said: dict[str, object], reflected: list[str], mode: Mode
) -> None:
    journey = walk_journey(
        scripted({**PLAIN, **said}), stages=("referral", "assessment", "about_you"), mode=mode
    )
    about = journey.walks["about_you"]
    assert about.reflected == reflected
    for qid in reflected:
        step = about.step_for(qid)
        assert isinstance(step, Reflect)
        reflect = step.question.reflect
        assert reflect is not None
        if mode is Mode.ASSISTED:
            assert step.say == reflect.say
        else:
            assert step.wording == reflect.self_prompt


@pytest.mark.parametrize("qid", ["religion", "sexual_orientation"])
def test_a_caseworker_mention_brings_the_reflect_wording(qid: str) -> None:
    plain = walk_stage("about_you", scripted(PLAIN))
    assert qid not in plain.reflected
    walk = walk_stage("about_you", scripted(PLAIN), mentioned={qid})
    assert walk.reflected == [qid]
    step = walk.step_for(qid)
    assert step.say is not None
    assert step.say.startswith("You mentioned")


def test_mention_during_the_interview_changes_the_wording() -> None:
    from intake.interview import Interview

    iv = Interview(core_pack(), "about_you", {}, mode=Mode.ASSISTED, today=TODAY)
    iv.mention("religion")
    step = iv.current()
    while not (isinstance(step, QuestionStep) and step.question.id == "religion"):
        if isinstance(step, QuestionStep):
            assert iv.answer(scripted(PLAIN)(step)).ok
        step = iv.next()
    assert isinstance(step, Reflect)
    assert "faith or religion" in (step.say or "")
