"""Help > About Intake: the version, and which translations no fluent speaker has
checked yet (screens and forms), as their files say."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from intake.ui import i18n
from intake.ui.about import AboutDialog
from intake.ui.main import MainWindow, load_default_pack


def test_about_lists_every_language_and_says_which_are_unchecked(qtbot: QtBot) -> None:
    loaded = load_default_pack()
    dialog = AboutDialog(loaded)
    qtbot.addWidget(dialog)
    screens = dialog.screens.text().splitlines()
    forms = dialog.forms.text().splitlines()
    # English plus every shipped screen translation; none of them is checked yet.
    assert len(screens) == len(i18n.available()) >= 5
    assert screens[0] == "• English"
    assert all("not yet checked by a fluent speaker" in line for line in screens[1:])
    assert any("Cymraeg" in line for line in screens)
    assert any("العربية" in line for line in screens)
    # The form pack: English plus each translation file, flagged as its file says.
    assert len(forms) == 1 + len(loaded.translations)
    for line, code in zip(forms[1:], sorted(loaded.translations), strict=True):
        unchecked = not loaded.translations[code].reviewed
        assert ("not yet checked" in line) is unchecked
        assert loaded.translations[code].name in line


def test_a_reviewed_translation_is_not_called_unchecked(
    tmp_path: Path, compiled_translations: Path
) -> None:
    from .conftest import extractor

    ts = tmp_path / "intake_cy.ts"
    shutil.copy(extractor.TRANSLATIONS / "intake_cy.ts", ts)
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<extra-intake-reviewed>no<", "<extra-intake-reviewed>yes<"
        ),
        encoding="utf-8",
    )
    extractor.write_ts(ts, "cy", extractor.collect())  # as `make translations` would
    tool = extractor.lrelease()
    assert tool
    subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp_path / "intake_cy.qm")], check=True)
    assert i18n.reviewed("cy", tmp_path)
    assert not i18n.reviewed("cy", compiled_translations)


def test_help_menu_opens_about(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "About Intake"
    dialog.close()
