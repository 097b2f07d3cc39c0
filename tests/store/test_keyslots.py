"""Keyslots wrap one database key per user; the file is small, atomic and name-blind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.store.errors import KeyslotsCorruptError, RecoverySecretInvalidError, WrongPasswordError
from intake.store.keyslots import KdfParams, Keyslots, new_database_key

CHEAP = KdfParams.for_tests()


def test_each_user_unwraps_the_same_key(tmp_path: Path) -> None:
    key = new_database_key()
    slots = Keyslots()
    slots.set_user(key, 1, "Alex", "first password", CHEAP)
    slots.set_user(key, 2, "casey", "second password", CHEAP)
    slots.set_recovery(key, "AAAAA-BBBBB", CHEAP)
    slots.save(tmp_path / "k.json")
    loaded = Keyslots.load(tmp_path / "k.json")
    assert loaded.unlock_user("alex", "first password") == (1, key)
    assert loaded.unlock_user("Casey ", "second password") == (2, key)
    assert loaded.unlock_recovery("AAAAA-BBBBB") == key
    with pytest.raises(WrongPasswordError):
        loaded.unlock_user("alex", "second password")
    with pytest.raises(RecoverySecretInvalidError):
        loaded.unlock_recovery("AAAAA-BBBBC")


def test_the_file_holds_no_names_keys_or_passwords(tmp_path: Path) -> None:
    key = new_database_key()
    slots = Keyslots()
    slots.set_user(key, 1, "Alexandra", "hunter2 hunter2", CHEAP)
    slots.save(tmp_path / "k.json")
    text = (tmp_path / "k.json").read_text()
    assert "Alexandra" not in text
    assert "alexandra" not in text
    assert "hunter2" not in text
    assert key.hex() not in text
    kdf = json.loads(text)["slots"][0]["kdf"]
    assert kdf == {"time_cost": 1, "memory_kib": 8, "parallelism": 1}


def test_a_slot_moved_to_another_user_does_not_open(tmp_path: Path) -> None:
    key = new_database_key()
    slots = Keyslots()
    slots.set_user(key, 1, "alex", "same password", CHEAP)
    slots.set_user(key, 2, "casey", "same password", CHEAP)
    data = json.loads(slots.to_bytes())
    data["slots"][0]["user_id"], data["slots"][1]["user_id"] = 2, 1
    (tmp_path / "k.json").write_text(json.dumps(data))
    with pytest.raises(WrongPasswordError):
        Keyslots.load(tmp_path / "k.json").unlock_user("alex", "same password")


def test_changing_a_password_replaces_only_that_slot() -> None:
    key = new_database_key()
    slots = Keyslots()
    slots.set_user(key, 1, "alex", "old password", CHEAP)
    slots.set_user(key, 2, "casey", "casey password", CHEAP)
    casey_slot = slots.slots[1]
    slots.set_user(key, 1, "alex", "new password", CHEAP)
    assert casey_slot in slots.slots
    assert slots.unlock_user("alex", "new password") == (1, key)


def test_an_interrupted_save_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    key = new_database_key()
    slots = Keyslots()
    slots.set_user(key, 1, "alex", "old password", CHEAP)
    slots.save(tmp_path / "k.json")
    before = (tmp_path / "k.json").read_bytes()

    def crash(*_: object) -> None:
        raise OSError(5, "simulated crash before rename")

    monkeypatch.setattr(os, "replace", crash)
    slots.set_user(key, 1, "alex", "new password", CHEAP)
    with pytest.raises(Exception, match="could not write"):
        slots.save(tmp_path / "k.json")
    assert (tmp_path / "k.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["k.json"]


@pytest.mark.parametrize(
    "text", ["", "{}", '{"format": 1}', "not json", '{"format": 9, "slots": []}']
)
def test_a_damaged_file_is_reported(tmp_path: Path, text: str) -> None:
    (tmp_path / "k.json").write_text(text)
    with pytest.raises(KeyslotsCorruptError):
        Keyslots.load(tmp_path / "k.json")
