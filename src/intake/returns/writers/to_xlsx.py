"""The return as an Excel workbook: a notes sheet, then one sheet per table.

The notes sheet comes first, as the Government Analysis Function's spreadsheet guidance
asks: what the return is, the period, the disclosure rule and the symbol, and a list of
the tables. Figures are stored as numbers so they can be summed; a withheld figure is
the text [c]. The workbook's own created and modified dates are set to the day the
return was made, so the file carries no finer time than its content.
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
from intake.returns.writers.to_csv import TOTAL

HEADER_FILL = PatternFill("solid", fgColor="E3ECF3")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
RIGHT = Alignment(horizontal="right")
WRAP = Alignment(wrap_text=True, vertical="top")


def sheet_names(ret: Return) -> list[str]:
    """One valid, unique sheet name per table (Excel allows 31 characters, no []:*?/\\)."""
    names: list[str] = []
    for table in ret.tables:
        base = re.sub(r"[\[\]:*?/\\]", "_", table.id)[:31]
        name, n = base, 2
        while name.lower() in {x.lower() for x in names} or name.lower() == "notes":
            suffix = f"_{n}"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def xlsx_bytes(ret: Return) -> bytes:
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "Notes"
    names = sheet_names(ret)
    _notes(notes, ret, names)
    for table, name in zip(ret.tables, names, strict=True):
        _table(wb.create_sheet(name), table)
    made = datetime.combine(ret.generated_on, time())
    wb.properties.created = made
    wb.properties.modified = made
    wb.properties.title = ret.title
    wb.properties.creator = "Intake"
    buffer = io.BytesIO()
    # ExcelWriter directly: openpyxl's save() would stamp the current time as "modified".
    with ZipFile(buffer, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return buffer.getvalue()


def _notes(ws: Worksheet, ret: Return, names: list[str]) -> None:
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    ws.append([ret.title])
    ws["A1"].font = TITLE
    rows = [
        ("Period", ret.period_label),
        ("Made on", ret.generated_on.isoformat()),
        ("Template", f"{ret.template_id} version {ret.template_version}"),
        ("Form pack", ret.pack_id),
        (
            "Disclosure control",
            ret.method if ret.threshold is None else f"{ret.method}, threshold {ret.threshold}",
        ),
        ("Rule", ret.rule()),
        (SUPPRESSED, "Withheld to protect the people counted (suppressed)."),
        ("Prefer not to say", "The person was asked and chose not to answer."),
        ("Not asked", "The question was not put (or was left to ask later)."),
        (
            "More than one can apply",
            "Where a table says so, one person can be counted in "
            "several rows, so the rows add up to more than the total.",
        ),
    ]
    ws.append([])
    for key, value in rows:
        ws.append([key, value])
        ws.cell(ws.max_row, 1).font = BOLD
        ws.cell(ws.max_row, 2).alignment = WRAP
    ws.append([])
    ws.append(["Sheet", "Table"])
    for c in ws[ws.max_row]:
        c.font = BOLD
        c.fill = HEADER_FILL
    for table, name in zip(ret.tables, names, strict=True):
        ws.append([name, f"{table.title} ({table.frame.unit})"])


def _put(ws: Worksheet, row: int, col: int, cell: Cell) -> None:
    target = ws.cell(row, col, SUPPRESSED if cell.value is None else cell.value)
    target.alignment = RIGHT


def _table(ws: Worksheet, table: PublishedTable) -> None:
    f = table.frame
    ws.append([table.title])
    ws["A1"].font = TITLE
    ws.append([f"Counts of {f.unit}." + (f" {f.note}" if f.note else "")])
    ws.append([])
    header = [f.row_header, *f.columns] + ([TOTAL] if table.row_totals is not None else [])
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
        ws.cell(r, 1, TOTAL).font = BOLD
        for j, cell in enumerate(table.column_totals):
            _put(ws, r, 2 + j, cell)
        if table.grand_total is not None:
            _put(ws, r, 2 + len(table.column_totals), table.grand_total)
    ws.column_dimensions["A"].width = max(18, min(60, max(len(x) for x in f.rows) + 2))
    for j in range(len(header) - 1):
        ws.column_dimensions[get_column_letter(2 + j)].width = 16
    ws.freeze_panes = ws.cell(top + 1, 2)
