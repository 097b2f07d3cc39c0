"""Every interactive control on both surfaces has an accessible name, and nothing is
clipped at 200% text or in high contrast."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake.interview import CheckInStep, QuestionStep, StageEnd
from intake.ui import theme
from intake.ui.capture import CaptureDialog
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.person import PersonPage
from intake.ui.referral import ReferralDialog

from .conftest import sign_in, sign_in_for_jordan

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        shown = isinstance(w, INTERACTIVE) and w.isVisibleTo(root) and w.isEnabled()
        if shown and not accessible_name(w).strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


def clipped(root: QWidget) -> list[str]:
    """Visible text that does not fit the space it was given."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    found.append(f"label {w.text()[:40]!r} needs more height")
            elif w.minimumSizeHint().width() > w.width() + 2:
                found.append(f"label {w.text()[:40]!r} is cut off")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 2 or hint.height() > w.height() + 2:
                found.append(f"button {w.text()!r} is squeezed")
    return found


def screens(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Visit each caseworker screen and state, yielding what is on view."""
    yield "unlock", window
    sign_in(qtbot, window)
    session = window.session
    assert session is not None
    assert window.people is not None
    window.people.search.setText("Jordan")
    window.people.run_search()
    qtbot.waitUntil(lambda: window.people is not None and window.people.model.rowCount() > 0)
    yield "people", window
    person = session.people.find("Jordan")[0]
    journey = session.people.journeys(person.id)[0]
    window.open_person(person, journey.id)
    page = window.current
    assert isinstance(page, PersonPage)
    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield f"person tab {i}", window
    referral = ReferralDialog(session, window)
    qtbot.addWidget(referral)
    referral.show()
    yield "referral", referral
    referral.close()
    window.start_interview(person, journey, "about_you")
    view = window.current.view  # type: ignore[union-attr]
    kinds_seen: set[str] = set()
    for _ in range(40):
        step = view.iv.current()
        kind = step.question.type if isinstance(step, QuestionStep) else type(step).__name__
        if kind not in kinds_seen:
            kinds_seen.add(kind)
            yield f"interview {kind}", window
        if isinstance(step, StageEnd):
            break
        if (isinstance(step, QuestionStep) and step.can_decline) or isinstance(step, CheckInStep):
            view.decline()
        else:
            view.go_next()
    capture = CaptureDialog(view.iv, window)
    qtbot.addWidget(capture)
    capture.show()
    capture.search.setText("religion")
    yield "capture", capture
    capture.close()


def self_screens(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    _session, person, journey = sign_in_for_jordan(qtbot, window)
    window.kiosk = False
    window.start_self_completion(person, journey, "assessment")
    surface = window.surface
    assert surface is not None
    surface.resize(1280, 800)
    yield "welcome", surface
    surface.start()
    view = surface.view
    assert view is not None
    seen: set[str] = set()
    for _ in range(60):
        step = view.iv.current()
        kind = step.question.type if isinstance(step, QuestionStep) else type(step).__name__
        if kind not in seen:
            seen.add(kind)
            yield f"self {kind}", surface
        if isinstance(step, StageEnd):
            break
        if isinstance(step, QuestionStep):
            view.ask_later()
        else:
            view.go_next()
    surface.take_break()
    yield "break", surface
    surface.end_break()
    view.go_next()
    yield "feedback", surface
    surface._feedback_done(None)
    yield "thanks", surface
    surface.exit_button.click()
    assert window.neutral is not None
    yield "neutral", window.neutral


def _walk(
    qtbot: QtBot,
    window: MainWindow,
    visit: Callable[[QtBot, MainWindow], Iterator[tuple[str, QWidget]]],
    check: Callable[[QWidget], list[str]],
) -> None:
    window.resize(1280, 800)
    problems = []
    for name, root in visit(qtbot, window):
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in check(root)]
    assert not problems, "\n".join(problems)


def test_every_caseworker_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    _walk(qtbot, window, screens, unnamed)


def test_every_self_completion_control_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    _walk(qtbot, window, self_screens, unnamed)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_nothing_is_clipped_on_caseworker_screens_at_200_percent(
    qtbot: QtBot, window: MainWindow, high_contrast: bool
) -> None:
    window.set_look(scale=2.0, high_contrast=high_contrast)
    try:
        _walk(qtbot, window, screens, clipped)
    finally:
        window.set_look(scale=1.0, high_contrast=False)


def test_nothing_is_clipped_on_self_completion_at_200_percent(
    qtbot: QtBot, window: MainWindow
) -> None:
    def at_200(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
        for name, root in self_screens(qtbot, window):
            if window.surface is not None and name == "welcome":
                window.surface.set_scale(2.0)
                window.surface.set_high_contrast(True)
            yield name, root

    try:
        _walk(qtbot, window, at_200, clipped)
    finally:
        theme.apply(QApplication.instance(), theme.Look())  # type: ignore[arg-type]


def test_the_checker_catches_a_squeezed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("A very long button label that cannot fit", host)
    button.setGeometry(0, 0, 40, 20)
    host.show()
    assert clipped(host)
    assert unnamed(host) == []  # a button's text is its accessible name
    blank = QPushButton("", host)
    blank.show()
    assert unnamed(host)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_setup_wizard_pages_are_named_and_not_clipped(
    qtbot: QtBot, workspace_dir: Path, scale: float
) -> None:
    from PySide6.QtWidgets import QWizard

    from .conftest import PASSWORD, TODAY, workspace

    w = MainWindow(workspace(workspace_dir), load_default_pack(), today=TODAY)
    qtbot.addWidget(w)
    w.set_look(scale=scale)
    w.resize(1280, 800)
    w.show()
    wizard = w.current
    assert isinstance(wizard, QWizard)
    problems: list[str] = []
    try:
        wizard.organisation_page.organisation.setText("Safe Harbour")  # type: ignore[attr-defined]
        for name in ("organisation", "folder", "admin"):
            QApplication.processEvents()
            problems += [f"{name}: {p}" for p in unnamed(wizard) + clipped(wizard)]
            if name != "admin":
                wizard.next()
        page = wizard.admin_page  # type: ignore[attr-defined]
        for edit, text in ((page.name, "Alex"), (page.username, "alex")):
            edit.setText(text)
        page.password.setText(PASSWORD)
        page.confirm.setText(PASSWORD)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.secret_page, timeout=10_000)  # type: ignore[attr-defined]
        wizard.secret_page.print_button.setFocus()  # type: ignore[attr-defined]
        QApplication.processEvents()
        problems += [f"secret: {p}" for p in unnamed(wizard) + clipped(wizard)]
    finally:
        w.set_look(scale=1.0)
    assert not problems, "\n".join(problems)
