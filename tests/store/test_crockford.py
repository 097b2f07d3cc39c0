"""References and recovery keys: readable, forgiving to type, and checked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake.store.crockford import (
    ALPHABET,
    check_char,
    new_recovery_secret,
    new_reference,
    parse_recovery_secret,
    parse_reference,
)


def test_a_reference_looks_like_the_design() -> None:
    ref = new_reference()
    assert ref.startswith("V-")
    assert len(ref) == len("V-7KQ2-MX4P")
    assert parse_reference(ref) == ref


def test_typing_is_forgiving() -> None:
    ref = new_reference()
    typed = ref.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_reference(typed) == ref


@given(
    st.text(alphabet=ALPHABET, min_size=7, max_size=7), st.integers(0, 7), st.sampled_from(ALPHABET)
)
def test_every_single_mistyped_character_is_caught(body: str, pos: int, wrong: str) -> None:
    code = body + check_char(body)
    if code[pos] == wrong:
        return
    typo = code[:pos] + wrong + code[pos + 1 :]
    assert parse_reference(typo) is None


def test_a_recovery_secret_reads_in_five_groups_and_checks_itself() -> None:
    secret = new_recovery_secret()
    assert [len(g) for g in secret.split("-")] == [5, 5, 5, 5, 5]
    assert parse_recovery_secret(secret.lower()) == secret
    swapped = secret[1] + secret[0] + secret[2:]
    if swapped != secret:
        assert parse_recovery_secret(swapped) is None
