"""Words the layers below the screens write, shown in the screens' language.

The interview engine, the paper reader and the paper service explain problems in
English (they cannot import Qt), each from a table of their own:
`intake.interview.validation.MESSAGES`, `intake.paper.answers.MESSAGES` and
`intake.app.paper_service.MATCH_WORDS`. `tools/i18n.py` reads those tables into the
translation files under the context "EngineWords" (see its CATALOGUES), so the screens
translate the English they are given; numbers are filled in after translating.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from intake.interview.validation import MESSAGES


def tr(text: str) -> str:
    return QCoreApplication.translate("EngineWords", text)


def validation_text(code: str, params: Sequence[str], english: str) -> str:
    """Why an answer cannot be stored, in the screen's language."""
    wording = MESSAGES.get(code)
    if wording is None:  # a newer code than the table: English beats nothing
        return english
    return tr(wording).format(*params)


def lower_text(english: str) -> str:
    """A paper read problem or an import match reason, in the screen's language."""
    return tr(english)
