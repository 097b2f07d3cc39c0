"""One stage's questions as flowables: wording, why-line, definition, boxes, routing.

Kept apart from the page frame so the same writer serves blank, personalised and
fillable packs; only the field names differ. Every text from a pack is escaped, since a
pack author may write `<` or `&` in a prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from intake.forms import (
    CheckInSpec,
    Condition,
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    Stage,
)
from intake.paper import fieldnames, layout
from intake.paper.document import content_width, frame_height
from intake.paper.flowables import DateBoxes, ScaleRow, TickRow, WriteIn
from intake.paper.text import PlainText
from intake.paper.words import PaperWords

SHORT_LINES = 2
_TAIL = 4
LONG_LINES = 6


class ItemKind(StrEnum):
    QUESTION = "question"
    CHECK_IN = "check_in"


@dataclass(frozen=True)
class PrintedItem:
    """One numbered item as printed: what transcription shows beside "question 7"."""

    number: int
    kind: ItemKind
    id: str
    stage: str


def number_items(stages: list[tuple[Stage, list[QuestionT]]]) -> list[PrintedItem]:
    """Number what is printed, in page order: opening check-ins, the questions section by
    section, closing check-ins; stage after stage, counting on across stages."""
    items: list[PrintedItem] = []

    def add(kind: ItemKind, item_id: str, stage: Stage) -> None:
        items.append(PrintedItem(len(items) + 1, kind, item_id, stage.id))

    for stage, questions in stages:
        wanted = {q.id for q in questions}
        for ci in stage.check_ins:
            if ci.position == "start":
                add(ItemKind.CHECK_IN, ci.id, stage)
        for q in stage.questions():
            if q.id in wanted:
                add(ItemKind.QUESTION, q.id, stage)
        for ci in stage.check_ins:
            if ci.position == "end":
                add(ItemKind.CHECK_IN, ci.id, stage)
    return items


class QuestionWriter:
    """Turns stages into flowables, numbering questions across the whole document."""

    def __init__(
        self,
        pack: Pack,
        styles: layout.Styles,
        words: PaperWords,
        for_caseworker: bool,
        fillable: bool,
        rtl: bool,
    ) -> None:
        self.pack, self.styles, self.words = pack, styles, words
        self.for_caseworker, self.fillable, self.rtl = for_caseworker, fillable, rtl
        self.numbers: dict[tuple[ItemKind, str], int] = {}
        # The scale's end labels sit under its two ends: mirrored on a right-to-left page.
        self.low_style = ParagraphStyle(
            "low", parent=styles.choice_note, alignment=TA_RIGHT if rtl else TA_LEFT
        )
        self.high_style = ParagraphStyle(
            "high", parent=styles.choice_note, alignment=TA_LEFT if rtl else TA_RIGHT
        )

    def _p(self, text: str, style: ParagraphStyle) -> PlainText:
        return self.styles.text(text, style)

    def stage(self, stage: Stage, questions: list[QuestionT]) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [self._p(stage.title, s.heading)]
        intro = stage.intro
        if intro is not None:
            text = intro.say if self.for_caseworker else (intro.self_text or intro.say)
            story.append(self._p(text, s.body))
        story += [self.check_in(ci) for ci in stage.check_ins if ci.position == "start"]
        wanted = {q.id for q in questions}
        for section in stage.sections:
            chosen = [q for q in section.questions if q.id in wanted]
            if not chosen:
                continue
            # The section heading travels with its first question, never alone at a foot.
            lead: list[Flowable] = [self._p(section.title, s.subheading)]
            if section.intro:
                lead.append(self._p(section.intro, s.body))
            for i, q in enumerate(chosen):
                story += self.question(q, lead if i == 0 else [])
        story += [self.check_in(ci) for ci in stage.check_ins if ci.position == "end"]
        if stage.closing:
            story.append(self._p(stage.closing, s.body))
        return story

    def numbered(self, items: list[PrintedItem]) -> QuestionWriter:
        """Use these numbers (from `number_items`) for what is printed."""
        self.numbers = {(item.kind, item.id): item.number for item in items}
        return self

    def question(self, q: QuestionT, lead: list[Flowable] | None = None) -> list[Flowable]:
        """One question kept on one page, after `lead` (its section heading, if first)."""
        s, w = self.styles, self.words
        number = self.numbers[(ItemKind.QUESTION, q.id)]
        wording = q.prompt if self.for_caseworker else (q.self_prompt or q.prompt)
        parts: list[Flowable] = [self._p(f"{number}. {wording}", s.question)]
        if self.for_caseworker and q.say:
            parts.append(self._p(w.say.format(text=q.say), s.secondary))
        if q.when is not None:
            parts.append(self._p(self.route(q.when), s.secondary))
        if q.why:
            parts.append(self._p(w.why_we_ask.format(text=q.why), s.secondary))
        if q.definition:
            parts.append(self._p(w.what_this_means.format(text=q.definition), s.secondary))
        tip = f"{number}. {wording}"
        parts += self.answer(q, tip)
        if q.prefer_not_to_say or q.is_personal:
            field = fieldnames.decline(q.id) if self.fillable else None
            label = self._p(w.prefer_not_to_say, s.choice)
            parts.append(TickRow(label, None, field, self.rtl, tip))
        parts.append(Spacer(1, layout.QUESTION_GAP))
        return self._together(lead or [], parts)

    def _together(self, lead: list[Flowable], parts: list[Flowable]) -> list[Flowable]:
        """Keep a question on one page, with its section heading when both fit."""
        if not lead:
            return [KeepTogether(parts)]
        width = content_width()
        height = sum(f.wrap(width, 10_000)[1] for f in [*lead, *parts])
        if height > frame_height():
            # Too tall for one page with its heading: start a page and let the boxes
            # flow on, keeping the last few together so none is left alone overleaf.
            return [
                CondPageBreak(frame_height() - 2),
                *lead,
                *parts[:-_TAIL],
                KeepTogether(parts[-_TAIL:]),
            ]
        return [KeepTogether([*lead, *parts])]

    def answer(self, q: QuestionT, tip: str) -> list[Flowable]:
        """The boxes or lines for an answer; `tip` names the question to screen readers."""
        s, w = self.styles, self.words
        fill = self.fillable
        if isinstance(q, ScaleQuestion):
            return [
                self._p(w.tick_scale, s.secondary),
                self._scale(q.id, q, q.low_label, q.high_label, tip),
            ]
        if isinstance(q, DateQuestion):
            fields = [
                fieldnames.date_part(q.id, p)
                for p in (fieldnames.Part.DAY, fieldnames.Part.MONTH, fieldnames.Part.YEAR)
            ]
            return [
                self._p(w.write_date, s.secondary),
                DateBoxes(
                    (w.day, w.month, w.year), fields if fill else None, tip, self.rtl, s.language
                ),
            ]
        if isinstance(q, NumberQuestion):
            field = fieldnames.text(q.id) if fill else None
            box = WriteIn(
                1,
                field,
                maxlen=20,
                width=50 * mm,
                unit=q.unit,
                tip=tip,
                rtl=self.rtl,
                language=s.language,
            )
            return [self._p(w.write_number, s.secondary), box]
        if isinstance(q, ShortText | LongText):
            lines = LONG_LINES if isinstance(q, LongText) else SHORT_LINES
            field = fieldnames.text(q.id) if fill else None
            box = WriteIn(lines, field, maxlen=q.max_length, tip=tip)
            return [self._p(w.write_answer, s.secondary), box]
        hint = w.tick_any if isinstance(q, MultipleChoice) else w.tick_one
        rows: list[Flowable] = [self._p(hint, s.secondary)]
        for choice in self.pack.choices_of(q):
            note = self._p(choice.definition, s.choice_note) if choice.definition else None
            field = fieldnames.choice(q.id, choice.value) if fill else None
            rows.append(TickRow(self._p(choice.label, s.choice), note, field, self.rtl, tip))
        return rows

    def _scale(
        self,
        key: str,
        spec: ScaleQuestion | CheckInSpec,
        low: str,
        high: str,
        tip: str,
        check_in: bool = False,
    ) -> ScaleRow:
        points = list(range(spec.minimum, spec.maximum + 1))
        fields = None
        if self.fillable:
            if check_in:
                fields = [fieldnames.check_in(key, p) for p in points]
            else:
                fields = [fieldnames.choice(key, str(p)) for p in points]
        return ScaleRow(
            points,
            self._p(low, self.low_style),
            self._p(high, self.high_style),
            fields,
            tip,
            self.rtl,
        )

    def check_in(self, ci: CheckInSpec) -> Flowable:
        s, w = self.styles, self.words
        number = self.numbers[(ItemKind.CHECK_IN, ci.id)]
        wording = ci.prompt if self.for_caseworker else (ci.self_prompt or ci.prompt)
        parts: list[Flowable] = [self._p(f"{number}. {wording}", s.question)]
        if self.for_caseworker and ci.say:
            parts.append(self._p(w.say.format(text=ci.say), s.secondary))
        parts.append(self._p(w.tick_scale, s.secondary))
        tip = f"{number}. {wording}"
        parts.append(self._scale(ci.id, ci, ci.low_label, ci.high_label, tip, check_in=True))
        parts.append(Spacer(1, layout.QUESTION_GAP))
        return KeepTogether(parts)

    def route(self, cond: Condition) -> str:
        """Plain words for when to answer: exact for simple tests, general otherwise."""
        w = self.words
        if cond.question is None or (ItemKind.QUESTION, cond.question) not in self.numbers:
            return w.only_if_general
        number = self.numbers[(ItemKind.QUESTION, cond.question)]
        name, operand = cond.test()
        if name == "equals":
            return w.only_if_equals.format(label=self._label(cond.question, operand), number=number)
        if name == "in" and isinstance(operand, list):
            quoted = [w.quoted.format(label=self._label(cond.question, v)) for v in operand]
            labels = w.list_separator.join(quoted)
            return w.only_if_in.format(labels=labels, number=number)
        if name == "answered" and operand is True:
            return w.only_if_answered.format(number=number)
        if name == "declined" and operand is True:
            return w.only_if_equals.format(label=w.prefer_not_to_say, number=number)
        return w.only_if_general

    def _label(self, question_id: str, value: object) -> str:
        try:
            question = self.pack.question(question_id)
        except KeyError:
            return str(value)
        for choice in self.pack.choices_of(question):
            if choice.value == value or (value is True and choice.value == "yes"):
                return choice.label
            if value is False and choice.value == "no":
                return choice.label
        return str(value)
