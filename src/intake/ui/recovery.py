"""Getting back in with the printed recovery secret, and replacing that secret.

Both run the key work off the GUI thread. The secret is never kept on screen longer
than needed: fields are cleared as soon as the work is done.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake.app import Session, Workspace
from intake.app.passwords import MIN_PASSWORD_LENGTH, check_password
from intake.ui.ops import run_op
from intake.ui.widgets import heading, problem_text, secret_label, text_label, tr


class RecoverDialog(QDialog):
    """Set a new password for a user with the recovery secret (when every password is lost)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.done_ok = False
        self.setWindowTitle(tr("Use the recovery secret"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Use the recovery secret")))
        layout.addWidget(
            text_label(
                tr(
                    "Type the recovery secret exactly as printed (capital letters and dashes "
                    "are optional), the user name, and a new password for that user. "
                    "Passwords need at least {0} characters."
                ).format(MIN_PASSWORD_LENGTH),
                "why",
            )
        )
        form = QFormLayout()
        self.secret = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for w, label in (
            (self.secret, tr("Recovery &secret")),
            (self.user, tr("&User name")),
            (self.password, tr("&New password")),
            (self.again, tr("New password &again")),
        ):
            w.setAccessibleName(label.replace("&", ""))
            form.addRow(label, w)
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(tr("Cancel"))
        self.ok = QPushButton(tr("Set the new password"))
        self.ok.setObjectName("primary")
        cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self.submit)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout.addLayout(row)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self._say(tr("The two new passwords are not the same."))
            return
        try:
            check_password(self.password.text())
        except Exception as exc:
            self._say(problem_text(exc))
            return
        secret, user, password = self.secret.text(), self.user.text().strip(), self.password.text()
        self.ok.setEnabled(False)
        self._say(tr("Checking the secret…"))
        run_op(
            self,
            lambda _p: self.workspace.recover(secret, user, password),
            self._done,
            self._failed,
        )

    def _done(self, _result: object) -> None:
        self.secret.clear()
        self.password.clear()
        self.again.clear()
        self.done_ok = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.password.clear()
        self.again.clear()
        self._say(problem_text(exc))


class NewSecretDialog(QDialog):
    """Replace the recovery secret (administrators): the old one stops working."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Replace the recovery secret"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Replace the recovery secret")))
        layout.addWidget(
            text_label(
                tr(
                    "Do this if the printed secret may have been seen by someone else, or "
                    "is lost. The old secret stops working at once. The new one is shown "
                    "only here: print it or write it down, and keep it safe."
                ),
                "why",
            )
        )
        self.secret = secret_label(tr("New recovery secret"))
        self.secret.setVisible(False)
        layout.addWidget(self.secret)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.close_button = QPushButton(tr("&Close"))
        self.make = QPushButton(tr("&Make a new secret"))
        self.make.setObjectName("primary")
        self.close_button.clicked.connect(self.accept)
        self.make.clicked.connect(self.replace)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.make)
        layout.addLayout(row)

    def replace(self) -> None:
        try:
            secret = self.session.users.new_recovery_secret()
        except Exception as exc:
            self.message.setText(problem_text(exc))
            self.message.setVisible(True)
            return
        self.secret.setText(secret)
        self.secret.setVisible(True)
        self.make.setEnabled(False)

    def accept(self) -> None:
        self.secret.clear()
        super().accept()
