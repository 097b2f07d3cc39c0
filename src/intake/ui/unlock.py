"""The unlock screen: user name and password, with kind words when something is wrong.

Unlocking (the password check and opening the database) runs off the GUI thread, so
the window stays responsive through the deliberate pause after wrong passwords.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake.app import ErrorCode, StoreError
from intake.ui.widgets import heading, problem_text, text_label, tr

if TYPE_CHECKING:  # these import SQLCipher and Argon2; the first screen waits for neither
    from intake.app import Session, Workspace
    from intake.ui.startup import DeferredWorkspace


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # Session
    recover_requested = Signal()

    def __init__(
        self,
        workspace: Workspace | DeferredWorkspace,
        organisation: str = "",
        unlock: Callable[[str, str], Session] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.workspace = workspace
        self._unlock = unlock or workspace.unlock
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(heading(tr("Intake is locked")))
        layout.addWidget(
            text_label(
                organisation
                or tr("Sign in to continue. Personal information is hidden while locked."),
                "why",
            )
        )
        self.hint = text_label("", "practice")
        self.hint.setVisible(False)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setAccessibleName(tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        form.addRow(tr("&User name"), self.user)
        form.addRow(tr("&Password"), self.password)
        layout.addLayout(form)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        self.message.setAccessibleName(tr("Message"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.recover_button = QPushButton(tr("&Forgotten password?"))
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.recover_button.setAccessibleName(tr("Forgotten password"))
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)  # half the width, whatever the text size
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.user.returnPressed.connect(self.password.setFocus)
        self.recover_button.clicked.connect(self.recover_requested)
        self.busy = False

    def reset(self, keep_user: bool = True) -> None:
        """Ready for the next person: password cleared, focus in the right box."""
        self.password.clear()
        if not keep_user:
            self.user.clear()
        self.message.setVisible(False)
        self._set_busy(False)
        (self.password if self.user.text() else self.user).setFocus()  # OtherFocusReason

    def show_hint(self, text: str) -> None:
        """A standing note under the heading (practice mode shows its sign-in here)."""
        self.hint.setText(text)
        self.hint.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.user, self.password, self.unlock_button, self.recover_button):
            w.setEnabled(not busy)
        self.unlock_button.setText(tr("Unlocking…") if busy else tr("&Unlock"))

    def try_unlock(self) -> None:
        if self.busy:
            return
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self._say(tr("Please enter your user name and password."))
            return
        self._set_busy(True)
        self.message.setVisible(False)
        from intake.ui.ops import run_op  # with logging and traceback: not before first paint

        run_op(self, lambda _p: self._unlock(user, password), self._done, self._failed)

    def _done(self, session: Session) -> None:
        self.password.clear()
        self._set_busy(False)
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, StoreError) and exc.code is ErrorCode.WRONG_PASSWORD:
            self._say(
                tr(
                    "That user name and password do not match. Please try again. "
                    "After a few tries Intake waits a little longer each time, to keep "
                    "the records safe."
                )
            )
        else:
            self._say(problem_text(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
