"""The interview for one journey and stage, wired to the workspace.

Built from what is stored (known answers, subjects mentioned, steps done), so it reopens
exactly where it stopped. Each event the engine reports is committed before the screen
says "Saved".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intake.app import JourneyRecord, PersonRecord, Session
from intake.forms import Pack
from intake.interview import (
    AnswerGiven,
    CheckInGiven,
    Event,
    Interview,
    Mentioned,
    Mode,
    StepDone,
)
from intake.ui.interview_view import InterviewView
from intake.ui.widgets import text_label, tr


def persist(session: Session, journey: JourneyRecord, pack: Pack, events: list[Event]) -> None:
    """Commit each event; raises (and the screen keeps the rest) if one cannot be saved."""
    interviews = session.interviews
    while events:
        event = events[0]
        if isinstance(event, AnswerGiven):
            interviews.record_answer(journey.id, event.answer, pack)
        elif isinstance(event, CheckInGiven):
            interviews.record_check_in(journey.id, event.checkin)
            interviews.mark_done(journey.id, event.key)
        elif isinstance(event, StepDone):
            interviews.mark_done(journey.id, event.key)
        elif isinstance(event, Mentioned):
            interviews.mention(journey.id, event.question_id)
        events.pop(0)


def build_interview(
    session: Session, journey: JourneyRecord, pack: Pack, stage: str, mode: Mode, today: date
) -> Interview:
    return Interview(
        pack,
        stage,
        session.interviews.known_answers(journey.id),
        mode=mode,
        today=today,
        mentioned=session.interviews.mentioned(journey.id),
        done=session.interviews.done_steps(journey.id),
    )


class InterviewScreen(QWidget):
    """Caseworker-assisted interview, with a way back to the person's page."""

    left = Signal()  # paused or finished
    finished_stage = Signal(str)

    def __init__(
        self,
        session: Session,
        pack: Pack,
        person: PersonRecord,
        journey: JourneyRecord,
        stage: str,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.session = session
        self.pack = pack
        self.journey = journey
        self.stage = stage
        self.interview = build_interview(
            session, journey, pack, stage, Mode.ASSISTED, today or date.today()
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(24, 12, 24, 0)
        self.pause_button = QPushButton(tr("← &Pause and go back"))
        self.pause_button.setAccessibleName(
            tr("Pause the conversation and go back to the person's page")
        )
        top.addWidget(self.pause_button)
        top.addStretch(1)
        who = text_label(f"{person.full_name} · {person.reference}", "why")
        who.setWordWrap(False)
        top.addWidget(who)
        layout.addLayout(top)
        self.view = InterviewView(
            self.interview,
            lambda events: persist(session, journey, pack, events),
            stage_title=pack.stage(stage).title,
        )
        layout.addWidget(self.view, 1)
        self.pause_button.clicked.connect(self.left)
        self.view.finished.connect(self._finished)

    def _finished(self) -> None:
        self.finished_stage.emit(self.stage)
        self.left.emit()
