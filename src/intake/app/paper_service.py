"""Paper in and out of the workspace: personalised packs, filled PDFs, transcription,
referral files and the subject access PDF.

The paper layer (`intake.paper`) is pure: it renders and reads bytes. This service
joins it to people and journeys:

- a personalised pack leaves out what is already settled for the journey and prints the
  person's reference (logged as an export of the journey);
- a filled PDF is matched by the reference on its label to a person and their latest
  open journey, and previewed: nothing is saved until `record_preview`;
- transcribed answers are recorded with source `paper`;
- a referral file is imported whole or not at all, in one transaction.

Matching referrals to people already known (decided here, see docs/paper-guide.md):
a row with an Intake reference is that person (an unknown reference stops the whole
import); a row whose date of birth matches exactly one person with a near-identical name
(`NEAR_IDENTICAL`: the same words, case, accents, order and punctuation aside) is that
person; anything
less certain creates a new person and lists the row for a colleague to check, because
wrongly joining two people's records is worse than a duplicate that can be merged later.
A matched person's facts they already gave are kept; the referral does not replace them.

Audit rows name only actions, kinds of record and ids: never names or answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from intake.app.people import name_similarity
from intake.domain import Answer, AnswerStatus, CheckIn, JourneyId, PersonId, Source
from intake.forms import CheckInSpec, LoadedPack, Pack, QuestionT
from intake.paper import (
    FormHeader,
    ItemKind,
    PaperOptions,
    ReadProblem,
    ReferralBatch,
    ReferralRow,
    printed_items,
    read_filled_pdf,
    render_stage,
)
from intake.paper.subject_access import (
    SubjectAccessDocument,
    SubjectAccessLine,
    SubjectAccessSection,
    render_subject_access,
)
from intake.paper.transcribe import value_text
from intake.store import AuditAction, AuditEntity, JourneyRecord, JourneyStatus, PersonRecord
from intake.store.crockford import parse_reference
from intake.store.errors import InvalidInputError

if TYPE_CHECKING:
    from intake.app.session import Session

NEAR_IDENTICAL = 100.0
"""Name similarity (0-100, with the same date of birth) at which a referral is matched
to a person already known instead of creating a new one: the same words once case,
accents, order and punctuation are set aside. "Cara" and "Clara" born the same day
score 95 and may be twins, so they are not joined."""
REVIEW = 85.0
"""Similar enough (with the same date of birth) for a colleague to check by hand."""

Progress = Callable[[int, int], None]


class PaperKind(StrEnum):
    """Which paper is being transcribed, so the numbers match the page."""

    PERSONALISED = "personalised"
    """Printed for this person: what was already known was left out."""
    BLANK = "blank"
    """A blank form: every question the person answers themselves."""
    CASEWORKER = "caseworker"
    """A caseworker copy: also the questions only asked in conversation."""


class MatchStatus(StrEnum):
    MATCHED = "matched"
    NO_REFERENCE = "no_reference"
    UNKNOWN_REFERENCE = "unknown_reference"
    NO_OPEN_JOURNEY = "no_open_journey"


MATCH_WORDS: dict[MatchStatus, str] = {
    MatchStatus.MATCHED: "This form belongs to the person below.",
    MatchStatus.NO_REFERENCE: (
        "This form has no reference on it, so Intake cannot tell whose it is. Open the "
        "person's page and type the answers in with Transcribe paper instead."
    ),
    MatchStatus.UNKNOWN_REFERENCE: (
        "No one in this workspace has the reference on this form. It may have been made "
        "by another service, or the person's record may have been erased. Nothing has "
        "been recorded."
    ),
    MatchStatus.NO_OPEN_JOURNEY: (
        "The person on this form has no open journey to add answers to. Open a new "
        "journey on their page first, then import the form again."
    ),
}


class Change(StrEnum):
    """What recording one answer from a form would do."""

    NEW = "new"
    SAME = "same"
    """Already recorded with the same answer: not recorded again."""
    REPLACES = "replaces"
    """Becomes the current answer; the earlier one stays in the history."""


@dataclass(frozen=True)
class PreviewLine:
    """One answer the form gives, in words, and what recording it would change."""

    question_id: str
    prompt: str
    text: str = field(repr=False)
    declined: bool
    change: Change
    answer: Answer = field(repr=False)


@dataclass(frozen=True)
class CheckInLine:
    checkin_id: str
    prompt: str
    check_in: CheckIn = field(repr=False)


@dataclass(frozen=True)
class FilledPreview:
    """What importing a filled PDF would record. Nothing has been saved yet."""

    header: FormHeader
    match: MatchStatus
    person: PersonRecord | None = field(repr=False)
    journey: JourneyRecord | None
    lines: list[PreviewLine]
    check_ins: list[CheckInLine]
    problems: list[ReadProblem]
    pack: Pack = field(repr=False)

    @property
    def reason(self) -> str:
        return MATCH_WORDS[self.match]

    @property
    def to_record(self) -> list[PreviewLine]:
        return [line for line in self.lines if line.change is not Change.SAME]

    @property
    def can_record(self) -> bool:
        return self.match is MatchStatus.MATCHED and bool(self.to_record or self.check_ins)


@dataclass(frozen=True)
class Recorded:
    """How many answers and check-ins were saved (and how many were already there)."""

    answers: int
    check_ins: int
    unchanged: int = 0


@dataclass(frozen=True)
class PersonalisedPack:
    pdf: bytes = field(repr=False)
    reference: str
    stage: str
    left_out: int
    """How many questions were left out because they are already known."""


@dataclass(frozen=True)
class TranscriptionItem:
    """One numbered row of the transcription grid, as printed on the paper."""

    number: int
    kind: ItemKind
    item_id: str
    stage: str
    prompt: str
    question: QuestionT | None = field(default=None, repr=False)
    check_in: CheckInSpec | None = field(default=None, repr=False)
    known: Answer | None = field(default=None, repr=False)


@dataclass(frozen=True)
class ReferralIssue:
    """A referral row the workspace cannot take as it is (no names or values)."""

    row: int
    message: str


@dataclass(frozen=True)
class ReferralImport:
    """What a referral import did, in counts and spreadsheet row numbers only."""

    people_created: int
    people_matched: int
    journeys_opened: int
    answers_recorded: int
    kept_known: int
    """Answers left out because the person had already given them."""
    rows_to_check: list[int]
    """Rows that created a new person although someone similar exists: check by hand."""


class PaperService:
    """Paper for one signed-in session. Pass `loaded` (the pack) to each call."""

    def __init__(self, session: Session) -> None:
        self._s = session

    # --- printing ----------------------------------------------------------------------

    def known_ids(self, journey_id: JourneyId) -> set[str]:
        """Questions settled for this journey (answered or declined): left off paper."""
        known = self._s.interviews.known_answers(journey_id)
        return {qid for qid, answer in known.items() if answer.is_settled}

    def personalised_pack(
        self,
        loaded: LoadedPack,
        journey_id: JourneyId,
        stage_id: str,
        *,
        language: str | None = None,
        fillable: bool = False,
    ) -> PersonalisedPack:
        """A stage for this journey's person: known questions left out, reference printed."""
        store = self._s.store
        journey = store.journeys.get(journey_id)
        person = store.people.get(journey.person_id)
        known = self.known_ids(journey_id)
        options = PaperOptions(
            language=language, fillable=fillable, reference=person.reference, known=frozenset(known)
        )
        pdf = render_stage(loaded, stage_id, options)
        stage = loaded.pack.stage(stage_id)
        left_out = sum(1 for q in stage.questions() if q.id in known and q.self_completion)
        with store.db.transaction():
            self._s.audit(AuditAction.EXPORTED, AuditEntity.JOURNEY, journey_id)
        return PersonalisedPack(pdf, person.reference, stage_id, left_out)

    # --- filled PDFs -------------------------------------------------------------------

    def preview_filled_pdf(self, data: bytes, pack: Pack) -> FilledPreview:
        """Read a filled PDF and find whose it is; records nothing.

        Raises `PaperError` when the file is not a usable Intake form of this pack.
        """
        form = read_filled_pdf(data, pack, today=self._s.now().date())
        person, journey, match = self._match(form.header)
        known = self._s.interviews.known_answers(journey.id) if journey is not None else {}
        lines = [self._line(pack, a, known.get(a.question_id)) for a in form.answers]
        check_ins = [
            CheckInLine(c.checkin_id, _check_in_prompt(pack, c.stage, c.checkin_id), c)
            for c in form.check_ins
        ]
        return FilledPreview(
            form.header, match, person, journey, lines, check_ins, list(form.problems), pack
        )

    def _match(
        self, header: FormHeader
    ) -> tuple[PersonRecord | None, JourneyRecord | None, MatchStatus]:
        if not header.reference:
            return None, None, MatchStatus.NO_REFERENCE
        reference = parse_reference(header.reference)
        store = self._s.store
        person = store.people.by_reference(reference) if reference else None
        if person is None:
            return None, None, MatchStatus.UNKNOWN_REFERENCE
        journey = _latest_open(store.journeys.for_person(person.id))
        if journey is None:
            return person, None, MatchStatus.NO_OPEN_JOURNEY
        return person, journey, MatchStatus.MATCHED

    def _line(self, pack: Pack, answer: Answer, known: Answer | None) -> PreviewLine:
        question = pack.question(answer.question_id)
        declined = answer.status is AnswerStatus.PREFER_NOT_TO_SAY
        if known is None or not known.is_settled:
            change = Change.NEW
        elif known.status == answer.status and known.value == answer.value:
            change = Change.SAME
        else:
            change = Change.REPLACES
        text = "" if declined else value_text(pack, question, answer.value)
        prompt = question.self_prompt or question.prompt
        return PreviewLine(answer.question_id, prompt, text, declined, change, answer)

    def record_preview(self, preview: FilledPreview) -> Recorded:
        """Record a previewed form (source fillable_pdf), all of it or none of it."""
        if preview.match is not MatchStatus.MATCHED or preview.journey is None:
            raise InvalidInputError(MATCH_WORDS[preview.match], "Nothing has been recorded.")
        store = self._s.store
        journey_id = preview.journey.id
        with store.db.transaction():
            journey = store.journeys.get(journey_id)
            if journey.status is not JourneyStatus.OPEN:
                raise InvalidInputError(
                    MATCH_WORDS[MatchStatus.NO_OPEN_JOURNEY], "Nothing has been recorded."
                )
            for line in preview.to_record:
                answer = replace(line.answer, source=Source.FILLABLE_PDF)
                self._s.interviews.record_answer(journey_id, answer, preview.pack)
            for item in preview.check_ins:
                self._s.interviews.record_check_in(journey_id, item.check_in)
            self._s.audit(AuditAction.CHANGED, AuditEntity.JOURNEY, journey_id)
        unchanged = len(preview.lines) - len(preview.to_record)
        return Recorded(len(preview.to_record), len(preview.check_ins), unchanged)

    # --- transcription -----------------------------------------------------------------

    def transcription_items(
        self,
        loaded: LoadedPack,
        journey_id: JourneyId,
        stage_id: str,
        kind: PaperKind = PaperKind.PERSONALISED,
    ) -> list[TranscriptionItem]:
        """The rows of the transcription grid, numbered as the chosen paper numbers them.

        A personalised pack is numbered from what is known now; if answers were added
        since it was printed the numbers move, so each row also shows its wording.
        """
        kind = PaperKind(kind)
        pack = loaded.pack
        known = self._s.interviews.known_answers(journey_id)
        settled = frozenset(q for q, a in known.items() if a.is_settled)
        options = PaperOptions(
            for_caseworker=kind is PaperKind.CASEWORKER,
            known=settled if kind is PaperKind.PERSONALISED else frozenset(),
        )
        caseworker = kind is PaperKind.CASEWORKER
        rows: list[TranscriptionItem] = []
        for item in printed_items(pack, stage_id, options):
            if item.kind is ItemKind.QUESTION:
                q = pack.question(item.id)
                prompt = q.prompt if caseworker else (q.self_prompt or q.prompt)
                rows.append(
                    TranscriptionItem(
                        item.number,
                        item.kind,
                        item.id,
                        item.stage,
                        prompt,
                        q,
                        None,
                        known.get(q.id),
                    )
                )
            else:
                spec = _check_in(pack, item.stage, item.id)
                prompt = spec.prompt if caseworker else (spec.self_prompt or spec.prompt)
                rows.append(
                    TranscriptionItem(
                        item.number, item.kind, item.id, item.stage, prompt, None, spec
                    )
                )
        return rows

    def record_transcription(
        self,
        journey_id: JourneyId,
        answers: Sequence[Answer],
        pack: Pack,
        check_ins: Sequence[CheckIn] = (),
    ) -> Recorded:
        """Record answers typed in from paper (source paper), all of them or none."""
        store = self._s.store
        with store.db.transaction():
            journey = store.journeys.get(journey_id)
            if journey.status is not JourneyStatus.OPEN:
                raise InvalidInputError(
                    "This journey is closed, so no answers can be added to it.",
                    "Reopen the journey on the person's page first.",
                )
            for answer in answers:
                paper = replace(answer, source=Source.PAPER)
                self._s.interviews.record_answer(journey_id, paper, pack)
            for check_in in check_ins:
                self._s.interviews.record_check_in(journey_id, check_in)
            self._s.audit(AuditAction.CHANGED, AuditEntity.JOURNEY, journey_id)
        return Recorded(len(answers), len(check_ins))

    # --- referral files ----------------------------------------------------------------

    def check_referrals(self, batch: ReferralBatch) -> list[ReferralIssue]:
        """Rows the workspace cannot take: references that match no one here."""
        issues: list[ReferralIssue] = []
        for row in batch.rows:
            written = row.person.reference
            if not written:
                continue
            reference = parse_reference(written)
            if reference is None or self._s.store.people.by_reference(reference) is None:
                issues.append(
                    ReferralIssue(
                        row.row,
                        f"Row {row.row}: no one in this workspace has that reference. "
                        "Check it, or leave it empty to add the person as new.",
                    )
                )
        return issues

    def import_referrals(
        self, batch: ReferralBatch, pack: Pack, *, progress: Progress | None = None
    ) -> ReferralImport:
        """Add every referral in one transaction: people, journeys and their answers
        (source referral). Any problem, or any failure part way, records nothing."""
        if not batch.importable:
            raise InvalidInputError(
                "Some rows of this referral file do not fit, so nothing was imported.",
                "Fix the rows listed, save the file again and import it again.",
            )
        issues = self.check_referrals(batch)
        if issues:
            raise InvalidInputError(issues[0].message, "Nothing was imported.")
        store = self._s.store
        total = len(batch.rows)
        created = matched = answers = kept = 0
        to_check: list[int] = []
        with store.db.transaction():
            for done, row in enumerate(batch.rows, start=1):
                person, review = self._referred_person(row)
                if person is None:
                    given, family = split_name(row.person.name)
                    person = self._s.people.create(given, family, row.person.date_of_birth)
                    created += 1
                    if review:
                        to_check.append(row.row)
                else:
                    matched += 1
                journey = self._s.people.open_journey(
                    person.id,
                    opened_on=row.person.referral_date,
                    stage=pack.stages[0].id,
                    pack_id=pack.id,
                )
                known = self._s.interviews.known_answers(journey.id)
                for answer in row.answers:
                    already = known.get(answer.question_id)
                    if already is not None and already.is_settled:
                        kept += 1
                        continue
                    referral = replace(answer, source=Source.REFERRAL)
                    self._s.interviews.record_answer(journey.id, referral, pack)
                    answers += 1
                if progress is not None:
                    progress(done, total)
        return ReferralImport(created, matched, total, answers, kept, to_check)

    def _referred_person(self, row: ReferralRow) -> tuple[PersonRecord | None, bool]:
        """(the person already known, or None; whether someone similar needs checking)."""
        store = self._s.store
        if row.person.reference:
            reference = parse_reference(row.person.reference)
            found = store.people.by_reference(reference) if reference else None
            if found is not None:
                return found, False
        born = row.person.date_of_birth
        if born is None:
            return None, False
        similar = [
            (p, name_similarity(row.person.name, p.full_name))
            for p in store.people.by_date_of_birth(born, limit=1000)
        ]
        near = [p for p, score in similar if score >= NEAR_IDENTICAL]
        if len(near) == 1:
            return near[0], False
        review = any(score >= REVIEW for _p, score in similar)
        return None, review

    # --- subject access ----------------------------------------------------------------

    def subject_access_pdf(self, person_id: PersonId, pack: Pack | None = None) -> bytes:
        """Everything held about a person as a PDF they can read (logged as an export)."""
        export = self._s.people.subject_access(person_id)
        return render_subject_access(subject_access_document(export.data, pack))


# --- helpers ---------------------------------------------------------------------------


def split_name(name: str) -> tuple[str, str]:
    """A referral's one name cell as (given names, family name): the last word is the
    family name. One word is a given name alone."""
    words = name.split()
    if len(words) <= 1:
        return (words[0] if words else ""), ""
    return " ".join(words[:-1]), words[-1]


def _latest_open(journeys: list[JourneyRecord]) -> JourneyRecord | None:
    open_ones = [j for j in journeys if j.status is JourneyStatus.OPEN]
    return open_ones[-1] if open_ones else None


def _check_in(pack: Pack, stage_id: str, checkin_id: str) -> CheckInSpec:
    for spec in pack.stage(stage_id).check_ins:
        if spec.id == checkin_id:
            return spec
    raise KeyError(checkin_id)


def _check_in_prompt(pack: Pack, stage_id: str, checkin_id: str) -> str:
    try:
        spec = _check_in(pack, stage_id, checkin_id)
    except KeyError:
        return checkin_id
    return spec.self_prompt or spec.prompt


STATUS_WORDS = {
    "answered": "Answered",
    "prefer_not_to_say": "Preferred not to say",
    "ask_later": "To ask later",
}
SOURCE_WORDS = {
    "assisted": "in conversation",
    "self": "on their own, on screen",
    "paper": "on paper",
    "fillable_pdf": "on a fillable form",
    "referral": "by the referrer",
}
PURPOSE_WORDS = {
    "support": "Support from this service",
    "sharing": "Sharing with other agencies",
    "reporting": "Anonymised reporting to funders",
}


def _day(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        d = date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp
    return f"{d.day}/{d.month}/{d.year}"


def _answer_lines(answers: list[dict[str, Any]], pack: Pack | None) -> list[SubjectAccessLine]:
    latest = {a["question"]: i for i, a in enumerate(answers)}
    lines: list[SubjectAccessLine] = []
    for i, a in enumerate(answers):
        question: QuestionT | None = None
        if pack is not None:
            try:
                question = pack.question(a["question"])
            except KeyError:
                question = None
        label = question.prompt if question is not None else a["question"]
        status = STATUS_WORDS.get(a["status"], a["status"])
        if a["status"] == "answered":
            value = value_text(pack, question, a["value"]) if pack else str(a["value"])
        else:
            value = status
        detail = f"{status} {SOURCE_WORDS.get(a['source'], a['source'])}"
        detail += f" · recorded {_day(a['recorded_at'])}"
        if latest[a["question"]] != i:
            detail += " · replaced by a later answer"
        lines.append(SubjectAccessLine(label, value, detail))
    return lines


def subject_access_document(data: dict[str, Any], pack: Pack | None) -> SubjectAccessDocument:
    """The subject access export (`SubjectAccessExport.data`) worded for the PDF."""
    person = data["person"]
    name = f"{person['given_name']} {person['family_name']}".strip()
    person_lines = [
        SubjectAccessLine("Your reference", person["reference"]),
        SubjectAccessLine("Name", name),
    ]
    if person["date_of_birth"]:
        person_lines.append(SubjectAccessLine("Date of birth", _day(person["date_of_birth"])))
    person_lines.append(SubjectAccessLine("Record started", _day(person["created_at"])))
    person_lines += _answer_lines(data["about_you"], pack)
    sections: list[SubjectAccessSection] = []
    for n, j in enumerate(data["journeys"], start=1):
        state = "open" if j["status"] == "open" else f"closed {_day(j['closed_on'])}"
        lines = _answer_lines(j["answers"], pack)
        for c in j["consent"]:
            verb = "Consent given" if c["given"] else "Consent withdrawn"
            purpose = PURPOSE_WORDS.get(c["purpose"], c["purpose"])
            if c["agency"]:
                purpose += f" ({c['agency']})"
            detail = f"How it was explained: {c['explained']} · recorded {_day(c['recorded_at'])}"
            lines.append(SubjectAccessLine(f"{verb}: {purpose}", "", detail))
        for c in j["check_ins"]:
            score = "Preferred not to say" if c["declined"] else str(c["score"])
            text = f"{score}. {c['note']}" if c["note"] else score
            lines.append(
                SubjectAccessLine(
                    "How you felt answering", text, f"Recorded {_day(c['recorded_at'])}"
                )
            )
        for r in j["victims_code_rights"]:
            lines.append(
                SubjectAccessLine(
                    f"Victims' Code right {r['right']}",
                    f"{r['state'].capitalize()} {_day(r['on'])}",
                )
            )
        for note in j["notes"]:
            lines.append(
                SubjectAccessLine(
                    "Note by staff", note["text"], f"Recorded {_day(note['recorded_at'])}"
                )
            )
        sections.append(
            SubjectAccessSection(f"Support {n}: referred {_day(j['opened_on'])} ({state})", lines)
        )
    return SubjectAccessDocument(
        organisation=data["organisation"],
        reference=person["reference"],
        exported_on=_day(data["exported_at"]),
        person=person_lines,
        sections=sections,
    )
