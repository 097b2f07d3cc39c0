"""Reading the store into the plain records the returns pipeline counts.

Session-free, so that a return can be read and counted in another process (see
`intake.app.counting`): everything here takes an open `Database`, and nothing imports
the writers. `Reporting` checks the user's role before calling it; its module
docstring lists the choices made here where the store has no single field for what
the pipeline wants (caseworker, first contact, rights).
"""

from __future__ import annotations

import functools
import gc
import itertools
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, ParamSpec, TypeVar

from orjson import loads

from intake.domain import AnswerStatus
from intake.forms import Pack
from intake.returns.assemble import DELIVERED, EXPLAINED, RIGHT_DIMENSION
from intake.returns.categories import questions_of
from intake.returns.counting import outcome_dimensions
from intake.returns.period import Period
from intake.returns.records import JourneyRecord, RightStatus
from intake.returns.template import Count, Crosstab, OutcomeChange, ReturnTemplate, WithdrawalStage
from intake.store.consent import ConsentPurpose
from intake.store.database import Database
from intake.store.reporting import (
    JourneyRow,
    JourneySheetRow,
    JourneyWindow,
    Part,
    ReportingQueries,
)

_T = TypeVar("_T")
_P = ParamSpec("_P")


@contextmanager
def gc_paused() -> Iterator[None]:
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


def bulk(fn: Callable[_P, _T]) -> Callable[_P, _T]:
    @functools.wraps(fn)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        with gc_paused():
            return fn(*args, **kwargs)

    return run


@dataclass(frozen=True)
class PackFacts:
    """What a record needs from the pack, worked out once rather than per journey."""

    rights: tuple[tuple[str, int], ...]
    ending: tuple[tuple[str, frozenset[str]], ...]
    withdrawal: tuple[str, ...]

    @classmethod
    def of(cls, pack: Pack) -> PackFacts:
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
    found = PackFacts.of(pack).questions()
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


@bulk
def read_records(
    db: Database,
    pack: Pack,
    period: Period,
    questions: Collection[str] | None = None,
    part: Part | None = None,
) -> list[JourneyRecord]:
    """The records a return for `period` needs: every journey whose consent to be
    counted stands now and that was referred by the end of the period. Journeys
    closed before it began carry dates only (they count towards repeat victims);
    the others carry their answers, check-ins and rights (all from their sheets),
    and first contact where they were referred in the period. With `questions`
    (see `template_questions`), only those answers are kept: the sheets hold every
    answer, and turning each into a record entry is most of the reading time.

    With `part`, only the journeys of that part's people (see `Part`): a person's
    journeys are always in one part, so parts can be counted apart and added up."""
    facts = PackFacts.of(pack)
    queries = ReportingQueries(db)
    names = queries.question_keys()
    if questions is not None:
        wanted = set(questions) | facts.questions()
        names = {key: qid for key, qid in names.items() if qid in wanted}
    window = JourneyWindow(end=period.end.isoformat())
    rows = queries.journeys(window, ConsentPurpose.REPORTING, part)
    start = period.start.isoformat()
    live = {r[0]: r for r in rows if r[3] is None or r[3] >= start}
    with queries.sheets({r[1] for r in live.values()}, live) as (people, journeys):
        records = [  # journeys closed before the period: dates only
            _dates_only(jid, pid, opened, closed)
            for jid, pid, opened, closed, _by in rows
            if jid not in live
        ]
        facts_of = {pid: _known(given, later, names) for pid, given, later in people}
        _add_records(records, journeys, live, facts_of, names, facts, start)
    return records


def _add_records(
    records: list[JourneyRecord],
    journeys: Iterator[JourneySheetRow],
    live: dict[int, JourneyRow],
    facts_of: dict[int, Known],
    names: Mapping[str, str],
    facts: PackFacts,
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
        checklist = {int(n): _RIGHT[d] for n, d in loads(code).items()} if code != "{}" else None
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


@bulk
def read_status_records(db: Database, window: JourneyWindow | None) -> list[JourneyRecord]:
    """Records of every journey in `window`, whatever its consent, holding every
    question's status and value, with check-ins: what the completeness report and the
    gaps list need (inside the app only)."""
    queries = ReportingQueries(db)
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
    facts: PackFacts,
    answers: dict[str, tuple[AnswerStatus, Any]],
    checklist: dict[int, RightStatus] | None,
) -> dict[int, RightStatus]:
    found = dict(checklist) if checklist else {}
    for qid, number in facts.rights:  # numbers 1 to 12 only (see PackFacts)
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


def _ended_early(facts: PackFacts, answers: dict[str, tuple[AnswerStatus, Any]]) -> bool:
    for qid, early in facts.ending:
        got = answers.get(qid)
        if got is not None:
            return got[0] is AnswerStatus.ANSWERED and isinstance(got[1], str) and got[1] in early
    return False


def _withdrawal(facts: PackFacts, answers: dict[str, tuple[AnswerStatus, Any]]) -> str | None:
    for qid in facts.withdrawal:
        got = answers.get(qid)
        if got is not None:
            ok = got[0] is AnswerStatus.ANSWERED and isinstance(got[1], str)
            return got[1] if ok else None
    return None
