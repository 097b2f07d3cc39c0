"""`intake --self-test`: does this install of Intake work, end to end?

Run after installing (and by CI on every built package) to show that the parts a frozen
build most often loses are present and work together: the bundled form pack, SQLCipher
and Argon2 (a real encrypted workspace is created, locked and unlocked), the interview
engine, saving an answer through the app layer, and the bundled fonts (one PDF page).

Everything happens in a new temporary folder holding one made-up person, which is erased
before the report is printed; the real workspace is never opened or looked for. Problems
are reported as one plain sentence and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from intake import __version__
from intake.app import KdfParams, Session, StoreError, Workspace
from intake.domain import JourneyId
from intake.forms import FormError, LoadedPack, load_pack
from intake.interview import AnswerGiven, Interview, QuestionStep, ResultKind, StepDone
from intake.paper import PaperError, PaperOptions, render_stage
from intake.paths import default_forms_dir

PACK_FOLDER = "core"
RETURN_TEMPLATE = "pcc-quarterly"
STAGE = "referral"
USERNAME = "self-test"
# Made up for this check only; the workspace it protects is erased within seconds.
PASSWORD = "self-test only - made-up data"

T = TypeVar("T")

Check = tuple[str, Callable[[], None]]
"""An extra check from a layer above (e.g. the desktop screens): a name and a callable
that raises with a plain message when something is wrong."""


class SelfTestError(Exception):
    """One check did not pass; the message says what, in plain words."""


@dataclass
class _Run:
    """State shared by the checks of one self-test run."""

    folder: Path
    loaded: LoadedPack | None = None
    session: Session | None = None
    journey: JourneyId | None = None
    question_id: str = ""
    value: object = None


def run_self_test(extra_checks: Sequence[Check] = (), out: TextIO | None = None) -> int:
    """Run every check, print a short report and return 0 if all passed, else 1.

    `extra_checks` run after the built-in ones (the UI can add "the screens start").
    The report goes to `out` (standard output by default).
    """
    stream = out if out is not None else sys.stdout
    started = time.perf_counter()
    _say(stream, f"Intake {__version__} self-test")
    try:
        folder = Path(tempfile.mkdtemp(prefix="intake-self-test-"))
    except OSError as exc:
        _say(stream, f"  FAILED  temporary folder: {exc.strerror or 'could not be made'}.")
        return _verdict(stream, ok=False)
    run = _Run(folder)
    checks: list[Check] = [
        ("form pack loaded", lambda: _load_pack(run)),
        ("encrypted workspace created, locked and unlocked", lambda: _workspace(run)),
        ("one interview step answered and saved", lambda: _interview_step(run)),
        ("saved answer read back after signing in again", lambda: _read_back(run)),
        ("one PDF page printed with the bundled fonts", lambda: _paper(run)),
        ("a return counted in a helper process", lambda: _helper(run)),
        *extra_checks,
    ]
    ok = True
    try:
        for name, check in checks:
            if not _attempt(stream, name, check):
                ok = False
                break
    finally:
        ok = _attempt(stream, "temporary files removed", lambda: _clean_up(run)) and ok
    total = time.perf_counter() - started
    if ok:
        _say(stream, f"All checks passed in {total:.1f} s.")
    return _verdict(stream, ok=ok)


def _attempt(stream: TextIO, name: str, check: Callable[[], None]) -> bool:
    began = time.perf_counter()
    try:
        check()
    except Exception as exc:  # every failure becomes one plain line, never a traceback
        _say(stream, f"  FAILED  {name}: {_plain(exc)}")
        return False
    _say(stream, f"  ok      {name} ({time.perf_counter() - began:.1f} s)")
    return True


def _plain(exc: Exception) -> str:
    if isinstance(exc, SelfTestError | StoreError):
        return str(exc)
    if isinstance(exc, PaperError):
        return exc.message
    if isinstance(exc, FormError):
        first = exc.problems[0] if exc.problems else "unknown problem"
        return f"the bundled form pack has problems ({len(exc.problems)}), first: {first}"
    if isinstance(exc, ImportError):
        return f"a part of Intake is missing from this install ({exc.name or exc})."
    if isinstance(exc, OSError):
        return f"a file could not be used: {exc.strerror or exc}."
    return f"{type(exc).__name__}: {exc}"


def _verdict(stream: TextIO, *, ok: bool) -> int:
    if ok:
        return 0
    _say(stream, "The self-test failed. Intake may not work properly on this computer.")
    _say(stream, "Please send this report to whoever installed Intake for your service.")
    return 1


def _say(stream: TextIO, line: str) -> None:
    # A windowed build on Windows may have no console at all; the exit code still counts.
    with contextlib.suppress(OSError, ValueError):
        print(line, file=stream, flush=True)


# --- the checks -----------------------------------------------------------------------


def _load_pack(run: _Run) -> None:
    folder = default_forms_dir() / PACK_FOLDER
    if not folder.is_dir():
        raise SelfTestError(f"the form packs are missing (looked in {folder}).")
    run.loaded = load_pack(folder)


def _workspace(run: _Run) -> None:
    # The cheap test KDF is deliberate: this checks that Argon2, AES-GCM and SQLCipher are
    # present and agree, not how slow guessing a password is. The workspace holds one
    # made-up person and is erased seconds later, and the default cost (128 MiB per
    # derivation, twice here) would make the check slow and memory-hungry on an old laptop.
    ws = Workspace(run.folder / "workspace", kdf=KdfParams.for_tests())
    ws.create("Self-test (made-up data)", USERNAME, "Self-test", PASSWORD).session.lock()
    run.session = ws.unlock(USERNAME, PASSWORD)
    if not (run.folder / "workspace" / "intake.db").is_file():
        raise SelfTestError("the workspace database was not written.")


def _interview_step(run: _Run) -> None:
    session, loaded = _need(run.session), _need(run.loaded)
    pack = loaded.pack
    person = session.people.create("Sample", "Person", date(1990, 1, 1))
    journey = session.people.open_journey(person.id, pack_id=pack.id)
    run.journey = journey.id
    interview = Interview(
        pack, STAGE, session.interviews.known_answers(journey.id), today=date.today()
    )
    step = interview.current()
    for _ in range(50):  # past the introduction and explanation to the first question
        if isinstance(step, QuestionStep) or interview.is_finished:
            break
        step = interview.next()
    if not isinstance(step, QuestionStep):
        raise SelfTestError(f"the '{STAGE}' stage has no question to ask.")
    value = _sample_value(step)
    result = interview.answer(value)
    if result.kind is not ResultKind.OK:
        raise SelfTestError(f"the interview did not accept a sample answer ({result.code}).")
    saved = 0
    for event in interview.take_events():
        if isinstance(event, AnswerGiven):
            session.interviews.record_answer(journey.id, event.answer, pack)
            saved += 1
        elif isinstance(event, StepDone):
            session.interviews.mark_done(journey.id, event.key)
    if saved != 1:
        raise SelfTestError(f"the interview gave {saved} answers to save, not 1.")
    run.question_id, run.value = step.question.id, value


def _sample_value(step: QuestionStep) -> object:
    if not step.choices:
        return "Self-test answer"
    first = step.choices[0].value
    return [first] if step.question.type == "multiple_choice" else first


def _read_back(run: _Run) -> None:
    session, journey = _need(run.session), _need(run.journey)
    folder = session.layout.folder
    session.lock()
    run.session = None
    run.session = Workspace(folder, kdf=KdfParams.for_tests()).unlock(USERNAME, PASSWORD)
    known = run.session.interviews.known_answers(journey)
    answer = known.get(run.question_id)
    if answer is None:
        raise SelfTestError("the saved answer was not there after signing in again.")
    if answer.value != run.value:
        raise SelfTestError("the saved answer came back different.")


def _paper(run: _Run) -> None:
    pdf = render_stage(_need(run.loaded), STAGE, PaperOptions())
    if not pdf.startswith(b"%PDF"):
        raise SelfTestError("the printed form is not a PDF.")
    if b"/Type /Page" not in pdf and b"/Type/Page" not in pdf:
        raise SelfTestError("the printed form has no pages.")


def _helper(run: _Run) -> None:
    from intake.app.counting import HelperError, count_in_helper
    from intake.app.reporting import Reporting

    session, pack = _need(run.session), _need(run.loaded).pack
    reporting = Reporting(session, helpers=0)
    template = reporting.template(RETURN_TEMPLATE, pack)
    today = date.today()
    period = reporting.period(f"{today.year}-Q{(today.month - 1) // 3 + 1}", template)
    try:
        there = count_in_helper(reporting.job(template, period, pack))
    except HelperError as exc:
        raise SelfTestError(f"{exc}; returns will be counted more slowly.") from None
    if there != reporting.count(template, period, pack):
        raise SelfTestError("a return counted in a helper process came out different.")


def _clean_up(run: _Run) -> None:
    if run.session is not None:
        run.session.lock()
        run.session = None
    for attempt in range(5):
        try:
            shutil.rmtree(run.folder)
            break
        except FileNotFoundError:
            break
        except OSError:
            if attempt == 4:
                raise SelfTestError(
                    f"could not erase {run.folder} (it holds only made-up data; delete it by hand)."
                ) from None
            time.sleep(0.2)  # Windows may hold a just-closed file for a moment
    if run.folder.exists():
        raise SelfTestError(f"{run.folder} is still there after erasing it.")


def _need(value: T | None) -> T:
    if value is None:
        raise SelfTestError("an earlier check did not finish.")
    return value
