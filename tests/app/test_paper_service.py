"""Paper in and out of a workspace: filled PDFs, transcription, referral files, subject access."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from intake.app import ConsentPurpose, Session, StoreError
from intake.app.paper_service import (
    Change,
    MatchStatus,
    PaperKind,
    PaperService,
    split_name,
)
from intake.domain import Answer, AnswerStatus, CheckIn, Scope, Source
from intake.forms import LoadedPack, parse_pack
from intake.paper import ItemKind, read_mapping, read_referrals, render_personalised, render_stage
from intake.store import AuditAction, AuditEntity
from tests.app.conftest import PACK_YAML

YES = "/Yes"
QPDF = shutil.which("qpdf")

TINY = (
    PACK_YAML
    + """
    check_ins:
      - {id: how_was_it, position: end, prompt: How was that?}
"""
)


@pytest.fixture
def loaded() -> LoadedPack:
    result, problems = parse_pack(TINY)
    assert result is not None, problems
    return result


@pytest.fixture
def paper(session: Session) -> PaperService:
    return PaperService(session)


def _fill(pdf: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _person(session: Session, given: str, family: str, born: date | None = None):  # type: ignore[no-untyped-def]
    person = session.people.create(given, family, born)
    journey = session.people.open_journey(person.id, pack_id="tiny")
    return person, journey


def _answers(session: Session) -> int:
    return session.store.answers.count()


# --- filled PDFs --------------------------------------------------------------------------


def test_a_filled_form_imports_into_the_right_person_with_its_values_and_source(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _other, other_journey = _person(session, "Ann", "Other")
    person, journey = _person(session, "Bea", "Example")
    blank = paper.personalised_pack(loaded, journey.id, "referral", fillable=True)
    filled = _fill(
        blank.pdf,
        {
            "q-language": "Polish",
            "q-crime_type-c-burglary": YES,
            "q-consent_reporting-c-yes": YES,
        },
    )

    preview = paper.preview_filled_pdf(filled, loaded.pack)

    assert preview.match is MatchStatus.MATCHED
    assert preview.person is not None
    assert preview.person.id == person.id
    assert preview.journey is not None
    assert preview.journey.id == journey.id
    assert {line.question_id: line.text for line in preview.lines} == {
        "language": "Polish",
        "crime_type": "Burglary",
        "consent_reporting": "Yes",
    }
    assert all(line.change is Change.NEW for line in preview.lines)
    assert session.interviews.known_answers(journey.id) == {}, "a preview saves nothing"

    recorded = paper.record_preview(preview)

    assert (recorded.answers, recorded.check_ins) == (3, 0)
    known = session.interviews.known_answers(journey.id)
    assert known["language"].value == "Polish"
    assert known["crime_type"].value == "burglary"
    assert {a.source for a in known.values()} == {Source.FILLABLE_PDF}
    assert session.consent.is_given(journey.id, ConsentPurpose.REPORTING)
    assert session.interviews.known_answers(other_journey.id) == {}


def test_a_filled_check_in_is_recorded_with_the_answers(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _bea, journey = _person(session, "Bea", "Example")
    blank = paper.personalised_pack(loaded, journey.id, "about_you", fillable=True)
    filled = _fill(blank.pdf, {"q-religion-pnts": YES, "ci-how_was_it-c-4": YES})
    preview = paper.preview_filled_pdf(filled, loaded.pack)
    assert [line.declined for line in preview.lines] == [True]
    paper.record_preview(preview)
    assert session.interviews.known_answers(journey.id)["religion"].status is (
        AnswerStatus.PREFER_NOT_TO_SAY
    )
    assert [c.check_in.score for c in session.interviews.check_ins(journey.id)] == [4]


def test_an_unknown_reference_imports_nothing(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _person(session, "Bea", "Example")
    stranger = render_personalised(
        loaded, "referral", reference="V-0000-0000", known=set(), fillable=True
    )
    filled = _fill(stranger, {"q-crime_type-c-burglary": YES})
    before = _answers(session)

    preview = paper.preview_filled_pdf(filled, loaded.pack)

    assert preview.match is MatchStatus.UNKNOWN_REFERENCE
    assert preview.person is None
    assert not preview.can_record
    assert "No one in this workspace" in preview.reason
    with pytest.raises(StoreError):
        paper.record_preview(preview)
    assert _answers(session) == before


def test_a_blank_form_has_no_reference_to_match(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    from intake.paper import PaperOptions

    blank = render_stage(loaded, "referral", PaperOptions(fillable=True))
    preview = paper.preview_filled_pdf(_fill(blank, {"q-language": "Welsh"}), loaded.pack)
    assert preview.match is MatchStatus.NO_REFERENCE
    assert not preview.can_record


def test_a_person_with_no_open_journey_is_found_but_nothing_is_recorded(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    pdf = paper.personalised_pack(loaded, journey.id, "referral", fillable=True).pdf
    session.people.close_journey(journey.id)
    preview = paper.preview_filled_pdf(_fill(pdf, {"q-language": "Welsh"}), loaded.pack)
    assert preview.match is MatchStatus.NO_OPEN_JOURNEY
    assert preview.person is not None
    assert not preview.can_record
    with pytest.raises(StoreError):
        paper.record_preview(preview)


def test_an_answer_already_known_is_not_recorded_twice(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    pdf = render_personalised(
        loaded, "referral", reference=_p.reference, known=set(), fillable=True
    )
    session.interviews.record_answer(
        journey.id,
        Answer("language", "Welsh", AnswerStatus.ANSWERED, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    session.interviews.record_answer(
        journey.id,
        Answer("crime_type", "assault", AnswerStatus.ANSWERED, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    filled = _fill(pdf, {"q-language": "Welsh", "q-crime_type-c-burglary": YES})
    preview = paper.preview_filled_pdf(filled, loaded.pack)
    changes = {line.question_id: line.change for line in preview.lines}
    assert changes == {"language": Change.SAME, "crime_type": Change.REPLACES}
    before = _answers(session)
    recorded = paper.record_preview(preview)
    assert (recorded.answers, recorded.unchanged) == (1, 1)
    assert _answers(session) == before + 1


def test_problems_in_a_form_are_shown_and_those_questions_get_no_answer(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    pdf = paper.personalised_pack(loaded, journey.id, "referral", fillable=True).pdf
    filled = _fill(
        pdf, {"q-crime_type-c-burglary": YES, "q-crime_type-c-assault": YES, "q-language": "Urdu"}
    )
    preview = paper.preview_filled_pdf(filled, loaded.pack)
    assert [p.question for p in preview.problems] == ["crime_type"]
    assert [line.question_id for line in preview.lines] == ["language"]


# --- personalised packs -------------------------------------------------------------------


def test_a_personalised_pack_leaves_out_what_is_known_and_is_logged(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    person, journey = _person(session, "Bea", "Example")
    session.interviews.record_answer(
        journey.id,
        Answer("language", "Welsh", AnswerStatus.ANSWERED, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    session.interviews.record_answer(
        journey.id,
        Answer("crime_type", None, AnswerStatus.ASK_LATER, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    made = paper.personalised_pack(loaded, journey.id, "referral")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made.pdf)).pages)
    assert "Which language do you prefer?" not in text
    assert "What happened?" in text, "asked later, so it is printed"
    assert person.reference in text
    assert made.left_out == 1
    exported = session.store.audit.entries(AuditEntity.JOURNEY, journey.id)
    assert exported[0].action is AuditAction.EXPORTED


# --- transcription ------------------------------------------------------------------------


def test_transcription_rows_follow_the_numbers_on_the_paper(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    session.interviews.record_answer(
        journey.id,
        Answer("religion", "none", AnswerStatus.ANSWERED, Source.ASSISTED, "about_you"),
        loaded.pack,
    )
    blank = paper.transcription_items(loaded, journey.id, "about_you", PaperKind.BLANK)
    mine = paper.transcription_items(loaded, journey.id, "about_you", PaperKind.PERSONALISED)
    assert [(r.number, r.item_id) for r in blank] == [
        (1, "religion"),
        (2, "disability"),
        (3, "needs"),
        (4, "how_was_it"),
    ]
    assert [(r.number, r.item_id) for r in mine] == [
        (1, "disability"),
        (2, "needs"),
        (3, "how_was_it"),
    ]
    assert blank[0].known is not None
    assert blank[0].known.value == "none"
    assert mine[-1].kind is ItemKind.CHECK_IN
    assert mine[-1].check_in is not None


def test_transcription_records_source_paper(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    typed = [
        Answer("disability", "no", AnswerStatus.ANSWERED, Source.ASSISTED, "about_you"),
        Answer("religion", None, AnswerStatus.PREFER_NOT_TO_SAY, Source.PAPER, "about_you"),
    ]
    result = paper.record_transcription(
        journey.id, typed, loaded.pack, [CheckIn("about_you", "how_was_it", 2)]
    )
    assert (result.answers, result.check_ins) == (2, 1)
    known = session.interviews.known_records(journey.id)
    assert {q: a.source for q, a in known.items()} == {
        "disability": Source.PAPER,
        "religion": Source.PAPER,
    }
    assert known["disability"].scope is Scope.PERSON
    assert [c.check_in.score for c in session.interviews.check_ins(journey.id)] == [2]


def test_transcription_into_a_closed_journey_records_nothing(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    _p, journey = _person(session, "Bea", "Example")
    session.people.close_journey(journey.id)
    typed = [Answer("disability", "no", AnswerStatus.ANSWERED, Source.PAPER, "about_you")]
    with pytest.raises(StoreError):
        paper.record_transcription(journey.id, typed, loaded.pack)
    assert _answers(session) == 0


# --- referral files -----------------------------------------------------------------------

MAPPING = """\
pack: tiny
person:
  name: Name
  date_of_birth: DOB
  referral_date: Referred
  reference: Reference
declined: [Declined]
columns:
  Crime:
    question: crime_type
  Language:
    question: language
"""
HEADER = "Name,DOB,Referred,Reference,Crime,Language\n"


def _batch(loaded: LoadedPack, rows: str):  # type: ignore[no-untyped-def]
    mapping = read_mapping(MAPPING, loaded.pack)
    return read_referrals((HEADER + rows).encode(), mapping, loaded.pack, today=date(2026, 1, 1))


def test_referral_import_records_source_referral_and_is_not_asked_again(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    batch = _batch(
        loaded,
        "Cara Jones,01/02/1980,03/12/2025,,Burglary,Welsh\nDev Patel,,,,assault,Declined\n",
    )
    steps: list[tuple[int, int]] = []

    result = paper.import_referrals(batch, loaded.pack, progress=lambda d, t: steps.append((d, t)))

    assert (result.people_created, result.people_matched, result.journeys_opened) == (2, 0, 2)
    assert result.answers_recorded == 4
    assert result.rows_to_check == []
    assert steps == [(1, 2), (2, 2)]
    cara = session.people.find("Cara Jones")[0]
    assert (cara.given_name, cara.family_name, cara.date_of_birth) == (
        "Cara",
        "Jones",
        date(1980, 2, 1),
    )
    journey = session.people.journeys(cara.id)[0]
    assert journey.opened_on == date(2025, 12, 3)
    known = session.interviews.known_answers(journey.id)
    assert {q: (a.value, a.source) for q, a in known.items()} == {
        "crime_type": ("burglary", Source.REFERRAL),
        "language": ("Welsh", Source.REFERRAL),
    }
    assert all(a.is_settled for a in known.values()), "so the interview skips them"
    dev = session.people.find("Dev Patel")[0]
    dev_known = session.interviews.known_answers(session.people.journeys(dev.id)[0].id)
    assert dev_known["language"].status is AnswerStatus.PREFER_NOT_TO_SAY


def test_a_bad_row_imports_nothing_at_all(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    batch = _batch(loaded, "Cara Jones,01/02/1980,,,Burglary,Welsh\nDev Patel,31/02/1990,,,,\n")
    assert not batch.importable
    with pytest.raises(StoreError):
        paper.import_referrals(batch, loaded.pack)
    assert session.store.people.count() == 0
    assert _answers(session) == 0


def test_a_failure_part_way_rolls_the_whole_file_back(
    session: Session, paper: PaperService, loaded: LoadedPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(loaded, "Cara Jones,01/02/1980,,,Burglary,Welsh\nDev Patel,,,,assault,English\n")
    real = session.interviews.record_answer
    calls = {"n": 0}

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("the disk went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(session.interviews, "record_answer", failing)
    with pytest.raises(OSError, match="disk went away"):
        paper.import_referrals(batch, loaded.pack)
    assert session.store.people.count() == 0
    assert session.store.journeys.count() == 0
    assert _answers(session) == 0


def test_a_referral_for_someone_known_joins_their_record(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    known_person, journey = _person(session, "Cara", "Jones", date(1980, 2, 1))
    session.interviews.record_answer(
        journey.id,
        Answer("language", "Polish", AnswerStatus.ANSWERED, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    by_ref, _j = _person(session, "Eli", "Stone")
    reference = by_ref.reference.replace("-", " ").lower()
    batch = _batch(
        loaded,
        '"JONES, cara",01/02/1980,,,Burglary,Welsh\n'
        f"E. Stone,,,{reference},assault,\n"
        "Cara Jonas,01/02/1980,,,assault,\n",
    )

    result = paper.import_referrals(batch, loaded.pack)

    assert (result.people_matched, result.people_created) == (2, 1)
    assert result.rows_to_check == [4], "similar, not the same name: a new person to check"
    assert result.kept_known == 1
    journeys = session.people.journeys(known_person.id)
    assert len(journeys) == 2, "a new referral is a new journey"
    known = session.interviews.known_answers(journeys[-1].id)
    assert known["language"].value == "Polish", "what the person told us is kept"
    assert known["crime_type"].value == "burglary"
    assert len(session.people.journeys(by_ref.id)) == 2


def test_an_unknown_reference_in_a_referral_file_imports_nothing(
    session: Session, paper: PaperService, loaded: LoadedPack
) -> None:
    batch = _batch(loaded, "Cara Jones,,,V-0000-0000,Burglary,\n")
    assert batch.importable
    issues = paper.check_referrals(batch)
    assert [i.row for i in issues] == [2]
    assert "Cara" not in issues[0].message
    with pytest.raises(StoreError):
        paper.import_referrals(batch, loaded.pack)
    assert session.store.people.count() == 0


def test_split_name() -> None:
    assert split_name("  Mary  Ann Smith ") == ("Mary Ann", "Smith")
    assert split_name("Cher") == ("Cher", "")


# --- subject access -----------------------------------------------------------------------


@pytest.mark.skipif(QPDF is None, reason="qpdf is not installed")
def test_the_subject_access_pdf_holds_their_answers_and_passes_qpdf(
    session: Session, paper: PaperService, loaded: LoadedPack, tmp_path: Path
) -> None:
    person, journey = _person(session, "Bea", "Example", date(1984, 3, 7))
    for value in ("Welsh", "Cymraeg"):
        session.interviews.record_answer(
            journey.id,
            Answer("language", value, AnswerStatus.ANSWERED, Source.PAPER, "referral"),
            loaded.pack,
        )
    session.interviews.record_answer(
        journey.id,
        Answer("crime_type", "burglary", AnswerStatus.ANSWERED, Source.ASSISTED, "referral"),
        loaded.pack,
    )
    session.interviews.add_note(journey.id, "Prefers morning calls")

    pdf = paper.subject_access_pdf(person.id, loaded.pack)

    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )
    for expected in (
        person.reference,
        "Bea Example",
        "7/3/1984",
        "Which language do you prefer?",
        "Welsh",
        "Cymraeg",
        "replaced by a later answer",
        "Burglary",
        "Prefers morning calls",
        "Safe Harbour",
    ):
        assert expected in text, expected
    file = tmp_path / "sar.pdf"
    file.write_bytes(pdf)
    assert QPDF is not None
    check = subprocess.run([QPDF, "--check", str(file)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    logged = session.store.audit.entries(AuditEntity.PERSON, person.id)
    assert logged[0].action is AuditAction.EXPORTED
