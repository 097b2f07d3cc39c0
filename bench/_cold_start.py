"""Child process for the cold-start benchmark: print once the first window is painted.

python -m bench._cold_start bare
python -m bench._cold_start intake WORKSPACE

`bare` shows a QLabel. `intake` starts Intake exactly as the `intake` command does
(`intake.cli.main`: the command line, the QApplication, settings, theme, the window
and its first screen are all included). The only addition, the same for both kinds,
is a hook on `QWidget.show` that watches the shown window and reports after its first
paint event, once the event loop is free again, so the whole first frame is drawn.
"""

from __future__ import annotations

import importlib
import os
import sys


def main() -> int:
    kind = sys.argv[1]
    if kind == "intake":
        # In the order the `intake` command takes them: its options, then the screens,
        # which import Qt themselves. Order matters: PySide6 reads the source of every
        # module imported after it, so the hook below must not import Qt first.
        from intake.cli import main as intake

        importlib.import_module("intake.ui.main")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        """Watches one window (not the whole application, which would call into Python
        for every event of every widget and slow down what is being measured)."""

        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print("painted", flush=True)
        os._exit(0)  # the parent has its measurement; nothing else is of interest

    hook = FirstPaint()
    show = QWidget.show

    def show_and_watch(widget: QWidget) -> None:
        if widget.isWindow():
            widget.installEventFilter(hook)
        show(widget)

    QWidget.show = show_and_watch  # type: ignore[method-assign]
    if kind == "bare":
        from PySide6.QtWidgets import QLabel

        app = QApplication(sys.argv[:1])
        window = QLabel("Hello")
        window.resize(1100, 780)
        window.show()
        return app.exec()
    return intake(["--workspace", sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
