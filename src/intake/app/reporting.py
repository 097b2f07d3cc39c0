"""The manager's returns and completeness report, built from the encrypted store.

`Reporting(session)` reads the store in a few bulk queries (`intake.store.reporting`),
turns what it finds into the plain `JourneyRecord`s the returns pipeline counts, and
hands back only what the pipeline published:

    reporting = Reporting(session)
    ret = reporting.preview("pcc-quarterly", "2026-Q3", pack)      # protected figures
    done = reporting.export("pcc-quarterly", "2026-Q3", folder, pack)  # 4 files, audited
    report = reporting.completeness(pack)                          # internal only
    people = reporting.gaps(pack)                                  # internal only

Only managers and administrators may use it. A return reads only the journeys whose
consent to be counted stands *now* (a withdrawal takes effect at once, for every
period), and of those only the ones the period can use. Answers come from the store's
compact answer sheets (the latest answer per question, one row per journey or person);
notes are never loaded, and the pipeline counts only the questions the template names,
so free-text answers read with a sheet are dropped unused. Where the store has no
single field for something the pipeline wants, the choice is made here:

- a journey's *caseworker* is the user who opened it;
- *first contact* is the first day anything was done with the person: a step of the
  script, a check-in, or an answer not copied from a referral form;
- Victims' Code rights come from both the rights checklist and the `code_right_NN`
  questions; "delivered" wins over "explained".
"""

from __future__ import annotations

import functools
import gc
import itertools
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from orjson import loads

from intake.domain import Answer, AnswerStatus, Role, Source
from intake.forms import Pack
from intake.interview.conditions import evaluate
from intake.paths import default_forms_dir
from intake.returns import (
    JourneyRecord,
    Period,
    PeriodError,
    Return,
    ReturnTemplate,
    RightStatus,
    build_return,
    check_template,
    find_templates,
)
from intake.returns.assemble import DELIVERED, EXPLAINED, RIGHT_DIMENSION
from intake.returns.categories import questions_of
from intake.returns.completeness import CompletenessReport, completeness, gaps
from intake.returns.counting import outcome_dimensions
from intake.returns.period import PeriodKind
from intake.returns.template import Count, Crosstab, OutcomeChange, WithdrawalStage
from intake.returns.writers import write_all
from intake.store import AuditAction, AuditEntity
from intake.store.consent import ConsentPurpose
from intake.store.errors import InvalidInputError
from intake.store.reporting import JourneyRow, JourneySheetRow, JourneyWindow, ReportingQueries

if TYPE_CHECKING:
    from intake.app.session import Session

MANAGERS = (Role.MANAGER, Role.ADMIN)
_T = TypeVar("_T")
_P = ParamSpec("_P")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building a return makes millions of small objects and no reference cycles; the
    cycle collector would otherwise walk every live object again and again (it took
    10 times as long as the work itself over 100k journeys)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _bulk(fn: Callable[_P, _T]) -> Callable[_P, _T]:
    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        with _gc_paused():
            return fn(*args, **kwargs)

    return run


Progress = Callable[[int, int], None]
"""Called as (steps done, steps in all) while an export runs."""


def templates_dir() -> Path:
    return default_forms_dir() / "returns"


@dataclass(frozen=True)
class TemplateInfo:
    """A return template file, and whether it can be used with the pack."""

    id: str
    path: Path
    template: ReturnTemplate | None
    problems: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return self.template is not None

    @property
    def title(self) -> str:
        return self.template.title if self.template else self.id

    @property
    def period_kind(self) -> PeriodKind | None:
        return self.template.period if self.template else None


@dataclass(frozen=True)
class ExportResult:
    ret: Return
    paths: tuple[Path, ...]


@dataclass(frozen=True)
class GapQuestion:
    stage_id: str
    question_id: str
    prompt: str
    asked_later: bool
    """True when it was put off ("ask later"); False when it has not been asked."""


@dataclass(frozen=True)
class PersonGaps:
    """One open journey with unanswered questions in the stages it has reached.
    Shown inside the app only, so the team can plan how to fill the gaps kindly."""

    person_id: int
    journey_id: int
    reference: str
    name: str
    caseworker: str
    opened_on: date
    questions: tuple[GapQuestion, ...]


@dataclass(frozen=True)
class _PackFacts:
    """What a record needs from the pack, worked out once rather than per journey."""

    rights: tuple[tuple[str, int], ...]
    ending: tuple[tuple[str, frozenset[str]], ...]
    withdrawal: tuple[str, ...]

    @classmethod
    def of(cls, pack: Pack) -> _PackFacts:
        rights, ending, withdrawal = [], [], []
        for q in pack.questions():
            if q.returns is None:
                continue
            m = RIGHT_DIMENSION.match(q.returns.dimension)
            if m is not None and 1 <= int(m[1]) <= 12:
                rights.append((q.id, int(m[1])))
            if q.returns.dimension == "support_ending":
                ending.append((q.id, frozenset((q.returns.groups or {}).get("ended_early", []))))
            if q.returns.dimension == "withdrawal_stage":
                withdrawal.append(q.id)
        return cls(tuple(rights), tuple(ending), tuple(withdrawal))

    def questions(self) -> set[str]:
        return {q for q, _ in self.rights} | {q for q, _ in self.ending} | set(self.withdrawal)


def template_questions(template: ReturnTemplate, pack: Pack) -> set[str]:
    """Every question a template's tables read, plus those that decide rights, an early
    end and the point support stopped."""
    found = _PackFacts.of(pack).questions()
    for spec in template.tables:
        if isinstance(spec, Count):
            found |= {q.id for q in questions_of(pack, spec.by)}
        elif isinstance(spec, Crosstab):
            found |= {q.id for q in questions_of(pack, spec.rows)}
            found |= {q.id for q in questions_of(pack, spec.columns)}
        elif isinstance(spec, WithdrawalStage):
            found.add(spec.question)
        elif isinstance(spec, OutcomeChange):
            measures = set(spec.measures or outcome_dimensions(pack))
            found |= {
                q.id for q in pack.questions() if q.returns and q.returns.dimension in measures
            }
    return found


Known = dict[str, tuple[AnswerStatus, Any]]
"""question id -> (status, value) of the latest answer."""

_ANSWERED = AnswerStatus.ANSWERED
_DECLINED = (AnswerStatus.PREFER_NOT_TO_SAY, None)
_LATER = (AnswerStatus.ASK_LATER, None)
_RIGHT = {0: RightStatus.EXPLAINED, 1: RightStatus.DELIVERED}


class Reporting:
    """Returns and the completeness report for one signed-in manager or administrator."""

    def __init__(self, session: Session, templates: Path | None = None) -> None:
        self._s = session
        self._folder = templates or templates_dir()
        self._checked: dict[tuple[str, str, str], TemplateInfo] = {}

    # ----------------------------------------------------------------- templates

    def templates(self, pack: Pack) -> list[TemplateInfo]:
        """Every template in the templates folder, checked against the pack."""
        self._s.require(*MANAGERS)
        return [self._info(tid, path, pack) for tid, path in find_templates(self._folder).items()]

    def _info(self, tid: str, path: Path, pack: Pack) -> TemplateInfo:
        key = (tid, pack.id, pack.version)
        if key not in self._checked:
            template, problems = check_template(path, pack)
            notes = tuple(str(p) for p in problems if not p.warning or template is None)
            self._checked[key] = TemplateInfo(tid, path, template, notes)
        return self._checked[key]

    def template(self, template_id: str, pack: Pack) -> ReturnTemplate:
        self._s.require(*MANAGERS)
        path = find_templates(self._folder).get(template_id)
        if path is None:
            raise InvalidInputError(
                f"There is no return template called '{template_id}'.",
                "Choose one of the templates listed ('intake returns templates').",
            )
        info = self._info(template_id, path, pack)
        if info.template is None:
            raise InvalidInputError(
                f"The return template '{template_id}' has a problem and cannot be used.",
                "Ask whoever looks after your templates to run 'intake returns templates'.",
            )
        return info.template

    @staticmethod
    def period(text: str | Period, template: ReturnTemplate) -> Period:
        """Read a period and check it is of the template's kind, in plain words."""
        try:
            period = text if isinstance(text, Period) else Period.parse(text)
        except PeriodError as exc:
            raise InvalidInputError(
                f"{str(exc).rstrip('.')}.", "Check the period and try again."
            ) from None
        if period.kind is not template.period:
            examples = {
                PeriodKind.QUARTER: "a quarter such as 2026-Q3 (calendar) or 2026-27-Q1 "
                "(financial)",
                PeriodKind.YEAR: "a year such as 2026 (calendar) or 2026-27 (financial)",
                PeriodKind.CUSTOM: "two dates such as 2026-07-01..2026-09-30",
            }
            raise InvalidInputError(
                f"'{template.title}' is counted by {template.period.value}, "
                f"so '{period.label}' cannot be used.",
                f"Give {examples[template.period]}.",
            )
        return period

    # ----------------------------------------------------------------- returns

    def preview(
        self, template_id: str, period: str | Period, pack: Pack, language: str = "en"
    ) -> Return:
        """The protected return, as it would be written. Nothing is written or logged."""
        template = self.template(template_id, pack)
        chosen = self.period(period, template)
        with _gc_paused():
            records = self.records(pack, chosen, template_questions(template, pack))
            return build_return(template, pack, records, chosen, self._s.now().date(), language)

    def export(
        self,
        template_id: str,
        period: str | Period,
        folder: Path,
        pack: Pack,
        progress: Progress | None = None,
        language: str = "en",
    ) -> ExportResult:
        """Write the return as CSV, XLSX, JSON and PDF into `folder`, and log the export
        in the audit trail (which template and when; never a figure or a name)."""
        step = progress or (lambda _d, _t: None)
        step(0, 4)
        template = self.template(template_id, pack)
        chosen = self.period(period, template)
        with _gc_paused():
            return self._export(template, chosen, Path(folder), pack, step, language)

    def _export(
        self,
        template: ReturnTemplate,
        period: Period,
        folder: Path,
        pack: Pack,
        step: Progress,
        language: str,
    ) -> ExportResult:
        # Run with the cycle collector paused from reading to writing: while the records
        # are alive, one full collection during the writers costs more than the writing.
        records = self.records(pack, period, template_questions(template, pack))
        step(1, 4)
        ret = build_return(template, pack, records, period, self._s.now().date(), language)
        del records
        step(2, 4)
        # Logged before the files are written: a failed write leaves an entry for an
        # attempt, but no file can ever leave without one.
        store = self._s.store
        with store.db.transaction():
            self._s.audit(AuditAction.EXPORTED, AuditEntity.RETURN)
        step(3, 4)
        paths = write_all(ret, folder)
        step(4, 4)
        return ExportResult(ret, tuple(paths))

    @_bulk
    def records(
        self, pack: Pack, period: Period, questions: Collection[str] | None = None
    ) -> list[JourneyRecord]:
        """The records a return for `period` needs: every journey whose consent to be
        counted stands now and that was referred by the end of the period. Journeys
        closed before it began carry dates only (they count towards repeat victims);
        the others carry their answers, check-ins and rights (all from their sheets),
        and first contact where they were referred in the period. With `questions`
        (see `template_questions`), only those answers are kept: the sheets hold every
        answer, and turning each into a record entry is most of the reading time."""
        self._s.require(*MANAGERS)
        facts = _PackFacts.of(pack)
        queries = ReportingQueries(self._s.store.db)
        names = queries.question_keys()
        if questions is not None:
            wanted = set(questions) | facts.questions()
            names = {key: qid for key, qid in names.items() if qid in wanted}
        rows = queries.journeys(JourneyWindow(end=period.end.isoformat()), ConsentPurpose.REPORTING)
        start = period.start.isoformat()
        live = {r[0]: r for r in rows if r[3] is None or r[3] >= start}
        with queries.sheets({r[1] for r in live.values()}, live) as (people, journeys):
            records = [  # journeys closed before the period: dates only
                _dates_only(jid, pid, opened, closed)
                for jid, pid, opened, closed, _by in rows
                if jid not in live
            ]
            facts_of = {pid: _known(given, later, names) for pid, given, later in people}
            self._add_records(records, journeys, live, facts_of, names, facts, start)
        return records

    @staticmethod
    def _add_records(
        records: list[JourneyRecord],
        journeys: Iterator[JourneySheetRow],
        live: dict[int, JourneyRow],
        facts_of: dict[int, Known],
        names: Mapping[str, str],
        facts: _PackFacts,
        start: str,
    ) -> None:
        """One record per journey in `live`, from its sheet as it is read."""
        # A journey always has a sheet (made with it); should one be missing, the
        # journey still counts, with its person's facts only.
        unread = set(live)
        sheets = itertools.chain(
            journeys,  # read while the records are built
            ((jid, "{}", "{}", None, "{}", "{}", None) for jid in _after(unread)),
        )
        for jid, given, later, first, comfort, code, step in sheets:
            unread.discard(jid)
            _, pid, opened, closed, by = live[jid]
            answers = _merge(facts_of.get(pid), _known(given, later, names))
            checklist = (
                {int(n): _RIGHT[d] for n, d in loads(code).items()} if code != "{}" else None
            )
            contact = first if first and (not step or first <= step) else step
            referral = date.fromisoformat(opened)
            records.append(
                JourneyRecord(
                    person_key=pid,
                    journey_key=jid,
                    referral_date=referral,
                    first_contact_date=(
                        date.fromisoformat(contact) if contact and opened >= start else None
                    ),
                    closed_date=_closed(closed, referral),
                    ended_early=_ended_early(facts, answers),
                    withdrawal_stage=_withdrawal(facts, answers),
                    caseworker_key=by or 0,
                    answers=answers,
                    rights=_all_rights(facts, answers, checklist),
                    checkins=loads(comfort) if comfort != "{}" else {},
                    consent_reporting=True,
                )
            )

    # ----------------------------------------------------------------- case reviews

    def caseworkers(self) -> dict[int, str]:
        """user id -> display name, to label the report by caseworker (inside the app)."""
        self._s.require(*MANAGERS)
        return {int(u.id): u.display_name for u in self._s.store.users.all()}

    def completeness(self, pack: Pack, period: Period | None = None) -> CompletenessReport:
        """Per question and stage: answered, declined, asked later, not asked, overall and
        by caseworker (the user who opened the journey), over every journey (open in
        `period`, if given), whatever its consent to be counted: this report is for the
        service's own case reviews and never leaves the app."""
        self._s.require(*MANAGERS)
        window = None
        if period is not None:
            window = JourneyWindow(period.start.isoformat(), period.end.isoformat())
        records = self._status_records(pack, window)
        return completeness(pack, records, period)

    def gaps(self, pack: Pack, caseworker: int | None = None) -> list[PersonGaps]:
        """Open journeys with questions not yet answered or declined in the stages they
        have reached (questions whose condition does not apply are left out), oldest
        journey first. Inside the app only."""
        self._s.require(*MANAGERS)
        records = self._status_records(pack, JourneyWindow(open_only=True))
        if caseworker is not None:
            records = [r for r in records if r.caseworker_key == caseworker]
        questions = {q.id: q for q in pack.questions()}
        stage_of = {q.id: s.id for s in pack.stages for q in s.questions()}
        today = self._s.now().date()
        found: list[tuple[JourneyRecord, tuple[GapQuestion, ...]]] = []
        for r in records:
            missing = gaps(pack, r)
            if not missing:
                continue
            known = {
                q: Answer(q, value, status, Source.ASSISTED, stage_of.get(q, ""))
                for q, (status, value) in r.answers.items()
            }
            listed = []
            for qid in missing:
                q = questions[qid]
                if q.when is not None and not evaluate(q.when, known, today):
                    continue
                later = qid in r.answers
                listed.append(GapQuestion(stage_of[qid], qid, q.prompt, later))
            if listed:
                found.append((r, tuple(listed)))
        names = self.caseworkers()
        people = ReportingQueries(self._s.store.db).people({r.person_key for r, _ in found})
        result = []
        for r, gaps_of in found:
            reference, given, family = people.get(r.person_key, ("", "", ""))
            result.append(
                PersonGaps(
                    r.person_key,
                    r.journey_key,
                    reference,
                    f"{given} {family}".strip(),
                    names.get(r.caseworker_key, ""),
                    r.referral_date,
                    gaps_of,
                )
            )
        result.sort(key=lambda g: (g.opened_on, g.journey_id))
        return result

    @_bulk
    def _status_records(self, pack: Pack, window: JourneyWindow | None) -> list[JourneyRecord]:
        """Records holding every question's status and value,
        with check-ins: what the completeness report and the gaps list need."""
        queries = ReportingQueries(self._s.store.db)
        names = queries.question_keys()
        rows = queries.journeys(window)
        own: dict[int, Known] = {}
        checkins: dict[int, dict[str, int | None]] = {}
        with queries.sheets({r[1] for r in rows}, [r[0] for r in rows]) as (people, journeys):
            facts_of = {p: _known(a, later, names) for p, a, later in people}
            for jid, given, later, _first, comfort, _rights, _step in journeys:
                own[jid] = _known(given, later, names)
                if comfort != "{}":
                    checkins[jid] = loads(comfort)
        return [
            JourneyRecord(
                person_key=pid,
                journey_key=jid,
                referral_date=(referred := date.fromisoformat(opened)),
                closed_date=_closed(closed, referred),
                caseworker_key=by or 0,
                answers=_merge(facts_of.get(pid), own.get(jid)),
                checkins=checkins.get(jid, {}),
            )
            for jid, pid, opened, closed, by in rows
        ]


# ------------------------------------------------------------------------- helpers


def _known(answers: str, later: str, names: Mapping[str, str]) -> Known:
    """A sheet's answers as (status, value): a null value is "prefer not to say". Only
    the questions in `names` (sheet key -> question id) are kept."""
    known: Known = {
        qid: (_ANSWERED, v) if v is not None else _DECLINED
        for key, v in loads(answers).items()
        if (qid := names.get(key)) is not None
    }
    if later != "{}":
        known.update((qid, _LATER) for key in loads(later) if (qid := names.get(key)) is not None)
    return known


def _after(ids: set[int]) -> Iterator[int]:
    """The ids left in `ids` once everything before this in a chain has been read."""
    yield from sorted(ids)


def _merge(person: Known | None, journey: Known | None) -> Known:
    """The person's facts and the journey's own answers. A question belongs to one scope,
    so the two never overlap unless a pack moved a question between scopes; then the
    journey's own answer is used."""
    if not person:
        return journey or {}
    if not journey:
        return person
    return person | journey


def _dates_only(jid: int, pid: int, opened: str, closed: str | None) -> JourneyRecord:
    referral = date.fromisoformat(opened)
    return JourneyRecord(
        pid, jid, referral, None, _closed(closed, referral), consent_reporting=True
    )


def _closed(closed: str | None, referred: date) -> date | None:
    if closed is None:
        return None
    day = date.fromisoformat(closed)
    return day if day >= referred else referred


_RIGHT_ANSWERS = {(_ANSWERED, v): RightStatus.DELIVERED for v in DELIVERED} | {
    (_ANSWERED, v): RightStatus.EXPLAINED for v in EXPLAINED
}
"""(status, value) of a `code_right_NN` answer -> what it says of the right."""


def _all_rights(
    facts: _PackFacts,
    answers: dict[str, tuple[AnswerStatus, Any]],
    checklist: dict[int, RightStatus] | None,
) -> dict[int, RightStatus]:
    found = dict(checklist) if checklist else {}
    for qid, number in facts.rights:  # numbers 1 to 12 only (see _PackFacts)
        got = answers.get(qid)
        if got is None:
            continue
        try:
            state = _RIGHT_ANSWERS.get(got)
        except TypeError:  # a list or other unhashable value says nothing of a right
            continue
        if state is not None and found.get(number) is not RightStatus.DELIVERED:
            found[number] = state
    return found


def _ended_early(facts: _PackFacts, answers: dict[str, tuple[AnswerStatus, Any]]) -> bool:
    for qid, early in facts.ending:
        got = answers.get(qid)
        if got is not None:
            return got[0] is AnswerStatus.ANSWERED and isinstance(got[1], str) and got[1] in early
    return False


def _withdrawal(facts: _PackFacts, answers: dict[str, tuple[AnswerStatus, Any]]) -> str | None:
    for qid in facts.withdrawal:
        got = answers.get(qid)
        if got is not None:
            ok = got[0] is AnswerStatus.ANSWERED and isinstance(got[1], str)
            return got[1] if ok else None
    return None
