"""The people list: instant search by name, reference or date of birth, with filters.

The table is a Qt item model, so only visible rows are painted however many match.
Searches run off the GUI thread; a newer search supersedes an older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intake.app import JourneyStatus, PersonRecord, Session
from intake.forms import Pack
from intake.ui.ops import run_op
from intake.ui.widgets import N_, heading, text_label, tr

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonRow:
    person: PersonRecord
    open_stages: tuple[str, ...]
    mine: bool


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class PeopleModel(QAbstractTableModel):
    HEADERS = (N_("Reference"), N_("Name"), N_("Date of birth"), N_("Open journeys"))

    def __init__(self, stage_titles: dict[str, str]) -> None:
        super().__init__()
        self.rows: list[PersonRow] = []
        self.stage_titles = stage_titles

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self.rows[index.row()]
        p = row.person
        column = index.column()
        if column == 0:
            return p.reference
        if column == 1:
            return p.full_name
        if column == 2:
            return format_date(p.date_of_birth)
        stages = [self.stage_titles.get(s, s) for s in row.open_stages]
        return ", ".join(stages) if stages else tr("None open")

    def person_at(self, row: int) -> PersonRecord | None:
        return self.rows[row].person if 0 <= row < len(self.rows) else None


def search_rows(session: Session, text: str, limit: int = 200) -> list[PersonRow]:
    """Runs on a worker: people matching `text`, with their open journeys."""
    people = session.people.find(text, limit) if text.strip() else []
    me = session.user.id
    rows = []
    for p in people:
        journeys = session.people.journeys(p.id)
        open_ones = [j for j in journeys if j.status is JourneyStatus.OPEN]
        mine = any(j.opened_by == me for j in open_ones)
        rows.append(PersonRow(p, tuple(j.stage for j in open_ones), mine))
    return rows


class PeopleScreen(QWidget):
    open_person = Signal(object)  # PersonRecord
    new_referral = Signal()

    def __init__(self, session: Session, pack: Pack) -> None:
        super().__init__()
        self.setObjectName("page")
        self.session = session
        self._generation = 0
        self._all: list[PersonRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(tr("People")), 1)
        self.new_button = QPushButton(tr("&New referral"))
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(tr("New referral"))
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, reference (V-…) or date of birth"))
        self.search.setAccessibleName(tr("Search people"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(tr("Clear the search"))
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        self.open_only = QCheckBox(tr("&Open journeys only"))
        self.mine_only = QCheckBox(tr("&My caseload"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(tr("Stage"))
        self.stage.addItem(tr("Any stage"), "")
        for s in pack.stages:
            self.stage.addItem(s.title, s.id)
        filters.addWidget(self.open_only)
        filters.addWidget(self.mine_only)
        filters.addWidget(self.stage)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = PeopleModel({s.id: s.title for s in pack.stages})
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("People found"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setAccessibleName(tr("Column headings"))
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table, 1)
        self.status = text_label(tr("Type to search."), "why")
        layout.addWidget(self.status)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._enter)
        for box in (self.open_only, self.mine_only):
            box.toggled.connect(self._apply_filters)
        self.stage.currentIndexChanged.connect(self._apply_filters)
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.new_referral)

    def run_search(self) -> None:
        text = self.search.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._all = []
            self._apply_filters()
            self.status.setText(tr("Type to search."))
            return
        self.status.setText(tr("Searching…"))
        run_op(
            self,
            lambda _p: search_rows(self.session, text),
            lambda rows: self._found(generation, rows),
            self._failed,
        )

    def _found(self, generation: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._all = rows
        self._apply_filters()

    def _failed(self, exc: BaseException) -> None:
        from intake.ui.widgets import problem_text

        self.status.setText(problem_text(exc))

    def _apply_filters(self) -> None:
        stage = self.stage.currentData()
        rows = [
            r
            for r in self._all
            if (not self.open_only.isChecked() or r.open_stages)
            and (not self.mine_only.isChecked() or r.mine)
            and (not stage or stage in r.open_stages)
        ]
        self.model.set_rows(rows)
        if self.search.text().strip():
            self.status.setText(
                tr("No one matches. Check the spelling, or start a new referral.")
                if not rows
                else tr("{0} found. Press Enter or double-click to open.").format(len(rows))
            )
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _enter(self) -> None:
        if self.debounce.isActive():
            self.debounce.stop()
            self.run_search()
            return
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        person = self.model.person_at(index.row())
        if person is not None:
            self.open_person.emit(person)

    def clear(self) -> None:
        """Forget everything shown (used when locking)."""
        self._generation += 1
        self._all = []
        self.model.clear()
        self.search.clear()
