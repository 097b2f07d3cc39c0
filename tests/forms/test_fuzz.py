"""Random and mutated YAML fed to the loader: only form problems come out, never another
exception, never a hang."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from intake.forms import Problem, parse_pack

EXAMPLE = Path(__file__).resolve().parent.parent / "packs" / "example"
SEED_TEXT = (EXAMPLE / "stages" / "first.yaml").read_text(encoding="utf-8")
# A whole pack with the stage inline, as mutation seed.
PACK_TEXT = (
    'id: fuzz\nversion: "1.0"\ntitle: Fuzz\nstages:\n'
    + "\n".join(
        ("  - " if i == 0 else "    ") + line for i, line in enumerate(SEED_TEXT.splitlines())
    )
    + "\n"
)
SETTINGS = settings(
    max_examples=150,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TOKENS = [
    ":",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "&a",
    "*a",
    "!!python/object",
    "'",
    '"',
    "\t",
    "%",
    "?",
    "when:",
    "type: date",
    "choices:",
    "question: dob",
    "not:",
    "all: [",
    "null",
    "~",
    "yes",
]


def _check(text: str) -> None:
    loaded, problems = parse_pack(text)
    assert all(isinstance(p, Problem) for p in problems)
    for p in problems:
        assert str(p)  # every problem can be printed
    if loaded is not None:
        assert not [p for p in problems if p.severity.value == "error"]


def test_the_mutation_seed_is_a_valid_pack() -> None:
    loaded, problems = parse_pack(PACK_TEXT)
    assert loaded is not None, problems
    assert len(loaded.pack.questions()) == 12


@SETTINGS
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    _check(text)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = PACK_TEXT.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "token", "indent", "swap", "truncate"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "token":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(TOKENS)) + lines[i][pos:]
        elif op == "indent":
            lines[i] = " " * draw(st.integers(0, 12)) + lines[i].lstrip()
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "truncate":
            lines = lines[: i + 1]
    return "\n".join(lines) + "\n"


@SETTINGS
@given(mutated())
def test_mutated_pack(text: str) -> None:
    _check(text)


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20)
)
keys = st.sampled_from(
    [
        "id",
        "type",
        "prompt",
        "when",
        "question",
        "equals",
        "in",
        "not",
        "all",
        "any",
        "choices",
        "value",
        "label",
        "stages",
        "sections",
        "questions",
        "title",
        "version",
        "scope",
        "age_from",
        "at_least",
        "returns",
        "groups",
        "reflect",
        "check_ins",
        "choice_list",
        "x",
    ]
)
trees = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=40,
)


@SETTINGS
@given(trees)
def test_random_structures(tree: object) -> None:
    import io

    buf = io.StringIO()
    YAML().dump({"id": "x", "version": "1.0", "title": "T", "stages": tree}, buf)
    _check(buf.getvalue())


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    text = PACK_TEXT + "extra: " + "[" * 5000 + "]" * 5000 + "\n"
    _check(text)
    deep = "when: " + "{not: " * 400 + "{question: a, answered: true}" + "}" * 400
    _check(PACK_TEXT.replace("when: {question: consent_support, answered: true}", deep))


def test_huge_input_is_refused_quickly() -> None:
    loaded, problems = parse_pack("a: " + "x" * (5 * 1024 * 1024))
    assert loaded is None
    assert "too large" in problems[0].message
