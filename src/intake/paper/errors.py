"""Errors the paper layer raises, each with a stable code and a plain message.

Screens word these kindly and translate them by code, so the code is the contract and the
message is only a sensible English default. Messages never carry answers, names or
references: a filled-in form is personal data, and errors end up in logs.
"""

from __future__ import annotations

from enum import StrEnum


class PaperCode(StrEnum):
    """Why the paper layer refused: stable codes for screens, tests and translations."""

    UNKNOWN_STAGE = "P001"
    UNKNOWN_LANGUAGE = "P002"
    BAD_REFERENCE = "P003"
    NOT_A_PDF = "P010"
    NOT_AN_INTAKE_FORM = "P011"
    BAD_HEADER = "P012"
    WRONG_PACK = "P013"
    WRONG_VERSION = "P014"
    NOT_CSV = "P020"
    CSV_NO_HEADER = "P021"
    CSV_MISSING_COLUMN = "P022"
    BAD_MAPPING = "P023"
    BAD_WORDS = "P030"


MESSAGES: dict[PaperCode, str] = {
    PaperCode.UNKNOWN_STAGE: "This pack has no stage called '{stage}'. Choose one of: {choices}.",
    PaperCode.UNKNOWN_LANGUAGE: "This pack has no '{language}' version. It has: {choices}.",
    PaperCode.BAD_REFERENCE: (
        "A reference may use only letters, digits and '-', up to 32 characters."
    ),
    PaperCode.NOT_A_PDF: "This file is not a PDF, or it is damaged and cannot be read.",
    PaperCode.NOT_AN_INTAKE_FORM: (
        "This PDF is not an Intake form: it has no Intake form fields. "
        "Ask for a new fillable form to be sent."
    ),
    PaperCode.BAD_HEADER: (
        "This PDF's form label is damaged, so Intake cannot tell which form it is. "
        "Ask for a new fillable form to be sent."
    ),
    PaperCode.WRONG_PACK: "This form belongs to the '{found}' pack, not '{expected}'.",
    PaperCode.WRONG_VERSION: (
        "This form was made from version {found} of the pack, but this is version "
        "{expected}. Open it with the matching version of the pack."
    ),
    PaperCode.NOT_CSV: "This file is not a text CSV file. Save it from the spreadsheet as CSV.",
    PaperCode.CSV_NO_HEADER: "The CSV file is empty or has no row of column names.",
    PaperCode.CSV_MISSING_COLUMN: (
        "The CSV file has no column called '{column}', which the mapping needs. "
        "Check the column names in the first row."
    ),
    PaperCode.BAD_MAPPING: "The referral mapping file has a problem: {detail}",
    PaperCode.BAD_WORDS: "The paper words file '{file}' has a problem: {detail}.",
}


class PaperError(Exception):
    """A request the paper layer cannot carry out; `code` is stable, `message` is plain."""

    def __init__(self, code: PaperCode, **params: object) -> None:
        self.code = code
        self.message = MESSAGES[code].format(**params)
        super().__init__(f"{code.value}: {self.message}")
