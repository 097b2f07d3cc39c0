"""Start-up: the unlock screen is painted before the store, the key-wrapping libraries,
the form language or the PDF libraries are loaded; they follow in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from intake.app import KdfParams
from intake.cli import build_parser, parse_options_only
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.startup import DeferredWorkspace

from .conftest import TODAY, sign_in

# Starts Intake as the `intake` command does; at the first paint event of the first
# window shown, reports what is on screen and which modules are loaded, and stops.
FIRST_PAINT = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            screen = type(watched.centralWidget().currentWidget()).__name__
            print(json.dumps({"screen": screen, "modules": sorted(sys.modules)}), flush=True)
            os._exit(0)
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


def _first_paint(folder: Path, tmp_path: Path) -> tuple[str, set[str]]:
    """(the screen painted first, the modules loaded by then) of the real command."""
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
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return str(report["screen"]), set(report["modules"])


def test_the_unlock_screen_is_painted_before_the_store_crypto_and_paper_load(
    made: Path, tmp_path: Path
) -> None:
    screen, modules = _first_paint(made, tmp_path)
    assert screen == "UnlockScreen"
    loaded = {name for name in NOT_BEFORE_FIRST_PAINT if name in modules}
    assert not loaded, f"loaded before the first paint: {sorted(loaded)}"
    assert "intake.ui.main" in modules  # the report did come from Intake's window


def test_the_first_run_wizard_is_painted_before_the_store_and_crypto_load(
    tmp_path: Path,
) -> None:
    screen, modules = _first_paint(tmp_path / "new workspace", tmp_path)
    assert screen == "SetupWizard"
    loaded = {name for name in NOT_BEFORE_FIRST_PAINT if name in modules}
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
