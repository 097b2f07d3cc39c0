"""Practice mode: made-up people in a throwaway, marked folder that never meets real data."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from intake.app import KdfParams, Workspace
from intake.app import practice as practice_module
from intake.app.practice import (
    MARKER_NAME,
    PRACTICE_ORGANISATION,
    Practice,
    PracticeError,
    is_practice_folder,
    is_practice_session,
    open_practice,
    remove_leftover_practice,
)
from intake.forms import Pack, load_pack

FORMS = Path(__file__).resolve().parents[2] / "forms"
KDF = KdfParams.for_tests()
TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(FORMS / "core").pack


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


@pytest.fixture
def real_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this computer's real workspace would be."""
    real = tmp_path / "home" / "Intake"
    monkeypatch.setattr(practice_module, "default_workspace_dir", lambda: real)
    return real


@pytest.fixture
def practice(temp_root: Path, real_workspace: Path, pack: Pack) -> Iterator[Practice]:
    opened = open_practice(6, kdf=KDF, pack=pack, today=TODAY)
    yield opened
    opened.close()


def test_a_practice_workspace_is_made_in_a_new_temporary_folder(
    practice: Practice, temp_root: Path, real_workspace: Path
) -> None:
    assert practice.folder.parent == temp_root.resolve()
    assert practice.folder.name.startswith("intake-practice-")
    assert not practice.folder.is_relative_to(real_workspace)
    assert not real_workspace.exists()
    assert practice.workspace.folder.is_relative_to(practice.folder)
    if os.name == "posix":
        assert practice.folder.stat().st_mode & 0o777 == 0o700  # private to this user


def test_it_holds_the_made_up_people_and_says_it_is_practice(practice: Practice) -> None:
    with practice.unlock() as session:
        assert is_practice_session(session)
        assert session.store.organisation.name() == PRACTICE_ORGANISATION
        assert session.store.people.count() == 6
    marker = (practice.folder / MARKER_NAME).read_text(encoding="utf-8")
    assert "PRACTICE" in marker
    assert "made-up people" in marker
    assert is_practice_folder(practice.folder)
    assert is_practice_folder(practice.workspace.folder)


def test_the_published_credentials_open_it(practice: Practice) -> None:
    session = Workspace(practice.workspace.folder, kdf=KDF).unlock(
        practice.username, practice.password
    )
    session.lock()


def test_a_real_workspace_is_not_practice(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "real", kdf=KDF)
    session = ws.create("Sample Service", "admin", "Sample Admin", "sample passphrase").session
    try:
        assert not is_practice_session(session)
    finally:
        session.lock()
    assert not is_practice_folder(tmp_path / "real")


@pytest.mark.parametrize("how", ["practice.unlock", "workspace.unlock"])
def test_close_locks_its_sessions_and_erases_everything(practice: Practice, how: str) -> None:
    if how == "practice.unlock":
        session = practice.unlock()
    else:  # as the screens do
        session = practice.workspace.unlock(practice.username, practice.password)
    folder = practice.folder
    practice.close()
    assert not session.is_open
    assert not folder.exists()
    assert practice.closed
    practice.close()  # safe to repeat
    with pytest.raises(PracticeError):
        practice.unlock()


def test_it_is_erased_even_if_close_is_never_called(
    temp_root: Path, real_workspace: Path, pack: Pack
) -> None:
    opened = open_practice(1, kdf=KDF, pack=pack, today=TODAY)
    folder = opened.folder
    del opened
    gc.collect()
    assert not folder.exists()


def test_it_will_not_start_inside_the_real_workspace_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pack: Pack
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    monkeypatch.setattr(practice_module, "default_workspace_dir", lambda: real)
    monkeypatch.setattr(tempfile, "tempdir", str(real))
    with pytest.raises(PracticeError, match="inside a real workspace folder"):
        open_practice(1, kdf=KDF, pack=pack, today=TODAY)
    assert list(real.iterdir()) == []


def test_it_will_not_start_around_another_named_workspace(
    temp_root: Path, real_workspace: Path, pack: Pack
) -> None:
    """A real workspace given with --workspace, here inside the temporary folder."""
    with pytest.raises(PracticeError):
        open_practice(1, kdf=KDF, pack=pack, today=TODAY, avoid=[temp_root])
    assert list(temp_root.iterdir()) == []


def test_it_refuses_to_open_a_folder_that_is_not_its_own(
    practice: Practice, tmp_path: Path
) -> None:
    real = tmp_path / "real"
    Workspace(real, kdf=KDF).create("Sample Service", "admin", "A", "sample pass").session.lock()
    with pytest.raises(PracticeError, match="not a practice workspace"):
        Practice(real, "0" * 32, "admin", "sample pass", kdf=KDF)
    with pytest.raises(PracticeError, match="not a practice workspace"):
        Practice(practice.folder, "0" * 32, practice.username, practice.password, kdf=KDF)


def test_close_never_erases_a_folder_whose_marker_has_changed(practice: Practice) -> None:
    marker = practice.folder / MARKER_NAME
    marker.write_text("someone else's folder\n", encoding="utf-8")
    with pytest.raises(PracticeError, match="could not be erased"):
        practice.close()
    assert (practice.workspace.folder / "intake.db").exists()
    marker.unlink()  # tidy up by hand, as a person would
    for path in sorted(practice.folder.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


CRASH = """
import os, sys
from intake.app import KdfParams
from intake.app.practice import open_practice
practice = open_practice(1, kdf=KdfParams.for_tests())
print(practice.folder)
sys.stdout.flush()
os._exit(0)  # no clean-up of any kind, as when the power goes
"""


def _crash_in_practice(temp_root: Path, real_workspace: Path) -> Path:
    env = dict(os.environ, TMPDIR=str(temp_root), TEMP=str(temp_root), TMP=str(temp_root))
    env["XDG_DATA_HOME"] = str(real_workspace.parent)
    run = subprocess.run(
        [sys.executable, "-c", CRASH], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    return Path(run.stdout.strip())


def _age(*folders: Path) -> None:
    old = time.time() - 7200
    for folder in folders:
        os.utime(folder, (old, old))


def test_a_folder_left_by_a_crash_is_removed_by_the_next_practice(
    temp_root: Path, real_workspace: Path, pack: Pack
) -> None:
    crashed = _crash_in_practice(temp_root, real_workspace)
    assert is_practice_folder(crashed)
    _age(crashed)
    with open_practice(1, kdf=KDF, pack=pack, today=TODAY) as fresh:
        assert not crashed.exists()
        assert fresh.folder.exists()


def test_the_sweep_leaves_live_practice_and_unmarked_folders_alone(
    temp_root: Path, real_workspace: Path, pack: Pack
) -> None:
    crashed = _crash_in_practice(temp_root, real_workspace)
    live = open_practice(1, kdf=KDF, pack=pack, today=TODAY)
    unmarked = temp_root / "intake-practice-notours"
    unmarked.mkdir()
    (unmarked / "notes.txt").write_text("not a practice folder", encoding="utf-8")
    young = _crash_in_practice(temp_root, real_workspace)
    _age(crashed, live.folder, unmarked)
    try:
        assert remove_leftover_practice() == [crashed]
        assert live.folder.exists()
        assert unmarked.exists()
        assert young.exists()  # a minute old: perhaps another copy is still making it
        with live.unlock():
            assert remove_leftover_practice() == []
    finally:
        live.close()
    assert remove_leftover_practice(older_than_seconds=0) == [young]
    assert sorted(p.name for p in temp_root.iterdir()) == ["intake-practice-notours"]


def test_a_second_practice_object_cannot_take_over_a_live_folder(
    practice: Practice,
) -> None:
    with pytest.raises(PracticeError, match="already open"):
        Practice(practice.folder, practice._token, practice.username, practice.password)


def test_a_negative_number_of_people_is_refused(temp_root: Path) -> None:
    with pytest.raises(PracticeError):
        open_practice(-1, kdf=KDF)
    assert list(temp_root.iterdir()) == []
