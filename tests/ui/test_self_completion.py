"""Self-completion: alone, by keyboard, in the person's language, with a quick exit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from intake.domain import Source
from intake.forms import load_pack
from intake.interview import AnswerGiven, Event, Interview, Mode, QuestionStep, StageEnd
from intake.ui.main import MainWindow
from intake.ui.self_completion import (
    FEEDBACK_ID,
    NeutralScreen,
    SelfCompletionWindow,
    TripleShift,
)

from .conftest import sign_in

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"
TODAY = date(2026, 11, 1)


def hand_over(qtbot: QtBot, window: MainWindow, stage: str = "about_you") -> SelfCompletionWindow:
    sign_in(qtbot, window)
    assert window.session is not None
    person = window.session.people.find("Jordan")[0]
    journey = window.session.people.journeys(person.id)[0]
    window.kiosk = False
    window.open_person(person, journey.id)
    window.start_self_completion(person, journey, stage)
    surface = window.surface
    assert surface is not None
    qtbot.waitExposed(surface)
    surface.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is surface)
    return surface


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mod)


def press_button(qtbot: QtBot, letter: Qt.Key) -> None:
    key(qtbot, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)  # mnemonic buttons click after a short animation


def test_a_whole_self_completion_stage_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    surface = hand_over(qtbot, window)
    assert not window.isVisible()
    press_button(qtbot, Qt.Key.Key_S)  # Start
    view = surface.view
    assert view is not None
    for _ in range(60):
        step = view.iv.current()
        if isinstance(step, StageEnd):
            break
        if isinstance(step, QuestionStep) and step.question.type in ("single_choice", "yes_no"):
            key(qtbot, Qt.Key.Key_Space)  # the first choice has focus
            key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        elif isinstance(step, QuestionStep):
            press_button(qtbot, Qt.Key.Key_S)  # Skip for now
        else:
            key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(view.iv.current(), StageEnd)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Finish
    assert surface.stack.currentWidget() is surface.feedback_page
    assert QApplication.focusWidget() in surface.feedback.buttons.values()
    key(qtbot, Qt.Key.Key_Space)  # focus is on the scale: choose 1, then move to 3
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    press_button(qtbot, Qt.Key.Key_F)  # Finish
    assert surface.stack.currentWidget() is surface.thanks_page
    journey_id = window.resume.journey_id
    press_button(qtbot, Qt.Key.Key_L)  # Lock the screen
    assert window.session is None
    assert window.isVisible()
    assert window.stack.currentWidget() is window.unlock_screen
    sign_in(qtbot, window)
    assert window.session is not None
    records = window.session.interviews.known_records(journey_id)  # type: ignore[arg-type]
    assert records
    assert {r.source for r in records.values()} == {Source.SELF}
    feedback = [
        c.check_in
        for c in window.session.interviews.check_ins(journey_id)  # type: ignore[arg-type]
        if c.check_in.checkin_id == FEEDBACK_ID
    ]
    assert [f.score for f in feedback] == [3]


def _question_texts(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.text()]


def test_quick_exit_button_hides_everything_at_once_and_locks(
    qtbot: QtBot, window: MainWindow
) -> None:
    surface = hand_over(qtbot, window)
    surface.start()
    view = surface.view
    assert view is not None
    session = window.session
    surface.exit_button.click()
    # within the same event-loop turn: nothing of the questions is visible
    assert not surface.isVisible()
    assert surface.view is None
    assert window.session is None
    assert session is not None
    assert not session.is_open
    neutral = window.neutral
    assert isinstance(neutral, NeutralScreen)
    assert neutral.isVisible()
    text = " ".join(_question_texts(neutral)).lower()
    for word in ("intake", "support", "crime", "victim", "question"):
        assert word not in text
    assert neutral.windowTitle() == "Notes"
    # staff sign in brings back the self-completion where it was
    neutral.sign_in.click()
    assert window.isVisible()
    assert window.stack.currentWidget() is window.unlock_screen
    sign_in(qtbot, window)
    assert window.surface is not None


def test_quick_exit_by_pressing_shift_three_times(qtbot: QtBot, window: MainWindow) -> None:
    surface = hand_over(qtbot, window)
    surface.start()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)
    assert not surface.isVisible()
    assert window.session is None
    assert window.neutral is not None


def test_shift_presses_apart_or_interrupted_do_not_exit() -> None:
    fired: list[int] = []
    watcher = TripleShift(lambda: fired.append(1), window_s=1.0)
    clock = iter([0.0, 0.5, 2.0, 2.4, 2.6])
    import intake.ui.self_completion as sc

    real = sc.time.monotonic
    sc.time.monotonic = lambda: next(clock)  # type: ignore[assignment]
    try:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        def shift() -> None:
            watcher.eventFilter(
                None,  # type: ignore[arg-type]
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
            )

        shift()
        shift()
        shift()  # 2.0 s: too late, the first two are forgotten
        assert fired == []
        shift()
        shift()  # 2.0, 2.4, 2.6: three within a second
        assert fired == [1]
    finally:
        sc.time.monotonic = real  # type: ignore[assignment]


def test_there_is_no_way_from_the_surface_to_other_records(
    qtbot: QtBot, window: MainWindow
) -> None:
    surface = hand_over(qtbot, window)
    surface.start()
    assert not surface.findChildren(QMenuBar)
    assert not window.isVisible()
    surface.close()  # Alt+F4 and the like are refused
    assert surface.isVisible()
    texts = " ".join(_question_texts(surface))
    assert "Jordan" not in texts
    assert "V-" not in texts
    for label in ("People", "New referral", "Manage"):
        assert label not in texts


def test_break_hides_the_question_until_the_person_carries_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    surface = hand_over(qtbot, window)
    surface.start()
    view = surface.view
    assert view is not None
    for _ in range(3):
        view.go_next()
    step = view.iv.current()
    assert isinstance(step, QuestionStep)
    surface.break_button.click()
    assert surface.stack.currentWidget() is surface.pause_page
    assert not view.isVisible()
    surface.resume_button.click()
    assert surface.stack.currentWidget() is view
    assert view.iv.current() == step


def test_the_person_chooses_their_language(qtbot: QtBot) -> None:
    loaded = load_pack(EXAMPLE)
    saved: list[Event] = []

    def build(language: str) -> Interview:
        return Interview(loaded.localised(language), "first", today=TODAY, mode=Mode.SELF)

    surface = SelfCompletionWindow(loaded, "first", build, saved.extend, lambda _s: None)
    qtbot.addWidget(surface)
    surface.show()
    names = [b.text() for b in surface.language_group.buttons()]
    assert names == ["English", "Cymraeg"]
    surface.language_group.buttons()[1].setChecked(True)
    surface.start()
    view = surface.view
    assert view is not None
    view.iv.volunteer("consent_support", "yes")
    while not (
        isinstance(view.iv.current(), QuestionStep)
        and view.iv.current().question.id == "date_of_birth"  # type: ignore[attr-defined]
    ):
        view.go_next()
    view.show_step()
    assert "Beth yw eich dyddiad geni?" in _question_texts(view)
    surface.exited = True
    surface._teardown()


def test_every_self_completion_answer_has_source_self(qtbot: QtBot) -> None:
    loaded = load_pack(EXAMPLE)
    saved: list[Event] = []
    surface = SelfCompletionWindow(
        loaded,
        "first",
        lambda lang: Interview(loaded.localised(lang), "first", today=TODAY, mode=Mode.SELF),
        saved.extend,
        lambda _s: None,
    )
    qtbot.addWidget(surface)
    surface.start()
    view = surface.view
    assert view is not None
    for _ in range(40):
        if isinstance(view.iv.current(), StageEnd):
            break
        if isinstance(view.iv.current(), QuestionStep) and view.iv.current().can_decline:  # type: ignore[attr-defined]
            view.decline()
        else:
            if view.editor is not None and isinstance(view.iv.current(), QuestionStep):
                view.editor.set_value("yes")
            view.go_next()
    answers = [e.answer for e in saved if isinstance(e, AnswerGiven)]
    assert len(answers) > 5
    assert {a.source for a in answers} == {Source.SELF}
    surface.exited = True
    surface._teardown()


@pytest.fixture(autouse=True)
def _restore_look(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield
    from intake.ui import theme

    for w in qapp.topLevelWidgets():
        if isinstance(w, SelfCompletionWindow | NeutralScreen):
            w.exited = True  # type: ignore[union-attr]
            w.hide()
            w.deleteLater()
    theme.apply(qapp, theme.Look())


def test_the_screen_speaks_the_language_the_person_chooses_and_mirrors_for_arabic(
    qtbot: QtBot, window: MainWindow
) -> None:

    from intake.ui import i18n

    from .conftest import extractor

    arabic = extractor.read_ts(extractor.TRANSLATIONS / "intake_ar.ts")

    def ar(text: str) -> str:
        return arabic[("SelfCompletion", text)][0]

    surface = hand_over(qtbot, window)
    assert surface.exit_button.text() == "Quick &exit"
    choice = next(b for b in surface.language_group.buttons() if b.property("language") == "ar")
    choice.click()
    qtbot.waitUntil(lambda: surface.exit_button.text() == ar("Quick &exit"))
    assert surface.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert surface.start_button.text() == ar("&Start")
    chosen = surface.language_group.checkedButton()
    assert chosen is not None
    assert chosen.property("language") == "ar"  # the choice survives the new words
    surface.start_button.click()
    view = surface.view
    assert view is not None
    words = _question_texts(view)
    assert any("\u0600" <= ch <= "\u06ff" for text in words for ch in text)  # pack in Arabic
    assert surface.break_button.text() == ar("I'd like a &break")
    surface.exit_button.click()  # quick exit: staff screens come back in staff's language
    assert i18n.current() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
