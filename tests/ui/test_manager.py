"""The manager's screen: the preview shows withheld figures as [c] with the reason,
export runs off the GUI thread with progress and writes the four files, the
completeness tab splits by caseworker, the gaps list names people inside the app,
and every control is named and nothing is clipped at 200% text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from intake.app import Session
from intake.forms import Pack, load_pack
from intake.returns.period import PeriodKind
from intake.ui import theme
from intake.ui.manager import ManagerDialog, PeriodPicker
from tests.app.conftest import PASSWORD, FakeClock, make_workspace
from tests.app.test_reporting import CANARY_FAMILY, Built, build
from tests.conftest import FORMS

from .test_accessibility import clipped, unnamed


@pytest.fixture(scope="module")
def core() -> Pack:
    return load_pack(FORMS / "core").pack


@pytest.fixture
def built(tmp_path: Path, core: Pack) -> Built:
    clock = FakeClock()
    return build(make_workspace(tmp_path / "ws", clock), clock, core)


def _session(built: Built, user: str) -> Iterator[Session]:
    s = built.workspace.unlock(user, PASSWORD)
    yield s
    s.lock()


@pytest.fixture
def manager(built: Built) -> Iterator[Session]:
    yield from _session(built, "mia")


@pytest.fixture
def dialog(qtbot: QtBot, manager: Session, core: Pack) -> ManagerDialog:
    d = ManagerDialog(manager, core)
    qtbot.addWidget(d)
    d.resize(1200, 820)
    d.show()
    return d


def _preview(qtbot: QtBot, d: ManagerDialog) -> None:
    qtbot.mouseClick(d.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.ret is not None and not d.busy, timeout=30_000)


def _select(d: ManagerDialog, table_id: str) -> None:
    assert d.ret is not None
    d.table_list.setCurrentRow([t.id for t in d.ret.tables].index(table_id))


def test_the_period_defaults_to_the_last_whole_quarter(dialog: ManagerDialog) -> None:
    # The fake clock stands at 10 April 2026.
    assert dialog.period.text() == "2026-Q1"
    assert dialog.period_words.text() == "1 January to 31 March 2026"


def test_period_picker_writes_every_kind(qtbot: QtBot) -> None:
    from datetime import date

    picker = PeriodPicker(date(2026, 11, 22))
    qtbot.addWidget(picker)
    assert picker.text() == "2026-Q3"
    picker.year_type.setCurrentIndex(picker.year_type.findData("financial"))
    picker.quarter.setCurrentIndex(0)
    assert picker.text() == "2026-27-Q1"
    picker.set_kind(PeriodKind.YEAR)
    assert picker.text() == "2026-27"
    picker.set_kind(PeriodKind.CUSTOM)
    assert picker.text() == "2026-01-01..2026-11-22"


def test_preview_shows_withheld_figures_as_c(qtbot: QtBot, dialog: ManagerDialog) -> None:
    assert not dialog.export_button.isEnabled()
    _preview(qtbot, dialog)
    assert dialog.export_button.isEnabled()
    _select(dialog, "volumes")
    model = dialog.table_model
    figures = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert figures == ["[c]", "[c]", "[c]", "0", "0"]
    assert "withheld" in model.data(model.index(0, 1), 3)  # the tooltip says why
    assert dialog.rule.isVisible()
    assert dialog.rule.text().startswith("[c] means a figure is withheld")
    assert "[c]" in dialog.chart.accessibleDescription()
    titles = [dialog.table_list.item(i).text() for i in range(dialog.table_list.count())]
    assert any(t.endswith("some figures withheld") for t in titles)


def test_export_runs_with_progress_and_writes_four_files(
    qtbot: QtBot,
    dialog: ManagerDialog,
    manager: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr("intake.ui.manager.tell", lambda _p, _t, text: told.append(str(text)))
    _preview(qtbot, dialog)
    out = tmp_path / "out"
    dialog.export_to(out)
    assert dialog.busy  # the work is on a worker thread; the screen stays responsive
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"pcc-quarterly_2026-Q1.{x}" for x in ("csv", "json", "pdf", "xlsx")]
    assert dialog.export_steps == [0, 1, 2, 3, 4]
    assert told
    assert str(out) in told[0]
    assert "[c]" in told[0]
    from intake.store import AuditAction, AuditEntity

    assert [e.action for e in manager.store.audit.entries(AuditEntity.RETURN)] == [
        AuditAction.EXPORTED
    ]


def test_completeness_tab_by_caseworker(
    qtbot: QtBot, dialog: ManagerDialog, built: Built, core: Pack
) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.check_completeness()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=30_000)
    model = dialog.completeness_model
    assert model.rowCount() == len(core.questions())
    row = next(i for i, r in enumerate(model.rows) if r[1] == core.question("ethnicity").prompt)
    answered = lambda: int(model.data(model.index(row, 2)))  # noqa: E731
    declined = lambda: int(model.data(model.index(row, 3)))  # noqa: E731
    assert (answered(), declined()) == (4, 1)  # journeys open in 2026-Q1
    names = [dialog.caseworker_box.itemText(i) for i in range(dialog.caseworker_box.count())]
    assert names == ["Everyone's journeys", "Alex Admin", "Casey Worker"]
    dialog.caseworker_box.setCurrentIndex(2)
    assert (answered(), declined()) == (3, 1)
    assert "Casey Worker" in dialog.completeness_summary.text()


def test_people_with_gaps_are_listed_inside_the_app(qtbot: QtBot, dialog: ManagerDialog) -> None:
    dialog.tabs.setCurrentIndex(2)
    dialog.find_gaps()
    qtbot.waitUntil(lambda: dialog.gaps_model.rowCount() > 0 and not dialog.busy, timeout=30_000)
    model = dialog.gaps_model
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert any(CANARY_FAMILY in n for n in names)
    assert "open journeys have questions" in dialog.gaps_summary.text()


def test_a_caseworker_is_told_kindly(qtbot: QtBot, built: Built, core: Pack) -> None:
    for session in _session(built, "casey"):
        d = ManagerDialog(session, core)
        qtbot.addWidget(d)
        d.show()
        assert d.message.isVisible()
        assert "Your role does not allow this" in d.message.text()
        assert not d.preview_button.isEnabled()


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_named_and_not_clipped(qtbot: QtBot, manager: Session, core: Pack, scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(scale=scale))
    try:
        d = ManagerDialog(manager, core)
        qtbot.addWidget(d)
        d.resize(1280 if scale == 1.0 else 1700, 820 if scale == 1.0 else 1150)
        d.show()
        _preview(qtbot, d)
        problems = []
        for tab in range(d.tabs.count()):
            d.tabs.setCurrentIndex(tab)
            for table in ("volumes", "ethnicity_by_sex"):
                _select(d, table)
                QApplication.processEvents()
                problems += [f"tab {tab} {table}: {p}" for p in unnamed(d) + clipped(d)]
        assert not problems, "\n".join(problems)
    finally:
        theme.apply(app, theme.Look())


def test_a_new_period_clears_the_old_preview(qtbot: QtBot, dialog: ManagerDialog) -> None:
    _preview(qtbot, dialog)
    assert dialog.table_model.rowCount() > 0
    dialog.period.quarter.setCurrentIndex(1)
    assert dialog.period.text() == "2026-Q2"
    assert dialog.ret is None
    assert dialog.table_model.rowCount() == 0
    assert dialog.table_list.count() == 0
    assert not dialog.export_button.isEnabled()


def test_every_shortcut_letter_is_used_once(dialog: ManagerDialog) -> None:
    """Alt+letter reaches every part of the screen from the keyboard, without clashes."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 9
    assert len(letters) == len(set(letters)), letters


def test_the_return_can_be_shown_in_another_language(qtbot: QtBot, dialog: ManagerDialog) -> None:
    codes = [dialog.language_box.itemData(i) for i in range(dialog.language_box.count())]
    assert codes[0] == "en"
    assert {"cy", "pl", "ar", "ur"} <= set(codes)
    assert dialog.language() == "en"  # the screens' language
    _preview(qtbot, dialog)
    english = [dialog.table_list.item(i).text() for i in range(dialog.table_list.count())]
    assert any(t.startswith("People and journeys") for t in english)
    dialog.language_box.setCurrentIndex(codes.index("cy"))
    assert dialog.ret is None  # a new choice needs a new preview
    _preview(qtbot, dialog)
    welsh = [dialog.table_list.item(i).text() for i in range(dialog.table_list.count())]
    assert any(t.startswith("Pobl a theithiau") for t in welsh)
    assert not any(t.startswith("People and journeys") for t in welsh)
