"""Disclosure control: from true counts to figures that are safe to publish.

Three methods, chosen in the template:

- `suppress` (the default, threshold 5). Primary suppression hides every count from 1
  to threshold - 1. True zeros are published: a zero says nobody in the period had that
  answer, which identifies no one, and hiding zeros would force many more figures to be
  hidden (GSS and ONS practice is the same). Secondary suppression then hides further
  cells, smallest first, until no hidden figure can be worked out exactly from the
  published cells and totals: first no total may have a single hidden part, then an
  exact linear-algebra check (`intake.returns.linear`) catches combinations across rows
  and columns. Complements are chosen among non-zero cells before zeros, because hiding
  a zero beside a small count would tell an intruder the pair is small. Totals are
  computed before suppression and published as totals, or hidden when they are small
  themselves. In a cross-tab, each margin is first protected exactly as the one-way
  table of the same question would be, so the two tables never give each other away.
  Hidden cells carry one symbol, [c], whether primary or secondary: marking which is
  which would tell an intruder which cells are small.
- `round5`: every figure, including each total, is rounded to the nearest multiple of
  5 on its own (3 to 7 become 5; 1 and 2 become 0). Totals are not forced to add up,
  so no cell can be worked back from them.
- `none`: only by an explicit setting, for figures that never leave the service.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from intake.returns.linear import Equation, determined
from intake.returns.tables import Cell, CountTable, PublishedTable, Shape
from intake.returns.template import Disclosure, Method


class DisclosureError(Exception):
    """No safe pattern could be found (it should not happen: every table can be hidden)."""


def protect(table: CountTable, rule: Disclosure) -> PublishedTable:
    """The published form of one table under the template's rule."""
    layout = Layout(table)
    shown: list[int | None]
    if rule.method is Method.NONE:
        shown = list(layout.values)
    elif rule.method is Method.ROUND5:
        shown = [round5(v) for v in layout.values]
    else:
        hidden = suppression(layout, rule.threshold)
        shown = [None if i in hidden else v for i, v in enumerate(layout.values)]
    return layout.publish(shown)


def round5(value: int) -> int:
    return (value + 2) // 5 * 5


def suppression(layout: Layout, threshold: int) -> set[int]:
    """Which cells of the table to hide under `suppress` with this threshold."""
    values = layout.values
    primary = {i for i, v in enumerate(values) if 0 < v < threshold}
    if not layout.equations:
        return primary
    if layout.shape is Shape.CROSSTAB:
        # Margins first, each as a one-way table over the grand total, so the cross-tab
        # hides exactly what the matching one-way table hides.
        g = layout.grand_cell
        if g is None:
            raise DisclosureError("a cross-tab needs its grand total")
        fixed: set[int] = set()
        for margin in (layout.row_totals, layout.column_totals):
            fixed |= secondary(values, [(margin, g)], primary & {*margin, g}, set(margin))
        eligible = set(layout.interior)
        return secondary(values, layout.equations, (primary & eligible) | fixed, eligible)
    eligible = set(layout.interior)
    return secondary(values, layout.equations, primary, eligible)


def secondary(
    values: Sequence[int], equations: Sequence[Equation], hidden: set[int], eligible: set[int]
) -> set[int]:
    """Add complementary cells until no hidden cell can be worked out exactly.

    Complements come from `eligible`, smallest non-zero first; only if nothing eligible
    is left does any other cell (a total) get hidden, which keeps the result safe."""
    hidden = set(hidden)
    cells_of = [(*parts, total) for parts, total in equations]
    while True:
        lone = next((c for c in cells_of if sum(1 for x in c if x in hidden) == 1), None)
        if lone is not None:
            pick = _smallest(values, (x for x in lone if x in eligible and x not in hidden))
            if pick is not None:
                hidden.add(pick)
                continue
        found = determined(equations, hidden)
        if not found:
            return hidden
        target = min(found)
        near = {x for c in cells_of if target in c for x in c}
        pick = _smallest(values, (x for x in near if x in eligible and x not in hidden))
        if pick is None:
            pick = _smallest(values, (x for x in eligible if x not in hidden))
        if pick is None:
            pick = _smallest(values, (x for x in near if x not in hidden))
        if pick is None:
            raise DisclosureError("no cell left to hide")
        hidden.add(pick)


def _smallest(values: Sequence[int], cells: Iterable[int]) -> int | None:
    """Non-zero cells before zeros; then the smallest; then the first, for stable output."""
    ranked = sorted(cells, key=lambda i: (values[i] == 0, values[i], i))
    return ranked[0] if ranked else None


class Layout:
    """A table's figures as one numbered list, with the sums the totals stand for.

    Numbering: interior cells row by row, then row totals, column totals, grand total."""

    def __init__(self, table: CountTable) -> None:
        self.table = table
        self.shape = table.frame.shape
        self.n_rows = len(table.cells)
        self.n_cols = len(table.cells[0]) if table.cells else 0
        self.values: list[int] = [v for row in table.cells for v in row]
        self.interior = list(range(len(self.values)))
        self.row_totals = self._add(table.row_totals)
        self.column_totals = self._add(table.column_totals)
        grand = self._add([table.grand_total] if table.grand_total is not None else None)
        self.grand_cell = grand[0] if grand else None
        self.equations: list[Equation] = []
        if table.frame.additive:
            c = self.n_cols
            for r, t in enumerate(self.row_totals):
                self.equations.append((self.interior[r * c : (r + 1) * c], t))
            for j, t in enumerate(self.column_totals):
                self.equations.append((self.interior[j::c], t))
            if self.grand_cell is not None:
                for margin in (self.row_totals, self.column_totals):
                    if margin:
                        self.equations.append((margin, self.grand_cell))

    def _add(self, figures: Sequence[int] | None) -> list[int]:
        if figures is None:
            return []
        start = len(self.values)
        self.values += list(figures)
        return list(range(start, len(self.values)))

    def publish(self, shown: Sequence[int | None]) -> PublishedTable:
        cells = [Cell(v) for v in shown]
        c = self.n_cols
        t = self.table
        return PublishedTable(
            frame=t.frame,
            cells=tuple(tuple(cells[r * c : (r + 1) * c]) for r in range(self.n_rows)),
            row_totals=tuple(cells[i] for i in self.row_totals) if t.row_totals else None,
            column_totals=tuple(cells[i] for i in self.column_totals) if t.column_totals else None,
            grand_total=cells[self.grand_cell] if self.grand_cell is not None else None,
        )
