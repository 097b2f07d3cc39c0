"""The returns pipeline: select, categorise, count, protect.

`build_return` is the one entry point the app layer calls. It takes plain records (see
`intake.returns.records`), so it can be tested and benchmarked without a store, and it
gives back a `Return` holding only published figures, ready for the writers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from intake.forms import Pack, Translation
from intake.returns.counting import Counter, Selection
from intake.returns.disclosure import protect
from intake.returns.errors import RCode, ReturnProblem, ReturnTemplateError
from intake.returns.labels import ENGLISH, ENGLISH_LABELS, Labels, Text
from intake.returns.period import Period, PeriodKind
from intake.returns.records import JourneyRecord
from intake.returns.tables import CountTable, Return, ReturnTexts
from intake.returns.template import Method, ReturnTemplate
from intake.returns.translations import languages_of


@dataclass(frozen=True)
class Counted:
    """True counts of a whole return. Internal only (tests, benchmarks): never shown
    on a screen and never written to a file; previews use the published `Return`."""

    template: ReturnTemplate
    period: Period
    tables: tuple[CountTable, ...]


def count_return(
    template: ReturnTemplate, pack: Pack, records: Iterable[JourneyRecord], period: Period
) -> Counted:
    """Select the consenting journeys of the period and count every table."""
    if period.kind != template.period:
        raise ReturnTemplateError(
            [
                ReturnProblem.make(
                    RCode.BAD_PERIOD, None, None, value=period.label, kind=template.period.value
                )
            ]
        )
    if template.pack != pack.id:
        raise ReturnTemplateError(
            [ReturnProblem.make(RCode.WRONG_PACK, None, None, want=template.pack, have=pack.id)]
        )
    counter = Counter(pack, Selection.of(records, period))
    return Counted(template, period, tuple(counter.count(spec) for spec in template.tables))


def add_counts(parts: Sequence[Counted]) -> Counted:
    """The counts of a whole return from the counts of its parts, each part counted over
    different people (every journey of a person in the same part, as
    `intake.store.reporting.Part` splits them). Every figure of every table counts
    journeys or people, and people in different parts are different people, so each
    cell and total of the whole is the sum of the parts' (even where a table's own
    cells do not add up to its total). Disclosure control comes after, on the sums."""
    if not parts:
        raise ValueError("there are no counts to add")
    first = parts[0]
    for other in parts[1:]:
        same = other.template.id == first.template.id and other.period == first.period
        if not same or [t.frame for t in other.tables] != [t.frame for t in first.tables]:
            raise ValueError("only counts of the same return can be added")
    each = zip(*(p.tables for p in parts), strict=True)
    return Counted(first.template, first.period, tuple(_add_tables(t) for t in each))


def _add_tables(tables: Sequence[CountTable]) -> CountTable:
    def add(rows: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
        return tuple(map(sum, zip(*rows, strict=True)))

    first = tables[0]
    cells = tuple(add(rows) for rows in zip(*(t.cells for t in tables), strict=True))
    row_totals = column_totals = grand_total = None
    if first.row_totals is not None:
        row_totals = add(t.row_totals or () for t in tables)
    if first.column_totals is not None:
        column_totals = add(t.column_totals or () for t in tables)
    if first.grand_total is not None:
        grand_total = sum(t.grand_total or 0 for t in tables)
    return replace(
        first,
        cells=cells,
        row_totals=row_totals,
        column_totals=column_totals,
        grand_total=grand_total,
    )


def publish(counted: Counted, generated_on: date, labels: Labels = ENGLISH_LABELS) -> Return:
    """Apply the template's disclosure rule to every table, and label the return in the
    language of `labels` (English by default)."""
    rule = counted.template.disclosure
    t = counted.template
    period = counted.period
    texts = ReturnTexts(
        title=Text.template("template.title", t.title),
        description=Text.template("template.description", t.description) if t.description else None,
        period=Text.word(
            "period.custom", start=period.start.isoformat(), end=period.end.isoformat()
        )
        if period.kind is PeriodKind.CUSTOM
        else Text.literal(period.label),
    )
    ret = Return(
        template_id=t.id,
        template_version=t.version,
        title=t.title,
        pack_id=t.pack,
        period_kind=period.kind.value,
        period_label=period.label,
        generated_on=generated_on,
        method=rule.method.value,
        threshold=rule.threshold if rule.method is Method.SUPPRESS else None,
        tables=tuple(protect(table, rule) for table in counted.tables),
        description=t.description,
        texts=texts,
    )
    return ret if labels.english else ret.relabel(labels)


def return_labels(
    template: ReturnTemplate,
    language: str = ENGLISH,
    pack_translation: Translation | None = None,
) -> Labels:
    """The labels of a return from `template` in `language`. Raises ReturnTemplateError
    (R019, or the language's file problems) when the template cannot be printed in it."""
    return languages_of(template).labels(language, pack_translation)


def build_return(
    template: ReturnTemplate,
    pack: Pack,
    records: Iterable[JourneyRecord],
    period: Period,
    generated_on: date,
    language: str = ENGLISH,
    *,
    pack_translation: Translation | None = None,
) -> Return:
    """Count and protect a return. `generated_on` is the only date besides the period
    that appears in the output; pass today's date (the pipeline has no clock).

    `language` chooses the labels ("cy", "pl" ...; `languages_of(template).codes` lists
    them); the figures are the same in every language. The choices' labels come from the
    form pack's translation beside the pack, or from `pack_translation` when given."""
    labels = return_labels(template, language, pack_translation)
    return publish(count_return(template, pack, records, period), generated_on, labels)
