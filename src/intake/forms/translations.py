"""Translations of a pack: one file per language beside the pack, keyed by text ids.

Every translatable text in a pack has a stable key built from ids, for example
`question.religion.prompt` or `question.religion.choice.muslim.label`. A translation file
maps keys to text; anything missing falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from intake.forms.model import (
    CheckInSpec,
    ChoiceQuestion,
    Pack,
    QuestionT,
    Script,
)

Slot = tuple[str, Any, str]  # (key, object holding the text, attribute name)

_QUESTION_FIELDS = (
    "prompt",
    "say",
    "self_prompt",
    "why",
    "definition",
    "yes_label",
    "no_label",
    "low_label",
    "high_label",
    "unit",
)
_CHECKIN_FIELDS = ("prompt", "say", "self_prompt", "low_label", "high_label")


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    name: Annotated[str, Field(min_length=1)]
    english_name: str | None = None
    direction: Literal["ltr", "rtl"] = "ltr"
    reviewed: bool = False
    """True only once a fluent speaker has reviewed every string."""
    strings: dict[str, str] = Field(default_factory=dict)


def text_slots(pack: Pack) -> Iterator[Slot]:
    """Every translatable text of the pack, with its key. Empty optional texts are skipped."""
    yield from _fields("pack", pack, ("title", "description"))
    for name, choices in pack.choice_lists.items():
        for c in choices:
            yield from _fields(f"choice_list.{name}.{c.value}", c, ("label", "definition"))
    for stage in pack.stages:
        key = f"stage.{stage.id}"
        yield from _fields(key, stage, ("title", "closing"))
        for part in ("intro", "transparency"):
            script: Script | None = getattr(stage, part)
            if script is not None:
                yield from _fields(f"{key}.{part}", script, ("title", "say", "self_text"))
        for ci in stage.check_ins:
            yield from _checkin(ci)
        for section in stage.sections:
            yield from _fields(f"section.{section.id}", section, ("title", "intro"))
            for q in section.questions:
                yield from _question(q)


def _checkin(ci: CheckInSpec) -> Iterator[Slot]:
    yield from _fields(f"checkin.{ci.id}", ci, _CHECKIN_FIELDS)


def _question(q: QuestionT) -> Iterator[Slot]:
    key = f"question.{q.id}"
    yield from _fields(key, q, _QUESTION_FIELDS)
    if q.reflect is not None:
        yield from _fields(f"{key}.reflect", q.reflect, ("say", "self_prompt"))
    if isinstance(q, ChoiceQuestion) and q.choices:
        for c in q.choices:
            yield from _fields(f"{key}.choice.{c.value}", c, ("label", "definition"))


def _fields(prefix: str, obj: Any, names: tuple[str, ...]) -> Iterator[Slot]:
    for name in names:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            key_name = "self" if name == "self_text" else name
            yield f"{prefix}.{key_name}", obj, name


def text_keys(pack: Pack) -> dict[str, str]:
    """Every key and its English text, in pack order."""
    return {key: getattr(obj, attr) for key, obj, attr in text_slots(pack)}


def localise(pack: Pack, translation: Translation | None) -> Pack:
    """A copy of `pack` with every text the translation covers replaced."""
    if translation is None or not translation.strings:
        return pack
    copy = pack.model_copy(deep=True)
    for key, obj, attr in text_slots(copy):
        text = translation.strings.get(key)
        if text:
            object.__setattr__(obj, attr, text)
    return copy
