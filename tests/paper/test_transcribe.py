"""Typed-in rows from a paper form: the same rules as a filled PDF, and plain words back."""

from __future__ import annotations

from datetime import date

import pytest

from intake.domain import AnswerStatus, Source
from intake.forms import CheckInSpec
from intake.paper import ProblemCode
from intake.paper.transcribe import read_check_in_entry, read_entry, value_text
from tests.paper.support import inline_pack

TODAY = date(2026, 11, 21)


def _read(question_id: str, entry: object, declined: bool = False):  # type: ignore[no-untyped-def]
    pack = inline_pack().pack
    return read_entry(
        pack, pack.question(question_id), entry, declined=declined, stage="one", today=TODAY
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "value"),
    [("17/5/1990", "1990-05-17"), ("17 05 1990", "1990-05-17"), ("1990-05-17", "1990-05-17")],
)
def test_a_date_is_read_as_a_person_writes_it(typed: str, value: str) -> None:
    answer, problem = _read("born", typed)
    assert problem is None
    assert answer is not None
    assert (answer.value, answer.source, answer.stage) == (value, Source.PAPER, "one")


@pytest.mark.parametrize(
    ("question", "typed", "code"),
    [
        ("born", "31/02/1990", ProblemCode.BAD_DATE),
        ("born", "1/1/2099", ProblemCode.DATE_IN_FUTURE),
        ("born", "next tuesday", ProblemCode.BAD_DATE),
        ("children", "two", ProblemCode.BAD_NUMBER),
        ("children", "21", ProblemCode.OUT_OF_RANGE),
        ("note", "x" * 21, ProblemCode.TOO_LONG),
        ("colour", "green", ProblemCode.UNKNOWN_CHOICE),
        ("pets", ["cat", "no_pets"], ProblemCode.EXCLUSIVE_CHOICE),
    ],
)
def test_what_does_not_fit_is_a_problem_and_no_answer(
    question: str, typed: object, code: ProblemCode
) -> None:
    assert _read(question, typed) == (None, code)


def test_empty_rows_are_not_asked_and_declines_are_answers() -> None:
    assert _read("note", "   ") == (None, None)
    assert _read("pets", []) == (None, None)
    declined, problem = _read("colour", None, declined=True)
    assert problem is None
    assert declined is not None
    assert (declined.status, declined.value) == (AnswerStatus.PREFER_NOT_TO_SAY, None)
    assert _read("colour", "red", declined=True) == (None, ProblemCode.ANSWER_AND_DECLINE)


def test_choices_numbers_and_scales_become_stored_values() -> None:
    assert _read("pets", ["dog", "cat"])[0].value == ["cat", "dog"]  # type: ignore[union-attr]
    assert _read("children", "3")[0].value == 3  # type: ignore[union-attr]
    assert _read("calm", "7")[0].value == 7  # type: ignore[union-attr]


def test_a_check_in_takes_one_number_on_its_scale() -> None:
    spec = CheckInSpec(id="end", prompt="How was that?")
    check_in, problem = read_check_in_entry(spec, "4", declined=False, stage="one")
    assert problem is None
    assert check_in is not None
    assert check_in.score == 4
    assert read_check_in_entry(spec, "9", declined=False, stage="one") == (
        None,
        ProblemCode.OUT_OF_RANGE,
    )
    declined, _ = read_check_in_entry(spec, "", declined=True, stage="one")
    assert declined is not None
    assert declined.declined


def test_values_are_worded_as_a_person_would_read_them() -> None:
    pack = inline_pack().pack
    assert value_text(pack, pack.question("colour"), "blue") == "Blue"
    assert value_text(pack, pack.question("pets"), ["cat", "dog"]) == "Cat, Dog"
    assert value_text(pack, pack.question("born"), "1990-05-17") == "17/5/1990"
    assert value_text(pack, pack.question("calm"), 0) == "0 (Not at all)"
    assert value_text(pack, pack.question("children"), 2.0) == "2"
