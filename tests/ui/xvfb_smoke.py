"""Run by tests/ui/test_xvfb.py in a child process: the real application in a real
window on an X server (the xcb platform), a screenshot of the whole screen, then quit.

Usage: python xvfb_smoke.py WORKSPACE_DIR SCREENSHOT.png
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from intake.app import KdfParams, Workspace
from intake.ui import theme
from intake.ui.main import MainWindow, load_default_pack


def main() -> int:
    folder, shot = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("IntakeSmoke")
    theme.apply(app, theme.Look())
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
    window = MainWindow(Workspace(folder, kdf=KdfParams.for_tests()), load_default_pack())
    window.show()

    def capture() -> None:
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0)  # the X root window: what a person would see
        image.save(str(shot))
        print(f"title={window.windowTitle()}")
        print(f"visible={window.isVisible()}")
        window.close()
        app.quit()

    QTimer.singleShot(1500, capture)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
