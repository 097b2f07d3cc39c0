"""Helpers for writing a pack inline in a test, as pyxform's tests do."""

from __future__ import annotations

import textwrap

from intake.forms import LoadedPack, Problem, parse_pack

HEADER = """\
id: t
version: "1.0"
title: Test pack
"""


def pack_yaml(questions: str, *, top: str = "", stage_extra: str = "") -> str:
    """A one-stage pack around `questions` (YAML list items at column 0)."""
    body = textwrap.indent(textwrap.dedent(questions).strip("\n"), " " * 10)
    extra = textwrap.indent(textwrap.dedent(stage_extra).strip("\n"), " " * 4)
    return (
        HEADER
        + textwrap.dedent(top)
        + "stages:\n  - id: s\n    title: Stage\n"
        + (extra + "\n" if stage_extra else "")
        + "    sections:\n      - id: sec\n        title: Section\n        questions:\n"
        + body
        + "\n"
    )


def load(questions: str, **kw: str) -> LoadedPack:
    loaded, problems = parse_pack(pack_yaml(questions, **kw))
    assert loaded is not None, "\n".join(map(str, problems))
    return loaded


def problems(
    text: str, *, strict: bool = False, translations: dict[str, str] | None = None
) -> list[Problem]:
    return parse_pack(text, strict=strict, translations=translations)[1]


def codes(text: str, **kw: object) -> list[str]:
    return [p.code.code for p in problems(text, **kw)]  # type: ignore[arg-type]
