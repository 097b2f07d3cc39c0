"""Synthetic journeys for benchmarks, demonstrations and tests. Never real people.

Answers are drawn for every question of a pack with plausible shares of "prefer not to
say", "ask later" and questions never put, so every path of the pipeline is exercised.
Free-text answers hold a fixed marker, so a test can prove they never reach a return.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from intake.domain import AnswerStatus, AnswerValue
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    LongText,
    MultipleChoice,
    NumberQuestion,
    Pack,
    QuestionT,
    ScaleQuestion,
    ShortText,
    YesNo,
)
from intake.returns.records import Answered, JourneyRecord, RightStatus

FREE_TEXT_MARKER = "synthetic free text"


def journeys(
    pack: Pack,
    people: int,
    journeys: int,
    *,
    first_day: date = date(2025, 10, 1),
    days: int = 365,
    seed: int = 1,
    consent_share: float = 0.9,
    asked_share: float = 0.94,
    distinct_answers: int | None = None,
) -> Iterator[JourneyRecord]:
    """`journeys` records over `people` people (each person has at least one when
    journeys >= people), referred over `days` days from `first_day`.

    Each question is put with probability `asked_share`. With `distinct_answers`, that
    many answer sets are drawn and shared out, which makes very large sets quick to
    build (benchmarks) while every count still varies."""
    rng = random.Random(seed)
    questions = pack.questions()
    options = {q.id: _options(pack, q) for q in questions}
    pool = [_answers(rng, questions, options, asked_share) for _ in range(distinct_answers or 0)]
    stages = [s.id for s in pack.stages if s.check_ins]
    withdrawal = [
        c.value for q in questions if q.id == "withdrawal_stage" for c in pack.choices_of(q)
    ] or ["during_support"]
    for j in range(journeys):
        person = j if j < people else rng.randrange(people)
        referred = first_day + timedelta(days=rng.randrange(days))
        contact = (
            referred + timedelta(days=int(rng.expovariate(1 / 6))) if rng.random() < 0.93 else None
        )
        closed = None
        if rng.random() < 0.6:
            closed = referred + timedelta(days=rng.randrange(5, 200))
        early = closed is not None and rng.random() < 0.3
        if pool:
            answers = pool[rng.randrange(len(pool))]
        else:
            answers = _answers(rng, questions, options, asked_share)
        rights = {
            n: rng.choice((RightStatus.EXPLAINED, RightStatus.DELIVERED))
            for n in range(1, 13)
            if rng.random() < 0.6
        }
        checkins = {
            s: (None if rng.random() < 0.1 else rng.randint(1, 5))
            for s in stages
            if rng.random() < 0.8
        }
        yield JourneyRecord(
            person_key=person,
            journey_key=j,
            referral_date=referred,
            first_contact_date=contact,
            closed_date=closed,
            ended_early=early,
            withdrawal_stage=rng.choice(withdrawal) if early else None,
            caseworker_key=rng.randrange(12),
            answers=answers,
            rights=rights,
            checkins=checkins,
            consent_reporting=rng.random() < consent_share,
        )


def _answers(
    rng: random.Random, questions: list[QuestionT], options: dict[str, list[str]], asked: float
) -> dict[str, Answered]:
    answers: dict[str, Answered] = {}
    for q in questions:
        if rng.random() >= asked:
            continue
        roll = rng.random()
        if roll < 0.07:
            answers[q.id] = (AnswerStatus.PREFER_NOT_TO_SAY, None)
        elif roll < 0.09:
            answers[q.id] = (AnswerStatus.ASK_LATER, None)
        else:
            answers[q.id] = (AnswerStatus.ANSWERED, _value(rng, q, options[q.id]))
    return answers


def _options(pack: Pack, q: QuestionT) -> list[str]:
    return [c.value for c in pack.choices_of(q)]


def _value(rng: random.Random, q: QuestionT, options: list[str]) -> AnswerValue:
    if isinstance(q, MultipleChoice):
        return rng.sample(options, k=min(len(options), rng.randint(1, 3)))
    if isinstance(q, ChoiceQuestion | YesNo):
        return rng.choice(options)
    if isinstance(q, ScaleQuestion):
        return rng.randint(q.minimum, q.maximum)
    if isinstance(q, DateQuestion):
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        return born.isoformat()
    if isinstance(q, NumberQuestion):
        return rng.randint(0, 10)
    if isinstance(q, ShortText | LongText):
        return FREE_TEXT_MARKER
    return None
