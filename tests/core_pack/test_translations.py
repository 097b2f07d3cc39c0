"""The core pack's translations: complete, marked honestly, right to left where needed.

docs/translations.md describes the files. These tests read them the way the app does
(`check_pack`), plus the raw text for the review comments.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from intake.forms import LoadedPack, Severity, check_pack, text_keys

from .support import CORE

TRANSLATIONS = CORE / "translations"

# Languages the default pack ships with. A service may add more; these must stay.
SHIPPED = {"cy": "ltr", "pl": "ltr", "ar": "rtl", "ur": "rtl"}
RIGHT_TO_LEFT = {"ar", "ur"}

DRAFT_NOTE = "# Machine-assisted draft: not yet reviewed by a fluent speaker."
REVIEWER = re.compile(r"^# reviewed_by: \S.*$", re.MULTILINE)
PLACEHOLDER = re.compile(r"\[[^\]]*\]")

# A few questions whose translated prompt must appear, checked against known wording so
# a key mapped to the wrong text would show.
SAMPLES = {
    "cy": {
        "religion": "Beth yw eich crefydd?",
        "ethnicity": "Beth yw eich grŵp ethnig?",
        "sex": "Beth yw eich rhyw?",
    },
    "pl": {
        "religion": "Jakie jest Pana/Pani wyznanie?",
        "date_of_birth": "Jaka jest Pana/Pani data urodzenia?",
        "when_happened": "Kiedy to się stało?",
    },
    "ar": {
        "religion": "ما هي ديانتك؟",
        "date_of_birth": "ما هو تاريخ ميلادك؟",
        "when_happened": "متى حدث ذلك؟",
    },
    "ur": {
        "religion": "آپ کا مذہب کیا ہے؟",
        "date_of_birth": "آپ کی تاریخِ پیدائش کیا ہے؟",
        "when_happened": "یہ کب ہوا؟",
    },
}


@cache
def loaded() -> LoadedPack:
    pack, problems = check_pack(CORE, strict=True)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert pack is not None
    assert not errors, errors
    return pack


def _file(lang: str) -> Path:
    return TRANSLATIONS / f"{lang}.yaml"


def _raw(lang: str) -> dict[str, Any]:
    data = YAML(typ="safe").load(_file(lang).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_shipped_language_is_loaded() -> None:
    assert set(SHIPPED) <= set(loaded().translations)
    for lang in SHIPPED:
        assert _file(lang).is_file()
        assert lang in loaded().languages


def test_strict_check_has_no_translation_problems() -> None:
    _, problems = check_pack(CORE, strict=True)
    translation_problems = [p for p in problems if p.code.code.startswith("T")]
    assert translation_problems == []


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_every_key_is_translated(lang: str) -> None:
    keys = text_keys(loaded().pack)
    strings = loaded().translations[lang].strings
    missing = [k for k in keys if not strings.get(k, "").strip()]
    unknown = [k for k in strings if k not in keys]
    assert missing == [], f"{lang}: {len(missing)} of {len(keys)} keys missing"
    assert unknown == []
    assert len(strings) == len(keys)


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_direction(lang: str) -> None:
    expected = SHIPPED[lang]
    assert loaded().translations[lang].direction == expected
    assert loaded().direction(lang) == expected
    assert _raw(lang)["direction"] == expected  # said in the file, not left to a default
    if lang in RIGHT_TO_LEFT:
        assert expected == "rtl"


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_unreviewed_unless_a_reviewer_is_recorded(lang: str) -> None:
    text = _file(lang).read_text(encoding="utf-8")
    raw = _raw(lang)
    assert "reviewed" in raw, "say reviewed: false (or true with a reviewer) explicitly"
    if raw["reviewed"]:
        assert REVIEWER.search(text), "reviewed: true needs a '# reviewed_by: ...' comment"
        assert DRAFT_NOTE not in text, "a reviewed file should drop the draft note"
    else:
        assert loaded().translations[lang].reviewed is False
        assert text.startswith(DRAFT_NOTE)


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_localised_pack_shows_the_translation(lang: str) -> None:
    localised = loaded().localised(lang)
    prompts = {
        q.id: q.prompt
        for stage in localised.stages
        for section in stage.sections
        for q in section.questions
    }
    for qid, expected in SAMPLES[lang].items():
        assert prompts[qid] == expected
    # The English pack itself is untouched.
    original = {
        q.id: q.prompt
        for stage in loaded().pack.stages
        for section in stage.sections
        for q in section.questions
    }
    assert original["religion"] == "What is your religion?"
    assert localised.title == loaded().translations[lang].strings["pack.title"]


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_placeholders_are_kept(lang: str) -> None:
    keys = text_keys(loaded().pack)
    strings = loaded().translations[lang].strings
    wrong = {
        k: (sorted(PLACEHOLDER.findall(en)), sorted(PLACEHOLDER.findall(strings[k])))
        for k, en in keys.items()
        if k in strings
        and sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(strings[k]))
    }
    assert wrong == {}


def test_no_translation_waits_outside_the_pack() -> None:
    """Every complete translation ships: nothing is left in a folder the app never loads."""
    assert sorted(p.name for p in CORE.iterdir() if p.name.startswith("translations")) == [
        "translations"
    ]
    assert {p.stem for p in TRANSLATIONS.glob("*.yaml")} == set(SHIPPED)


def test_the_caseworker_greeting_keeps_its_placeholders() -> None:
    key = "stage.referral.intro.say"
    english = text_keys(loaded().pack)[key]
    assert {"[your name]", "[service name]"} <= set(PLACEHOLDER.findall(english))
    for lang in SHIPPED:
        said = loaded().translations[lang].strings[key]
        assert "[your name]" in said
        assert "[service name]" in said
