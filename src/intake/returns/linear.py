"""Exact linear algebra over fractions: which hidden figures do the published ones pin down?

An intruder who knows every published cell and total can write one equation per total
("these cells add up to this") with the hidden cells as unknowns. A hidden cell is
recoverable exactly when its unit vector lies in the row space of that system, i.e. in
the reduced row echelon form it is a pivot whose row has no other unknown. Fractions
keep the arithmetic exact; the systems are small (a table has tens of cells).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

Equation = tuple[Sequence[int], int]
"""(cells that add up, the cell holding their total), in a table's own cell numbering."""


def determined(equations: Sequence[Equation], hidden: set[int]) -> set[int]:
    """The hidden cells an intruder can work out exactly from the published ones.

    Only the pattern matters, not the values: the published values move to the right-hand
    side, and whether an unknown is unique depends on the coefficients alone.
    """
    unknowns = sorted(hidden)
    if not unknowns:
        return set()
    column = {cell: i for i, cell in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for parts, total in equations:
        cells = [(p, 1) for p in parts] + [(total, -1)]
        coeffs = [Fraction(0)] * len(unknowns)
        touched = False
        for cell, sign in cells:
            if cell in column:
                coeffs[column[cell]] += sign
                touched = True
        if touched:
            rows.append(coeffs)
    pivots = _rref(rows, len(unknowns))
    found: set[int] = set()
    for r, c in pivots:
        if all(v == 0 for j, v in enumerate(rows[r]) if j != c):
            found.add(unknowns[c])
    return found


def _rref(rows: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduce `rows` in place; return the (row, column) of each pivot."""
    pivots: list[tuple[int, int]] = []
    r = 0
    for c in range(width):
        pick = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pick is None:
            continue
        rows[r], rows[pick] = rows[pick], rows[r]
        lead = rows[r][c]
        rows[r] = [v / lead for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                factor = rows[i][c]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append((r, c))
        r += 1
        if r == len(rows):
            break
    return pivots
