"""The whole pipeline: wrong periods refused, linked tables agree, whole returns are safe."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from intake.forms import load_pack
from intake.returns import (
    JourneyRecord,
    Period,
    RCode,
    ReturnTemplateError,
    build_return,
    load_template,
)
from intake.returns.pipeline import add_counts, count_return
from intake.returns.synthetic import journeys
from intake.returns.writers import SCHEMA_PATH, json_document

from .attacker import recover
from .support import GENERATED, Q3, pack, template

ROOT = Path(__file__).resolve().parents[2]


def synthetic(people: int = 60, count: int = 90, seed: int = 2) -> list[JourneyRecord]:
    return list(journeys(pack(), people, count, first_day=date(2026, 5, 1), days=150, seed=seed))


def test_a_period_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ReturnTemplateError) as caught:
        build_return(template(), pack(), [], Period.parse("2026"), GENERATED)
    assert caught.value.problems[0].code is RCode.BAD_PERIOD


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_every_table_of_a_whole_return_is_safe(seed: int) -> None:
    ret = build_return(template(), pack(), synthetic(seed=seed), Q3, GENERATED)
    hidden = 0
    for table in ret.tables:
        shown = [c.value for c in table.all_cells() if c.value is not None]
        assert all(v == 0 or v >= 5 for v in shown), table.id
        assert recover(table) == {}, table.id
        hidden += sum(c.suppressed for c in table.all_cells())
    assert hidden > 0  # small numbers were there to protect


def test_a_crosstab_margin_agrees_with_its_one_way_table() -> None:
    for seed in range(1, 8):
        ret = build_return(template(), pack(), synthetic(seed=seed), Q3, GENERATED)
        tables = {t.id: t for t in ret.tables}
        alone = [row[0].value for row in tables["ethnicity_journeys"].cells]
        cross = tables["ethnicity_by_sex"]
        assert cross.row_totals is not None
        assert [c.value for c in cross.row_totals] == alone


def test_a_right_outside_the_code_is_refused() -> None:
    with pytest.raises(ValueError, match="1 to 12"):
        JourneyRecord(1, 1, date(2026, 7, 1), rights={13: "explained"})  # type: ignore[dict-item]


def test_the_default_return_over_the_default_pack() -> None:
    core = load_pack(ROOT / "forms" / "core").pack
    pcc = load_template(ROOT / "forms" / "returns" / "pcc-quarterly.yaml", core)
    records = list(journeys(core, 300, 400, first_day=date(2026, 5, 1), days=150))
    ret = build_return(pcc, core, records, Q3, GENERATED)
    assert [t.id for t in ret.tables] == [t.id for t in pcc.tables]
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json_document(ret))
    rights = next(t for t in ret.tables if t.id == "victims_code")
    assert len(rights.cells) == 12
    for table in ret.tables:
        assert recover(table) == {}, table.id


@pytest.mark.parametrize(("parts", "seed"), [(2, 1), (3, 2), (4, 3)])
def test_parts_counted_apart_add_up_to_the_whole(parts: int, seed: int) -> None:
    """Counting each part of the people apart and adding gives exactly the counts of the
    whole, for every table of the default return: the people counted once by their
    latest journey, repeat victims, multiple choice and the journeys closed early."""
    core = load_pack(ROOT / "forms" / "core").pack
    pcc = load_template(ROOT / "forms" / "returns" / "pcc-quarterly.yaml", core)
    records = list(journeys(core, 200, 420, first_day=date(2026, 1, 1), days=270, seed=seed))
    assert len({r.person_key for r in records}) < len(records)  # some people come back
    whole = count_return(pcc, core, records, Q3)
    counted = [
        count_return(pcc, core, [r for r in records if r.person_key % parts == i], Q3)
        for i in range(parts)
    ]
    assert add_counts(counted) == whole
    assert any(p.tables != whole.tables for p in counted)  # the parts were not the whole


def test_only_counts_of_the_same_return_are_added() -> None:
    core = load_pack(ROOT / "forms" / "core").pack
    pcc = load_template(ROOT / "forms" / "returns" / "pcc-quarterly.yaml", core)
    records = list(journeys(core, 40, 60, first_day=date(2026, 5, 1), days=150))
    q3 = count_return(pcc, core, records, Q3)
    q2 = count_return(pcc, core, records, Period.parse("2026-Q2"))
    with pytest.raises(ValueError, match="same return"):
        add_counts([q3, q2])
    with pytest.raises(ValueError, match="no counts"):
        add_counts([])
    assert add_counts([q3]) == q3
