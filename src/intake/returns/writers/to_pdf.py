"""A short PDF summary of a return: each table with a simple bar chart.

Made for a trustee or commissioner reading on paper: 12-point text, calm blue-grey
bars, figures beside every bar, and [c] in place of a withheld figure with a footnote
saying why. The PDF is written with reportlab's invariant mode, so it carries no
creation time and the same return always gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from intake.returns.tables import SUPPRESSED, Cell, PublishedTable, Return, Shape
from intake.returns.writers.to_csv import TOTAL

INK = colors.HexColor("#1F2A33")
MUTED = colors.HexColor("#56636E")
BAR = colors.HexColor("#5B87A6")
HEAD = colors.HexColor("#E3ECF3")
RULE = colors.HexColor("#B8C6D1")
FONT, BOLD = "Helvetica", "Helvetica-Bold"
BODY = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=16, textColor=INK)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=11, leading=14, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=12, leading=14.5)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName=BOLD)
HEAD_CELL = ParagraphStyle("headcell", parent=CELL_BOLD, fontSize=11, leading=13.5)
HEAD_NUMBER = ParagraphStyle("headnumber", parent=HEAD_CELL, alignment=TA_RIGHT)
H1 = ParagraphStyle("h1", parent=BODY, fontName=BOLD, fontSize=20, leading=25, spaceAfter=6)
H2 = ParagraphStyle(
    "h2", parent=BODY, fontName=BOLD, fontSize=14, leading=18, spaceBefore=14, spaceAfter=4
)
WIDTH = A4[0] - 40 * mm
# Which column each kind of table charts, where the chart is not of the categories.
CHART_COLUMN = {
    "rights": "Delivered",
    "outcome_change": "Improved",
    "repeat": "More than one journey",
}
LABEL_CHARS = 34


def pdf_bytes(ret: Return) -> bytes:
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
    )
    story: list[Flowable] = [
        Paragraph(escape(ret.title), H1),
        Paragraph(
            f"<b>Period:</b> {escape(ret.period_label)} &nbsp;&nbsp; "
            f"<b>Made on:</b> {ret.generated_on.isoformat()}",
            BODY,
        ),
        Spacer(1, 4),
        Paragraph(escape(ret.rule()), SMALL),
    ]
    for table in ret.tables:
        story += _section(table)
    doc.build(story, onFirstPage=_footer(ret), onLaterPages=_footer(ret))
    return buffer.getvalue()


def _footer(ret: Return) -> Callable[[Any, Any], None]:
    """The page footer: the return and period, and the page number."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 10 * mm, f"{ret.title}, {ret.period_label}")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw


def _section(table: PublishedTable) -> list[Flowable]:
    f = table.frame
    head: list[Flowable] = [Paragraph(escape(table.title), H2)]
    caption = f"Counts of {f.unit}."
    if not f.additive and f.shape is Shape.ONE_WAY:
        caption += " One person can be counted in more than one row."
    if f.note:
        caption += " " + f.note
    head.append(Paragraph(escape(caption), SMALL))
    head.append(Spacer(1, 4))
    parts: list[Flowable] = [_grid(table)]
    chart = _chart(table)
    if chart is not None:
        parts += [Spacer(1, 6), chart]
    if table.any_suppressed:
        parts.append(Paragraph(f"{SUPPRESSED} Withheld so that no one can be identified.", SMALL))
    # Keep heading, table and chart on one page where they fit; reportlab splits them
    # when they do not.
    return [KeepTogether([*head, *parts])]


def _text(cell: Cell) -> str:
    return SUPPRESSED if cell.value is None else f"{cell.value:,}"


def _grid(table: PublishedTable) -> Table:
    f = table.frame
    has_row_total = table.row_totals is not None
    header = [Paragraph(escape(f.row_header), HEAD_CELL)]
    header += [Paragraph(escape(c), HEAD_NUMBER) for c in f.columns]
    if has_row_total:
        header.append(Paragraph(TOTAL, HEAD_NUMBER))
    data: list[list[object]] = [header]
    for i, (label, row) in enumerate(zip(f.rows, table.cells, strict=True)):
        line: list[object] = [Paragraph(escape(label), CELL), *[_text(c) for c in row]]
        if table.row_totals is not None:
            line.append(_text(table.row_totals[i]))
        data.append(line)
    if table.column_totals is not None:
        line = [Paragraph(TOTAL, CELL_BOLD), *[_text(c) for c in table.column_totals]]
        if table.grand_total is not None:
            line.append(_text(table.grand_total))
        data.append(line)
    widths = _widths(table, [*f.columns] + ([TOTAL] if has_row_total else []))
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 12),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.column_totals is not None:
        style.append(("FONT", (1, -1), (-1, -1), BOLD, 12))
    if has_row_total:
        style.append(("FONT", (-1, 1), (-1, -1), BOLD, 12))
    grid.setStyle(TableStyle(style))
    return grid


def _widths(table: PublishedTable, headings: list[str]) -> list[float]:
    """Figure columns as wide as their longest heading word or figure (headings wrap
    between words, never inside one); the label column takes the rest, up to a cap."""
    figures = [c.text() for c in table.all_cells()]
    widest_figure = max((stringWidth(x, BOLD, 12) for x in figures), default=0)
    needed = [
        max(max(stringWidth(w, BOLD, HEAD_CELL.fontSize) for w in h.split()), widest_figure) + 14
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
    column = CHART_COLUMN.get(f.kind)
    if column is not None and column in f.columns:
        j = f.columns.index(column)
        return list(f.rows), [row[j] for row in table.cells]
    return None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _chart(table: PublishedTable) -> Drawing | None:
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
    chart.categoryAxis.labels.fontName = FONT
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
        drawing.add(String(x, y, _text(cell), fontName=FONT, fontSize=11, fillColor=INK))
    caption = ""
    if f.kind in CHART_COLUMN:
        caption = f"Chart: {CHART_COLUMN[f.kind]}"
    elif f.shape is Shape.CROSSTAB:
        caption = "Chart: row totals"
    if caption:
        drawing.add(String(0, 4, caption, fontName=FONT, fontSize=10, fillColor=MUTED))
    return drawing
