"""The demo workspace: realistic spread, the core pack's ids, repeatable for a seed."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from intake.app import KdfParams, Workspace
from intake.app.demo import DEMO_PASSWORD, DEMO_USER, create_demo, load_core_pack
from intake.forms import Pack


def test_the_demo_spreads_people_across_stages_with_every_kind_of_record(tmp_path: Path) -> None:
    pack = load_core_pack()
    result = create_demo(tmp_path / "d", 300, kdf=KdfParams.for_tests(), today=date(2026, 6, 1))
    counts = result.counts
    assert counts["people"] == 300
    assert 380 <= counts["journeys"] <= 520
    for table in ("answers", "consent_events", "check_ins", "rights"):
        assert counts[table] > 0, table
    session = Workspace(tmp_path / "d").unlock(DEMO_USER, DEMO_PASSWORD)
    try:
        db = session.store.db
        stages = Counter(r[0] for r in db.all("SELECT stage FROM journeys"))
        assert len(stages) >= 4
        statuses = {r[0] for r in db.all("SELECT DISTINCT status FROM answers")}
        assert statuses == {"answered", "prefer_not_to_say", "ask_later"}
        assert db.scalar("SELECT count(*) FROM consent_events WHERE given = 0") > 0
        assert db.scalar("SELECT count(*) FROM journeys WHERE status = 'closed'") > 0
        oldest = db.scalar("SELECT min(opened_on) FROM journeys")
        assert oldest >= "2024-11-01"
        if isinstance(pack, Pack):
            ids = {q.id for q in pack.questions()}
            used = {r[0] for r in db.all("SELECT DISTINCT question_id FROM answers")}
            assert used <= ids
    finally:
        session.lock()


def test_the_same_seed_gives_the_same_people(tmp_path: Path) -> None:
    names = []
    for n in (1, 2):
        create_demo(tmp_path / str(n), 20, kdf=KdfParams.for_tests(), today=date(2026, 6, 1))
        s = Workspace(tmp_path / str(n)).unlock(DEMO_USER, DEMO_PASSWORD)
        names.append(s.store.db.all("SELECT reference, given_name, family_name FROM people"))
        s.lock()
    assert names[0] == names[1]


def test_without_the_pack_a_built_in_plan_is_used(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import intake.app.demo as demo

    monkeypatch.setattr(demo, "load_core_pack", lambda: None)
    result = demo.create_demo(tmp_path / "d", 10, kdf=KdfParams.for_tests())
    assert not result.used_pack
    assert result.counts["answers"] > 0
