"""The transcription screen: rows numbered as the paper, fast by keyboard, saved as paper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from intake.app import JourneyRecord, PersonRecord, Session
from intake.app.paper_service import PaperKind
from intake.domain import AnswerStatus, Source
from intake.forms import LoadedPack
from intake.paper import PaperOptions, printed_items
from intake.ui import theme
from intake.ui.main import load_default_pack
from intake.ui.transcription import TranscriptionDialog

from .conftest import PASSWORD, TODAY, workspace
from .test_accessibility import clipped, unnamed


@pytest.fixture(scope="module")
def loaded() -> LoadedPack:
    return load_default_pack()


@pytest.fixture
def session(made: Path) -> Iterator[Session]:
    s = workspace(made).unlock("admin", PASSWORD)
    yield s
    s.lock()


@pytest.fixture
def person(session: Session) -> tuple[PersonRecord, JourneyRecord]:
    found = session.people.find("Jordan Example")[0]
    return found, session.people.journeys(found.id)[0]


def _dialog(
    qtbot: QtBot,
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
    stage: str,
    kind: PaperKind = PaperKind.BLANK,
) -> TranscriptionDialog:
    dialog = TranscriptionDialog(session, loaded, *person, today=TODAY, stage=stage)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind.value))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_rows_are_numbered_as_the_paper(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person
) -> None:
    dialog = _dialog(qtbot, session, loaded, person, "about_you")
    printed = printed_items(loaded.pack, "about_you", PaperOptions())
    assert [(r.item.number, r.item.item_id) for r in dialog.rows] == [
        (i.number, i.id) for i in printed
    ]
    dialog.stage_box.setCurrentIndex(dialog.stage_box.findData("referral"))
    assert dialog.rows[0].item.stage == "referral"


def test_typed_answers_are_saved_with_source_paper(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person
) -> None:
    dialog = _dialog(qtbot, session, loaded, person, "about_you")
    born = dialog.row(_number(dialog, "date_of_birth"))
    assert isinstance(born.edit, QLineEdit)
    qtbot.keyClicks(born.edit, "17/5/1990")
    disability = dialog.row(_number(dialog, "disability"))
    assert isinstance(disability.combo, QComboBox)
    qtbot.keyClicks(disability.combo, "N")
    dialog.row(_number(dialog, "religion")).decline.setChecked(True)
    check_in = next(r for r in dialog.rows if r.item.check_in is not None)
    assert check_in.combo is not None
    qtbot.keyClicks(check_in.combo, "4")

    dialog.save_button.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved == 4
    journey = person[1]
    known = session.interviews.known_answers(journey.id)
    assert known["date_of_birth"].value == "1990-05-17"
    assert known["disability"].value == "no"
    assert known["religion"].status is AnswerStatus.PREFER_NOT_TO_SAY
    assert {known[q].source for q in ("date_of_birth", "disability", "religion")} == {Source.PAPER}
    assert "ethnicity" not in known, "an empty row stays not asked"
    assert [c.check_in.score for c in session.interviews.check_ins(journey.id)] == [4]


def test_enter_moves_to_the_next_row(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person
) -> None:
    dialog = _dialog(qtbot, session, loaded, person, "about_you")
    first, second = dialog.rows[0], dialog.rows[1]
    assert QApplication.focusWidget() is first.controls[0], "the first row has the cursor"
    qtbot.keyClicks(first.controls[0], "7/3/1984")
    qtbot.keyClick(first.controls[0], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is second.controls[0]
    qtbot.keyClick(second.controls[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second.decline
    qtbot.keyClick(second.decline, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.rows[2].controls[0]


def test_a_row_that_does_not_fit_saves_nothing(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person
) -> None:
    dialog = _dialog(qtbot, session, loaded, person, "about_you")
    qtbot.keyClicks(dialog.row(_number(dialog, "disability")).combo, "Y")
    born = dialog.row(_number(dialog, "date_of_birth"))
    qtbot.keyClicks(born.edit, "31/02/1990")

    dialog.save_button.click()

    assert dialog.isVisible()
    assert born.problem.isVisible()
    assert "not a real date" in born.problem.text()
    assert "Nothing has been saved" in dialog.message.text()
    assert session.interviews.known_answers(person[1].id) == {}


def test_a_personalised_paper_leaves_out_known_rows_and_shows_what_is_known(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person
) -> None:
    from intake.domain import Answer

    journey = person[1]
    session.interviews.record_answer(
        journey.id,
        Answer("disability", "yes", AnswerStatus.ANSWERED, Source.ASSISTED, "about_you"),
        loaded.pack,
    )
    mine = _dialog(qtbot, session, loaded, person, "about_you", PaperKind.PERSONALISED)
    assert "disability" not in [r.item.item_id for r in mine.rows]
    blank = _dialog(qtbot, session, loaded, person, "about_you", PaperKind.BLANK)
    row = blank.row(_number(blank, "disability"))
    assert row.known.isVisibleTo(blank)
    assert row.known.text() == "Already recorded: Yes"


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_control_is_named_and_nothing_is_clipped(
    qtbot: QtBot, session: Session, loaded: LoadedPack, person, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(scale=scale))
    try:
        dialog = _dialog(qtbot, session, loaded, person, "referral", PaperKind.CASEWORKER)
        dialog.resize(900, 700)
        qtbot.wait(50)
        assert unnamed(dialog) == []
        assert clipped(dialog) == []
        viewport = dialog.scroller.viewport().width()
        assert dialog.page.minimumSizeHint().width() <= viewport, "no row is cut off at the side"
    finally:
        theme.apply(app, theme.Look())


def _number(dialog: TranscriptionDialog, question_id: str) -> int:
    return next(r.item.number for r in dialog.rows if r.item.item_id == question_id)
