"""Crashes lose nothing reported saved: kill -9 at random moments, and a disk that fills.

Each child is forked from the test process (so it starts in milliseconds), unlocks the
workspace once with cheap key stretching, then records answers continuously, printing
each id only after `record_answer` has returned. The parent kills it at a random moment,
then checks every printed id is on disk and both integrity checks pass.
"""

from __future__ import annotations

import os
import random
import resource
import select
import signal
import time
from pathlib import Path

import pytest

from intake.app import Session
from intake.domain import Answer, AnswerStatus, JourneyId, Scope, Source
from intake.store.answers import Answers
from intake.store.database import Database
from intake.store.errors import StoreError
from tests.app.conftest import PASSWORD, make_workspace

KILLS = 220


def _prepare(tmp_path: Path) -> tuple[Path, bytes, JourneyId]:
    folder = tmp_path / "ws"
    ws = make_workspace(folder)
    session = ws.create("Org", "admin", "Alex", PASSWORD).session
    person = session.people.create("Crash", "Test", None)
    journey = session.people.open_journey(person.id)
    key = session.key
    session.lock()
    return folder, key, journey.id


def _child_writes(folder: Path, journey: JourneyId, out: int, value_size: int = 20) -> None:
    session: Session = make_workspace(folder).unlock("admin", PASSWORD)
    n = 0
    while True:
        n += 1
        answer = Answer(
            f"q{n % 40}", "x" * value_size, AnswerStatus.ANSWERED, Source.ASSISTED, "referral"
        )
        try:
            aid = session.interviews.record_answer(journey, answer, scope=Scope.JOURNEY)
        except StoreError as err:
            os.write(out, f"error {err.code}\n".encode())
            return
        os.write(out, f"{aid}\n".encode())


def _fork(fn: object, *args: object) -> tuple[int, int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(r)
        try:
            fn(*args, w)  # type: ignore[operator]
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def _read_all(fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    text = b"".join(chunks).decode()
    # Only whole lines count: a line cut by the kill was never reported.
    return text.split("\n")[:-1]


def _check(folder: Path, key: bytes, saved: set[int]) -> None:
    db = Database.open(folder / "intake.db", key)
    try:
        assert db.integrity_problems(full=True) == []
        assert Answers(db).ids_present(sorted(saved)) == saved
    finally:
        db.close()


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_no_saved_answer(tmp_path: Path) -> None:
    folder, key, journey = _prepare(tmp_path)
    rng = random.Random(20260101)
    saved: set[int] = set()
    started = time.monotonic()
    for i in range(KILLS):
        pid, fd = _fork(_child_writes, folder, journey)
        if i % 5 == 0:
            time.sleep(rng.uniform(0, 0.02))  # sometimes mid-unlock
        else:
            select.select([fd], [], [], 5.0)  # wait for the first saved answer
            time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines = _read_all(fd)
        assert not any(line.startswith("error") for line in lines), lines
        saved |= {int(line) for line in lines}
        _check(folder, key, saved)
    assert len(saved) > KILLS  # the children really were writing between kills
    assert time.monotonic() - started < 90
    session = make_workspace(folder).unlock("admin", PASSWORD)
    try:
        assert session.backups.verify_audit().ok
    finally:
        session.lock()


def _child_fills_disk(folder: Path, journey: JourneyId, out: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
    # Room for a few dozen long answers: each one also rewrites the journey's answer
    # sheet (which holds the latest of all 40), so the write-ahead log grows quickly.
    limit = (folder / "intake.db").stat().st_size + 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    _child_writes(folder, journey, out, value_size=3000)


def test_a_full_disk_gives_a_clear_error_and_keeps_what_was_saved(tmp_path: Path) -> None:
    folder, key, journey = _prepare(tmp_path)
    pid, fd = _fork(_child_fills_disk, folder, journey)
    os.waitpid(pid, 0)
    lines = _read_all(fd)
    # A file-size limit fails writes with EFBIG, which SQLite reports as an I/O error
    # (a full disk, ENOSPC, is "disk-full"); either way the message says what to do.
    assert lines[-1] in ("error disk-error", "error disk-full")
    saved = {int(line) for line in lines[:-1]}
    assert len(saved) > 10
    _check(folder, key, saved)
    # And the workspace opens normally afterwards.
    session = make_workspace(folder).unlock("admin", PASSWORD)
    session.lock()


def _mount_small_disk(path: Path) -> bool:
    import subprocess

    if os.geteuid() != 0:
        return False
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(path)], capture_output=True
    )
    return done.returncode == 0


def _record_until_it_fails(session: Session, journey: JourneyId, saved: list[int]) -> None:
    for n in range(100_000):
        answer = Answer(f"q{n}", "y" * 4000, AnswerStatus.ANSWERED, Source.SELF, "r")
        saved.append(session.interviews.record_answer(journey, answer))


def test_a_really_full_disk_says_disk_full_and_keeps_everything(tmp_path: Path) -> None:
    import subprocess

    disk = tmp_path / "small-disk"
    if not _mount_small_disk(disk):
        pytest.skip("needs root and tmpfs to make a small disk")
    try:
        ws = make_workspace(disk / "ws")
        session = ws.create("Org", "admin", "Alex", PASSWORD).session
        journey = session.people.open_journey(session.people.create("Full", "Disk", None).id)
        filler = disk / "filler"
        filler.write_bytes(b"\0" * 512 * 1024)  # to free later, as a person would
        saved: list[int] = []
        with pytest.raises(StoreError) as err:
            _record_until_it_fails(session, journey.id, saved)
        assert err.value.code == "disk-full"
        assert "disk is full" in str(err.value)
        session.lock()
        filler.unlink()
        again = ws.unlock("admin", PASSWORD)
        try:
            assert again.store.answers.ids_present(saved) == set(saved)
            assert again.store.db.integrity_problems(full=True) == []
        finally:
            again.lock()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
