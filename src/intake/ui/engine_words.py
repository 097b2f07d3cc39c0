"""Words the layers below the screens produce, marked here for translation.

The interview engine, the paper reader and the paper service explain problems in
English, each under a stable code (they cannot import Qt). The screens show them
through this module, which holds the same English under the same codes marked with
`N_()`, so the translation tools see them, and fills in any numbers after translating.
A test keeps these tables equal to the ones below them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from intake.ui.widgets import N_


def tr(text: str) -> str:
    return QCoreApplication.translate("EngineWords", text)


VALIDATION: dict[str, str] = {
    "empty": N_("This one needs an answer, or you can choose 'Prefer not to say'."),
    "not_a_choice": N_("Please choose from the options shown."),
    "exclusive_choice": N_(
        "One of these options goes on its own. Please choose it alone, or the others."
    ),
    "too_few": N_("Please choose at least {0} of the options."),
    "too_many": N_("Please choose up to {0} of the options."),
    "not_text": N_("Please type your answer in words."),
    "too_long": N_("That is a little long. Please keep it under {0} letters."),
    "no_such_date": N_("There is no such date. Please check the day and month."),
    "not_a_date": N_("Please give the date as day, month and year."),
    "future_date": N_("That date is after today. Please check the year."),
    "too_early": N_("That date is a long time ago. Please check the year."),
    "not_a_number": N_("Please give a number, using digits."),
    "not_whole": N_("Please give a whole number."),
    "too_small": N_("Please give a number of {0} or more."),
    "too_big": N_("Please give a number of {0} or less."),
    "off_scale": N_("Please choose a number from {0} to {1}."),
}
"""intake.interview.validation.MESSAGES, for translation."""

PAPER_PROBLEMS: dict[str, str] = {
    "R001": N_("This form has a field Intake did not make; it was left out."),
    "R002": N_("The answer is not one of the choices this question offers."),
    "R003": N_("More than one box is ticked, but this question takes one."),
    "R004": N_("More boxes are ticked than this question allows."),
    "R005": N_("A 'none of these' kind of box is ticked beside others."),
    "R006": N_("The date is not a real date. Check the day, month and year."),
    "R007": N_("The date is in the future, which this question does not allow."),
    "R008": N_("The year is earlier than this question allows."),
    "R009": N_("The answer is not a number, or not a whole number."),
    "R010": N_("The number is outside the range this question allows."),
    "R011": N_("The answer is longer than this question allows."),
    "R012": N_("Both an answer and 'prefer not to say' are given."),
    "R013": N_("This is needed but empty."),
    "R014": N_("This row has a different number of cells from the column names."),
    "R015": N_("This is not an Intake reference (they look like V-7KQ2-MX4P)."),
}
"""intake.paper.answers.MESSAGES by code, for translation."""

MATCHES: dict[str, str] = {
    "matched": N_("This form belongs to the person below."),
    "no_reference": N_(
        "This form has no reference on it, so Intake cannot tell whose it is. Open the "
        "person's page and type the answers in with Transcribe paper instead."
    ),
    "unknown_reference": N_(
        "No one in this workspace has the reference on this form. It may have been made "
        "by another service, or the person's record may have been erased. Nothing has "
        "been recorded."
    ),
    "no_open_journey": N_(
        "The person on this form has no open journey to add answers to. Open a new "
        "journey on their page first, then import the form again."
    ),
}
"""intake.app.paper_service.MATCH_WORDS by status, for translation."""


def _filled(table: dict[str, str], code: str, params: Sequence[str], english: str) -> str:
    wording = table.get(code)
    if wording is None:  # a newer code than this table knows: English beats nothing
        return english
    return tr(wording).format(*params)


def validation_text(code: str, params: Sequence[str], english: str) -> str:
    """Why an answer cannot be stored, in the screen's language."""
    return _filled(VALIDATION, code, params, english)


def paper_problem_text(code: str, english: str) -> str:
    """Why one answer on a form could not be read, in the screen's language."""
    return _filled(PAPER_PROBLEMS, code, (), english)


def match_text(status: str, english: str) -> str:
    """Whose form this is (or why Intake cannot tell), in the screen's language."""
    return _filled(MATCHES, status, (), english)
