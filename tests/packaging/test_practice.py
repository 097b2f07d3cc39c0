"""Practice mode: made-up people in a throwaway, marked folder that never meets real data."""

from __future__ import annotations

import gc
import os
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
from intake.store.files import WorkspaceLock

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


def test_close_locks_its_sessions_and_erases_everything(practice: Practice) -> None:
    session = practice.unlock()
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


def test_leftovers_from_a_crash_are_removed_but_nothing_else(
    temp_root: Path, real_workspace: Path, pack: Pack
) -> None:
    crashed = open_practice(1, kdf=KDF, pack=pack, today=TODAY)
    crashed._finalizer.detach()  # as if the process had been killed
    in_use = open_practice(1, kdf=KDF, pack=pack, today=TODAY)
    in_use._finalizer.detach()
    lock = WorkspaceLock(in_use.workspace.layout.lock)
    lock.acquire()
    unmarked = temp_root / "intake-practice-notours"
    unmarked.mkdir()
    (unmarked / "notes.txt").write_text("not a practice folder", encoding="utf-8")
    old = time.time() - 7200
    for folder in (crashed.folder, in_use.folder, unmarked):
        os.utime(folder, (old, old))
    try:
        removed = remove_leftover_practice(older_than_seconds=3600)
    finally:
        lock.release()
    assert removed == [crashed.folder]
    assert not crashed.folder.exists()
    assert in_use.folder.exists()
    assert unmarked.exists()
    assert remove_leftover_practice(older_than_seconds=3600) == [in_use.folder]


def test_a_negative_number_of_people_is_refused(temp_root: Path) -> None:
    with pytest.raises(PracticeError):
        open_practice(-1, kdf=KDF)
    assert list(temp_root.iterdir()) == []
