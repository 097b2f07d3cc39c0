"""The return as an Excel workbook: a notes sheet, then one sheet per table.

The notes sheet comes first, as the Government Analysis Function's spreadsheet guidance
asks: what the return is, the period, the disclosure rule and the symbol, and a list of
the tables. Figures are stored as numbers so they can be summed; a withheld figure is
the text [c]. The workbook's own created and modified dates are set to the day the
return was made, so the file carries no finer time than its content.

Everything is labelled in the return's language; sheet names other than the notes sheet
are the table ids, the same in every language. Sheets of a right-to-left language are
shown right to left.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, time
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from intake.returns.tables import SUPPRESSED, Cell, PublishedTable, Return
from intake.returns.writers.text import caption, unit_label
from intake.returns.writers.to_pdf import pdf_language

HEADER_FILL = PatternFill("solid", fgColor="E3ECF3")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
RIGHT = Alignment(horizontal="right")
WRAP = Alignment(wrap_text=True, vertical="top")


def sheet_names(ret: Return) -> list[str]:
    """One valid, unique sheet name per table (Excel allows 31 characters, no []:*?/\\)."""
    names: list[str] = []
    notes = notes_name(ret).lower()
    for table in ret.tables:
        base = re.sub(r"[\[\]:*?/\\]", "_", table.id)[:31]
        name, n = base, 2
        while name.lower() in {x.lower() for x in names} or name.lower() in (notes, "notes"):
            suffix = f"_{n}"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def notes_name(ret: Return) -> str:
    """The notes sheet's name in the return's language, made safe for Excel."""
    name = re.sub(r"[\[\]:*?/\\]", "_", ret.word("notes.sheet")).strip("'")[:31]
    return name or "Notes"


def xlsx_bytes(ret: Return) -> bytes:
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = notes_name(ret)
    names = sheet_names(ret)
    _notes(notes, ret, names)
    for table, name in zip(ret.tables, names, strict=True):
        _table(wb.create_sheet(name), ret, table)
    if ret.labels.direction == "rtl":
        for ws in wb.worksheets:
            ws.sheet_view.rightToLeft = True
    made = datetime.combine(ret.generated_on, time())
    wb.properties.created = made
    wb.properties.modified = made
    wb.properties.title = ret.title
    wb.properties.creator = "Intake"
    wb.properties.language = ret.language
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save() would stamp the current time as "modified".
    with ZipFile(buffer, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return buffer.getvalue()


def _notes(ws: Worksheet, ret: Return, names: list[str]) -> None:
    w = ret.word
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    ws.append([ret.title])
    ws["A1"].font = TITLE
    method = f"method.{ret.method}"
    rows: list[tuple[str, str]] = []
    if ret.description:
        rows.append((w("notes.about"), ret.description))
    if not ret.labels.english:
        language = ret.labels.name
        if not ret.labels.reviewed:
            language += ". " + w("notes.draft")
        if pdf_language(ret) != ret.language:
            language += " " + w("notes.pdf_in_english")
        rows.append((w("notes.language"), language))
    rows += [
        (w("notes.period"), ret.period_text),
        (w("notes.made_on"), ret.generated_on.isoformat()),
        (
            w("notes.template"),
            w("notes.template_version", id=ret.template_id, version=ret.template_version),
        ),
        (w("notes.pack"), ret.pack_id),
        (w("notes.disclosure"), w(method, threshold=ret.threshold or 0)),
        (w("notes.rule"), ret.rule()),
        (SUPPRESSED, w("notes.withheld")),
        (w("category.prefer_not_to_say"), w("notes.prefer_not_to_say")),
        (w("category.not_asked"), w("notes.not_asked")),
        (w("notes.more_than_one"), w("notes.more_than_one_text")),
    ]
    ws.append([])
    for key, value in rows:
        ws.append([key, value])
        ws.cell(ws.max_row, 1).font = BOLD
        ws.cell(ws.max_row, 2).alignment = WRAP
    ws.append([])
    ws.append([w("notes.sheet_heading"), w("notes.table_heading")])
    for c in ws[ws.max_row]:
        c.font = BOLD
        c.fill = HEADER_FILL
    for table, name in zip(ret.tables, names, strict=True):
        unit = unit_label(ret, table.frame.unit)
        ws.append([name, w("notes.table_entry", title=table.title, unit=unit)])


def _put(ws: Worksheet, row: int, col: int, cell: Cell) -> None:
    target = ws.cell(row, col, SUPPRESSED if cell.value is None else cell.value)
    target.alignment = RIGHT


def _table(ws: Worksheet, ret: Return, table: PublishedTable) -> None:
    f = table.frame
    total = ret.word("total")
    ws.append([table.title])
    ws["A1"].font = TITLE
    ws.append([caption(ret, table)])
    ws.append([])
    header = [f.row_header, *f.columns] + ([total] if table.row_totals is not None else [])
    ws.append(header)
    top = ws.max_row
    for c in ws[top]:
        c.font = BOLD
        c.fill = HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="bottom")
    for i, (label, row) in enumerate(zip(f.rows, table.cells, strict=True)):
        r = top + 1 + i
        ws.cell(r, 1, label)
        for j, cell in enumerate(row):
            _put(ws, r, 2 + j, cell)
        if table.row_totals is not None:
            _put(ws, r, 2 + len(row), table.row_totals[i])
    if table.column_totals is not None:
        r = top + 1 + len(f.rows)
        ws.cell(r, 1, total).font = BOLD
        for j, cell in enumerate(table.column_totals):
            _put(ws, r, 2 + j, cell)
        if table.grand_total is not None:
            _put(ws, r, 2 + len(table.column_totals), table.grand_total)
    ws.column_dimensions["A"].width = max(18, min(60, max(len(x) for x in f.rows) + 2))
    for j in range(len(header) - 1):
        ws.column_dimensions[get_column_letter(2 + j)].width = 16
    ws.freeze_panes = ws.cell(top + 1, 2)
