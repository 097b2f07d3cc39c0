"""Building a `JourneyRecord` from what the store holds: answers and check-ins.

The app layer reads a journey's answers (and the person's `scope: person` answers) and
check-ins from the store; these helpers turn them into the plain record the pipeline
counts, reading the pack's return dimensions so no question id is hard-wired:

- the Victims' Code rights are the questions whose dimension starts `code_right_NN`;
  an answer of `explained` counts as explained, `helped` (or `delivered`) as delivered;
- a journey ended early when its `support_ending` answer is in that question's
  `ended_early` group (the default pack puts "chose to stop" and "lost touch" there);
- the point support stopped is the answer feeding the `withdrawal_stage` dimension.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from intake.domain import Answer, AnswerStatus, CheckIn
from intake.forms import Pack
from intake.returns.records import Answered, JourneyRecord, RightStatus

RIGHT_DIMENSION = re.compile(r"^code_right_(\d{1,2})(_|$)")
EXPLAINED = frozenset({"explained"})
DELIVERED = frozenset({"helped", "delivered"})


def answers_of(answers: Iterable[Answer]) -> dict[str, Answered]:
    """question id -> (status, value); a later answer to the same question wins."""
    return {a.question_id: (a.status, a.value) for a in answers}


def rights_from(pack: Pack, answers: Mapping[str, Answered]) -> dict[int, RightStatus]:
    found: dict[int, RightStatus] = {}
    for q in pack.questions():
        m = RIGHT_DIMENSION.match(q.returns.dimension) if q.returns else None
        got = answers.get(q.id)
        if m is None or got is None or got[0] is not AnswerStatus.ANSWERED:
            continue
        number = int(m[1])
        if got[1] in DELIVERED:
            found[number] = RightStatus.DELIVERED
        elif got[1] in EXPLAINED and found.get(number) is not RightStatus.DELIVERED:
            found[number] = RightStatus.EXPLAINED
    return {n: s for n, s in found.items() if 1 <= n <= 12}


def checkins_from(checkins: Iterable[CheckIn]) -> dict[str, int | None]:
    """stage -> score, or None when declined. With two check-ins at a stage (start and
    end), the later one stands: it is how the person felt after the questions."""
    found: dict[str, int | None] = {}
    for c in checkins:
        found[c.stage] = None if c.declined or c.score is None else c.score
    return found


def _answer_for(pack: Pack, answers: Mapping[str, Answered], dimension: str) -> Answered | None:
    for q in pack.questions():
        if q.returns and q.returns.dimension == dimension and q.id in answers:
            return answers[q.id]
    return None


def ended_early(pack: Pack, answers: Mapping[str, Answered]) -> bool:
    for q in pack.questions():
        if q.returns and q.returns.dimension == "support_ending" and q.id in answers:
            status, value = answers[q.id]
            early = (q.returns.groups or {}).get("ended_early", [])
            return status is AnswerStatus.ANSWERED and value in early
    return False


def withdrawal_stage(pack: Pack, answers: Mapping[str, Answered]) -> str | None:
    got = _answer_for(pack, answers, "withdrawal_stage")
    if got is None or got[0] is not AnswerStatus.ANSWERED or not isinstance(got[1], str):
        return None
    return got[1]


def journey_record(
    pack: Pack,
    *,
    person_key: int,
    journey_key: int,
    referral_date: date,
    first_contact_date: date | None,
    closed_date: date | None,
    caseworker_key: int,
    answers: Iterable[Answer],
    checkins: Iterable[CheckIn],
    consent_reporting: bool,
) -> JourneyRecord:
    """One journey's record for the returns, from its stored answers and check-ins."""
    given = answers_of(answers)
    return JourneyRecord(
        person_key=person_key,
        journey_key=journey_key,
        referral_date=referral_date,
        first_contact_date=first_contact_date,
        closed_date=closed_date,
        ended_early=ended_early(pack, given),
        withdrawal_stage=withdrawal_stage(pack, given),
        caseworker_key=caseworker_key,
        answers=given,
        rights=rights_from(pack, given),
        checkins=checkins_from(checkins),
        consent_reporting=consent_reporting,
    )
