"""Plain text that is drawn directly when it fits on one line, wrapped when it does not.

Most of a form's text is short: choice labels, "Tick one box.", headings. reportlab's
Paragraph parses markup and breaks lines for every one of them, which was most of the
time spent rendering a pack. Pack text is plain (never markup), so a line that fits is
drawn as it is, and only longer text goes through a Paragraph, with identical look.

Text with right-to-left or Arabic-script letters in it is laid out by
`intake.paper.shaping` instead: wrapped in logical order, each line shaped and put in
visual order, with the same line height as a Paragraph.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from intake.paper import shaping
from intake.paper.shaping import ShapedLine


class PlainText(Flowable):  # type: ignore[misc]
    """A paragraph of plain text (no markup) in one style.

    `rtl` says the text belongs to a right-to-left document: a text with any
    right-to-left letter in it is then laid out right to left, even when it starts with
    an English name. Otherwise the first strong letter sets the direction. `language`
    picks the language's own letter forms where the font has them (Urdu)."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        rtl: bool = False,
        language: str | None = None,
        lines: list[ShapedLine] | None = None,
    ) -> None:
        super().__init__()
        self.text = " ".join(text.split())  # as Paragraph does: whitespace collapsed
        self.style = style
        self.rtl, self.language = rtl, language
        self._para: Paragraph | None = None
        self._single = False
        self._avail = 0.0
        self._shaped = lines is not None or shaping.needs_shaping(self.text)
        self._layout: shaping.Paragraph | None = None
        self._lines: list[ShapedLine] = lines or []
        self._fixed = lines is not None
        """A part of a split paragraph keeps its lines."""
        self._lines_width = -1.0
        self._scale = 1.0

    def getPlainText(self) -> str:  # noqa: N802 - reportlab's name
        return self.text

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(escape(self.text), self.style)
        return self._para

    def shaped_lines(self, width: float) -> list[ShapedLine]:
        """The lines of right-to-left or Arabic-script text at this column width."""
        if self._fixed or width == self._lines_width:
            return self._lines
        if self._layout is None:
            style = self.style
            self._layout = shaping.Paragraph(
                self.text,
                style.fontName,
                style.fontSize,
                shaping.paragraph_rtl(self.text, self.rtl),
                self.language,
            )
        self._lines = self._layout.lines(width)
        self._lines_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent
        self._avail = avail_width
        if self._shaped:
            lines = self.shaped_lines(room)
            self.width, self.height = avail_width, self._leading() * max(len(lines), 1)
            return self.width, self.height
        width = stringWidth(self.text, style.fontName, style.fontSize)
        self._single = width <= room and style.alignment != TA_RIGHT
        if self._single:
            self.width, self.height = avail_width, float(style.leading)
            return self.width, self.height
        w, h = self._paragraph().wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        if self._shaped:
            return self._split_lines(avail_height)
        if self._single:
            return [] if self.height > avail_height else [self]
        result: list[Any] = self._paragraph().split(avail_width, avail_height)
        return result

    def _leading(self) -> float:
        scale = self._layout.scale if self._layout is not None else self._scale
        return float(self.style.leading) * scale

    def _split_lines(self, avail_height: float) -> list[Any]:
        lines = self._lines
        fit = int(avail_height // self._leading())
        if fit >= len(lines):
            return [self]
        if fit < 1 or (fit == 1 and not self.style.allowOrphans):
            return []
        return [self._part(lines[:fit]), self._part(lines[fit:])]

    def _part(self, lines: list[ShapedLine]) -> PlainText:
        part = PlainText(self.text, self.style, rtl=self.rtl, language=self.language, lines=lines)
        part._scale = self._layout.scale if self._layout is not None else self._scale
        return part

    def draw(self) -> None:
        style = self.style
        if self._shaped:
            self._draw_lines()
            return
        if not self._single:
            self._paragraph().drawOn(self.canv, 0, 0)
            return
        canv = self.canv
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        y = self.height - style.fontSize
        if style.alignment == TA_CENTER:
            canv.drawCentredString(self._avail / 2, y, self.text)
        else:
            canv.drawString(style.leftIndent, y, self.text)

    def _draw_lines(self) -> None:
        style, canv = self.style, self.canv
        canv.setFillColor(style.textColor)
        left = style.leftIndent
        room = self._avail - style.leftIndent - style.rightIndent
        leading = self._leading()
        y = self.height - style.fontSize * leading / style.leading
        for line in self._lines:
            if style.alignment == TA_RIGHT:
                x = left + room - line.width
            elif style.alignment == TA_CENTER:
                x = left + (room - line.width) / 2
            else:
                x = left
            shaping.draw_line(canv, line, x, y)
            y -= leading
