"""The mapping file that says how a referrer's spreadsheet columns become answers.

Referrers send CSV files in their own layout, so a service writes one small YAML file per
referrer, checked against the pack before any row is read:

    pack: core                      # optional: refuse the file for another pack
    person:
      name: Full name               # column holding the person's name (required)
      date_of_birth: DOB            # optional
      referral_date: Date referred  # optional
      reference: Our reference      # optional: an Intake reference we gave before
    date_formats: ["%d/%m/%Y", "%Y-%m-%d"]   # the defaults
    list_separator: ";"             # between choices in one multiple-choice cell
    declined: [Declined, Not given] # cells meaning "prefer not to say", in any column
    columns:
      Crime type:
        question: crime_type
        values: {Burglary: burglary, Theft from person: theft}
      Interpreter needed:
        question: interpreter
        values: {Y: "yes", N: "no"}

Without `values`, a choice cell may hold a choice's value or label (any letter case).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from intake.forms import ChoiceQuestion, Pack, ScaleQuestion, YesNo
from intake.paper.errors import PaperCode, PaperError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonColumns(_Model):
    """Which columns hold who the referral is about (kept apart from the answers)."""

    name: str = Field(min_length=1)
    date_of_birth: str | None = None
    referral_date: str | None = None
    reference: str | None = None
    """A column holding an Intake reference (V-7KQ2-MX4P) for someone already known."""


class ColumnMap(_Model):
    """One column: the question it answers and, for choices, how its cells translate."""

    question: str = Field(min_length=1)
    values: dict[str, str] | None = None


class ReferralMapping(_Model):
    """A checked mapping file (see the module docstring for the format)."""

    pack: str | None = None
    person: PersonColumns
    date_formats: list[str] = Field(default_factory=lambda: ["%d/%m/%Y", "%Y-%m-%d"])
    list_separator: str = Field(default=";", min_length=1)
    declined: list[str] = Field(default_factory=list)
    columns: dict[str, ColumnMap] = Field(default_factory=dict)

    def needed_columns(self) -> list[str]:
        """Every column the CSV must have, in a stable order."""
        person = [
            self.person.name,
            self.person.date_of_birth,
            self.person.referral_date,
            self.person.reference,
        ]
        return [c for c in person if c] + list(self.columns)


def read_mapping(text: str, pack: Pack) -> ReferralMapping:
    """Parse and check a mapping against `pack`; PaperError(BAD_MAPPING) lists every problem."""
    try:
        tree = YAML(typ="safe").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PaperError(PaperCode.BAD_MAPPING, detail=f"it is not valid YAML{where}.") from None
    try:
        mapping = ReferralMapping.model_validate(tree)
    except ValidationError as exc:
        details = [
            f"'{'.'.join(str(p) for p in err['loc'])}': {err['msg']}"
            for err in exc.errors(include_url=False)
        ]
        raise PaperError(PaperCode.BAD_MAPPING, detail="; ".join(details) + ".") from None
    problems = check_mapping(mapping, pack)
    if problems:
        raise PaperError(PaperCode.BAD_MAPPING, detail="; ".join(problems) + ".")
    return mapping


def check_mapping(mapping: ReferralMapping, pack: Pack) -> list[str]:
    """Plain sentences for everything in the mapping that does not fit the pack."""
    problems: list[str] = []
    if mapping.pack is not None and mapping.pack != pack.id:
        problems.append(f"it is for the '{mapping.pack}' pack, not '{pack.id}'")
    known = {q.id: q for q in pack.questions()}
    seen: dict[str, str] = {}
    for column, spec in mapping.columns.items():
        question = known.get(spec.question)
        if question is None:
            problems.append(f"column '{column}' names question '{spec.question}', not in the pack")
            continue
        if spec.question in seen:
            problems.append(
                f"columns '{seen[spec.question]}' and '{column}' both fill '{spec.question}'"
            )
        seen[spec.question] = column
        if spec.values is None:
            continue
        if isinstance(question, ScaleQuestion):
            allowed = {str(p) for p in range(question.minimum, question.maximum + 1)}
        elif isinstance(question, ChoiceQuestion | YesNo):
            allowed = {c.value for c in pack.choices_of(question)}
        else:
            problems.append(f"column '{column}' has values, but '{spec.question}' has no choices")
            continue
        for cell, value in spec.values.items():
            if value not in allowed:
                problems.append(
                    f"column '{column}' maps '{cell}' to '{value}', "
                    f"which is not a choice of '{spec.question}'"
                )
    return problems
