"""The catalogue of return-template problems: a stable code, a message and how to fix it.

Return templates are written by the same people who adapt form packs, so their errors
follow the form-pack style (`intake.forms.errors`): each names the file and line and
says how to put it right. `R` codes are kept apart from the pack's `F` codes so that a
guide can cite either without ambiguity, and they never change meaning once published.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from intake.forms.errors import fill, location
from intake.forms.yamlsource import parse_yaml


class RCode(Enum):
    """(code, message template, how to fix)."""

    YAML_SYNTAX = (
        "R001",
        "this is not valid YAML: {detail}",
        "Check indentation (spaces, not tabs) and that every 'key: value' has a space "
        "after the colon.",
    )
    UNKNOWN_KEY = (
        "R002",
        "'{key}' is not a known field here",
        "Check the spelling against docs/returns.md, or remove the field.",
    )
    WRONG_VALUE = (
        "R003",
        "{detail}",
        "Give a value of the kind docs/returns.md lists for this field.",
    )
    MISSING_KEY = (
        "R004",
        "the field '{key}' is required here",
        "Add '{key}:' with a value.",
    )
    UNKNOWN_KIND = (
        "R005",
        "'{value}' is not a kind of table",
        "Use one of: volumes, repeat, count, crosstab, first_contact, withdrawal_stage, "
        "rights, outcome_change, comfort.",
    )
    DUPLICATE_TABLE = (
        "R006",
        "the table id '{id}' is used more than once",
        "Give each table its own id.",
    )
    UNKNOWN_REFERENCE = (
        "R007",
        "the {what} '{id}' is not in the pack '{pack}'",
        "Use a question id, or a dimension named by a question's 'returns:', from the pack.",
    )
    FREE_TEXT = (
        "R008",
        "'{id}' is a {qtype} question; it cannot be counted",
        "Free text, numbers and dates never leave the service. Count a choice, yes/no or "
        "scale question instead.",
    )
    MULTIPLE_IN_CROSSTAB = (
        "R009",
        "'{id}' allows more than one answer, so it cannot be an axis of a cross-tab",
        "Cross-tabs need one answer per person; count this question on its own instead.",
    )
    NEEDS_AGE_BANDS = (
        "R010",
        "'{id}' includes a date question, so the table needs 'age_bands:'",
        "Add 'age_bands:' mapping each age group's choice value to [youngest, oldest].",
    )
    WRONG_PACK = (
        "R011",
        "the template is for the pack '{want}', not '{have}'",
        "Choose a template written for this pack, or change 'pack:'.",
    )
    NO_DISCLOSURE_CONTROL = (
        "R012",
        "disclosure control is switched off ('method: none')",
        "Only publish without disclosure control when the figures will never leave the service.",
    )
    NOT_A_TEMPLATE = (
        "R013",
        "the template '{name}' cannot be read: {detail}",
        "Check the file exists in forms/returns/ and is UTF-8 text.",
    )
    BAD_PERIOD = (
        "R014",
        "'{value}' is not a {kind} period",
        "Write a quarter as 2026-Q3 or 2026-27-Q1, a year as 2026 or 2026-27, and a custom "
        "period as 2026-07-01..2026-09-30.",
    )
    TR_BAD_FILE = (
        "R015",
        "the translation file is not well formed: {detail}",
        "A translation file has 'language:', 'name:', 'english_name:', 'direction:', "
        "'reviewed:' and 'strings:' mapping keys to text; see docs/translations.md.",
    )
    TR_UNKNOWN_KEY = (
        "R016",
        "the translation key '{key}' matches no {what}",
        "Fix the key ('intake returns keys --template {template}' lists every key) or remove it.",
    )
    TR_MISSING = (
        "R017",
        "{count} label(s) have no '{lang}' translation, e.g. '{key}' (English is shown instead)",
        "Add the missing keys to {name}.",
    )
    TR_PLACEHOLDERS = (
        "R018",
        "the translation of '{key}' must keep the fields {fields}, as in the English",
        "Keep every {{name}} field exactly as it is in the English, in the place the "
        "language needs it.",
    )
    NO_LANGUAGE = (
        "R019",
        "the return '{id}' has no labels in '{language}'",
        "Choose one of: {languages}. To add a language, see docs/translations.md.",
    )

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def template(self) -> str:
        return self.value[1]

    @property
    def fix_template(self) -> str:
        return self.value[2]


@dataclass(frozen=True)
class ReturnProblem:
    """One problem in a return template, with where it is and how to fix it."""

    code: RCode
    file: Path | None
    line: int | None
    message: str
    fix: str
    warning: bool = False

    @classmethod
    def make(
        cls,
        code: RCode,
        file: Path | None,
        line: int | None,
        warning: bool = False,
        **params: object,
    ) -> ReturnProblem:
        return cls(
            code=code,
            file=file,
            line=line,
            message=fill(code.template, params),
            fix=fill(code.fix_template, params),
            warning=warning,
        )

    def __str__(self) -> str:
        kind = "warning" if self.warning else "error"
        where = location(self.file, self.line, "<template>")
        return f"{where}: {kind} {self.code.code}: {self.message}. {self.fix}"


def read_mapping(
    text: str, file: Path, code: RCode, what: str
) -> tuple[dict[str, Any] | None, list[ReturnProblem]]:
    """A YAML file that must hold a mapping (a template, a translation): the mapping, or
    None and the problems: the YAML error with its line, or `code` saying that `what`
    must be a mapping."""
    tree, yaml_problems = parse_yaml(text, file)
    if yaml_problems:
        return None, [
            ReturnProblem.make(RCode.YAML_SYNTAX, file, p.line, detail=p.message.split(": ", 1)[-1])
            for p in yaml_problems
        ]
    if not isinstance(tree, dict):
        return None, [ReturnProblem.make(code, file, 1, detail=f"{what} must be a mapping")]
    return tree, []


class ReturnTemplateError(Exception):
    """Raised when a template cannot be used; carries every problem found."""

    def __init__(self, problems: list[ReturnProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class PeriodError(ValueError):
    """A period written in a way Intake does not read."""
