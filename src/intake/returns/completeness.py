"""The completeness report for case reviews: which questions are answered, and where the gaps are.

For each question, stage by stage: how many journeys answered it, declined it ("prefer
not to say"), were to be asked later, or have not been asked yet, overall and by
caseworker. A journey counts towards a question only once it has reached the question's
stage (any answer or check-in there); journeys that have not are shown apart, so a
gap means "asked nowhere yet", not "not got that far". The report is internal: it is
not disclosure-controlled and never leaves the app. Questions with a condition are
marked, because "not asked" may there mean the question did not apply.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from dataclasses import dataclass, field

from intake.domain import AnswerStatus
from intake.forms import Pack
from intake.returns.period import Period
from intake.returns.records import JourneyRecord


@dataclass(frozen=True)
class Tally:
    answered: int = 0
    declined: int = 0
    asked_later: int = 0
    not_asked: int = 0
    stage_not_reached: int = 0

    @property
    def reached(self) -> int:
        return self.answered + self.declined + self.asked_later + self.not_asked

    @property
    def settled_share(self) -> float:
        """Answered or declined, out of the journeys that reached the stage."""
        return (self.answered + self.declined) / self.reached if self.reached else 0.0


@dataclass(frozen=True)
class QuestionCompleteness:
    stage_id: str
    question_id: str
    prompt: str
    conditional: bool
    overall: Tally
    by_caseworker: dict[int, Tally] = field(default_factory=dict)


@dataclass(frozen=True)
class CompletenessReport:
    journeys: int
    caseworkers: tuple[int, ...]
    questions: tuple[QuestionCompleteness, ...]

    def question(self, question_id: str) -> QuestionCompleteness:
        for q in self.questions:
            if q.question_id == question_id:
                return q
        raise KeyError(question_id)


def reached_stages(pack: Pack, record: JourneyRecord) -> set[str]:
    stage_of = _stage_index(pack)
    found = {stage_of[q] for q in record.answers if q in stage_of}
    return found | set(record.checkins)


def _stage_index(pack: Pack) -> dict[str, str]:
    return {q.id: s.id for s in pack.stages for q in s.questions()}


def completeness(
    pack: Pack, records: Iterable[JourneyRecord], period: Period | None = None
) -> CompletenessReport:
    """Tally every question of the pack over the journeys (open in `period`, if given)."""
    stage_of = _stage_index(pack)
    statuses: collections.Counter[tuple[int, str, AnswerStatus]] = collections.Counter()
    reached: collections.Counter[tuple[int, str]] = collections.Counter()
    journeys: collections.Counter[int] = collections.Counter()
    for r in records:
        if period is not None and not _open_in(r, period):
            continue
        cw = r.caseworker_key
        journeys[cw] += 1
        stages = {stage_of[q] for q in r.answers if q in stage_of} | set(r.checkins)
        for s in stages:
            reached[cw, s] += 1
        for qid, (status, _value) in r.answers.items():
            statuses[cw, qid, status] += 1
    caseworkers = tuple(sorted(journeys))
    rows = []
    for stage in pack.stages:
        for q in stage.questions():
            per = {
                cw: _tally(statuses, reached, journeys, cw, q.id, stage.id) for cw in caseworkers
            }
            overall = Tally(*(sum(getattr(t, f) for t in per.values()) for f in _FIELDS))
            rows.append(
                QuestionCompleteness(stage.id, q.id, q.prompt, q.when is not None, overall, per)
            )
    return CompletenessReport(sum(journeys.values()), caseworkers, tuple(rows))


_FIELDS = ("answered", "declined", "asked_later", "not_asked", "stage_not_reached")


def _tally(
    statuses: collections.Counter[tuple[int, str, AnswerStatus]],
    reached: collections.Counter[tuple[int, str]],
    journeys: collections.Counter[int],
    cw: int,
    qid: str,
    stage: str,
) -> Tally:
    answered = statuses[cw, qid, AnswerStatus.ANSWERED]
    declined = statuses[cw, qid, AnswerStatus.PREFER_NOT_TO_SAY]
    later = statuses[cw, qid, AnswerStatus.ASK_LATER]
    got = reached[cw, stage]
    return Tally(answered, declined, later, got - answered - declined - later, journeys[cw] - got)


def _open_in(r: JourneyRecord, period: Period) -> bool:
    return r.referral_date <= period.end and (
        r.closed_date is None or r.closed_date >= period.start
    )


def gaps(pack: Pack, record: JourneyRecord) -> list[str]:
    """Questions of the stages this journey has reached that are neither answered nor
    declined, in pack order: what a case review looks at for one person (inside the app)."""
    stages = reached_stages(pack, record)
    return [
        q.id
        for s in pack.stages
        if s.id in stages
        for q in s.questions()
        if (got := record.answers.get(q.id)) is None or got[0] is AnswerStatus.ASK_LATER
    ]
