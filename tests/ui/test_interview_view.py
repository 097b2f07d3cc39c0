"""The interview screen, driven as a caseworker would: keyboard first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton
from pytestqt.qtbot import QtBot

from intake.domain import AnswerStatus
from intake.forms import load_pack
from intake.interview import (
    AnswerGiven,
    CheckInStep,
    Event,
    Explain,
    Interview,
    Intro,
    Mode,
    QuestionStep,
    StageEnd,
)
from intake.ui.editors import ChoiceEditor, DateEditor
from intake.ui.interview_view import InterviewView

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"
TODAY = date(2026, 11, 1)


@pytest.fixture
def saved() -> list[Event]:
    return []


def make(qtbot: QtBot, saved: list[Event], mode: Mode = Mode.ASSISTED) -> InterviewView:
    iv = Interview(load_pack(EXAMPLE).pack, "first", today=TODAY, mode=mode)
    view = InterviewView(iv, saved.extend)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def press(
    qtbot: QtBot, view: InterviewView, key: Qt.Key, mod=Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget() or view
    qtbot.keyClick(target, key, mod)


def ctrl_enter(qtbot: QtBot, view: InterviewView) -> None:
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_whole_stage_by_keyboard_alone(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved)
    assert isinstance(view.iv.current(), Intro)
    ctrl_enter(qtbot, view)
    assert isinstance(view.iv.current(), Explain)
    ctrl_enter(qtbot, view)
    assert isinstance(view.iv.current(), CheckInStep)
    # focus starts on the scale; arrows move along it and choose
    press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view, Qt.Key.Key_Right)
    press(qtbot, view, Qt.Key.Key_Right)
    ctrl_enter(qtbot, view)
    step = view.iv.current()
    assert isinstance(step, QuestionStep)
    assert step.question.id == "consent_support"
    press(qtbot, view, Qt.Key.Key_Space)  # "Yes", the first choice, has focus
    ctrl_enter(qtbot, view)
    assert view.iv.current().question.id == "date_of_birth"  # type: ignore[attr-defined]
    for text in ("17", "05", "1990"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        press(qtbot, view, Qt.Key.Key_Tab)
    ctrl_enter(qtbot, view)
    # decline the rest with the mnemonic Alt+P (buttons click after a short animation)
    for _ in range(30):
        step = view.iv.current()
        if isinstance(step, StageEnd):
            break
        press(qtbot, view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda s=step: view.iv.current() != s)
    assert isinstance(view.iv.current(), StageEnd)
    ctrl_enter(qtbot, view)
    answers = {e.answer.question_id: e.answer for e in saved if isinstance(e, AnswerGiven)}
    assert answers["consent_support"].value == "yes"
    assert answers["date_of_birth"].value == "1990-05-17"
    assert answers["religion"].status is AnswerStatus.PREFER_NOT_TO_SAY
    assert view.iv.checkins["first_start"].score == 3


def test_every_answer_is_saved_as_it_is_given(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved)
    for _ in range(3):
        view.go_next()
    assert isinstance(view.editor, ChoiceEditor)
    view.editor.set_value("yes")
    view.go_next()
    assert [e.answer.question_id for e in saved if isinstance(e, AnswerGiven)] == [
        "consent_support"
    ]
    assert view.saved_label.text() == "Saved"


def test_a_failed_save_keeps_the_answer_and_does_not_move_on(qtbot: QtBot) -> None:
    calls: list[list[Event]] = []
    broken = False

    def save(events: list[Event]) -> None:
        if broken:
            raise OSError("disk full")
        calls.append(events)

    iv = Interview(load_pack(EXAMPLE).pack, "first", today=TODAY)
    view = InterviewView(iv, save)
    qtbot.addWidget(view)
    for _ in range(3):
        view.go_next()
    assert isinstance(view.editor, ChoiceEditor)
    broken = True
    view.editor.set_value("yes")
    view.go_next()
    assert iv.current().question.id == "consent_support"  # type: ignore[attr-defined]
    assert view.message.isVisibleTo(view)
    assert "could not be saved" in view.message.text()
    assert "disk" not in view.message.text()
    assert view.saved_label.text() == ""
    broken = False
    view.go_next()
    saved = [e.answer for batch in calls for e in batch if isinstance(e, AnswerGiven)]
    assert [a.question_id for a in saved] == ["consent_support"]
    assert iv.current().question.id == "date_of_birth"  # type: ignore[attr-defined]
    assert view.saved_label.text() == "Saved"
    assert not view.message.isVisibleTo(view)


def test_an_invalid_answer_gets_a_kind_message_not_an_error(
    qtbot: QtBot, saved: list[Event]
) -> None:
    view = make(qtbot, saved)
    for _ in range(3):
        view.go_next()
    view.editor.set_value("yes")  # type: ignore[union-attr]
    view.go_next()
    assert isinstance(view.editor, DateEditor)
    for part, text in zip(view.editor.parts, ("31", "02", "1990"), strict=True):
        part.setText(text)
    view.go_next()
    assert view.iv.current().question.id == "date_of_birth"  # type: ignore[attr-defined]
    assert view.message.text() == "There is no such date. Please check the day and month."
    assert "red" not in view.message.styleSheet()


def test_a_required_question_asks_gently_for_something(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved)
    for _ in range(3):
        view.go_next()
    view.go_next()  # nothing chosen
    assert view.iv.current().question.id == "consent_support"  # type: ignore[attr-defined]
    assert "needs an answer" in view.message.text()
    assert not view.decline_button.isVisibleTo(view)
    assert not view.later_button.isVisibleTo(view)


def test_going_back_shows_the_earlier_answer(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved)
    for _ in range(3):
        view.go_next()
    view.editor.set_value("no")  # type: ignore[union-attr]
    view.go_next()
    view.go_back()
    assert isinstance(view.editor, ChoiceEditor)
    assert view.editor.value() == "no"


def test_self_completion_words_and_buttons(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved, Mode.SELF)
    assert not view.capture_button.isVisibleTo(view)
    assert view.later_button.text() == "&Skip for now"
    texts = [w.text() for w in view.findChildren(type(view.stage_label)) if w.isVisibleTo(view)]
    assert "Say to the person:" not in texts


def test_volunteered_answer_is_recorded_and_skipped(
    qtbot: QtBot, saved: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.ui import capture

    view = make(qtbot, saved)
    for _ in range(3):
        view.go_next()
    view.editor.set_value("yes")  # type: ignore[union-attr]
    view.go_next()
    assert view.iv.current().question.id == "date_of_birth"  # type: ignore[attr-defined]

    def fake_exec(dialog: capture.CaptureDialog) -> int:
        dialog.search.setText("date of birth")
        assert dialog.selected_id() == "date_of_birth"
        assert isinstance(dialog.editor, DateEditor)
        dialog.editor.set_value("1985-03-02")
        dialog.record_button.click()
        dialog.search.setText("religion")
        dialog.mention_button.click()
        return 1

    monkeypatch.setattr(capture.CaptureDialog, "exec", fake_exec)
    view.capture()
    given = [e.answer for e in saved if isinstance(e, AnswerGiven)]
    assert given[-1].question_id == "date_of_birth"
    assert given[-1].volunteered
    # the volunteered question is not asked: we have moved past it
    assert view.iv.current().question.id == "religion"  # type: ignore[attr-defined]
    assert view.iv.current().say.startswith("You mentioned")  # type: ignore[attr-defined]


def test_controls_have_accessible_names(qtbot: QtBot, saved: list[Event]) -> None:
    view = make(qtbot, saved)
    for _ in range(4):
        view.go_next()
    for widget in view.findChildren(QRadioButton) + view.findChildren(QLineEdit):
        if widget.isVisibleTo(view):
            assert widget.accessibleName(), widget


def test_background_work_outliving_its_window_does_not_call_back(qtbot: QtBot) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from intake.ui.ops import run_op

    release = threading.Event()
    called: list[object] = []
    host = QWidget()
    run_op(host, lambda _p: release.wait(5) and "done", called.append, called.append)
    host.deleteLater()
    qtbot.wait(50)  # the window is gone while the work still runs
    release.set()
    qtbot.wait(300)
    assert called == []
