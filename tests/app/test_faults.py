"""Missing, damaged, read-only and full workspaces: a clear error, and no data lost."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from intake.app import Session, Workspace
from intake.store.database import translate
from intake.store.errors import (
    DatabaseCorruptError,
    DiskFullError,
    ErrorCode,
    KeyslotsCorruptError,
    StoreError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
)
from tests.app.conftest import PASSWORD, make_workspace


def _closed_workspace(tmp_path: Path) -> tuple[Workspace, Path]:
    ws = make_workspace(tmp_path / "ws")
    s = ws.create("Org", "admin", "Alex", PASSWORD).session
    for i in range(200):
        s.people.create("Person", f"Number{i}", date(1990, 1, 1 + i % 28))
    s.lock()
    return ws, ws.layout.database


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _assert_plain_message(err: StoreError) -> None:
    text = str(err)
    assert text.endswith(".")
    assert "Traceback" not in text
    assert err.what_to_do


def test_an_empty_folder_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceMissingError) as err:
        make_workspace(tmp_path / "nothing-here").unlock("admin", PASSWORD)
    assert err.value.code is ErrorCode.WORKSPACE_MISSING
    _assert_plain_message(err.value)


def test_a_missing_key_file_says_so_and_keeps_the_database(tmp_path: Path) -> None:
    ws, db = _closed_workspace(tmp_path)
    ws.layout.keyslots.unlink()
    before = db.read_bytes()
    with pytest.raises(KeyslotsCorruptError) as err:
        ws.unlock("admin", PASSWORD)
    _assert_plain_message(err.value)
    assert db.read_bytes() == before


def test_a_damaged_key_file_says_so(tmp_path: Path) -> None:
    ws, _ = _closed_workspace(tmp_path)
    ws.layout.keyslots.write_text('{"format": 1, "slots": [trunc')
    with pytest.raises(KeyslotsCorruptError):
        ws.unlock("admin", PASSWORD)


@pytest.mark.parametrize("damage", ["flip_page", "truncate", "zero_header"])
def test_a_damaged_database_is_reported_and_not_overwritten(tmp_path: Path, damage: str) -> None:
    ws, db = _closed_workspace(tmp_path)
    data = bytearray(db.read_bytes())
    if damage == "flip_page":
        data[4096 * 3 + 100] ^= 0x55
    elif damage == "truncate":
        data = data[: len(data) // 2 + 123]
    else:
        data[0:16] = bytes(16)
    db.write_bytes(bytes(data))
    before = _snapshot(ws.layout.folder)
    with pytest.raises(DatabaseCorruptError) as err:
        ws.unlock("admin", PASSWORD)
    _assert_plain_message(err.value)
    after = _snapshot(ws.layout.folder)
    assert after["intake.db"] == before["intake.db"]
    assert after["keyslots.json"] == before["keyslots.json"]


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Make a folder truly read-only, also for root (chattr +i), then put it back."""
    paths = [folder, *folder.iterdir()]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a folder read-only")
        try:
            subprocess.run(["chattr", "+i", *map(str, paths)], check=True, capture_output=True)
        except subprocess.CalledProcessError:
            pytest.skip("this file system does not support immutable files")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
    else:
        modes = {p: p.stat().st_mode for p in paths}
        for p in paths:
            p.chmod(stat.S_IREAD | (stat.S_IEXEC if p.is_dir() else 0))
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


def test_a_read_only_workspace_says_so_and_changes_nothing(tmp_path: Path) -> None:
    ws, _ = _closed_workspace(tmp_path)
    before = _snapshot(ws.layout.folder)
    with _read_only(ws.layout.folder):
        with pytest.raises(WorkspaceReadOnlyError) as err:
            ws.unlock("admin", PASSWORD)
        _assert_plain_message(err.value)
    assert _snapshot(ws.layout.folder) == before
    s = ws.unlock("admin", PASSWORD)
    try:
        assert len(s.people.find("person")) == 50
    finally:
        s.lock()


def test_sqlite_errors_become_plain_store_errors() -> None:
    from sqlcipher3 import dbapi2  # the layer rule allows tests to reach the driver

    assert isinstance(translate(dbapi2.OperationalError("database or disk is full")), DiskFullError)
    assert isinstance(
        translate(dbapi2.DatabaseError("file is not a database")), DatabaseCorruptError
    )
    assert isinstance(
        translate(dbapi2.OperationalError("attempt to write a readonly database")),
        WorkspaceReadOnlyError,
    )
    assert translate(dbapi2.OperationalError("no such table: nothing")) is None


def test_a_locked_session_is_still_locked_after_a_failed_write(session: Session) -> None:
    """A statement error inside a transaction rolls back and leaves the session usable."""
    person = session.people.create("Ann", "Example", None)
    with pytest.raises(StoreError), session.store.db.transaction():
        session.store.people.insert(
            "Dup", "Ref", None, None, session.now(), reference=person.reference
        )
    assert [p.id for p in session.people.find("ann")] == [person.id]
    assert session.people.find("dup") == []


def test_large_workspaces_get_the_light_check_on_unlock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import intake.app.workspace as workspace_module
    from intake.store.database import Database

    ws, _ = _closed_workspace(tmp_path)
    seen: list[str] = []
    monkeypatch.setattr(workspace_module, "AUTO_QUICK_LIMIT", 0)
    monkeypatch.setattr(Database, "light_problems", lambda self: seen.append("light") or [])
    monkeypatch.setattr(
        Database, "integrity_problems", lambda self, full=True: seen.append("quick") or []
    )
    ws.unlock("admin", PASSWORD).lock()
    assert seen == ["light"]
    monkeypatch.setattr(workspace_module, "AUTO_QUICK_LIMIT", 10**12)
    ws.unlock("admin", PASSWORD).lock()
    assert seen == ["light", "quick"]


def test_the_light_check_reads_every_table(tmp_path: Path) -> None:
    from intake.app.workspace import IntegrityLevel
    from intake.store.keyslots import KdfParams

    ws, _ = _closed_workspace(tmp_path)
    light = Workspace(ws.folder, kdf=KdfParams.for_tests(), integrity=IntegrityLevel.LIGHT)
    s = light.unlock("admin", PASSWORD)
    try:
        assert s.store.db.light_problems() == []
    finally:
        s.lock()
