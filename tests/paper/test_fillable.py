"""Fillable PDFs: fields named by the documented scheme, filled forms read back checked."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from intake.domain import AnswerStatus, Source
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    LoadedPack,
    NumberQuestion,
    QuestionT,
    ScaleQuestion,
    YesNo,
)
from intake.paper import (
    FormHeader,
    PaperCode,
    PaperError,
    PaperOptions,
    ProblemCode,
    ReadStatus,
    printed_questions,
    read_filled_pdf,
    read_header,
    render_personalised,
    render_stage,
)
from intake.paper import fieldnames as names
from tests.paper.support import (
    ROOT,
    disk_packs,
    inline_pack,
    languages_of,
    load_or_skip,
    needs_qpdf,
    qpdf_check,
)

REFERENCE = "V-7KQ2-MX4P"
TODAY = date(2026, 11, 21)
YES = "/Yes"


def _blank(
    loaded: LoadedPack | None = None, stage: str = "one", known: set[str] | None = None
) -> bytes:
    return render_personalised(
        loaded or inline_pack(), stage, reference=REFERENCE, known=known or set(), fillable=True
    )


def _fill(pdf: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_every_field_name_follows_the_documented_scheme() -> None:
    fields = PdfReader(io.BytesIO(_blank())).get_fields() or {}
    assert names.HEADER_FIELD in fields
    others = [n for n in fields if n != names.HEADER_FIELD]
    assert all(names.parse(n) is not None for n in others), others
    assert {"q-colour-c-red", "q-colour-pnts", "q-born-day", "q-born-year", "q-story"} <= set(
        others
    )
    assert {"q-calm-c-0", "q-calm-c-10", "ci-one_end-c-1", "ci-one_end-c-5"} <= set(others)
    assert "q-staff_only" not in others, "not for self completion"


def test_a_filled_form_reads_back_with_the_right_values_source_and_stage() -> None:
    filled = _fill(
        _blank(),
        {
            "q-colour-c-blue": YES,
            "q-pets-c-cat": YES,
            "q-pets-c-dog": YES,
            "q-ok-pnts": YES,
            "q-note": "  Call after 5  ",
            "q-story": "Line one\nLine two",
            "q-born-day": "7",
            "q-born-month": "03",
            "q-born-year": "1990",
            "q-children": "2",
            "q-calm-c-0": YES,
            "ci-one_end-c-4": YES,
        },
    )
    form = read_filled_pdf(filled, inline_pack().pack, today=TODAY)
    assert form.status is ReadStatus.READY
    assert form.header == FormHeader("tiny", "2.0", "one", REFERENCE)
    got = {a.question_id: (a.value, a.status) for a in form.answers}
    answered = AnswerStatus.ANSWERED
    assert got == {
        "colour": ("blue", answered),
        "pets": (["cat", "dog"], answered),
        "ok": (None, AnswerStatus.PREFER_NOT_TO_SAY),
        "note": ("Call after 5", answered),
        "story": ("Line one\nLine two", answered),
        "born": ("1990-03-07", answered),
        "children": (2, answered),
        "calm": (0, answered),
    }
    assert {a.source for a in form.answers} == {Source.FILLABLE_PDF}
    assert {a.stage for a in form.answers} == {"one"}
    assert [(c.checkin_id, c.score) for c in form.check_ins] == [("one_end", 4)]


def test_an_untouched_form_has_no_answers() -> None:
    form = read_filled_pdf(_blank(), inline_pack().pack, today=TODAY)
    assert (form.answers, form.check_ins, form.problems) == ([], [], [])


@pytest.mark.parametrize(
    ("values", "question", "code"),
    [
        ({"q-colour-c-red": YES, "q-colour-c-blue": YES}, "colour", ProblemCode.TWO_CHOICES),
        ({"q-ok-c-yes": YES, "q-ok-c-no": YES}, "ok", ProblemCode.TWO_CHOICES),
        ({"q-pets-c-cat": YES, "q-pets-c-no_pets": YES}, "pets", ProblemCode.EXCLUSIVE_CHOICE),
        (
            {"q-born-day": "31", "q-born-month": "2", "q-born-year": "1990"},
            "born",
            ProblemCode.BAD_DATE,
        ),
        (
            {"q-born-day": "1", "q-born-month": "", "q-born-year": "1990"},
            "born",
            ProblemCode.BAD_DATE,
        ),
        (
            {"q-born-day": "1", "q-born-month": "1", "q-born-year": "90"},
            "born",
            ProblemCode.BAD_DATE,
        ),
        (
            {"q-born-day": "1", "q-born-month": "1", "q-born-year": "2030"},
            "born",
            ProblemCode.DATE_IN_FUTURE,
        ),
        ({"q-children": "two"}, "children", ProblemCode.BAD_NUMBER),
        ({"q-children": "2.5"}, "children", ProblemCode.BAD_NUMBER),
        ({"q-children": "21"}, "children", ProblemCode.OUT_OF_RANGE),
        ({"q-note": "x" * 21}, "note", ProblemCode.TOO_LONG),
        ({"q-note": "hello", "q-note-pnts": YES}, "note", ProblemCode.ANSWER_AND_DECLINE),
        ({"q-calm-c-1": YES, "q-calm-c-2": YES}, "calm", ProblemCode.TWO_CHOICES),
        ({"ci-one_end-c-1": YES, "ci-one_end-c-2": YES}, "one_end", ProblemCode.TWO_CHOICES),
    ],
)
def test_values_that_do_not_fit_the_pack_are_plain_problems_and_not_recorded(
    values: dict[str, str], question: str, code: ProblemCode
) -> None:
    filled = _fill(_blank(), {**values, "q-colour-c-red": values.get("q-colour-c-red", YES)})
    form = read_filled_pdf(filled, inline_pack().pack, today=TODAY)
    assert form.status is ReadStatus.HAS_PROBLEMS
    assert [(p.code, p.question) for p in form.problems] == [(code, question)]
    assert question not in {a.question_id for a in form.answers}
    assert question not in {c.checkin_id for c in form.check_ins}
    message = form.problems[0].message
    assert f"question '{question}'" in message.lower()
    for typed in values.values():
        if typed != YES and len(typed) > 2:
            assert typed not in message, "problems never repeat what was typed"


def test_fields_from_another_stage_are_unknown_fields() -> None:
    filled = _fill(_blank(stage="two"), {"intake-header": "INTAKE1|tiny|2.0|one|V-7KQ2-MX4P"})
    form = read_filled_pdf(filled, inline_pack().pack, today=TODAY)
    codes = {(p.code, p.field) for p in form.problems}
    assert (ProblemCode.UNKNOWN_FIELD, "q-follow-c-yes") in codes
    assert form.answers == []


def test_a_label_naming_a_stage_the_pack_lacks_is_a_damaged_label() -> None:
    filled = _fill(_blank(), {"intake-header": "INTAKE1|tiny|2.0|nine|V-7KQ2-MX4P"})
    with pytest.raises(PaperError) as error:
        read_filled_pdf(filled, inline_pack().pack)
    assert error.value.code is PaperCode.BAD_HEADER


def test_no_prefer_not_to_say_field_where_the_pack_turns_it_off() -> None:
    fields = PdfReader(io.BytesIO(_blank(stage="two"))).get_fields() or {}
    assert "q-follow-c-yes" in fields
    assert "q-follow-pnts" not in fields
    assert "q-when_call-pnts" in fields


def test_the_header_can_be_read_first_to_choose_the_pack() -> None:
    assert read_header(_blank()) == FormHeader("tiny", "2.0", "one", REFERENCE)


def test_a_form_of_another_pack_or_version_is_refused() -> None:
    other = inline_pack().pack.model_copy(update={"id": "other"})
    with pytest.raises(PaperError) as wrong_pack:
        read_filled_pdf(_blank(), other)
    assert wrong_pack.value.code is PaperCode.WRONG_PACK
    newer = inline_pack().pack.model_copy(update={"version": "3.0"})
    with pytest.raises(PaperError) as wrong_version:
        read_filled_pdf(_blank(), newer)
    assert wrong_version.value.code is PaperCode.WRONG_VERSION


def _truncated() -> bytes:
    return _blank()[:2000]


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda: b"", PaperCode.NOT_A_PDF),
        (lambda: b"hello, this is not a pdf", PaperCode.NOT_A_PDF),
        (lambda: b"%PDF-1.4\n" + bytes(range(256)) * 4, PaperCode.NOT_A_PDF),
        (_truncated, PaperCode.NOT_A_PDF),
        (lambda: render_stage(inline_pack(), "one"), PaperCode.NOT_AN_INTAKE_FORM),
        (lambda: _fill(_blank(), {"intake-header": "INTAKE1|tiny"}), PaperCode.BAD_HEADER),
    ],
    ids=["empty", "text", "garbage", "truncated", "paper-not-fillable", "damaged-label"],
)
def test_a_malformed_or_foreign_pdf_is_a_clear_error(make: object, code: PaperCode) -> None:
    data = make()  # type: ignore[operator]
    with pytest.raises(PaperError) as error:
        read_filled_pdf(data, inline_pack().pack)
    assert error.value.code is code
    assert error.value.message


@needs_qpdf
def test_blank_and_filled_forms_pass_qpdf(tmp_path: Path) -> None:
    blank = _blank()
    qpdf_check(blank, tmp_path)
    qpdf_check(_fill(blank, {"q-colour-c-red": YES, "q-note": "hi"}), tmp_path)


def _valid_fill(loaded: LoadedPack, q: QuestionT) -> tuple[dict[str, str], object]:
    """Field values giving a valid answer to q, and the value expected back."""
    pack = loaded.pack
    if isinstance(q, ScaleQuestion):
        return {names.choice(q.id, str(q.maximum)): YES}, q.maximum
    if isinstance(q, ChoiceQuestion | YesNo):
        first = pack.choices_of(q)[0].value
        expected: object = [first] if q.type == "multiple_choice" else first
        return {names.choice(q.id, first): YES}, expected
    if isinstance(q, DateQuestion):
        year = str(max(q.earliest_year, 1990))
        return {
            names.date_part(q.id, names.Part.DAY): "01",
            names.date_part(q.id, names.Part.MONTH): "02",
            names.date_part(q.id, names.Part.YEAR): year,
        }, f"{year}-02-01"
    if isinstance(q, NumberQuestion):
        number = int(q.minimum if q.minimum is not None else 1)
        return {names.text(q.id): str(number)}, number if q.integer else float(number)
    return {names.text(q.id): "ok"}, "ok"


@pytest.mark.parametrize("folder", disk_packs(), ids=lambda p: p.name)
def test_every_stage_of_every_pack_on_disk_round_trips_a_filled_form(folder: Path) -> None:
    loaded = load_or_skip(folder)
    for stage in loaded.pack.stages:
        questions = printed_questions(loaded.pack, stage, PaperOptions())
        values: dict[str, str] = {}
        expected: dict[str, object] = {}
        for q in questions:
            fill, want = _valid_fill(loaded, q)
            values |= fill
            expected[q.id] = want
        blank = render_stage(loaded, stage.id, PaperOptions(fillable=True, reference=REFERENCE))
        form = read_filled_pdf(_fill(blank, values), loaded.pack, today=TODAY)
        assert form.problems == [], stage.id
        assert {a.question_id: a.value for a in form.answers} == expected, stage.id


def test_text_typed_in_any_language_reads_back_unchanged() -> None:
    typed = "Zażółć, 你好, مرحبا"
    filled = _fill(_blank(), {"q-note": typed[:20], "q-story": typed})
    answers = {a.question_id: a.value for a in read_filled_pdf(filled, inline_pack().pack).answers}
    assert answers == {"note": typed[:20], "story": typed}


def test_every_field_tells_a_screen_reader_its_question() -> None:
    reader = PdfReader(io.BytesIO(_blank()))
    tips = {
        str(a.get_object()["/T"]): str(a.get_object().get("/TU", ""))
        for page in reader.pages
        for a in page.get("/Annots", [])
    }
    assert tips["q-colour-c-blue"] == "1. Which colour do you like?: Blue"
    assert tips["q-born-day"] == "6. Date of birth?: Day"
    assert tips["q-story"] == "5. Tell us more"
    assert tips["q-calm-c-7"] == "8. How calm?: 7"
    assert tips["q-born-pnts"] == "6. Date of birth?: Prefer not to say"
    assert tips["ci-one_end-c-2"] == "9. How was that?: 2"
    unlabelled = [n for n, t in tips.items() if not t and n != names.HEADER_FIELD]
    assert unlabelled == []


@pytest.mark.parametrize("language", languages_of(ROOT / "forms" / "core", "rtl"))
def test_a_right_to_left_fillable_form_has_the_same_fields_and_reads_back_the_same(
    language: str,
) -> None:
    """Field names never depend on the language, so a form filled in Arabic or Urdu
    reads back to exactly the answers the English form would."""
    loaded = load_or_skip(ROOT / "forms" / "core")
    for stage in loaded.pack.stages:
        values: dict[str, str] = {}
        expected: dict[str, object] = {}
        for q in printed_questions(loaded.pack, stage, PaperOptions()):
            fill, want = _valid_fill(loaded, q)
            values |= fill
            expected[q.id] = want
        options = PaperOptions(fillable=True, reference=REFERENCE, language=language)
        blank = render_stage(loaded, stage.id, options)
        english = render_stage(loaded, stage.id, PaperOptions(fillable=True, reference=REFERENCE))
        fields = PdfReader(io.BytesIO(blank)).get_fields() or {}
        assert set(fields) == set(PdfReader(io.BytesIO(english)).get_fields() or {}), stage.id
        form = read_filled_pdf(_fill(blank, values), loaded.pack, today=TODAY)
        assert form.problems == [], stage.id
        assert {a.question_id: a.value for a in form.answers} == expected, stage.id
        assert read_header(blank) == FormHeader(
            loaded.pack.id, loaded.pack.version, stage.id, REFERENCE
        )


def test_arabic_typed_into_an_arabic_form_reads_back_unchanged() -> None:
    blank = render_personalised(
        inline_pack(), "one", reference=REFERENCE, known=set(), fillable=True, language="ar"
    )
    typed = "اتصل بي بعد الخامسة"
    filled = _fill(blank, {"q-story": typed, "q-colour-c-red": YES})
    answers = {a.question_id: a.value for a in read_filled_pdf(filled, inline_pack().pack).answers}
    assert answers == {"story": typed, "colour": "red"}
