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
so free-text answers read with a sheet are dropped unused. A large workspace is read and
counted in several processes at once (`intake.app.counting`), with the same figures.
Where the store has no single field for something the pipeline wants, the choice is
made in `intake.app.return_reading`:

- a journey's *caseworker* is the user who opened it;
- *first contact* is the first day anything was done with the person: a step of the
  script, a check-in, or an answer not copied from a referral form;
- Victims' Code rights come from both the rights checklist and the `code_right_NN`
  questions; "delivered" wins over "explained".
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from intake.app.counting import PartJob, count_in_parts, helpers_for, stop_helpers
from intake.app.return_reading import (
    gc_paused,
    read_records,
    read_status_records,
    template_questions,
)
from intake.domain import Answer, Role, Source
from intake.forms import Pack
from intake.interview.conditions import evaluate
from intake.paths import default_forms_dir
from intake.returns import (
    JourneyRecord,
    Period,
    PeriodError,
    Return,
    ReturnTemplate,
    check_template,
    find_templates,
)
from intake.returns.completeness import CompletenessReport, completeness, gaps
from intake.returns.period import PeriodKind
from intake.returns.pipeline import Counted, publish, return_labels
from intake.returns.writers import write_all
from intake.store import AuditAction, AuditEntity
from intake.store.errors import InvalidInputError
from intake.store.reporting import JourneyWindow, Part, ReportingQueries

if TYPE_CHECKING:
    from intake.app.session import Session

MANAGERS = (Role.MANAGER, Role.ADMIN)

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


class Reporting:
    """Returns and the completeness report for one signed-in manager or administrator."""

    def __init__(
        self, session: Session, templates: Path | None = None, *, helpers: int | None = None
    ) -> None:
        """`helpers`: how many helper processes count a return (see
        `intake.app.counting`); None chooses by the size of the workspace and the
        number of cores, 0 counts everything in this process."""
        self._s = session
        self._folder = templates or templates_dir()
        self._checked: dict[tuple[str, str, str], TemplateInfo] = {}
        self._helpers = helpers

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
        labels = return_labels(template, language)
        return publish(self.count(template, chosen, pack), self._s.now().date(), labels)

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
        labels = return_labels(template, language)
        # The cycle collector stays paused until the files are written: a return makes
        # millions of small objects and no cycles, and a full collection during the
        # writers would cost more than the writing.
        with gc_paused():
            counted = self.count(template, chosen, pack, lambda: step(1, 4))
            ret = publish(counted, self._s.now().date(), labels)
            step(2, 4)
            # Logged before the files are written: a failed write leaves an entry for
            # an attempt, but no file can ever leave without one.
            with self._s.store.db.transaction():
                self._s.audit(AuditAction.EXPORTED, AuditEntity.RETURN)
            step(3, 4)
            paths = write_all(ret, Path(folder))
        step(4, 4)
        return ExportResult(ret, tuple(paths))

    def count(
        self,
        template: ReturnTemplate,
        period: Period,
        pack: Pack,
        halfway: Callable[[], None] | None = None,
    ) -> Counted:
        """The true counts of a return (internal: `preview` and `export` publish them
        through disclosure control). Large workspaces are counted in several processes
        at once (see `intake.app.counting`); the counts are the same either way.
        `halfway` is called once this process has counted its own part."""
        job = self.job(template, period, pack)
        db = self._s.store.db
        helpers = helpers_for(ReportingQueries(db).journey_count(), self._helpers)
        return count_in_parts(job, db, helpers, halfway)

    def job(self, template: ReturnTemplate, period: Period, pack: Pack) -> PartJob:
        """The whole of a return as one job for `intake.app.counting`."""
        self._s.require(*MANAGERS)
        self._s.when_locked(stop_helpers)
        return PartJob(
            self._s.store.db.path,
            self._s.key,
            pack,
            template,
            period,
            frozenset(template_questions(template, pack)),
            Part(0, 1),
        )

    def records(
        self, pack: Pack, period: Period, questions: Collection[str] | None = None
    ) -> list[JourneyRecord]:
        """The records a return for `period` needs, read in this process (see
        `intake.app.return_reading.read_records`)."""
        self._s.require(*MANAGERS)
        return read_records(self._s.store.db, pack, period, questions)

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
        records = read_status_records(self._s.store.db, window)
        return completeness(pack, records, period)

    def gaps(self, pack: Pack, caseworker: int | None = None) -> list[PersonGaps]:
        """Open journeys with questions not yet answered or declined in the stages they
        have reached (questions whose condition does not apply are left out), oldest
        journey first. Inside the app only."""
        self._s.require(*MANAGERS)
        records = read_status_records(self._s.store.db, JourneyWindow(open_only=True))
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
