"""Page geometry, type sizes and colours for printed forms, in one place.

The numbers here carry the accessibility promises of the paper forms: A4, body text at
least 12 pt with generous leading, tick boxes big enough for shaky hands, black on white
with one dark grey for secondary text (no red or other alarming colours). Tests read
these constants and the produced PDFs, so lowering a size below the floor fails a test.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from intake.paper.fonts import BOLD, REGULAR, register_fonts
from intake.paper.text import PlainText

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 24 * mm
FOOTER_Y = 12 * mm

MIN_FONT_SIZE = 12.0
"""Nothing on a page is printed smaller than this (RNIB clear print guidance)."""
BODY_SIZE = 13.0
QUESTION_SIZE = 14.0
HEADING_SIZE = 20.0
SUBHEADING_SIZE = 16.0
SMALL_SIZE = 12.0
LEADING = 1.45
"""Line height as a multiple of font size: generous, for readers with low vision."""

BOX = 7 * mm
"""A tick box: bigger than usual so it is easy to see and to mark."""
BOX_GAP = 4 * mm
LINE_GAP = 10 * mm
"""Distance between handwriting lines."""
DIGIT_BOX = 8 * mm
QUESTION_GAP = 9 * mm
QR_SIZE = 32 * mm

INK: Color = HexColor("#000000")
SECONDARY: Color = HexColor("#333333")
"""Why-lines, definitions and hints: dark grey, still well above 7:1 contrast on white."""
RULE: Color = HexColor("#555555")
FIELD_BACKGROUND: Color = HexColor("#FFFFFF")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one document (left-to-right or right-to-left alignment)."""

    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    question: ParagraphStyle
    secondary: ParagraphStyle
    choice: ParagraphStyle
    choice_note: ParagraphStyle
    rtl: bool = False
    language: str | None = None
    """The document's language, for letter forms that differ by language (Urdu)."""

    def text(self, text: str, style: ParagraphStyle) -> PlainText:
        """Text in this document's direction and language."""
        return PlainText(text, style, rtl=self.rtl, language=self.language)


def _style(
    name: str, font: str, size: float, colour: Color, align: int, **kw: float
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * LEADING,
        textColor=colour,
        alignment=align,
        **kw,
    )


def styles(rtl: bool = False, language: str | None = None) -> Styles:
    """The styles; a right-to-left document is right-aligned."""
    register_fonts()
    align = TA_RIGHT if rtl else TA_LEFT
    return Styles(
        rtl=rtl,
        language=language,
        heading=_style(
            "heading", BOLD, HEADING_SIZE, INK, align, spaceAfter=4 * mm, keepWithNext=1
        ),
        subheading=_style(
            "subheading",
            BOLD,
            SUBHEADING_SIZE,
            INK,
            align,
            spaceBefore=4 * mm,
            spaceAfter=3 * mm,
            keepWithNext=1,
        ),
        body=_style("body", REGULAR, BODY_SIZE, INK, align, spaceAfter=3 * mm),
        question=_style("question", BOLD, QUESTION_SIZE, INK, align, spaceAfter=1.5 * mm),
        secondary=_style("secondary", REGULAR, BODY_SIZE, SECONDARY, align, spaceAfter=1.5 * mm),
        choice=_style("choice", REGULAR, BODY_SIZE, INK, align),
        choice_note=_style("choice_note", REGULAR, SMALL_SIZE, SECONDARY, align),
    )


ALL_SIZES = (BODY_SIZE, QUESTION_SIZE, HEADING_SIZE, SUBHEADING_SIZE, SMALL_SIZE)
