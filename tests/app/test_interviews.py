"""Answers saved one by one, what is known in a journey, and the case summary."""

from __future__ import annotations

from datetime import date

from intake.app import ConsentPurpose, Session
from intake.domain import Answer, AnswerStatus, CheckIn, Source
from intake.forms import Pack


def _a(qid: str, value: object, status: AnswerStatus = AnswerStatus.ANSWERED) -> Answer:
    return Answer(qid, value, status, Source.ASSISTED, "referral")  # type: ignore[arg-type]


def test_a_person_fact_from_journey_one_is_known_in_journey_two(
    session: Session, pack: Pack
) -> None:
    person = session.people.create("Ada", "Example", None)
    one = session.people.open_journey(person.id)
    session.interviews.record_answer(one.id, _a("language", "Welsh"), pack)
    session.interviews.record_answer(one.id, _a("crime_type", "burglary"), pack)
    two = session.people.open_journey(person.id)
    known = session.interviews.known_answers(two.id)
    assert known["language"].value == "Welsh"
    assert "crime_type" not in known
    assert session.interviews.known_answers(one.id)["crime_type"].value == "burglary"


def test_a_change_is_a_new_row_and_the_latest_is_current(session: Session, pack: Pack) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    first = session.interviews.record_answer(j.id, _a("language", "Welsh"), pack)
    second = session.interviews.record_answer(j.id, _a("language", "English"), pack)
    assert second > first
    assert session.interviews.known_answers(j.id)["language"].value == "English"
    export = session.people.subject_access(person.id)
    history = [a["value"] for a in export.data["about_you"]]
    assert history == ["Welsh", "English"]


def test_the_summary_separates_known_declined_later_and_not_asked(
    session: Session, pack: Pack
) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    session.interviews.record_answer(j.id, _a("language", "Welsh"), pack)
    session.interviews.record_answer(
        j.id, _a("religion", None, AnswerStatus.PREFER_NOT_TO_SAY), pack
    )
    session.interviews.record_answer(j.id, _a("disability", None, AnswerStatus.ASK_LATER), pack)
    summary = session.interviews.summary(j.id, pack)
    referral = summary.stage("referral")
    about = summary.stage("about_you")
    assert [line.question_id for line in referral.known] == ["language"]
    assert [line.question_id for line in referral.not_asked] == ["crime_type", "consent_reporting"]
    assert [line.question_id for line in about.declined] == ["religion"]
    assert [line.question_id for line in about.later] == ["disability"]
    assert [line.question_id for line in about.not_asked] == ["needs"]


def test_a_consent_question_records_a_consent_event(session: Session, pack: Pack) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    session.interviews.record_answer(j.id, _a("consent_reporting", "yes"), pack)
    assert session.consent.is_given(j.id, ConsentPurpose.REPORTING)
    assert j.id in session.consent.journeys_for_returns()


def test_check_ins_notes_rights_and_progress_are_kept(session: Session) -> None:
    person = session.people.create("Ada", "Example", None)
    j = session.people.open_journey(person.id)
    session.interviews.record_check_in(j.id, CheckIn("referral", "checkin_ref", 4, "fine"))
    session.interviews.add_note(j.id, "Prefers phone calls in the afternoon")
    from intake.app import RightState

    session.interviews.record_right(j.id, 3, RightState.EXPLAINED, date(2026, 1, 1))
    session.interviews.mark_done(j.id, "referral:intro")
    session.interviews.mention(j.id, "faith")
    assert session.interviews.check_ins(j.id)[0].check_in.score == 4
    assert session.interviews.notes(j.id)[0].text.startswith("Prefers")
    assert session.interviews.rights(j.id)[0].right_number == 3
    assert session.interviews.done_steps(j.id) == {"referral:intro"}
    assert session.interviews.mentioned(j.id) == {"faith"}
