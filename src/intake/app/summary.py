"""The case summary: for each stage of a pack, which questions are known, declined,
to be asked later, or not asked yet ("not asked" is the absence of an answer, and is
never folded into "prefer not to say")."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.domain import AnswerStatus
from intake.forms import Pack
from intake.store import JourneyRecord, StoredAnswer


@dataclass(frozen=True)
class SummaryLine:
    question_id: str
    prompt: str
    answer: StoredAnswer | None


@dataclass(frozen=True)
class StageSummary:
    stage_id: str
    title: str
    known: list[SummaryLine] = field(default_factory=list)
    declined: list[SummaryLine] = field(default_factory=list)
    later: list[SummaryLine] = field(default_factory=list)
    not_asked: list[SummaryLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.known) + len(self.declined) + len(self.later) + len(self.not_asked)


@dataclass(frozen=True)
class CaseSummary:
    journey: JourneyRecord
    stages: list[StageSummary]

    def stage(self, stage_id: str) -> StageSummary:
        for s in self.stages:
            if s.stage_id == stage_id:
                return s
        raise KeyError(stage_id)


def build_summary(
    journey: JourneyRecord, pack: Pack, known: dict[str, StoredAnswer]
) -> CaseSummary:
    stages: list[StageSummary] = []
    for stage in pack.stages:
        summary = StageSummary(stage.id, stage.title)
        for question in stage.questions():
            answer = known.get(question.id)
            line = SummaryLine(question.id, question.prompt, answer)
            if answer is None:
                summary.not_asked.append(line)
            elif answer.status is AnswerStatus.ANSWERED:
                summary.known.append(line)
            elif answer.status is AnswerStatus.PREFER_NOT_TO_SAY:
                summary.declined.append(line)
            else:
                summary.later.append(line)
        stages.append(summary)
    return CaseSummary(journey, stages)
