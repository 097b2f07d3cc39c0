"""Every question feeds a return dimension, or is listed here with the reason it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.forms import ChoiceQuestion, LongText, ShortText, YesNo

from .support import core_pack

DOCS = Path(__file__).resolve().parents[2] / "docs" / "default-pack.md"

CONSENT = "consent is recorded as an event; it decides what is counted, it is not a count"
FREE_TEXT = "free text in the person's own words; free text never leaves the service"
SAFETY = "kept for safety planning with the person; too sensitive to count one by one"
CONTACT = "only used to contact the person safely"

NOT_REPORTED = {
    "consent_support": CONSENT,
    "consent_sharing": CONSENT,
    "consent_reporting": CONSENT,
    "sharing_agencies": "detail of the sharing consent, used only when sharing",
    "contact_methods": CONTACT,
    "contact_messages_ok": CONTACT,
    "contact_safety_notes": FREE_TEXT,
    "preferred_language_other": FREE_TEXT,
    "needs_notes": FREE_TEXT,
    "safety_at_home": SAFETY,
    "safety_contact": SAFETY,
    "safety_threats": SAFETY,
    "safety_getting_worse": SAFETY,
    "safety_children": SAFETY,
    "safety_self": SAFETY,
    "ethnicity_describe": FREE_TEXT,
    "religion_describe": FREE_TEXT,
    "gender_identity_describe": FREE_TEXT,
    "sexual_orientation_describe": FREE_TEXT,
    "withdrawal_recontact": "an arrangement with the person, not an outcome",
    "withdrawal_other_services": "an offer to the person, not an outcome",
    "feedback_comments": FREE_TEXT,
}

# Several questions feed one dimension when they are the same measure taken at different
# points (the stage tells the returns which), or the same fact asked in two ways of
# which only one is ever put.
SHARED_DIMENSIONS = {
    "age_band": {"date_of_birth", "age_band"},
    "outcome_coping": {"outcome_coping_start", "outcome_coping_review", "outcome_coping_exit"},
    "outcome_informed": {
        "outcome_informed_start",
        "outcome_informed_review",
        "outcome_informed_exit",
    },
    "outcome_safe": {"outcome_safe_start", "outcome_safe_review", "outcome_safe_exit"},
    "outcome_wellbeing": {
        "outcome_wellbeing_start",
        "outcome_wellbeing_review",
        "outcome_wellbeing_exit",
    },
    "outcome_justice": {"outcome_justice_start", "outcome_justice_review", "outcome_justice_exit"},
    "withdrawal_reason": {"withdrawal_reason_review", "withdrawal_reason_exit"},
}


def dimensions() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for q in core_pack().questions():
        if q.returns is not None:
            found.setdefault(q.returns.dimension, set()).add(q.id)
    return found


def test_every_question_is_reported_or_listed_with_a_reason() -> None:
    ids = {q.id for q in core_pack().questions()}
    unmapped = {q.id for q in core_pack().questions() if q.returns is None}
    assert unmapped == set(NOT_REPORTED)
    assert set(NOT_REPORTED) <= ids
    assert all(reason.strip() for reason in NOT_REPORTED.values())


def test_free_text_is_never_reported() -> None:
    for q in core_pack().questions():
        if isinstance(q, ShortText | LongText):
            assert q.returns is None, q.id
            assert NOT_REPORTED[q.id] == FREE_TEXT


def test_a_dimension_has_one_question_unless_it_is_a_known_shared_one() -> None:
    shared = {dim: qids for dim, qids in dimensions().items() if len(qids) > 1}
    assert shared == SHARED_DIMENSIONS


def test_only_one_way_of_asking_a_shared_fact_is_ever_put() -> None:
    pack = core_pack()
    band = pack.question("age_band").when
    assert band is not None
    assert (band.question, band.declined) == ("date_of_birth", True)
    exit_reason = pack.question("withdrawal_reason_exit").when
    assert exit_reason is not None
    assert "withdrawal_reason_review" in exit_reason.questions()


@pytest.mark.parametrize(
    "qid",
    [
        q.id
        for q in core_pack().questions()
        if q.returns is not None and q.returns.groups is not None
    ],
)
def test_groups_place_every_choice_exactly_once(qid: str) -> None:
    pack = core_pack()
    q = pack.question(qid)
    assert q.returns is not None
    assert q.returns.groups is not None
    members = [m for group in q.returns.groups.values() for m in group]
    assert sorted(members) == sorted(c.value for c in pack.choices_of(q))


def test_reported_questions_have_categories_to_count() -> None:
    """Counts need fixed categories: choices, yes/no, a scale, or a date turned into a band."""
    for q in core_pack().questions():
        if q.returns is None:
            continue
        fixed = isinstance(q, ChoiceQuestion | YesNo) or q.type in ("scale", "date")
        assert fixed, q.id


def test_every_dimension_is_described_in_the_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [dim for dim in dimensions() if f"`{dim}`" not in text]
    assert missing == []


def test_every_question_is_described_in_the_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [q.id for q in core_pack().questions() if f"`{q.id}`" not in text]
    assert missing == []
