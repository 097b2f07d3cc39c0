"""One CSV file holding every table in long ("tidy") form.

One row per figure (template, period, table, row, column, value) loads straight into a
spreadsheet filter, a pivot table or a statistics package, however many tables the
template has. The file is UTF-8 with a byte-order mark: Excel, which most charities and
commissioners open CSV files with, reads text without it in the local code page and
garbles dashes and accented letters; Python (`utf-8-sig`), R and LibreOffice all accept
the mark. Lines end in CRLF, as RFC 4180 asks.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from intake.returns.tables import Cell, PublishedTable, Return

HEADER = ("template", "version", "period", "table", "table_title", "unit", "row", "column", "value")
TOTAL = "Total"


def figures(table: PublishedTable) -> Iterator[tuple[str, str, Cell]]:
    """(row label, column label, cell) for every figure, totals last."""
    f = table.frame
    for label, row in zip(f.rows, table.cells, strict=True):
        for column, cell in zip(f.columns, row, strict=True):
            yield label, column, cell
    if table.row_totals is not None:
        for label, cell in zip(f.rows, table.row_totals, strict=True):
            yield label, TOTAL, cell
    if table.column_totals is not None:
        for column, cell in zip(f.columns, table.column_totals, strict=True):
            yield TOTAL, column, cell
    if table.grand_total is not None:
        yield TOTAL, TOTAL, table.grand_total


def csv_bytes(ret: Return) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for table in ret.tables:
        for row, column, cell in figures(table):
            writer.writerow(
                (
                    ret.template_id,
                    ret.template_version,
                    ret.period_label,
                    table.id,
                    table.title,
                    table.frame.unit,
                    row,
                    column,
                    cell.text(),
                )
            )
    return out.getvalue().encode("utf-8-sig")
