"""The two table types: counted (true numbers, internal) and published (protected).

Keeping them apart is the guarantee that true small numbers cannot reach a file: the
writers accept only `PublishedTable`, and the only way to make one is disclosure
control (`intake.returns.disclosure`). Every table is a grid of rows by columns with
optional row totals, column totals and a grand total, so one disclosure routine and one
set of writers serve every kind of table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

SUPPRESSED = "[c]"
"""The Government Statistical Service symbol for a figure withheld to protect people."""


class Shape(StrEnum):
    LIST = "list"
    """Separate counts, one per row, with no totals (e.g. people and journeys)."""
    ONE_WAY = "one_way"
    """Categories of one axis in a single column, with the total beneath."""
    CROSSTAB = "crosstab"
    """Two axes, with row totals, column totals and a grand total."""
    ROWS = "rows"
    """Each row shares out the same people (e.g. each of the 12 rights); row totals only."""


@dataclass(frozen=True)
class TableFrame:
    """What every table has besides its numbers."""

    id: str
    title: str
    kind: str
    shape: Shape
    unit: str
    """What is counted: "people" or "journeys"."""
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    additive: bool = True
    """The totals are sums of the cells. False for multiple choice, where one person
    can be in several categories, so cells add up to more than the total."""
    note: str | None = None


@dataclass(frozen=True)
class CountTable:
    """True counts. Internal only: never written anywhere."""

    frame: TableFrame
    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...] | None = None
    column_totals: tuple[int, ...] | None = None
    grand_total: int | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """A published figure: a number, or None when suppressed."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def text(self) -> str:
        return SUPPRESSED if self.value is None else str(self.value)


@dataclass(frozen=True)
class PublishedTable:
    """A table after disclosure control: what the writers may print."""

    frame: TableFrame
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None = None
    column_totals: tuple[Cell, ...] | None = None
    grand_total: Cell | None = None

    @property
    def id(self) -> str:
        return self.frame.id

    @property
    def title(self) -> str:
        return self.frame.title

    def all_cells(self) -> list[Cell]:
        found = [c for row in self.cells for c in row]
        found += list(self.row_totals or ()) + list(self.column_totals or ())
        if self.grand_total is not None:
            found.append(self.grand_total)
        return found

    @property
    def any_suppressed(self) -> bool:
        return any(c.suppressed for c in self.all_cells())


@dataclass(frozen=True)
class Return:
    """A whole return, ready to write: nothing in it is finer than the period."""

    template_id: str
    template_version: str
    title: str
    pack_id: str
    period_kind: str
    period_label: str
    generated_on: date
    method: str
    threshold: int | None
    tables: tuple[PublishedTable, ...]

    def rule(self) -> str:
        """The disclosure rule in one plain sentence, for notes sheets and footnotes."""
        if self.method == "suppress":
            return (
                f"Counts from 1 to {self.threshold - 1 if self.threshold else 0} are shown as "
                f"{SUPPRESSED}, and so are some other figures, so that no hidden count can be "
                "worked out from the totals. Zeros are true zeros."
            )
        if self.method == "round5":
            return (
                "Every figure, including totals, is rounded to the nearest 5 on its own, so "
                "totals may differ from the sum of their parts. 0 can stand for 0, 1 or 2."
            )
        return "These figures are not protected: they must not leave the service."
