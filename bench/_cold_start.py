"""Child process for the cold-start benchmark: show a window, print once it is painted.

python -m bench._cold_start bare
python -m bench._cold_start intake WORKSPACE
"""

from __future__ import annotations

import sys


def main() -> int:
    kind = sys.argv[1]
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QLabel("Hello")
        window.resize(1100, 780)
    else:
        from pathlib import Path

        from intake.app import KdfParams, Workspace
        from intake.ui import theme
        from intake.ui.main import MainWindow, load_default_pack

        app.setOrganizationName("IntakeBench")
        theme.apply(app, theme.Look())
        window = MainWindow(
            Workspace(Path(sys.argv[2]), kdf=KdfParams.for_tests()), load_default_pack()
        )
    window.show()
    window.repaint()
    app.processEvents()
    print("painted", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
