"""The manager's screen: anonymised returns with a preview and charts, the completeness
report for case reviews, and the people whose records have gaps.

Opened from the Manage menu with `open_manager(parent, session, loaded_pack)`. Every
read of the workspace runs off the GUI thread (`run_op`); the screen only shows what
`intake.app.reporting.Reporting` hands back. The preview shows exactly what a file
would hold: withheld figures appear as [c], with the reason beside them. Completeness
and the gaps list are for the team only and are never written to a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake.app import Session
from intake.app.reporting import ExportResult, PersonGaps, Reporting, TemplateInfo
from intake.forms import LoadedPack, Pack
from intake.returns import SUPPRESSED, Period, PublishedTable, Return
from intake.returns.completeness import CompletenessReport, Tally
from intake.returns.period import PeriodKind
from intake.returns.tables import Cell, Shape
from intake.returns.translations import languages_of
from intake.ui import i18n
from intake.ui.ops import run_op
from intake.ui.widgets import N_, WrappingPage, heading, problem_text, tell, text_label, tr

Index = QModelIndex | QPersistentModelIndex


def _month(number: int) -> str:
    """A month's name in the screen's language (QLocale follows View > Language)."""
    return QLocale().monthName(number, QLocale.FormatType.LongFormat)


def open_manager(parent: QWidget, session: Session, loaded_pack: LoadedPack) -> ManagerDialog:
    """Show the manager's screen (window-modal) and return it."""
    dialog = ManagerDialog(session, loaded_pack.pack, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def spoken_period(period: Period) -> str:
    """e.g. "1 July to 30 September 2026"."""
    s, e = period.start, period.end
    start = f"{s.day} {_month(s.month)}" + (f" {s.year}" if s.year != e.year else "")
    return tr("{0} to {1}").format(start, f"{e.day} {_month(e.month)} {e.year}")


# --------------------------------------------------------------------------- period


class PeriodPicker(QWidget):
    """Quarter, year or two dates, as the template counts; `text()` is what
    `Period.parse` reads (2026-Q3, 2026-27-Q1, 2026, 2026-27, 2026-07-01..2026-09-30)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind = PeriodKind.QUARTER
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.year_type = QComboBox()
        self.year_type.addItem(tr("Calendar year"), "calendar")
        self.year_type.addItem(tr("Financial year (April to March)"), "financial")
        self.year_type.setAccessibleName(tr("Kind of year"))
        self.year = QComboBox()
        self.year.setAccessibleName(tr("Year"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(tr("Quarter"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, tr("First day")), (self.end, tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.until = text_label(tr("to"))
        for w in (self.year_type, self.year, self.quarter, self.start, self.until, self.end):
            layout.addWidget(w)
        layout.addStretch(1)
        self.year_type.currentIndexChanged.connect(self._fill)
        self._fill()
        last = (today.month - 1) // 3  # the last whole calendar quarter
        year = today.year if last else today.year - 1
        self._select(self.year, year)
        self.quarter.setCurrentIndex((last or 4) - 1)
        self.set_kind(PeriodKind.QUARTER)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def _fill(self) -> None:
        financial = self.year_type.currentData() == "financial"
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for y in range(self.today.year - 6, self.today.year + 2):
            label = f"{y} to {y + 1} ({y}-{(y + 1) % 100:02d})" if financial else str(y)
            self.year.addItem(label, y)
        self.year.blockSignals(False)
        self._select(self.year, chosen if chosen is not None else self.today.year)
        index = max(self.quarter.currentIndex(), 0)
        self.quarter.clear()
        first = 4 if financial else 1
        for q in range(4):
            m = (first - 1 + 3 * q) % 12
            months = tr("{0} to {1}").format(_month(m + 1), _month((m + 2) % 12 + 1))
            self.quarter.addItem(f"Q{q + 1}: {months}", q + 1)
        self.quarter.setCurrentIndex(index)

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind = kind
        custom = kind is PeriodKind.CUSTOM
        self.year_type.setVisible(not custom)
        self.year.setVisible(not custom)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        for w in (self.start, self.until, self.end):
            w.setVisible(custom)

    def text(self) -> str:
        if self.kind is PeriodKind.CUSTOM:
            a, b = self.start.date(), self.end.date()
            first = date(a.year(), a.month(), a.day())
            last = date(b.year(), b.month(), b.day())
            return f"{first.isoformat()}..{last.isoformat()}"
        y = int(self.year.currentData())
        year = f"{y}-{(y + 1) % 100:02d}" if self.year_type.currentData() == "financial" else str(y)
        if self.kind is PeriodKind.YEAR:
            return year
        return f"{year}-Q{self.quarter.currentData()}"


# --------------------------------------------------------------------------- models


class ReturnTableModel(QAbstractTableModel):
    """One published table: row labels first, then the figures, totals last."""

    def __init__(self) -> None:
        super().__init__()
        self.table: PublishedTable | None = None
        self.grid: list[list[str]] = []
        self.headers: list[str] = []
        self.withheld: set[tuple[int, int]] = set()

    def set_table(self, table: PublishedTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.grid, self.headers, self.withheld = [], [], set()
        if table is not None:
            f = table.frame
            totals = table.row_totals is not None and f.shape is not Shape.ROWS
            self.headers = [f.row_header, *f.columns] + ([tr("Total")] if totals else [])
            rows: list[tuple[str, Sequence[Cell]]] = []
            for i, label in enumerate(f.rows):
                cells = list(table.cells[i])
                if totals and table.row_totals is not None:
                    cells.append(table.row_totals[i])
                rows.append((label, cells))
            if table.column_totals is not None:
                bottom = list(table.column_totals)
                if totals and table.grand_total is not None:
                    bottom.append(table.grand_total)
                rows.append((tr("Total"), bottom))
            for r, (label, line) in enumerate(rows):
                self.grid.append([label, *(c.text() for c in line)])
                self.withheld |= {(r, c + 1) for c, cell in enumerate(line) if cell.suppressed}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.grid)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid[r][c]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if (r, c) in self.withheld:
                return tr("{0}: withheld so that no one can be identified").format(SUPPRESSED)
            return self.grid[r][c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


COMPLETENESS = (
    N_("Stage"),
    N_("Question"),
    N_("Answered"),
    N_("Prefer not to say"),
    N_("Asked later"),
    N_("Not asked"),
    N_("Stage not reached"),
)


class CompletenessModel(QAbstractTableModel):
    def __init__(self, stage_titles: dict[str, str]) -> None:
        super().__init__()
        self.stage_titles = stage_titles
        self.rows: list[tuple[str, str, Tally, bool]] = []

    def set_report(self, report: CompletenessReport | None, caseworker: int | None) -> None:
        self.beginResetModel()
        self.rows = []
        for q in report.questions if report else ():
            tally = q.overall if caseworker is None else q.by_caseworker.get(caseworker, Tally())
            self.rows.append((q.stage_id, q.prompt, tally, q.conditional))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COMPLETENESS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COMPLETENESS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stage, prompt, t, conditional = self.rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if c == 0:
                return self.stage_titles.get(stage, stage)
            if c == 1:
                return prompt + (tr(" (only asked of some)") if conditional else "")
            return str(
                (t.answered, t.declined, t.asked_later, t.not_asked, t.stage_not_reached)[c - 2]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


GAPS = (
    N_("Reference"),
    N_("Name"),
    N_("Caseworker"),
    N_("Referred"),
    N_("Questions to fill"),
    N_("Which"),
)


class GapsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PersonGaps] = []

    def set_rows(self, rows: list[PersonGaps]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(GAPS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(GAPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            later = sum(q.asked_later for q in g.questions)
            count = str(len(g.questions)) + (
                tr(" ({0} asked later)").format(later) if later else ""
            )
            first = "; ".join(q.question_id.replace("_", " ") for q in g.questions[:4])
            more = "…" if len(g.questions) > 4 else ""
            return (
                g.reference,
                g.name,
                g.caseworker,
                g.opened_on.strftime("%d/%m/%Y"),
                count,
                first + more,
            )[c]
        if role == Qt.ItemDataRole.ToolTipRole and c == 5:
            return "\n".join(q.prompt for q in g.questions)
        return None


# --------------------------------------------------------------------------- chart


class BarChart(QWidget):
    """Horizontal bars for one published table, drawn with QPainter. A withheld figure
    is an outlined bar with no length and the label [c]: its size is not shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = ""
        self.bars: list[tuple[str, Cell]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_table(self, table: PublishedTable | None) -> None:
        self.bars, self.caption = [], ""
        if table is not None:
            f = table.frame
            if len(f.columns) == 1 or table.row_totals is None or f.shape is Shape.ROWS:
                self.bars = [(label, table.cells[i][0]) for i, label in enumerate(f.rows)]
                self.caption = f.columns[0] if len(f.columns) > 1 else ""
            else:
                self.bars = list(zip(f.rows, table.row_totals, strict=True))
                self.caption = tr("Totals of each row")
        names = ", ".join(f"{label}: {cell.text()}" for label, cell in self.bars)
        self.setAccessibleName(tr("Bar chart"))
        self.setAccessibleDescription(names)
        self.updateGeometry()
        self.update()

    def _layout(self, width: int) -> tuple[int, list[int], int]:
        fm = QFontMetrics(self.font())
        label_w = max(120, int(width * 0.42))
        heights = []
        for label, _cell in self.bars:
            rect = fm.boundingRect(QRect(0, 0, label_w, 10_000), Qt.TextFlag.TextWordWrap, label)
            heights.append(max(rect.height(), fm.height()) + 10)
        top = fm.height() + 8 if self.caption else 0
        return label_w, heights, top

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        _w, heights, top = self._layout(width)
        return top + sum(heights) + 4

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        fm = QFontMetrics(self.font())
        width = self.width()
        label_w, heights, top = self._layout(width)
        if self.caption:
            p.setPen(text)
            p.drawText(
                QRect(0, 0, width, fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.caption
            )
        value_w = fm.horizontalAdvance("000000") + 8
        area = max(width - label_w - value_w - 24, 20)
        biggest = max((c.value or 0 for _l, c in self.bars), default=0) or 1
        y = top
        for (label, cell), h in zip(self.bars, heights, strict=True):
            p.setPen(text)
            p.drawText(
                QRect(0, y, label_w, h),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            bar_h = min(fm.height(), h - 8)
            bar = QRect(label_w + 12, y + (h - bar_h) // 2, 0, bar_h)
            if cell.suppressed:
                p.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(bar.adjusted(0, 0, fm.horizontalAdvance("[c]") + 6, 0))
                p.setPen(text)
                p.drawText(bar.left() + 3, bar.top(), area, bar_h, 0x0081, SUPPRESSED)
            else:
                bar.setWidth(round(area * (cell.value or 0) / biggest))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(accent))
                p.drawRect(bar)
                p.setPen(text)
                p.drawText(
                    QRect(bar.right() + 6, y, value_w, h),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    cell.text(),
                )
            y += h
        p.end()


# --------------------------------------------------------------------------- dialog


def _table_view(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setAccessibleName(tr("{0}: row headings").format(name))
    header = view.horizontalHeader()
    header.setAccessibleName(tr("{0}: column headings").format(name))
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class ManagerDialog(QDialog):
    def __init__(self, session: Session, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pack = pack
        self.reporting = Reporting(session)
        self.ret: Return | None = None
        self.report: CompletenessReport | None = None
        self.busy = False
        self.setWindowTitle(tr("Returns and case reviews"))
        self.resize(1100, 760)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Returns and case reviews")))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(tr("Return"))
        self.period = PeriodPicker(session.now().date())
        self.period_words = text_label("", "why")
        template_label = QLabel(tr("&Return"))
        template_label.setBuddy(self.template_box)
        period_label = QLabel(tr("&Period"))
        period_label.setBuddy(self.period.year)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(tr("Language of the return"))
        language_label = QLabel(tr("&Language of the return"))
        language_label.setBuddy(self.language_box)
        form.addRow(template_label, self.template_box)
        form.addRow(period_label, self.period)
        form.addRow("", self.period_words)
        form.addRow(language_label, self.language_box)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Returns and case reviews"))
        self.tabs.addTab(self._preview_tab(), tr("Return pre&view"))
        self.tabs.addTab(self._completeness_tab(), tr("&Completeness"))
        self.tabs.addTab(self._gaps_tab(), tr("People with &gaps"))
        layout.addWidget(self.tabs, 1)

        self.message = text_label("", "message")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.preview_button = QPushButton(tr("&Show the return"))
        self.preview_button.setObjectName("primary")
        self.preview_button.setDefault(True)
        self.export_button = QPushButton(tr("&Export to a folder…"))
        self.export_button.setEnabled(False)
        close = QPushButton(tr("Close"))
        for b in (self.preview_button, self.export_button, close):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        row.addWidget(self.preview_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

        self.preview_button.clicked.connect(self.show_preview)
        self.export_button.clicked.connect(self.choose_folder)
        close.clicked.connect(self.reject)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.language_box.currentIndexChanged.connect(self._period_changed)
        for box in (self.period.year_type, self.period.year, self.period.quarter):
            box.currentIndexChanged.connect(self._period_changed)
        for edit in (self.period.start, self.period.end):
            edit.dateChanged.connect(self._period_changed)
        self._load_templates()

    # ------------------------------------------------------------- building

    def _preview_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_intro = text_label(
            tr(
                "Choose a return and a period, then Show the return. The preview is exactly "
                "what the files will hold."
            ),
            "why",
        )
        layout.addWidget(self.preview_intro)
        split = QSplitter()
        self.table_list = QListWidget()
        self.table_list.setAccessibleName(tr("Tables in the return"))
        self.table_list.setWordWrap(True)
        self.table_list.setSpacing(3)
        split.addWidget(self.table_list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = WrappingPage()
        inner.setObjectName("page")
        body = QVBoxLayout(inner)
        self.table_title = heading("")
        self.table_note = text_label("", "why")
        self.table_model = ReturnTableModel()
        self.table_view = _table_view(self.table_model, tr("Figures"))
        self.table_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = BarChart()
        self.rule = text_label("", "message")
        self.rule.setVisible(False)
        for w in (self.table_title, self.table_note, self.rule, self.table_view, self.chart):
            body.addWidget(w)
        body.addStretch(1)
        scroll.setWidget(inner)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        em = QFontMetrics(self.font()).horizontalAdvance("m")
        split.setSizes([18 * em, 60 * em])
        layout.addWidget(split, 1)
        self.table_list.currentRowChanged.connect(self._show_table)
        return page

    def _completeness_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            text_label(
                tr(
                    "For case reviews: how many journeys open in the period have each "
                    "question answered, declined (prefer not to say), put off until later, "
                    "or not yet asked. It stays inside Intake and is never exported."
                ),
                "why",
            )
        )
        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Chec&k completeness"))
        self.check_button.setAccessibleName(tr("Check completeness"))
        self.caseworker_box = QComboBox()
        self.caseworker_box.setAccessibleName(tr("Whose journeys"))
        self.caseworker_box.addItem(tr("Everyone's journeys"), None)
        row.addWidget(self.check_button)
        row.addWidget(self.caseworker_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.completeness_summary = text_label("", "why")
        layout.addWidget(self.completeness_summary)
        titles = {s.id: s.title for s in self.pack.stages}
        self.completeness_model = CompletenessModel(titles)
        self.completeness_view = _table_view(self.completeness_model, tr("Completeness"))
        self.completeness_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.completeness_view.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.completeness_view, 1)
        self.check_button.clicked.connect(self.check_completeness)
        self.caseworker_box.currentIndexChanged.connect(self._caseworker_changed)
        return page

    def _gaps_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            text_label(
                tr(
                    "People with open journeys whose questions are not yet answered or "
                    "declined, in the stages they have reached, so the team can plan the "
                    "kindest way to fill the gaps, or to leave them. Only shown here."
                ),
                "why",
            )
        )
        row = QHBoxLayout()
        self.gaps_button = QPushButton(tr("&Find people with gaps"))
        self.gaps_button.setAccessibleName(tr("Find people with gaps"))
        row.addWidget(self.gaps_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.gaps_summary = text_label("", "why")
        layout.addWidget(self.gaps_summary)
        self.gaps_model = GapsModel()
        self.gaps_view = _table_view(self.gaps_model, tr("People with gaps"))
        layout.addWidget(self.gaps_view, 1)
        self.gaps_button.clicked.connect(self.find_gaps)
        return page

    # ------------------------------------------------------------- state

    def _load_templates(self) -> None:
        try:
            infos: list[TemplateInfo] = self.reporting.templates(self.pack)
        except Exception as exc:
            self._say(problem_text(exc))
            self.preview_button.setEnabled(False)
            return
        for info in infos:
            if info.usable:
                self.template_box.addItem(info.title, info)
        if self.template_box.count() == 0:
            self._say(tr("There is no return template that fits these questions yet."))
            self.preview_button.setEnabled(False)
        self._template_changed()

    def template_info(self) -> TemplateInfo | None:
        info = self.template_box.currentData()
        return info if isinstance(info, TemplateInfo) else None

    def _template_changed(self) -> None:
        info = self.template_info()
        if info is not None and info.period_kind is not None:
            self.period.set_kind(info.period_kind)
        self._fill_languages(info)
        self._period_changed()

    def _fill_languages(self, info: TemplateInfo | None) -> None:
        """The template's languages; the screens' own language is chosen if it has it."""
        codes = languages_of(info.template).codes if info and info.template else ["en"]
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for code in codes:
            self.language_box.addItem(i18n.NAMES.get(code, code), code)
        here = self.language_box.findData(i18n.current())
        self.language_box.setCurrentIndex(max(here, 0))
        self.language_box.blockSignals(False)

    def language(self) -> str:
        code = self.language_box.currentData()
        return code if isinstance(code, str) else "en"

    def _period_changed(self) -> None:
        if self.ret is not None:  # a preview of another period must not stay on view
            self.ret = None
            self.table_list.clear()
            self._show_table(-1)
            self.preview_intro.setText(tr("Show the return again for the new choice."))
        self.export_button.setEnabled(False)
        try:
            chosen = Period.parse(self.period.text())
        except ValueError:
            self.period_words.setText(tr("Choose a first day before the last day."))
            return
        self.period_words.setText(spoken_period(chosen))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for b in (self.preview_button, self.check_button, self.gaps_button):
            b.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.ret is not None)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _run(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        waiting: str,
    ) -> None:
        self._set_busy(True)
        self._say(waiting)

        def finished(result: Any) -> None:
            self._set_busy(False)
            self._say("")
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._say(problem_text(exc))

        run_op(self, work, finished, failed)

    # ------------------------------------------------------------- actions

    def show_preview(self) -> None:
        info = self.template_info()
        if info is None:
            return
        text = self.period.text()
        pack = self.pack
        lang = self.language()
        self._run(
            lambda _p: self.reporting.preview(info.id, text, pack, lang),
            self._preview_ready,
            tr("Counting… this can take a little while for a large service."),
        )

    def _preview_ready(self, ret: Return) -> None:
        self.ret = ret
        self.export_button.setEnabled(True)
        self.table_list.clear()
        for table in ret.tables:
            mark = tr(" — some figures withheld") if table.any_suppressed else ""
            self.table_list.addItem(table.title + mark)
        self.rule.setText(
            tr("{0} means a figure is withheld so that no one can be identified. ").format(
                SUPPRESSED
            )
            + ret.rule()
        )
        self.preview_intro.setText(
            tr("{0}, {1}. Made on {2}.").format(
                ret.title, spoken_period(Period.parse(self.period.text())), _day(ret.generated_on)
            )
        )
        if ret.tables:
            self.table_list.setCurrentRow(0)

    def _show_table(self, row: int) -> None:
        table = (
            self.ret.tables[row]
            if self.ret is not None and 0 <= row < len(self.ret.tables)
            else None
        )
        self.table_model.set_table(table)
        self.chart.set_table(table)
        self.table_title.setText(table.title if table else "")
        note = (table.frame.note or "") if table else ""
        self.table_note.setText(note)
        self.table_note.setVisible(bool(note))
        self.rule.setVisible(table is not None and table.any_suppressed)
        self.table_view.resizeRowsToContents()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Choose a folder for the return"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        info = self.template_info()
        if info is None:
            return
        text = self.period.text()
        pack = self.pack
        progress = QProgressDialog(tr("Making the return…"), "", 0, 4, self)
        progress.setWindowTitle(tr("Export"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAccessibleName(tr("Export progress"))
        progress.setValue(0)
        self.progress = progress
        steps = (
            tr("Reading the journeys…"),
            tr("Counting and protecting the figures…"),
            tr("Noting the export in the audit trail…"),
            tr("Writing the four files…"),
            tr("Done."),
        )

        self.export_steps: list[int] = []

        def moved(done: int, total: int) -> None:
            self.export_steps.append(done)
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(steps[min(done, len(steps) - 1)])

        def finished(result: ExportResult) -> None:
            progress.close()
            self._set_busy(False)
            names = "\n".join(p.name for p in result.paths)
            self._say(tr("The return is saved in {0}").format(folder))
            self.last_export = result
            tell(
                self,
                tr("Export"),
                tr(
                    "The return is saved in:\n{0}\n\n{1}\n\nFigures shown as {2} are withheld "
                    "so that no one can be identified. The export is noted in the audit trail."
                ).format(folder, names, SUPPRESSED),
            )

        def failed(exc: BaseException) -> None:
            progress.close()
            self._set_busy(False)
            self._say(problem_text(exc))

        self._set_busy(True)
        progress.show()
        lang = self.language()
        run_op(
            self,
            lambda p: self.reporting.export(info.id, text, folder, pack, p, language=lang),
            finished,
            failed,
            moved,
        )

    def check_completeness(self) -> None:
        try:
            chosen = Period.parse(self.period.text())
        except ValueError as exc:
            self._say(str(exc))
            return
        pack = self.pack

        def work(_p: object) -> tuple[CompletenessReport, dict[int, str]]:
            return self.reporting.completeness(pack, chosen), self.reporting.caseworkers()

        def done(result: tuple[CompletenessReport, dict[int, str]]) -> None:
            report, names = result
            self.report = report
            chosen_cw = self.caseworker_box.currentData()
            self.caseworker_box.blockSignals(True)
            self.caseworker_box.clear()
            self.caseworker_box.addItem(tr("Everyone's journeys"), None)
            for key in report.caseworkers:
                self.caseworker_box.addItem(names.get(key, tr("Someone no longer listed")), key)
            index = self.caseworker_box.findData(chosen_cw)
            self.caseworker_box.setCurrentIndex(max(index, 0))
            self.caseworker_box.blockSignals(False)
            self._caseworker_changed()

        self._run(work, done, tr("Checking… this can take a little while."))

    def _caseworker_changed(self) -> None:
        report = self.report
        key = self.caseworker_box.currentData()
        self.completeness_model.set_report(report, key)
        if report is not None:
            who = self.caseworker_box.currentText()
            self.completeness_summary.setText(
                tr("{0} journeys open in {1}. Showing: {2}.").format(
                    report.journeys, spoken_period(Period.parse(self.period.text())), who
                )
            )
        self.completeness_view.resizeRowsToContents()

    def find_gaps(self) -> None:
        pack = self.pack

        def done(rows: list[PersonGaps]) -> None:
            self.gaps_model.set_rows(rows)
            self.gaps_view.resizeRowsToContents()
            self.gaps_summary.setText(
                tr("{0} open journeys have questions still to fill.").format(len(rows))
                if rows
                else tr("No open journey has gaps in the stages it has reached.")
            )

        self._run(lambda _p: self.reporting.gaps(pack), done, tr("Looking… one moment."))


def _day(day: date) -> str:
    return f"{day.day} {_month(day.month)} {day.year}"
