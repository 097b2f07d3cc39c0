"""Paper forms: printable and fillable PDFs of form packs, read back, and referral files.

Pure functions, data in and bytes out: no Qt, no database, no files written. The app
layer prints or saves the bytes, matches references to people and records answers.
"""

from intake.paper.answers import ProblemCode, ReadProblem
from intake.paper.errors import PaperCode, PaperError
from intake.paper.header import FormHeader, format_header, parse_header
from intake.paper.questions import ItemKind, PrintedItem
from intake.paper.readback import FilledForm, ReadStatus, read_filled_pdf, read_header
from intake.paper.referral_mapping import ReferralMapping, check_mapping, read_mapping
from intake.paper.referrals import ReferralBatch, ReferralPerson, ReferralRow, read_referrals
from intake.paper.render import (
    PaperOptions,
    printed_items,
    printed_questions,
    render_pack,
    render_personalised,
    render_stage,
)
from intake.paper.words import ENGLISH, PaperWords, read_words, shipped_languages, words_for

__all__ = [
    "ENGLISH",
    "FilledForm",
    "FormHeader",
    "ItemKind",
    "PaperCode",
    "PaperError",
    "PaperOptions",
    "PaperWords",
    "PrintedItem",
    "ProblemCode",
    "ReadProblem",
    "ReadStatus",
    "ReferralBatch",
    "ReferralMapping",
    "ReferralPerson",
    "ReferralRow",
    "check_mapping",
    "format_header",
    "parse_header",
    "printed_items",
    "printed_questions",
    "read_filled_pdf",
    "read_header",
    "read_mapping",
    "read_referrals",
    "read_words",
    "render_pack",
    "render_personalised",
    "render_stage",
    "shipped_languages",
    "words_for",
]
