"""A person's page: their journeys, what is known and still to ask, consent, the
Victims' Code checklist, notes and a timeline. Everything here comes from the session
and is dropped when the screen closes or Intake locks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake.app import (
    ConsentPurpose,
    JourneyRecord,
    JourneyStatus,
    PersonRecord,
    RightState,
    Session,
)
from intake.forms import LoadedPack, Pack
from intake.interview import Mode
from intake.ui.people import format_date
from intake.ui.rights import right_names
from intake.ui.widgets import N_, heading, ok_cancel_row, tell, text_label, tr

PURPOSES = (
    (ConsentPurpose.SUPPORT, N_("Support from this service")),
    (ConsentPurpose.SHARING, N_("Sharing with named agencies")),
    (ConsentPurpose.REPORTING, N_("Anonymised reporting to funders")),
)
WITHDRAWAL_EFFECT = {
    ConsentPurpose.SUPPORT: N_(
        "We will stop recording new information for their support. What is already "
        "recorded is kept until the retention period ends, unless they ask for it to be "
        "erased. Talk with your manager about closing their support kindly."
    ),
    ConsentPurpose.SHARING: N_(
        "We will stop sharing their information with other agencies from now on. "
        "Anything already shared cannot be taken back, but we will tell those agencies."
    ),
    ConsentPurpose.REPORTING: N_(
        "Their information will be left out of every anonymised return from now on, "
        "including returns for earlier periods made after today."
    ),
}
RIGHT_STATES = {RightState.EXPLAINED: N_("explained"), RightState.DELIVERED: N_("delivered")}


class PersonPage(QWidget):
    start_interview = Signal(object, str)  # JourneyRecord, stage id
    start_self_completion = Signal(object, str)  # JourneyRecord, stage id
    closed = Signal()

    def __init__(
        self,
        session: Session,
        pack: Pack,
        person: PersonRecord,
        loaded: LoadedPack | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.session = session
        self.pack = pack
        self.loaded = loaded
        self.person = session.people.get(person.id)
        self.journeys: list[JourneyRecord] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.back_button = QPushButton(tr("← &People"))
        self.back_button.setAccessibleName(tr("Back to the people list"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.paper_button = QPushButton(tr("Pape&r and records…"))
        self.paper_button.setAccessibleName(
            tr("Paper forms, typing in a paper form, and a copy of their records")
        )
        paper_menu = QMenu(self.paper_button)
        paper_menu.addAction(tr("Print their paper form (what we still need)…"), self.print_pack)
        paper_menu.addAction(tr("Type in a paper form they filled in…"), self.transcribe)
        paper_menu.addAction(tr("Everything we hold about them (PDF)…"), self.subject_access)
        self.paper_button.setMenu(paper_menu)
        self.paper_button.setEnabled(loaded is not None)
        top.addWidget(self.paper_button)
        layout.addLayout(top)
        p = self.person
        layout.addWidget(heading(p.full_name))
        details = tr("Reference {0}").format(p.reference)
        if p.date_of_birth:
            details += "   ·   " + tr("Born {0}").format(format_date(p.date_of_birth))
        layout.addWidget(text_label(details, "why", selectable=True))

        row = QHBoxLayout()
        self.journey_box = QComboBox()
        self.journey_box.setAccessibleName(tr("Journey"))
        self.new_journey_button = QPushButton(tr("Open a new &journey"))
        row.addWidget(text_label(tr("Journey:")))
        row.addWidget(self.journey_box, 1)
        row.addWidget(self.new_journey_button)
        layout.addLayout(row)

        actions = QHBoxLayout()
        self.continue_button = QPushButton(tr("&Continue the conversation"))
        self.continue_button.setObjectName("primary")
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(tr("Stage"))
        for s in pack.stages:
            self.stage_box.addItem(s.title, s.id)
        self.close_button = QPushButton(tr("Close this journey"))
        self.capture_button = QPushButton(tr("Note something &mentioned"))
        self.capture_button.setAccessibleName(
            tr("Note something the person mentioned, for any question")
        )
        self.hand_over_button = QPushButton(tr("&Hand over to answer alone"))
        self.hand_over_button.setAccessibleName(
            tr("Hand over: the person answers their part alone, on a locked screen")
        )
        actions.addWidget(self.continue_button)
        actions.addWidget(self.hand_over_button)
        actions.addWidget(text_label(tr("Stage:")))
        actions.addWidget(self.stage_box)
        actions.addStretch(1)
        actions.addWidget(self.capture_button)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.summary = QTreeWidget()
        self.summary.setHeaderLabels([tr("Question"), tr("Status")])
        self.summary.setAccessibleName(tr("Case summary"))
        self.summary.header().setAccessibleName(tr("Column headings"))
        self.summary.setColumnWidth(0, 520)
        self.tabs.addTab(self.summary, tr("&Summary"))
        self.consent_tab = QWidget()
        self.tabs.addTab(self.consent_tab, tr("C&onsent"))
        self.rights_tab = QWidget()
        self.tabs.addTab(self.rights_tab, tr("&Victims' Code"))
        self.notes_tab = QWidget()
        self.tabs.addTab(self.notes_tab, tr("No&tes"))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(tr("Timeline"))
        self.tabs.addTab(self.timeline, tr("T&imeline"))
        layout.addWidget(self.tabs, 1)
        self._build_consent()
        self._build_rights()
        self._build_notes()

        self.back_button.clicked.connect(self.closed)
        self.new_journey_button.clicked.connect(self.open_journey)
        self.journey_box.currentIndexChanged.connect(lambda _i: self.refresh_journey())
        self.continue_button.clicked.connect(self._continue)
        self.hand_over_button.clicked.connect(self._hand_over)
        self.capture_button.clicked.connect(self.capture)
        self.close_button.clicked.connect(self.close_journey)
        self.load_journeys()

    # ----------------------------------------------------------------- journeys

    def load_journeys(self, select: int | None = None) -> None:
        self.journeys = self.session.people.journeys(self.person.id)
        self.journey_box.blockSignals(True)
        self.journey_box.clear()
        for j in self.journeys:
            status = tr("open") if j.status is JourneyStatus.OPEN else tr("closed")
            self.journey_box.addItem(
                tr("Referred {0} ({1})").format(format_date(j.opened_on), status), j.id
            )
        self.journey_box.blockSignals(False)
        if self.journeys:
            index = len(self.journeys) - 1
            if select is not None:
                index = next((i for i, j in enumerate(self.journeys) if j.id == select), index)
            self.journey_box.setCurrentIndex(index)
        self.refresh_journey()

    def journey(self) -> JourneyRecord | None:
        index = self.journey_box.currentIndex()
        return self.journeys[index] if 0 <= index < len(self.journeys) else None

    def open_journey(self) -> None:
        try:
            journey = self.session.people.open_journey(
                self.person.id, stage=self.pack.stages[0].id, pack_id=self.pack.id
            )
        except Exception as exc:
            tell(self, tr("New journey"), exc)
            return
        self.load_journeys(select=journey.id)

    def close_journey(self) -> None:
        journey = self.journey()
        if journey is None:
            return
        try:
            if journey.status is JourneyStatus.OPEN:
                self.session.people.close_journey(journey.id)
            else:
                self.session.people.reopen_journey(journey.id)
        except Exception as exc:
            tell(self, tr("Journey"), exc)
            return
        self.load_journeys(select=journey.id)

    def _continue(self) -> None:
        journey = self.journey()
        if journey is not None:
            self.start_interview.emit(journey, self.stage_box.currentData())

    def capture(self) -> None:
        """Record what the person volunteered, for any question of the pack."""
        from intake.ui.capture import CaptureDialog
        from intake.ui.interview_screen import build_interview, persist

        journey = self.journey()
        if journey is None:
            return
        interview = build_interview(
            self.session, journey, self.pack, journey.stage, Mode.ASSISTED, date.today()
        )
        CaptureDialog(interview, self).exec()
        try:
            persist(self.session, journey, self.pack, interview.take_events())
        except Exception as exc:
            tell(self, tr("Note something mentioned"), exc)
        self.refresh_journey()

    def print_pack(self) -> None:
        journey = self.journey()
        if journey is None or self.loaded is None:
            return
        from intake.ui.paper_dialogs import personalised_pack

        personalised_pack(self, self.session, self.loaded, self.person, journey)

    def transcribe(self) -> None:
        journey = self.journey()
        if journey is None or self.loaded is None:
            return
        from intake.ui.transcription import transcribe_paper

        if transcribe_paper(
            self,
            self.session,
            self.loaded,
            self.person,
            journey,
            stage=self.stage_box.currentData(),
        ):
            self.refresh_journey()

    def subject_access(self) -> None:
        if self.loaded is None:
            return
        from intake.ui.paper_dialogs import save_subject_access

        save_subject_access(self, self.session, self.loaded, self.person)

    def _hand_over(self) -> None:
        journey = self.journey()
        if journey is not None:
            self.start_self_completion.emit(journey, self.stage_box.currentData())

    def refresh_journey(self) -> None:
        journey = self.journey()
        has = journey is not None
        for w in (
            self.continue_button,
            self.capture_button,
            self.hand_over_button,
            self.stage_box,
            self.close_button,
            self.tabs,
        ):
            w.setEnabled(has)
        if journey is None:
            self.summary.clear()
            self.timeline.clear()
            return
        is_open = journey.status is JourneyStatus.OPEN
        self.continue_button.setEnabled(is_open)
        self.hand_over_button.setEnabled(is_open)
        self.capture_button.setEnabled(is_open)
        self.close_button.setText(
            tr("Close this journey") if is_open else tr("Reopen this journey")
        )
        index = self.stage_box.findData(journey.stage)
        if index >= 0:
            self.stage_box.setCurrentIndex(index)
        self._fill_summary(journey)
        self._fill_consent(journey)
        self._fill_rights(journey)
        self._fill_notes(journey)
        self._fill_timeline(journey)

    # ----------------------------------------------------------------- summary

    def _fill_summary(self, journey: JourneyRecord) -> None:
        self.summary.clear()
        summary = self.session.interviews.summary(journey.id, self.pack)
        for stage in summary.stages:
            counts = tr("{0} known · {1} declined · {2} later · {3} not asked yet").format(
                len(stage.known), len(stage.declined), len(stage.later), len(stage.not_asked)
            )
            top = QTreeWidgetItem([stage.title, counts])
            self.summary.addTopLevelItem(top)
            for lines, status in (
                (stage.known, tr("Known")),
                (stage.declined, tr("Prefer not to say")),
                (stage.later, tr("Ask later")),
                (stage.not_asked, tr("Not asked yet")),
            ):
                for line in lines:
                    item = QTreeWidgetItem([line.prompt, status])
                    item.setToolTip(0, line.prompt)
                    top.addChild(item)
            top.setExpanded(stage.stage_id == journey.stage)

    # ----------------------------------------------------------------- consent

    def _build_consent(self) -> None:
        grid = QGridLayout(self.consent_tab)
        self.consent_labels: dict[ConsentPurpose, QWidget] = {}
        self.consent_buttons: dict[ConsentPurpose, tuple[QPushButton, QPushButton]] = {}
        for row, (purpose, name) in enumerate(PURPOSES):
            status = text_label("", "why")
            give = QPushButton(tr("Record consent"))
            withdraw = QPushButton(tr("Withdraw"))
            give.setAccessibleName(tr("Record consent: {0}").format(tr(name)))
            withdraw.setAccessibleName(tr("Withdraw consent: {0}").format(tr(name)))
            give.clicked.connect(lambda _c=False, p=purpose: self.give_consent(p))
            withdraw.clicked.connect(lambda _c=False, p=purpose: self.withdraw_consent(p))
            grid.addWidget(text_label(tr(name)), row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(give, row, 2)
            grid.addWidget(withdraw, row, 3)
            self.consent_labels[purpose] = status
            self.consent_buttons[purpose] = (give, withdraw)
        grid.setRowStretch(len(PURPOSES), 1)
        grid.setColumnStretch(1, 1)

    def _fill_consent(self, journey: JourneyRecord) -> None:
        history = self.session.consent.history(journey.id)
        for purpose, _name in PURPOSES:
            events = [e for e in history if e.purpose is purpose]
            label = self.consent_labels[purpose]
            if not events:
                text = tr("Not asked yet")
            elif events[-1].given:
                text = tr("Given")
            else:
                text = tr("Withdrawn")
            label.setText(text)  # type: ignore[attr-defined]
            given = bool(events) and events[-1].given
            self.consent_buttons[purpose][1].setEnabled(given)

    def give_consent(self, purpose: ConsentPurpose) -> None:
        journey = self.journey()
        if journey is None:
            return
        how = ExplainedDialog.ask(self, tr("How was it explained?"), "")
        if how is None:
            return
        try:
            self.session.consent.give(journey.id, purpose, how)
        except Exception as exc:
            tell(self, tr("Consent"), exc)
        self.refresh_journey()

    def withdraw_consent(self, purpose: ConsentPurpose) -> None:
        journey = self.journey()
        if journey is None:
            return
        how = ExplainedDialog.ask(
            self, tr("Withdraw consent"), tr(WITHDRAWAL_EFFECT[purpose]), withdraw=True
        )
        if how is None:
            return
        try:
            self.session.consent.withdraw(journey.id, purpose, how)
        except Exception as exc:
            tell(self, tr("Consent"), exc)
        self.refresh_journey()

    # ----------------------------------------------------------------- rights

    def _build_rights(self) -> None:
        layout = QVBoxLayout(self.rights_tab)
        layout.addWidget(
            text_label(tr("Tick each right when it has been explained, and when delivered."), "why")
        )
        grid = QGridLayout()
        grid.addWidget(text_label(tr("Right")), 0, 0)
        grid.addWidget(text_label(tr("Explained")), 0, 1)
        grid.addWidget(text_label(tr("Delivered")), 0, 2)
        self.right_boxes: dict[tuple[int, RightState], QCheckBox] = {}
        for n, name in enumerate(right_names(), start=1):
            grid.addWidget(text_label(f"{n}. {name}"), n, 0)
            for col, state in ((1, RightState.EXPLAINED), (2, RightState.DELIVERED)):
                box = QCheckBox()
                box.setAccessibleName(f"{name}: {tr(RIGHT_STATES[state])}")
                box.clicked.connect(lambda on, r=n, s=state: self._tick_right(r, s, on))
                grid.addWidget(box, n, col, Qt.AlignmentFlag.AlignCenter)
                self.right_boxes[(n, state)] = box
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _fill_rights(self, journey: JourneyRecord) -> None:
        done = {(r.right_number, r.state) for r in self.session.interviews.rights(journey.id)}
        for key, box in self.right_boxes.items():
            box.setChecked(key in done)
            box.setEnabled(key not in done)  # recorded rights stay recorded (audit trail)

    def _tick_right(self, number: int, state: RightState, on: bool) -> None:
        journey = self.journey()
        if journey is None or not on:
            return
        try:
            self.session.interviews.record_right(journey.id, number, state, date.today())
        except Exception as exc:
            tell(self, tr("Victims' Code"), exc)
        self.refresh_journey()

    # ----------------------------------------------------------------- notes

    def _build_notes(self) -> None:
        layout = QVBoxLayout(self.notes_tab)
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(tr("Notes"))
        self.notes_list.setWordWrap(True)
        layout.addWidget(self.notes_list, 1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self.note_edit.setAccessibleName(tr("New note"))
        self.note_edit.setPlaceholderText(tr("A note for the team (the person may ask to see it)"))
        layout.addWidget(self.note_edit)
        add = QPushButton(tr("&Add note"))
        add.clicked.connect(self.add_note)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)

    def _fill_notes(self, journey: JourneyRecord) -> None:
        self.notes_list.clear()
        for note in self.session.interviews.notes(journey.id):
            self.notes_list.addItem(f"{note.recorded_at[:16].replace('T', ' ')}   {note.text}")

    def add_note(self) -> None:
        journey = self.journey()
        text = self.note_edit.toPlainText().strip()
        if journey is None or not text:
            return
        try:
            self.session.interviews.add_note(journey.id, text)
        except Exception as exc:
            tell(self, tr("Notes"), exc)
            return
        self.note_edit.clear()
        self.refresh_journey()

    # ----------------------------------------------------------------- timeline

    def _fill_timeline(self, journey: JourneyRecord) -> None:
        self.timeline.clear()
        events: list[tuple[str, str]] = []
        for j in self.journeys:
            events.append((j.opened_on.isoformat(), tr("Referral received")))
            if j.closed_on:
                events.append((j.closed_on.isoformat(), tr("Journey closed")))
        for c in self.session.interviews.check_ins(journey.id):
            score = c.check_in.score
            text = tr("Check-in ({0}): {1}").format(
                self.pack.stage(c.check_in.stage).title
                if _has_stage(self.pack, c.check_in.stage)
                else c.check_in.stage,
                tr("preferred not to say") if score is None else str(score),
            )
            events.append((c.recorded_at, text))
        for e in self.session.consent.history(journey.id):
            name = dict(PURPOSES)[e.purpose]
            verb = tr("Consent given") if e.given else tr("Consent withdrawn")
            events.append((e.recorded_at, f"{verb}: {tr(name)}"))
        for r in self.session.interviews.rights(journey.id):
            events.append(
                (
                    r.recorded_at,
                    tr("Victims' Code right {0} {1}").format(r.right_number, tr(r.state.value)),
                )
            )
        for when, text in sorted(events, reverse=True):
            self.timeline.addItem(f"{when[:10]}   {text}")


def _has_stage(pack: Pack, stage_id: str) -> bool:
    return any(s.id == stage_id for s in pack.stages)


class ExplainedDialog(QDialog):
    """Asks how consent was explained (or what withdrawal changes, said plainly)."""

    def __init__(self, parent: QWidget, title: str, effect: str, withdraw: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if effect:
            layout.addWidget(text_label(tr("What this changes:"), "why"))
            layout.addWidget(text_label(effect, "script"))
        self.how = QLineEdit()
        self.how.setAccessibleName(tr("How it was explained"))
        self.how.setPlaceholderText(tr("For example: read aloud, leaflet given"))
        layout.addWidget(text_label(tr("How was this explained to the person?")))
        layout.addWidget(self.how)
        ok_text = tr("Withdraw consent") if withdraw else tr("Record consent")
        layout.addLayout(ok_cancel_row(self, ok_text)[0])

    @classmethod
    def ask(cls, parent: QWidget, title: str, effect: str, withdraw: bool = False) -> str | None:
        dialog = cls(parent, title, effect, withdraw)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.how.text().strip() or tr("explained in person")
