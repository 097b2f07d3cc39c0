"""The workspace commands: passwords from a prompt or stdin only, plain errors, exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from intake.app import Session, Workspace
from intake.cli import main
from tests.app.conftest import PASSWORD

INTAKE = [sys.executable, "-c", "import sys; from intake.cli import main; sys.exit(main())"]


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


@pytest.fixture
def closed(workspace: Workspace, session: Session) -> Path:
    session.people.create("Ann", "Example", None)
    session.lock()
    return workspace.folder


def test_password_stdin_signs_in_from_a_real_pipe(closed: Path) -> None:
    done = subprocess.run(
        [
            *INTAKE,
            "audit",
            "verify",
            "--workspace",
            str(closed),
            "--user",
            "admin",
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "audit trail is whole" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr


def test_a_password_is_never_an_argument(closed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        _run(monkeypatch, ["audit", "verify", "--workspace", str(closed), "--password", PASSWORD])


def test_audit_verify_exit_codes(
    closed: Path,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["audit", "verify", "--workspace", str(closed), "--user", "admin", "--password-stdin"]
    assert _run(monkeypatch, args, PASSWORD + "\n") == 0
    session = workspace.unlock("admin", PASSWORD)
    with session.store.db.transaction():
        session.store.db.execute("UPDATE audit SET user_id = 99 WHERE id = 2")
    session.lock()
    assert _run(monkeypatch, args, PASSWORD + "\n") == 1
    assert "entry 2 does not match" in capsys.readouterr().out
    assert _run(monkeypatch, args, "wrong password\n") == 2
    err = capsys.readouterr().err
    assert "do not match" in err
    assert "Traceback" not in err


def test_the_global_workspace_option_also_works(
    closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["--workspace", str(closed), "audit", "verify", "--user", "admin", "--password-stdin"]
    assert _run(monkeypatch, args, PASSWORD + "\n") == 0


def test_a_missing_workspace_is_a_sentence_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["backup", "--workspace", str(tmp_path / "none"), "--user", "a", "--password-stdin"]
    assert _run(monkeypatch, args, "x\n") == 2
    err = capsys.readouterr().err
    assert "no Intake workspace" in err
    assert "workspace-missing" in err


def test_backup_and_restore_commands(
    closed: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign = ["--workspace", str(closed), "--user", "admin", "--password-stdin"]
    assert _run(monkeypatch, ["backup", *sign, "--to", str(tmp_path / "b")], PASSWORD + "\n") == 0
    assert "checked" in capsys.readouterr().out
    assert _run(monkeypatch, ["restore", *sign, str(tmp_path / "b")], PASSWORD + "\n") == 0
    assert "kept in" in capsys.readouterr().out


def test_users_add_then_sign_in_as_them(closed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sign = ["--workspace", str(closed), "--user", "admin", "--password-stdin"]
    stdin = f"{PASSWORD}\ncasey's long password\n"
    assert _run(monkeypatch, ["users", "add", "casey", "--role", "caseworker", *sign], stdin) == 0
    verify = ["audit", "verify", "--workspace", str(closed), "--user", "casey", "--password-stdin"]
    assert _run(monkeypatch, verify, "casey's long password\n") == 0


def test_demo_prints_a_user_and_password_that_open_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    assert _run(monkeypatch, ["demo", "--people", "40", "--workspace", str(folder)]) == 0
    out = capsys.readouterr().out
    user = out.split("User: ")[1].splitlines()[0]
    password = out.split("Password: ")[1].splitlines()[0]
    session = Workspace(folder).unlock(user, password)
    try:
        assert session.store.people.count() == 40
        assert session.store.journeys.count() >= 40
        assert session.backups.verify_audit().ok
    finally:
        session.lock()
