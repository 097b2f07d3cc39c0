"""The form label format: round trip, and refusal of anything that is not exactly a label."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.paper import FormHeader, PaperCode, PaperError, format_header, parse_header

_ID = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
_VERSION = st.from_regex(r"\d{1,3}\.\d{1,3}(\.\d{1,3})?", fullmatch=True)
_REF = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,31}", fullmatch=True)


def test_the_documented_example() -> None:
    header = FormHeader("core", "1.0", "referral", "V-7KQ2-MX4P")
    assert format_header(header) == "INTAKE1|core|1.0|referral|V-7KQ2-MX4P"


def test_all_stages_and_no_reference() -> None:
    assert format_header(FormHeader("core", "1.0", None, None)) == "INTAKE1|core|1.0|*|"
    assert parse_header("INTAKE1|core|1.0|*|") == FormHeader("core", "1.0", None, None)


@given(pack=_ID, version=_VERSION, stage=st.none() | _ID, reference=st.none() | _REF)
def test_any_header_round_trips(
    pack: str, version: str, stage: str | None, reference: str | None
) -> None:
    header = FormHeader(pack, version, stage, reference)
    assert parse_header(format_header(header)) == header


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "INTAKE2|core|1.0|referral|V-7KQ2",
        "INTAKE1|core|1.0|referral",
        "INTAKE1|core|1.0|referral|V-7KQ2|extra",
        "INTAKE1|Core|1.0|referral|V-7KQ2",
        "INTAKE1|core|one|referral|V-7KQ2",
        "INTAKE1|core|1.0|Referral|V-7KQ2",
        "INTAKE1|core|1.0|referral|V 7KQ2",
    ],
)
def test_anything_else_is_a_bad_header(text: str) -> None:
    with pytest.raises(PaperError) as error:
        parse_header(text)
    assert error.value.code is PaperCode.BAD_HEADER
