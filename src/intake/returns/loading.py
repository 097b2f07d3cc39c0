"""Loading return templates, reporting every problem at once with file and line.

Templates live in `forms/returns/*.yaml`. A template is checked in two passes, as form
packs are: its shape (pydantic), then against the form pack it names (every question and
dimension exists and can be counted). Free text, numbers and bare dates are refused
here, so they can never reach a table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from intake.forms import MultipleChoice, Pack
from intake.forms.yamlsource import Source, plain, read_text
from intake.returns.categories import AxisError, classifier, questions_of
from intake.returns.errors import RCode, ReturnProblem, ReturnTemplateError, read_mapping
from intake.returns.template import (
    TABLE_KINDS,
    Axis,
    Count,
    Crosstab,
    Method,
    OutcomeChange,
    ReturnTemplate,
    WithdrawalStage,
)
from intake.returns.translations import COMMON, load_languages, with_languages

TEMPLATE_GLOB = "*.yaml"


def parse_template(
    text: str, pack: Pack | None = None, *, name: str = "template.yaml"
) -> tuple[ReturnTemplate | None, list[ReturnProblem]]:
    """Check a template's text (and, given the pack, its questions). Never raises."""
    file = Path(name)
    tree, problems = read_mapping(text, file, RCode.WRONG_VALUE, "a return template")
    if tree is None:
        return None, problems
    source = Source(tree, file)
    try:
        template = ReturnTemplate.model_validate(plain(tree))
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        inner = any(len(e["loc"]) > 1 and e["loc"][0] == "tables" for e in errors)
        # A bad table also makes pydantic say the list is empty; that is not news.
        errors = [e for e in errors if not (inner and tuple(e["loc"]) == ("tables",))]
        return None, [_shape_problem(err, source) for err in errors]
    problems = _duplicates(template, source)
    if template.id == COMMON:
        line = source.locate(["id"])[1]
        detail = f"the id '{COMMON}' is kept for the fixed words' translations; choose another"
        problems.append(ReturnProblem.make(RCode.WRONG_VALUE, file, line, detail=detail))
    if pack is not None:
        problems += check_against_pack(template, pack, source)
    if template.disclosure.method is Method.NONE:
        line = source.locate(["disclosure", "method"])[1]
        problems.append(ReturnProblem.make(RCode.NO_DISCLOSURE_CONTROL, file, line, warning=True))
    failed = any(not p.warning for p in problems)
    return (None if failed else template), problems


def check_template(
    path: Path | str, pack: Pack | None = None
) -> tuple[ReturnTemplate | None, list[ReturnProblem]]:
    """Read and check one template file. Never raises for a bad template.

    Given the pack, the template's translation files (`translations/<id>.<lang>.yaml`
    beside it) are checked too and attached to it; their problems belong to their
    language (`languages_of(template).problems()`), never to the template."""
    file = Path(path)
    text, unread = read_text(file)
    if text is None:
        detail = unread[0].message if unread else "unreadable"
        return None, [
            ReturnProblem.make(RCode.NOT_A_TEMPLATE, file, None, name=file.name, detail=detail)
        ]
    template, problems = parse_template(text, pack, name=str(file))
    if template is not None and pack is not None:
        template = with_languages(template, load_languages(file, template, pack))
    return template, problems


def load_template(path: Path | str, pack: Pack | None = None) -> ReturnTemplate:
    """Load a template; raises ReturnTemplateError listing every error."""
    template, problems = check_template(path, pack)
    if template is None:
        raise ReturnTemplateError([p for p in problems if not p.warning])
    return template


def find_templates(folder: Path | str) -> dict[str, Path]:
    """Template files in a folder (e.g. `forms/returns/`), by file stem."""
    root = Path(folder)
    return {p.stem: p for p in sorted(root.glob(TEMPLATE_GLOB))} if root.is_dir() else {}


def check_against_pack(template: ReturnTemplate, pack: Pack, source: Source) -> list[ReturnProblem]:
    file = source.file
    if template.pack != pack.id:
        line = source.locate(["pack"])[1]
        return [ReturnProblem.make(RCode.WRONG_PACK, file, line, want=template.pack, have=pack.id)]
    problems: list[ReturnProblem] = []
    for i, spec in enumerate(template.tables):
        axes: list[tuple[str, Axis]] = []
        if isinstance(spec, Count):
            axes = [("by", spec.by)]
        elif isinstance(spec, Crosstab):
            axes = [("rows", spec.rows), ("columns", spec.columns)]
        for key, axis in axes:
            where: list[str | int] = [
                "tables",
                i,
                key,
                "question" if axis.question else "dimension",
            ]
            line = source.locate(where)[1]
            try:
                cls = classifier(pack, axis)
            except AxisError as issue:
                problems.append(_axis_problem(issue, file, line, pack.id))
                continue
            if isinstance(spec, Crosstab) and cls.multiple:
                problems.append(
                    ReturnProblem.make(RCode.MULTIPLE_IN_CROSSTAB, file, line, id=axis.name)
                )
        if isinstance(spec, WithdrawalStage):
            problems += _known_question(pack, spec.question, source, ["tables", i, "question"])
        if isinstance(spec, OutcomeChange):
            for j, m in enumerate(spec.measures or ()):
                try:
                    questions_of(pack, Axis(dimension=m))
                except AxisError as issue:
                    line = source.locate(["tables", i, "measures", j])[1]
                    problems.append(_axis_problem(issue, file, line, pack.id))
    return problems


def _known_question(
    pack: Pack, qid: str, source: Source, where: list[str | int]
) -> list[ReturnProblem]:
    try:
        q = pack.question(qid)
    except KeyError:
        line = source.locate(where)[1]
        return [
            ReturnProblem.make(
                RCode.UNKNOWN_REFERENCE, source.file, line, what="question", id=qid, pack=pack.id
            )
        ]
    if isinstance(q, MultipleChoice) or not pack.choices_of(q):
        line = source.locate(where)[1]
        return [ReturnProblem.make(RCode.FREE_TEXT, source.file, line, id=qid, qtype=q.type)]
    return []


def _axis_problem(
    issue: AxisError, file: Path | None, line: int | None, pack_id: str
) -> ReturnProblem:
    if issue.kind == "free_text":
        return ReturnProblem.make(RCode.FREE_TEXT, file, line, id=issue.qid, qtype=issue.qtype)
    if issue.kind == "needs_age_bands":
        return ReturnProblem.make(RCode.NEEDS_AGE_BANDS, file, line, id=issue.qid)
    what = "question" if issue.kind == "unknown_question" else "dimension"
    return ReturnProblem.make(
        RCode.UNKNOWN_REFERENCE, file, line, what=what, id=issue.qid, pack=pack_id
    )


def _duplicates(template: ReturnTemplate, source: Source) -> list[ReturnProblem]:
    seen: set[str] = set()
    problems = []
    for i, spec in enumerate(template.tables):
        if spec.id in seen:
            line = source.locate(["tables", i, "id"])[1]
            problems.append(
                ReturnProblem.make(RCode.DUPLICATE_TABLE, source.file, line, id=spec.id)
            )
        seen.add(spec.id)
    return problems


def _shape_problem(err: Any, source: Source) -> ReturnProblem:
    loc = tuple(err["loc"])
    kind = err["type"]
    file, line = source.locate(loc)
    key = str(loc[-1]) if loc else "?"
    if kind == "extra_forbidden":
        return ReturnProblem.make(RCode.UNKNOWN_KEY, file, line, key=key)
    if kind == "union_tag_invalid":
        value = (err.get("ctx") or {}).get("tag", "?")
        return ReturnProblem.make(RCode.UNKNOWN_KIND, file, line, value=value)
    if kind == "union_tag_not_found":
        return ReturnProblem.make(RCode.MISSING_KEY, file, line, key="kind")
    if kind == "missing":
        return ReturnProblem.make(RCode.MISSING_KEY, file, line, key=key)
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    name = next((p for p in reversed(loc) if isinstance(p, str) and p not in TABLE_KINDS), "")
    detail = f"'{name}': {msg}" if name else msg
    return ReturnProblem.make(RCode.WRONG_VALUE, file, line, detail=detail)
