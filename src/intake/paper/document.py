"""The page frame: A4, margins, the footer on every page, and building to bytes.

The footer carries the pack id and version (so a loose page can be matched to its pack),
the reference on personalised packs, and "Page n of N". The total is only known at the
end, so it is drawn once into a form XObject that every page references: one pass, no
re-layout.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from intake.paper import layout
from intake.paper.bidi import first_strong
from intake.paper.fonts import REGULAR, register_fonts
from intake.paper.shaping import draw_string
from intake.paper.words import PaperWords

_TOTAL_FORM = "intakePageTotal"
_TOTAL_DIGITS = "000"
_BANNER = layout.MIN_FONT_SIZE * 1.6


@dataclass(frozen=True)
class PageFrame:
    """What every page says in its footer, and the document's metadata."""

    footer_left: str
    words: PaperWords
    title: str
    subject: str = ""
    keywords: str = ""
    banner: str | None = None
    """A line at the top of every page (the caseworker-copy notice)."""
    language: str | None = None
    """The document language, for screen readers and text-to-speech."""
    rtl: bool = False
    """A right-to-left document: the footer and banner are mirrored."""


class _Canvas(Canvas):  # type: ignore[misc]
    """A canvas that writes the page total into the shared form just before saving."""

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(_TOTAL_FORM)
        self.setFont(REGULAR, layout.MIN_FONT_SIZE)
        self.setFillColor(layout.INK)
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        super().save()


def _footer(frame: PageFrame) -> Any:
    """Pack id, version, stage and reference at the start of the line (left, or right on
    a right-to-left page) and "Page n of N" at its end."""

    def draw(canv: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = layout.PAGE_SIZE
        start, end = layout.MARGIN_X, width - layout.MARGIN_X
        size = layout.MIN_FONT_SIZE
        canv.saveState()
        canv.setFont(REGULAR, size)
        canv.setFillColor(layout.INK)
        canv.setStrokeColor(layout.RULE)
        canv.setLineWidth(0.6)
        rule_y = layout.FOOTER_Y + size * 1.3
        canv.line(start, rule_y, end, rule_y)
        label = frame.words.page.format(n=canv.getPageNumber())
        digits = canv.stringWidth(_TOTAL_DIGITS, REGULAR, size)
        if not frame.rtl:
            canv.drawString(start, layout.FOOTER_Y, frame.footer_left)
            total_x = end - digits
            draw_string(canv, total_x, layout.FOOTER_Y, label + " ", REGULAR, size, align="right")
        else:
            draw_string(canv, end, layout.FOOTER_Y, frame.footer_left, REGULAR, size, align="right")
            if first_strong(label) == "rtl":  # "صفحة 3 من" then the total, on its left
                total_x = start
                x = start + digits + canv.stringWidth(" ", REGULAR, size)
                draw_string(canv, x, layout.FOOTER_Y, label, REGULAR, size, prefer_rtl=True)
            else:
                total_x = start + draw_string(
                    canv, start, layout.FOOTER_Y, label + " ", REGULAR, size
                )
        canv.translate(total_x, layout.FOOTER_Y)
        canv.doForm(_TOTAL_FORM)
        canv.restoreState()
        if frame.banner:
            canv.saveState()
            canv.setFillColor(layout.SECONDARY)
            y = _height - layout.MARGIN_TOP + 3
            x, align = (end, "right") if frame.rtl else (start, "left")
            draw_string(canv, x, y, frame.banner, REGULAR, size, align=align, prefer_rtl=frame.rtl)
            canv.restoreState()

    return draw


def build(story: list[Flowable], frame: PageFrame) -> bytes:
    """Lay out the story on A4 pages and return the PDF bytes (deterministic output)."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = layout.PAGE_SIZE
    top = layout.MARGIN_TOP + (_BANNER if frame.banner else 0)
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.PAGE_SIZE,
        leftMargin=layout.MARGIN_X,
        rightMargin=layout.MARGIN_X,
        topMargin=top,
        bottomMargin=layout.MARGIN_BOTTOM,
        title=frame.title,
        author="Intake",
        creator="Intake",
        subject=frame.subject,
        keywords=frame.keywords,
        invariant=1,
        lang=frame.language,
    )
    body = Frame(
        layout.MARGIN_X,
        layout.MARGIN_BOTTOM,
        width - 2 * layout.MARGIN_X,
        height - top - layout.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=_footer(frame))])
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()


def frame_height() -> float:
    """Height of the text column, leaving room for the caseworker banner either way."""
    return float(layout.PAGE_SIZE[1] - layout.MARGIN_TOP - layout.MARGIN_BOTTOM) - _BANNER


def content_width() -> float:
    """Width of the text column, for flowables that size themselves."""
    return float(layout.PAGE_SIZE[0] - 2 * layout.MARGIN_X)
