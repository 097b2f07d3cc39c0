"""A short PDF summary of a return: each table with a simple bar chart.

Made for a trustee or commissioner reading on paper: 12-point text, calm blue-grey
bars, figures beside every bar, and [c] in place of a withheld figure with a footnote
saying why. The PDF is written with reportlab's invariant mode, so it carries no
creation time and the same return always gives the same bytes.

Languages: English is printed in Helvetica. Text Helvetica cannot show (Welsh ŵ and ŷ,
Polish ą, ę, ł ...) is printed in DejaVu Sans, the Unicode font Intake bundles for paper
forms (read from `intake/paper/fonts`, a file, not a module). Right-to-left scripts
(Arabic, Urdu) need shaping and bidirectional layout this writer does not do yet, so a
return in those languages gets its PDF summary in English, which says so on its first
page; `pdf_language` tells the caller. The CSV, XLSX and JSON files are in the return's
language whatever the script.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from intake.returns.labels import ENGLISH, ENGLISH_LABELS
from intake.returns.tables import SUPPRESSED, Cell, PublishedTable, Return, Shape
from intake.returns.writers.text import caption

INK = colors.HexColor("#1F2A33")
MUTED = colors.HexColor("#56636E")
BAR = colors.HexColor("#5B87A6")
HEAD = colors.HexColor("#E3ECF3")
RULE = colors.HexColor("#B8C6D1")
FONT, BOLD = "Helvetica", "Helvetica-Bold"
UNICODE_FONT, UNICODE_BOLD = "IntakeReturnSans", "IntakeReturnSans-Bold"
FONT_DIR = Path(__file__).resolve().parents[2] / "paper" / "fonts"
_FONT_FILES = {UNICODE_FONT: "DejaVuSans.ttf", UNICODE_BOLD: "DejaVuSans-Bold.ttf"}
WIDTH = A4[0] - 40 * mm
# Which column each kind of table charts (by column key), where the chart is not of the
# categories, and the caption saying so.
CHART_COLUMN = {
    "rights": ("delivered", "pdf.chart.delivered"),
    "outcome_change": ("improved", "pdf.chart.improved"),
    "repeat": ("more_than_one_journey", "pdf.chart.more_than_one_journey"),
}
LABEL_CHARS = 34
RIGHT_TO_LEFT = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})


@dataclass(frozen=True)
class Styles:
    """The fonts and paragraph styles of one summary."""

    regular: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    head_number: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle

    @classmethod
    def of(cls, regular: str, bold: str) -> Styles:
        body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=16, textColor=INK)
        small = ParagraphStyle("small", parent=body, fontSize=11, leading=14, textColor=MUTED)
        cell = ParagraphStyle("cell", parent=body, fontSize=12, leading=14.5)
        cell_bold = ParagraphStyle("cellb", parent=cell, fontName=bold)
        head_cell = ParagraphStyle("headcell", parent=cell_bold, fontSize=11, leading=13.5)
        head_number = ParagraphStyle("headnumber", parent=head_cell, alignment=TA_RIGHT)
        h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=20, leading=25)
        h1.spaceAfter = 6
        h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=14, leading=18)
        h2.spaceBefore, h2.spaceAfter = 14, 4
        return cls(regular, bold, body, small, cell, cell_bold, head_cell, head_number, h1, h2)


_lock = threading.Lock()


def _unicode_fonts() -> bool:
    """Register DejaVu Sans under the returns' own names; False when it is not there."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if all(name in registered for name in _FONT_FILES):
            return True
        try:
            for name, file in _FONT_FILES.items():
                if name not in registered:
                    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        except (OSError, ValueError, TypeError):  # reportlab raises TTFError (a ValueError)
            return False
        # <b> in a paragraph picks the bold face of the family.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(UNICODE_FONT, bold, italic, UNICODE_BOLD if bold else UNICODE_FONT)
        return True


def _helvetica_can_show(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _covered(text: str, font: str) -> bool:
    face = pdfmetrics.getFont(font).face
    return all(ord(ch) in face.charToGlyph for ch in text if not ch.isspace())


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RIGHT_TO_LEFT for ch in text)


def printed_text(ret: Return) -> Iterator[str]:
    """Every string the summary of `ret` prints."""
    yield ret.title
    yield ret.description or ""
    yield ret.period_text
    yield ret.rule()
    for key in ("pdf.period", "pdf.made_on", "pdf.withheld", "total", "pdf.chart.row_totals"):
        yield ret.word(key, symbol=SUPPRESSED)
    yield ret.word("pdf.page", page=1)
    yield ret.word("pdf.footer", title=ret.title, period=ret.period_text)
    for _column, key in CHART_COLUMN.values():
        yield ret.word(key)
    for table in ret.tables:
        f = table.frame
        yield f.title
        yield caption(ret, table)
        yield f.row_header
        yield from f.rows
        yield from f.columns


def _fonts_for(ret: Return) -> tuple[str, str] | None:
    """The fonts that print every string of `ret`, or None when none do."""
    if ret.labels.direction == "rtl":
        return None
    text = "".join(printed_text(ret))
    if _right_to_left(text):
        return None
    if _helvetica_can_show(text):
        return FONT, BOLD
    if _unicode_fonts() and _covered(text, UNICODE_FONT) and _covered(text, UNICODE_BOLD):
        return UNICODE_FONT, UNICODE_BOLD
    return None


def pdf_language(ret: Return) -> str:
    """The language the PDF summary of `ret` is written in: the return's own, or English
    when the summary cannot print that language's script yet (Arabic, Urdu)."""
    return ret.language if _fonts_for(ret) is not None else ENGLISH


def pdf_bytes(ret: Return) -> bytes:
    """The PDF summary, in the return's language where it can be printed (see
    `pdf_language`), otherwise in English with a note saying why."""
    fonts = _fonts_for(ret)
    fallback = None
    if fonts is None:
        fallback = ret.labels
        ret = ret.relabel(ENGLISH_LABELS)
        fonts = (FONT, BOLD)
    st = Styles.of(*fonts)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=ret.title,
        author="Intake",
        invariant=True,
        lang=ret.language,
    )
    story: list[Flowable] = [Paragraph(escape(ret.title), st.h1)]
    if fallback is not None:
        name = escape(fallback.english_name)
        why = (
            f"{name} is written right to left, in letters that join"
            if fallback.direction == "rtl"
            else "the font has no letters for it"
        )
        story += [
            Paragraph(
                f"<b>This summary is in English.</b> It cannot print {name} yet, because "
                f"{why}. The CSV, XLSX and JSON files of this return are in {name}, with the "
                "same figures.",
                st.body,
            ),
            Spacer(1, 6),
        ]
    if ret.description:
        story += [Paragraph(escape(ret.description), st.body), Spacer(1, 4)]
    story += [
        Paragraph(
            f"<b>{escape(ret.word('pdf.period'))}</b> {escape(ret.period_text)} &nbsp;&nbsp; "
            f"<b>{escape(ret.word('pdf.made_on'))}</b> {ret.generated_on.isoformat()}",
            st.body,
        ),
        Spacer(1, 4),
        Paragraph(escape(ret.rule()), st.small),
    ]
    for table in ret.tables:
        story += _section(ret, table, st)
    footer = _footer(ret, st)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _footer(ret: Return, st: Styles) -> Callable[[Any, Any], None]:
    """The page footer: the return and period, and the page number."""

    def draw(canvas: Any, doc: Any) -> None:
        page = ret.word("pdf.page", page=doc.page)
        room = WIDTH - stringWidth(page, st.regular, 10) - 12
        line = _fitted(ret, st.regular, 10, room)
        canvas.saveState()
        canvas.setFont(st.regular, 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 10 * mm, line)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, page)
        canvas.restoreState()

    return draw


def _fitted(ret: Return, font: str, size: float, room: float) -> str:
    """The footer's words, the title shortened (…) until they fit in `room` points."""
    title = ret.title
    for n in range(len(title), 8, -1):
        line = ret.word("pdf.footer", title=title, period=ret.period_text)
        if stringWidth(line, font, size) <= room:
            return line
        title = ret.title[: n - 1].rstrip(" ,.;:(") + "…"
    return ret.word("pdf.footer", title=title, period=ret.period_text)


def _section(ret: Return, table: PublishedTable, st: Styles) -> list[Flowable]:
    head: list[Flowable] = [Paragraph(escape(table.title), st.h2)]
    head.append(Paragraph(escape(caption(ret, table)), st.small))
    head.append(Spacer(1, 4))
    parts: list[Flowable] = [_grid(ret, table, st)]
    chart = _chart(ret, table, st)
    if chart is not None:
        parts += [Spacer(1, 6), chart]
    if table.any_suppressed:
        withheld = ret.word("pdf.withheld", symbol=SUPPRESSED)
        parts.append(Paragraph(escape(withheld), st.small))
    # Keep heading, table and chart on one page where they fit; reportlab splits them
    # when they do not.
    return [KeepTogether([*head, *parts])]


def _text(cell: Cell) -> str:
    return SUPPRESSED if cell.value is None else f"{cell.value:,}"


def _grid(ret: Return, table: PublishedTable, st: Styles) -> Table:
    f = table.frame
    total = ret.word("total")
    has_row_total = table.row_totals is not None
    header = [Paragraph(escape(f.row_header), st.head_cell)]
    header += [Paragraph(escape(c), st.head_number) for c in f.columns]
    if has_row_total:
        header.append(Paragraph(escape(total), st.head_number))
    data: list[list[object]] = [header]
    for i, (label, row) in enumerate(zip(f.rows, table.cells, strict=True)):
        line: list[object] = [Paragraph(escape(label), st.cell), *[_text(c) for c in row]]
        if table.row_totals is not None:
            line.append(_text(table.row_totals[i]))
        data.append(line)
    if table.column_totals is not None:
        line = [Paragraph(escape(total), st.cell_bold), *[_text(c) for c in table.column_totals]]
        if table.grand_total is not None:
            line.append(_text(table.grand_total))
        data.append(line)
    widths = _widths(table, [*f.columns] + ([total] if has_row_total else []), st)
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), st.regular, 12),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.column_totals is not None:
        style.append(("FONT", (1, -1), (-1, -1), st.bold, 12))
    if has_row_total:
        style.append(("FONT", (-1, 1), (-1, -1), st.bold, 12))
    grid.setStyle(TableStyle(style))
    return grid


def _widths(table: PublishedTable, headings: list[str], st: Styles) -> list[float]:
    """Figure columns as wide as their longest heading word or figure (headings wrap
    between words, never inside one); the label column takes the rest, up to a cap."""
    figures = [c.text() for c in table.all_cells()]
    widest_figure = max((stringWidth(x, st.bold, 12) for x in figures), default=0)
    size = st.head_cell.fontSize
    needed = [
        max(max((stringWidth(w, st.bold, size) for w in h.split()), default=0), widest_figure) + 14
        for h in headings
    ]
    first = min(WIDTH - sum(needed), WIDTH * (0.55 if len(headings) <= 2 else 0.4))
    if len(headings) <= 2:
        return [first, *needed]
    spare = (WIDTH - first - sum(needed)) / len(needed)
    return [first, *(w + spare for w in needed)]


def series(table: PublishedTable) -> tuple[list[str], list[Cell]] | None:
    """The labels and figures a table's chart shows, or None for no chart."""
    f = table.frame
    if f.shape in (Shape.LIST, Shape.ONE_WAY):
        return list(f.rows), [row[0] for row in table.cells]
    if f.shape is Shape.CROSSTAB and table.row_totals is not None:
        return list(f.rows), list(table.row_totals)
    chosen = CHART_COLUMN.get(f.kind)
    if chosen is not None and chosen[0] in f.column_keys:
        j = f.column_keys.index(chosen[0])
        return list(f.rows), [row[j] for row in table.cells]
    return None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _chart(ret: Return, table: PublishedTable, st: Styles) -> Drawing | None:
    got = series(table)
    if got is None:
        return None
    labels, cells = got
    if not any(c.value for c in cells):
        return None
    f = table.frame
    bar_h = 17
    height = bar_h * len(labels) + 34
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 22
    chart.width, chart.height = WIDTH - 62 * mm - 18 * mm, bar_h * len(labels)
    values = [c.value or 0 for c in cells]
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_short(x) for x in reversed(labels)]
    chart.categoryAxis.labels.fontName = st.regular
    chart.categoryAxis.labels.fontSize = 11
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 4
    chart.barLabelFormat = lambda v: ""  # the figures are drawn below, with [c] marks
    drawing.add(chart)
    top = max(values) or 1
    for i, cell in enumerate(reversed(cells)):
        v = cell.value or 0
        x = chart.x + chart.width * v / top + 4
        y = chart.y + bar_h * i + bar_h / 2 - 4
        drawing.add(String(x, y, _text(cell), fontName=st.regular, fontSize=11, fillColor=INK))
    caption = ""
    if f.kind in CHART_COLUMN:
        caption = ret.word(CHART_COLUMN[f.kind][1])
    elif f.shape is Shape.CROSSTAB:
        caption = ret.word("pdf.chart.row_totals")
    if caption:
        drawing.add(String(0, 4, caption, fontName=st.regular, fontSize=10, fillColor=MUTED))
    return drawing
