"""Right-to-left and Arabic-script text on paper: a font for each script, shaping, and
lines put into visual order.

Text that has no right-to-left letter in it is printed by reportlab as before. Text
that has one goes through here:

1. **Fonts by script**: Arabic-script characters use Noto Naskh Arabic; everything else
   (Latin references such as V-7KQ2-MX4P, digits, brackets) uses DejaVu Sans. Spaces and
   punctuation take the font of the text before them when it has them; marks stay with
   the letter they mark.
2. **Levels**: the Unicode Bidirectional Algorithm resolves every character's level on
   the whole paragraph (`intake.paper.bidi`).
3. **Lines**: the paragraph is broken into lines in logical (typed) order, measured with
   the shaped widths.
4. **Visual order**: each line is cut into runs of one level and one font, the runs are
   reordered by rule L2, and HarfBuzz shapes each run in its own direction: Arabic
   letters take their joined forms (initial, medial, final, lam-alef), marks sit on
   their letters, and brackets in right-to-left runs are mirrored.

The glyphs are written as PDF text operators, each at HarfBuzz's position, in the
subsets reportlab embeds; `PaperFont` records the text every glyph stands for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.lib.rl_accel import escapePDF, fp_str

from intake.paper import bidi
from intake.paper.fonts import ARABIC, ARABIC_FOR, paper_font

_ARABIC_FONTS = frozenset(ARABIC_FOR.values())

_ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
ARABIC_SCALE = 1.2
"""Arabic-script runs are set this much larger than the size asked for. Naskh letters
are small for their point size beside DejaVu Sans: at the same size, Arabic would read
as smaller print than the English on the same page."""


def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x0870 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFE
    )


def needs_shaping(text: str) -> bool:
    """True if reportlab cannot print this text on its own (right to left or Arabic)."""
    return bidi.may_need_bidi(text)


def paragraph_rtl(text: str, prefer_rtl: bool) -> bool:
    """The paragraph direction. With `prefer_rtl` (a right-to-left pack's own text) it
    is right to left whenever the text has a right-to-left letter, even if it opens with
    an English name; otherwise the first strong letter decides (UAX #9 P2-P3)."""
    if prefer_rtl:
        return bidi.has_rtl_letters(text)
    return bidi.first_strong(text) == "rtl"


def _kind(char: str) -> str:
    """A: Arabic script; M: a mark or joiner; C: space, punctuation, symbol; O: other."""
    kind = _KINDS.get(char)
    if kind is None:
        category = unicodedata.category(char)
        if is_arabic_script(char):
            kind = "A"
        elif category in ("Mn", "Me") or char in _ZERO_WIDTH_JOINERS:
            kind = "M"
        elif category[0] in "ZPSC":
            kind = "C"
        else:
            kind = "O"
        _KINDS[char] = kind
    return kind


_KINDS: dict[str, str] = {}


def char_fonts(text: str, font: str) -> list[str]:
    """The font for every character: Arabic script in Noto Naskh, the rest in `font`."""
    kinds = [_kind(char) for char in text]
    if "A" not in kinds:
        return [font] * len(text)
    arabic_name = ARABIC_FOR.get(font, ARABIC)
    main = paper_font(font).face.charToGlyph
    arabic = paper_font(arabic_name).face.charToGlyph
    result: list[str | None] = []
    last: str | None = None
    for char, kind in zip(text, kinds, strict=True):
        chosen: str | None
        if kind == "A":
            has = ord(char) in arabic or ord(char) not in main
            chosen = last = arabic_name if has else font
        elif kind == "O":
            chosen = last = font
        elif kind == "C" and last == arabic_name and ord(char) not in arabic:
            chosen = font  # punctuation the Arabic font lacks (brackets, quotes)
        else:
            chosen = last  # a mark stays with its letter; punctuation with its text
        result.append(chosen)
    following = font
    fonts = [font] * len(text)
    for i in range(len(result) - 1, -1, -1):  # text opening with marks or punctuation
        chosen = result[i]
        if chosen is None:
            chosen = following
            if kinds[i] == "C" and chosen == arabic_name and ord(text[i]) not in arabic:
                chosen = font
        fonts[i] = following = chosen
    return fonts


def scale_of(font: str) -> float:
    """How much larger than the asked-for size this font is set."""
    return ARABIC_SCALE if font in _ARABIC_FONTS else 1.0


@dataclass(frozen=True)
class Run:
    """Glyphs of one font and one direction, left to right, ready to draw.

    `codes` has one character per glyph (see `PaperFont.glyph_code`). `moves` holds,
    for each glyph, the shifts HarfBuzz asks for beyond the glyph's own width, in
    1/1000 of the font size: before it, after it, and up (a mark above a letter)."""

    font: str
    codes: str
    moves: tuple[tuple[float, float, float], ...]
    width: float
    """In 1/1000 of the size asked for, the font's scale included."""


@lru_cache(maxsize=16384)
def shape(font: str, text: str, rtl: bool, language: str | None = None) -> Run:
    """Shape `text` (logical order) in one direction; glyphs come out left to right."""
    paper = paper_font(font)
    buffer = hb.Buffer()
    buffer.add_codepoints([ord(c) for c in text])
    buffer.direction = "rtl" if rtl else "ltr"
    if language:
        buffer.language = language  # Urdu has letter forms of its own in Noto Naskh
    buffer.cluster_level = hb.BufferClusterLevel.CHARACTERS
    buffer.guess_segment_properties()
    hb.shape(paper.hb_font, buffer)
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    texts = _glyph_texts(text, [info.cluster for info in infos], rtl)
    unit = paper.per_unit
    widths = paper.face.charWidths
    codes = []
    moves = []
    total = 0.0
    for info, position, glyph_text in zip(infos, positions, texts, strict=True):
        code = paper.glyph_code(info.codepoint, glyph_text)
        advance = position.x_advance * unit
        offset = position.x_offset * unit
        total += advance
        codes.append(code)
        width = widths.get(ord(code), paper.face.defaultWidth)
        moves.append((offset, advance - width - offset, position.y_offset * unit))
    return Run(font, "".join(codes), tuple(moves), total * scale_of(font))


def _glyph_texts(text: str, clusters: list[int], rtl: bool) -> list[str]:
    """The text each glyph stands for. A glyph for several characters (a ligature)
    stands for all of them; when one character needs several glyphs, the first in
    reading order carries it and the others stand for a zero-width space."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    order = range(len(clusters) - 1, -1, -1) if rtl else range(len(clusters))
    result = [""] * len(clusters)
    seen: set[int] = set()
    for k in order:
        cluster = clusters[k]
        if cluster in seen:
            result[k] = "\u200b"
        else:
            seen.add(cluster)
            result[k] = text[cluster : ends[cluster]]
    return result


@dataclass(frozen=True)
class ShapedLine:
    """One printed line: runs in visual order (left to right) and its width in points."""

    runs: tuple[Run, ...]
    width: float
    size: float


class Paragraph:
    """One paragraph of text with right-to-left or Arabic-script letters in it."""

    def __init__(self, text: str, font: str, size: float, rtl: bool, language: str | None):
        self.text, self.size, self.rtl = text, size, rtl
        self.language = language
        self.levels = bidi.levels(text, rtl)
        self.fonts = char_fonts(text, font)
        self.scale = max(map(scale_of, set(self.fonts)), default=1.0)
        """Line height and first baseline grow with the largest font on the lines, so
        enlarged Arabic keeps the same generous line spacing as English."""

    def _runs(self, start: int, end: int, levels: Sequence[int]) -> list[tuple[int, int, int]]:
        """(start, end, level) of each stretch of one font and one level, logical order."""
        runs: list[tuple[int, int, int]] = []
        begin = start
        for i in range(start + 1, end + 1):
            if (
                i == end
                or self.fonts[i] != self.fonts[begin]
                or levels[i - start] != levels[begin - start]
            ):
                runs.append((begin, i, levels[begin - start]))
                begin = i
        return runs

    def _width(self, start: int, end: int) -> float:
        """Width in points of text[start:end] laid out on one line."""
        total = 0.0
        for begin, stop, level in self._runs(start, end, self.levels[start:end]):
            run = shape(self.fonts[begin], self.text[begin:stop], level % 2 == 1, self.language)
            total += run.width
        return total * self.size / 1000

    def _space(self, index: int) -> float:
        rtl = self.levels[index] % 2 == 1
        return shape(self.fonts[index], " ", rtl, self.language).width * self.size / 1000

    def line(self, start: int, end: int) -> ShapedLine:
        """text[start:end] as one line, in visual order."""
        levels = bidi.line_levels(self.text, self.levels, start, end, self.rtl)
        runs = self._runs(start, end, levels)
        shaped = [
            shape(self.fonts[begin], self.text[begin:stop], level % 2 == 1, self.language)
            for begin, stop, level in runs
        ]
        order = bidi.reorder([level for _, _, level in runs])
        width = sum(run.width for run in shaped) * self.size / 1000
        return ShapedLine(tuple(shaped[k] for k in order), width, self.size)

    def lines(self, width: float) -> list[ShapedLine]:
        """Break into lines no wider than `width` (a word longer than that is cut)."""
        spans: list[tuple[int, int]] = []
        start = line_end = -1
        used = 0.0
        position = 0
        for word in self.text.split(" "):
            begin, end = position, position + len(word)
            position = end + 1
            if begin == end:
                continue
            word_width = self._width(begin, end)
            if start >= 0:
                space = self._space(begin - 1)
                if used + space + word_width <= width:
                    line_end, used = end, used + space + word_width
                    continue
                spans.append((start, line_end))
            start, line_end, used = begin, end, word_width
            while used > width and line_end - start > 1:
                cut = self._cut(start, line_end, width)
                spans.append((start, cut))
                start, used = cut, self._width(cut, line_end)
        if start >= 0:
            spans.append((start, line_end))
        return [self.line(begin, end) for begin, end in spans]

    def _cut(self, start: int, end: int, width: float) -> int:
        """The longest start of text[start:end] that fits, never splitting off a mark."""
        low, high = start + 1, end - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._width(start, middle) <= width:
                low = middle
            else:
                high = middle - 1
        cut = low
        while cut < end - 1 and unicodedata.category(self.text[cut]) in ("Mn", "Me"):
            cut += 1
        return cut


def draw_line(canv: Any, line: ShapedLine, x: float, y: float) -> None:
    """Draw one shaped line with its left end at x, baseline at y.

    Written as PDF text operators directly: one text object per line, each glyph
    placed where HarfBuzz put it (a TJ shift where that differs from the glyph's own
    width, a rise for a raised or lowered mark)."""
    doc = canv._doc
    parts = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    for run in line.runs:
        font = paper_font(run.font)
        size = line.size * scale_of(run.font)
        moves = iter(run.moves)
        for subset, codes in font.splitString(run.codes, doc):
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
            parts += _show(codes, moves, size)
    parts.append("ET")
    canv.addLiteral(" ".join(parts))


def _show(codes: bytes, moves: Any, size: float) -> list[str]:
    """TJ operators for one subset's codes; a change of rise starts a new one."""
    result: list[str] = []
    items: list[str] = []
    chunk = bytearray()
    rise = 0.0

    def flush_chunk() -> None:
        if chunk:
            items.append(f"({escapePDF(bytes(chunk))})")
            chunk.clear()

    def flush() -> None:
        flush_chunk()
        if items:
            result.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for code in codes:
        before, after, up = next(moves)
        wanted = up * size / 1000
        if wanted != rise:
            flush()
            result.append(f"{fp_str(wanted)} Ts")
            rise = wanted
        if before:
            flush_chunk()
            items.append(fp_str(-before))
        chunk.append(code)
        if after:
            flush_chunk()
            items.append(fp_str(-after))
    flush()
    if rise:
        result.append("0 Ts")
    return result


def one_line(
    text: str, font: str, size: float, prefer_rtl: bool = False, language: str | None = None
) -> ShapedLine:
    """Short text (a unit, a caption) as one line, whatever its length."""
    return Paragraph(text, font, size, paragraph_rtl(text, prefer_rtl), language).line(0, len(text))


def draw_string(
    canv: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    align: str = "left",
    prefer_rtl: bool = False,
    language: str | None = None,
) -> float:
    """Draw a short string anchored at x (its left end, right end or centre), shaped
    when it needs to be; returns its width."""
    if not needs_shaping(text):
        canv.setFont(font, size)
        width = float(canv.stringWidth(text, font, size))
        left = {"left": x, "right": x - width, "centre": x - width / 2}[align]
        canv.drawString(left, y, text)
        return width
    line = one_line(text, font, size, prefer_rtl, language)
    left = {"left": x, "right": x - line.width, "centre": x - line.width / 2}[align]
    draw_line(canv, line, left, y)
    return line.width
