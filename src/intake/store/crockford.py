"""Crockford base32 codes with a check character, for things people read aloud and type.

Person references (`V-7KQ2-MX4P`) and the recovery key use the same alphabet: no I, L, O
or U, so nothing is mistaken for 1, 0 or a rude word, and typing is forgiving (lower
case, O for 0, I or L for 1, spaces and hyphens ignored). The check character is Luhn
mod 32, which catches every single mistyped character and most swapped neighbours while
staying inside the alphabet (Crockford's own check symbols `*~$=U` are hard to say).
"""

from __future__ import annotations

import random
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}


def normalise(text: str) -> str:
    """Upper case, aliases mapped, separators dropped. Unknown characters are kept (and fail)."""
    out = []
    for ch in text.upper():
        if ch in " -_.":
            continue
        out.append(_ALIASES.get(ch, ch))
    return "".join(out)


def check_char(body: str) -> str:
    """Luhn mod 32 check character of a normalised body."""
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def is_valid(code: str) -> bool:
    """Whether a normalised code (body plus check character) is well formed."""
    if len(code) < 2 or any(ch not in _VALUE for ch in code):
        return False
    return check_char(code[:-1]) == code[-1]


def random_body(length: int, rng: random.Random | None = None) -> str:
    """Random characters; from `rng` when given (synthetic data), else the OS's CSPRNG."""
    if rng is not None:
        return "".join(rng.choice(ALPHABET) for _ in range(length))
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def group(code: str, size: int) -> str:
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


REFERENCE_PREFIX = "V"


def new_reference(rng: random.Random | None = None) -> str:
    """A fresh person reference such as `V-7KQ2-MX4P` (7 random characters and a check)."""
    body = random_body(7, rng)
    return f"{REFERENCE_PREFIX}-{group(body + check_char(body), 4)}"


def parse_reference(text: str) -> str | None:
    """The canonical form of a typed reference, or None if it is not a valid one."""
    code = normalise(text)
    if code.startswith(REFERENCE_PREFIX) and len(code) == 9:
        code = code[1:]
    if len(code) != 8 or not is_valid(code):
        return None
    return f"{REFERENCE_PREFIX}-{group(code, 4)}"


RECOVERY_LENGTH = 24  # 120 random bits


def new_recovery_secret() -> str:
    """Five groups of five characters, the last one a check: `7KQ2M-...-XXXXC`."""
    body = random_body(RECOVERY_LENGTH)
    return group(body + check_char(body), 5)


def parse_recovery_secret(text: str) -> str | None:
    """The canonical recovery secret from what was typed, or None if it fails the check."""
    code = normalise(text)
    if len(code) != RECOVERY_LENGTH + 1 or not is_valid(code):
        return None
    return group(code, 5)
