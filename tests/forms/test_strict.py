"""The trauma-informed rules that `--strict` adds."""

from __future__ import annotations

from .inline import HEADER, codes, pack_yaml

GOOD_STAGE = """
transparency: {say: We ask so we can help. You can withdraw consent at any time.}
check_ins: [{id: c1, prompt: How are you feeling?}]
"""


def test_strict_passes_a_kind_pack() -> None:
    text = pack_yaml(
        "- {id: a, type: yes_no, prompt: A?, why: So we can help.}", stage_extra=GOOD_STAGE
    )
    assert codes(text, strict=True) == []


def test_question_without_why() -> None:
    text = pack_yaml("- {id: a, type: yes_no, prompt: A?}", stage_extra=GOOD_STAGE)
    assert codes(text) == []
    assert codes(text, strict=True) == ["S001"]


def test_personal_question_must_allow_decline() -> None:
    text = pack_yaml(
        "- {id: a, type: yes_no, prompt: A?, why: W., personal: true, prefer_not_to_say: false}",
        stage_extra=GOOD_STAGE,
    )
    assert codes(text, strict=True) == ["S002"]


def test_protected_characteristic_needs_a_definition() -> None:
    text = pack_yaml(
        "- {id: a, type: yes_no, prompt: A?, why: W., protected_characteristic: disability}",
        stage_extra=GOOD_STAGE,
    )
    assert codes(text, strict=True) == ["S003"]


def test_stage_without_check_in_or_transparency() -> None:
    text = pack_yaml("- {id: a, type: yes_no, prompt: A?, why: W.}")
    assert sorted(codes(text, strict=True)) == ["S004", "S005"]


def test_stage_without_questions_needs_no_transparency() -> None:
    text = HEADER + (
        "stages:\n  - id: s\n    title: S\n    check_ins: [{id: c, prompt: How are you?}]\n"
    )
    assert codes(text, strict=True) == []
