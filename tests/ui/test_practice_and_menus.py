"""Practice mode, the self-test flag, and the paper and manager entries in the menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from intake.app import KdfParams
from intake.app.practice import open_practice
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.person import PersonPage

from .conftest import TODAY, sign_in


def test_practice_mode_says_so_everywhere_and_hides_what_could_mix_data(qtbot: QtBot) -> None:
    practice = open_practice(people=5, kdf=KdfParams.for_tests())
    try:
        w = MainWindow(practice.workspace, load_default_pack(), practice=True, today=TODAY)
        qtbot.addWidget(w)
        w.show()
        assert "practice" in w.windowTitle().lower()
        banners = [lbl.text() for lbl in w.findChildren(QLabel) if lbl.objectName() == "practice"]
        assert any("made-up people" in b for b in banners)
        sign_in(qtbot, w, practice.username, practice.password)
        assert w.session is not None
        for key in ("backup", "restore", "secret", "returns", "users"):
            assert not w.admin_actions[key].isVisible()
        person = w.session.people.create("Practice", "Person", None)
        journey = w.session.people.open_journey(person.id, stage="about_you", pack_id="core")
        w.kiosk = False
        w.start_self_completion(person, journey, "about_you")
        assert w.surface is not None
        texts = [lbl.text() for lbl in w.surface.findChildren(QLabel)]
        assert any("made-up people" in t for t in texts)
        w.surface.exited = True
        w.surface.close()
        w.close()
    finally:
        practice.close()
    assert not practice.folder.exists()


def test_self_test_flag_runs_the_self_test(capsys: pytest.CaptureFixture[str]) -> None:
    from intake.cli import main

    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.strip()


def test_paper_and_manager_entries_are_wired(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import intake.ui.manager as manager
    import intake.ui.paper_dialogs as paper_dialogs
    import intake.ui.transcription as transcription

    calls: list[str] = []
    monkeypatch.setattr(paper_dialogs, "print_blank_pack", lambda *a: calls.append("blank"))
    monkeypatch.setattr(paper_dialogs, "import_filled_pdf", lambda *a: calls.append("pdf"))
    monkeypatch.setattr(paper_dialogs, "import_referrals", lambda *a: calls.append("referrals"))
    monkeypatch.setattr(paper_dialogs, "personalised_pack", lambda *a: calls.append("pack"))
    monkeypatch.setattr(paper_dialogs, "save_subject_access", lambda *a: calls.append("sar"))
    monkeypatch.setattr(transcription, "transcribe_paper", lambda *a, **k: calls.append("type"))
    monkeypatch.setattr(manager, "open_manager", lambda *a: calls.append("manager"))
    sign_in(qtbot, window)
    window.blank_action.trigger()
    window.import_pdf_action.trigger()
    window.admin_actions["referrals"].trigger()
    window.admin_actions["returns"].trigger()
    assert window.session is not None
    person = window.session.people.find("Jordan")[0]
    window.open_person(person)
    page = window.current
    assert isinstance(page, PersonPage)
    assert page.paper_button.isEnabled()
    page.print_pack()
    page.transcribe()
    page.subject_access()
    assert calls == ["blank", "pdf", "referrals", "manager", "pack", "type", "sar"]


def test_a_caseworker_does_not_see_returns_or_referral_import(
    qtbot: QtBot, window: MainWindow, made: Path
) -> None:
    sign_in(qtbot, window, "casey")
    assert not window.admin_actions["returns"].isVisible()
    assert not window.admin_actions["referrals"].isVisible()
    assert window.blank_action.isEnabled()
