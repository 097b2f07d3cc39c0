"""Read a filled-in fillable PDF back into answers, checked against the pack.

Pure: PDF bytes and the pack in, a `FilledForm` out. Nothing is recorded here; the app
shows the answers and problems first and records them (source fillable_pdf) only when
the caseworker agrees. A file that is not an Intake form at all raises `PaperError`;
a form with answers that do not fit the pack comes back with a plain list of problems
naming question ids, never the values typed in.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from intake.domain import Answer, AnswerStatus, AnswerValue, CheckIn, Source
from intake.forms import Pack
from intake.paper import fieldnames
from intake.paper.answers import ProblemCode, Reading, ReadProblem, is_ticked, read_question
from intake.paper.errors import PaperCode, PaperError
from intake.paper.header import FormHeader, parse_header


class ReadStatus(StrEnum):
    """Whether the filled form can be recorded as it is."""

    READY = "ready"
    HAS_PROBLEMS = "has_problems"


@dataclass(frozen=True)
class FilledForm:
    """What a filled-in form says: which form, the answers, check-ins and any problems."""

    header: FormHeader
    answers: list[Answer] = field(default_factory=list)
    check_ins: list[CheckIn] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)

    @property
    def status(self) -> ReadStatus:
        return ReadStatus.HAS_PROBLEMS if self.problems else ReadStatus.READY


def read_header(data: bytes) -> FormHeader:
    """Which form a filled PDF is, so the app can pick the pack before reading answers."""
    return parse_header(_label(_fields(data)))


def read_filled_pdf(data: bytes, pack: Pack, *, today: date | None = None) -> FilledForm:
    """The answers in a filled Intake PDF made from `pack`, in whatever language it was
    printed (fields carry choice values, never labels). `today` judges future dates."""
    values = _fields(data)
    header = parse_header(_label(values))
    if header.pack != pack.id:
        raise PaperError(PaperCode.WRONG_PACK, found=header.pack, expected=pack.id)
    if header.version != pack.version:
        raise PaperError(PaperCode.WRONG_VERSION, found=header.version, expected=pack.version)
    if header.stage is not None and header.stage not in {s.id for s in pack.stages}:
        raise PaperError(PaperCode.BAD_HEADER)
    stages = [pack.stage(header.stage)] if header.stage else list(pack.stages)
    questions = {q.id: (q, s.id) for s in stages for q in s.questions()}
    check_in_specs = {ci.id: (ci, s.id) for s in stages for ci in s.check_ins}

    by_question: dict[str, dict[fieldnames.FieldName, str]] = defaultdict(dict)
    by_check_in: dict[str, list[int]] = defaultdict(list)
    problems: list[ReadProblem] = []
    for name, value in values.items():
        if name == fieldnames.HEADER_FIELD:
            continue
        parsed = fieldnames.parse(name)
        if parsed is not None and parsed.check_in and parsed.question in check_in_specs:
            if is_ticked(value) and parsed.value is not None:
                by_check_in[parsed.question].append(int(parsed.value))
        elif parsed is not None and not parsed.check_in and parsed.question in questions:
            by_question[parsed.question][parsed] = value
        else:
            problems.append(ReadProblem(ProblemCode.UNKNOWN_FIELD, None, name))

    answers: list[Answer] = []
    for qid, (question, stage_id) in questions.items():
        if qid not in by_question:
            continue
        reading = read_question(pack, question, by_question[qid], today or date.today())
        problems += reading.problems
        answer = _answer(qid, stage_id, reading)
        if answer is not None:
            answers.append(answer)

    check_ins: list[CheckIn] = []
    for cid, points in by_check_in.items():
        spec, stage_id = check_in_specs[cid]
        if len(points) > 1:
            problems.append(ReadProblem(ProblemCode.TWO_CHOICES, cid, None))
        elif points[0] < spec.minimum or points[0] > spec.maximum:
            problems.append(ReadProblem(ProblemCode.UNKNOWN_CHOICE, cid, None))
        else:
            check_ins.append(CheckIn(stage=stage_id, checkin_id=cid, score=points[0]))
    return FilledForm(header, answers, check_ins, problems)


def _answer(qid: str, stage_id: str, reading: Reading) -> Answer | None:
    if reading.problems:
        return None
    if reading.declined:
        status, value = AnswerStatus.PREFER_NOT_TO_SAY, None
    elif reading.value is not None:
        status, value = AnswerStatus.ANSWERED, reading.value
    else:
        return None
    return Answer(qid, _plain(value), status, Source.FILLABLE_PDF, stage_id)


def _plain(value: AnswerValue) -> AnswerValue:
    return list(value) if isinstance(value, list) else value


def _fields(data: bytes) -> dict[str, str]:
    """Every form field's name and value as text; PaperError when it is not a usable PDF."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise PaperError(PaperCode.NOT_A_PDF)
        raw: dict[str, Any] | None = reader.get_fields()
    except PaperError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, OSError):
        raise PaperError(PaperCode.NOT_A_PDF) from None
    if not raw or fieldnames.HEADER_FIELD not in raw:
        raise PaperError(PaperCode.NOT_AN_INTAKE_FORM)
    values: dict[str, str] = {}
    for name, fld in raw.items():
        value = fld.get("/V") if hasattr(fld, "get") else None
        values[str(name)] = "" if value is None else str(value)
    return values


def _label(values: dict[str, str]) -> str:
    return values.get(fieldnames.HEADER_FIELD, "")
