"""Fixtures for screen tests: a small encrypted workspace with cheap keys."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from intake.app import JourneyRecord, KdfParams, PersonRecord, Session, Workspace
from intake.ui.main import MainWindow, load_default_pack

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n as extractor

PASSWORD = "kettle river orange march"
TODAY = date(2026, 11, 1)


class _Recorder(QTranslator):
    """Installed first, so asked last: records every string of ours that reaches the
    screen through tr() without being in the translation catalogue (for example a
    variable holding English that no N_() marked), and changes nothing on screen."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known
        self.unknown: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if source_text and not context.startswith("Q") and (context, source_text) not in self.known:
            self.unknown.add((context, source_text))
        return source_text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


@pytest.fixture(scope="session", autouse=True)
def _every_shown_string_can_be_translated(qapp: QApplication) -> Iterator[None]:
    """The coverage check at run time: across every screen test, each string a screen
    passed to tr() must be in translations/*.ts. Fails the session otherwise."""
    recorder = _Recorder(set(extractor.collect()))
    QCoreApplication.installTranslator(recorder)
    yield
    QCoreApplication.removeTranslator(recorder)
    shown = "\n".join(f"  {ctx}: {text!r}" for ctx, text in sorted(recorder.unknown))
    assert not recorder.unknown, (
        "Screens showed strings the translation tools cannot see (mark them with N_() "
        f"where they are defined, then run tools/i18n.py update):\n{shown}"
    )


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """translations/*.ts compiled afresh for this run (the .qm files are not kept in
    git), so the screens are tested in every shipped language as the sources stand."""
    import subprocess

    tool = extractor.lrelease()
    assert tool, "pyside6-lrelease is needed to test the translations"
    folder = tmp_path_factory.mktemp("translations")
    for ts in extractor.ts_files():
        qm = folder / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("intake.ui.i18n.translations_dir", lambda: folder)
        yield folder


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    from intake.ui import i18n

    if i18n.current() != "en":
        i18n.set_language("en")


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


def sign_in_for_jordan(qtbot, w: MainWindow) -> tuple[Session, PersonRecord, JourneyRecord]:  # type: ignore[no-untyped-def]
    """Sign in as the admin of `made`; (the session, its one person, their journey)."""
    sign_in(qtbot, w)
    session = w.session
    assert session is not None
    person = session.people.find("Jordan")[0]
    return session, person, session.people.journeys(person.id)[0]
