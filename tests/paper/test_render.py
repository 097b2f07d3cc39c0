"""Printing stages and packs: every pack on disk, every stage, every language."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from intake.forms import LoadedPack, Pack, QuestionT
from intake.paper import (
    ENGLISH,
    ItemKind,
    PaperCode,
    PaperError,
    PaperOptions,
    printed_items,
    printed_questions,
    render_pack,
    render_stage,
)
from tests.paper.support import (
    Case,
    cases,
    disk_packs,
    font_sizes,
    inline_pack,
    load_or_skip,
    needs_qpdf,
    normalise,
    page_texts,
    pdf_text,
    qpdf_check,
    words,
)

CASES = cases()


def _expected_texts(questions: list[QuestionT], caseworker: bool = False) -> list[str]:
    texts: list[str] = []
    for q in questions:
        texts.append(q.prompt if caseworker else (q.self_prompt or q.prompt))
        if q.why:
            texts.append(q.why)
    return [normalise(t) for t in texts]


def _assert_printed(pdf: bytes, expected: list[str], rtl: bool) -> None:
    text = pdf_text(pdf)
    if not rtl:
        missing = [t for t in expected if t not in text]
        assert not missing, f"not on the page: {missing}"
        return
    # Right-to-left lines are drawn in visual order, so extraction may give a line's
    # words and punctuation in another order: every word must be there, as often.
    have = Counter(words(text))
    missing = [t for t in expected if Counter(words(t)) - have]
    assert not missing, f"words not on the page: {missing}"


def _stage_check(loaded: LoadedPack, stage: str, language: str) -> bytes:
    pdf = render_stage(loaded, stage, PaperOptions(language=language))
    assert min(font_sizes(pdf)) >= 12
    pack = loaded.localised(language)
    questions = printed_questions(pack, pack.stage(stage), PaperOptions())
    _assert_printed(pdf, _expected_texts(questions), loaded.direction(language) == "rtl")
    return pdf


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_stage_of_every_pack_on_disk_prints_every_question_and_why(case: Case) -> None:
    loaded = load_or_skip(case.folder)
    _stage_check(loaded, case.stage, case.language)


@needs_qpdf
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_stage_of_every_pack_on_disk_passes_qpdf_check(case: Case, tmp_path: Path) -> None:
    loaded = load_or_skip(case.folder)
    qpdf_check(render_stage(loaded, case.stage, PaperOptions(language=case.language)), tmp_path)


@needs_qpdf
@pytest.mark.parametrize("folder", disk_packs(), ids=lambda p: p.name)
def test_every_pack_on_disk_passes_qpdf_whole_fillable_and_for_caseworkers(
    folder: Path, tmp_path: Path
) -> None:
    loaded = load_or_skip(folder)
    for options in (
        PaperOptions(),
        PaperOptions(fillable=True, reference="V-7KQ2-MX4P"),
        PaperOptions(for_caseworker=True, language=loaded.languages[-1]),
    ):
        qpdf_check(render_pack(loaded, options), tmp_path)


@pytest.mark.parametrize("folder", disk_packs(), ids=lambda p: p.name)
def test_every_pack_on_disk_prints_whole_in_every_language(folder: Path) -> None:
    loaded = load_or_skip(folder)
    for language in loaded.languages:
        pdf = render_pack(loaded, PaperOptions(language=language))
        pack = loaded.localised(language)
        questions = [q for s in pack.stages for q in printed_questions(pack, s, PaperOptions())]
        _assert_printed(pdf, _expected_texts(questions), loaded.direction(language) == "rtl")


@pytest.mark.parametrize("language", ["en", "ar", "pl"])
@pytest.mark.parametrize("stage", ["one", "two"])
def test_the_inline_pack_prints_every_stage_in_every_language(
    stage: str, language: str, tmp_path: Path
) -> None:
    pdf = _stage_check(inline_pack(), stage, language)
    if language == "pl" and stage == "one":
        assert "Zażółć gęślą jaźń" in pdf_text(pdf)
    if language == "en" and stage == "one":
        assert "Which colour do you like?" in pdf_text(pdf)
        assert "Which colour?" not in pdf_text(pdf), "self wording replaces the caseworker's"


def test_the_first_page_explains_privacy_and_the_right_to_skip() -> None:
    pages = page_texts(render_stage(inline_pack(), "one"))
    first = pages[0]
    assert "We ask a few questions so we can help you." in first
    assert normalise(ENGLISH.what_happens) in first
    assert "You can skip any question" in first
    assert "Which colour do you like?" not in first
    assert "Which colour do you like?" in " ".join(pages[1:])


def test_every_page_is_a4_and_carries_pack_id_version_and_page_number() -> None:
    pdf = render_pack(inline_pack())
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 3
    for n, (page, text) in enumerate(zip(reader.pages, page_texts(pdf), strict=True), start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        assert "tiny 2.0" in text
        assert f"Page {n} of {total}" in text


def test_questions_not_for_self_completion_are_only_on_the_caseworker_copy() -> None:
    loaded = inline_pack()
    person = pdf_text(render_stage(loaded, "one"))
    caseworker = pdf_text(render_stage(loaded, "one", PaperOptions(for_caseworker=True)))
    assert "Officer's note" not in person
    assert "Officer's note" in caseworker
    assert "Which colour?" in caseworker, "the caseworker copy uses the caseworker's wording"
    assert normalise(ENGLISH.caseworker_copy) in caseworker


def test_each_question_type_gets_its_instructions_and_a_prefer_not_to_say_box() -> None:
    text = pdf_text(render_stage(inline_pack(), "one"))
    for wording in (
        ENGLISH.tick_one,
        ENGLISH.tick_any,
        ENGLISH.write_answer,
        ENGLISH.write_date,
        ENGLISH.write_number,
        ENGLISH.tick_scale,
        "Day",
        "Month",
        "Year",
        "Blue Like the sky.",
        "children",
    ):
        assert wording in text
    assert text.count(ENGLISH.prefer_not_to_say) >= 8
    assert "0 1 2 3 4 5 6 7 8 9 10" in text


def test_a_conditional_question_says_when_to_answer_it() -> None:
    text = pdf_text(render_stage(inline_pack(), "two"))
    assert "Only answer this if you ticked “Yes” for question 1." in text


def test_an_unknown_stage_or_language_is_a_clear_error() -> None:
    loaded = inline_pack()
    with pytest.raises(PaperError) as stage_error:
        render_stage(loaded, "nope")
    assert stage_error.value.code is PaperCode.UNKNOWN_STAGE
    assert "one, two" in stage_error.value.message
    with pytest.raises(PaperError) as language_error:
        render_stage(loaded, "one", PaperOptions(language="fr"))
    assert language_error.value.code is PaperCode.UNKNOWN_LANGUAGE


def test_the_same_input_gives_the_same_bytes() -> None:
    loaded = inline_pack()
    assert render_pack(loaded) == render_pack(loaded)


_TEXT = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip() != "")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=_TEXT, why=_TEXT)
def test_any_text_a_pack_author_writes_prints_without_crashing(prompt: str, why: str) -> None:
    base = inline_pack().pack.model_dump(by_alias=True)
    question = base["stages"][0]["sections"][0]["questions"][3]
    question.update(prompt=prompt, why=why)
    loaded = LoadedPack(Pack.model_validate(base), None)
    pdf = render_stage(loaded, "one")
    assert pdf.startswith(b"%PDF")
    if prompt.isascii() and prompt.isalnum():
        assert prompt in pdf_text(pdf)


@needs_qpdf
def test_a_right_to_left_pack_prints_and_passes_qpdf(tmp_path: Path) -> None:
    qpdf_check(render_pack(inline_pack(), PaperOptions(language="ar")), tmp_path)


def test_a_question_without_prefer_not_to_say_gets_no_such_box() -> None:
    questions = " ".join(page_texts(render_stage(inline_pack(), "two"))[1:])
    assert questions.count(ENGLISH.prefer_not_to_say) == 1, "only 'When is best?' offers it"


def test_the_document_names_its_language_and_title() -> None:
    reader = PdfReader(io.BytesIO(render_stage(inline_pack(), "one", PaperOptions(language="pl"))))
    assert reader.trailer["/Root"]["/Lang"] == "pl"
    assert reader.metadata is not None
    assert reader.metadata.title == "Tiny pack & <friends>: Stage one"


def test_a_stage_without_closing_words_ends_with_thanks() -> None:
    assert page_texts(render_stage(inline_pack(), "one"))[-1].endswith("Thank you.")


@pytest.mark.parametrize("folder", disk_packs(), ids=lambda p: p.name)
def test_printed_items_give_the_numbers_on_the_page(folder: Path) -> None:
    loaded = load_or_skip(folder)
    pack = loaded.pack
    known = {pack.stages[0].questions()[0].id}
    options = PaperOptions(known=frozenset(known))
    items = printed_items(pack, None, options)
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    assert known.isdisjoint(i.id for i in items)
    text = pdf_text(render_pack(loaded, options))
    for item in items:
        if item.kind is ItemKind.QUESTION:
            q = pack.question(item.id)
            wording = normalise(q.self_prompt or q.prompt)
        else:
            spec = next(c for c in pack.stage(item.stage).check_ins if c.id == item.id)
            wording = normalise(spec.self_prompt or spec.prompt)
        assert f"{item.number}. {wording}" in text


def test_printed_items_of_one_stage_and_an_unknown_stage() -> None:
    pack = inline_pack().pack
    items = printed_items(pack, "one")
    assert [(i.number, i.id) for i in items][:2] == [(1, "colour"), (2, "pets")]
    assert items[-1].kind is ItemKind.CHECK_IN
    assert "staff_only" not in {i.id for i in items}
    with pytest.raises(PaperError):
        printed_items(pack, "nine")
