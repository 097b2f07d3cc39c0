"""Counting: from the journeys selected for a period to true counts, table by table.

Only journeys whose consent to be counted stands are ever looked at. A journey belongs
to a period according to the table's `select`: open at any time in it (active),
referred in it, closed in it, or closed early in it. Anything known only after the
period ended (a first contact or a closure after the last day) is ignored, so running
the same return again later gives the same numbers.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from intake.domain import AnswerStatus
from intake.forms import Pack, ScaleQuestion
from intake.returns.categories import (
    NOT_ASKED,
    PREFER_NOT_TO_SAY,
    Classifier,
    classifier,
    humanise,
)
from intake.returns.period import Period
from intake.returns.records import CODE_RIGHTS, Answered, JourneyRecord, RightStatus
from intake.returns.tables import CountTable, Shape, TableFrame
from intake.returns.template import (
    Axis,
    Comfort,
    Count,
    Crosstab,
    FirstContact,
    OutcomeChange,
    Repeat,
    Rights,
    Select,
    TableSpecT,
    Unit,
    Volumes,
    WithdrawalStage,
)

NOT_CONTACTED = "Not yet contacted"
NOT_RECORDED = "Not recorded"
CHANGES = ("Improved", "Same", "Worse", "Incomplete")


@dataclass
class Selection:
    """The consenting journeys, and which of them each `select` takes for this period."""

    period: Period
    consenting: list[JourneyRecord]
    chosen: dict[Select, list[JourneyRecord]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Iterable[JourneyRecord], period: Period) -> Selection:
        start, end = period.start, period.end
        consenting = [r for r in records if r.consent_reporting and r.referral_date <= end]
        active, referred, closed, early = [], [], [], []
        for r in consenting:
            c = r.closed_date
            if c is None or c >= start:
                active.append(r)
            if r.referral_date >= start:
                referred.append(r)
            if c is not None and start <= c <= end:
                closed.append(r)
                if r.ended_early:
                    early.append(r)
        chosen = {
            Select.ACTIVE: active,
            Select.REFERRED: referred,
            Select.CLOSED: closed,
            Select.ENDED_EARLY: early,
        }
        return cls(period, consenting, chosen)

    def units(self, select: Select, unit: Unit) -> list[JourneyRecord]:
        """Journeys, or one journey per person (their latest in the selection)."""
        journeys = self.chosen[select]
        if unit is Unit.JOURNEYS:
            return journeys
        latest: dict[int, JourneyRecord] = {}
        for r in journeys:
            seen = latest.get(r.person_key)
            if seen is None or (r.referral_date, r.journey_key) > (
                seen.referral_date,
                seen.journey_key,
            ):
                latest[r.person_key] = r
        return list(latest.values())


class Counter:
    """Counts the tables of one template over one selection, reusing classifiers."""

    def __init__(self, pack: Pack, selection: Selection) -> None:
        self.pack = pack
        self.sel = selection
        self._classifiers: dict[str, Classifier] = {}
        self._units: dict[tuple[Select, Unit], list[JourneyRecord]] = {}
        self._single: dict[tuple[str, Select, Unit], list[int]] = {}

    def classifier(self, axis: Axis) -> Classifier:
        key = axis.model_dump_json()
        if key not in self._classifiers:
            self._classifiers[key] = classifier(self.pack, axis)
        return self._classifiers[key]

    def units(self, select: Select, unit: Unit) -> list[JourneyRecord]:
        if (select, unit) not in self._units:
            self._units[select, unit] = self.sel.units(select, unit)
        return self._units[select, unit]

    def categories(self, axis: Axis, select: Select, unit: Unit) -> list[int]:
        """The category of every unit on a single-answer axis (shared by tables)."""
        key = (axis.model_dump_json(), select, unit)
        if key not in self._single:
            self._single[key] = list(map(self.classifier(axis).single(), self.units(select, unit)))
        return self._single[key]

    def count(self, spec: TableSpecT) -> CountTable:
        if isinstance(spec, Volumes):
            return self._volumes(spec)
        if isinstance(spec, Repeat):
            return self._repeat(spec)
        if isinstance(spec, Count):
            return self._one_way(spec)
        if isinstance(spec, Crosstab):
            return self._crosstab(spec)
        if isinstance(spec, FirstContact):
            return self._first_contact(spec)
        if isinstance(spec, WithdrawalStage):
            return self._withdrawal_stage(spec)
        if isinstance(spec, Rights):
            return self._rights(spec)
        if isinstance(spec, OutcomeChange):
            return self._outcomes(spec)
        return self._comfort(spec)

    def _frame(
        self,
        spec: TableSpecT,
        shape: Shape,
        unit: str,
        row_header: str,
        rows: Sequence[str],
        columns: Sequence[str],
        additive: bool = True,
        note: str | None = None,
    ) -> TableFrame:
        return TableFrame(
            spec.id,
            spec.title,
            spec.kind,
            shape,
            unit,
            row_header,
            tuple(rows),
            tuple(columns),
            additive,
            spec.note or note,
        )

    def _volumes(self, spec: Volumes) -> CountTable:
        chosen = self.sel.chosen
        rows = {
            "People supported": len({r.person_key for r in chosen[Select.ACTIVE]}),
            "Journeys open in the period": len(chosen[Select.ACTIVE]),
            "Journeys referred in the period": len(chosen[Select.REFERRED]),
            "Journeys closed in the period": len(chosen[Select.CLOSED]),
            "Journeys ended early in the period": len(chosen[Select.ENDED_EARLY]),
        }
        frame = self._frame(
            spec,
            Shape.LIST,
            "people and journeys",
            "Measure",
            list(rows),
            ["Count"],
            additive=False,
        )
        return CountTable(frame, tuple((v,) for v in rows.values()))

    def _repeat(self, spec: Repeat) -> CountTable:
        ever: dict[int, int] = {}
        for r in self.sel.consenting:
            ever[r.person_key] = ever.get(r.person_key, 0) + 1
        within: dict[int, int] = {}
        for r in self.sel.chosen[Select.ACTIVE]:
            within[r.person_key] = within.get(r.person_key, 0) + 1
        people = len(within)
        ever_many = sum(1 for p in within if ever[p] > 1)
        within_many = sum(1 for n in within.values() if n > 1)
        frame = self._frame(
            spec,
            Shape.ROWS,
            "people",
            "Journeys",
            ["Journeys ever", "Journeys in this period"],
            ["One journey", "More than one journey"],
        )
        cells = ((people - ever_many, ever_many), (people - within_many, within_many))
        return CountTable(frame, cells, row_totals=(people, people))

    def _one_way(self, spec: Count) -> CountTable:
        cls = self.classifier(spec.by)
        counts = [0] * len(cls.labels)
        units = self.units(spec.select, spec.unit)
        if cls.multiple:
            several = cls.several()
            tally = collections.Counter(i for r in units for i in several(r))
            for idx, n in tally.items():
                counts[idx] = n
        else:
            for idx, n in collections.Counter(
                self.categories(spec.by, spec.select, spec.unit)
            ).items():
                counts[idx] = n
        frame = self._frame(
            spec,
            Shape.ONE_WAY,
            spec.unit.value,
            "Category",
            cls.labels,
            ["Count"],
            additive=not cls.multiple,
        )
        return CountTable(frame, tuple((n,) for n in counts), column_totals=(len(units),))

    def _crosstab(self, spec: Crosstab) -> CountTable:
        rc, cc = self.classifier(spec.rows), self.classifier(spec.columns)
        grid = [[0] * len(cc.labels) for _ in rc.labels]
        units = self.units(spec.select, spec.unit)
        pairs = zip(
            self.categories(spec.rows, spec.select, spec.unit),
            self.categories(spec.columns, spec.select, spec.unit),
            strict=True,
        )
        for (i, j), n in collections.Counter(pairs).items():
            grid[i][j] = n
        header = spec.rows.title or humanise(rc.name)
        frame = self._frame(spec, Shape.CROSSTAB, spec.unit.value, header, rc.labels, cc.labels)
        return CountTable(
            frame,
            tuple(tuple(row) for row in grid),
            row_totals=tuple(sum(row) for row in grid),
            column_totals=tuple(sum(col) for col in zip(*grid, strict=True)),
            grand_total=len(units),
        )

    def _first_contact(self, spec: FirstContact) -> CountTable:
        labels = [b.label for b in spec.bands] + [NOT_CONTACTED]
        counts = [0] * len(labels)
        end = self.sel.period.end
        limits = [b.max_days for b in spec.bands]
        units = self.sel.chosen[Select.REFERRED]
        for r in units:
            fc = r.first_contact_date
            if fc is None or fc > end:
                counts[-1] += 1
                continue
            days = max((fc - r.referral_date).days, 0)
            counts[next(i for i, m in enumerate(limits) if m is None or days <= m)] += 1
        frame = self._frame(
            spec, Shape.ONE_WAY, "journeys", "Days to first contact", labels, ["Count"]
        )
        return CountTable(frame, tuple((n,) for n in counts), column_totals=(len(units),))

    def _withdrawal_stage(self, spec: WithdrawalStage) -> CountTable:
        choices = self.pack.choices_of(self.pack.question(spec.question))
        index = {c.value: i for i, c in enumerate(choices)}
        labels = [c.label for c in choices] + [NOT_RECORDED]
        counts = [0] * len(labels)
        units = self.sel.chosen[Select.ENDED_EARLY]
        for r in units:
            counts[index.get(r.withdrawal_stage or "", len(choices))] += 1
        frame = self._frame(
            spec, Shape.ONE_WAY, "journeys", "Point support stopped", labels, ["Count"]
        )
        return CountTable(frame, tuple((n,) for n in counts), column_totals=(len(units),))

    def _rights(self, spec: Rights) -> CountTable:
        units = self.units(spec.select, Unit.JOURNEYS)
        tally = collections.Counter(item for r in units for item in r.rights.items())
        grid = []
        for n in CODE_RIGHTS:
            explained = tally[(n, RightStatus.EXPLAINED)]
            delivered = tally[(n, RightStatus.DELIVERED)]
            grid.append((explained, delivered, len(units) - explained - delivered))
        frame = self._frame(
            spec,
            Shape.ROWS,
            "journeys",
            "Right",
            list(CODE_RIGHTS.values()),
            ["Explained", "Delivered", NOT_RECORDED],
        )
        return CountTable(
            frame, tuple(tuple(r) for r in grid), row_totals=tuple(len(units) for _ in CODE_RIGHTS)
        )

    def _outcomes(self, spec: OutcomeChange) -> CountTable:
        measures = list(spec.measures or outcome_dimensions(self.pack))
        units = self.units(spec.select, Unit.JOURNEYS)
        grid = []
        for m in measures:
            qids = [
                q.id
                for q in self.pack.questions()
                if q.returns and q.returns.dimension == m and isinstance(q, ScaleQuestion)
            ]
            sign = 1 if spec.higher_is_better else -1
            tally = collections.Counter(_change(r.answers, qids) for r in units)
            row = [0, 0, 0, 0]
            for change, n in tally.items():
                row[
                    3 if change is None else 0 if sign * change > 0 else 1 if change == 0 else 2
                ] += n
            grid.append(tuple(row))
        labels = [_measure_label(m) for m in measures]
        frame = self._frame(spec, Shape.ROWS, "journeys", "Outcome", labels, CHANGES)
        return CountTable(frame, tuple(grid), row_totals=tuple(len(units) for _ in measures))

    def _comfort(self, spec: Comfort) -> CountTable:
        stages = [s for s in self.pack.stages if s.check_ins]
        low = min((c.minimum for s in stages for c in s.check_ins), default=1)
        high = max((c.maximum for s in stages for c in s.check_ins), default=5)
        scores = list(range(low, high + 1))
        columns = [str(n) for n in scores] + [PREFER_NOT_TO_SAY, NOT_ASKED]
        units = self.units(spec.select, Unit.JOURNEYS)
        tally = collections.Counter(item for r in units for item in r.checkins.items())
        grid = []
        for s in stages:
            row = [0] * len(columns)
            for (stage, score), n in tally.items():
                if stage != s.id:
                    continue
                row[-2 if score is None or not low <= score <= high else score - low] += n
            row[-1] = len(units) - sum(row)
            grid.append(tuple(row))
        first = stages[0].check_ins[0] if stages else None
        note = None
        if first is not None:
            note = (
                f"Scores run from {low} ({first.low_label.lower()}) "
                f"to {high} ({first.high_label.lower()})."
            )
        titles = [s.title for s in stages]
        frame = self._frame(
            spec, Shape.ROWS, "journeys", "Collection point", titles, columns, note=note
        )
        return CountTable(frame, tuple(grid), row_totals=tuple(len(units) for _ in stages))


def _change(answers: Mapping[str, Answered], qids: Sequence[str]) -> float | None:
    """Last reading minus first, or None when there are fewer than two readings."""
    first: float | None = None
    last: float | None = None
    for q in qids:
        got = answers.get(q)
        if got is not None and got[0] is AnswerStatus.ANSWERED:
            value = got[1]
            if isinstance(value, int | float):
                if first is None:
                    first = value
                else:
                    last = value
    return None if first is None or last is None else last - first


def outcome_dimensions(pack: Pack) -> list[str]:
    found: list[str] = []
    for q in pack.questions():
        if (
            q.returns
            and q.returns.dimension.startswith("outcome_")
            and isinstance(q, ScaleQuestion)
            and q.returns.dimension not in found
        ):
            found.append(q.returns.dimension)
    return found


def _measure_label(dimension: str) -> str:
    text = dimension.removeprefix("outcome_").replace("_", " ")
    return text[:1].upper() + text[1:]
