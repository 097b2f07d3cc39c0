"""Whole flows through the caseworker application, as a caseworker would go."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from intake.app import ErrorCode, JourneyStatus, StoreError
from intake.domain import AnswerStatus, Role
from intake.interview import CheckInStep, QuestionStep, StageEnd
from intake.ui.editors import ChoiceEditor, DateEditor, ScaleEditor, TextEditor
from intake.ui.interview_screen import InterviewScreen
from intake.ui.main import MainWindow, load_default_pack
from intake.ui.people import PeopleScreen
from intake.ui.person import PersonPage
from intake.ui.referral import ReferralDialog
from intake.ui.setup import SetupWizard
from intake.ui.unlock import UnlockScreen

from .conftest import PASSWORD, TODAY, sign_in, sign_in_for_jordan, workspace


def visible_text(root: QWidget) -> str:
    parts = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
    return "\n".join(parts)


def test_an_administrator_restores_a_backup_from_the_manage_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Manage > Restore asks first, locks, puts the backup back and asks for a sign-in;
    what was added since the backup is gone from the workspace (kept aside on disk)."""
    from PySide6.QtWidgets import QMessageBox

    from intake.ui import admin

    session, _person, _journey = sign_in_for_jordan(qtbot, window)
    backup = session.backups.create(tmp_path / "backup").folder
    session.people.create("Robin", "Later", date(1985, 2, 3))
    told: list[str] = []
    monkeypatch.setattr(admin, "tell", lambda _p, _t, text: told.append(str(text)))
    monkeypatch.setattr(admin.QFileDialog, "getExistingDirectory", lambda *_a: str(backup))
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(admin.QMessageBox, "question", answer)

    def fill(dialog: admin.RestoreDialog) -> int:
        assert dialog.user.text() == "admin"  # the signed-in user is suggested
        dialog.password.setText(PASSWORD)
        return 1

    monkeypatch.setattr(admin.RestoreDialog, "exec", fill)
    window.admin_actions["restore"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "Intake will lock first" in questions[0]
    assert told == ["The backup is restored. Please sign in."]
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_screen
    sign_in(qtbot, window)
    assert window.session is not None
    assert window.session.people.find("Robin") == []
    assert [p.given_name for p in window.session.people.find("Jordan")] == ["Jordan"]


def test_first_run_can_restore_a_backup_from_another_computer(
    qtbot: QtBot, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A service moving to a new laptop restores its backup from the setup screen,
    then signs in with a password of the old laptop's and finds its people."""
    from intake.ui import admin

    old = workspace(made).unlock("admin", PASSWORD)
    backup = old.backups.create(tmp_path / "usb" / "intake-backup").folder
    old.lock()
    new_folder = tmp_path / "new laptop" / "Intake"
    w = MainWindow(workspace(new_folder), load_default_pack(), today=TODAY)
    qtbot.addWidget(w)
    w.show()
    wizard = w.current
    assert isinstance(wizard, SetupWizard)

    told: list[str] = []
    monkeypatch.setattr(admin, "tell", lambda _p, _t, text: told.append(str(text)))
    monkeypatch.setattr(admin.QFileDialog, "getExistingDirectory", lambda *_a: str(backup))
    asked: list[str] = []

    def fake_exec(dialog: admin.RestoreDialog) -> int:
        asked.append(dialog.findChildren(QLabel)[0].text())
        assert dialog.user.text() == ""  # nobody is signed in to suggest
        dialog.user.setText("admin")
        dialog.password.setText("not the password")
        return 1

    monkeypatch.setattr(admin.RestoreDialog, "exec", fake_exec)
    wizard.organisation_page.restore.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    # A wrong password: a plain message, and nothing was made.
    assert "password" in told[-1]
    assert not workspace(new_folder).exists()
    assert str(new_folder) in asked[0]

    def right_exec(dialog: admin.RestoreDialog) -> int:
        dialog.user.setText("admin")
        dialog.password.setText(PASSWORD)
        return 1

    monkeypatch.setattr(admin.RestoreDialog, "exec", right_exec)
    told.clear()
    wizard.organisation_page.restore.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["The backup is restored. Please sign in."]
    assert w.stack.currentWidget() is w.unlock_screen
    assert w.unlock_screen.user.text() == "admin"
    sign_in(qtbot, w)
    assert isinstance(w.current, PeopleScreen)
    assert w.session is not None
    names = [p.given_name for p in w.session.people.find("Jordan")]
    assert names == ["Jordan"]


def test_first_run_setup_creates_the_workspace_and_shows_the_secret_once(
    qtbot: QtBot, workspace_dir: Path
) -> None:
    w = MainWindow(workspace(workspace_dir), load_default_pack(), today=TODAY)
    qtbot.addWidget(w)
    w.show()
    wizard = w.current
    assert isinstance(wizard, SetupWizard)
    wizard.organisation_page.organisation.setText("Safe Harbour")
    wizard.next()
    assert wizard.folder() == workspace_dir
    wizard.next()
    page = wizard.admin_page
    page.name.setText("Alex Admin")
    page.username.setText("admin")
    page.password.setText("short")
    page.confirm.setText("short")
    wizard.next()
    assert wizard.currentPage() is page
    assert "at least 10 characters" in page.message.text()
    page.password.setText(PASSWORD)
    page.confirm.setText("something else entirely")
    wizard.next()
    assert "not the same" in page.message.text()
    page.confirm.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.secret_page, timeout=10_000)
    secret = wizard.secret_page.secret.text()
    assert len(secret) >= 20
    assert page.password.text() == ""
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.secret_page.kept.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(w.current, PeopleScreen))
    assert w.session is not None
    assert w.session.user.role is Role.ADMIN
    assert workspace(workspace_dir).exists()
    # the secret is not left on any screen
    assert secret not in visible_text(w)


def test_unlock_with_a_wrong_then_the_right_password(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.unlock_screen
    sign_in_screen: UnlockScreen = window.unlock_screen
    sign_in_screen.user.setText("admin")
    sign_in_screen.password.setText("not the password")
    sign_in_screen.try_unlock()
    qtbot.waitUntil(lambda: sign_in_screen.message.isVisible(), timeout=10_000)
    assert "do not match" in sign_in_screen.message.text()
    assert sign_in_screen.password.text() == ""
    assert window.session is None
    sign_in(qtbot, window)
    assert isinstance(window.current, PeopleScreen)


def _search(qtbot: QtBot, w: MainWindow, text: str) -> None:
    assert w.people is not None
    w.people.search.setText(text)
    w.people.run_search()
    qtbot.waitUntil(lambda: w.people is not None and w.people.model.rowCount() > 0, timeout=5000)


def test_search_by_name_reference_and_date_of_birth(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    _search(qtbot, window, "jord")
    assert window.people is not None
    person = window.people.model.person_at(0)
    assert person is not None
    assert person.full_name == "Jordan Example"
    for text in (person.reference, "17/05/1990"):
        window.people.model.clear()
        _search(qtbot, window, text)
        assert window.people.model.person_at(0).reference == person.reference  # type: ignore[union-attr]


def test_a_possible_duplicate_is_shown_before_anyone_is_created(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window)
    assert window.session is not None
    dialog = ReferralDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.given.setText("Jordon")
    dialog.family.setText("Exampel")
    dialog.dob.setText("17/05/1990")
    dialog.check_or_create()
    assert dialog.matches.isVisibleTo(dialog)
    assert dialog.matches.count() == 1
    assert "Jordan Example" in dialog.matches.item(0).text()
    assert dialog.person is None  # nobody created yet
    dialog.use_existing()
    assert dialog.person is not None
    assert dialog.person.full_name == "Jordan Example"
    assert not dialog.is_new


def _answer_current(view, choose: str) -> None:  # type: ignore[no-untyped-def]
    """Give an ordinary answer to whatever the current question is."""
    step = view.iv.current()
    editor = view.editor
    if isinstance(step, CheckInStep):
        assert isinstance(editor, ScaleEditor)
        editor.set_value(4)
    elif isinstance(step, QuestionStep):
        q = step.question
        if choose == "decline" and step.can_decline:
            view.decline()
            return
        if choose == "later" and step.can_ask_later:
            view.ask_later()
            return
        if isinstance(editor, ChoiceEditor):
            values = [c.value for c in step.choices if not c.exclusive]
            editor.set_value([values[0]] if editor.multiple else values[0])
            if q.id.startswith("consent"):
                editor.set_value("yes")
        elif isinstance(editor, DateEditor):
            editor.set_value("1990-05-17" if "birth" in q.id else "2026-09-01")
        elif isinstance(editor, ScaleEditor):
            editor.set_value(3)
        elif isinstance(editor, TextEditor):
            editor.set_value("2" if q.type == "number" else "Some words")
    view.go_next()


def test_a_new_referral_through_first_contact_with_consent(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window)
    session = window.session
    assert session is not None
    person = session.people.create("Robin", "Newperson", date(1970, 1, 1))
    journey = session.people.open_journey(person.id, stage="referral", pack_id="core")
    window.open_person(person, journey.id)
    page = window.current
    assert isinstance(page, PersonPage)
    page.continue_button.click()
    screen = window.current
    assert isinstance(screen, InterviewScreen)
    view = screen.view
    for _ in range(80):
        if isinstance(view.iv.current(), StageEnd):
            break
        _answer_current(view, "answer")
    assert isinstance(view.iv.current(), StageEnd)
    view.go_next()  # Finish
    assert isinstance(window.current, PersonPage)
    assert session.consent.is_given(journey.id, "support")  # type: ignore[arg-type]
    assert session.consent.is_given(journey.id, "reporting")  # type: ignore[arg-type]
    assert session.people.journey(journey.id).stage == "assessment"


def test_a_full_journey_through_every_stage_with_declines_and_ask_laters(
    qtbot: QtBot, window: MainWindow
) -> None:
    sign_in(qtbot, window)
    session = window.session
    assert session is not None
    pack = window.pack
    person = session.people.create("Alex", "Journey", date(1988, 3, 3))
    journey = session.people.open_journey(person.id, stage="referral", pack_id="core")
    pattern = ["answer", "decline", "later"]
    n = 0
    for stage in pack.stages:
        window.start_interview(person, session.people.journey(journey.id), stage.id)
        view = window.current.view  # type: ignore[union-attr]
        for _ in range(200):
            if isinstance(view.iv.current(), StageEnd):
                break
            _answer_current(view, pattern[n % 3])
            n += 1
        assert isinstance(view.iv.current(), StageEnd), stage.id
        view.go_next()
    known = session.interviews.known_records(journey.id)
    statuses = {a.status for a in known.values()}
    assert statuses == {
        AnswerStatus.ANSWERED,
        AnswerStatus.PREFER_NOT_TO_SAY,
        AnswerStatus.ASK_LATER,
    }
    summary = session.interviews.summary(journey.id, pack)
    assert sum(len(s.known) for s in summary.stages) > 10
    assert sum(len(s.declined) for s in summary.stages) > 5
    assert sum(len(s.later) for s in summary.stages) > 5
    assert session.people.journey(journey.id).stage == pack.stages[-1].id
    assert len(session.interviews.check_ins(journey.id)) >= len(pack.stages)


def test_closing_mid_stage_and_resuming_where_it_stopped(
    qtbot: QtBot, window: MainWindow, made: Path
) -> None:
    _session, person, journey = sign_in_for_jordan(qtbot, window)
    window.start_interview(person, journey, "referral")
    view = window.current.view  # type: ignore[union-attr]
    for _ in range(6):
        _answer_current(view, "answer")
    where = view.iv.current()
    assert isinstance(where, QuestionStep)
    window.close()
    assert window.session is None

    again = MainWindow(workspace(made), load_default_pack(), today=TODAY)
    qtbot.addWidget(again)
    again.show()
    sign_in(qtbot, again)
    assert again.session is not None
    again.start_interview(person, again.session.people.journey(journey.id), "referral")
    resumed = again.current.view.iv.current()  # type: ignore[union-attr]
    assert resumed.key == where.key


def test_auto_lock_clears_the_screen_and_unlocking_resumes(
    qtbot: QtBot, window: MainWindow
) -> None:
    session, person, journey = sign_in_for_jordan(qtbot, window)
    window.start_interview(person, journey, "referral")
    view = window.current.view  # type: ignore[union-attr]
    for _ in range(4):
        _answer_current(view, "answer")
    where = view.iv.current().key
    assert "Jordan" in visible_text(window)
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)
    assert not session.is_open
    with pytest.raises(StoreError):
        session.people.find("Jordan")
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Jordan" not in visible_text(window)
    assert "V-" not in visible_text(window)
    window.idle.set_minutes(5)
    sign_in(qtbot, window)
    assert isinstance(window.current, InterviewScreen)
    assert window.current.view.iv.current().key == where


def test_the_lock_shortcut_locks(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    window.lock_action.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_screen


def test_a_caseworker_cannot_reach_admin_actions(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "casey")
    assert window.session is not None
    assert window.session.user.role is Role.CASEWORKER
    for action in window.admin_actions.values():
        assert not action.isVisible()
        assert not action.isEnabled()
    assert window.password_action.isEnabled()
    for attempt in (
        lambda: window.session.users.add("x", "X", Role.ADMIN, PASSWORD),  # type: ignore[union-attr]
        lambda: window.session.backups.create(),  # type: ignore[union-attr]
    ):
        with pytest.raises(StoreError) as err:
            attempt()
        assert err.value.code is ErrorCode.NOT_PERMITTED


def test_an_admin_sees_admin_actions(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    assert all(a.isEnabled() for a in window.admin_actions.values())


def test_consent_withdrawal_says_what_it_changes_and_records_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.ui import person as person_module

    sign_in(qtbot, window)
    session = window.session
    assert session is not None
    p = session.people.find("Jordan")[0]
    window.open_person(p)
    page = window.current
    assert isinstance(page, PersonPage)
    shown: list[str] = []

    def fake_ask(_parent, _title, effect, withdraw=False):  # type: ignore[no-untyped-def]
        shown.append(effect)
        return "read aloud"

    monkeypatch.setattr(person_module.ExplainedDialog, "ask", staticmethod(fake_ask))
    page.give_consent(person_module.ConsentPurpose.REPORTING)
    assert page.consent_labels[person_module.ConsentPurpose.REPORTING].text() == "Given"
    page.withdraw_consent(person_module.ConsentPurpose.REPORTING)
    assert "left out of every anonymised return" in shown[-1]
    assert page.consent_labels[person_module.ConsentPurpose.REPORTING].text() == "Withdrawn"
    journey = page.journey()
    assert journey is not None
    assert journey.id not in session.consent.journeys_for_returns()


def test_rights_and_notes_are_recorded(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window)
    session = window.session
    assert session is not None
    window.open_person(session.people.find("Jordan")[0])
    page = window.current
    assert isinstance(page, PersonPage)
    box = next(iter(page.right_boxes.values()))
    box.click()
    journey = page.journey()
    assert journey is not None
    assert len(session.interviews.rights(journey.id)) == 1
    page.note_edit.setPlainText("Prefers morning calls.")
    page.add_note()
    assert [n.text for n in session.interviews.notes(journey.id)] == ["Prefers morning calls."]
    assert page.notes_list.count() == 1
    page.close_journey()
    assert session.people.journey(journey.id).status is JourneyStatus.CLOSED


def test_a_whole_flow_works_with_no_network(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("Intake tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    session, person, journey = sign_in_for_jordan(qtbot, window)
    window.start_interview(person, journey, "referral")
    view = window.current.view  # type: ignore[union-attr]
    for _ in range(80):
        if isinstance(view.iv.current(), StageEnd):
            break
        _answer_current(view, "answer")
    view.go_next()
    assert session.interviews.known_records(journey.id)
    window.lock()


def test_a_broken_form_pack_is_explained_kindly_and_nothing_opens(
    qtbot: QtBot, made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.forms import FormError, parse_pack
    from intake.ui import main as main_module

    _loaded, problems = parse_pack("id: broken\n")
    told: list[str] = []
    monkeypatch.setattr(main_module, "tell", lambda _p, _t, text: told.append(str(text)))

    def broken() -> object:
        raise FormError(problems)

    w = MainWindow(workspace(made), broken, today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.show()
    sign_in_screen = w.unlock_screen
    sign_in_screen.user.setText("admin")
    sign_in_screen.password.setText(PASSWORD)
    sign_in_screen.try_unlock()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "intake forms check" in told[0]
    assert w.session is None
    assert w.stack.currentWidget() is w.unlock_screen


def test_volunteered_answers_can_be_noted_from_the_person_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.ui import capture

    session, person, journey = sign_in_for_jordan(qtbot, window)
    window.open_person(person, journey.id)
    page = window.current
    assert isinstance(page, PersonPage)

    def fake_exec(dialog: capture.CaptureDialog) -> int:
        dialog.search.setText("religion")
        assert dialog.selected_id() == "religion"
        assert isinstance(dialog.editor, ChoiceEditor)
        dialog.editor.set_value("buddhist")
        dialog.record_button.click()
        return 1

    monkeypatch.setattr(capture.CaptureDialog, "exec", fake_exec)
    page.capture_button.click()
    known = session.interviews.known_records(journey.id)
    assert known["religion"].value == "buddhist"
    assert known["religion"].volunteered
    # a later journey does not ask again: religion is a fact about the person
    second = session.people.open_journey(person.id, stage="about_you", pack_id="core")
    window.start_interview(person, second, "about_you")
    assert "religion" in window.current.view.iv.known_questions()  # type: ignore[union-attr]


def test_recovery_with_the_printed_secret(qtbot: QtBot, workspace_dir: Path) -> None:
    from intake.ui.recovery import NewSecretDialog, RecoverDialog

    new = workspace(workspace_dir).create("Safe Harbour", "admin", "Alex Admin", PASSWORD)
    secret_dialog = NewSecretDialog(new.session)
    qtbot.addWidget(secret_dialog)
    secret_dialog.make.click()
    secret = secret_dialog.secret.text()
    assert secret
    assert secret != new.recovery_secret
    secret_dialog.accept()
    assert secret_dialog.secret.text() == ""
    new.session.lock()
    dialog = RecoverDialog(workspace(workspace_dir))
    qtbot.addWidget(dialog)
    dialog.secret.setText(new.recovery_secret)  # the old one no longer works
    dialog.user.setText("admin")
    dialog.password.setText("a brand new passphrase")
    dialog.again.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10_000)
    assert not dialog.done_ok
    assert dialog.message.text()
    dialog.secret.setText(secret.lower())
    dialog.password.setText("a brand new passphrase")
    dialog.again.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.done_ok, timeout=10_000)
    session = workspace(workspace_dir).unlock("admin", "a brand new passphrase")
    assert session.user.username == "admin"
    session.lock()


def test_auto_lock_waits_for_background_work(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.ui import ops

    sign_in(qtbot, window)
    running = [True]
    monkeypatch.setattr(ops, "busy", lambda: running[0])
    window.idle.set_interval_ms(30)
    qtbot.wait(200)
    assert window.session is not None  # still open while work runs
    running[0] = False
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)


def test_waiting_for_background_work_keeps_the_chosen_lock_time(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.ui import ops

    sign_in(qtbot, window)
    window.idle.set_minutes(5)
    running = [True]
    monkeypatch.setattr(ops, "busy", lambda: running[0])
    window.idle._fire()
    assert window.idle.timer.interval() == 5 * 60_000
    assert window.session is not None


def test_my_caseload_shows_the_journeys_i_opened(qtbot: QtBot, window: MainWindow) -> None:
    sign_in(qtbot, window, "casey")
    session = window.session
    assert session is not None
    mine = session.people.create("Jordan", "Minecase", date(1991, 1, 1))
    session.people.open_journey(mine.id, stage="referral", pack_id="core")
    assert window.people is not None
    window.people.search.setText("Jordan")
    window.people.run_search()
    qtbot.waitUntil(lambda: window.people is not None and window.people.model.rowCount() == 2)
    window.people.mine_only.setChecked(True)
    names = [
        window.people.model.person_at(i).full_name for i in range(window.people.model.rowCount())
    ]  # type: ignore[union-attr]
    assert names == ["Jordan Minecase"]
