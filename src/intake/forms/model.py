"""Pydantic models of the form language: packs, stages, sections, questions, conditions.

These models only check the *shape* of one pack file. Checks that need the whole pack
(ids unique, conditions naming real questions and choices, no cycles) live in
`intake.forms.checks`, so that every problem can be reported at once with a stable code.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intake.domain import Scope

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
ConditionValue = str | int | float | bool

PROTECTED_CHARACTERISTICS = (
    "age",
    "disability",
    "gender_reassignment",
    "marriage_civil_partnership",
    "pregnancy_maternity",
    "race",
    "religion_belief",
    "sex",
    "sexual_orientation",
)
ProtectedCharacteristic = Literal[
    "age",
    "disability",
    "gender_reassignment",
    "marriage_civil_partnership",
    "pregnancy_maternity",
    "race",
    "religion_belief",
    "sex",
    "sexual_orientation",
]


ConsentPurpose = Literal["support", "sharing", "reporting"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Choice(Model):
    value: Id
    label: Text
    definition: str | None = None
    exclusive: bool = False
    """In a multiple choice, picking this clears the others (e.g. "None of these")."""


NUMBER_TESTS = ("greater_than", "less_than", "at_least", "at_most")
LEAF_FIELDS = ("equals", "in_", "answered", "declined", *NUMBER_TESTS)


class Condition(Model):
    """A structured condition. One of these shapes:

    - `{question: q, equals: v}` / `{question: q, in: [v, ...]}`
    - `{question: q, answered: true}` / `{question: q, declined: true}`
    - `{question: q, greater_than|less_than|at_least|at_most: n}` (numbers, scales)
    - `{age_from: date_q, at_least: 16}` (whole years from a date answer to today)
    - `{not: condition}` / `{all: [conditions]}` / `{any: [conditions]}`
    """

    question: Id | None = None
    age_from: Id | None = None
    equals: ConditionValue | None = None
    in_: list[ConditionValue] | None = Field(default=None, alias="in")
    answered: bool | None = None
    declined: bool | None = None
    greater_than: float | None = None
    less_than: float | None = None
    at_least: float | None = None
    at_most: float | None = None
    not_: Condition | None = Field(default=None, alias="not")
    all: list[Condition] | None = None
    any: list[Condition] | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> Condition:
        combinators = [k for k in ("not_", "all", "any") if getattr(self, k) is not None]
        tests = [k for k in LEAF_FIELDS if getattr(self, k) is not None]
        subjects = [k for k in ("question", "age_from") if getattr(self, k) is not None]
        if combinators:
            if len(combinators) > 1 or tests or subjects:
                raise ValueError(
                    "a condition with not/all/any must have nothing else beside it; "
                    "nest the other tests inside it"
                )
            return self
        if len(subjects) != 1:
            raise ValueError(
                "a condition needs exactly one of 'question' or 'age_from' "
                "(or one of 'not', 'all', 'any')"
            )
        if len(tests) != 1:
            raise ValueError(
                "a condition needs exactly one test: equals, in, answered, declined, "
                "greater_than, less_than, at_least or at_most"
            )
        if self.age_from is not None and tests[0] not in NUMBER_TESTS:
            raise ValueError("'age_from' takes a number test: at_least, at_most, ...")
        return self

    def questions(self) -> set[str]:
        """Every question id this condition reads."""
        found: set[str] = set()
        for q in (self.question, self.age_from):
            if q:
                found.add(q)
        for sub in self.children():
            found |= sub.questions()
        return found

    def children(self) -> list[Condition]:
        if self.not_ is not None:
            return [self.not_]
        return list(self.all or []) + list(self.any or [])

    def test(self) -> tuple[str, Any]:
        """The (name, operand) of a leaf condition."""
        for name in LEAF_FIELDS:
            value = getattr(self, name)
            if value is not None:
                return ("in" if name == "in_" else name, value)
        raise ValueError("not a leaf condition")


class Reflect(Model):
    """Wording used when the person already touched on the subject."""

    say: Text
    """Caseworker wording, e.g. "You mentioned your faith; may I ask which religion?"."""
    self_prompt: str | None = None
    when: Condition | None = None
    """An earlier answer that counts as having mentioned the subject."""


class Returns(Model):
    """How answers to this question feed return categories."""

    dimension: Id
    groups: dict[str, list[Id]] | None = None
    """Optional grouping of choice values into reporting categories."""


class QuestionBase(Model):
    id: Id
    scope: Scope = Scope.JOURNEY
    prompt: Text
    say: str | None = None
    self_prompt: str | None = None
    why: str | None = None
    definition: str | None = None
    required: bool = False
    prefer_not_to_say: bool = True
    ask_later: bool = True
    self_completion: bool = True
    personal: bool = False
    """Sensitive or identifying: must always allow "prefer not to say"."""
    protected_characteristic: ProtectedCharacteristic | None = None
    verbatim: bool = False
    """Harmonised (GSS) wording that must stay word for word."""
    reflect: Reflect | None = None
    when: Condition | None = None
    returns: Returns | None = None
    consent: ConsentPurpose | None = None
    """A yes/no question whose answer records a consent event for this purpose."""

    @property
    def is_personal(self) -> bool:
        return self.personal or self.protected_characteristic is not None


class ChoiceQuestion(QuestionBase):
    choices: list[Choice] | None = None
    choice_list: Id | None = None
    """Name of a pack-level list in `choice_lists`, instead of `choices`."""

    @model_validator(mode="after")
    def _choices_or_list(self) -> ChoiceQuestion:
        if (self.choices is None) == (self.choice_list is None):
            raise ValueError("give either 'choices' or 'choice_list', not both and not neither")
        if self.choices is not None and not self.choices:
            raise ValueError("'choices' is empty; list at least one choice")
        return self


class SingleChoice(ChoiceQuestion):
    type: Literal["single_choice"]


class MultipleChoice(ChoiceQuestion):
    type: Literal["multiple_choice"]
    min_selected: int = Field(default=0, ge=0)
    max_selected: int | None = Field(default=None, ge=1)


class YesNo(QuestionBase):
    type: Literal["yes_no"]
    yes_label: str = "Yes"
    no_label: str = "No"


class ShortText(QuestionBase):
    type: Literal["short_text"]
    max_length: int = Field(default=200, ge=1, le=2000)


class LongText(QuestionBase):
    type: Literal["long_text"]
    max_length: int = Field(default=5000, ge=1, le=50000)


class DateQuestion(QuestionBase):
    type: Literal["date"]
    not_in_future: bool = True
    earliest_year: int = Field(default=1900, ge=1800, le=2100)


class NumberQuestion(QuestionBase):
    type: Literal["number"]
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = True
    unit: str | None = None


class ScaleQuestion(QuestionBase):
    type: Literal["scale"]
    minimum: int = 1
    maximum: int = 5
    low_label: Text = "Not at all"
    high_label: Text = "Very much"

    @model_validator(mode="after")
    def _range(self) -> ScaleQuestion:
        if not self.minimum < self.maximum <= self.minimum + 10:
            raise ValueError("a scale needs minimum < maximum, with at most 11 points")
        return self


Question = Annotated[
    SingleChoice
    | MultipleChoice
    | YesNo
    | ShortText
    | LongText
    | DateQuestion
    | NumberQuestion
    | ScaleQuestion,
    Field(discriminator="type"),
]
QUESTION_TYPES = (
    "single_choice",
    "multiple_choice",
    "yes_no",
    "short_text",
    "long_text",
    "date",
    "number",
    "scale",
)


class Script(Model):
    """Words for the start of a stage: what a caseworker says, what a person reads alone."""

    title: str | None = None
    say: Text
    self_text: str | None = Field(default=None, alias="self")


class CheckInSpec(Model):
    """A wellbeing check-in at a collection point."""

    id: Id
    position: Literal["start", "end"] = "end"
    prompt: Text
    say: str | None = None
    self_prompt: str | None = None
    minimum: int = 1
    maximum: int = 5
    low_label: Text = "Not comfortable"
    high_label: Text = "Very comfortable"


class Section(Model):
    id: Id
    title: Text
    intro: str | None = None
    questions: list[Question] = Field(min_length=1)


class Stage(Model):
    id: Id
    title: Text
    intro: Script | None = None
    transparency: Script | None = None
    check_ins: list[CheckInSpec] = Field(default_factory=list)
    closing: str | None = None
    sections: list[Section] = Field(default_factory=list)

    def questions(self) -> list[QuestionT]:
        return [q for s in self.sections for q in s.questions]


class Pack(Model):
    id: Id
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")]
    title: Text
    description: str | None = None
    language: str = "en"
    choice_lists: dict[Id, list[Choice]] = Field(default_factory=dict)
    stages: list[Stage] = Field(min_length=1)

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)

    def questions(self) -> list[QuestionT]:
        return [q for s in self.stages for q in s.questions()]

    def question(self, question_id: str) -> QuestionT:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def stage_of(self, question_id: str) -> Stage:
        for s in self.stages:
            if any(q.id == question_id for q in s.questions()):
                return s
        raise KeyError(question_id)

    def choices_of(self, question: QuestionT) -> list[Choice]:
        """The choices a question offers, resolving `choice_list` and yes/no."""
        if isinstance(question, ChoiceQuestion):
            if question.choices is not None:
                return question.choices
            return self.choice_lists.get(question.choice_list or "", [])
        if isinstance(question, YesNo):
            return [
                Choice(value="yes", label=question.yes_label),
                Choice(value="no", label=question.no_label),
            ]
        return []


QuestionT = (
    SingleChoice
    | MultipleChoice
    | YesNo
    | ShortText
    | LongText
    | DateQuestion
    | NumberQuestion
    | ScaleQuestion
)
