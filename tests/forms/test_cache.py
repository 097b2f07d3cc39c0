"""The cache of checked packs: fast, and never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake.forms import FormError, load_pack
from intake.forms.cache import load_pack_cached

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "example"
    shutil.copytree(EXAMPLE, target)
    # a complete, warning-free pack: drop the partial translation
    shutil.rmtree(target / "translations")
    return target


def test_a_cached_pack_equals_the_loaded_one(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_pack_cached(pack, cache)
    assert len(list(cache.glob("*.json"))) == 1
    second = load_pack_cached(pack, cache)
    assert second.pack == first.pack == load_pack(pack).pack


def test_an_edit_is_seen_at_once(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_pack_cached(pack, cache)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(text.replace("Example pack", "Edited pack"), encoding="utf-8")
    assert load_pack_cached(pack, cache).pack.title == "Edited pack"


def test_a_broken_pack_is_never_served_from_the_cache(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_pack_cached(pack, cache)
    stage = pack / "stages" / "first.yaml"
    stage.write_text(stage.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    with pytest.raises(FormError):
        load_pack_cached(pack, cache)


def test_a_damaged_cache_entry_is_ignored_and_rewritten(pack: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_pack_cached(pack, cache)
    [entry] = cache.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert load_pack_cached(pack, cache).pack.id == "example"
    assert entry.read_text(encoding="utf-8").startswith("{")
    assert entry.stat().st_size > 1000


def test_a_pack_with_warnings_is_not_cached(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    loaded = load_pack_cached(EXAMPLE, cache)
    assert loaded.warnings
    assert not list(cache.glob("*.json"))


def test_an_unwritable_cache_only_costs_time(pack: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert load_pack_cached(pack, blocker / "cache").pack.id == "example"
