"""The caseworker application: first-run setup, unlock, people, a person, the interview.

`MainWindow` keeps one screen at a time in a stack. Locking (by shortcut, menu or after
a quiet spell) destroys every screen that shows personal data, drops the key, and
remembers only which person, journey and stage were open, so unlocking resumes there.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6 import QtCore
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from intake.domain import CheckIn, Role
from intake.paths import default_forms_dir
from intake.ui import about, i18n, theme
from intake.ui.idle import DEFAULT_MINUTES, IdleLock
from intake.ui.startup import DeferredWorkspace, PackSource, prepare_in_background
from intake.ui.unlock import UnlockScreen
from intake.ui.widgets import tell, tr

if TYPE_CHECKING:  # screens and the store are imported when first needed (startup.py)
    from intake.app import JourneyRecord, NewWorkspace, PersonRecord, Session, Workspace
    from intake.forms import LoadedPack, Pack
    from intake.ui.people import PeopleScreen
    from intake.ui.self_completion import NeutralScreen, SelfCompletionWindow

DEFAULT_PACK = "core"
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def PRACTICE_BANNER() -> str:  # noqa: N802 (reads as a constant; translated when shown)
    return tr("Practice workspace: made-up people only. Nothing here is real.")


@dataclass
class Resume:
    """Where to go back to after unlocking: ids only, never names or answers."""

    person_id: int | None = None
    journey_id: int | None = None
    stage: str | None = None
    self_completion: bool = False


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace | DeferredWorkspace,
        pack: LoadedPack | Callable[[], LoadedPack],
        *,
        practice: bool = False,
        today: date | None = None,
        kiosk: bool = True,
    ) -> None:
        super().__init__()
        self.kiosk = kiosk
        """Self-completion and quick exit fill the screen (tests turn this off)."""
        self.look = self._remembered_look()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.look)  # before the widgets exist, so each is styled once
        self.surface: SelfCompletionWindow | None = None
        self.neutral: NeutralScreen | None = None
        self._workspace = (
            workspace
            if isinstance(workspace, DeferredWorkspace)
            else DeferredWorkspace.of(workspace)
        )
        self._pack = PackSource(pack)
        self._painted = False
        self.practice = practice
        self.today = today
        self.session: Session | None = None
        self.resume = Resume()
        self.setWindowTitle(tr("Intake") + (" — " + tr("practice") if practice else ""))
        self.resize(1100, 780)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        if practice:
            banner = QLabel(PRACTICE_BANNER())
            banner.setObjectName("practice")
            banner.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.statusBar().addPermanentWidget(banner, 1)
        self.idle = IdleLock(self.lock, DEFAULT_MINUTES)
        self.language = str(QSettings().value("language", "en"))
        if self.language != "en" and not i18n.set_language(self.language):
            self.language = "en"
        self._build_menus()
        self._tick_look()
        self.unlock_screen = UnlockScreen(self._workspace)
        self.unlock_screen.unlocked.connect(self.on_unlocked)
        self.unlock_screen.recover_requested.connect(self._recover_help)
        self.stack.addWidget(self.unlock_screen)
        self.current: QWidget | None = None
        self.people: PeopleScreen | None = None
        if self._workspace.exists():
            self.show_unlock()
        else:
            self.show_setup()

    @property
    def workspace(self) -> Workspace:
        """The workspace (built on first use: see startup.py)."""
        return self._workspace.get()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The first screen is on show: now prepare what signing in needs (on a background
        thread), and PySide's `Qt` namespace, which the first screen does without (see
        `widgets.set_by_name`) and every later screen uses."""
        prepare_in_background(self._workspace, self._pack)
        _ = QtCore.Qt  # made on first use, all 94 enums at once

    # ----------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        # Built before the first paint, so without PySide's `Qt` namespace: shortcuts are
        # given with setShortcuts, as setShortcut's overloads would make it (startup.py).
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Intake"))
        self.new_action = QAction(tr("&New referral…"), self)
        self.new_action.setShortcuts([QKeySequence("Ctrl+N")])
        self.new_action.triggered.connect(self.new_referral)
        self.lock_action = QAction(tr("&Lock"), self)
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence("Ctrl+Shift+L")])
        self.lock_action.triggered.connect(self.lock)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        self.blank_action = QAction(tr("Print a &blank form…"), self)
        self.blank_action.triggered.connect(self.print_blank_form)
        self.import_pdf_action = QAction(tr("Import a &filled-in PDF form…"), self)
        self.import_pdf_action.triggered.connect(self.import_filled_pdf)
        for a in (self.new_action, self.lock_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.blank_action)
        file_menu.addAction(self.import_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.admin_menu = bar.addMenu(tr("&Manage"))
        self.admin_actions: dict[str, QAction] = {}
        for key, text, roles in (
            ("returns", tr("&Returns and gaps…"), (Role.ADMIN, Role.MANAGER)),
            ("referrals", tr("Import &referrals…"), (Role.ADMIN, Role.MANAGER)),
            ("users", tr("&Users and roles…"), (Role.ADMIN,)),
            ("backup", tr("&Back up now…"), (Role.ADMIN, Role.MANAGER)),
            ("restore", tr("&Restore from a backup…"), (Role.ADMIN,)),
            ("settings", tr("&Settings…"), (Role.ADMIN,)),
            ("secret", tr("Replace the recovery &secret…"), (Role.ADMIN,)),
        ):
            action = QAction(text, self)
            action.setData(roles)
            action.triggered.connect(lambda _c=False, k=key: self.open_admin(k))
            self.admin_menu.addAction(action)
            self.admin_actions[key] = action
        view_menu = bar.addMenu(tr("&View"))
        size_menu = view_menu.addMenu(tr("&Text size"))
        self.size_group = QActionGroup(self)
        self.size_actions: dict[float, QAction] = {}
        for scale in TEXT_SCALES:
            action = QAction(f"{round(scale * 100)}%", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, sc=scale: self.set_look(scale=sc))
            self.size_group.addAction(action)
            size_menu.addAction(action)
            self.size_actions[scale] = action
        bigger = QAction(tr("&Bigger text"), self)
        bigger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.step_text(+1))
        smaller = QAction(tr("&Smaller text"), self)
        smaller.setShortcuts([QKeySequence("Ctrl+-")])
        smaller.triggered.connect(lambda: self.step_text(-1))
        view_menu.addAction(bigger)
        view_menu.addAction(smaller)
        language_menu = view_menu.addMenu(tr("&Language"))
        self.language_group = QActionGroup(self)
        pseudo = os.environ.get("INTAKE_PSEUDO_LANGUAGES") == "1"
        for language in i18n.available(include_pseudo=pseudo):
            action = QAction(language.name, self)
            action.setCheckable(True)
            action.setChecked(language.code == self.language)
            action.triggered.connect(lambda _c=False, code=language.code: self.set_language(code))
            self.language_group.addAction(action)
            language_menu.addAction(action)
        self.contrast_action = QAction(tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.triggered.connect(lambda on: self.set_look(high_contrast=on))
        view_menu.addAction(self.contrast_action)
        self.password_action = QAction(tr("Change my &password…"), self)
        self.password_action.triggered.connect(lambda: self.open_admin("password"))
        self.admin_menu.addAction(self.password_action)
        help_menu = bar.addMenu(tr("&Help"))
        self.about_action = QAction(about.menu_text(), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self._set_signed_in(False)

    def show_about(self) -> None:
        """Help > About Intake: the version, and which translations are still unchecked."""
        self.about_dialog = about.show_about(self.loaded, self)

    def _set_signed_in(self, signed_in: bool) -> None:
        role = self.session.user.role if self.session is not None else None
        self.new_action.setEnabled(signed_in)
        self.lock_action.setEnabled(signed_in)
        self.blank_action.setEnabled(signed_in)
        self.import_pdf_action.setEnabled(signed_in)
        self.password_action.setEnabled(signed_in)
        # Practice data must never leave as if real, and trainees may reuse real passwords.
        practice_blocked = (
            {"backup", "restore", "secret", "returns", "users"} if self.practice else set()
        )
        for key, action in self.admin_actions.items():
            allowed = signed_in and role in action.data() and key not in practice_blocked
            action.setVisible(allowed)
            action.setEnabled(allowed)
        self.admin_menu.menuAction().setVisible(signed_in)

    @property
    def loaded(self) -> LoadedPack:
        return self._pack.get()

    @property
    def pack(self) -> Pack:
        """The form pack in the screens' language where it has one, else English."""
        return self._pack.get().localised(self.language)

    # ----------------------------------------------------------------- language

    def set_language(self, code: str) -> None:
        """Switch Intake's words (and the form pack's, where translated) while running.

        Screens are rebuilt from what is stored, so an interview reopens on the same step.
        """
        i18n.set_language(code)
        self.language = code
        QSettings().setValue("language", code)
        self.menuBar().clear()
        self._build_menus()
        self._set_signed_in(self.session is not None)
        self.set_look()
        self.setWindowTitle(tr("Intake") + (" — " + tr("practice") if self.practice else ""))
        user = self.unlock_screen.user.text()
        old_unlock = self.unlock_screen
        self.unlock_screen = UnlockScreen(self._workspace)
        self.unlock_screen.unlocked.connect(self.on_unlocked)
        self.unlock_screen.recover_requested.connect(self._recover_help)
        self.unlock_screen.user.setText(user)
        self.stack.addWidget(self.unlock_screen)
        if self.stack.currentWidget() is old_unlock or self.session is None:
            self.stack.setCurrentWidget(self.unlock_screen)
        self.stack.removeWidget(old_unlock)
        old_unlock.deleteLater()
        if self.session is not None:
            session, resume = self.session, self.resume
            self._drop_screens()
            self.session = None
            self.resume = resume
            self.on_unlocked(session)

    # ----------------------------------------------------------------- looks

    def set_look(self, scale: float | None = None, high_contrast: bool | None = None) -> None:
        """Text size (100% to 200%) and contrast, for every screen; remembered."""
        if scale is None:
            scale = self.look.scale
        if high_contrast is None:
            high_contrast = self.look.palette is theme.HIGH_CONTRAST
        palette = theme.HIGH_CONTRAST if high_contrast else theme.CALM
        self.look = theme.Look(palette=palette, scale=scale)
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.surface is None:
            theme.apply(app, self.look)
        self._tick_look()
        settings = QSettings()
        settings.setValue("text_scale", scale)
        settings.setValue("high_contrast", high_contrast)

    def _tick_look(self) -> None:
        """Tick the text size and contrast in the View menu."""
        closest = min(TEXT_SCALES, key=lambda sc: abs(sc - self.look.scale))
        self.size_actions[closest].setChecked(True)
        self.contrast_action.setChecked(self.look.palette is theme.HIGH_CONTRAST)

    def step_text(self, direction: int) -> None:
        scales = list(TEXT_SCALES)
        closest = min(scales, key=lambda sc: abs(sc - self.look.scale))
        index = max(0, min(len(scales) - 1, scales.index(closest) + direction))
        self.set_look(scale=scales[index])

    @staticmethod
    def _remembered_look() -> theme.Look:
        settings = QSettings()
        try:
            scale = float(settings.value("text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            scale = 1.0
        contrast = str(settings.value("high_contrast", "false")).lower() == "true"
        palette = theme.HIGH_CONTRAST if contrast else theme.CALM
        return theme.Look(palette=palette, scale=max(1.0, min(2.0, scale)))

    # ----------------------------------------------------------------- screens

    def _show(self, widget: QWidget) -> None:
        old = self.current
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.current = widget
        if old is not None and old is not widget and old is not self.people:
            self.stack.removeWidget(old)
            old.deleteLater()

    def show_setup(self) -> None:
        from intake.ui.setup import SetupWizard

        wizard = SetupWizard(self._workspace.folder, self._create_workspace)
        wizard.setWindowFlags(QtCore.Qt.WindowType.Widget)
        wizard.created.connect(self._setup_done)
        wizard.restore_requested.connect(self._restore_at_setup)
        wizard.rejected.connect(self.close)
        self._show(wizard)

    def _restore_at_setup(self) -> None:
        """A new computer for an existing service: its backup becomes the workspace."""
        from intake.ui.admin import restore_from

        restore_from(self, first_run=True)

    def _create_workspace(
        self, folder: Path, organisation: str, user: str, name: str, password: str
    ) -> NewWorkspace:
        if folder != self._workspace.folder:
            from intake.app import Workspace

            self._workspace = DeferredWorkspace.of(Workspace(folder, kdf=self.workspace.kdf))
            QSettings().setValue("workspace", str(folder))
        return self.workspace.create(organisation, user, name, password)

    def _setup_done(self, new: NewWorkspace, _folder: Path) -> None:
        self.unlock_screen.workspace = self._workspace
        self.unlock_screen._unlock = self._workspace.unlock
        self.unlock_screen.user.setText(new.session.user.username)
        self.on_unlocked(new.session)

    def show_unlock(self) -> None:
        self._drop_screens()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()

    def on_unlocked(self, session: Session) -> None:
        from intake.forms import FormError

        try:
            self._pack.get()
        except FormError as exc:
            session.lock()
            self.show_unlock()
            tell(
                self,
                tr("The questions could not be loaded"),
                tr(
                    "Intake cannot open records because its form pack has a problem. "
                    "Nothing saved has been touched. Please ask your administrator to run "
                    "'intake forms check'. The first problem is: {0}"
                ).format(exc.problems[0] if exc.problems else ""),
            )
            return
        self.session = session
        self._set_signed_in(True)
        try:
            minutes = session.retention.settings().auto_lock_minutes
        except Exception:
            minutes = DEFAULT_MINUTES
        self.idle.set_minutes(minutes)
        self.idle.start()
        self._watch_activity(True)
        from intake.ui.people import PeopleScreen

        self.people = PeopleScreen(session, self.pack)
        self.people.open_person.connect(self.open_person)
        self.people.new_referral.connect(self.new_referral)
        self.stack.addWidget(self.people)
        resume = self.resume
        self.show_people()
        self.resume = resume
        self._resume()

    def show_people(self) -> None:
        if self.people is None:
            return
        self._show(self.people)
        self.people.search.setFocus()
        self.resume = Resume()

    def open_person(self, person: PersonRecord, journey_id: int | None = None) -> None:
        if self.session is None:
            return
        from intake.ui.person import PersonPage

        try:
            page = PersonPage(self.session, self.pack, person, loaded=self.loaded)
        except Exception as exc:
            tell(self, tr("Open a record"), exc)
            return
        page.closed.connect(self.show_people)
        page.start_interview.connect(lambda j, s, p=person: self.start_interview(p, j, s))
        page.start_self_completion.connect(
            lambda j, s, p=person: self.start_self_completion(p, j, s)
        )
        if journey_id is not None:
            page.load_journeys(select=journey_id)
        self._show(page)
        self.resume = Resume(person.id, journey_id)

    def start_interview(self, person: PersonRecord, journey: JourneyRecord, stage: str) -> None:
        if self.session is None:
            return
        from intake.ui.interview_screen import InterviewScreen

        screen = InterviewScreen(self.session, self.pack, person, journey, stage, self.today)
        screen.left.connect(lambda p=person, j=journey: self.open_person(p, j.id))
        screen.finished_stage.connect(lambda s, j=journey: self._stage_finished(j, s))
        self._show(screen)
        self.resume = Resume(person.id, journey.id, stage)

    def start_self_completion(
        self, person: PersonRecord, journey: JourneyRecord, stage: str
    ) -> None:
        """Hand the laptop over: a separate full-screen surface for this person only."""
        if self.session is None:
            return
        from intake.ui.interview_screen import persist
        from intake.ui.self_completion import (
            FEEDBACK_ID,
            SelfCompletionWindow,
            interview_builder,
        )

        session = self.session
        today = self.today or date.today()
        surface = SelfCompletionWindow(
            self.loaded,
            stage,
            interview_builder(
                self.loaded,
                stage,
                lambda: session.interviews.known_answers(journey.id),
                lambda: session.interviews.mentioned(journey.id),
                lambda: session.interviews.done_steps(journey.id),
                today,
            ),
            lambda events: persist(session, journey, self.pack, events),
            lambda score: session.interviews.record_check_in(
                journey.id,
                CheckIn(stage=stage, checkin_id=FEEDBACK_ID, score=score, declined=score is None),
            ),
        )
        self.surface = surface
        if self.practice:
            surface.mark_practice(PRACTICE_BANNER())
        surface.quick_exit.connect(self._quick_exit)
        surface.finished.connect(lambda p=person, j=journey: self._self_completion_done(p, j))
        self._drop_screens()
        self.resume = Resume(person.id, journey.id, stage, self_completion=True)
        self.hide()
        surface.apply_look()
        if self.kiosk:
            surface.showFullScreen()
        else:
            surface.show()
        surface.activateWindow()

    def _end_surface(self) -> None:
        surface, self.surface = self.surface, None
        if surface is not None:
            surface.hide()
            surface.deleteLater()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.look)

    def _quick_exit(self) -> None:
        """The surface is already hidden; show a neutral screen and lock."""
        from intake.ui.self_completion import NeutralScreen

        self.neutral = NeutralScreen()
        self.neutral.staff_sign_in.connect(self._staff_after_exit)
        self._end_surface()
        self.neutral.showFullScreen() if self.kiosk else self.neutral.show()
        self.lock()

    def _staff_after_exit(self) -> None:
        neutral, self.neutral = self.neutral, None
        if neutral is not None:
            neutral.hide()
            neutral.deleteLater()
        self.show()
        self.unlock_screen.reset()

    def _self_completion_done(self, person: PersonRecord, journey: JourneyRecord) -> None:
        self._end_surface()
        self.resume = Resume(person.id, journey.id)
        self.lock()
        self.show()
        self.unlock_screen.reset(keep_user=True)

    def _stage_finished(self, journey: JourneyRecord, stage: str) -> None:
        """Move the journey on when its current stage is finished."""
        if self.session is None or journey.stage != stage:
            return
        ids = [s.id for s in self.pack.stages]
        if stage in ids and ids.index(stage) + 1 < len(ids):
            try:
                self.session.people.move_to_stage(journey.id, ids[ids.index(stage) + 1])
            except Exception as exc:
                tell(self, tr("Journey"), exc)

    def new_referral(self) -> None:
        if self.session is None:
            return
        from intake.ui.referral import ReferralDialog

        dialog = ReferralDialog(self.session, self)
        if dialog.exec() and dialog.person is not None:
            person = dialog.person
            journey_id = None
            if dialog.is_new:
                try:
                    journey = self.session.people.open_journey(
                        person.id, stage=self.pack.stages[0].id, pack_id=self.pack.id
                    )
                    journey_id = journey.id
                except Exception as exc:
                    tell(self, tr("New referral"), exc)
            self.open_person(person, journey_id)

    def _resume(self) -> None:
        resume, self.resume = self.resume, Resume()
        if self.session is None or resume.person_id is None:
            return
        try:
            person = self.session.people.get(resume.person_id)  # type: ignore[arg-type]
        except Exception:
            return
        if resume.journey_id is not None and resume.stage is not None:
            journey = self.session.people.journey(resume.journey_id)  # type: ignore[arg-type]
            if resume.self_completion:
                self.start_self_completion(person, journey, resume.stage)
            else:
                self.start_interview(person, journey, resume.stage)
        else:
            self.open_person(person, resume.journey_id)

    # ----------------------------------------------------------------- locking

    def _watch_activity(self, on: bool) -> None:
        """The idle lock sees every event of the application, but only while signed in:
        while locked there is nothing for it to do, and start-up goes faster without."""
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self.idle)
        else:
            app.removeEventFilter(self.idle)

    def _drop_screens(self) -> None:
        if self.current is not None and self.current is not self.unlock_screen:
            self.stack.removeWidget(self.current)
            self.current.deleteLater()
        if self.people is not None:
            self.people.clear()
            self.stack.removeWidget(self.people)
            self.people.deleteLater()
        self.current = None
        self.people = None

    def lock(self) -> None:
        """Clear every personal detail from the screen and drop the key."""
        resume = self.resume
        self.idle.stop()
        self._watch_activity(False)
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        self._drop_screens()
        if self.session is not None:
            self.session.lock()
            self.session = None
        self._set_signed_in(False)
        self.resume = resume
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()

    def open_admin(self, what: str) -> None:
        if self.session is None:
            return
        if what == "returns":
            from intake.ui.manager import open_manager

            open_manager(self, self.session, self.loaded)
            return
        if what == "referrals":
            from intake.ui.paper_dialogs import import_referrals

            if import_referrals(self, self.session, self.loaded) is not None:
                self._refresh_current()
            return
        from intake.ui.admin import open_admin

        open_admin(self, self.session, what)

    def print_blank_form(self) -> None:
        from intake.ui.paper_dialogs import print_blank_pack

        print_blank_pack(self, self.loaded)

    def import_filled_pdf(self) -> None:
        if self.session is None:
            return
        from intake.ui.paper_dialogs import import_filled_pdf

        if import_filled_pdf(self, self.session, self.loaded) is not None:
            self._refresh_current()

    def _refresh_current(self) -> None:
        """Show what an import has just recorded."""
        from intake.ui.person import PersonPage

        if isinstance(self.current, PersonPage):
            self.current.refresh_journey()
        elif self.people is not None and self.current is self.people:
            self.people.run_search()

    def _recover_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from intake.ui.recovery import RecoverDialog

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Forgotten password"))
        box.setText(
            tr(
                "Ask your Intake administrator to reset your password. If every "
                "administrator password is lost, an administrator can use the printed "
                "recovery secret to set a new one."
            )
        )
        use = box.addButton(tr("Use the recovery secret…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is use:
            dialog = RecoverDialog(self.workspace, self)
            if dialog.exec() and dialog.done_ok:
                self.unlock_screen.reset()
                tell(self, tr("Recovery"), tr("The new password is set. Please sign in."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.idle.stop()
        self._watch_activity(False)
        self._drop_screens()
        if self.session is not None:
            self.session.lock()
            self.session = None
        event.accept()


def workspace_from(args: argparse.Namespace) -> DeferredWorkspace:
    if getattr(args, "workspace", None):
        return DeferredWorkspace(Path(args.workspace))
    remembered = QSettings().value("workspace")
    return DeferredWorkspace(Path(str(remembered))) if remembered else DeferredWorkspace()


def pack_cache_dir() -> Path | None:
    """Where checked packs are cached (INTAKE_CACHE_DIR overrides; empty turns it off)."""
    chosen = os.environ.get("INTAKE_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    return Path(platformdirs.user_cache_dir("Intake", "Intake")) / "forms"


def load_default_pack() -> LoadedPack:
    from intake.forms.cache import load_pack_cached

    return load_pack_cached(default_forms_dir() / DEFAULT_PACK, pack_cache_dir())


def _run_practice(app: QApplication, args: argparse.Namespace) -> int:
    """`intake --demo`: a throwaway workspace of made-up people, erased on exit."""
    from intake.app.practice import PracticeError, open_practice

    avoid = [Path(args.workspace)] if getattr(args, "workspace", None) else []
    try:
        practice = open_practice(avoid=avoid)
    except PracticeError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return 2
    try:
        window = MainWindow(practice.workspace, load_default_pack, practice=True)
        window.unlock_screen.user.setText(practice.username)
        window.unlock_screen.show_hint(
            tr("Practice workspace. Sign in as {0} with the password: {1}").format(
                practice.username, practice.password
            )
        )
        window.show()
        return int(app.exec())
    finally:
        practice.close()


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Intake")
    app.setApplicationName("Intake")
    app.setDesktopFileName("intake")  # matches the desktop entry's StartupWMClass
    if getattr(args, "demo", False):
        return _run_practice(app, args)
    window = MainWindow(workspace_from(args), load_default_pack)
    window.show()
    return int(app.exec())
