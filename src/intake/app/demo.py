"""A synthetic workspace for demonstrations, practice and benchmarks.

Made-up people (Faker, en_GB, seeded so a run can be repeated) spread across the
stages of the default pack over the last 18 months: answers, declines, "ask later"s,
questions that did not apply, consents (a few withdrawn), check-ins, Victims' Code
rights and closed journeys. Values use the question ids and choice values of
`forms/core` when it loads; otherwise a small built-in plan keeps the demo working.
Everything goes in through the bulk loader in one transaction, so 100k people take
a minute or two rather than hours.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from faker import Faker

from intake.app.workspace import Workspace
from intake.domain import AnswerStatus, AnswerValue, JourneyId, PersonId, Scope, Source
from intake.forms import (
    ChoiceQuestion,
    DateQuestion,
    MultipleChoice,
    NumberQuestion,
    Pack,
    ScaleQuestion,
    YesNo,
    load_pack,
)
from intake.paths import default_forms_dir
from intake.store import AuditAction, AuditEntity, ConsentPurpose, KdfParams, RightState
from intake.store.bulk import BulkLoader
from intake.store.crockford import new_reference

DEMO_USER = "demo"
DEMO_PASSWORD = "practice only - not real people"
DAYS = 548  # about 18 months

# How far journeys have got (the last stage means support has ended).
STAGE_WEIGHTS = {"referral": 12, "assessment": 16, "about_you": 12, "support": 22, "review": 14}
END_WEIGHT = 24


@dataclass(frozen=True)
class PlannedQuestion:
    id: str
    scope: Scope
    kind: str  # choice, multi, yes_no, date, number, scale, text
    choices: tuple[str, ...] = ()
    low: int = 1
    high: int = 5
    consent: str | None = None
    may_decline: bool = True


@dataclass
class PlannedStage:
    id: str
    questions: list[PlannedQuestion] = field(default_factory=list)
    check_ins: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DemoResult:
    folder: Path
    username: str
    password: str
    counts: dict[str, int]
    used_pack: bool


def load_core_pack() -> Pack | None:
    try:
        return load_pack(default_forms_dir() / "core").pack
    except Exception:  # any problem with the pack: the demo falls back, it does not fail
        return None


def plan_from_pack(pack: Pack) -> list[PlannedStage]:
    stages = []
    for stage in pack.stages:
        planned = PlannedStage(stage.id, check_ins=[c.id for c in stage.check_ins])
        for q in stage.questions():
            kind, low, high = "text", 1, 5
            choices: tuple[str, ...] = ()
            if isinstance(q, MultipleChoice):
                kind, choices = "multi", tuple(c.value for c in pack.choices_of(q))
            elif isinstance(q, ChoiceQuestion):
                kind, choices = "choice", tuple(c.value for c in pack.choices_of(q))
            elif isinstance(q, YesNo):
                kind = "yes_no"
            elif isinstance(q, DateQuestion):
                kind = "date"
            elif isinstance(q, ScaleQuestion):
                kind, low, high = "scale", q.minimum, q.maximum
            elif isinstance(q, NumberQuestion):
                kind = "number"
                low = int(q.minimum if q.minimum is not None else 0)
                high = int(q.maximum if q.maximum is not None else 10)
            planned.questions.append(
                PlannedQuestion(
                    q.id, q.scope, kind, choices, low, high, q.consent, q.prefer_not_to_say
                )
            )
        stages.append(planned)
    return stages


def fallback_plan() -> list[PlannedStage]:
    p, j = Scope.PERSON, Scope.JOURNEY
    return [
        PlannedStage(
            "referral",
            [
                PlannedQuestion("referral_source", j, "choice", ("police", "self", "other")),
                PlannedQuestion("crime_type", j, "choice", ("burglary", "assault", "fraud")),
                PlannedQuestion("consent_reporting", j, "yes_no", consent="reporting"),
                PlannedQuestion("preferred_language", p, "choice", ("english", "welsh", "other")),
            ],
            ["checkin_referral"],
        ),
        PlannedStage(
            "about_you",
            [
                PlannedQuestion("date_of_birth", p, "date"),
                PlannedQuestion("sex", p, "choice", ("female", "male")),
            ],
        ),
        PlannedStage("support", [PlannedQuestion("needs_met", j, "scale")], ["checkin_support"]),
        PlannedStage("exit", [PlannedQuestion("outcome", j, "choice", ("improved", "same"))]),
    ]


class DemoGenerator:
    """Deterministic for a seed: the same people, journeys and answers every time."""

    def __init__(self, plan: list[PlannedStage], seed: int, today: date, pack_id: str | None):
        self.plan = plan
        self.rng = random.Random(seed)
        self.today = today
        self.pack_id = pack_id
        fake = Faker("en_GB")
        fake.seed_instance(seed)
        self.given = [fake.first_name() for _ in range(600)]
        self.family = [fake.last_name() for _ in range(900)]
        self.texts = [fake.sentence(nb_words=8) for _ in range(300)]
        self.references: set[str] = set()
        names = [s.id for s in plan]
        self.stage_choices = [n for n in names if n in STAGE_WEIGHTS] + [names[-1]]
        self.stage_weights = [STAGE_WEIGHTS[n] for n in names if n in STAGE_WEIGHTS] + [END_WEIGHT]

    def _at(self, day: date) -> datetime:
        return datetime.combine(day, time(9 + self.rng.randrange(8), self.rng.randrange(60)), UTC)

    def generate(self, loader: BulkLoader, people: int) -> None:
        for _ in range(people):
            self._person(loader)
        loader.flush()

    def _person(self, loader: BulkLoader) -> None:
        rng = self.rng
        ref = new_reference(rng)
        while ref in self.references:
            ref = new_reference(rng)
        self.references.add(ref)
        dob = date(1940, 1, 1) + timedelta(days=rng.randrange(68 * 365))
        n_journeys = rng.choices((1, 2, 3), (60, 30, 10))[0]
        opened = sorted(self.today - timedelta(days=rng.randrange(DAYS)) for _ in range(n_journeys))
        pid = loader.person(
            ref, rng.choice(self.given), rng.choice(self.family), dob, self._at(opened[0])
        )
        known: set[str] = set()
        for i, day in enumerate(opened):
            last = i == len(opened) - 1
            stage = (
                rng.choices(self.stage_choices, self.stage_weights)[0] if last else self.plan[-1].id
            )
            self._journey(loader, pid, dob, day, stage, known)

    def _journey(
        self,
        loader: BulkLoader,
        pid: PersonId,
        dob: date,
        opened: date,
        stage: str,
        known: set[str],
    ) -> None:
        rng = self.rng
        reached = [s.id for s in self.plan].index(stage)
        ended = stage == self.plan[-1].id
        closed = (
            min(self.today, opened + timedelta(days=60 + rng.randrange(240))) if ended else None
        )
        span = max(1, ((closed or self.today) - opened).days)
        jid = loader.journey(pid, opened, closed, stage, self.pack_id, self._at(opened))
        for index, planned in enumerate(self.plan[: reached + 1]):
            day = opened + timedelta(days=span * index // (reached + 1))
            at = self._at(day).isoformat(timespec="microseconds")
            partly = index == reached and not ended
            for q in planned.questions:
                if q.scope is Scope.PERSON and q.id in known:
                    continue
                if rng.random() < (0.65 if partly else 0.42):
                    continue  # did not apply, or not reached yet
                self._answer(loader, pid, jid, planned.id, q, dob, day, at, known)
            if not partly:
                for checkin in planned.check_ins:
                    score = (
                        None
                        if rng.random() < 0.05
                        else rng.choices((1, 2, 3, 4, 5), (3, 8, 25, 35, 29))[0]
                    )
                    loader.check_in(jid, planned.id, checkin, score, self._at(day))
        if reached >= 3:
            for number in rng.sample(range(1, 13), rng.randrange(3, 8)):
                state = RightState.DELIVERED if rng.random() < 0.4 else RightState.EXPLAINED
                loader.right(
                    jid,
                    number,
                    state,
                    opened + timedelta(days=rng.randrange(span)),
                    self._at(opened),
                )

    def _answer(
        self,
        loader: BulkLoader,
        pid: PersonId,
        jid: JourneyId,
        stage: str,
        q: PlannedQuestion,
        dob: date,
        day: date,
        at: str,
        known: set[str],
    ) -> None:
        rng = self.rng
        roll = rng.random()
        status = AnswerStatus.ANSWERED
        value: AnswerValue = None
        if q.consent is None and q.may_decline and roll < 0.08:
            status = AnswerStatus.PREFER_NOT_TO_SAY
        elif q.consent is None and roll < 0.13:
            status = AnswerStatus.ASK_LATER
        else:
            value = self._value(q, dob, day)
        pick = rng.random()
        source = Source.ASSISTED if pick < 0.8 else Source.SELF if pick < 0.95 else Source.PAPER
        loader.answer(q.scope, pid, jid, q.id, value, status, source, stage, at)
        if status is not AnswerStatus.ASK_LATER and q.scope is Scope.PERSON:
            known.add(q.id)
        if q.consent and value in ("yes", "no"):
            purpose = ConsentPurpose(q.consent)
            when = self._at(day)
            loader.consent(pid, jid, purpose, value == "yes", "read aloud, leaflet given", when)
            if value == "yes" and rng.random() < 0.04:
                later = min(self.today, day + timedelta(days=rng.randrange(1, 90)))
                loader.consent(pid, jid, purpose, False, "by phone", self._at(later))

    def _value(self, q: PlannedQuestion, dob: date, day: date) -> AnswerValue:
        rng = self.rng
        if q.kind == "choice" and q.choices:
            return rng.choice(q.choices)
        if q.kind == "multi" and q.choices:
            return sorted(rng.sample(q.choices, min(len(q.choices), rng.randrange(1, 3))))
        if q.kind == "yes_no":
            return "yes" if rng.random() < (0.85 if q.consent else 0.5) else "no"
        if q.kind == "date":
            if "birth" in q.id:
                return dob.isoformat()
            return (day - timedelta(days=rng.randrange(1, 60))).isoformat()
        if q.kind in ("scale", "number"):
            return rng.randint(q.low, q.high)
        return rng.choice(self.texts)


def create_demo(
    folder: Path,
    people: int,
    *,
    seed: int = 2026,
    kdf: KdfParams | None = None,
    today: date | None = None,
    pack: Pack | None = None,
) -> DemoResult:
    """Create a new workspace in `folder` filled with synthetic people."""
    pack = pack or load_core_pack()
    plan = plan_from_pack(pack) if pack is not None else fallback_plan()
    ws = Workspace(folder, kdf=kdf)
    session = ws.create(
        "Practice workspace (made-up people)", DEMO_USER, "Demo Caseworker", DEMO_PASSWORD
    ).session
    try:
        generator = DemoGenerator(plan, seed, today or date.today(), pack.id if pack else None)
        db = session.store.db
        with db.transaction():
            loader = BulkLoader(db, session.user.id)
            generator.generate(loader, people)
            session.audit(AuditAction.CREATED, AuditEntity.PERSON)
        counts = dict(loader.counts)
    finally:
        session.lock()
    return DemoResult(folder, DEMO_USER, DEMO_PASSWORD, counts, pack is not None)
