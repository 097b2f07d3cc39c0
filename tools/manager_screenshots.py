"""Take the manager's-screen pictures in docs/images/manager-*.png from a throwaway
workspace of made-up people (the demo generator).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/manager_screenshots.py

docs/manager-guide.md shows them; run this again whenever the screen changes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from intake.app import KdfParams, Workspace
from intake.app.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from intake.ui import theme
from intake.ui.main import load_default_pack
from intake.ui.manager import ManagerDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"
TODAY = date(2026, 11, 1)


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, name: str, width: int = 1000) -> None:
    for _ in range(40):
        app.processEvents()
    pixmap = widget.grab()
    if pixmap.width() > width:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    path = OUT / f"{name}.png"
    pixmap.save(str(path), "PNG")
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=96, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"docs/images/{name}.png")


def show_table(app: QApplication, dialog: ManagerDialog, table_id: str) -> None:
    assert dialog.ret is not None
    row = [t.id for t in dialog.ret.tables].index(table_id)
    dialog.table_list.setCurrentRow(row)
    app.processEvents()


def shoot(app: QApplication, dialog: ManagerDialog, scale: float) -> None:
    suffix = "" if scale == 1.0 else f"-{round(scale * 100)}"
    dialog.show()
    dialog.show_preview()
    wait_for(app, lambda: dialog.ret is not None and not dialog.busy)
    show_table(app, dialog, "ethnicity_by_sex")
    save(app, dialog, f"manager-preview{suffix}")
    if scale != 1.0:
        return
    show_table(app, dialog, "age")
    save(app, dialog, "manager-preview-age")
    dialog.tabs.setCurrentIndex(1)
    dialog.check_completeness()
    wait_for(app, lambda: dialog.report is not None and not dialog.busy)
    save(app, dialog, "manager-completeness")
    dialog.tabs.setCurrentIndex(2)
    dialog.find_gaps()
    wait_for(app, lambda: dialog.gaps_model.rowCount() > 0 and not dialog.busy)
    save(app, dialog, "manager-gaps")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    pack = load_default_pack().pack
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        create_demo(folder, 1500, kdf=KdfParams.for_tests(), today=TODAY)
        ws = Workspace(folder, kdf=KdfParams.for_tests(), clock=lambda: _noon(TODAY))
        session = ws.unlock(DEMO_USER, DEMO_PASSWORD)
        try:
            for scale, size in ((1.0, (1180, 800)), (2.0, (1600, 1150))):
                theme.apply(app, theme.Look(scale=scale))
                dialog = ManagerDialog(session, pack)
                dialog.resize(*size)
                shoot(app, dialog, scale)
                dialog.close()
        finally:
            session.lock()
    theme.apply(app, theme.Look())
    return 0


def _noon(day: date):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, time

    return datetime.combine(day, time(12), UTC)


if __name__ == "__main__":
    sys.exit(main())
