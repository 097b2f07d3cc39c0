"""Self-completion: the person answers their part alone, on a separate locked surface.

Only this person's self-completable questions, in their wording and language, with big
calm text. No menus, no records, no way back to the caseworker screens: leaving needs a
staff sign-in. Quick exit (the button, or Shift pressed three times) replaces everything
at once with a neutral screen and locks Intake.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake.domain import Answer
from intake.forms import LoadedPack
from intake.interview import Event, Interview, Mode
from intake.ui import i18n, theme
from intake.ui.editors import ScaleEditor
from intake.ui.interview_view import InterviewView
from intake.ui.widgets import N_, text_label

FEEDBACK_ID = "self_completion_feedback"
TEXT_SIZES = ((1.25, N_("Standard")), (1.6, N_("Larger")), (2.0, N_("Largest")))


def tr(text: str) -> str:
    return QCoreApplication.translate("SelfCompletion", text)


class TripleShift(QObject):
    """Shift pressed three times within a second: the GOV.UK quick-exit shortcut."""

    def __init__(self, on_trigger: Callable[[], None], window_s: float = 1.0) -> None:
        super().__init__()
        self.on_trigger = on_trigger
        self.window_s = window_s
        self.presses: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Shift and not event.isAutoRepeat():
                now = time.monotonic()
                self.presses = [t for t in self.presses if now - t < self.window_s] + [now]
                if len(self.presses) >= 3:
                    self.presses.clear()
                    self.on_trigger()
                    return True
            else:
                self.presses.clear()
        return False


class NeutralScreen(QWidget):
    """What quick exit shows: nothing about Intake, support or crime."""

    staff_sign_in = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(tr("Notes"))
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(tr("Notes"), "prompt"))
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_in = QPushButton(tr("Sign in"))
        self.sign_in.setAccessibleName(tr("Sign in"))
        self.sign_in.setFlat(True)
        self.sign_in.clicked.connect(self.staff_sign_in)
        row.addWidget(self.sign_in)
        layout.addLayout(row)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        event.ignore()  # only staff sign-in leaves this screen


class SelfCompletionWindow(QWidget):
    """Emits `quick_exit` (hide at once and lock) or `finished` (hand back to staff)."""

    quick_exit = Signal()
    finished = Signal()

    def __init__(
        self,
        loaded: LoadedPack,
        stage: str,
        build: Callable[[str], Interview],
        save: Callable[[list[Event]], None],
        record_feedback: Callable[[int | None], object],
    ) -> None:
        super().__init__()
        self.setWindowTitle(tr("Your questions"))
        self.setObjectName("page")
        self.loaded = loaded
        self.stage = stage
        self._build = build
        self._save = save
        self._record_feedback = record_feedback
        self.language = loaded.pack.language
        self.staff_language = i18n.current()
        self.scale = TEXT_SIZES[0][0]
        self.high_contrast = False
        self.view: InterviewView | None = None
        self.exited = False

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.break_button = QPushButton()
        self.exit_button = QPushButton()
        self.exit_button.setObjectName("primary")
        self.skip_note = text_label("", "why")
        bar.addWidget(self.skip_note, 1)
        bar.addWidget(self.break_button)
        bar.addWidget(self.exit_button)
        outer.addLayout(bar)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self._make_pages()
        self.stack.setCurrentWidget(self.welcome)
        self.break_button.setVisible(False)  # a break is for the questions themselves
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

        self.exit_button.clicked.connect(self.do_quick_exit)
        self.break_button.clicked.connect(self.take_break)
        self.triple_shift = TripleShift(self.do_quick_exit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.triple_shift)
        QShortcut(QKeySequence("Escape"), self, self.take_break)

    # ----------------------------------------------------------------- pages

    def _make_pages(self) -> None:
        """The bar's words and every page, in the language now chosen."""
        self.break_button.setText(tr("I'd like a &break"))
        self.break_button.setAccessibleName(tr("I would like a break"))
        self.exit_button.setText(tr("Quick &exit"))
        self.exit_button.setAccessibleName(tr("Quick exit: hide this screen now"))
        self.exit_button.setToolTip(tr("Or press Shift three times"))
        self.skip_note.setText(tr("You can skip any question, or stop at any time."))
        self.welcome = self._welcome_page()
        self.stack.addWidget(self.welcome)
        self.pause_page = self._pause_page()
        self.stack.addWidget(self.pause_page)
        self.feedback_page, self.feedback = self._feedback_page()
        self.stack.addWidget(self.feedback_page)
        self.thanks_page = self._thanks_page()
        self.stack.addWidget(self.thanks_page)

    def _choose_language(self, code: str) -> None:
        """The person picked a language: the screen's own words follow at once (where
        Intake has them in that language), and right-to-left languages mirror."""
        if code == self.language or self.view is not None:
            return
        self.language = code
        QTimer.singleShot(0, self._relabel)  # not while the clicked button is in use

    def _relabel(self) -> None:
        if self.exited or self.view is not None or i18n.current() == self.language:
            return
        i18n.set_language(self.language)
        rtl = self.loaded.direction(self.language) == "rtl"
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        old = [self.welcome, self.pause_page, self.feedback_page, self.thanks_page]
        self._make_pages()
        self.stack.setCurrentWidget(self.welcome)
        for page in old:
            self.stack.removeWidget(page)
            page.deleteLater()
        checked = self.language_group.checkedButton()
        (checked or self.start_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(text_label(tr("Welcome"), "prompt"))
        layout.addWidget(
            text_label(
                tr(
                    "These questions are for you to answer on your own, at your own pace. "
                    "Each one says why we ask. You can choose 'Prefer not to say' or "
                    "'Skip for now' for any question."
                ),
                "script",
            )
        )
        languages = self.loaded.languages
        self.language_group = QButtonGroup(page)
        if len(languages) > 1:
            layout.addWidget(text_label(tr("Choose your language:"), "why"))
            row = QHBoxLayout()
            for code in languages:
                tr_file = self.loaded.translations.get(code)
                name = tr_file.name if tr_file else "English"
                button = QRadioButton(name)
                button.setAccessibleName(name)
                button.setProperty("language", code)
                button.setChecked(code == self.language)
                button.toggled.connect(lambda on, c=code: self._choose_language(c) if on else None)
                self.language_group.addButton(button)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(text_label(tr("Text size:"), "why"))
        size_row = QHBoxLayout()
        self.size_group = QButtonGroup(page)
        for scale, name in TEXT_SIZES:
            button = QRadioButton(tr(name))
            button.setAccessibleName(tr("Text size: {0}").format(tr(name)))
            button.setProperty("scale", scale)
            button.setChecked(scale == self.scale)
            button.toggled.connect(lambda on, s=scale: self._size_toggled(on, s))
            self.size_group.addButton(button)
            size_row.addWidget(button)
        size_row.addStretch(1)
        layout.addLayout(size_row)
        self.contrast = QRadioButton(tr("High contrast (white on black)"))
        self.contrast.setAutoExclusive(False)
        self.contrast.setAccessibleName(tr("High contrast"))
        self.contrast.setChecked(self.high_contrast)
        self.contrast.toggled.connect(self.set_high_contrast)
        layout.addWidget(self.contrast)
        layout.addStretch(1)
        self.start_button = QPushButton(tr("&Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(tr("Start the questions"))
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _pause_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text_label(tr("Take your time."), "prompt"))
        layout.addWidget(
            text_label(tr("Your answers so far are saved. When you are ready, carry on."), "why")
        )
        self.resume_button = QPushButton(tr("&Carry on"))
        self.resume_button.setObjectName("primary")
        self.resume_button.setAccessibleName(tr("Carry on with the questions"))
        self.resume_button.clicked.connect(self.end_break)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        return page

    def _feedback_page(self) -> tuple[QWidget, ScaleEditor]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(text_label(tr("One last question"), "prompt"))
        layout.addWidget(
            text_label(tr("How did it feel to answer these questions on your own?"), "script")
        )
        layout.addWidget(
            text_label(
                tr("Why we ask: so we can make giving information easier for people."), "why"
            )
        )
        editor = ScaleEditor(1, 5, tr("Very hard"), tr("Easy"), tr("How did it feel?"))
        layout.addWidget(editor)
        layout.addStretch(1)
        row = QHBoxLayout()
        skip = QPushButton(tr("&Prefer not to say"))
        done = QPushButton(tr("&Finish"))
        done.setObjectName("primary")
        skip.clicked.connect(lambda: self._feedback_done(None))
        done.clicked.connect(lambda: self._feedback_done(editor.value()))
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(done)
        layout.addLayout(row)
        return page, editor

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(text_label(tr("Thank you."), "prompt"))
        layout.addWidget(
            text_label(
                tr(
                    "Your answers are saved. Please let the staff member know you have "
                    "finished. The screen will now lock."
                ),
                "script",
            )
        )
        self.hand_back = QPushButton(tr("&Lock the screen"))
        self.hand_back.setObjectName("primary")
        self.hand_back.setAccessibleName(tr("Lock the screen and hand back to staff"))
        self.hand_back.clicked.connect(self._finish)
        layout.addWidget(self.hand_back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        return page

    # ----------------------------------------------------------------- looks

    def mark_practice(self, text: str) -> None:
        """Practice mode says so on this screen too."""
        banner = text_label(text, "practice")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, banner)

    def look(self) -> theme.Look:
        palette = theme.HIGH_CONTRAST if self.high_contrast else theme.CALM
        return theme.Look(palette=palette, scale=self.scale)

    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.look())

    def _size_toggled(self, on: bool, scale: float) -> None:
        if on:
            self.set_scale(scale)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.apply_look()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.apply_look()

    # ----------------------------------------------------------------- flow

    def start(self) -> None:
        checked = self.language_group.checkedButton()
        if checked is not None:
            self.language = str(checked.property("language"))
        self._relabel()  # at once, if the choice has not reached the words yet
        interview = self._build(self.language)
        self.view = InterviewView(interview, self._save)
        self.view.finished.connect(self._stage_done)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.break_button.setVisible(True)

    def take_break(self) -> None:
        if self.stack.currentWidget() is self.view:
            self.stack.setCurrentWidget(self.pause_page)
            self.resume_button.setFocus()

    def end_break(self) -> None:
        if self.view is not None:
            self.stack.setCurrentWidget(self.view)
            self.view.show_step()

    def _stage_done(self) -> None:
        self.break_button.setVisible(False)
        self.stack.setCurrentWidget(self.feedback_page)
        self.feedback.focus_first()

    def _feedback_done(self, score: object) -> None:
        self._record_feedback(score if isinstance(score, int) else None)
        self.stack.setCurrentWidget(self.thanks_page)
        self.hand_back.setFocus()

    def _finish(self) -> None:
        self._teardown()
        self.finished.emit()

    def do_quick_exit(self) -> None:
        """Hide everything at once (in this event-loop turn), then tell the owner."""
        if self.exited:
            return
        self.exited = True
        self.hide()
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
            self.view = None
        self._teardown()
        self.quick_exit.emit()

    def _teardown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.triple_shift)
        self.exited = True
        if i18n.current() != self.staff_language:  # staff screens in staff's language
            i18n.set_language(self.staff_language)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.exited:
            event.accept()
        else:
            event.ignore()  # no way out without staff: use quick exit or finish


def interview_builder(
    loaded: LoadedPack,
    stage: str,
    known: Callable[[], Mapping[str, Answer]],
    mentioned: Callable[[], set[str]],
    done: Callable[[], set[str]],
    today: date,
) -> Callable[[str], Interview]:
    def build(language: str) -> Interview:
        return Interview(
            loaded.localised(language),
            stage,
            known(),
            mode=Mode.SELF,
            today=today,
            mentioned=mentioned(),
            done=done(),
        )

    return build
