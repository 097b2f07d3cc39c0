"""Helpers for the paper tests: every pack on disk, inline packs, reading PDFs back."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from intake.forms import FormError, LoadedPack, find_packs, load_pack, parse_pack

ROOT = Path(__file__).resolve().parents[2]
PACK_ROOTS = (ROOT / "forms", ROOT / "tests" / "packs")

QPDF = shutil.which("qpdf")
PDFTOPPM = shutil.which("pdftoppm")
PDFTOTEXT = shutil.which("pdftotext")
needs_qpdf = pytest.mark.skipif(QPDF is None, reason="qpdf is not installed (apt-get install qpdf)")
needs_pdftoppm = pytest.mark.skipif(
    PDFTOPPM is None, reason="pdftoppm is not installed (apt-get install poppler-utils)"
)
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext is not installed (apt-get install poppler-utils)"
)


@dataclass(frozen=True)
class Case:
    """One pack on disk, one of its stages, one of its languages."""

    folder: Path
    stage: str
    language: str

    @property
    def id(self) -> str:
        return f"{self.folder.name}-{self.stage}-{self.language}"


def disk_packs() -> list[Path]:
    return [p for root in PACK_ROOTS for p in find_packs(root)]


@cache
def _load(folder: Path) -> LoadedPack | int:
    """The loaded pack, or how many problems stop it loading (loaded once per run)."""
    try:
        return load_pack(folder)
    except FormError as exc:
        return len(exc.problems)


def load_or_skip(folder: Path) -> LoadedPack:
    """Load a pack on disk; a pack still being written (its own checks fail) is skipped."""
    loaded = _load(folder)
    if isinstance(loaded, int):
        pytest.skip(f"pack {folder.name} does not load yet ({loaded} problem(s))")
    return loaded


def languages_of(folder: Path, direction: str | None = None) -> list[str]:
    """A pack's languages (those of one direction), found when tests are collected."""
    loaded = _load(folder)
    if isinstance(loaded, int):
        return []
    return [lang for lang in loaded.languages if direction in (None, loaded.direction(lang))]


def cases() -> list[Case]:
    """Every stage of every pack on disk in every language, found when tests are collected."""
    found: list[Case] = []
    for folder in disk_packs():
        loaded = _load(folder)
        if isinstance(loaded, int):
            found.append(Case(folder, "(does not load)", "-"))
            continue
        for stage in loaded.pack.stages:
            found += [Case(folder, stage.id, lang) for lang in loaded.languages]
    return found


INLINE = """\
id: tiny
version: "2.0"
title: Tiny pack & <friends>
description: A pack written inside the tests.
choice_lists:
  colours:
    - {value: red, label: Red}
    - {value: blue, label: Blue, definition: Like the sky.}
stages:
  - id: one
    title: Stage one
    transparency:
      say: I will ask a few questions so we can help you.
      self: We ask a few questions so we can help you.
    check_ins:
      - {id: one_end, position: end, prompt: How was that?}
    sections:
      - id: main
        title: Main things
        questions:
          - {id: colour, type: single_choice, choice_list: colours, prompt: Which colour?,
             self_prompt: Which colour do you like?, why: To paint the room.}
          - {id: pets, type: multiple_choice, prompt: Which pets?, why: For visits.,
             choices: [{value: cat, label: Cat}, {value: dog, label: Dog},
                       {value: no_pets, label: No pets, exclusive: true}]}
          - {id: ok, type: yes_no, prompt: Is this ok?, why: To check.}
          - {id: note, type: short_text, prompt: Any note?, why: In your words., max_length: 20}
          - {id: story, type: long_text, prompt: Tell us more, why: If you want to.}
          - {id: born, type: date, prompt: Date of birth?, why: For age., personal: true}
          - {id: children, type: number, prompt: How many children?, why: For help.,
             minimum: 0, maximum: 20, unit: children}
          - {id: calm, type: scale, prompt: How calm?, why: To check in., minimum: 0, maximum: 10}
          - {id: staff_only, type: short_text, prompt: Officer's note, self_completion: false}
  - id: two
    title: Stage two
    sections:
      - id: later
        title: Later
        questions:
          - {id: follow, type: yes_no, prompt: Want a follow up call?, why: To plan.,
             prefer_not_to_say: false}
          - {id: when_call, type: short_text, prompt: When is best?,
             when: {question: follow, equals: "yes"}}
"""

ARABIC = """\
language: ar
name: العربية
direction: rtl
strings:
  question.colour.prompt: ما هو اللون؟
  question.colour.self_prompt: ما هو اللون الذي تحبه؟
  question.colour.why: لطلاء الغرفة.
  stage.one.title: المرحلة الأولى
"""

POLISH = """\
language: pl
name: Polski
strings:
  question.colour.self_prompt: Który kolor lubisz? Zażółć gęślą jaźń.
  question.ok.prompt: Czy to jest w porządku?
"""


@cache
def inline_pack() -> LoadedPack:
    """The inline pack with Arabic and Polish translations (parsed once; never mutated)."""
    loaded, problems = parse_pack(INLINE, translations={"ar": ARABIC, "pl": POLISH})
    assert loaded is not None, "\n".join(map(str, problems))
    return loaded


def normalise(text: str) -> str:
    """Whitespace collapsed, so text wrapped over lines compares with the original."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def page_texts(pdf: bytes) -> list[str]:
    return [normalise(p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def words(text: str) -> list[str]:
    """The words of a text, compared whatever order extraction gives a right-to-left
    line's characters: NFKC (undoing Arabic presentation forms), letters only (marks
    dropped; digits, punctuation and bidi controls end a word: a question number set at
    the start of a right-to-left line may come out anywhere in it), and each word as the
    smaller of itself and its reverse."""
    letters = []
    for char in unicodedata.normalize("NFKC", text):
        kind = unicodedata.category(char)[0]
        if kind == "L":
            letters.append(char)
        elif kind != "M":
            letters.append(" ")
    return [min(word, word[::-1]) for word in "".join(letters).split()]


def has_word_run(expected: str, text: str) -> bool:
    """True if the words of `expected` stand together, in order or reversed, in `text`.

    For text printed as one run of one script: extraction puts each run of a mixed
    right-to-left line (a number, a bracket, an English name) where it is drawn, in
    visual order, so a longer text is better checked with `on_one_page`."""
    want, have = words(expected), words(text)
    size = len(want)
    runs = {tuple(have[i : i + size]) for i in range(len(have) - size + 1)}
    return tuple(want) in runs or tuple(reversed(want)) in runs


def on_one_page(expected: str, pages: list[str]) -> bool:
    """True if one page has every word of `expected`, as often as it uses them."""
    need = Counter(words(expected))
    return any(not need - Counter(words(page)) for page in pages)


def to_unicode(pdf: bytes) -> dict[str, dict[int, str]]:
    """Each embedded font subset's ToUnicode map (code -> text), by its BaseFont name."""
    reader = PdfReader(io.BytesIO(pdf))
    result: dict[str, dict[int, str]] = {}
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            if name in result or "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            entries = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.DOTALL))
            result[name] = {
                int(code, 16): bytes.fromhex(text).decode("utf-16-be")
                for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", entries)
            }
    return result


@dataclass(frozen=True)
class Word:
    """A word poppler found on a page: its text (glyph order) and where it is."""

    text: str
    x_min: float
    y_min: float


def word_boxes(pdf: bytes, tmp_path: Path, page: int) -> list[Word]:
    """The words of one page (1-based) with their positions, from `pdftotext -bbox`."""
    assert PDFTOTEXT is not None
    src = tmp_path / "words.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(
        [PDFTOTEXT, "-bbox", "-f", str(page), "-l", str(page), str(src), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)
    return [Word(unescape(text), float(x), float(y)) for x, y, text in found]


def font_sizes(pdf: bytes) -> set[float]:
    """Every font size set by a Tf operator in the pages and the forms they draw."""
    reader = PdfReader(io.BytesIO(pdf))
    sizes: set[float] = set()
    for page in reader.pages:
        streams = [ContentStream(page.get_contents(), reader)]
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form":
                streams.append(ContentStream(obj, reader))
        for stream in streams:
            sizes |= {float(ops[1]) for ops, op in stream.operations if op == b"Tf"}
    return sizes


def qpdf_check(pdf: bytes, tmp_path: Path) -> None:
    assert QPDF is not None
    file = tmp_path / "check.pdf"
    file.write_bytes(pdf)
    result = subprocess.run([QPDF, "--check", str(file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def first_page_png(pdf: bytes, tmp_path: Path, dpi: int = 150) -> Path:
    assert PDFTOPPM is not None
    src = tmp_path / "page.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        [PDFTOPPM, "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(src), str(tmp_path / "p")],
        check=True,
    )
    return next(tmp_path.glob("p-*.png"))
