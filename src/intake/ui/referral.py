"""A new referral: name and date of birth first, then anyone who may be the same person,
before anyone is created. A repeat victim then keeps one record and several journeys."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake.app import PersonRecord, PossibleDuplicate, Session, parse_date
from intake.ui.people import format_date
from intake.ui.widgets import heading, problem_text, text_label, tr


class ReferralDialog(QDialog):
    """Ends with `person` set: an existing person chosen, or a new one created."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person: PersonRecord | None = None
        self.is_new = False
        self.setWindowTitle(tr("New referral"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Who has been referred?")))
        form = QFormLayout()
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.dob = QLineEdit()
        self.dob.setPlaceholderText(tr("DD/MM/YYYY, if known"))
        for w, text in (
            (self.given, tr("&First name")),
            (self.family, tr("&Last name")),
            (self.dob, tr("&Date of birth")),
        ):
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(text, w)
        layout.addLayout(form)
        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.matches_label = text_label(
            tr(
                "These people are already known, with the same date of birth and a similar "
                "name. If one of them is this person, open their record so nothing is asked "
                "twice."
            ),
            "why",
        )
        self.matches = QListWidget()
        self.matches.setAccessibleName(tr("Possible matches"))
        self.matches_label.setVisible(False)
        self.matches.setVisible(False)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(tr("Cancel"))
        self.same_button = QPushButton(tr("&Open this person"))
        self.check_button = QPushButton(tr("&Continue"))
        self.check_button.setObjectName("primary")
        self.same_button.setVisible(False)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.check_button.clicked.connect(self.check_or_create)
        self.same_button.clicked.connect(self.use_existing)
        self.matches.itemActivated.connect(lambda _i: self.use_existing())
        self._checked: tuple[str, str, date | None] | None = None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _entered(self) -> tuple[str, str, date | None] | None:
        given, family = self.given.text().strip(), self.family.text().strip()
        if not (given or family):
            self._say(tr("Please type at least one name."))
            return None
        dob_text = self.dob.text().strip()
        dob = parse_date(dob_text) if dob_text else None
        if dob_text and dob is None:
            self._say(tr("Please give the date of birth as day/month/year, or leave it empty."))
            return None
        return given, family, dob

    def check_or_create(self) -> None:
        entered = self._entered()
        if entered is None:
            return
        self.message.setVisible(False)
        if self._checked == entered:
            self._create(*entered)  # matches were shown and the caseworker chose "new"
            return
        try:
            found = self.session.people.possible_duplicates(*entered)
        except Exception as exc:
            self._say(problem_text(exc))
            return
        if not found:
            self._create(*entered)
            return
        self._show_matches(found)
        self._checked = entered

    def _show_matches(self, found: list[PossibleDuplicate]) -> None:
        self.matches.clear()
        for d in found:
            p = d.person
            item = QListWidgetItem(
                f"{p.full_name}   {format_date(p.date_of_birth)}   {p.reference}"
            )
            item.setData(256, p)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        for w in (self.matches_label, self.matches, self.same_button):
            w.setVisible(True)
        self.check_button.setText(tr("No, &create a new person"))
        self.check_button.setObjectName("")
        self.matches.setFocus()

    def use_existing(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.person = item.data(256)
            self.accept()

    def _create(self, given: str, family: str, dob: date | None) -> None:
        try:
            self.person = self.session.people.create(given, family, dob)
        except Exception as exc:
            self._say(problem_text(exc))
            return
        self.is_new = True
        self.accept()
