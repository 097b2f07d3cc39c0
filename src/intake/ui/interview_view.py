"""The interview screen: one step at a time, rendered from the engine's `Step`.

The screen never reads the form itself. After every answer, decline, ask-later, check-in
or step it hands the engine's events to `save` at once and shows a quiet "Saved" sign;
if saving fails, the events are kept and nothing moves on, so nothing said is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake.domain import AnswerStatus
from intake.interview import (
    CheckInStep,
    Event,
    Explain,
    Interview,
    Intro,
    Mode,
    QuestionStep,
    Result,
    StageEnd,
)
from intake.ui.editors import AnswerEditor, ScaleEditor, checkin_editor, editor_for
from intake.ui.engine_words import validation_text
from intake.ui.widgets import WrappingPage, text_label

Save = Callable[[list[Event]], None]
UNSAVED = QCoreApplication.translate(
    "InterviewView",
    "This could not be saved just now. Nothing saved before is lost. "
    "Please try again; if it keeps happening, tell your administrator.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("InterviewView", text)


def label(text: str, name: str) -> QLabel:
    return text_label(text, name, selectable=True)


class InterviewView(QWidget):
    """Shows one stage of an interview. Emits `finished` when the person leaves the end."""

    finished = Signal()
    saved = Signal()

    def __init__(
        self,
        interview: Interview,
        save: Save,
        *,
        stage_title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.iv = interview
        self._save = save
        self._pending: list[Event] = []
        self.editor: AnswerEditor | None = None
        self.note_edit: QLineEdit | None = None
        self.self_mode = interview.mode is Mode.SELF
        self.setObjectName("page")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.stage_label = label(stage_title or interview.stage.title, "stageTitle")
        self.progress = label("", "progress")
        self.saved_label = label("", "saved")
        self.saved_label.setAccessibleName(tr("Save status"))
        top.addWidget(self.stage_label, 1)
        self.capture_button = QPushButton(tr("Note something &mentioned"))
        self.capture_button.setAccessibleName(
            tr("Note something the person mentioned, for any question")
        )
        self.capture_button.setToolTip(tr("Ctrl+K"))
        self.capture_button.setVisible(not self.self_mode)
        self.capture_button.clicked.connect(self.capture)
        top.addWidget(self.capture_button)
        top.addSpacing(16)
        top.addWidget(self.progress)
        top.addSpacing(16)
        top.addWidget(self.saved_label)
        outer.addLayout(top)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)

        self.message = label("", "message")
        self.message.setVisible(False)
        self.message.setAccessibleName(tr("Message"))
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(tr("&Back"))
        self.decline_button = QPushButton(tr("&Prefer not to say"))
        later = tr("&Skip for now") if self.self_mode else tr("Ask &later")
        self.later_button = QPushButton(later)
        self.next_button = QPushButton(tr("&Next"))
        self.next_button.setObjectName("primary")
        self.back_button.setAccessibleName(tr("Back to the previous step"))
        self.decline_button.setAccessibleName(tr("Prefer not to say"))
        self.later_button.setAccessibleName(
            tr("Skip this question for now") if self.self_mode else tr("Ask this question later")
        )
        self.next_button.setAccessibleName(tr("Next"))
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        self.back_button.clicked.connect(self.go_back)
        self.decline_button.clicked.connect(self.decline)
        self.later_button.clicked.connect(self.ask_later)
        self.next_button.clicked.connect(self.go_next)
        self._build_page()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.go_next)
        if not self.self_mode:
            QShortcut(QKeySequence("Ctrl+K"), self, self.capture)
        self.show_step()

    # ----------------------------------------------------------------- actions

    def go_next(self) -> None:
        step = self.iv.current()
        if isinstance(step, StageEnd):
            if self._flush():
                self.finished.emit()
            return
        if isinstance(step, QuestionStep) and self.editor is not None:
            value = self.editor.value()
            given = self.iv.answers.get(step.question.id)
            unchanged = (
                given is not None and given.status is AnswerStatus.ANSWERED and given.value == value
            )
            if not unchanged:  # going back and forward does not record the same again
                result = self.iv.answer(value)
                if not result.ok:
                    self._show(result)
                    return
        elif isinstance(step, CheckInStep) and isinstance(self.editor, ScaleEditor):
            score = self.editor.value()
            note = self.note_edit.text() if self.note_edit is not None else ""
            if score is not None or note.strip():
                result = self.iv.check_in(score if isinstance(score, int) else None, note)
                if not result.ok:
                    self._show(result)
                    return
        if not self._flush():
            return
        self.iv.next()
        self._flush()
        self.show_step()

    def go_back(self) -> None:
        self.iv.back()
        self.show_step()

    def decline(self) -> None:
        step = self.iv.current()
        if isinstance(step, CheckInStep):
            self.iv.check_in(None)
        elif isinstance(step, QuestionStep):
            result = self.iv.decline()
            if not result.ok:
                self._show(result)
                return
        else:
            return
        if self._flush():
            self.iv.next()
            self._flush()
            self.show_step()

    def ask_later(self) -> None:
        if not isinstance(self.iv.current(), QuestionStep):
            return
        result = self.iv.later()
        if not result.ok:
            self._show(result)
            return
        if self._flush():
            self.iv.next()
            self._flush()
            self.show_step()

    def capture(self) -> None:
        """Record what the person volunteered, for any question of the pack."""
        from intake.ui.capture import CaptureDialog

        dialog = CaptureDialog(self.iv, self)
        dialog.exec()
        if not self._flush():
            return
        step = self.iv.current()
        if isinstance(step, QuestionStep):
            given = self.iv.answers.get(step.question.id)
            if given is not None and given.volunteered:
                self.iv.next()
                self._flush()
        self.show_step()

    def record_events(self) -> bool:
        """Save whatever the engine has recorded (e.g. after a volunteered answer)."""
        return self._flush()

    # ----------------------------------------------------------------- saving

    def _flush(self) -> bool:
        self._pending += self.iv.take_events()
        if not self._pending:
            return True
        try:
            self._save(list(self._pending))
        except Exception:
            self.saved_label.setText("")
            self._show_text(UNSAVED)
            return False
        self._pending.clear()
        self.saved_label.setText(tr("Saved"))
        self.saved.emit()
        return True

    # ----------------------------------------------------------------- rendering

    def _show(self, result: Result) -> None:
        if result.message:
            self._show_text(validation_text(result.code, result.params, result.message))
        else:
            self._show_text(tr("Please check this one."))

    def _show_text(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _build_page(self) -> None:
        """The page's parts are made once and reused for every step, so moving on only
        changes words and swaps the answer editor (cheaper than re-styling a new page)."""
        self.page = WrappingPage()
        self.page.setObjectName("page")
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 12, 0, 12)
        layout.setSpacing(12)
        self.l_section = label("", "script")
        self.l_title = label("", "prompt")
        self.l_say_hint = label(tr("Say to the person:"), "why")
        self.l_script = label("", "script")
        self.l_say = label("", "say")
        self.l_say.setAccessibleName(tr("You could say"))
        self.l_prompt = label("", "prompt")
        self.l_why = label("", "why")
        self.l_definition = label("", "definition")
        self.editor_box = QVBoxLayout()
        self.editor_box.setContentsMargins(0, 0, 0, 0)
        self.l_note = label(tr("Anything you would like to add (optional)"), "why")
        self.note_line = QLineEdit()
        self.note_line.setAccessibleName(tr("Anything you would like to add (optional)"))
        self.l_note.setBuddy(self.note_line)
        self.l_summary = label("", "why")
        self.parts: list[QWidget] = [
            self.l_section,
            self.l_title,
            self.l_say_hint,
            self.l_script,
            self.l_say,
            self.l_prompt,
            self.l_why,
            self.l_definition,
        ]
        for w in self.parts:
            layout.addWidget(w)
        layout.addLayout(self.editor_box)
        for w in (self.l_note, self.note_line, self.l_summary):
            layout.addWidget(w)
            self.parts.append(w)
        layout.addStretch(1)
        self.scroll_area.setWidget(self.page)

    def _fit_page(self) -> None:
        """Give the reused page the height its words need at the current width.

        Qt's scroll area does not regrow a page whose height-for-width changed, so the
        height is set here, allowing for the scroll bar the extra height may bring."""
        self.page.ensurePolished()
        page_layout = self.page.layout()
        if page_layout is not None:
            page_layout.activate()
        width = self.scroll_area.viewport().width()
        height = self.page.heightForWidth(width)
        if height > self.scroll_area.viewport().height():
            bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            height = self.page.heightForWidth(max(1, width - bar))
        self.page.setMinimumHeight(max(0, height))
        viewport = self.scroll_area.viewport().size()
        self.page.resize(self.page.width() or viewport.width(), max(height, viewport.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if hasattr(self, "page"):
            self._fit_page()

    def _set(self, widget: QLabel, text: str | None) -> None:
        widget.setText(text or "")
        widget.setVisible(bool(text))

    def _swap_editor(self, editor: AnswerEditor | None) -> None:
        old, self.editor = self.editor, editor
        if old is not None:
            old.hide()
            self.editor_box.removeWidget(old)
            old.deleteLater()  # gone at the next turn of the event loop
        if editor is not None:
            self.editor_box.addWidget(editor)
            editor.show()  # Qt would otherwise show it one event-loop turn later
            editor.ensurePolished()

    def show_step(self) -> None:
        step = self.iv.current()
        if self._pending:
            self._show_text(UNSAVED)
        else:
            self.message.setVisible(False)
        for w in self.parts:
            w.setVisible(False)
        self.note_edit = None
        editor: AnswerEditor | None = None
        question = step if isinstance(step, QuestionStep) else None
        self.decline_button.setVisible(
            (question is not None and question.can_decline) or isinstance(step, CheckInStep)
        )
        self.later_button.setVisible(question is not None and question.can_ask_later)
        self.back_button.setEnabled(self.iv.can_go_back())
        self.next_button.setText(tr("&Finish") if isinstance(step, StageEnd) else tr("&Next"))
        self.progress.setText("")

        if isinstance(step, Intro | Explain):
            self._set(self.l_title, step.title)
            self.l_say_hint.setVisible(not self.self_mode)
            self._set(self.l_script, step.text)
        elif isinstance(step, QuestionStep):
            editor = self._show_question(step)
        elif isinstance(step, CheckInStep):
            editor = self._show_checkin(step)
        elif isinstance(step, StageEnd):
            self._show_end(step)
        self._swap_editor(editor)
        self._fit_page()
        self.scroll_area.verticalScrollBar().setValue(0)
        if editor is not None:
            editor.focus_first()
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_question(self, step: QuestionStep) -> AnswerEditor:
        if self.self_mode:  # progress that does not pressure: where you are, not how far
            self.progress.setText(step.section_title)
        else:
            self.progress.setText(tr("Question {0} of {1}").format(step.position, step.of))
        self._set(self.l_section, step.section_intro)
        if step.say and step.say != step.wording and not self.self_mode:
            self._set(self.l_say, step.say)
        self._set(self.l_prompt, step.wording)
        self._set(self.l_why, tr("Why we ask: {0}").format(step.why) if step.why else None)
        self._set(self.l_definition, step.definition)
        editor = editor_for(step.question, step.choices, step.wording)
        editor.setAccessibleName(step.wording)
        editor.setAccessibleDescription(step.why or "")
        if step.current is not None and step.current.value is not None:
            editor.set_value(step.current.value)
        self.l_prompt.setBuddy(editor)
        return editor

    def _show_checkin(self, step: CheckInStep) -> AnswerEditor:
        if not self.self_mode:
            self._set(self.l_say, step.say)
        self._set(self.l_prompt, step.wording)
        editor = checkin_editor(step.spec, step.wording)
        if step.current is not None and step.current.score is not None:
            editor.set_value(step.current.score)
        self.note_line.clear()
        if step.current is not None:
            self.note_line.setText(step.current.note)
        self.l_note.setVisible(True)
        self.note_line.setVisible(True)
        self.note_edit = self.note_line
        return editor

    def _show_end(self, step: StageEnd) -> None:
        self._set(self.l_prompt, step.closing or tr("That is the end of this part. Thank you."))
        lines = [tr("Answers given: {0}").format(len(step.answered))]
        if step.declined:
            lines.append(tr("Chose not to say: {0}").format(len(step.declined)))
        if step.later:
            lines.append(tr("To come back to later: {0}").format(len(step.later)))
        if step.known and not self.self_mode:
            lines.append(tr("Already known, so not asked: {0}").format(len(step.known)))
        self._set(self.l_summary, "\n".join(lines))
