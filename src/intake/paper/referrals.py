"""Read a referral file (CSV, one row per referral) into people and answers, all or nothing.

Pure: the file's bytes, a checked mapping and the pack in; a `ReferralBatch` out. What a
referrer already recorded becomes answers with source `referral`, so the person is not
asked again. Rows are numbered as a spreadsheet shows them (the column names are row 1).
If any row does not fit, the batch is not importable: the app shows every problem and
imports nothing until the file is fixed. Problems and reprs never show names or cells.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from intake.domain import Answer, AnswerStatus, AnswerValue, Source
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    LongText,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    YesNo,
)
from intake.paper.answers import (
    ProblemCode,
    ReadProblem,
    check_date,
    read_choices,
    read_number,
    read_text,
)
from intake.paper.errors import PaperCode, PaperError
from intake.paper.referral_mapping import ColumnMap, ReferralMapping

MAX_BYTES = 20 * 1024 * 1024
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{0,40}$")


@dataclass(frozen=True)
class ReferralPerson:
    """Who a referral is about. Kept out of reprs so it cannot reach a log by accident."""

    name: str = field(repr=False)
    date_of_birth: date | None = field(default=None, repr=False)
    referral_date: date | None = None
    reference: str | None = field(default=None, repr=False)
    """An Intake reference the referrer already had for this person, as written."""


@dataclass(frozen=True)
class ReferralRow:
    """One referral: its spreadsheet row, the person and the answers it carries."""

    row: int
    person: ReferralPerson
    answers: list[Answer] = field(repr=False)


@dataclass(frozen=True)
class ReferralBatch:
    """Every referral in a file and every problem; import only when `importable`."""

    rows: list[ReferralRow]
    problems: list[ReadProblem]
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return bool(self.rows) and not self.problems


def read_referrals(
    data: bytes, mapping: ReferralMapping, pack: Pack, *, today: date | None = None
) -> ReferralBatch:
    """Read a referral CSV. PaperError when it is not a CSV with the mapped columns."""
    records = _records(data)
    header = [h.strip() for h in records[0]]
    missing = [c for c in mapping.needed_columns() if c not in header]
    if missing:
        raise PaperError(PaperCode.CSV_MISSING_COLUMN, column=missing[0])
    needed = set(mapping.needed_columns())
    ignored = [h for h in header if h and h not in needed]
    position = {name: header.index(name) for name in needed}
    day = today or date.today()
    rows: list[ReferralRow] = []
    problems: list[ReadProblem] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(ReadProblem(ProblemCode.ROW_SHAPE, None, None, row=number))
            continue
        cells = {name: record[i].strip() for name, i in position.items()}
        row, row_problems = _row(number, cells, mapping, pack, day)
        problems += row_problems
        if row is not None:
            rows.append(row)
    return ReferralBatch(rows, problems, ignored)


def _records(data: bytes) -> list[list[str]]:
    if len(data) > MAX_BYTES or b"\x00" in data:
        raise PaperError(PaperCode.NOT_CSV)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # what Excel in the UK saves as "CSV"
        except UnicodeDecodeError:
            raise PaperError(PaperCode.NOT_CSV) from None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error:
        raise PaperError(PaperCode.NOT_CSV) from None
    if not records or not any(h.strip() for h in records[0]):
        raise PaperError(PaperCode.CSV_NO_HEADER)
    return records


def _row(
    number: int, cells: dict[str, str], mapping: ReferralMapping, pack: Pack, today: date
) -> tuple[ReferralRow | None, list[ReadProblem]]:
    problems: list[ReadProblem] = []
    columns = mapping.person
    name = cells[columns.name]
    if not name:
        problems.append(ReadProblem(ProblemCode.MISSING_VALUE, None, columns.name, row=number))
    born = _person_date(number, columns.date_of_birth, cells, mapping, problems)
    referred = _person_date(number, columns.referral_date, cells, mapping, problems)
    reference = cells[columns.reference].strip() if columns.reference else ""
    if reference and not _REFERENCE.match(reference):
        problems.append(ReadProblem(ProblemCode.BAD_REFERENCE, None, columns.reference, row=number))
    if born is not None and born > today:
        problems.append(
            ReadProblem(ProblemCode.DATE_IN_FUTURE, None, columns.date_of_birth, row=number)
        )
    answers: list[Answer] = []
    declined = {d.casefold() for d in mapping.declined}
    for column, spec in mapping.columns.items():
        cell = cells[column]
        if not cell:
            continue
        question = pack.question(spec.question)
        stage = pack.stage_of(spec.question).id
        if cell.casefold() in declined:
            answers.append(
                Answer(spec.question, None, AnswerStatus.PREFER_NOT_TO_SAY, Source.REFERRAL, stage)
            )
            continue
        value, code = _value(pack, question, spec, cell, mapping, today)
        if code is not None:
            problems.append(ReadProblem(code, spec.question, column, row=number))
        elif value is not None:
            answers.append(
                Answer(spec.question, value, AnswerStatus.ANSWERED, Source.REFERRAL, stage)
            )
    if problems:
        return None, problems
    person = ReferralPerson(name, born, referred, reference or None)
    return ReferralRow(number, person, answers), []


def _person_date(
    number: int,
    column: str | None,
    cells: dict[str, str],
    mapping: ReferralMapping,
    problems: list[ReadProblem],
) -> date | None:
    if not column or not cells[column]:
        return None
    parsed = _parse_date(cells[column], mapping.date_formats)
    if parsed is None:
        problems.append(ReadProblem(ProblemCode.BAD_DATE, None, column, row=number))
    return parsed


def _parse_date(text: str, formats: list[str]) -> date | None:
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _value(
    pack: Pack,
    question: QuestionT,
    spec: ColumnMap,
    cell: str,
    mapping: ReferralMapping,
    today: date,
) -> tuple[AnswerValue, ProblemCode | None]:
    if isinstance(question, ChoiceQuestion | YesNo | ScaleQuestion):
        parts = [cell]
        if question.type == "multiple_choice":
            parts = [p.strip() for p in cell.split(mapping.list_separator) if p.strip()]
        chosen = [_choice(pack, question, spec, p) for p in parts]
        if any(c is None for c in chosen):
            return None, ProblemCode.UNKNOWN_CHOICE
        return read_choices(pack, question, [c for c in chosen if c is not None])
    if isinstance(question, DateQuestion):
        parsed = _parse_date(cell, mapping.date_formats)
        if parsed is None:
            return None, ProblemCode.BAD_DATE
        return check_date(question, parsed, today)
    if isinstance(question, NumberQuestion):
        return read_number(question, cell)
    assert isinstance(question, ShortText | LongText)
    return read_text(question, cell)


def _choice(pack: Pack, question: QuestionT, spec: ColumnMap, cell: str) -> str | None:
    """The choice value a cell means: through the column's value map, else by value or label."""
    if spec.values is not None:
        folded = {k.casefold(): v for k, v in spec.values.items()}
        return folded.get(cell.casefold())
    if isinstance(question, ScaleQuestion):
        return cell if cell.lstrip("-").isdigit() else None
    for choice in pack.choices_of(question):
        if cell.casefold() in (choice.value.casefold(), choice.label.casefold()):
            return choice.value
    return None
