"""The motivated intruder, written independently of the code under test.

Knowing every published cell and every published total of a table, the intruder writes
one equation per total and solves the system exactly (Gaussian elimination over
fractions). A hidden cell is recovered when the system pins it to a single value.
"""

from __future__ import annotations

from fractions import Fraction

from intake.returns import PublishedTable
from intake.returns.tables import Cell


def _equations(table: PublishedTable) -> list[tuple[list[Cell], Cell]]:
    """(parts, total) for every published relation of an additive table."""
    if not table.frame.additive:
        return []
    eqs: list[tuple[list[Cell], Cell]] = []
    if table.row_totals is not None:
        eqs += [(list(row), t) for row, t in zip(table.cells, table.row_totals, strict=True)]
    if table.column_totals is not None:
        cols = [list(col) for col in zip(*table.cells, strict=True)]
        eqs += list(zip(cols, table.column_totals, strict=True))
    if table.grand_total is not None:
        for margin in (table.row_totals, table.column_totals):
            if margin is not None:
                eqs.append((list(margin), table.grand_total))
    return eqs


def recover(table: PublishedTable) -> dict[int, Fraction]:
    """{id(cell) of a hidden cell: its value} for every hidden cell the intruder pins down."""
    unknown: dict[int, int] = {}
    rows: list[list[Fraction]] = []
    equations = _equations(table)
    for parts, total in equations:
        for cell in (*parts, total):
            if cell.value is None and id(cell) not in unknown:
                unknown[id(cell)] = len(unknown)
    n = len(unknown)
    for parts, total in equations:
        row = [Fraction(0)] * (n + 1)
        for cell, sign in [(p, 1) for p in parts] + [(total, -1)]:
            if cell.value is None:
                row[unknown[id(cell)]] += sign
            else:
                row[n] -= sign * cell.value
        rows.append(row)
    # Reduced row echelon form, with the constant column carried along.
    r = 0
    pivots: list[tuple[int, int]] = []
    for c in range(n):
        pick = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pick is None:
            continue
        rows[r], rows[pick] = rows[pick], rows[r]
        rows[r] = [v / rows[r][c] for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                f = rows[i][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append((r, c))
        r += 1
    by_index = {i: key for key, i in unknown.items()}
    found: dict[int, Fraction] = {}
    for row_i, c in pivots:
        if all(rows[row_i][j] == 0 for j in range(n) if j != c):
            found[by_index[c]] = rows[row_i][n]
    return found


def hidden_cells(table: PublishedTable) -> list[Cell]:
    return [c for c in table.all_cells() if c.value is None]
