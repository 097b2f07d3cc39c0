"""Plain text that is drawn directly when it fits on one line, wrapped when it does not.

Most of a form's text is short: choice labels, "Tick one box.", headings. reportlab's
Paragraph parses markup and breaks lines for every one of them, which was most of the
time spent rendering a pack. Pack text is plain (never markup), so a line that fits is
drawn as it is, and only longer text goes through a Paragraph, with identical look.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph


class PlainText(Flowable):  # type: ignore[misc]
    """A paragraph of plain text (no markup) in one style."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = " ".join(text.split())  # as Paragraph does: whitespace collapses
        self.style = style
        self._para: Paragraph | None = None
        self._single = False
        self._avail = 0.0

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

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        style = self.style
        room = avail_width - style.leftIndent - style.rightIndent
        width = stringWidth(self.text, style.fontName, style.fontSize)
        self._single = width <= room and style.alignment != TA_RIGHT
        self._avail = avail_width
        if self._single:
            self.width, self.height = avail_width, float(style.leading)
            return self.width, self.height
        w, h = self._paragraph().wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        if self._single:
            return [] if self.height > avail_height else [self]
        result: list[Any] = self._paragraph().split(avail_width, avail_height)
        return result

    def draw(self) -> None:
        style = self.style
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
