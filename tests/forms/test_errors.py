"""Every error code, each from a pack written inline, with the line it points at."""

from __future__ import annotations

import pytest

from intake.forms import Severity
from intake.forms.errors import Code

from .inline import HEADER, codes, pack_yaml, problems

YESNO = """
    - id: a
      type: yes_no
      prompt: A?
"""


def test_a_good_pack_has_no_problems() -> None:
    assert problems(pack_yaml(YESNO)) == []


def test_yaml_syntax_error_names_the_line() -> None:
    text = HEADER + "stages:\n  - id: s\n    title: [unclosed\n"
    [p] = problems(text)
    assert p.code is Code.YAML_SYNTAX
    assert p.line is not None
    assert p.line >= 5
    assert "YAML" in p.message


def test_duplicate_yaml_keys_are_a_syntax_error() -> None:
    text = HEADER + "title: Again\nstages: []\n"
    assert codes(text) == ["F001"]


def test_unknown_key_is_reported_at_its_line() -> None:
    text = pack_yaml("""
    - id: a
      type: yes_no
      prompt: A?
      colour: blue
    """)
    [p] = problems(text)
    assert p.code is Code.UNKNOWN_KEY
    assert "'colour'" in p.message
    assert text.splitlines()[p.line - 1].strip() == "colour: blue"


def test_wrong_type() -> None:
    text = pack_yaml("""
    - id: n
      type: number
      prompt: How many?
      minimum: lots
    """)
    [p] = problems(text)
    assert p.code is Code.WRONG_TYPE
    assert "minimum" in p.message
    assert text.splitlines()[p.line - 1].strip() == "minimum: lots"


def test_missing_key() -> None:
    text = pack_yaml("""
    - id: a
      type: yes_no
    """)
    [p] = problems(text)
    assert p.code is Code.MISSING_KEY
    assert "'prompt'" in p.message


def test_duplicate_ids_point_at_the_second_and_name_the_first() -> None:
    text = pack_yaml(YESNO + YESNO)
    [p] = problems(text)
    assert p.code is Code.DUPLICATE_ID
    first = text.splitlines().index("          - id: a") + 1
    assert p.line == text.splitlines().index("          - id: a", first) + 1
    assert f"first at line {first}" in p.message


def test_condition_naming_a_missing_question() -> None:
    text = pack_yaml(
        YESNO
        + """
    - id: b
      type: yes_no
      prompt: B?
      when: {question: nowhere, equals: "yes"}
    """
    )
    [p] = problems(text)
    assert p.code is Code.COND_UNKNOWN_QUESTION
    assert "nowhere" in p.message
    assert "when:" in text.splitlines()[p.line - 1]


def test_condition_with_an_impossible_choice() -> None:
    text = pack_yaml(
        YESNO
        + """
    - id: b
      type: yes_no
      prompt: B?
      when: {question: a, equals: maybe}
    """
    )
    [p] = problems(text)
    assert p.code is Code.COND_IMPOSSIBLE_CHOICE
    assert "'maybe'" in p.message
    assert "yes, no" in p.message


def test_choice_without_label() -> None:
    text = pack_yaml("""
    - id: c
      type: single_choice
      prompt: C?
      choices:
        - {value: x}
    """)
    assert codes(text) == ["F008"]


def test_choice_list_entry_without_label() -> None:
    text = pack_yaml(
        """
        - id: c
          type: single_choice
          prompt: C?
          choice_list: things
        """,
        top="choice_lists:\n  things:\n    - {value: x, label: ''}\n",
    )
    assert "F008" in codes(text)


def test_cycle_in_conditions() -> None:
    text = pack_yaml("""
    - id: a
      type: yes_no
      prompt: A?
      when: {question: b, equals: "yes"}
    - id: b
      type: yes_no
      prompt: B?
      when: {question: a, equals: "yes"}
    """)
    [p] = problems(text)
    assert p.code is Code.COND_CYCLE
    assert "a -> b -> a" in p.message or "b -> a -> b" in p.message


def test_a_condition_on_itself_is_a_cycle() -> None:
    text = pack_yaml("""
    - id: a
      type: yes_no
      prompt: A?
      when: {question: a, answered: true}
    """)
    assert codes(text) == ["F009"]


@pytest.mark.parametrize(
    "when",
    [
        "{question: a}",
        "{question: a, equals: 'yes', answered: true}",
        "{all: [], question: a}",
        "{age_from: a, equals: 'yes'}",
        "{equals: 'yes'}",
    ],
)
def test_badly_formed_conditions(when: str) -> None:
    text = pack_yaml(
        YESNO
        + f"""
    - id: b
      type: yes_no
      prompt: B?
      when: {when}
    """
    )
    assert codes(text) == ["F010"]


def test_unknown_choice_list() -> None:
    text = pack_yaml("""
    - id: c
      type: single_choice
      prompt: C?
      choice_list: nothing
    """)
    assert codes(text) == ["F011"]


@pytest.mark.parametrize(
    ("target", "when"),
    [
        ("    - {id: a, type: yes_no, prompt: A?}", "{question: a, greater_than: 2}"),
        ("    - {id: a, type: number, prompt: A?}", "{age_from: a, at_least: 16}"),
    ],
)
def test_condition_of_the_wrong_kind(target: str, when: str) -> None:
    text = pack_yaml(
        target
        + f"""
    - id: b
      type: yes_no
      prompt: B?
      when: {when}
    """
    )
    assert codes(text) == ["F012"]


def test_unknown_question_type() -> None:
    text = pack_yaml("""
    - id: a
      type: essay
      prompt: A?
    """)
    [p] = problems(text)
    assert p.code is Code.UNKNOWN_QUESTION_TYPE
    assert "'essay'" in p.message


def test_returns_group_naming_a_missing_choice() -> None:
    text = pack_yaml("""
    - id: a
      type: yes_no
      prompt: A?
      returns: {dimension: a, groups: {Yes: ["yes"], Maybe: [perhaps]}}
    """)
    assert codes(text) == ["F015"]


def test_duplicate_choice_values() -> None:
    text = pack_yaml("""
    - id: c
      type: single_choice
      prompt: C?
      choices: [{value: x, label: X}, {value: x, label: Also X}]
    """)
    assert codes(text) == ["F016"]


def test_every_problem_is_reported_at_once() -> None:
    """A broken question does not hide problems elsewhere in the pack."""
    text = pack_yaml(
        """
        - id: a
          type: essay
          prompt: A?
        - id: b
          type: yes_no
          prompt: B?
          when: {question: c, equals: "no"}
          shade: grey
        - id: c
          type: yes_no
          prompt: C?
          when: {question: b, equals: "yes"}
        - id: d
          type: yes_no
          prompt: D?
          when: {question: ghost, equals: "yes"}
        """,
        top="extra_top_level: 1\n",
    )
    found = codes(text)
    assert sorted(found) == sorted(["F013", "F002", "F002", "F009", "F006"])


def test_translation_naming_an_unknown_id() -> None:
    tr = (
        "language: cy\nname: Cymraeg\nstrings:\n  question.a.prompt: A?\n  question.zz.prompt: Z?\n"
    )
    found = problems(pack_yaml(YESNO), translations={"cy": tr})
    [err] = [p for p in found if p.severity is Severity.ERROR]
    assert err.code is Code.TR_UNKNOWN_ID
    assert "question.zz.prompt" in err.message
    assert err.line == 5


def test_untranslated_strings_warn_and_fail_in_strict() -> None:
    tr = "language: cy\nname: Cymraeg\nstrings:\n  pack.title: Pecyn\n"
    [warn] = problems(pack_yaml(YESNO), translations={"cy": tr})
    assert warn.code is Code.TR_MISSING
    assert warn.severity is Severity.WARNING
    # pack.title is translated; the stage and section titles, the prompt and the
    # yes/no labels are not.
    assert "5 text(s)" in warn.message
    strict = problems(pack_yaml(YESNO), translations={"cy": tr}, strict=True)
    assert Code.TR_MISSING in [p.code for p in strict if p.severity is Severity.ERROR]


def test_badly_formed_translation_file() -> None:
    tr = "language: Welsh!\nstrings: {}\n"
    assert set(codes(pack_yaml(YESNO), translations={"cy": tr})) == {"T003"}


def test_every_code_has_a_message_and_a_fix() -> None:
    seen = set()
    for code in Code:
        assert code.code not in seen
        seen.add(code.code)
        assert code.template
        assert code.fix_template.endswith(".")
