"""Paper in every language of the default pack: right-to-left and Arabic-script text
shaped, in reading order, in a font that has every letter.

The whole pack is printed once per language (en, cy, pl, ar, ur) and checked the way a
reader would: the translated words are on the pages, Arabic letters are joined (each
letter is drawn with several contextual glyphs, not one), words and numbers sit where
right-to-left reading expects them, and poppler renders every page.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from collections import defaultdict
from dataclasses import fields
from functools import cache
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from intake.forms import LoadedPack, text_keys
from intake.paper import (
    ENGLISH,
    ItemKind,
    PaperOptions,
    layout,
    printed_items,
    render_pack,
    words_for,
)
from intake.paper.fonts import ARABIC, BOLD, REGULAR, paper_font
from intake.paper.shaping import ARABIC_SCALE, Paragraph, needs_shaping, shape
from intake.paper.subject_access import (
    SubjectAccessDocument,
    SubjectAccessLine,
    SubjectAccessSection,
    render_subject_access,
)
from intake.paper.text import PlainText
from tests.paper.support import (
    PDFTOPPM,
    ROOT,
    Word,
    has_word_run,
    languages_of,
    load_or_skip,
    needs_pdftoppm,
    needs_pdftotext,
    needs_qpdf,
    normalise,
    on_one_page,
    page_texts,
    qpdf_check,
    to_unicode,
    word_boxes,
    words,
)

CORE = ROOT / "forms" / "core"
LANGUAGES = languages_of(CORE)
RIGHT_TO_LEFT = languages_of(CORE, "rtl")
KNOWN = {
    "ar": ["ما هي ديانتك؟", "ما هو تاريخ ميلادك؟", "متى حدث ذلك؟"],
    "ur": ["آپ کا مذہب کیا ہے؟", "آپ کی تاریخِ پیدائش کیا ہے؟", "یہ کب ہوا؟"],
}
"""Wording checked by hand, so a key mapped to the wrong text would show."""


def _core() -> LoadedPack:
    return load_or_skip(CORE)


@cache
def _whole(language: str) -> bytes:
    return render_pack(_core(), PaperOptions(language=language))


def test_the_core_pack_prints_in_five_languages() -> None:
    assert sorted(LANGUAGES) == ["ar", "cy", "en", "pl", "ur"]
    assert sorted(RIGHT_TO_LEFT) == ["ar", "ur"]


def _texts(language: str) -> list[str]:
    """Every text of the pack in this language, and Intake's own words on paper (English
    and this language's)."""
    loaded = _core()
    if language == loaded.pack.language:
        texts = list(text_keys(loaded.pack).values())
    else:
        texts = list(loaded.translations[language].strings.values())
    for words_ in (ENGLISH, words_for(language)):
        texts += [getattr(words_, f.name) for f in fields(words_)]
    return [" ".join(t.split()) for t in texts]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_whole_pack_prints_its_translated_prompts(language: str) -> None:
    loaded = _core()
    pack = loaded.localised(language)
    pages = page_texts(_whole(language))
    text = " ".join(pages)
    rtl = language in RIGHT_TO_LEFT
    questions = [q for stage in pack.stages for q in stage.questions() if q.self_completion]
    sample = questions[::4]
    assert len(sample) >= 10
    for q in sample:
        wording = q.self_prompt or q.prompt
        if language != "en":
            english = loaded.pack.question(q.id)
            assert wording != (english.self_prompt or english.prompt), q.id
        for printed in [wording, *(c.label for c in pack.choices_of(q)[:3])]:
            if rtl:
                assert on_one_page(printed, pages), (q.id, printed)
            else:
                assert normalise(printed) in text, (q.id, printed)
    for known in KNOWN.get(language, []):
        assert has_word_run(known, text), known


@needs_qpdf
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_whole_pack_passes_qpdf_in_every_language(language: str, tmp_path: Path) -> None:
    qpdf_check(_whole(language), tmp_path)
    if language in RIGHT_TO_LEFT:
        fillable = PaperOptions(language=language, fillable=True, reference="V-7KQ2-MX4P")
        qpdf_check(render_pack(_core(), fillable), tmp_path)


def _glyphs_per_letter(pdf: bytes) -> dict[str, int]:
    """How many different glyphs of the regular Arabic font stand for each text."""
    glyphs: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for font, codes in to_unicode(pdf).items():
        if "NotoNaskhArabic-Regular" in font:
            for code, text in codes.items():
                glyphs[text].add((font, code))
    return {text: len(found) for text, found in glyphs.items()}


@pytest.mark.parametrize(
    ("language", "joining", "others"),
    [
        ("ar", "بتنيمعهسف", {"ا": 2, "ل": 5}),
        ("ur", "بتنمکگہیھ", {"ا": 2, "ل": 5, "ے": 1, "ۂ": 1, "۔": 1}),
    ],
)
def test_arabic_letters_are_joined(language: str, joining: str, others: dict[str, int]) -> None:
    """Unjoined text uses one glyph per letter; joined text uses the isolated, initial,
    medial and final forms, and lam-alef takes its own forms of both letters."""
    if language not in LANGUAGES:
        pytest.skip(f"the core pack has no {language} translation")
    found = _glyphs_per_letter(_whole(language))
    assert [letter for letter in joining if found.get(letter, 0) < 4] == []
    for letter, least in others.items():
        assert found.get(letter, 0) >= least, letter


def test_lam_alef_and_contextual_forms_are_not_the_letters_own_glyphs() -> None:
    font = paper_font(ARABIC)
    nominal = font.face.charToGlyph

    def glyphs(text: str) -> list[int]:
        return [nominal[ord(code)] for code in shape(ARABIC, text, rtl=True).codes]

    assert not set(glyphs("لا")) & {nominal[ord("ل")], nominal[ord("ا")]}
    middle = glyphs("ببب")
    assert len(set(middle)) == 3, "initial, medial and final forms differ"
    assert nominal[ord("ب")] not in middle


def _line_of(boxes: list[Word], text: str) -> list[Word]:
    """The boxes of `text`'s words, on the highest line where they all stand."""
    wanted = words(text)
    lines: dict[float, list[Word]] = defaultdict(list)
    for box in boxes:
        lines[round(box.y_min)].append(box)
    for y in sorted(lines):
        on_line = {min(words(b.text) or [""]): b for b in lines[y]}
        if all(w in on_line for w in wanted):
            return [on_line[w] for w in wanted]
    raise AssertionError(f"no line with {text!r}")


@needs_pdftotext
@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_words_run_from_right_to_left(language: str, tmp_path: Path) -> None:
    pdf = _whole(language)
    title = _core().localised(language).title
    line = _line_of(word_boxes(pdf, tmp_path, 1), title)
    xs = [box.x_min for box in line]
    assert xs == sorted(xs, reverse=True), "the first word is the rightmost"
    width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    assert xs[0] > width / 2


@needs_pdftotext
@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_a_question_number_starts_the_line_and_reads_left_to_right(
    language: str, tmp_path: Path
) -> None:
    pack = _core().localised(language)
    item = next(
        i for i in printed_items(pack, None) if i.kind is ItemKind.QUESTION and i.number >= 10
    )
    question = pack.question(item.id)
    wording = question.self_prompt or question.prompt
    pdf = _whole(language)
    page = next(n for n, t in enumerate(page_texts(pdf), 1) if has_word_run(wording, t))
    boxes = word_boxes(pdf, tmp_path, page)
    # Glyph order, left to right: the full stop after the number sits on its left.
    number = next(b for b in boxes if b.text == f".{item.number}")
    same_line = [b for b in boxes if abs(b.y_min - number.y_min) < 8]
    assert max(same_line, key=lambda b: b.x_min) == number, "the number starts the line"
    assert words(wording)[0] in {w for b in same_line for w in words(b.text)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_glyph_is_missing_in_any_language(language: str) -> None:
    """Every character of every text is in the font chosen for its run."""
    problems = []
    for text in _texts(language):
        for font in (REGULAR, BOLD):
            if not needs_shaping(text):
                cmap = paper_font(font).face.charToGlyph
                problems += [(font, c, text) for c in text if ord(c) not in cmap]
                continue
            rtl = language in RIGHT_TO_LEFT
            for line in Paragraph(text, font, 13, rtl, language).lines(400):
                for run in line.runs:
                    cmap = paper_font(run.font).face.charToGlyph
                    problems += [(run.font, c, text) for c in run.codes if not cmap.get(ord(c))]
    assert problems == []


def test_arabic_script_uses_the_arabic_font_and_the_rest_dejavu() -> None:
    paragraph = Paragraph("رقم المرجع (V-7KQ2-MX4P) هو 42.", REGULAR, 13, True, "ar")
    fonts = dict(zip(paragraph.text, paragraph.fonts, strict=True))
    assert fonts["ر"] == ARABIC
    assert {fonts[c] for c in "V-7KQ2MX4P()"} == {REGULAR}
    line = paragraph.lines(1000)[0]
    latin = [run.codes for run in line.runs if run.font == REGULAR]
    assert "V-7KQ2-MX4P" in latin, "a reference keeps its order"
    assert "42" in latin, "so does a number"
    order = [run.codes for run in line.runs]
    assert order.index("42") < order.index("V-7KQ2-MX4P"), "later words sit further left"


def test_lines_are_wrapped_in_reading_order_then_each_is_reordered() -> None:
    text = "الأولى الثانية الثالثة الرابعة الخامسة السادسة"
    paragraph = Paragraph(text, REGULAR, 13, True, "ar")
    one = paragraph.lines(10_000)
    assert len(one) == 1
    narrow = paragraph.lines(one[0].width * 0.6)
    assert len(narrow) == 2
    assert all(line.width <= one[0].width * 0.6 for line in narrow)
    first_line = {run.codes for run in narrow[0].runs}
    whole_first = shape(ARABIC, text.split(" ")[0], True, "ar").codes
    assert any(whole_first in codes for codes in first_line), "the first word opens line one"


def test_a_word_longer_than_the_line_is_cut() -> None:
    paragraph = Paragraph("ب" * 80, REGULAR, 13, True, "ar")
    lines = paragraph.lines(100)
    assert len(lines) > 1
    assert all(line.width <= 100 for line in lines)


def test_a_bracket_in_right_to_left_text_is_mirrored_but_reads_as_itself() -> None:
    run = shape(REGULAR, "(", rtl=True)
    font = paper_font(REGULAR)
    assert font.face.charToGlyph[ord(run.codes)] == font.face.charToGlyph[ord(")")]
    assert run.codes != "("
    assert font._texts[ord(run.codes)] == "("


def test_arabic_is_set_larger_with_room_between_its_lines() -> None:
    assert ARABIC_SCALE > 1
    assert Paragraph("مرحبا GP", REGULAR, 13, True, "ar").scale == ARABIC_SCALE
    assert Paragraph("שלום GP", REGULAR, 13, True, "he").scale == 1.0, "Hebrew is in DejaVu"
    style = layout.styles(rtl=True).body
    text = PlainText("مرحبا", style, rtl=True)
    assert text.wrap(400, 1000)[1] == pytest.approx(style.leading * ARABIC_SCALE)
    assert PlainText("Tick one box.", style, rtl=True).wrap(400, 1000)[1] == style.leading


_RENDER_IN_ORDER = """
import hashlib, sys
from intake.forms import load_pack
from intake.paper import PaperOptions, render_pack
loaded = load_pack(sys.argv[1])
for language in sys.argv[2:]:
    pdf = render_pack(loaded, PaperOptions(language=language))
print(hashlib.sha256(pdf).hexdigest())
"""


def test_the_same_pack_gives_the_same_bytes_whatever_was_printed_before() -> None:
    def digest(*languages: str) -> str:
        out = subprocess.run(
            [sys.executable, "-c", _RENDER_IN_ORDER, str(CORE), *languages],
            check=True,
            capture_output=True,
            text=True,
        )
        return out.stdout.strip()

    others = [language for language in LANGUAGES if language != "ar"][::-1]
    here = hashlib.sha256(_whole("ar")).hexdigest()
    assert digest("ar") == digest(*others, "ar") == here
    for language in RIGHT_TO_LEFT:
        assert render_pack(_core(), PaperOptions(language=language)) == _whole(language)


@needs_pdftoppm
@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_poppler_renders_every_page_and_the_text_sits_on_the_right(
    language: str, tmp_path: Path
) -> None:
    assert PDFTOPPM is not None
    pdf = _whole(language)
    src = tmp_path / "pack.pdf"
    src.write_bytes(pdf)
    done = subprocess.run(
        [PDFTOPPM, "-png", "-r", "30", str(src), str(tmp_path / "p")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0
    assert done.stderr == ""
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    with Image.open(pages[2]) as image:  # the first questions page
        grey = image.convert("L")
        half = grey.width // 2
        left, right = (
            sum(grey.crop((x, 0, x + half, grey.height)).histogram()[:128]) for x in (0, half)
        )
    assert right > 1.5 * left, "right-aligned text and boxes on the right"


def test_arabic_typed_by_a_person_is_joined_in_a_subject_access_export() -> None:
    typed = "اتصل بي بعد الساعة الخامسة من فضلك"
    document = SubjectAccessDocument(
        organisation="Example Support",
        reference="V-7KQ2-MX4P",
        exported_on="1/11/2026",
        person=[SubjectAccessLine("Name", "Test Person")],
        sections=[SubjectAccessSection("Answers", [SubjectAccessLine("Any notes?", typed)])],
    )
    pdf = render_subject_access(document)
    assert on_one_page(typed, page_texts(pdf))
    found = _glyphs_per_letter(pdf)
    assert found.get("ل", 0) >= 2, "lam is drawn in more than one joined form"
