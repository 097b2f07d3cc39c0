"""Capture what the person volunteers: find any question of the pack by typing a few
letters, then record what they said (marked as volunteered) or mark the subject as
mentioned so its reflect wording is used when the question comes.

Neither is asked again as if new: the engine treats a volunteered answer as known.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake.interview import Interview
from intake.ui.editors import AnswerEditor, editor_for
from intake.ui.widgets import WrappingPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("CaptureDialog", text)


class CaptureDialog(QDialog):
    """Record something said out of order. Changes go to the interview; the caller saves."""

    def __init__(self, interview: Interview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iv = interview
        self.setWindowTitle(tr("Note something the person mentioned"))
        em = self.fontMetrics().averageCharWidth()
        self.resize(max(640, em * 70), max(560, self.fontMetrics().height() * 26))
        self.recorded: list[str] = []
        layout = QVBoxLayout(self)

        find_label = QLabel(tr("&Find a question (type a few letters):"))
        self.search = QLineEdit()
        self.search.setAccessibleName(tr("Find a question"))
        self.search.setPlaceholderText(tr("for example: religion, housing, date of birth"))
        find_label.setBuddy(self.search)
        layout.addWidget(find_label)
        layout.addWidget(self.search)

        self.model = QStandardItemModel(self)
        stage_titles = {s.id: s.title for s in interview.pack.stages}
        for stage in interview.pack.stages:
            for q in stage.questions():
                item = QStandardItem(f"{q.prompt}  ({stage_titles[stage.id]})")
                item.setData(q.id, ID_ROLE)
                item.setEditable(False)
                self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(tr("Questions that match"))
        layout.addWidget(self.list, 1)

        holder = WrappingPage()
        self.editor_box = QVBoxLayout(holder)
        self.editor_box.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.editor: AnswerEditor | None = None
        self.status = QLabel("")
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        buttons = QGridLayout()
        self.record_button = QPushButton(tr("&Record what they said"))
        self.decline_button = QPushButton(tr("They would rather &not say"))
        self.mention_button = QPushButton(tr("&Mark as mentioned"))
        self.close_button = QPushButton(tr("&Done"))
        for b in (self.record_button, self.decline_button, self.mention_button):
            b.setEnabled(False)
        buttons.addWidget(self.record_button, 0, 0)
        buttons.addWidget(self.decline_button, 0, 1)
        buttons.addWidget(self.mention_button, 1, 0)
        buttons.addWidget(self.close_button, 1, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_editor())
        self.record_button.clicked.connect(self._record)
        self.decline_button.clicked.connect(self._decline)
        self.mention_button.clicked.connect(self._mention)
        self.close_button.clicked.connect(self.accept)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _choose_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.list.setFocus()

    def selected_id(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index, ID_ROLE)
        return str(value) if value else None

    def _show_editor(self) -> None:
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        qid = self.selected_id()
        for b in (self.record_button, self.decline_button, self.mention_button):
            b.setEnabled(qid is not None)
        if qid is None:
            return
        q = self.iv.pack.question(qid)
        self.editor = editor_for(q, self.iv.pack.choices_of(q), q.prompt)
        self.editor.setAccessibleName(q.prompt)
        self.editor_box.addWidget(self.editor)
        self.mention_button.setEnabled(q.reflect is not None)
        self.decline_button.setEnabled(q.prefer_not_to_say)

    def _record(self) -> None:
        qid = self.selected_id()
        if qid is None or self.editor is None:
            return
        result = self.iv.volunteer(qid, self.editor.value())
        if result.ok:
            self.recorded.append(qid)
            self._say(tr("Recorded. It will not be asked again."))
        else:
            self._say(QCoreApplication.translate("InterviewView", result.message))

    def _decline(self) -> None:
        qid = self.selected_id()
        if qid is not None and self.iv.volunteer(qid, None, declined=True).ok:
            self.recorded.append(qid)
            self._say(tr("Recorded as 'prefer not to say'. It will not be asked again."))

    def _mention(self) -> None:
        qid = self.selected_id()
        if qid is not None:
            self.iv.mention(qid)
            self.recorded.append(qid)
            self._say(tr("Noted. When this question comes, it will be asked gently."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
