"""One CSV file holding every table in long ("tidy") form.

One row per figure (template, period, table, row, column, value) loads straight into a
spreadsheet filter, a pivot table or a statistics package, however many tables the
template has. The file is UTF-8 with a byte-order mark: Excel, which most charities and
commissioners open CSV files with, reads text without it in the local code page and
garbles dashes and accented letters; Python (`utf-8-sig`), R and LibreOffice all accept
the mark. Lines end in CRLF, as RFC 4180 asks.

Headings, titles and labels are in the return's language; the template id and version,
the table ids and the figures (and `[c]`) are the same in every language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from intake.returns.tables import Cell, PublishedTable, Return
from intake.returns.writers.text import unit_label

HEADER = ("template", "version", "period", "table", "table_title", "unit", "row", "column", "value")
"""The column keys; the heading printed is `csv.<key>` in the return's language."""
TOTAL = "Total"


def figures(table: PublishedTable, total: str = TOTAL) -> Iterator[tuple[str, str, Cell]]:
    """(row label, column label, cell) for every figure, totals last."""
    f = table.frame
    for label, row in zip(f.rows, table.cells, strict=True):
        for column, cell in zip(f.columns, row, strict=True):
            yield label, column, cell
    if table.row_totals is not None:
        for label, cell in zip(f.rows, table.row_totals, strict=True):
            yield label, total, cell
    if table.column_totals is not None:
        for column, cell in zip(f.columns, table.column_totals, strict=True):
            yield total, column, cell
    if table.grand_total is not None:
        yield total, total, table.grand_total


def csv_bytes(ret: Return) -> bytes:
    """The CSV file, labelled in the return's language (ids and figures never change)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([ret.word(f"csv.{key}") for key in HEADER])
    total = ret.word("total")
    for table in ret.tables:
        unit = unit_label(ret, table.frame.unit)
        for row, column, cell in figures(table, total):
            writer.writerow(
                (
                    ret.template_id,
                    ret.template_version,
                    ret.period_text,
                    table.id,
                    table.title,
                    unit,
                    row,
                    column,
                    cell.text(),
                )
            )
    return out.getvalue().encode("utf-8-sig")
