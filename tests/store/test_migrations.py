"""Migrations: each in one transaction, after a verified backup of existing data."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.store import schema
from intake.store.backup import read_manifest
from intake.store.database import Database
from intake.store.errors import MigrationFailedError, NewerVersionError
from intake.store.schema import LATEST, migrate


def _db(tmp_path: Path) -> tuple[Database, bytes]:
    key = bytes(range(32))
    db = Database.open(tmp_path / "intake.db", key, create=True)
    migrate(db)
    with db.transaction():
        db.execute("INSERT INTO organisation VALUES (1, 'Org', 'now')")
    return db, key


def test_a_new_database_reaches_the_latest_version(tmp_path: Path) -> None:
    db, _ = _db(tmp_path)
    assert db.user_version == LATEST
    assert migrate(db) == 0
    db.close()


def test_an_upgrade_takes_a_verified_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from intake.store.backup import make_backup

    db, key = _db(tmp_path)
    (tmp_path / "keyslots.json").write_text("{}")
    extra = schema._statements("CREATE TABLE extra (x INTEGER)")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, extra])
    monkeypatch.setattr(schema, "LATEST", LATEST + 1)
    target = tmp_path / "backups" / "before"

    def backup() -> None:
        make_backup(db, key, tmp_path / "keyslots.json", target, datetime.now(UTC))

    assert migrate(db, backup_first=backup) == 1
    assert db.user_version == LATEST + 1
    assert read_manifest(target).user_version == LATEST
    assert read_manifest(target).counts["organisation"] == 1
    db.close()


def test_a_failing_migration_leaves_the_previous_version_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = _db(tmp_path)
    broken = schema._statements("CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1)")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "LATEST", LATEST + 1)
    with pytest.raises(MigrationFailedError):
        migrate(db, backup_first=lambda: None)
    assert db.user_version == LATEST
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0
    assert db.scalar("SELECT name FROM organisation") == "Org"
    db.close()


def test_a_database_from_a_newer_intake_is_refused(tmp_path: Path) -> None:
    db, _ = _db(tmp_path)
    db.set_user_version(LATEST + 5)
    with pytest.raises(NewerVersionError):
        migrate(db)
    db.close()


def test_the_connection_uses_the_design_settings(tmp_path: Path) -> None:
    db, _ = _db(tmp_path)
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    db.close()
