"""Start-up: the unlock screen is painted before the store, the key-wrapping libraries,
the form language or the PDF libraries are loaded; they follow in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from intake.app import KdfParams
from intake.cli import build_parser, parse_options_only
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.startup import DeferredWorkspace

from .conftest import TODAY, sign_in

# Starts Intake as the `intake` command does; at the first paint event of the first
# window shown, notes what is on screen, which modules are loaded and whether PySide has
# made its `Qt` namespace yet; reports once what the paint set going has run, and stops.
FIRST_PAINT = r"""
import json, os, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

def made_qt():
    return "Qt" in vars(QtCore)

class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            report = {
                "screen": type(watched.centralWidget().currentWidget()).__name__,
                "modules": sorted(sys.modules),
                "qt_at_paint": made_qt(),
            }

            def after():  # queued behind whatever the first paint itself queued
                report["qt_after"] = made_qt()
                report["direction"] = QApplication.layoutDirection().name
                print(json.dumps(report), flush=True)
                os._exit(0)

            QTimer.singleShot(0, lambda: QTimer.singleShot(0, after))
        return False

hook = FirstPaint()
show = QWidget.show

def show_and_watch(widget):
    widget.installEventFilter(hook)
    show(widget)

QWidget.show = show_and_watch
from intake.cli import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""

NOT_BEFORE_FIRST_PAINT = {
    "sqlcipher3",  # the database
    "argon2",  # key wrapping
    "cryptography",
    "reportlab",  # paper
    "pypdf",
    "openpyxl",  # returns
    "faker",  # practice data
    "intake.forms",  # the form pack, loaded in the background
}


def _first_paint(folder: Path, tmp_path: Path, language: str = "") -> dict[str, Any]:
    """What the real command had painted first and loaded by then (see FIRST_PAINT),
    with `language` saved as the screen language if given."""
    if language:
        settings = tmp_path / "config" / "Intake" / "Intake.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "INTAKE_CACHE_DIR": "",
    }
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_unlock_screen_is_painted_before_the_store_crypto_and_paper_load(
    made: Path, tmp_path: Path
) -> None:
    report = _first_paint(made, tmp_path)
    assert report["screen"] == "UnlockScreen"
    loaded = {name for name in NOT_BEFORE_FIRST_PAINT if name in report["modules"]}
    assert not loaded, f"loaded before the first paint: {sorted(loaded)}"
    assert "intake.ui.main" in report["modules"]  # the report did come from Intake's window


def test_the_unlock_screen_is_painted_before_pyside_makes_its_qt_namespace(
    made: Path, tmp_path: Path
) -> None:
    """All 94 enums of `Qt` are made on its first use, as long as the rest of the screen
    takes to build; the unlock screen does without them and they are made right after."""
    report = _first_paint(made, tmp_path)
    assert report["screen"] == "UnlockScreen"
    assert report["qt_at_paint"] is False
    assert report["qt_after"] is True


@pytest.mark.parametrize(("language", "direction"), [("cy", "LeftToRight"), ("ar", "RightToLeft")])
def test_a_saved_language_starts_as_quickly_and_in_its_direction(
    made: Path, tmp_path: Path, language: str, direction: str
) -> None:
    report = _first_paint(made, tmp_path, language)
    assert report["screen"] == "UnlockScreen"
    assert report["qt_at_paint"] is False
    assert report["direction"] == direction


def test_the_first_run_wizard_is_painted_before_the_store_and_crypto_load(
    tmp_path: Path,
) -> None:
    report = _first_paint(tmp_path / "new workspace", tmp_path)
    assert report["screen"] == "SetupWizard"
    loaded = {name for name in NOT_BEFORE_FIRST_PAINT if name in report["modules"]}
    assert not loaded, f"loaded before the first paint: {sorted(loaded)}"
    assert not (tmp_path / "new workspace").exists()  # nothing is made until asked


def test_signing_in_builds_the_workspace_it_needs(qtbot: QtBot, made: Path) -> None:
    deferred = DeferredWorkspace(made, kdf=KdfParams.for_tests(), sleep=lambda _s: None)
    window = MainWindow(deferred, load_default_pack, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.unlock_screen
    sign_in(qtbot, window)
    assert window.session is not None
    assert window.workspace.folder == made
    assert window.loaded.pack.id == "core"


def test_a_folder_without_a_workspace_starts_the_setup(qtbot: QtBot, tmp_path: Path) -> None:
    deferred = DeferredWorkspace(tmp_path / "new", kdf=KdfParams.for_tests())
    assert not deferred.exists()
    window = MainWindow(deferred, load_default_pack, today=TODAY)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is not window.unlock_screen
    assert type(window.stack.currentWidget()).__name__ == "SetupWizard"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--workspace", "/some/folder"],
        ["--workspace=/some/folder"],
        ["--work", "/some/folder", "--demo"],
        ["--demo"],
    ],
)
def test_starting_the_app_reads_the_options_as_the_full_parser_does(argv: list[str]) -> None:
    quick = parse_options_only(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["-h"], ["--help"], ["demo"], ["forms", "check"], ["--bogus"], ["--workspace"], ["--"]],
)
def test_commands_help_and_mistakes_go_to_the_full_parser(argv: list[str]) -> None:
    assert parse_options_only(argv) is None
