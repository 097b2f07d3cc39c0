"""Caseworker screens: time from pressing Next to the next question painted, with a big
workspace behind it, and cold start to the unlock screen.

Baselines in the same run: repainting a bare label with new text (the least any screen
change can cost), and starting a bare PySide6 window in a fresh process.
Targets: Next-to-painted p95 at most 30 ms with 100k people; cold start ratio at most 1.5.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench._table import Row

OUT = Path(__file__).resolve().parent / "out"


def _workspace(people: int) -> Path:
    from intake.app import KdfParams
    from intake.app.demo import create_demo

    folder = OUT / f"ui-{people}"
    if (folder / "READY").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    create_demo(folder, people, kdf=KdfParams.for_tests(), today=date(2026, 11, 1))
    (folder / "READY").write_text("made by bench_ui\n", encoding="utf-8")
    return folder


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _next_to_paint(folder: Path, steps: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication, QLabel

    from intake.app import JourneyStatus, KdfParams, Workspace
    from intake.app.demo import DEMO_PASSWORD, DEMO_USER
    from intake.interview import Mode, QuestionStep, StageEnd
    from intake.ui import theme
    from intake.ui.editors import ChoiceEditor, DateEditor, ScaleEditor, TextEditor
    from intake.ui.interview_screen import build_interview, persist
    from intake.ui.interview_view import InterviewView
    from intake.ui.main import load_default_pack

    app = QApplication.instance() or QApplication([])
    theme.apply(app, theme.Look())  # type: ignore[arg-type]
    session = Workspace(folder, kdf=KdfParams.for_tests()).unlock(DEMO_USER, DEMO_PASSWORD)
    pack = load_default_pack().pack
    timings: list[float] = []
    try:
        person = session.people.create("Bench", "Person", date(1990, 1, 1))
        for stage in [s.id for s in pack.stages] * 10:
            journey = session.people.open_journey(person.id, stage=stage, pack_id=pack.id)
            assert journey.status is JourneyStatus.OPEN
            iv = build_interview(session, journey, pack, stage, Mode.ASSISTED, date(2026, 11, 1))
            view = InterviewView(iv, lambda events, j=journey: persist(session, j, pack, events))
            view.resize(1100, 700)
            view.show()
            app.processEvents()
            while not isinstance(iv.current(), StageEnd) and len(timings) < steps:
                editor = view.editor
                step = iv.current()
                if isinstance(step, QuestionStep):
                    if isinstance(editor, ChoiceEditor):
                        first = next(iter(editor.buttons))
                        editor.set_value([first] if editor.multiple else first)
                    elif isinstance(editor, DateEditor):
                        editor.set_value("2026-09-01")
                    elif isinstance(editor, ScaleEditor):
                        editor.set_value(3)
                    elif isinstance(editor, TextEditor):
                        editor.set_value("2")
                started = time.perf_counter()
                view.go_next()  # records the answer (committed to disk) and shows the next
                view.repaint()  # painted, synchronously
                timings.append((time.perf_counter() - started) * 1000)
            view.close()
            view.deleteLater()
            app.processEvents()
            if len(timings) >= steps:
                break
    finally:
        session.lock()
    label = QLabel("Question")
    label.resize(1100, 700)
    label.show()
    app.processEvents()
    baseline = []
    for i in range(len(timings)):
        started = time.perf_counter()
        label.setText(f"Question {i}: a new question of about this length, with a why-line.")
        label.repaint()
        baseline.append((time.perf_counter() - started) * 1000)
    label.close()
    return timings, baseline


def _cold(folder: Path, runs: int) -> tuple[float, float]:
    """Median seconds from starting a process to its first painted window: a bare
    window, then Intake's unlock screen.

    The two kinds take turns, so a busy moment on the machine falls on both alike.
    `intake` goes through the `intake` command itself (see `_cold_start.py`), with its
    settings and pack cache in folders of their own, so the person running the bench
    keeps theirs and every run starts from the same settings. Both kinds run with
    compiled bytecode, as an installed Intake does (pip and the frozen build ship it):
    kept under bench/out even where PYTHONDONTWRITEBYTECODE is set, and written by a
    first round that is not counted.
    """
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(OUT / "cold-config"),
        "INTAKE_CACHE_DIR": str(OUT / "cold-cache"),
        "PYTHONPYCACHEPREFIX": str(OUT / "cold-pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {"bare": [], "intake": []}
    for round_ in range(runs + 1):
        for kind in times:
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "bench._cold_start", kind, str(folder)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=Path(__file__).resolve().parent.parent,
                text=True,
            )
            assert proc.stdout is not None
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - started
            proc.wait(timeout=60)
            assert line.startswith("painted"), f"{kind} did not start"
            if round_:
                times[kind].append(elapsed)
    return statistics.median(times["bare"]), statistics.median(times["intake"])


def run(quick: bool) -> list[Row]:
    people = 2_000 if quick else 100_000
    steps = 60 if quick else 300
    folder = _workspace(people)
    timings, baseline = _next_to_paint(folder, steps)
    p95 = _percentile(timings, 95)
    base95 = _percentile(baseline, 95)
    bare, intake = _cold(folder, 7 if quick else 15)
    return [
        Row(
            "ui",
            f"Next to painted, p95 ({people:,} people, {len(timings)} steps)",
            p95,
            "ms",
            baseline=base95,
            target="p95 <= 30 ms",
            ok=p95 <= 30,
        ),
        Row(
            "ui",
            "Next to painted, median",
            statistics.median(timings),
            "ms",
            baseline=statistics.median(baseline),
        ),
        Row(
            "ui",
            "cold start to unlock screen (median)",
            intake,
            "s",
            baseline=bare,
            target="ratio <= 1.5",
            ok=intake / bare <= 1.5,
        ),
    ]
