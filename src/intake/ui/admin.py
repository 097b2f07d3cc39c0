"""Managing Intake: users and roles, backups with progress, restore, settings and
passwords. Only shown to the roles allowed; the services refuse others anyway."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake.app import Session, Settings, UserRecord
from intake.domain import Role
from intake.ui.idle import MAX_MINUTES, MIN_MINUTES
from intake.ui.ops import run_op
from intake.ui.widgets import N_, heading, ok_cancel_row, problem_text, tell, text_label, tr

if TYPE_CHECKING:
    from intake.ui.main import MainWindow

ROLE_NAMES = {
    Role.CASEWORKER: N_("Caseworker"),
    Role.MANAGER: N_("Manager"),
    Role.ADMIN: N_("Administrator"),
}


def open_admin(window: MainWindow, session: Session, what: str) -> None:
    if what == "users":
        UsersDialog(session, window).exec()
    elif what == "settings":
        SettingsDialog(session, window).exec()
    elif what == "password":
        PasswordDialog(session, window).exec()
    elif what == "backup":
        backup_now(window, session)
    elif what == "restore":
        restore_from(window)
    elif what == "secret":
        from intake.ui.recovery import NewSecretDialog

        NewSecretDialog(session, window).exec()


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a colleague"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.username = QLineEdit()
        self.role = QComboBox()
        for role, name in ROLE_NAMES.items():
            self.role.addItem(tr(name), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for w, label in (
            (self.name, tr("&Name")),
            (self.username, tr("&User name")),
            (self.role, tr("&Role")),
            (self.password, tr("First &password")),
        ):
            w.setAccessibleName(label.replace("&", ""))
            form.addRow(label, w)
        layout.addLayout(form)
        layout.addWidget(
            text_label(
                tr(
                    "Give them the first password in person. They can change it from "
                    "Manage, Change my password."
                ),
                "why",
            )
        )
        layout.addLayout(ok_cancel_row(self, tr("Add"))[0])


class UsersDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Users and roles"))
        self.setMinimumSize(620, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Who can use Intake")))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Users"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add a colleague…"))
        self.role_box = QComboBox()
        self.role_box.setAccessibleName(tr("Role"))
        for role, name in ROLE_NAMES.items():
            self.role_box.addItem(tr(name), role)
        self.role_button = QPushButton(tr("Set &role"))
        self.reset_button = QPushButton(tr("Reset &password…"))
        self.remove_button = QPushButton(tr("Re&move access"))
        for w in (
            self.add_button,
            self.role_box,
            self.role_button,
            self.reset_button,
            self.remove_button,
        ):
            row.addWidget(w)
        layout.addLayout(row)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.set_role)
        self.reset_button.clicked.connect(self.reset)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for user in self.session.users.all():
            state = "" if user.active else tr(" (no access)")
            item = QListWidgetItem(
                f"{user.display_name} — {user.username} — {tr(ROLE_NAMES[user.role])}{state}"
            )
            item.setData(256, user)
            self.list.addItem(item)

    def selected(self) -> UserRecord | None:
        item = self.list.currentItem()
        user = item.data(256) if item is not None else None
        return user if isinstance(user, UserRecord) else None

    def _try(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except Exception as exc:
            self.message.setText(problem_text(exc))
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        self.refresh()

    def add(self) -> None:
        dialog = NewUserDialog(self)
        if dialog.exec():
            self._try(
                lambda: self.session.users.add(
                    dialog.username.text().strip(),
                    dialog.name.text().strip(),
                    dialog.role.currentData(),
                    dialog.password.text(),
                )
            )

    def set_role(self) -> None:
        user = self.selected()
        if user is not None:
            self._try(lambda: self.session.users.set_role(user.id, self.role_box.currentData()))

    def reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Reset password"))
        layout = QVBoxLayout(dialog)
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(tr("New password"))
        layout.addWidget(text_label(tr("New password for {0}").format(user.display_name)))
        layout.addWidget(edit)
        layout.addLayout(ok_cancel_row(dialog, tr("Reset"))[0])
        if dialog.exec():
            self._try(lambda: self.session.users.reset_password(user.id, edit.text()))

    def remove(self) -> None:
        user = self.selected()
        if user is not None:
            self._try(lambda: self.session.users.disable(user.id))


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.window_ = parent
        self.setWindowTitle(tr("Settings"))
        settings = session.retention.settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.lock_minutes.setValue(settings.auto_lock_minutes)
        self.lock_minutes.setSuffix(tr(" minutes"))
        self.lock_minutes.setAccessibleName(tr("Lock after this long without use"))
        self.retention = QSpinBox()
        self.retention.setRange(12, 240)
        self.retention.setValue(settings.retention_months)
        self.retention.setSuffix(tr(" months"))
        self.retention.setAccessibleName(tr("Keep closed journeys for"))
        form.addRow(tr("&Lock after this long without use"), self.lock_minutes)
        form.addRow(tr("&Keep closed journeys for"), self.retention)
        layout.addLayout(form)
        layout.addWidget(
            text_label(
                tr(
                    "Closed journeys older than this are erased for good, with everything "
                    "recorded in them. Check your data protection policy for the right period."
                ),
                "why",
            )
        )
        self.due = text_label("", "why")
        layout.addWidget(self.due)
        self.erase_button = QPushButton(tr("&Erase what is past its time now…"))
        self.erase_button.clicked.connect(self.erase_now)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(ok_cancel_row(self, tr("Save"))[0])
        self._count_due()

    def _count_due(self) -> None:
        try:
            n = len(self.session.retention.due())
        except Exception as exc:
            self.due.setText(problem_text(exc))
            return
        self.due.setText(tr("{0} closed journey(s) are past the retention period.").format(n))
        self.erase_button.setEnabled(n > 0)

    def erase_now(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Erase"),
            tr("Erase every closed journey past the retention period? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.session.retention.apply()
        except Exception as exc:
            tell(self, tr("Erase"), exc)
            return
        tell(
            self,
            tr("Erase"),
            tr("Done. {0} journey(s) erased.").format(len(result.journeys_erased)),
        )
        self._count_due()

    def accept(self) -> None:
        try:
            self.session.retention.save_settings(
                Settings(
                    retention_months=self.retention.value(),
                    auto_lock_minutes=self.lock_minutes.value(),
                )
            )
        except Exception as exc:
            tell(self, tr("Settings"), exc)
            return
        idle = getattr(self.window_, "idle", None)
        if idle is not None:
            idle.set_minutes(self.lock_minutes.value())
        super().accept()


class PasswordDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Change my password"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for w, label in (
            (self.old, tr("&Current password")),
            (self.new, tr("&New password")),
            (self.again, tr("New password &again")),
        ):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(label.replace("&", ""))
            form.addRow(label, w)
        layout.addLayout(form)
        layout.addWidget(
            text_label(
                tr("Three or four unrelated words work well; at least 12 characters."), "why"
            )
        )
        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addLayout(ok_cancel_row(self, tr("Change"))[0])

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(tr("The two new passwords are not the same."))
            self.message.setVisible(True)
            return
        try:
            self.session.users.change_own_password(self.old.text(), self.new.text())
        except Exception as exc:
            self.message.setText(problem_text(exc))
            self.message.setVisible(True)
            return
        super().accept()


def backup_now(window: QWidget, session: Session) -> None:
    progress = QProgressDialog(tr("Making and checking a backup…"), "", 0, 0, window)
    progress.setWindowTitle(tr("Back up"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()

    def done(result: object) -> None:
        progress.close()
        folder = getattr(result, "folder", "")
        tell(
            window,
            tr("Back up"),
            tr(
                "The backup is made and checked. It is encrypted with the same key, "
                "in:\n{0}\nCopy that folder to a safe place, such as an encrypted USB stick."
            ).format(folder),
        )

    def failed(exc: BaseException) -> None:
        progress.close()
        tell(window, tr("Back up"), exc)

    run_op(window, lambda _p: session.backups.create(), done, failed)


class RestoreDialog(QDialog):
    """Who is restoring: a manager's or administrator's sign-in as it was when the
    backup was made."""

    def __init__(self, parent: QWidget, username: str = "", intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore"))
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(text_label(intro))
        self.user = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user.setAccessibleName(tr("User name"))
        self.password.setAccessibleName(tr("Password"))
        form = QFormLayout()
        form.addRow(tr("&User name"), self.user)
        form.addRow(tr("&Password"), self.password)
        layout.addLayout(form)
        layout.addLayout(ok_cancel_row(self, tr("Restore"))[0])
        (self.password if username else self.user).setFocus()


def restore_from(window: MainWindow, *, first_run: bool = False) -> None:
    """Replace the workspace with a backup, checked first; the replaced files are kept.
    On first run (the setup screen) there is nothing to replace or lock: the backup
    becomes the workspace, and the unlock screen follows."""
    folder = QFileDialog.getExistingDirectory(window, tr("Choose the backup folder"))
    if not folder:
        return
    intro = ""
    if first_run:
        intro = tr(
            "Sign in with a user name and password that worked when the backup was made "
            "(a manager or an administrator). Intake checks the backup first, then keeps "
            "the information in this folder: {0}"
        ).format(window.workspace.folder)
    else:
        answer = QMessageBox.question(
            window,
            tr("Restore"),
            tr(
                "Restore this backup? Intake will lock first. The current data is kept "
                "aside, never deleted. You will then sign in with a password that was "
                "valid when the backup was made."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    dialog = RestoreDialog(window, window.session.user.username if window.session else "", intro)
    if not dialog.exec():
        return
    if not first_run:
        window.lock()
    workspace = window.workspace
    progress = QProgressDialog(tr("Restoring and checking…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.show()
    name, secret = dialog.user.text().strip(), dialog.password.text()

    def done(_r: object) -> None:
        progress.close()
        if first_run:
            window.show_unlock()
            window.unlock_screen.user.setText(name)
        tell(window, tr("Restore"), tr("The backup is restored. Please sign in."))

    def failed(exc: BaseException) -> None:
        progress.close()
        tell(window, tr("Restore"), exc)

    run_op(window, lambda _p: workspace.restore(Path(folder), name, secret), done, failed)
