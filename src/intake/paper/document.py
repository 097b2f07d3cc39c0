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
from intake.paper.shaping import draw_string, needs_shaping, one_line
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

    total_align = "left"
    """Where the total sits in its three-digit slot: against the words before it."""

    def save(self) -> None:
        total = str(max(self.getPageNumber() - 1, 1))
        self.beginForm(_TOTAL_FORM)
        self.setFont(REGULAR, layout.MIN_FONT_SIZE)
        self.setFillColor(layout.INK)
        if self.total_align == "right":
            slot = self.stringWidth(_TOTAL_DIGITS, REGULAR, layout.MIN_FONT_SIZE)
            self.drawRightString(slot, 0, total)
        else:
            self.drawString(0, 0, total)
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
        if not frame.rtl:
            canv.drawString(start, layout.FOOTER_Y, frame.footer_left)
        else:
            draw_string(canv, end, layout.FOOTER_Y, frame.footer_left, REGULAR, size, align="right")
        _page_label(canv, frame, start, end)
        canv.restoreState()
        if frame.banner:
            canv.saveState()
            canv.setFillColor(layout.SECONDARY)
            y = _height - layout.MARGIN_TOP + 3
            x, align = (end, "right") if frame.rtl else (start, "left")
            draw_string(
                canv,
                x,
                y,
                frame.banner,
                REGULAR,
                size,
                align=align,
                prefer_rtl=frame.rtl,
                language=frame.language,
            )
            canv.restoreState()

    return draw


def _page_label(canv: Canvas, frame: PageFrame, start: float, end: float) -> None:
    """Draw "Page n of N" (`PaperWords.page`, split at `{total}`) in reading order: the
    words before the total, the total (a three-digit slot filled in at the end), then
    any words after it.

    Left to right, they sit at the end of the line: "Page 3 of [50]". On a right-to-left
    page they sit on the left, read from the right: "[50] من 3 صفحة" is "صفحة 3 من 50",
    and Urdu's "{total} میں سے صفحہ {n}" puts the total first, on the right of the rest."""
    n = canv.getPageNumber()
    before, _, after = frame.words.page.partition("{total}")
    before, after = before.format(n=n), after.format(n=n)
    y, size = layout.FOOTER_Y, layout.MIN_FONT_SIZE
    digits = canv.stringWidth(_TOTAL_DIGITS, REGULAR, size)
    space = canv.stringWidth(" ", REGULAR, size)
    rtl = frame.rtl and first_strong(before + after) == "rtl"
    # The total keeps to the words it follows in reading order.
    canv.total_align = "right" if bool(before.strip()) == rtl else "left"
    language = frame.language
    if not rtl:
        if frame.rtl:  # Intake's words in a left-to-right language, at the page's left
            total_x = start + draw_string(canv, start, y, before, REGULAR, size)
        else:  # at the end of the line
            total_x = end - digits - _width(canv, after, size, language, rtl)
            draw_string(canv, total_x, y, before, REGULAR, size, align="right")
        canv.translate(total_x, y)
        canv.doForm(_TOTAL_FORM)
        if after:
            draw_string(canv, digits, 0, after, REGULAR, size)
        return
    # From the left: after, total, before.
    after = after.strip()
    total_x = start + (_width(canv, after, size, language, rtl) + space if after else 0)
    if before.strip():
        x = total_x + digits + space
        draw_string(canv, x, y, before.strip(), REGULAR, size, prefer_rtl=True, language=language)
    canv.translate(total_x, y)
    canv.doForm(_TOTAL_FORM)
    if after:
        draw_string(
            canv, start - total_x, 0, after, REGULAR, size, prefer_rtl=True, language=language
        )


def _width(canv: Canvas, text: str, size: float, language: str | None, rtl: bool) -> float:
    """The width `draw_string` gives `text` in the footer's font."""
    if not text:
        return 0.0
    if not needs_shaping(text):
        return float(canv.stringWidth(text, REGULAR, size))
    return float(one_line(text, REGULAR, size, rtl, language).width)


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
