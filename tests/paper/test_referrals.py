"""Referral files: mapped columns become answers with source referral, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from intake.domain import AnswerStatus, Source
from intake.paper import (
    PaperCode,
    PaperError,
    ProblemCode,
    ReferralMapping,
    read_mapping,
    read_referrals,
)
from tests.paper.support import inline_pack

TODAY = date(2026, 11, 21)
MAPPING = """\
pack: tiny
person:
  name: Full name
  date_of_birth: DOB
  referral_date: Referred
declined: [Declined, Not given]
columns:
  Favourite colour:
    question: colour
  Pets:
    question: pets
    values: {Cat: cat, Dog: dog, None: no_pets}
  OK?:
    question: ok
    values: {Y: "yes", N: "no"}
  Children:
    question: children
  Born:
    question: born
  Note:
    question: note
  Calm:
    question: calm
"""
HEADER = "Full name,DOB,Referred,Favourite colour,Pets,OK?,Children,Born,Note,Calm,Officer\n"
GOOD = (
    HEADER
    + "Alex Example,07/03/1990,2026-11-01,blue,Cat;Dog,Y,2,1990-03-07,Call after 5,7,PC 1\n"
    + "Sam Sample,,,RED,,Declined,,,,,\n"
)


def _mapping(text: str = MAPPING) -> ReferralMapping:
    return read_mapping(text, inline_pack().pack)


def test_each_row_becomes_a_person_and_answers_with_source_referral() -> None:
    batch = read_referrals(GOOD.encode(), _mapping(), inline_pack().pack, today=TODAY)
    assert batch.importable
    assert batch.problems == []
    assert batch.ignored_columns == ["Officer"]
    first, second = batch.rows
    assert first.row == 2
    assert first.person.name == "Alex Example"
    assert first.person.date_of_birth == date(1990, 3, 7)
    assert first.person.referral_date == date(2026, 11, 1)
    assert {a.question_id: a.value for a in first.answers} == {
        "colour": "blue",
        "pets": ["cat", "dog"],
        "ok": "yes",
        "children": 2,
        "born": "1990-03-07",
        "note": "Call after 5",
        "calm": 7,
    }
    assert {a.source for a in first.answers} == {Source.REFERRAL}
    assert {a.stage for a in first.answers} == {"one"}
    assert second.person.date_of_birth is None
    got = {a.question_id: (a.value, a.status) for a in second.answers}
    assert got == {
        "colour": ("red", AnswerStatus.ANSWERED),
        "ok": (None, AnswerStatus.PREFER_NOT_TO_SAY),
    }


def test_names_and_dates_of_birth_never_show_in_reprs() -> None:
    batch = read_referrals(GOOD.encode(), _mapping(), inline_pack().pack, today=TODAY)
    text = repr(batch)
    assert "Alex" not in text
    assert "1990" not in text


@pytest.mark.parametrize(
    ("row", "code", "column"),
    [
        (",07/03/1990,,,,,,,,,", ProblemCode.MISSING_VALUE, "Full name"),
        ("Alex,31/02/1990,,,,,,,,,", ProblemCode.BAD_DATE, "DOB"),
        ("Alex,01/01/2030,,,,,,,,,", ProblemCode.DATE_IN_FUTURE, "DOB"),
        ("Alex,,,purple,,,,,,,", ProblemCode.UNKNOWN_CHOICE, "Favourite colour"),
        ("Alex,,,,Cat;Hamster,,,,,,", ProblemCode.UNKNOWN_CHOICE, "Pets"),
        ("Alex,,,,Cat;None,,,,,,", ProblemCode.EXCLUSIVE_CHOICE, "Pets"),
        ("Alex,,,,,Maybe,,,,,", ProblemCode.UNKNOWN_CHOICE, "OK?"),
        ("Alex,,,,,,lots,,,,", ProblemCode.BAD_NUMBER, "Children"),
        ("Alex,,,,,,99,,,,", ProblemCode.OUT_OF_RANGE, "Children"),
        ("Alex,,,,,,,1st May,,,", ProblemCode.BAD_DATE, "Born"),
        ("Alex,,,,,,,,a very long note indeed,,", ProblemCode.TOO_LONG, "Note"),
        ("Alex,,,,,,,,,11,", ProblemCode.UNKNOWN_CHOICE, "Calm"),
        ("Alex,,", ProblemCode.ROW_SHAPE, None),
    ],
)
def test_a_row_that_does_not_fit_makes_the_whole_batch_not_importable(
    row: str, code: ProblemCode, column: str | None
) -> None:
    text = GOOD + row + "\n"
    batch = read_referrals(text.encode(), _mapping(), inline_pack().pack, today=TODAY)
    assert not batch.importable, "nothing is half imported"
    assert [(p.row, p.code, p.field) for p in batch.problems] == [(4, code, column)]
    message = batch.problems[0].message
    assert message.startswith("Row 4")
    assert "Alex" not in message
    assert [r.row for r in batch.rows] == [2, 3], "good rows stay visible for the preview"


def test_blank_rows_are_skipped_and_rows_keep_spreadsheet_numbers() -> None:
    text = HEADER + ",,,,,,,,,,\n\nAlex,,,,,,,,,,\n"
    batch = read_referrals(text.encode(), _mapping(), inline_pack().pack, today=TODAY)
    assert [r.row for r in batch.rows] == [4]


def test_a_windows_spreadsheet_export_with_a_bom_or_cp1252_is_read() -> None:
    bom = read_referrals(("\ufeff" + GOOD).encode(), _mapping(), inline_pack().pack, today=TODAY)
    assert bom.importable
    text = HEADER + "Zoë Café,,,,,,,,Naïve £5 note,,\n"
    batch = read_referrals(text.encode("cp1252"), _mapping(), inline_pack().pack, today=TODAY)
    assert batch.rows[0].person.name == "Zoë Café"


def test_a_file_with_only_column_names_is_not_importable() -> None:
    batch = read_referrals(HEADER.encode(), _mapping(), inline_pack().pack, today=TODAY)
    assert batch.rows == []
    assert not batch.importable


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", PaperCode.CSV_NO_HEADER),
        (b"\n\n", PaperCode.CSV_NO_HEADER),
        (b"%PDF-1.4\x00\x01\x02", PaperCode.NOT_CSV),
        (b"PK\x03\x04\x00\x00binary spreadsheet", PaperCode.NOT_CSV),
        (b'Full name,DOB\n"unclosed,1\n', PaperCode.NOT_CSV),
        (b"Name,Colour\nAlex,blue\n", PaperCode.CSV_MISSING_COLUMN),
    ],
    ids=["empty", "blank-lines", "pdf", "xlsx", "bad-quotes", "wrong-columns"],
)
def test_a_malformed_file_is_a_clear_error_and_produces_nothing(
    data: bytes, code: PaperCode
) -> None:
    with pytest.raises(PaperError) as error:
        read_referrals(data, _mapping(), inline_pack().pack, today=TODAY)
    assert error.value.code is code
    if code is PaperCode.CSV_MISSING_COLUMN:
        assert "'Full name'" in error.value.message


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("person: {name: N}\ncolumns: {A: {question: nope}}", "'nope', not in the pack"),
        ("pack: core\nperson: {name: N}", "for the 'core' pack"),
        ("person: {name: N}\ncolumns: {A: {question: ok, values: {Y: maybe}}}", "not a choice"),
        ("person: {name: N}\ncolumns: {A: {question: note, values: {Y: x}}}", "has no choices"),
        (
            "person: {name: N}\ncolumns: {A: {question: ok}, B: {question: ok}}",
            "both fill 'ok'",
        ),
        ("person: {}", "person.name"),
        ("person: {name: N}\ncolour: blue", "colour"),
        ("person: [unclosed", "not valid YAML"),
    ],
)
def test_a_mapping_that_does_not_fit_the_pack_is_refused_with_reasons(
    text: str, needle: str
) -> None:
    with pytest.raises(PaperError) as error:
        _mapping(text)
    assert error.value.code is PaperCode.BAD_MAPPING
    assert needle in error.value.message


def test_a_reference_column_is_read_and_a_malformed_one_is_a_problem() -> None:
    mapping = _mapping("person:\n  name: Full name\n  reference: Ref\n")
    text = "Full name,DOB,Ref\nAlex Example,,v 7kq2 mx4p\nSam Sample,,<script>\nJo Bloggs,,\n"
    batch = read_referrals(text.encode(), mapping, inline_pack().pack, today=TODAY)
    assert [r.person.reference for r in batch.rows] == ["v 7kq2 mx4p", None]
    assert [(p.code, p.row, p.field) for p in batch.problems] == [
        (ProblemCode.BAD_REFERENCE, 3, "Ref")
    ]
    assert "7kq2" not in repr(batch.rows[0])
