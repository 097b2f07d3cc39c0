"""Typing a paper form into Intake: one row per number printed on the paper.

The caseworker chooses the stage and which paper they hold (personalised for this person,
a blank form or a caseworker copy), so the row numbers match the page. Each row takes
the answer typed or chosen, and "Prefer not to say". Tab or Enter moves to the next row
(in a long answer Enter starts a new line, Tab moves on). A row left empty records
nothing: that question stays "not asked yet". Nothing is saved until "Save answers",
and then every row is saved together (source paper) or, if a row needs a look, none.

    transcribe_paper(parent, session, loaded, person, journey) -> bool
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake.app import JourneyRecord, JourneyStatus, PersonRecord, Session
from intake.app.paper_service import PaperKind, PaperService, TranscriptionItem
from intake.domain import Answer, AnswerStatus, CheckIn
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    LoadedPack,
    LongText,
    MultipleChoice,
    NumberQuestion,
    ScaleQuestion,
    YesNo,
)
from intake.paper import ItemKind, ProblemCode
from intake.paper.answers import MESSAGES as PROBLEM_WORDS
from intake.paper.transcribe import Entry, read_check_in_entry, read_entry, value_text
from intake.ui.editors import ChoiceLabel
from intake.ui.engine_words import lower_text
from intake.ui.widgets import N_, WrappingPage, heading, problem_text, text_label, tr

KIND_NAMES = (
    (PaperKind.PERSONALISED, N_("Printed for this person (known questions left out)")),
    (PaperKind.BLANK, N_("A blank form")),
    (PaperKind.CASEWORKER, N_("A caseworker copy")),
)
NOT_ANSWERED = "—"


class _MoveOn(QObject):
    """Enter or Return in a row's control moves to the next row, as Tab does."""

    def __init__(self, dialog: TranscriptionDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if enter and plain and not isinstance(watched, QPlainTextEdit):
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False
                self.dialog.next_row(watched)
                return True
        return False


class _Choices(QComboBox):
    """A drop-down that says when its size changes (to show a long choice whole)."""

    def __init__(self) -> None:
        super().__init__()
        self.resized: list[Callable[[], None]] = []

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        for call in self.resized:
            call()


class TranscriptionRow:
    """One printed number: its wording, the answer control and "Prefer not to say"."""

    def __init__(self, item: TranscriptionItem, loaded: LoadedPack) -> None:
        self.item = item
        self.pack = loaded.pack
        self.controls: list[QWidget] = []
        self.combo: QComboBox | None = None
        self.edit: QLineEdit | QPlainTextEdit | None = None
        self.ticks: dict[str, QCheckBox] = {}
        name = tr("Question {0}").format(item.number)
        self.number = QLabel(f"{item.number}.")
        self.number.setObjectName("prompt")
        self.number.setAccessibleName(name)
        self.wording = text_label(item.prompt)
        self.known = text_label("", "why")
        if item.known is not None and item.question is not None:
            self.known.setText(tr("Already recorded: {0}").format(self._known_text()))
        self.known.setVisible(bool(self.known.text()))
        self.answer = QWidget()
        box = QVBoxLayout(self.answer)
        box.setContentsMargins(0, 0, 0, 0)
        described = f"{name}: {item.prompt}"
        self._build(box, described)
        self.decline = QCheckBox(tr("Prefer not to say"))
        self.decline.setAccessibleName(tr("{0}: prefer not to say").format(name))
        self.decline.toggled.connect(self._declined)
        self.controls.append(self.decline)
        box.addWidget(self.decline)
        self.problem = text_label("", "message")
        self.problem.setVisible(False)

    def _known_text(self) -> str:
        known = self.item.known
        assert known is not None
        if known.status is AnswerStatus.PREFER_NOT_TO_SAY:
            return tr("prefer not to say")
        if known.status is AnswerStatus.ASK_LATER:
            return tr("to ask later")
        return value_text(self.pack, self.item.question, known.value)

    def _build(self, box: QVBoxLayout, described: str) -> None:
        q = self.item.question
        spec = self.item.check_in
        scale = spec if spec is not None else q if isinstance(q, ScaleQuestion) else None
        if scale is not None:
            low, high = scale.minimum, scale.maximum
            low_label, high_label = scale.low_label, scale.high_label
            combo = _Choices()
            combo.addItem(NOT_ANSWERED, "")
            for n in range(low, high + 1):
                words = low_label if n == low else high_label if n == high else ""
                combo.addItem(f"{n} – {words}" if words else str(n), str(n))
            self._combo(box, combo, described)
        elif isinstance(q, MultipleChoice):
            # A tick box beside a wrapping label, so long choices never widen the grid.
            choices = QGridLayout()
            choices.setContentsMargins(0, 0, 0, 0)
            choices.setColumnStretch(1, 1)
            for n, choice in enumerate(self.pack.choices_of(q)):
                tick = QCheckBox()
                tick.setAccessibleName(choice.label)
                tick.setAccessibleDescription(described)
                self.ticks[choice.value] = tick
                self.controls.append(tick)
                choices.addWidget(tick, n, 0, Qt.AlignmentFlag.AlignTop)
                choices.addWidget(ChoiceLabel(choice.label, tick), n, 1)
            box.addLayout(choices)
        elif isinstance(q, ChoiceQuestion | YesNo):
            combo = _Choices()
            combo.addItem(NOT_ANSWERED, "")
            for choice in self.pack.choices_of(q):
                combo.addItem(choice.label, choice.value)
            self._combo(box, combo, described)
        elif isinstance(q, LongText):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 20)
            self._edit(box, edit, described)
        else:
            line = QLineEdit()
            if isinstance(q, DateQuestion):
                line.setPlaceholderText(tr("dd/mm/yyyy"))
            elif isinstance(q, NumberQuestion) and q.unit:
                line.setPlaceholderText(q.unit)
            self._edit(box, line, described)

    def _combo(self, box: QVBoxLayout, combo: _Choices, described: str) -> None:
        combo.setAccessibleName(described)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        self.combo = combo
        self.controls.append(combo)
        box.addWidget(combo)
        # A long choice does not fit a drop-down at large text: show it whole beneath.
        self.echo = text_label("", "why")
        self.echo.setVisible(False)
        box.addWidget(self.echo)
        combo.currentIndexChanged.connect(lambda _i: self.update_echo())
        combo.resized.append(self.update_echo)

    def update_echo(self) -> None:
        combo = self.combo
        if combo is None:
            return
        text = combo.currentText() if combo.currentIndex() > 0 else ""
        room = combo.width() - combo.iconSize().width() - 40
        cut = bool(text) and combo.fontMetrics().horizontalAdvance(text) > room
        self.echo.setText(text if cut else "")
        self.echo.setVisible(cut)

    def _edit(self, box: QVBoxLayout, edit: QLineEdit | QPlainTextEdit, described: str) -> None:
        edit.setAccessibleName(described)
        self.edit = edit
        self.controls.append(edit)
        box.addWidget(edit)

    def _declined(self, on: bool) -> None:
        for control in self.controls:
            if control is not self.decline:
                control.setEnabled(not on)

    # --- values ------------------------------------------------------------------------

    def entry(self) -> Entry:
        if self.combo is not None:
            return str(self.combo.currentData() or "")
        if self.ticks:
            return [v for v, tick in self.ticks.items() if tick.isChecked()]
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        if isinstance(self.edit, QLineEdit):
            return self.edit.text()
        return None

    def read(self, today: date) -> tuple[Answer | CheckIn | None, ProblemCode | None]:
        declined = self.decline.isChecked()
        entry = None if declined else self.entry()
        if self.item.kind is ItemKind.CHECK_IN:
            assert self.item.check_in is not None
            text = entry if isinstance(entry, str) else None
            return read_check_in_entry(
                self.item.check_in, text, declined=declined, stage=self.item.stage
            )
        assert self.item.question is not None
        return read_entry(
            self.pack,
            self.item.question,
            entry,
            declined=declined,
            stage=self.item.stage,
            today=today,
        )

    def show_problem(self, code: ProblemCode | None) -> None:
        if code is None:
            self.problem.setVisible(False)
            return
        self.problem.setText(
            tr("Question {0}: {1}").format(self.item.number, lower_text(PROBLEM_WORDS[code]))
        )
        self.problem.setVisible(True)


class TranscriptionDialog(QDialog):
    def __init__(
        self,
        session: Session,
        loaded: LoadedPack,
        person: PersonRecord,
        journey: JourneyRecord,
        parent: QWidget | None = None,
        today: date | None = None,
        stage: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.loaded = loaded
        self.journey = journey
        self.today = today
        self.service = PaperService(session)
        self.rows: list[TranscriptionRow] = []
        self.saved = 0
        self.mover = _MoveOn(self)
        self.setWindowTitle(tr("Type in a paper form"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Type in a paper form")))
        layout.addWidget(
            text_label(
                tr(
                    "Reference {0}. Choose the stage and the paper you have, then type each "
                    "answer beside its number. Leave a row empty if it was left empty on "
                    "the paper. Tab or Enter moves to the next row."
                ).format(person.reference),
                "why",
            )
        )
        choose = QGridLayout()
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName(tr("Stage"))
        for s in loaded.pack.stages:
            self.stage_box.addItem(s.title, s.id)
        index = self.stage_box.findData(stage or journey.stage)
        self.stage_box.setCurrentIndex(max(index, 0))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Which paper"))
        for kind, name in KIND_NAMES:
            self.kind_box.addItem(tr(name), kind.value)
        stage_label = QLabel(tr("&Stage:"))
        stage_label.setBuddy(self.stage_box)
        kind_label = QLabel(tr("&Paper:"))
        kind_label.setBuddy(self.kind_box)
        choose.addWidget(stage_label, 0, 0)
        choose.addWidget(self.stage_box, 0, 1)
        choose.addWidget(kind_label, 1, 0)
        choose.addWidget(self.kind_box, 1, 1)
        choose.setColumnStretch(1, 1)
        layout.addLayout(choose)

        self.page = WrappingPage()
        self.page.setObjectName("page")
        self.grid = QGridLayout(self.page)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.page)
        layout.addWidget(self.scroller, 1)

        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.save_button = QPushButton(tr("&Save answers"))
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.load_rows())
        self.kind_box.currentIndexChanged.connect(lambda _i: self.load_rows())
        if journey.status is not JourneyStatus.OPEN:
            self._say(tr("This journey is closed. Reopen it on the person's page to add answers."))
            self.save_button.setEnabled(False)
        self.load_rows()

    # --- rows --------------------------------------------------------------------------

    def load_rows(self) -> None:
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        try:
            items = self.service.transcription_items(
                self.loaded,
                self.journey.id,
                self.stage_box.currentData(),
                self.kind_box.currentData(),
            )
        except Exception as exc:
            self._say(problem_text(exc))
            return
        for header_col, text in enumerate((tr("No."), tr("Question"), tr("Answer"))):
            label = QLabel(text)
            label.setObjectName("why")
            self.grid.addWidget(label, 0, header_col)
        line = 1
        for item in items:
            row = TranscriptionRow(item, self.loaded)
            self.rows.append(row)
            words = QWidget()
            words_box = QVBoxLayout(words)
            words_box.setContentsMargins(0, 0, 0, 0)
            words_box.addWidget(row.wording)
            words_box.addWidget(row.known)
            self.grid.addWidget(row.number, line, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(words, line, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.answer, line, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.problem, line + 1, 1, 1, 2)
            rule = QFrame()
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setObjectName("rule")
            self.grid.addWidget(rule, line + 2, 0, 1, 3)
            for control in row.controls:
                control.installEventFilter(self.mover)
            line += 3
        if not items:
            self.grid.addWidget(
                text_label(tr("Nothing from this stage is printed on that paper.")), 1, 0, 1, 3
            )
        self.grid.setRowStretch(line, 1)
        self._chain_focus()
        if self.rows:
            self.rows[0].controls[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _chain_focus(self) -> None:
        """Tab follows the paper: row by row, each row's answer then its decline box."""
        previous: QWidget = self.kind_box
        for row in self.rows:
            for control in row.controls:
                QWidget.setTabOrder(previous, control)
                previous = control
        QWidget.setTabOrder(previous, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.save_button)

    def next_row(self, watched: QObject) -> None:
        for index, row in enumerate(self.rows):
            if watched in row.controls:
                if index + 1 < len(self.rows):
                    target = self.rows[index + 1].controls[0]
                    if not target.isEnabled():
                        target = self.rows[index + 1].decline
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    self.scroller.ensureWidgetVisible(target)
                else:
                    self.save_button.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def row(self, number: int) -> TranscriptionRow:
        """The row for a printed number (for tests and screen readers' "go to")."""
        return next(r for r in self.rows if r.item.number == number)

    # --- saving ------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        today = self.today or self.session.now().date()
        answers: list[Answer] = []
        check_ins: list[CheckIn] = []
        first_problem: TranscriptionRow | None = None
        for row in self.rows:
            value, code = row.read(today)
            row.show_problem(code)
            if code is not None and first_problem is None:
                first_problem = row
            if isinstance(value, Answer):
                answers.append(value)
            elif isinstance(value, CheckIn):
                check_ins.append(value)
        if first_problem is not None:
            self._say(
                tr(
                    "Some answers need a look before saving; they are marked below. "
                    "Nothing has been saved yet."
                )
            )
            first_problem.controls[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(first_problem.problem)
            return
        if not answers and not check_ins:
            self._say(tr("Nothing is typed in yet. Type an answer beside its number first."))
            return
        try:
            done = self.service.record_transcription(
                self.journey.id, answers, self.loaded.pack, check_ins
            )
        except Exception as exc:
            self._say(problem_text(exc))
            return
        self.saved = done.answers + done.check_ins
        self.accept()


def transcribe_paper(
    parent: QWidget | None,
    session: Session,
    loaded: LoadedPack,
    person: PersonRecord,
    journey: JourneyRecord,
    *,
    stage: str | None = None,
    today: date | None = None,
) -> bool:
    """Open the transcription screen for this journey; True when answers were saved."""
    dialog = TranscriptionDialog(session, loaded, person, journey, parent, today, stage)
    return dialog.exec() == QDialog.DialogCode.Accepted
