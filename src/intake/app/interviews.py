"""What the interview screens need from the store: answers saved one by one, what is
already known, check-ins, notes, rights, subjects mentioned and where to resume.

`record_answer` returns only after the answer is committed to disk: when the screen
says "saved", a crash or power cut cannot take it back.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from intake.app.summary import CaseSummary, build_summary
from intake.domain import Answer, AnswerStatus, CheckIn, JourneyId, Scope
from intake.forms import Pack
from intake.store import (
    AuditAction,
    AuditEntity,
    CheckInRecord,
    ConsentPurpose,
    NoteRecord,
    RightRecord,
    RightState,
    StoredAnswer,
)
from intake.store.errors import InvalidInputError

if TYPE_CHECKING:
    from intake.app.session import Session

CONSENT_EXPLAINED_BY_FORM = "form question"


class Interviews:
    def __init__(self, session: Session) -> None:
        self._s = session

    def record_answer(
        self,
        journey_id: JourneyId,
        answer: Answer,
        pack: Pack | None = None,
        scope: Scope | None = None,
    ) -> int:
        """Save one answer at once; returns its id once it is safely on disk.

        The scope comes from `scope`, else from the question in `pack`, else journey.
        A yes/no question that names a consent purpose also records a consent event.
        """
        question = None
        if pack is not None:
            try:
                question = pack.question(answer.question_id)
            except KeyError:
                raise InvalidInputError(
                    "That question is not in the form pack.", "Reload the form and try again."
                ) from None
        if scope is None:
            scope = question.scope if question is not None else Scope.JOURNEY
        store = self._s.store
        now = self._s.now()
        with store.db.transaction():
            journey = store.journeys.get(journey_id)
            answer_id = store.answers.insert(
                journey.person_id, journey_id, scope, answer, self._s.user.id, now
            )
            self._s.audit(AuditAction.CREATED, AuditEntity.ANSWER, answer_id)
            purpose = getattr(question, "consent", None)
            if purpose and answer.status is AnswerStatus.ANSWERED and answer.value in ("yes", "no"):
                event = store.consents.insert(
                    journey.person_id,
                    journey_id,
                    ConsentPurpose(purpose),
                    answer.value == "yes",
                    CONSENT_EXPLAINED_BY_FORM,
                    self._s.user.id,
                    now,
                )
                self._s.audit(AuditAction.CREATED, AuditEntity.CONSENT, event)
        return answer_id

    def known_answers(self, journey_id: JourneyId) -> dict[str, Answer]:
        """Question id -> latest answer known in this journey: the person's own facts
        from any journey plus this journey's answers. Hand this to the interview."""
        return {q: a.as_answer() for q, a in self.known_records(journey_id).items()}

    def known_records(self, journey_id: JourneyId) -> dict[str, StoredAnswer]:
        """As `known_answers`, with who recorded each one and when."""
        store = self._s.store
        journey = store.journeys.get(journey_id)
        return store.answers.current(journey.person_id, journey_id)

    def summary(self, journey_id: JourneyId, pack: Pack) -> CaseSummary:
        """Per stage: what is known, declined, to ask later and not asked yet."""
        store = self._s.store
        journey = store.journeys.get(journey_id)
        known = store.answers.current(journey.person_id, journey_id)
        with store.db.transaction():
            self._s.audit(AuditAction.VIEWED, AuditEntity.JOURNEY, journey_id)
        return build_summary(journey, pack, known)

    # --- check-ins, notes, rights ----------------------------------------------------

    def record_check_in(self, journey_id: JourneyId, check_in: CheckIn) -> int:
        store = self._s.store
        with store.db.transaction():
            rid = store.records.add_check_in(journey_id, check_in, self._s.user.id, self._s.now())
            self._s.audit(AuditAction.CREATED, AuditEntity.CHECK_IN, rid)
        return rid

    def check_ins(self, journey_id: JourneyId) -> list[CheckInRecord]:
        return self._s.store.records.check_ins(journey_id)

    def add_note(self, journey_id: JourneyId, text: str) -> int:
        store = self._s.store
        with store.db.transaction():
            nid = store.records.add_note(journey_id, text, self._s.user.id, self._s.now())
            self._s.audit(AuditAction.CREATED, AuditEntity.NOTE, nid)
        return nid

    def notes(self, journey_id: JourneyId) -> list[NoteRecord]:
        return self._s.store.records.notes(journey_id)

    def record_right(
        self, journey_id: JourneyId, right_number: int, state: RightState, on_date: date
    ) -> int:
        """A Victims' Code right (1 to 12) explained or delivered on a date."""
        if not 1 <= right_number <= 12:
            raise InvalidInputError(
                "The Victims' Code has rights 1 to 12.", "Choose one of those rights."
            )
        store = self._s.store
        with store.db.transaction():
            rid = store.records.add_right(
                journey_id, right_number, state, on_date, self._s.user.id, self._s.now()
            )
            self._s.audit(AuditAction.CREATED, AuditEntity.RIGHT, rid)
        return rid

    def rights(self, journey_id: JourneyId) -> list[RightRecord]:
        return self._s.store.records.rights(journey_id)

    # --- resuming --------------------------------------------------------------------

    def mention(self, journey_id: JourneyId, subject: str) -> None:
        """Remember that the person touched on a subject (drives "reflect" wording)."""
        store = self._s.store
        with store.db.transaction():
            store.records.mention(journey_id, subject, self._s.now())

    def mentioned(self, journey_id: JourneyId) -> set[str]:
        return self._s.store.records.mentioned(journey_id)

    def mark_done(self, journey_id: JourneyId, step_key: str) -> None:
        """Remember a step (an introduction, an explanation) as done, to resume after it."""
        store = self._s.store
        with store.db.transaction():
            store.records.mark_done(journey_id, step_key, self._s.now())

    def done_steps(self, journey_id: JourneyId) -> set[str]:
        return self._s.store.records.done_steps(journey_id)
