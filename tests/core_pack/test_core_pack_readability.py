"""Readability: what a person reads alone, and every why-line, is plain English.

Flesch-Kincaid grade from textstat. textstat's usual syllable source (the CMU
dictionary through NLTK) is a download, and tests run offline; so syllables come from
the English hyphenation dictionary that ships with pyphen, which textstat already uses
for words the CMU dictionary lacks. The numbers are the same on every machine.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from unittest import mock

import pytest
import textstat
import textstat.backend.counts._count_syllables as syllables

from .support import core_pack

MAX_GRADE = 9
MAX_MEDIAN = 6

# Harmonised wordings that must stay word for word (GSS / Census 2021), so they are not
# held to the limit. Their reflect wordings contain the same question, so they are exempt too.
VERBATIM = {
    "ethnicity",
    "religion",
    "disability",
    "disability_impact",
    "sex",
    "gender_identity",
    "sexual_orientation",
}


def grade(text: str) -> float:
    with mock.patch.object(syllables, "get_cmudict", return_value=None):
        return float(textstat.flesch_kincaid_grade(text))


def person_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every self-completion prompt and every why-line."""
    for q in core_pack().questions():
        if q.why:
            yield f"{q.id}.why", q.why
        if q.id in VERBATIM:
            continue
        if q.self_completion:
            yield f"{q.id}.prompt", q.self_prompt or q.prompt
            if q.reflect is not None and q.reflect.self_prompt:
                yield f"{q.id}.reflect", q.reflect.self_prompt


def other_person_texts() -> Iterator[tuple[str, str]]:
    """Everything else a person reads alone: scripts, section notes, check-ins, labels."""
    pack = core_pack()
    for stage in pack.stages:
        for part in ("intro", "transparency"):
            script = getattr(stage, part)
            if script is not None and script.self_text:
                yield f"{stage.id}.{part}", script.self_text
        if stage.closing:
            yield f"{stage.id}.closing", stage.closing
        for ci in stage.check_ins:
            yield f"{ci.id}.prompt", ci.self_prompt or ci.prompt
        for section in stage.sections:
            if section.intro:
                yield f"{section.id}.intro", section.intro
            for q in section.questions:
                if q.definition:
                    yield f"{q.id}.definition", q.definition


def test_the_measure_can_fail() -> None:
    hard = (
        "Notwithstanding the aforementioned considerations, organisational accountability "
        "necessitates comprehensive documentation of safeguarding determinations."
    )
    assert grade(hard) > MAX_GRADE
    assert grade("How are you feeling today?") <= MAX_MEDIAN


def test_verbatim_exemptions_are_exactly_the_harmonised_questions() -> None:
    verbatim = {q.id for q in core_pack().questions() if q.verbatim}
    assert verbatim == VERBATIM


def test_there_is_plenty_to_measure() -> None:
    texts = list(person_texts())
    assert len(texts) > 100


@pytest.mark.parametrize(("where", "text"), list(person_texts()))
def test_each_prompt_and_why_line_is_at_most_grade_9(where: str, text: str) -> None:
    assert grade(text) <= MAX_GRADE, (where, text)


def test_the_median_grade_is_at_most_6() -> None:
    grades = [grade(text) for _, text in person_texts()]
    assert statistics.median(grades) <= MAX_MEDIAN


@pytest.mark.parametrize(("where", "text"), list(other_person_texts()))
def test_scripts_notes_and_definitions_are_at_most_grade_9(where: str, text: str) -> None:
    assert grade(text) <= MAX_GRADE, (where, text)
