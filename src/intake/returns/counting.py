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
    DECLINED_KEY,
    NOT_ASKED_KEY,
    Classifier,
    choice_key,
    classifier,
    humanise,
)
from intake.returns.labels import Text
from intake.returns.period import Period
from intake.returns.records import CODE_RIGHTS, Answered, JourneyRecord, RightStatus
from intake.returns.tables import CountTable, FrameTexts, Shape, TableFrame
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

CHANGE_KEYS = ("improved", "same", "worse", "incomplete")
COUNT = ("count", Text.word("heading.count"))


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
        row_header: Text,
        rows: Sequence[tuple[str, Text]],
        columns: Sequence[tuple[str, Text]],
        additive: bool = True,
        note: Text | None = None,
    ) -> TableFrame:
        """A frame from (key, label) rows and columns; the template's own texts are keyed
        under `table.<id>`."""
        prefix = f"table.{spec.id}"
        title = Text.template(f"{prefix}.title", spec.title)
        if spec.note:
            note = Text.template(f"{prefix}.note", spec.note)
        texts = FrameTexts(
            title,
            row_header.under(prefix),
            tuple(t.under(prefix) for _, t in rows),
            tuple(t.under(prefix) for _, t in columns),
            note,
        )
        return TableFrame.of(
            spec.id,
            spec.kind,
            shape,
            unit,
            texts,
            tuple(k for k, _ in rows),
            tuple(k for k, _ in columns),
            additive,
        )

    @staticmethod
    def _axis(cls: Classifier, role: str) -> list[tuple[str, Text]]:
        """An axis's categories, its template texts keyed under the axis role."""
        return [(k, t.under(role)) for k, t in zip(cls.keys, cls.texts, strict=True)]

    def _volumes(self, spec: Volumes) -> CountTable:
        chosen = self.sel.chosen
        rows = {
            "people_supported": len({r.person_key for r in chosen[Select.ACTIVE]}),
            "journeys_open": len(chosen[Select.ACTIVE]),
            "journeys_referred": len(chosen[Select.REFERRED]),
            "journeys_closed": len(chosen[Select.CLOSED]),
            "journeys_ended_early": len(chosen[Select.ENDED_EARLY]),
        }
        frame = self._frame(
            spec,
            Shape.LIST,
            "people and journeys",
            Text.word("heading.measure"),
            [(k, Text.word(f"volumes.{k}")) for k in rows],
            [COUNT],
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
            Text.word("heading.journeys"),
            [
                ("ever", Text.word("repeat.journeys_ever")),
                ("in_period", Text.word("repeat.journeys_in_period")),
            ],
            [
                ("one_journey", Text.word("repeat.one_journey")),
                ("more_than_one_journey", Text.word("repeat.more_than_one_journey")),
            ],
        )
        cells = ((people - ever_many, ever_many), (people - within_many, within_many))
        return CountTable(frame, cells, row_totals=(people, people))

    def _one_way(self, spec: Count) -> CountTable:
        cls = self.classifier(spec.by)
        counts = [0] * len(cls.texts)
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
            Text.word("heading.category"),
            self._axis(cls, "by"),
            [COUNT],
            additive=not cls.multiple,
        )
        return CountTable(frame, tuple((n,) for n in counts), column_totals=(len(units),))

    def _crosstab(self, spec: Crosstab) -> CountTable:
        rc, cc = self.classifier(spec.rows), self.classifier(spec.columns)
        grid = [[0] * len(cc.texts) for _ in rc.texts]
        units = self.units(spec.select, spec.unit)
        pairs = zip(
            self.categories(spec.rows, spec.select, spec.unit),
            self.categories(spec.columns, spec.select, spec.unit),
            strict=True,
        )
        for (i, j), n in collections.Counter(pairs).items():
            grid[i][j] = n
        header = Text.template("rows.title", spec.rows.title or humanise(rc.name))
        frame = self._frame(
            spec,
            Shape.CROSSTAB,
            spec.unit.value,
            header,
            self._axis(rc, "rows"),
            self._axis(cc, "columns"),
        )
        return CountTable(
            frame,
            tuple(tuple(row) for row in grid),
            row_totals=tuple(sum(row) for row in grid),
            column_totals=tuple(sum(col) for col in zip(*grid, strict=True)),
            grand_total=len(units),
        )

    def _first_contact(self, spec: FirstContact) -> CountTable:
        rows = [*band_labels(spec), ("not_yet_contacted", Text.word("category.not_yet_contacted"))]
        counts = [0] * len(rows)
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
            spec,
            Shape.ONE_WAY,
            "journeys",
            Text.word("heading.days_to_first_contact"),
            rows,
            [COUNT],
        )
        return CountTable(frame, tuple((n,) for n in counts), column_totals=(len(units),))

    def _withdrawal_stage(self, spec: WithdrawalStage) -> CountTable:
        question = self.pack.question(spec.question)
        choices = self.pack.choices_of(question)
        index = {c.value: i for i, c in enumerate(choices)}
        rows = [(c.value, Text.pack(choice_key(question, c.value), c.label)) for c in choices]
        rows.append(("not_recorded", Text.word("category.not_recorded")))
        counts = [0] * len(rows)
        units = self.sel.chosen[Select.ENDED_EARLY]
        for r in units:
            counts[index.get(r.withdrawal_stage or "", len(choices))] += 1
        frame = self._frame(
            spec,
            Shape.ONE_WAY,
            "journeys",
            Text.word("heading.point_support_stopped"),
            rows,
            [COUNT],
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
            Text.word("heading.right"),
            [(f"right_{n}", Text.word(f"right.{n}")) for n in CODE_RIGHTS],
            [
                ("explained", Text.word("heading.explained")),
                ("delivered", Text.word("heading.delivered")),
                ("not_recorded", Text.word("category.not_recorded")),
            ],
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
        rows = [(m, Text.template(f"measures.{m}", _measure_label(m))) for m in measures]
        frame = self._frame(
            spec,
            Shape.ROWS,
            "journeys",
            Text.word("heading.outcome"),
            rows,
            [(c, Text.word(f"change.{c}")) for c in CHANGE_KEYS],
        )
        return CountTable(frame, tuple(grid), row_totals=tuple(len(units) for _ in measures))

    def _comfort(self, spec: Comfort) -> CountTable:
        stages = [s for s in self.pack.stages if s.check_ins]
        low = min((c.minimum for s in stages for c in s.check_ins), default=1)
        high = max((c.maximum for s in stages for c in s.check_ins), default=5)
        scores = list(range(low, high + 1))
        columns = [(str(n), Text.literal(str(n))) for n in scores]
        columns += [
            (DECLINED_KEY, Text.word("category.prefer_not_to_say")),
            (NOT_ASKED_KEY, Text.word("category.not_asked")),
        ]
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
            note = Text.word(
                "comfort.note",
                low=low,
                low_label=Text.pack(f"checkin.{first.id}.low_label", first.low_label, lower=True),
                high=high,
                high_label=Text.pack(
                    f"checkin.{first.id}.high_label", first.high_label, lower=True
                ),
            )
        rows = [(s.id, Text.pack(f"stage.{s.id}.title", s.title)) for s in stages]
        frame = self._frame(
            spec,
            Shape.ROWS,
            "journeys",
            Text.word("heading.collection_point"),
            rows,
            columns,
            note=note,
        )
        return CountTable(frame, tuple(grid), row_totals=tuple(len(units) for _ in stages))


def band_labels(spec: FirstContact) -> list[tuple[str, Text]]:
    """The key and label of each band of days: Intake's words for the default bands, the
    template's own (keyed `bands.<n>`) where it sets them."""
    found = []
    low = 0
    own = "bands" in spec.model_fields_set
    for i, band in enumerate(spec.bands):
        if band.max_days is None:
            key = f"over_{low - 1}" if low else "any"
        else:
            key = f"days_{low}_{band.max_days}"
            low = band.max_days + 1
        if own:
            found.append((key, Text.template(f"bands.{i}", band.label)))
        else:
            found.append((key, Text.word(f"band.{key}")))
    return found


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
