"""The engine, scenario by scenario, as a caseworker or a person would meet it."""

from __future__ import annotations

from datetime import date

import pytest

from intake.domain import Answer, AnswerStatus, Source
from intake.interview import (
    AnswerGiven,
    CheckInGiven,
    CheckInStep,
    Explain,
    Interview,
    InterviewError,
    Intro,
    Mentioned,
    Mode,
    QuestionStep,
    Reflect,
    ResultKind,
    StageEnd,
    StepDone,
)

from .walk import DECLINE, LATER, asked, example_pack, walk

TODAY = date(2026, 11, 1)


def answers_for(**values: object) -> object:
    def decide(step: QuestionStep) -> object:
        return values.get(step.question.id, DECLINE)

    return decide


def new(stage: str = "first", **kw: object) -> Interview:
    return Interview(example_pack(), stage, today=TODAY, **kw)  # type: ignore[arg-type]


def test_stage_opens_with_introduction_then_explanation_then_check_in() -> None:
    iv = new()
    assert isinstance(iv.current(), Intro)
    assert "caseworker" in iv.current().text  # type: ignore[attr-defined]
    assert isinstance(iv.next(), Explain)
    assert isinstance(iv.next(), CheckInStep)
    assert isinstance(iv.next(), QuestionStep)


def test_declining_everything_reaches_the_end_with_every_decline_recorded() -> None:
    iv = new()
    steps = walk(iv, lambda s: DECLINE if s.can_decline else "yes")
    end = steps[-1]
    assert isinstance(end, StageEnd)
    # consent cannot be declined, everything else was
    assert end.answered == ["consent_support"]
    assert "date_of_birth" in end.declined
    # age band appears once the date of birth is declined
    assert "age_band" in asked(steps)
    # follow-ups that need an answer stay hidden
    assert "religion_other" not in asked(steps)
    assert "repeat_support" not in asked(steps)


def test_every_question_step_carries_its_why_line() -> None:
    for step in walk(new(), lambda s: DECLINE if s.can_decline else "yes"):
        if isinstance(step, QuestionStep):
            assert step.why


def test_decline_of_a_question_that_does_not_offer_it_is_refused_kindly() -> None:
    iv = new()
    while not isinstance(iv.current(), QuestionStep):
        iv.next()
    result = iv.decline()
    assert result.kind is ResultKind.INVALID
    assert result.message == "This question needs an answer."
    assert iv.later().kind is ResultKind.INVALID


def test_a_required_question_holds_its_place_until_something_is_given() -> None:
    iv = new()
    while not isinstance(iv.current(), QuestionStep):
        iv.next()
    step = iv.current()
    assert iv.answer("").kind is ResultKind.REQUIRED
    assert iv.next() == step
    assert iv.answer("yes").ok
    assert iv.next() != step


@pytest.mark.parametrize(
    ("qid", "value", "code"),
    [
        ("date_of_birth", "31/02/1990", "not_a_date"),
        ("date_of_birth", "1990-02-31", "no_such_date"),
        ("date_of_birth", "1990-00-00", "no_such_date"),
        ("date_of_birth", "2030-01-01", "future_date"),
        ("date_of_birth", "1850-01-01", "too_early"),
        ("incidents", "lots", "not_a_number"),
        ("incidents", 2.5, "not_whole"),
        ("incidents", 0, "too_small"),
        ("incidents", 1000, "too_big"),
        ("needs", ["safety", "none"], "exclusive_choice"),
        ("needs", ["flying"], "not_a_choice"),
        ("religion", "jedi", "not_a_choice"),
        ("religion_other", "x" * 300, "too_long"),
    ],
)
def test_invalid_answers_get_kind_messages(qid: str, value: object, code: str) -> None:
    iv = new()
    result = iv.volunteer(qid, value)
    assert result.kind is ResultKind.INVALID
    assert result.code == code
    assert result.message.startswith(("Please", "That", "One of", "There is"))
    assert qid not in iv.answers


def test_values_are_normalised_before_they_are_stored() -> None:
    iv = new()
    assert iv.volunteer("needs", ["health", "safety"]).ok
    assert iv.volunteer("faith_matters", True).ok
    assert iv.volunteer("incidents", "3").ok
    assert iv.volunteer("date_of_birth", date(1990, 5, 17)).ok
    assert iv.answers["needs"].value == ["safety", "health"]  # pack order
    assert iv.answers["faith_matters"].value == "yes"
    assert iv.answers["incidents"].value == 3
    assert iv.answers["date_of_birth"].value == "1990-05-17"


def test_ask_later_then_resume_lands_on_the_first_open_question() -> None:
    iv = new()
    steps = walk(iv, answers_for(consent_support="yes", date_of_birth=LATER))
    events = iv.take_events()
    stored = {e.answer.question_id: e.answer for e in events if isinstance(e, AnswerGiven)}
    done = {e.key for e in events if isinstance(e, StepDone | CheckInGiven)}
    assert stored["date_of_birth"].status is AnswerStatus.ASK_LATER
    assert isinstance(steps[-1], StageEnd)
    assert "date_of_birth" in steps[-1].later

    resumed = new(known=stored, done=done)
    step = resumed.current()
    assert isinstance(step, QuestionStep)
    assert step.question.id == "date_of_birth"
    assert resumed.known_questions()[:1] == ["consent_support"]


def test_resume_mid_stage_reopens_exactly_where_it_stopped() -> None:
    iv = new()
    for _ in range(3):
        iv.next()  # intro, explain, check-in (check-in not given)
    assert isinstance(iv.current(), QuestionStep)
    iv.answer("yes")
    iv.next()
    assert iv.answer("1990-05-17").ok
    iv.next()
    events = iv.take_events()
    known = {e.answer.question_id: e.answer for e in events if isinstance(e, AnswerGiven)}
    done = {e.key for e in events if isinstance(e, StepDone)}
    resumed = new(known=known, done=done)
    # the start check-in was skipped past, so it is the first open step
    assert isinstance(resumed.current(), CheckInStep)
    resumed.check_in(3)
    nxt = resumed.next()
    assert isinstance(nxt, QuestionStep)
    assert nxt.question.id == "religion"


def test_known_person_answers_are_skipped_in_a_second_journey() -> None:
    first = new()
    walk(
        first,
        answers_for(
            consent_support="yes",
            date_of_birth="1990-05-17",
            religion="muslim",
            orientation=DECLINE,
        ),
    )
    pack = example_pack()
    person = {
        e.answer.question_id: e.answer
        for e in first.take_events()
        if isinstance(e, AnswerGiven) and pack.question(e.answer.question_id).scope == "person"
    }
    assert set(person) == {"date_of_birth", "religion", "orientation"}
    second = new(known=person)
    steps = walk(second, answers_for(consent_support="yes"))
    assert not {"date_of_birth", "religion", "orientation", "age_band"} & set(asked(steps))
    assert "consent_support" in asked(steps)  # journey-scoped: asked again
    assert set(second.known_questions()) == {"date_of_birth", "religion", "orientation"}
    end = steps[-1]
    assert isinstance(end, StageEnd)
    assert "religion" in end.known


def test_a_condition_hides_a_question_after_an_answer_changes() -> None:
    iv = new()
    iv.volunteer("needs", ["safety"])
    iv.volunteer("incidents", 4)
    assert "repeat_support" in iv.visible_questions()
    iv.volunteer("incidents", 1)
    assert "repeat_support" not in iv.visible_questions()
    iv.volunteer("incidents", 5)
    iv.volunteer("needs", ["none"])
    assert "repeat_support" not in iv.visible_questions()


def test_going_back_shows_what_was_given_and_allows_a_change() -> None:
    iv = new(mode=Mode.SELF)
    while not isinstance(iv.current(), QuestionStep):
        iv.next()
    assert iv.answer("yes").ok
    iv.next()
    back = iv.back()
    assert isinstance(back, QuestionStep)
    assert back.current is not None
    assert back.current.value == "yes"
    assert iv.answer("no").ok
    assert iv.answers["consent_support"].value == "no"


def test_age_condition_shows_orientation_only_from_sixteen() -> None:
    iv = new()
    iv.volunteer("date_of_birth", "2011-06-01")  # 15
    assert "orientation" not in iv.visible_questions()
    iv.volunteer("date_of_birth", "2010-11-01")  # 16 today
    assert "orientation" in iv.visible_questions()


def test_age_band_stands_in_when_the_date_is_declined() -> None:
    iv = new()
    iv.volunteer("date_of_birth", None, declined=True)
    assert "age_band" in iv.visible_questions()
    assert "orientation" not in iv.visible_questions()
    iv.volunteer("age_band", "a16_24")
    assert "orientation" in iv.visible_questions()
    iv.volunteer("age_band", "under_16")
    assert "orientation" not in iv.visible_questions()


def test_self_completion_shows_only_self_completable_questions_in_their_words() -> None:
    iv = new(mode=Mode.SELF)
    steps = walk(iv, answers_for(consent_support="yes"))
    assert "risk_notes" not in asked(steps)
    intro = steps[0]
    assert isinstance(intro, Intro)
    assert intro.text.startswith("Hello. We support people")
    assert all(s.say is None for s in steps if isinstance(s, QuestionStep))
    events = iv.take_events()
    assert all(e.answer.source is Source.SELF for e in events if isinstance(e, AnswerGiven))
    assistive = walk(new(), answers_for(consent_support="yes"))
    assert "risk_notes" in asked(assistive)


def test_volunteered_answer_is_recorded_and_not_asked_again() -> None:
    iv = new()
    assert iv.volunteer("incidents", 2).ok
    [event] = iv.take_events()
    assert isinstance(event, AnswerGiven)
    assert event.answer.volunteered
    assert event.answer.question_id == "incidents"
    steps = walk(iv, answers_for(consent_support="yes"))
    assert "incidents" not in asked(steps)
    assert "incidents" in iv.known_questions()


def test_volunteering_a_question_of_a_later_stage() -> None:
    iv = new()
    assert iv.volunteer("coping", 2).ok
    answer = iv.answers["coping"]
    assert answer.stage == "first"
    assert answer.volunteered
    later = new("later", known={"coping": answer})
    steps = walk(later, answers_for(coping_help="Someone to talk to", feeling="fine"))
    assert asked(steps) == ["coping_help", "feeling"]


def test_mentioned_subject_uses_the_reflect_wording() -> None:
    iv = new()
    iv.mention("orientation")
    assert iv.take_events() == [Mentioned("orientation")]
    iv.volunteer("date_of_birth", "1990-01-01")
    steps = walk(iv, answers_for(consent_support="yes", date_of_birth="1990-01-01"))
    [step] = [s for s in steps if isinstance(s, QuestionStep) and s.question.id == "orientation"]
    assert isinstance(step, Reflect)
    assert step.say == "Please can I ask how you describe your sexuality?"


def test_an_earlier_answer_triggers_the_reflect_wording() -> None:
    iv = new()
    iv.volunteer("faith_matters", "yes")
    steps = walk(iv, answers_for(consent_support="yes"))
    [step] = [s for s in steps if isinstance(s, QuestionStep) and s.question.id == "religion"]
    assert isinstance(step, Reflect)
    assert step.say == "You mentioned your faith. May I ask which religion?"
    plain = walk(new(), answers_for(consent_support="yes"))
    [step] = [s for s in plain if isinstance(s, QuestionStep) and s.question.id == "religion"]
    assert not isinstance(step, Reflect)
    assert step.say == "What is your religion?"


def test_mentioned_subjects_are_remembered_when_resuming() -> None:
    iv = new(mentioned={"religion"})
    steps = walk(iv, answers_for(consent_support="yes"))
    [step] = [s for s in steps if isinstance(s, QuestionStep) and s.question.id == "religion"]
    assert isinstance(step, Reflect)


def test_check_in_records_score_note_and_decline() -> None:
    iv = new()
    iv.next()
    iv.next()
    assert isinstance(iv.current(), CheckInStep)
    assert iv.check_in(9).kind is ResultKind.INVALID
    assert iv.check_in(2, "  a bit nervous ").ok
    [event] = [e for e in iv.take_events() if isinstance(e, CheckInGiven)]
    assert isinstance(event, CheckInGiven)
    assert event.checkin.score == 2
    assert event.checkin.note == "a bit nervous"
    assert iv.check_in(None).ok
    assert iv.checkins["first_start"].declined


def test_progress_counts_only_questions_that_will_be_asked() -> None:
    iv = new()
    steps = walk(iv, answers_for(consent_support="yes", date_of_birth="1990-01-01"))
    qsteps = [s for s in steps if isinstance(s, QuestionStep)]
    assert [s.position for s in qsteps] == list(range(1, len(qsteps) + 1))
    assert qsteps[-1].of == len(qsteps)


def test_events_carry_everything_the_store_needs() -> None:
    iv = new()
    walk(iv, answers_for(consent_support="yes"))
    events = iv.take_events()
    assert iv.take_events() == []
    kinds = {type(e) for e in events}
    assert kinds == {AnswerGiven, CheckInGiven, StepDone}
    given = [e.answer for e in events if isinstance(e, AnswerGiven)]
    assert all(isinstance(a, Answer) and a.stage == "first" for a in given)


def test_calls_that_do_not_fit_the_step_are_programming_errors() -> None:
    iv = new()
    with pytest.raises(InterviewError):
        iv.answer("yes")
    with pytest.raises(InterviewError):
        iv.check_in(3)
    with pytest.raises(InterviewError):
        iv.volunteer("nope", 1)
    with pytest.raises(InterviewError):
        iv.mention("nope")


def test_back_at_the_start_and_next_at_the_end_stay_put() -> None:
    iv = new("later")
    first = iv.current()
    assert iv.back() == first
    walk(iv, answers_for(coping=4, feeling="fine"))
    end = iv.current()
    assert iv.is_finished
    assert iv.next() == end


def test_a_stage_with_everything_known_goes_straight_to_its_end() -> None:
    pack = example_pack()
    known = {
        q.id: Answer(q.id, None, AnswerStatus.PREFER_NOT_TO_SAY, Source.ASSISTED, "later")
        for q in pack.stage("later").questions()
    }
    iv = new("later", known=known)
    end = iv.current()
    assert isinstance(end, StageEnd)
    assert set(end.known) == {"coping", "coping_help", "feeling"}


def test_a_section_introduction_comes_with_its_first_question() -> None:
    iv = new()
    iv.volunteer("consent_support", "yes")
    steps = walk(iv, answers_for())
    firsts = [s for s in steps if isinstance(s, QuestionStep) and s.section_intro]
    assert [s.question.id for s in firsts] == ["date_of_birth"]
    assert firsts[0].section_intro.startswith("These questions help us")
    assert firsts[0].section_title == "About you"
