"""A large return is counted in helper processes as well as this one: the figures are
exactly those counted here alone, whatever goes wrong with a helper, and no helper
outlives the session."""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from intake.app import KdfParams, Session, Workspace, counting
from intake.app.counting import PartJob, count_in_parts, helpers_for
from intake.app.demo import DEMO_PASSWORD, DEMO_USER, create_demo, load_core_pack
from intake.app.reporting import Reporting
from intake.app.return_reading import template_questions
from intake.forms import Pack
from intake.returns import Period
from intake.store.reporting import Part

PERIOD = "2026-Q2"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("helpers") / "ws"
    create_demo(folder, 160, kdf=KdfParams.for_tests(), today=date(2026, 7, 20))
    return folder


@pytest.fixture
def session(workspace: Path) -> Iterator[Session]:
    s = Workspace(workspace, kdf=KdfParams.for_tests()).unlock(DEMO_USER, DEMO_PASSWORD)
    try:
        yield s
    finally:
        s.lock()
        counting.stop_helpers()


@pytest.fixture(scope="module")
def pack() -> Pack:
    found = load_core_pack()
    assert found is not None
    return found


def _helpers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.is_alive()]


def test_helpers_give_the_same_return_as_this_process_alone(
    session: Session, pack: Pack, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    alone = Reporting(session, helpers=0)
    template = alone.template("pcc-quarterly", pack)
    period = Period.parse(PERIOD)
    here = alone.count(template, period, pack)
    assert here.tables[0].cells[0][0] > 20  # people supported: a real workload

    with caplog.at_level(logging.WARNING, logger="intake.app.counting"):
        for helpers in (1, 2):
            assert Reporting(session, helpers=helpers).count(template, period, pack) == here
    assert caplog.text == ""  # every part was counted by a helper
    assert _helpers()  # and fresh ones wait for the next job

    steps: list[tuple[int, int]] = []
    shared = Reporting(session, helpers=1).export(
        "pcc-quarterly", PERIOD, tmp_path, pack, lambda d, t: steps.append((d, t))
    )
    assert shared.ret == alone.preview("pcc-quarterly", PERIOD, pack)
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_no_helper_outlives_the_session(workspace: Path, pack: Pack) -> None:
    s = Workspace(workspace, kdf=KdfParams.for_tests()).unlock(DEMO_USER, DEMO_PASSWORD)
    Reporting(s, helpers=1).preview("pcc-quarterly", PERIOD, pack)
    assert _helpers()
    s.lock()
    _gone(_helpers())


def _leaves(helper: multiprocessing.process.BaseProcess, within: float = 1.0) -> bool:
    """Whether the helper leaves within `within` seconds. Polled, not joined: the
    pool's own thread joins its helpers too, and a second join can return early."""
    deadline = time.monotonic() + within
    while helper.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    return not helper.is_alive()


def _wait_for(
    found: Callable[[], list[multiprocessing.process.BaseProcess]],
) -> list[multiprocessing.process.BaseProcess]:
    for _ in range(1000):
        if got := found():
            return got
        time.sleep(0.01)
    raise AssertionError("no helper started")


def _gone(helpers: list[multiprocessing.process.BaseProcess]) -> None:
    """Every one of `helpers` leaves within moments (they are not waited for)."""
    assert not [h for h in helpers if not _leaves(h, 10)]


def _job(session: Session, pack: Pack) -> PartJob:
    reporting = Reporting(session)
    template = reporting.template("pcc-quarterly", pack)
    return PartJob(
        session.store.db.path,
        session.key,
        pack,
        template,
        Period.parse(PERIOD),
        frozenset(template_questions(template, pack)),
        Part(0, 1),
    )


def test_a_part_a_helper_cannot_count_is_counted_here(
    session: Session, pack: Pack, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    job = _job(session, pack)
    here = count_in_parts(job, session.store.db, 0)
    # The helper is sent to a folder with no workspace: it fails, this process does not.
    lost = replace(job, database=tmp_path / "nowhere" / "intake.db")

    with caplog.at_level(logging.WARNING, logger="intake.app.counting"):
        assert count_in_parts(lost, session.store.db, 1) == here

    assert "could not count part 1 (WorkspaceMissingError); counting it here" in caplog.text
    assert session.key.hex() not in caplog.text
    assert "nowhere" not in caplog.text
    assert count_in_parts(job, session.store.db, 1) == here  # helpers still work


def test_a_helper_that_was_killed_changes_nothing(
    session: Session, pack: Pack, caplog: pytest.LogCaptureFixture
) -> None:
    job = _job(session, pack)
    here = count_in_parts(job, session.store.db, 0)
    assert count_in_parts(job, session.store.db, 1) == here
    # Each helper leaves after its one job and a fresh one takes its place: kill that
    # one, waiting for it.
    fresh = _wait_for(lambda: [h for h in _helpers() if not _leaves(h)])
    for helper in fresh:
        helper.kill()
    _gone(fresh)

    with caplog.at_level(logging.WARNING, logger="intake.app.counting"):
        assert count_in_parts(job, session.store.db, 1) == here

    assert "BrokenProcessPool" in caplog.text
    # Until the session locks, everything is counted here (a helper that died once
    # would most likely die again) and no new helper is started.
    assert count_in_parts(job, session.store.db, 1) == here
    assert _helpers() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to hang on")
def test_a_helper_that_hangs_does_not_hang_the_return(
    session: Session,
    pack: Pack,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job = _job(session, pack)
    here = count_in_parts(job, session.store.db, 0)
    # Opening a named pipe to read waits for a writer that never comes.
    fifo = tmp_path / "hangs.db"
    os.mkfifo(fifo)
    monkeypatch.setattr(counting, "HELPER_GRACE", 1.0)
    began = time.monotonic()

    with caplog.at_level(logging.WARNING, logger="intake.app.counting"):
        assert count_in_parts(replace(job, database=fifo), session.store.db, 1) == here

    assert time.monotonic() - began < 30
    assert "could not count part 1 (TimeoutError); counting it here" in caplog.text
    _gone(_helpers())  # the hung helper was ended, not left behind


def test_the_key_is_never_in_a_jobs_description(session: Session, pack: Pack) -> None:
    job = _job(session, pack)
    assert session.key.hex() not in repr(job)
    assert repr(session.key) not in repr(job)
    assert repr(job) == "PartJob(part=0 of 1)"


def test_small_workspaces_and_single_cores_use_no_helpers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(counting, "_cores", lambda: 8)
    assert helpers_for(counting.HELPERS_FROM - 1) == 0
    assert helpers_for(counting.HELPERS_FROM) == counting.MOST_HELPERS
    assert helpers_for(10, wanted=2) == 2  # asked for outright
    monkeypatch.setattr(counting, "_cores", lambda: 2)
    assert helpers_for(10**6) == 1
    monkeypatch.setattr(counting, "_cores", lambda: 1)
    assert helpers_for(10**6) == 0
