"""Pydantic models of a return template: the period, the disclosure rule and the tables.

Like form packs, these models only check the *shape* of one file (`extra="forbid"`, a
discriminated union on `kind`). Checks against the form pack (do the questions and
dimensions exist, can they be counted) live in `intake.returns.loading`, so every
problem is reported at once with file and line.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from intake.returns.period import PeriodKind

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=64)]
TemplateId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", min_length=1, max_length=64)]
Text = Annotated[str, Field(min_length=1, max_length=200)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Method(StrEnum):
    SUPPRESS = "suppress"
    ROUND5 = "round5"
    NONE = "none"


class Disclosure(Model):
    """How small numbers are protected. Absent from a template means suppress below 5."""

    method: Method = Method.SUPPRESS
    threshold: int = Field(default=5, ge=2, le=50)
    """Suppress counts from 1 up to threshold - 1 (with `method: suppress`)."""


class Select(StrEnum):
    """Which journeys of the period a table counts."""

    ACTIVE = "active"  # open at any time in the period
    REFERRED = "referred"  # referred in the period
    CLOSED = "closed"  # closed in the period
    ENDED_EARLY = "ended_early"  # closed in the period before the planned end


class Unit(StrEnum):
    PEOPLE = "people"
    JOURNEYS = "journeys"


class Axis(Model):
    """The categories of one question, or of every question feeding one dimension."""

    question: Id | None = None
    dimension: Id | None = None
    title: Text | None = None
    """How the axis is headed in a cross-tab; the dimension or question id otherwise."""
    grouped: bool = True
    """Use the question's `returns: groups:` where it has them."""
    labels: dict[str, Text] = Field(default_factory=dict)
    """Printed names for group keys or choice values, e.g. {white: White}."""
    age_bands: dict[Id, tuple[int, int]] | None = None
    """For a dimension fed by a date of birth: choice value -> [youngest, oldest]."""

    @model_validator(mode="after")
    def _one_source(self) -> Axis:
        if (self.question is None) == (self.dimension is None):
            raise ValueError("give either 'question' or 'dimension', not both and not neither")
        return self

    @property
    def name(self) -> str:
        return self.question or self.dimension or ""


class TableBase(Model):
    id: Id
    title: Text
    note: str | None = None


class Volumes(TableBase):
    """People supported, journeys open, referred, closed and ended early."""

    kind: Literal["volumes"]


class Repeat(TableBase):
    """People with more than one journey: ever, and within the period."""

    kind: Literal["repeat"]


class Count(TableBase):
    """Counts by the categories of one question or dimension."""

    kind: Literal["count"]
    by: Axis
    unit: Unit = Unit.JOURNEYS
    select: Select = Select.ACTIVE


class Crosstab(TableBase):
    """Counts by two questions or dimensions at once, with row and column totals."""

    kind: Literal["crosstab"]
    rows: Axis
    columns: Axis
    unit: Unit = Unit.JOURNEYS
    select: Select = Select.ACTIVE


class Band(Model):
    label: Text
    max_days: int | None = Field(default=None, ge=0)
    """The band holds differences up to this many days; the last band has none."""


DEFAULT_BANDS = (
    Band(label="0 to 2 days", max_days=2),
    Band(label="3 to 7 days", max_days=7),
    Band(label="8 to 14 days", max_days=14),
    Band(label="15 to 28 days", max_days=28),
    Band(label="Over 28 days"),
)


class FirstContact(TableBase):
    """Days from referral to first contact, for journeys referred in the period."""

    kind: Literal["first_contact"]
    bands: tuple[Band, ...] = DEFAULT_BANDS

    @model_validator(mode="after")
    def _increasing(self) -> FirstContact:
        limits = [b.max_days for b in self.bands]
        if not limits or limits[-1] is not None or None in limits[:-1]:
            raise ValueError("every band but the last needs 'max_days'; the last has none")
        bounded = [x for x in limits if x is not None]
        if bounded != sorted(set(bounded)):
            raise ValueError("'max_days' must increase from band to band")
        return self


class WithdrawalStage(TableBase):
    """At what point support stopped, for journeys that ended early in the period."""

    kind: Literal["withdrawal_stage"]
    question: Id = "withdrawal_stage"
    """The pack question whose choices name the points (the record carries the value)."""


class Rights(TableBase):
    """Victims' Code rights explained or delivered, all 12, for journeys in the period."""

    kind: Literal["rights"]
    select: Select = Select.ACTIVE


class OutcomeChange(TableBase):
    """Change in each outcome measure from the first reading to the last, at exit."""

    kind: Literal["outcome_change"]
    measures: tuple[Id, ...] | None = None
    """Dimensions to compare; all `outcome_*` dimensions of the pack when absent."""
    higher_is_better: bool = True
    select: Select = Select.CLOSED


class Comfort(TableBase):
    """Check-in scores at each collection point."""

    kind: Literal["comfort"]
    select: Select = Select.ACTIVE


TableSpec = Annotated[
    Volumes
    | Repeat
    | Count
    | Crosstab
    | FirstContact
    | WithdrawalStage
    | Rights
    | OutcomeChange
    | Comfort,
    Field(discriminator="kind"),
]
TABLE_KINDS = (
    "volumes",
    "repeat",
    "count",
    "crosstab",
    "first_contact",
    "withdrawal_stage",
    "rights",
    "outcome_change",
    "comfort",
)
TableSpecT = (
    Volumes
    | Repeat
    | Count
    | Crosstab
    | FirstContact
    | WithdrawalStage
    | Rights
    | OutcomeChange
    | Comfort
)


class ReturnTemplate(Model):
    id: TemplateId
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")]
    title: Text
    description: str | None = None
    period: PeriodKind
    pack: Id
    disclosure: Disclosure = Disclosure()
    tables: tuple[TableSpec, ...] = Field(min_length=1)

    _languages: object = PrivateAttr(default=None)
    """The translations found beside the template file (`intake.returns.translations`)."""
