"""The catalogue of form-pack problems: a stable code, a message and how to fix it.

Codes never change meaning once published, so guides and support notes can cite them.
`F` codes are errors in the pack; `T` codes concern translations; `S` codes are the
trauma-informed rules that `intake forms check --strict` adds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


class Code(Enum):
    """(code, severity, message template, how to fix)."""

    YAML_SYNTAX = (
        "F001",
        Severity.ERROR,
        "this is not valid YAML: {detail}",
        "Check indentation (spaces, not tabs) and that every 'key: value' has a space after "
        "the colon. Quote text that contains ': ' or starts with a special character.",
    )
    UNKNOWN_KEY = (
        "F002",
        Severity.ERROR,
        "'{key}' is not a known field here",
        "Check the spelling against docs/forms.md, or remove the field.",
    )
    WRONG_TYPE = (
        "F003",
        Severity.ERROR,
        "{detail}",
        "Give a value of the kind docs/forms.md lists for this field.",
    )
    MISSING_KEY = (
        "F004",
        Severity.ERROR,
        "the field '{key}' is required here",
        "Add '{key}:' with a value.",
    )
    DUPLICATE_ID = (
        "F005",
        Severity.ERROR,
        "the id '{id}' is used more than once (first at line {first_line})",
        "Give each stage, section, question and check-in its own id.",
    )
    COND_UNKNOWN_QUESTION = (
        "F006",
        Severity.ERROR,
        "the condition names a question '{id}' that is not in this pack",
        "Use the id of a question defined in the pack.",
    )
    COND_IMPOSSIBLE_CHOICE = (
        "F007",
        Severity.ERROR,
        "the condition compares '{id}' with '{value}', which is not one of its choices ({choices})",
        "Use one of the question's choice values.",
    )
    CHOICE_NO_LABEL = (
        "F008",
        Severity.ERROR,
        "a choice has no label",
        "Give every choice a 'label:' that people will read.",
    )
    COND_CYCLE = (
        "F009",
        Severity.ERROR,
        "conditions go round in a circle: {cycle}",
        "A question's condition cannot depend, directly or indirectly, on itself.",
    )
    COND_SHAPE = (
        "F010",
        Severity.ERROR,
        "this condition is not well formed: {detail}",
        "See 'Conditions' in docs/forms.md for the shapes a condition can take.",
    )
    UNKNOWN_CHOICE_LIST = (
        "F011",
        Severity.ERROR,
        "the choice list '{id}' is not defined in 'choice_lists'",
        "Define it under 'choice_lists:' at the top of the pack, or fix the name.",
    )
    COND_WRONG_KIND = (
        "F012",
        Severity.ERROR,
        "the condition uses '{test}' on '{id}', a {qtype} question",
        "Use number tests on number and scale questions, 'age_from' on date questions, "
        "and equals/in on choice and yes/no questions.",
    )
    UNKNOWN_QUESTION_TYPE = (
        "F013",
        Severity.ERROR,
        "'{value}' is not a question type",
        "Use one of: single_choice, multiple_choice, yes_no, short_text, long_text, date, "
        "number, scale.",
    )
    MISSING_FILE = (
        "F014",
        Severity.ERROR,
        "the file '{name}' cannot be read: {detail}",
        "Check the path is relative to the pack folder and the file exists.",
    )
    RETURNS_UNKNOWN_CHOICE = (
        "F015",
        Severity.ERROR,
        "the returns group '{group}' names '{value}', which is not a choice of this question",
        "Use the question's choice values in 'returns: groups:'.",
    )
    DUPLICATE_CHOICE = (
        "F016",
        Severity.ERROR,
        "the choice value '{value}' appears more than once in this list",
        "Give each choice its own value.",
    )
    NOT_A_PACK = (
        "F017",
        Severity.ERROR,
        "no pack.yaml was found in {name}",
        "Point at a pack folder holding pack.yaml, or at a folder of pack folders.",
    )
    TR_UNKNOWN_ID = (
        "T001",
        Severity.ERROR,
        "the translation key '{key}' does not match any text in the pack",
        "Fix the key (see `intake forms keys PACK`) or remove it.",
    )
    TR_MISSING = (
        "T002",
        Severity.WARNING,
        "{count} text(s) have no '{lang}' translation, e.g. '{key}' (English is shown instead)",
        "Add the missing keys to translations/{lang}.yaml.",
    )
    TR_BAD_FILE = (
        "T003",
        Severity.ERROR,
        "the translation file is not well formed: {detail}",
        "A translation file has 'language:', 'name:', optional 'reviewed:' and 'direction:', "
        "and 'strings:' mapping keys to text.",
    )
    STRICT_NO_WHY = (
        "S001",
        Severity.ERROR,
        "the question '{id}' has no why-line",
        "Add 'why:', one plain sentence on why it is asked and what it is used for.",
    )
    STRICT_PERSONAL_NO_DECLINE = (
        "S002",
        Severity.ERROR,
        "the personal question '{id}' does not allow 'prefer not to say'",
        "Remove 'prefer_not_to_say: false': personal questions must always allow it.",
    )
    STRICT_NO_DEFINITION = (
        "S003",
        Severity.ERROR,
        "the protected-characteristic question '{id}' has no definition",
        "Add 'definition:' explaining the characteristic in plain words.",
    )
    STRICT_NO_CHECKIN = (
        "S004",
        Severity.ERROR,
        "the stage '{id}' has no wellbeing check-in",
        "Add a 'check_ins:' entry so the person is asked how they are feeling.",
    )
    STRICT_NO_TRANSPARENCY = (
        "S005",
        Severity.ERROR,
        "the stage '{id}' collects information but has no transparency script",
        "Add 'transparency:' saying why we collect, how it is kept, and that consent can "
        "be withdrawn at any time.",
    )

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def severity(self) -> Severity:
        return self.value[1]

    @property
    def template(self) -> str:
        return self.value[2]

    @property
    def fix_template(self) -> str:
        return self.value[3]


@dataclass(frozen=True)
class Problem:
    """One problem found in a pack, with where it is and how to fix it."""

    code: Code
    file: Path | None
    line: int | None
    message: str
    fix: str
    severity: Severity

    @classmethod
    def make(
        cls,
        code: Code,
        file: Path | None,
        line: int | None,
        severity: Severity | None = None,
        **params: object,
    ) -> Problem:
        return cls(
            code=code,
            file=file,
            line=line,
            message=fill(code.template, params),
            fix=fill(code.fix_template, params),
            severity=severity or code.severity,
        )

    def __str__(self) -> str:
        where = location(self.file, self.line, "<pack>")
        return f"{where}: {self.severity.value} {self.code.code}: {self.message}. {self.fix}"


def fill(template: str, params: dict[str, object]) -> str:
    """A message template with its values; a value not given stays as `{name}`."""
    return template.format_map(_SafeDict(params))


def location(file: Path | None, line: int | None, unnamed: str) -> str:
    """`file:line` as problem reports print it."""
    where = str(file) if file else unnamed
    return f"{where}:{line}" if line is not None else where


class _SafeDict(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class FormError(Exception):
    """Raised when a pack cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
