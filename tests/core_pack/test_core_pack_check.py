"""The core pack passes the strict checks and has the shape the issue and DESIGN.md ask for."""

from __future__ import annotations

import re

import pytest

from intake.cli import main
from intake.domain import Scope
from intake.forms import ChoiceQuestion, Severity, check_pack, text_keys
from intake.forms.model import PROTECTED_CHARACTERISTICS

from .support import CORE, STAGES, core_pack

# GSS harmonised (or Census 2021) wordings that must stay word for word.
HARMONISED = {
    "ethnicity": "What is your ethnic group?",
    "religion": "What is your religion?",
    "disability": (
        "Do you have any physical or mental health conditions or illnesses lasting or "
        "expected to last 12 months or more?"
    ),
    "disability_impact": (
        "Does your condition or illness reduce your ability to carry out day-to-day activities?"
    ),
    "sex": "What is your sex?",
    "gender_identity": (
        "Is the gender you identify with the same as your sex registered at birth?"
    ),
    "sexual_orientation": "Which of the following best describes your sexual orientation?",
}

HARMONISED_CHOICES = {
    "religion": [
        "No religion",
        "Christian (all denominations)",
        "Buddhist",
        "Hindu",
        "Jewish",
        "Muslim",
        "Sikh",
        "Any other religion",
    ],
    "disability_impact": ["Yes, a lot", "Yes, a little", "Not at all"],
    "sex": ["Female", "Male"],
    "sexual_orientation": [
        "Straight or Heterosexual",
        "Gay or Lesbian",
        "Bisexual",
        "Other sexual orientation",
    ],
}

ETHNIC_GROUPS = {
    "White": [
        "English, Welsh, Scottish, Northern Irish or British",
        "Irish",
        "Gypsy or Irish Traveller",
        "Roma",
        "Any other White background",
    ],
    "Mixed or Multiple": [
        "White and Black Caribbean",
        "White and Black African",
        "White and Asian",
        "Any other Mixed or Multiple background",
    ],
    "Asian or Asian British": [
        "Indian",
        "Pakistani",
        "Bangladeshi",
        "Chinese",
        "Any other Asian background",
    ],
    "Black, Black British, Caribbean or African": [
        "Caribbean",
        "African",
        "Any other Black, Black British, or Caribbean background",
    ],
    "Other ethnic group": ["Arab", "Any other ethnic group"],
}


def test_strict_check_finds_no_problems() -> None:
    loaded, problems = check_pack(CORE, strict=True)
    assert loaded is not None
    assert [str(p) for p in problems if p.severity is Severity.ERROR] == []
    assert [str(p) for p in problems] == []


def test_the_command_line_check_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check", "--strict", str(CORE)]) == 0
    assert "No errors" in capsys.readouterr().out


def test_stages_are_the_agreed_ones_in_journey_order() -> None:
    pack = core_pack()
    assert (pack.id, pack.version) == ("core", "1.0")
    assert tuple(s.id for s in pack.stages) == STAGES


@pytest.mark.parametrize("stage_id", STAGES)
def test_every_stage_introduces_itself_explains_and_checks_in(stage_id: str) -> None:
    stage = core_pack().stage(stage_id)
    assert stage.intro is not None
    assert stage.intro.self_text
    assert stage.transparency is not None
    assert stage.transparency.self_text
    assert stage.check_ins, "a wellbeing check-in at every collection point"
    assert all(ci.self_prompt for ci in stage.check_ins)
    assert stage.closing


def test_referral_transparency_covers_what_the_guidance_asks() -> None:
    script = core_pack().stage("referral").transparency
    assert script is not None
    for text in (script.say, script.self_text or ""):
        lowered = text.lower()
        for point in ("record", "safe", "data protection", "change your mind", "skip"):
            assert point in lowered, (point, text)


def test_consent_is_asked_for_each_purpose_in_referral() -> None:
    pack = core_pack()
    consent = {q.consent: q for q in pack.questions() if q.consent}
    assert set(consent) == {"support", "sharing", "reporting"}
    for q in consent.values():
        assert q.type == "yes_no"
        assert pack.stage_of(q.id).id == "referral"


def test_all_nine_protected_characteristics_are_asked_about_you() -> None:
    pack = core_pack()
    found = {
        q.protected_characteristic: pack.stage_of(q.id).id
        for q in pack.questions()
        if q.protected_characteristic
    }
    assert set(found) == set(PROTECTED_CHARACTERISTICS)
    assert set(found.values()) == {"about_you"}


def test_about_you_is_all_about_the_person() -> None:
    for q in core_pack().stage("about_you").questions():
        assert q.scope is Scope.PERSON, q.id
        assert q.prefer_not_to_say, q.id


@pytest.mark.parametrize(("qid", "wording"), sorted(HARMONISED.items()))
def test_harmonised_wordings_are_word_for_word(qid: str, wording: str) -> None:
    q = core_pack().question(qid)
    assert q.verbatim
    assert q.prompt == wording
    # No paraphrase for the caseworker or the person: the same words, or none.
    assert q.say in (None, wording)
    assert q.self_prompt in (None, wording)
    if q.reflect is not None:
        # A reflect wording leads in, then puts the harmonised question itself.
        for text in (q.reflect.say, q.reflect.self_prompt or ""):
            flat = " ".join(text.split()).lower()
            assert wording[0].lower() + wording[1:] in flat or wording.lower() in flat, text


@pytest.mark.parametrize(("qid", "labels"), sorted(HARMONISED_CHOICES.items()))
def test_harmonised_categories_are_word_for_word(qid: str, labels: list[str]) -> None:
    pack = core_pack()
    assert [c.label for c in pack.choices_of(pack.question(qid))] == labels


def test_ethnicity_has_the_19_gss_categories_in_their_5_groups() -> None:
    pack = core_pack()
    q = pack.question("ethnicity")
    labels = [c.label for c in pack.choices_of(q)]
    expected = [f"{group}: {name}" for group, names in ETHNIC_GROUPS.items() for name in names]
    assert labels == expected
    assert len(labels) == 19
    assert q.returns is not None
    assert q.returns.groups is not None
    assert len(q.returns.groups) == 5
    by_value = {c.value: c.label for c in pack.choices_of(q)}
    for (group, names), members in zip(
        ETHNIC_GROUPS.items(), q.returns.groups.values(), strict=True
    ):
        assert [by_value[m] for m in members] == [f"{group}: {n}" for n in names]


def test_gender_identity_and_sexual_orientation_are_only_for_16_and_over() -> None:
    pack = core_pack()
    for qid in ("gender_identity", "sexual_orientation"):
        when = pack.question(qid).when
        assert when is not None
        assert when.any is not None
        age_tests = [c for c in when.any if c.age_from == "date_of_birth"]
        assert [c.at_least for c in age_tests] == [16]
        band = next(c for c in when.any if c.question == "age_band")
        assert band.in_ is not None
        assert "age_under_16" not in band.in_
        bands = [c.value for c in pack.choices_of(pack.question("age_band"))]
        assert sorted(band.in_) == sorted(b for b in bands if b != "age_under_16")


def test_the_victims_code_has_all_twelve_rights() -> None:
    questions = core_pack().stage("support").questions()
    rights = [q for q in questions if q.id.startswith("code_right_")]
    numbers = [int(re.match(r"code_right_(\d\d)_", q.id).group(1)) for q in rights]  # type: ignore[union-attr]
    assert numbers == list(range(1, 13))
    for n, q in enumerate(rights, start=1):
        assert isinstance(q, ChoiceQuestion)
        assert q.choice_list == "code_right_status"
        assert f"right {n} " in (q.why or "")


def test_safety_questions_are_for_the_caseworker_only() -> None:
    section = next(s for s in core_pack().stage("assessment").sections if s.id == "keeping_safe")
    assert len(section.questions) >= 5
    for q in section.questions:
        assert not q.self_completion, q.id
        # Named neutrally: nothing in an id or wording that labels the person.
        for text in (q.id, q.prompt, q.say or ""):
            assert "risk" not in text.lower(), q.id


OUTCOMES = ("coping", "informed", "safe", "wellbeing", "justice")


@pytest.mark.parametrize(
    ("point", "stage"), [("start", "assessment"), ("review", "review"), ("exit", "exit")]
)
def test_outcome_measures_are_taken_at_each_collection_point(point: str, stage: str) -> None:
    pack = core_pack()
    for measure in OUTCOMES:
        q = pack.question(f"outcome_{measure}_{point}")
        assert pack.stage_of(q.id).id == stage
        assert q.type == "scale"
        assert q.returns is not None
        assert q.returns.dimension == f"outcome_{measure}"
        start = pack.question(f"outcome_{measure}_start")
        # The same question each time, so the answers can be compared.
        assert (q.prompt, q.low_label, q.high_label) == (  # type: ignore[union-attr]
            start.prompt,
            start.low_label,  # type: ignore[union-attr]
            start.high_label,  # type: ignore[union-attr]
        )


def test_the_person_never_sees_a_placeholder() -> None:
    """Caseworker scripts may say "[your name]"; nothing a person reads alone does."""
    keys = text_keys(core_pack())
    person_facing = {
        k: v for k, v in keys.items() if not k.endswith(".say") and not k.endswith(".reflect.say")
    }
    assert person_facing
    assert [k for k, v in person_facing.items() if "[" in v or "{" in v] == []


def test_every_question_can_be_translated_as_whole_sentences() -> None:
    keys = text_keys(core_pack())
    for q in core_pack().questions():
        prompt = keys[f"question.{q.id}.prompt"]
        assert prompt[0].isupper(), q.id
        assert prompt.rstrip()[-1] in ".?", q.id
        why = keys[f"question.{q.id}.why"]
        assert why[0].isupper(), q.id
        assert why.rstrip().endswith("."), q.id
