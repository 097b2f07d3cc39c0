"""Fixtures for screen tests: a small encrypted workspace with cheap keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from intake.app import KdfParams, Session, Workspace
from intake.ui.main import MainWindow, load_default_pack

PASSWORD = "kettle river orange march"
TODAY = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, qapp: object) -> None:
    QCoreApplication.setOrganizationName("IntakeTests")
    QCoreApplication.setApplicationName("IntakeTests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


def workspace(folder: Path) -> Workspace:
    return Workspace(folder, kdf=KdfParams.for_tests(), sleep=lambda _s: None)


@pytest.fixture
def made(workspace_dir: Path) -> Path:
    """A workspace with an admin, a caseworker and one referred person."""
    new = workspace(workspace_dir).create("Safe Harbour", "admin", "Alex Admin", PASSWORD)
    s: Session = new.session
    from intake.domain import Role

    s.users.add("casey", "Casey Worker", Role.CASEWORKER, PASSWORD)
    person = s.people.create("Jordan", "Example", date(1990, 5, 17))
    s.people.open_journey(person.id, stage="referral", pack_id="core")
    s.lock()
    return workspace_dir


@pytest.fixture
def window(qtbot, made: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(workspace(made), load_default_pack(), today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def sign_in(qtbot, w: MainWindow, user: str = "admin", password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    w.unlock_screen.user.setText(user)
    w.unlock_screen.password.setText(password)
    w.unlock_screen.try_unlock()
    qtbot.waitUntil(lambda: w.session is not None, timeout=10_000)
