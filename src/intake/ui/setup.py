"""First run: a short wizard that creates the encrypted workspace.

Organisation, where the data will be kept, the first administrator (with kind password
guidance), then the recovery secret, shown once with a way to print it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from intake.app.passwords import MIN_PASSWORD_LENGTH, check_password
from intake.ui.ops import run_op
from intake.ui.widgets import problem_text, secret_label, text_label, tr

if TYPE_CHECKING:  # the store loads once the wizard is on screen, not before
    from intake.app import NewWorkspace

Create = Callable[[Path, str, str, str, str], "NewWorkspace"]


class _Page(QWizardPage):
    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(text_label(intro, "why"))


class OrganisationPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr("Welcome to Intake"),
            tr(
                "Intake keeps the information your service collects safe and private on "
                "this computer. Let's set it up. This takes about two minutes."
            ),
        )
        form = QFormLayout()
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(tr("Name of your organisation"))
        form.addRow(tr("Name of your &organisation"), self.organisation)
        self.layout_.addLayout(form)
        self.registerField("organisation*", self.organisation)
        self.layout_.addStretch(1)
        self.restore = QPushButton(tr("Moving from another computer? &Restore a backup instead…"))
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch(1)
        self.layout_.addLayout(row)


class FolderPage(_Page):
    def __init__(self, default: Path) -> None:
        super().__init__(
            tr("Where the information is kept"),
            tr(
                "Everything is kept in one folder, encrypted. Nobody can read it without "
                "a password, even if the laptop is lost. The usual place is fine for most "
                "services."
            ),
        )
        row = QHBoxLayout()
        self.folder = QLineEdit(str(default))
        self.folder.setAccessibleName(tr("Folder for the encrypted information"))
        choose = QPushButton(tr("&Choose another folder…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.layout_.addLayout(row)
        self.registerField("folder*", self.folder)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Choose a folder"), self.folder.text())
        if chosen:
            self.folder.setText(str(Path(chosen) / "Intake"))


class AdminPage(_Page):
    def __init__(self, create: Callable[[], None]) -> None:
        super().__init__(
            tr("Your administrator account"),
            tr(
                "You will look after Intake for your service: adding colleagues, backups "
                "and the recovery secret. Choose a password you can remember but others "
                "could not guess. Three or four unrelated words work well, for example "
                "'kettle river orange march'. It needs at least {0} characters."
            ).format(MIN_PASSWORD_LENGTH),
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for w, label in (
            (self.name, tr("Your &name")),
            (self.username, tr("&User name")),
            (self.password, tr("&Password")),
            (self.confirm, tr("Password &again")),
        ):
            w.setAccessibleName(label.replace("&", ""))
            form.addRow(label, w)
        for w in (self.password, self.confirm):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.layout_.addLayout(form)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        self.layout_.addWidget(self.message)
        self.registerField("admin_name*", self.name)
        self.registerField("admin_user*", self.username)
        self.registerField("admin_password*", self.password)
        self._create = create
        self.created = False
        self.busy = False

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.created:
            return True
        if self.busy:
            return False
        if self.password.text() != self.confirm.text():
            self.say(tr("The two passwords are not the same. Please type them again."))
            self.confirm.clear()
            return False
        try:
            check_password(self.password.text())
        except Exception as exc:  # a StoreError with a kind sentence
            self.say(problem_text(exc))
            return False
        self.message.setVisible(False)
        self._create()
        return False


class SecretPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            tr("Your recovery secret"),
            tr(
                "If every password is ever forgotten, this secret is the only way back in. "
                "Print it or write it down now, and keep it somewhere safe and private, "
                "away from this laptop. It will not be shown again."
            ),
        )
        self.secret = secret_label(tr("Recovery secret"))
        self.layout_.addWidget(self.secret)
        self.print_button = QPushButton(tr("&Print it"))
        self.print_button.clicked.connect(self.print_secret)
        self.layout_.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(tr("I have printed it or written it down, and put it somewhere safe"))
        self.layout_.addWidget(self.kept)
        self.registerField("kept*", self.kept)

    def show_secret(self, secret: str) -> None:
        self.secret.setText(secret)

    def print_secret(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(
            tr("Intake recovery secret")
            + "\n\n"
            + self.secret.text()
            + "\n\n"
            + tr("Keep this somewhere safe and private, away from the laptop.")
        )
        painter = QPainter(printer)
        doc.drawContents(painter)
        painter.end()


class SetupWizard(QWizard):
    """Creates the workspace. Emits `created(NewWorkspace, folder)` when finished."""

    created = Signal(object, object)
    restore_requested = Signal()
    """The person chose to restore a backup (from another computer) instead."""

    def __init__(self, default_folder: Path, create: Create) -> None:
        super().__init__()
        self.setWindowTitle(tr("Set up Intake"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._create = create
        self.new: NewWorkspace | None = None
        self.organisation_page = OrganisationPage()
        self.organisation_page.restore.clicked.connect(self.restore_requested)
        self.folder_page = FolderPage(default_folder)
        self.admin_page = AdminPage(self._start_create)
        self.secret_page = SecretPage()
        for page in (self.organisation_page, self.folder_page, self.admin_page, self.secret_page):
            self.addPage(page)
        for which, text in (
            (QWizard.WizardButton.BackButton, tr("&Back")),
            (QWizard.WizardButton.NextButton, tr("&Next")),
            (QWizard.WizardButton.FinishButton, tr("&Start using Intake")),
            (QWizard.WizardButton.CancelButton, tr("Cancel")),
        ):
            self.setButtonText(which, text)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            self.button(which).setObjectName("primary")

    def folder(self) -> Path:
        return Path(self.folder_page.folder.text()).expanduser()

    def _start_create(self) -> None:
        page = self.admin_page
        page.busy = True
        page.say(tr("Setting up the encrypted workspace… this takes a few seconds."))
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        folder = self.folder()
        args = (
            folder,
            self.organisation_page.organisation.text().strip(),
            page.username.text().strip(),
            page.name.text().strip(),
            page.password.text(),
        )
        run_op(self, lambda _p: self._create(*args), self._created, self._failed)

    def _created(self, new: NewWorkspace) -> None:
        self.new = new
        page = self.admin_page
        page.busy = False
        page.created = True
        page.password.clear()
        page.confirm.clear()
        page.message.setVisible(False)
        self.secret_page.show_secret(new.recovery_secret)
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self.admin_page.busy = False
        self.admin_page.say(problem_text(exc))
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)

    def accept(self) -> None:
        if self.new is not None:
            self.secret_page.secret.setText("")
            self.created.emit(self.new, self.folder())
        super().accept()
