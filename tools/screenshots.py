"""Take the screenshots in docs/images/ from a throwaway workspace of made-up people.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py

Every guide's pictures come from here, so they can be remade whenever a screen changes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from intake.app import KdfParams, Workspace
from intake.ui import theme
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.self_completion import SelfCompletionWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"
PASSWORD = "kettle river orange march"
TODAY = date(2026, 11, 1)


def settle(app: QApplication) -> None:
    for _ in range(40):
        app.processEvents()


def wait_for(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def save(app: QApplication, widget: QWidget, name: str, width: int = 900) -> None:
    settle(app)
    pixmap = widget.grab()
    if pixmap.width() > width:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    path = OUT / f"{name}.png"
    pixmap.save(str(path), "PNG")
    # A small palette keeps the pictures sharp and the repository light.
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=96, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"docs/images/{name}.png")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("IntakeScreenshots")
    theme.apply(app, theme.Look())
    folder = Path(tempfile.mkdtemp(prefix="intake-shots-"))
    try:
        return _take(app, folder / "ws")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _take(app: QApplication, folder: Path) -> int:
    kdf = KdfParams.for_tests()
    pack = load_default_pack()
    # The first-run wizard, on a workspace that does not exist yet.
    w = MainWindow(Workspace(folder, kdf=kdf), pack, today=TODAY, kiosk=False)
    w.resize(1000, 720)
    w.show()
    wizard = w.current
    assert isinstance(wizard, QWizard)
    wizard.organisation_page.organisation.setText("Safe Harbour Victim Support")  # type: ignore[attr-defined]
    save(app, w, "caseworker-wizard-welcome")
    wizard.next()
    wizard.next()
    page = wizard.admin_page  # type: ignore[attr-defined]
    page.name.setText("Alex Admin")
    page.username.setText("alex")
    save(app, w, "caseworker-wizard-admin")
    page.password.setText(PASSWORD)
    page.confirm.setText(PASSWORD)
    wizard.next()
    wait_for(app, lambda: wizard.currentPage() is wizard.secret_page)  # type: ignore[attr-defined]
    save(app, w, "caseworker-wizard-secret")
    wizard.secret_page.kept.setChecked(True)  # type: ignore[attr-defined]
    settle(app)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(app)
    session = w.session
    assert session is not None
    people = [
        ("Jordan", "Example", date(1990, 5, 17)),
        ("Sam", "Sample", date(1985, 2, 1)),
        ("Jordan", "Exampleton", date(1979, 11, 30)),
        ("Riley", "Madeup", None),
    ]
    made = [session.people.create(g, f, d) for g, f, d in people]
    for p in made:
        session.people.open_journey(p.id, stage="referral", pack_id="core")
    w.lock()
    save(app, w, "caseworker-unlock")
    w.unlock_screen.user.setText("alex")
    w.unlock_screen.password.setText(PASSWORD)
    w.unlock_screen.try_unlock()
    wait_for(app, lambda: w.session is not None)
    session = w.session
    assert session is not None
    assert w.people is not None
    w.people.search.setText("jordan")
    w.people.run_search()
    wait_for(app, lambda: w.people is not None and w.people.model.rowCount() > 0)
    save(app, w, "caseworker-people")
    person = made[0]
    journey = session.people.journeys(person.id)[0]
    w.start_interview(person, journey, "referral")
    view = w.current.view  # type: ignore[union-attr]
    save(app, w, "caseworker-interview-intro")
    for _ in range(3):
        view.go_next()
    view.editor.set_value("yes")
    save(app, w, "caseworker-interview-question")
    for _ in range(5):
        view.go_next()
    w.open_person(person, journey.id)
    save(app, w, "caseworker-person")

    # Self-completion.
    w.start_self_completion(person, session.people.journey(journey.id), "about_you")
    surface = w.surface
    assert isinstance(surface, SelfCompletionWindow)
    surface.resize(1000, 720)
    save(app, surface, "self-welcome")
    surface.start()
    sview = surface.view
    assert sview is not None
    for _ in range(3):
        sview.go_next()
    save(app, surface, "self-question-100")
    surface.set_scale(2.0)
    sview.show_step()
    save(app, surface, "self-question-200")
    surface.set_high_contrast(True)
    sview.show_step()
    save(app, surface, "self-question-contrast")
    surface.set_high_contrast(False)
    surface.set_scale(1.25)
    surface.take_break()
    save(app, surface, "self-break")
    surface.exit_button.click()
    settle(app)
    assert w.neutral is not None
    w.neutral.resize(1000, 720)
    save(app, w.neutral, "self-quick-exit")
    w.neutral.staff_sign_in.emit()
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
