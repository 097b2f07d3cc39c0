"""What a password must be. Kept apart from the user services so the first-run screens
can check a password without loading the store or the key-wrapping libraries."""

from __future__ import annotations

from intake.store.errors import InvalidInputError

MIN_PASSWORD_LENGTH = 10


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInputError(
            f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.",
            "A short sentence you can remember works well.",
        )
