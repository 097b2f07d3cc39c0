"""Creating, unlocking and locking a workspace; passwords, users and the recovery key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake.app import Session, Workspace
from intake.domain import Role
from intake.store.errors import (
    LockedError,
    NotPermittedError,
    RecoverySecretInvalidError,
    WorkspaceBusyError,
    WorkspaceExistsError,
    WrongPasswordError,
)
from intake.store.files import Layout
from intake.store.keyslots import Keyslots
from tests.app.conftest import PASSWORD, FakeClock, make_workspace


def test_create_returns_a_readable_recovery_secret(created: tuple[Session, str]) -> None:
    _, secret = created
    groups = secret.split("-")
    assert len(groups) == 5
    assert all(len(g) == 5 for g in groups)


def test_unlock_after_lock_sees_what_was_saved(workspace: Workspace, session: Session) -> None:
    person = session.people.create("Ada", "Example", date(1990, 5, 1))
    session.lock()
    again = workspace.unlock("admin", PASSWORD)
    try:
        assert again.people.get(person.id).reference == person.reference
        assert again.user.role is Role.ADMIN
    finally:
        again.lock()


def test_lock_drops_the_key_and_refuses_work(session: Session) -> None:
    session.lock()
    assert not session.is_open
    with pytest.raises(LockedError):
        session.people.find("Ada")
    with pytest.raises(LockedError):
        _ = session.key


def test_a_second_copy_cannot_open_a_workspace_in_use(
    workspace: Workspace, session: Session
) -> None:
    with pytest.raises(WorkspaceBusyError):
        workspace.unlock("admin", PASSWORD)


def test_creating_over_an_existing_workspace_is_refused(
    workspace: Workspace, session: Session
) -> None:
    session.lock()
    with pytest.raises(WorkspaceExistsError):
        workspace.create("Other", "admin", "Someone", PASSWORD)
    assert workspace.unlock("admin", PASSWORD).lock() is None


def test_ten_wrong_passwords_give_growing_delays_and_the_right_one_still_opens(
    tmp_path: Path, clock: FakeClock
) -> None:
    ws = make_workspace(tmp_path / "ws", clock)
    ws.create("Org", "admin", "Alex", PASSWORD).session.lock()
    before = Layout(tmp_path / "ws").database.read_bytes()
    for _ in range(10):
        with pytest.raises(WrongPasswordError) as err:
            ws.unlock("admin", "not the password")
        assert "do not match" in str(err.value)
    # Delays before tries 2..10: each longer than the last (until the cap).
    assert len(clock.slept) == 9
    assert all(b > a for a, b in zip(clock.slept, clock.slept[1:], strict=False))
    # A restart (a new Workspace object) remembers the count.
    restarted = make_workspace(tmp_path / "ws", clock)
    assert restarted.throttle.remaining() > 0
    assert Layout(tmp_path / "ws").database.read_bytes() == before
    session = restarted.unlock("admin", PASSWORD)
    assert clock.slept[-1] >= 256  # it waited out the long delay first
    try:
        assert session.people.find("anyone") == []
    finally:
        session.lock()
    assert restarted.throttle.remaining() == 0


def test_an_unknown_user_name_is_the_same_message(workspace: Workspace, session: Session) -> None:
    session.lock()
    with pytest.raises(WrongPasswordError) as err:
        workspace.unlock("nobody", PASSWORD)
    assert "do not match" in str(err.value)


def test_users_added_reset_and_removed_without_touching_the_key(
    workspace: Workspace, session: Session
) -> None:
    key = session.key
    cw = session.users.add("casey", "Casey Worker", Role.CASEWORKER, "casey's password 1")
    session.users.reset_password(cw.id, "a brand new password")
    session.lock()
    with pytest.raises(WrongPasswordError):
        workspace.unlock("casey", "casey's password 1")
    casey = workspace.unlock("casey", "a brand new password")
    assert casey.key == key
    with pytest.raises(NotPermittedError):
        casey.users.add("x", "X", Role.ADMIN, "another password")
    casey.users.change_own_password("a brand new password", "caseys own password")
    casey.lock()
    admin = workspace.unlock("admin", PASSWORD)
    admin.users.disable(cw.id)
    admin.lock()
    with pytest.raises(WrongPasswordError):
        workspace.unlock("casey", "caseys own password")
    slots = Keyslots.load(workspace.layout.keyslots)
    assert not slots.has_user(cw.id)


def test_the_recovery_key_resets_a_forgotten_password(
    workspace: Workspace, created: tuple[Session, str]
) -> None:
    session, secret = created
    session.lock()
    typed = secret.lower().replace("-", " ").replace("0", "o")
    workspace.recover(typed, "admin", "remembered this time")
    again = workspace.unlock("admin", "remembered this time")
    again.lock()


def test_a_mistyped_recovery_key_is_caught_by_its_check_character(
    workspace: Workspace, created: tuple[Session, str]
) -> None:
    session, secret = created
    session.lock()
    chars = list(secret)
    chars[3] = "7" if chars[3] != "7" else "8"
    with pytest.raises(RecoverySecretInvalidError):
        workspace.recover("".join(chars), "admin", "remembered this time")
    assert workspace.unlock("admin", PASSWORD).lock() is None


def test_a_new_recovery_key_replaces_the_old(
    workspace: Workspace, created: tuple[Session, str]
) -> None:
    session, old = created
    new = session.users.new_recovery_secret()
    session.lock()
    with pytest.raises(RecoverySecretInvalidError):
        workspace.recover(old, "admin", "whatever password")
    workspace.recover(new, "admin", "whatever password")


def test_the_default_kdf_meets_owasp_minimum() -> None:
    from intake.store.keyslots import KdfParams

    d = KdfParams.default()
    assert d.memory_kib >= 19 * 1024
    assert d.time_cost >= 2
    assert Workspace().kdf == d
