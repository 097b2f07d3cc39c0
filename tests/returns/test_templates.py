"""Return templates: every mistake named with its file, line and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.forms import load_pack
from intake.returns import (
    RCode,
    ReturnProblem,
    ReturnTemplateError,
    find_templates,
    load_template,
    parse_template,
)

from .support import TEMPLATE, pack

ROOT = Path(__file__).resolve().parents[2]
HEAD = """\
id: t
version: "1.0"
title: T
period: quarter
pack: mini
tables:
"""


def problems(tables: str, head: str = HEAD) -> list[ReturnProblem]:
    _template, found = parse_template(head + tables, pack(), name="returns/t.yaml")
    return found


def only(found: list[ReturnProblem]) -> ReturnProblem:
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def test_the_shared_template_is_clean() -> None:
    template, found = parse_template(TEMPLATE, pack())
    assert template is not None
    assert found == []


def test_unknown_key_names_file_and_line() -> None:
    p = only(problems("  - id: a\n    kind: volumes\n    title: A\n    colour: blue\n"))
    assert p.code is RCode.UNKNOWN_KEY
    assert (str(p.file), p.line) == ("returns/t.yaml", 10)
    assert "returns/t.yaml:10" in str(p)
    assert "colour" in p.message


def test_unknown_kind() -> None:
    p = only(problems("  - id: a\n    kind: pie\n    title: A\n"))
    assert p.code is RCode.UNKNOWN_KIND
    assert p.line == 7


def test_missing_field() -> None:
    p = only(problems("  - id: a\n    kind: count\n    title: A\n"))
    assert p.code is RCode.MISSING_KEY
    assert "'by'" in p.message


def test_unknown_dimension_points_at_it() -> None:
    text = "  - id: a\n    kind: count\n    title: A\n    by:\n      dimension: shoe_size\n"
    p = only(problems(text))
    assert p.code is RCode.UNKNOWN_REFERENCE
    assert p.line == 11
    assert "shoe_size" in p.message


@pytest.mark.parametrize("question", ["notes", "referrer"])
def test_free_text_is_refused(question: str) -> None:
    p = only(
        problems(f"  - id: a\n    kind: count\n    title: A\n    by: {{question: {question}}}\n")
    )
    assert p.code is RCode.FREE_TEXT
    assert p.line == 10


def test_a_date_needs_age_bands() -> None:
    p = only(problems("  - id: a\n    kind: count\n    title: A\n    by: {dimension: age_band}\n"))
    assert p.code is RCode.NEEDS_AGE_BANDS


def test_multiple_choice_cannot_be_a_crosstab_axis() -> None:
    text = (
        "  - id: a\n    kind: crosstab\n    title: A\n"
        "    rows: {dimension: needs}\n    columns: {dimension: sex}\n"
    )
    p = only(problems(text))
    assert p.code is RCode.MULTIPLE_IN_CROSSTAB
    assert p.line == 10


def test_duplicate_table_ids() -> None:
    text = "  - {id: a, kind: volumes, title: A}\n  - {id: a, kind: repeat, title: B}\n"
    p = only(problems(text))
    assert p.code is RCode.DUPLICATE_TABLE
    assert p.line == 8


def test_wrong_pack() -> None:
    p = only(problems("  - {id: a, kind: volumes, title: A}\n", HEAD.replace("mini", "core")))
    assert p.code is RCode.WRONG_PACK
    assert p.line == 5


def test_threshold_bounds() -> None:
    head = HEAD.replace("tables:", "disclosure: {threshold: 1}\ntables:")
    p = only(problems("  - {id: a, kind: volumes, title: A}\n", head))
    assert p.code is RCode.WRONG_VALUE
    assert p.line == 6


def test_switching_disclosure_off_is_explicit_and_warned() -> None:
    head = HEAD.replace("tables:", "disclosure: {method: none}\ntables:")
    template, found = parse_template(head + "  - {id: a, kind: volumes, title: A}\n", pack())
    assert template is not None
    assert only(found).code is RCode.NO_DISCLOSURE_CONTROL
    assert only(found).warning
    default, _ = parse_template(HEAD + "  - {id: a, kind: volumes, title: A}\n", pack())
    assert default is not None
    assert default.disclosure.method.value == "suppress"
    assert default.disclosure.threshold == 5


def test_yaml_syntax_error_has_a_line() -> None:
    p = only(problems("  - id: a\n    kind: volumes\n   title: [\n"))
    assert p.code is RCode.YAML_SYNTAX
    assert p.line is not None


def test_load_template_raises_with_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEAD + "  - {id: a, kind: pie, title: A}\n  - {id: b, kind: x}\n", "utf-8")
    with pytest.raises(ReturnTemplateError) as caught:
        load_template(bad, pack())
    assert len(caught.value.problems) >= 2
    assert all(str(bad) in str(p) for p in caught.value.problems)


def test_the_default_pcc_template_fits_the_default_pack() -> None:
    core = load_pack(ROOT / "forms" / "core").pack
    found = find_templates(ROOT / "forms" / "returns")
    assert "pcc-quarterly" in found
    template = load_template(found["pcc-quarterly"], core)
    kinds = {t.kind for t in template.tables}
    assert kinds == {
        "volumes", "repeat", "count", "crosstab", "first_contact", "withdrawal_stage",
        "rights", "outcome_change", "comfort",
    }  # fmt: skip
    assert template.disclosure.method.value == "suppress"
