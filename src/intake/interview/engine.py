"""The conversational engine: a state machine over one stage of a pack.

Pure: no I/O and no clock (today's date is passed in). The caller builds an `Interview`
from what is already stored, renders `current()`, hands back answers, and persists what
`take_events()` returns after each call. Known answers are skipped, so nothing settled is
ever asked twice, whichever journey, stage or channel it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from intake.domain import Answer, AnswerStatus, CheckIn, Source
from intake.forms.model import CheckInSpec, Pack, QuestionT, Stage
from intake.interview.conditions import evaluate
from intake.interview.steps import (
    OK,
    AnswerGiven,
    CheckInGiven,
    CheckInStep,
    Event,
    Explain,
    Intro,
    Mentioned,
    Mode,
    QuestionStep,
    Reflect,
    Result,
    ResultKind,
    StageEnd,
    Step,
    StepDone,
)
from intake.interview.validation import EMPTY, Invalid, is_empty, normalise


class InterviewError(ValueError):
    """A call that does not fit the current step (a programming error, not a person's)."""


@dataclass(frozen=True)
class _Slot:
    kind: str  # "intro" | "explain" | "checkin" | "question" | "end"
    key: str
    question: QuestionT | None = None
    checkin: CheckInSpec | None = None


class Interview:
    def __init__(
        self,
        pack: Pack,
        stage_id: str,
        known: Mapping[str, Answer] | None = None,
        *,
        mode: Mode = Mode.ASSISTED,
        today: date,
        mentioned: Iterable[str] = (),
        done: Iterable[str] = (),
        source: Source | None = None,
    ) -> None:
        self.pack = pack
        self.stage: Stage = pack.stage(stage_id)
        self.mode = mode
        self.today = today
        self.source = source or (Source.SELF if mode is Mode.SELF else Source.ASSISTED)
        self.answers: dict[str, Answer] = dict(known or {})
        self.checkins: dict[str, CheckIn] = {}
        self._skip = {qid for qid, a in self.answers.items() if a.is_settled}
        self._mentioned = set(mentioned)
        self._done = set(done)
        self._events: list[Event] = []
        self._questions = {q.id: q for q in pack.questions()}
        self._section_of = {q.id: sec for sec in self.stage.sections for q in sec.questions}
        self._slots = self._build_slots()
        self._nothing_to_ask = False
        self._version = 0  # bumped whenever answers change; keys the visible-list cache
        self._visible: tuple[int, list[str]] | None = None
        # A stage with nothing left to ask (everything already known) goes straight to
        # its end: no introduction or check-in for a conversation that will not happen.
        self._nothing_to_ask = bool(self.stage.questions()) and not self.visible_questions()
        self._index = self._first_open()

    # ----------------------------------------------------------------- navigation

    def current(self) -> Step:
        return self._step(self._index)

    @property
    def is_finished(self) -> bool:
        return self._slots[self._index].kind == "end"

    def next(self) -> Step:
        """Move on. A required question with nothing given yet holds its place."""
        slot = self._slots[self._index]
        if slot.kind == "question" and slot.question is not None:
            q = slot.question
            if q.required and q.id not in self.answers:
                return self.current()
        if slot.kind in ("intro", "explain") and slot.key not in self._done:
            self._done.add(slot.key)
            self._events.append(StepDone(slot.key))
        for i in range(self._index + 1, len(self._slots)):
            if self._shown(i):
                self._index = i
                break
        return self.current()

    def can_go_back(self) -> bool:
        return any(self._shown(i) for i in range(self._index))

    def back(self) -> Step:
        for i in range(self._index - 1, -1, -1):
            if self._shown(i):
                self._index = i
                break
        return self.current()

    # ----------------------------------------------------------------- answering

    def answer(self, value: object) -> Result:
        q = self._current_question()
        if is_empty(value):
            if q.required:
                return Result(ResultKind.REQUIRED, EMPTY.code, EMPTY.message, EMPTY.params)
            return OK
        normal = normalise(q, value, self.pack, self.today)
        if isinstance(normal, Invalid):
            return Result(ResultKind.INVALID, normal.code, normal.message, normal.params)
        self._record(q, normal, AnswerStatus.ANSWERED)
        return OK

    def decline(self) -> Result:
        """Prefer not to say."""
        q = self._current_question()
        if not q.prefer_not_to_say:
            return Result(
                ResultKind.INVALID, "decline_not_offered", "This question needs an answer."
            )
        self._record(q, None, AnswerStatus.PREFER_NOT_TO_SAY)
        return OK

    def later(self) -> Result:
        """Ask later: recorded, and put again next time this stage is opened."""
        q = self._current_question()
        if not q.ask_later:
            return Result(ResultKind.INVALID, "later_not_offered", "This question is needed now.")
        self._record(q, None, AnswerStatus.ASK_LATER)
        return OK

    def check_in(self, score: int | None, note: str = "") -> Result:
        """Record a wellbeing check-in; `score=None` means the person would rather not say."""
        slot = self._slots[self._index]
        if slot.kind != "checkin" or slot.checkin is None:
            raise InterviewError("the current step is not a check-in")
        spec = slot.checkin
        if score is not None and not (spec.minimum <= score <= spec.maximum):
            return Result(
                ResultKind.INVALID,
                "off_scale",
                f"Please choose a number from {spec.minimum} to {spec.maximum}.",
            )
        ci = CheckIn(
            stage=self.stage.id,
            checkin_id=spec.id,
            score=score,
            note=note.strip(),
            declined=score is None,
        )
        self.checkins[spec.id] = ci
        self._done.add(slot.key)
        self._events.append(CheckInGiven(slot.key, ci))
        return OK

    def volunteer(self, question_id: str, value: object, *, declined: bool = False) -> Result:
        """Record what the person said unprompted, for any question of the pack."""
        q = self._questions.get(question_id)
        if q is None:
            raise InterviewError(f"no question {question_id!r} in this pack")
        if declined:
            answer = self._make(q, None, AnswerStatus.PREFER_NOT_TO_SAY, volunteered=True)
        else:
            if is_empty(value):
                return Result(ResultKind.REQUIRED, EMPTY.code, EMPTY.message, EMPTY.params)
            normal = normalise(q, value, self.pack, self.today)
            if isinstance(normal, Invalid):
                return Result(ResultKind.INVALID, normal.code, normal.message, normal.params)
            answer = self._make(q, normal, AnswerStatus.ANSWERED, volunteered=True)
        self.answers[q.id] = answer
        self._skip.add(q.id)
        self._version += 1
        self._events.append(AnswerGiven(answer))
        return OK

    def mention(self, question_id: str) -> None:
        """The person touched on this subject: put the question with its reflect wording."""
        if question_id not in self._questions:
            raise InterviewError(f"no question {question_id!r} in this pack")
        if question_id not in self._mentioned:
            self._mentioned.add(question_id)
            self._events.append(Mentioned(question_id))

    def take_events(self) -> list[Event]:
        """What happened since the last call, for the caller to persist."""
        events, self._events = self._events, []
        return events

    # ----------------------------------------------------------------- summaries

    def known_questions(self) -> list[str]:
        """Questions of this stage not put, because they are already known."""
        return [
            s.question.id
            for s in self._slots
            if s.question is not None and s.question.id in self._skip and self._allowed(s.question)
        ]

    def visible_questions(self) -> list[str]:
        """The questions this stage will put, given everything answered so far."""
        if self._visible is None or self._visible[0] != self._version:
            ids = [
                s.question.id
                for i, s in enumerate(self._slots)
                if s.question is not None and self._shown(i)
            ]
            self._visible = (self._version, ids)
        return list(self._visible[1])

    def relevant(self, question_id: str) -> bool:
        q = self._questions[question_id]
        return q.when is None or evaluate(q.when, self.answers, self.today)

    # ----------------------------------------------------------------- internals

    def _build_slots(self) -> list[_Slot]:
        stage = self.stage
        slots: list[_Slot] = []
        if stage.intro is not None:
            slots.append(_Slot("intro", f"{stage.id}/intro"))
        if stage.transparency is not None:
            slots.append(_Slot("explain", f"{stage.id}/explain"))
        for ci in stage.check_ins:
            if ci.position == "start":
                slots.append(_Slot("checkin", f"{stage.id}/checkin/{ci.id}", checkin=ci))
        for q in stage.questions():
            slots.append(_Slot("question", f"{stage.id}/q/{q.id}", question=q))
        for ci in stage.check_ins:
            if ci.position == "end":
                slots.append(_Slot("checkin", f"{stage.id}/checkin/{ci.id}", checkin=ci))
        slots.append(_Slot("end", f"{stage.id}/end"))
        return slots

    def _first_open(self) -> int:
        for i, slot in enumerate(self._slots):
            if self._shown(i) and slot.key not in self._done:
                return i
        return len(self._slots) - 1

    def _allowed(self, q: QuestionT) -> bool:
        return self.mode is Mode.ASSISTED or q.self_completion

    def _shown(self, i: int) -> bool:
        slot = self._slots[i]
        if self._nothing_to_ask and slot.kind in ("intro", "explain", "checkin"):
            return False
        if slot.kind in ("intro", "explain"):
            script = self.stage.intro if slot.kind == "intro" else self.stage.transparency
            return script is not None and (self.mode is Mode.ASSISTED or bool(script.self_text))
        if slot.question is not None:
            q = slot.question
            if q.id in self._skip or not self._allowed(q):
                return False
            return q.when is None or evaluate(q.when, self.answers, self.today)
        return True

    def _current_question(self) -> QuestionT:
        q = self._slots[self._index].question
        if q is None:
            raise InterviewError("the current step is not a question")
        return q

    def _make(
        self, q: QuestionT, value: object, status: AnswerStatus, *, volunteered: bool = False
    ) -> Answer:
        return Answer(
            question_id=q.id,
            value=value,  # type: ignore[arg-type]
            status=status,
            source=self.source,
            stage=self.stage.id,
            volunteered=volunteered,
        )

    def _record(self, q: QuestionT, value: object, status: AnswerStatus) -> None:
        answer = self._make(q, value, status)
        self.answers[q.id] = answer
        self._version += 1
        self._events.append(AnswerGiven(answer))

    def _reflected(self, q: QuestionT) -> bool:
        if q.reflect is None:
            return False
        if self.mode is Mode.SELF and not q.reflect.self_prompt:
            return False
        if q.id in self._mentioned:
            return True
        return q.reflect.when is not None and evaluate(q.reflect.when, self.answers, self.today)

    def _step(self, i: int) -> Step:
        slot = self._slots[i]
        stage = self.stage
        if slot.kind in ("intro", "explain"):
            script = stage.intro if slot.kind == "intro" else stage.transparency
            assert script is not None
            text = script.say if self.mode is Mode.ASSISTED else (script.self_text or script.say)
            cls = Intro if slot.kind == "intro" else Explain
            return cls(key=slot.key, stage_id=stage.id, title=script.title, text=text)
        if slot.kind == "checkin" and slot.checkin is not None:
            ci = slot.checkin
            wording = ci.prompt if self.mode is Mode.ASSISTED else (ci.self_prompt or ci.prompt)
            return CheckInStep(
                key=slot.key,
                stage_id=stage.id,
                spec=ci,
                wording=wording,
                say=ci.say if self.mode is Mode.ASSISTED else None,
                current=self.checkins.get(ci.id),
            )
        if slot.kind == "question" and slot.question is not None:
            return self._question_step(slot, slot.question)
        return self._end_step(slot)

    def _question_step(self, slot: _Slot, q: QuestionT) -> QuestionStep:
        reflected = self._reflected(q)
        if self.mode is Mode.ASSISTED:
            wording = q.prompt
            say = q.reflect.say if reflected and q.reflect else (q.say or q.prompt)
        else:
            wording = q.self_prompt or q.prompt
            if reflected and q.reflect and q.reflect.self_prompt:
                wording = q.reflect.self_prompt
            say = None
        visible = self.visible_questions()
        position = visible.index(q.id) + 1 if q.id in visible else len(visible)
        section = self._section_of[q.id]
        first_of_section = next((qid for qid in visible if self._section_of[qid] is section), q.id)
        cls = Reflect if reflected else QuestionStep
        return cls(
            key=slot.key,
            stage_id=self.stage.id,
            question=q,
            wording=wording,
            say=say,
            why=q.why,
            definition=q.definition,
            choices=self.pack.choices_of(q),
            can_decline=q.prefer_not_to_say,
            can_ask_later=q.ask_later,
            current=self.answers.get(q.id) if q.id not in self._skip else None,
            position=position,
            of=len(visible),
            section_title=section.title,
            section_intro=section.intro if first_of_section == q.id else None,
        )

    def _end_step(self, slot: _Slot) -> StageEnd:
        ids = [q.id for q in self.stage.questions()]
        given = {qid: self.answers[qid] for qid in ids if qid in self.answers}
        return StageEnd(
            key=slot.key,
            stage_id=self.stage.id,
            closing=self.stage.closing,
            answered=[k for k, a in given.items() if a.status is AnswerStatus.ANSWERED],
            declined=[k for k, a in given.items() if a.status is AnswerStatus.PREFER_NOT_TO_SAY],
            later=[k for k, a in given.items() if a.status is AnswerStatus.ASK_LATER],
            known=self.known_questions(),
        )
