"""The two table types: counted (true numbers, internal) and published (protected).

Keeping them apart is the guarantee that true small numbers cannot reach a file: the
writers accept only `PublishedTable`, and the only way to make one is disclosure
control (`intake.returns.disclosure`). Every table is a grid of rows by columns with
optional row totals, column totals and a grand total, so one disclosure routine and one
set of writers serve every kind of table.

A frame's labels are printed words in the return's language; its keys (`row_keys`,
`column_keys`) are the same in every language, and its `texts` say where each label's
translation is found, so a published return can be printed in another language
(`Return.relabel`) without counting again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from intake.returns.labels import ENGLISH_LABELS, Labels, Text

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
class FrameTexts:
    """Where each label of a frame comes from, to print it in any language."""

    title: Text
    row_header: Text
    rows: tuple[Text, ...]
    columns: tuple[Text, ...]
    note: Text | None = None

    def all(self) -> list[Text]:
        note = [self.note] if self.note is not None else []
        return [self.title, *note, self.row_header, *self.rows, *self.columns]


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
    row_keys: tuple[str, ...] = ()
    """A key for each row, the same in every language (e.g. a choice value)."""
    column_keys: tuple[str, ...] = ()
    texts: FrameTexts | None = None

    @classmethod
    def of(
        cls,
        id: str,
        kind: str,
        shape: Shape,
        unit: str,
        texts: FrameTexts,
        row_keys: tuple[str, ...],
        column_keys: tuple[str, ...],
        additive: bool = True,
    ) -> TableFrame:
        """A frame labelled in English from its texts."""
        frame = cls(
            id, "", kind, shape, unit, "", (), (), additive,
            row_keys=row_keys, column_keys=column_keys, texts=texts,
        )  # fmt: skip
        return frame.relabel(ENGLISH_LABELS)

    def relabel(self, labels: Labels) -> TableFrame:
        """The same frame with its labels in another language (unchanged without texts)."""
        t = self.texts
        if t is None:
            return self
        return replace(
            self,
            title=labels.text(t.title),
            row_header=labels.text(t.row_header),
            rows=tuple(labels.text(x) for x in t.rows),
            columns=tuple(labels.text(x) for x in t.columns),
            note=labels.text(t.note) if t.note is not None else None,
        )


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
class ReturnTexts:
    """Where the return's own title, description and period wording come from."""

    title: Text
    description: Text | None = None
    period: Text | None = None


@dataclass(frozen=True)
class Return:
    """A whole return, ready to write: nothing in it is finer than the period.

    Its labels are in one language (`labels.language`, English by default); the figures,
    ids and keys are the same in every language."""

    template_id: str
    template_version: str
    title: str
    pack_id: str
    period_kind: str
    period_label: str
    """The period as written in a command, e.g. 2026-Q3: the same in every language."""
    generated_on: date
    method: str
    threshold: int | None
    tables: tuple[PublishedTable, ...]
    description: str | None = None
    labels: Labels = field(default_factory=Labels)
    texts: ReturnTexts | None = None

    @property
    def language(self) -> str:
        return self.labels.language

    @property
    def period_text(self) -> str:
        """The period in the return's language (a custom period's words are translated)."""
        if self.texts is not None and self.texts.period is not None:
            return self.labels.text(self.texts.period)
        return self.period_label

    def word(self, key: str, **args: Text | str | int) -> str:
        """One of Intake's fixed words (`intake.returns.words`) in the return's language."""
        return self.labels.word(key, **args)

    def rule(self) -> str:
        """The disclosure rule in one plain sentence, for notes sheets and footnotes."""
        if self.method == "suppress":
            largest = self.threshold - 1 if self.threshold else 0
            return self.word("rule.suppress", largest=largest, symbol=SUPPRESSED)
        if self.method == "round5":
            return self.word("rule.round5")
        return self.word("rule.none")

    def relabel(self, labels: Labels) -> Return:
        """The same return, figures and all, with its labels in another language."""
        t = self.texts
        return replace(
            self,
            title=labels.text(t.title) if t is not None else self.title,
            description=(
                labels.text(t.description)
                if t is not None and t.description is not None
                else self.description
            ),
            labels=labels,
            tables=tuple(replace(x, frame=x.frame.relabel(labels)) for x in self.tables),
        )
