"""The returns pipeline: select, categorise, count, protect.

`build_return` is the one entry point the app layer calls. It takes plain records (see
`intake.returns.records`), so it can be tested and benchmarked without a store, and it
gives back a `Return` holding only published figures, ready for the writers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from intake.forms import Pack
from intake.returns.counting import Counter, Selection
from intake.returns.disclosure import protect
from intake.returns.errors import RCode, ReturnProblem, ReturnTemplateError
from intake.returns.period import Period
from intake.returns.records import JourneyRecord
from intake.returns.tables import CountTable, Return
from intake.returns.template import Method, ReturnTemplate


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


def publish(counted: Counted, generated_on: date) -> Return:
    """Apply the template's disclosure rule to every table."""
    rule = counted.template.disclosure
    t = counted.template
    return Return(
        template_id=t.id,
        template_version=t.version,
        title=t.title,
        pack_id=t.pack,
        period_kind=counted.period.kind.value,
        period_label=counted.period.label,
        generated_on=generated_on,
        method=rule.method.value,
        threshold=rule.threshold if rule.method is Method.SUPPRESS else None,
        tables=tuple(protect(table, rule) for table in counted.tables),
    )


def build_return(
    template: ReturnTemplate,
    pack: Pack,
    records: Iterable[JourneyRecord],
    period: Period,
    generated_on: date,
) -> Return:
    """Count and protect a return. `generated_on` is the only date besides the period
    that appears in the output; pass today's date (the pipeline has no clock)."""
    return publish(count_return(template, pack, records, period), generated_on)
