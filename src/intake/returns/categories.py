"""Turning answers into return categories.

An axis of a table is one question, or every question that feeds one return dimension
(e.g. `date_of_birth` and `age_band` both feed `age_band`; the outcome measures are
asked at several stages). A `Classifier` knows the categories in print order and puts
each journey in one of them (or, for multiple choice, in several). "Prefer not to say"
and "Not asked" are always the last two categories and are never merged: a funder must
be able to see the difference between a person who declined and a question never put.
"Asked later" counts as not asked: the question was deferred, not answered or declined.

Each category has a key (a group key, a choice value, a scale score, or
`prefer_not_to_say` / `not_asked`) that is the same in every language, and a `Text`
saying where its printed label comes from: the pack for a choice's own label, the
template for a name the template gives (`labels:`) and for group names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from intake.domain import AnswerStatus, AnswerValue
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    MultipleChoice,
    Pack,
    QuestionT,
    ScaleQuestion,
    YesNo,
)
from intake.returns.labels import Text
from intake.returns.records import JourneyRecord
from intake.returns.template import Axis

DECLINED_KEY = "prefer_not_to_say"
NOT_ASKED_KEY = "not_asked"
COUNTABLE = (ChoiceQuestion, YesNo, ScaleQuestion)


class AxisError(Exception):
    """Why an axis cannot be counted: (kind, question id) for the template checker."""

    def __init__(self, kind: str, qid: str, qtype: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.qid = qid
        self.qtype = qtype


def humanise(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def questions_of(pack: Pack, axis: Axis) -> list[QuestionT]:
    """The questions behind an axis, in pack (and so stage) order."""
    if axis.question is not None:
        try:
            return [pack.question(axis.question)]
        except KeyError:
            raise AxisError("unknown_question", axis.question) from None
    found = [q for q in pack.questions() if q.returns and q.returns.dimension == axis.dimension]
    if not found:
        raise AxisError("unknown_dimension", axis.dimension or "")
    return found


@dataclass
class Classifier:
    """Puts each journey's answers into the categories of one axis."""

    name: str
    texts: list[Text] = field(default_factory=list)
    """The printed label of each category, in print order. A template text is keyed
    `labels.<key>`, relative to the table and axis (`Text.under`)."""
    keys: list[str] = field(default_factory=list)
    """The category keys, the same in every language."""
    multiple: bool = False
    questions: list[str] = field(default_factory=list)
    index: dict[str, dict[str, int]] = field(default_factory=dict)
    """question id -> answer value (as text) -> category index."""
    bands: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    """date question id -> [(youngest, oldest, category index)]."""

    @property
    def labels(self) -> list[str]:
        """The categories' English labels."""
        return [t.plain for t in self.texts]

    @property
    def declined(self) -> int:
        return len(self.texts) - 2

    @property
    def not_asked(self) -> int:
        return len(self.texts) - 1

    def classify(self, record: JourneyRecord) -> tuple[int, ...]:
        """The category indexes of this journey (exactly one unless `multiple`).

        The first question of the axis that was answered wins; otherwise "Prefer not to
        say" if any was declined, else "Not asked"."""
        declined = False
        answers = record.answers
        for qid in self.questions:
            got = answers.get(qid)
            if got is None:
                continue
            status, value = got
            if status is AnswerStatus.ANSWERED:
                found = self._map(qid, value, record.referral_date)
                if found is not None:
                    return found
            elif status is AnswerStatus.PREFER_NOT_TO_SAY:
                declined = True
        return (self.declined,) if declined else (self.not_asked,)

    def single(self) -> Callable[[JourneyRecord], int]:
        """A fast classifier for axes with one answer per journey (the common case).

        Most answers are a plain (status, value) pair found in one dictionary; anything
        else falls back to `classify`."""
        if self.multiple:
            raise ValueError("a multiple-choice axis has no single category")
        if len(self.questions) != 1 or self.bands:
            return lambda record: self.classify(record)[0]
        qid = self.questions[0]
        direct: dict[object, int] = {}
        for value, idx in self.index[qid].items():
            direct[(AnswerStatus.ANSWERED, value)] = idx
            if value.lstrip("-").isdigit():
                direct[(AnswerStatus.ANSWERED, int(value))] = idx
        direct[(AnswerStatus.PREFER_NOT_TO_SAY, None)] = self.declined
        direct[(AnswerStatus.ASK_LATER, None)] = self.not_asked
        not_asked = self.not_asked
        slow = self.classify

        def fast(record: JourneyRecord) -> int:
            got = record.answers.get(qid)
            if got is None:
                return not_asked
            try:
                return direct[got]
            except (KeyError, TypeError):
                return slow(record)[0]

        return fast

    def several(self) -> Callable[[JourneyRecord], tuple[int, ...]]:
        """A fast classifier for a multiple-choice axis of one question."""
        if len(self.questions) != 1 or self.bands:
            return self.classify
        qid = self.questions[0]
        table = self.index[qid]
        answered = AnswerStatus.ANSWERED
        declined, not_asked = (self.declined,), (self.not_asked,)
        slow = self.classify

        def fast(record: JourneyRecord) -> tuple[int, ...]:
            got = record.answers.get(qid)
            if got is None:
                return not_asked
            status, value = got
            if status is answered and isinstance(value, list):
                hits = {table[v] for v in value if v in table}
                if hits:
                    return tuple(hits)
                return slow(record)
            return declined if status is AnswerStatus.PREFER_NOT_TO_SAY else not_asked

        return fast

    def _map(self, qid: str, value: AnswerValue, on: date) -> tuple[int, ...] | None:
        if qid in self.bands:
            return _band(self.bands[qid], value, on)
        table = self.index[qid]
        if isinstance(value, list):
            hits = sorted({table[v] for v in value if v in table})
            return tuple(hits) if hits else None
        hit = table.get(str(value))
        return None if hit is None else (hit,)


def _band(
    bands: list[tuple[int, int, int]], value: AnswerValue, on: date
) -> tuple[int, ...] | None:
    if not isinstance(value, str):
        return None
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for low, high, idx in bands:
        if low <= age <= high:
            return (idx,)
    return None


def classifier(pack: Pack, axis: Axis) -> Classifier:
    """Build the classifier of an axis. Raises AxisError when it cannot be counted."""
    questions = questions_of(pack, axis)
    result = Classifier(name=axis.name)
    keys: dict[str, int] = {}

    def category(key: str, label: Text) -> int:
        if key not in keys:
            keys[key] = len(result.texts)
            if key in axis.labels:
                label = Text.template(f"labels.{key}", axis.labels[key])
            result.texts.append(label)
            result.keys.append(key)
        return keys[key]

    dates: list[DateQuestion] = []
    for q in questions:
        if isinstance(q, DateQuestion):
            dates.append(q)
            continue
        if not isinstance(q, COUNTABLE):
            if axis.question is not None or len(questions) == 1:
                raise AxisError("free_text", q.id, q.type)
            continue  # a dimension may hold a number beside its choices; count the choices
        result.questions.append(q.id)
        result.multiple = result.multiple or isinstance(q, MultipleChoice)
        result.index[q.id] = _value_index(pack, q, axis, category)
    for dq in dates:
        if not axis.age_bands:
            raise AxisError("needs_age_bands", dq.id)
        bands = []
        for key, (low, high) in axis.age_bands.items():
            idx = _existing(result, key)
            if idx is None:
                idx = category(key, Text.template(f"labels.{key}", humanise(key)))
            bands.append((low, high, idx))
        result.bands[dq.id] = bands
        # A date of birth is the better source; it comes first wherever it was asked.
        result.questions.insert(0, dq.id)
    result.texts += [Text.word("category.prefer_not_to_say"), Text.word("category.not_asked")]
    result.keys += [DECLINED_KEY, NOT_ASKED_KEY]
    return result


def _existing(result: Classifier, choice_value: str) -> int | None:
    for table in result.index.values():
        if choice_value in table:
            return table[choice_value]
    return None


def _value_index(
    pack: Pack, q: QuestionT, axis: Axis, category: Callable[[str, Text], int]
) -> dict[str, int]:
    table: dict[str, int] = {}
    if isinstance(q, ScaleQuestion):
        for n in range(q.minimum, q.maximum + 1):
            label = Text.literal(str(n))
            end = "low_label" if n == q.minimum else "high_label" if n == q.maximum else None
            if end is not None:
                name = Text.pack(f"question.{q.id}.{end}", getattr(q, end))
                label = Text.word("category.scale_end", number=n, label=name)
            table[str(n)] = category(str(n), label)
        return table
    groups = q.returns.groups if (axis.grouped and q.returns is not None) else None
    choices = pack.choices_of(q)
    if groups:
        for group, values in groups.items():
            idx = category(group, Text.template(f"labels.{group}", humanise(group)))
            for v in values:
                table[v] = idx
    for c in choices:
        if c.value not in table:
            table[c.value] = category(c.value, Text.pack(choice_key(q, c.value), c.label))
    return table


def choice_key(q: QuestionT, value: str) -> str:
    """The form pack's translation key for the label of one of a question's choices."""
    if isinstance(q, YesNo):
        return f"question.{q.id}.{'yes' if value == 'yes' else 'no'}_label"
    if isinstance(q, ChoiceQuestion) and q.choices is None and q.choice_list:
        return f"choice_list.{q.choice_list}.{value}.label"
    return f"question.{q.id}.choice.{value}.label"


def stage_order(pack: Pack, qids: Sequence[str]) -> list[str]:
    """Question ids sorted by where they come in the pack."""
    order = {q.id: i for i, q in enumerate(pack.questions())}
    return sorted(qids, key=lambda q: order.get(q, len(order)))
