"""Returns and the completeness report from a real encrypted workspace, built by hand.

Five people with known answers: the counts must come out exactly, withdrawn consent must
drop a journey at once, person-scoped facts given in an earlier journey must count in a
later one, only managers and administrators may report, every export is in the audit
trail, and no name, reference, note or exact date reaches any file.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import jsonschema
import openpyxl
import pypdf
import pytest

from intake.app import ConsentPurpose, ErrorCode, RightState, Session, StoreError, Workspace
from intake.app.reporting import Reporting
from intake.domain import Answer, AnswerStatus, CheckIn, Role, Source
from intake.forms import Pack, load_pack
from intake.returns import Period, journey_record
from intake.returns.pipeline import count_return
from intake.store import AuditAction, AuditEntity
from tests.app.conftest import PASSWORD, FakeClock
from tests.conftest import FORMS

Q1 = Period.parse("2026-Q1")
CANARY_GIVEN = "Zebedee"
CANARY_FAMILY = "Quillfeather"
CANARY_NOTE = "canary note about the blue bicycle"
CANARY_DOB = date(1977, 3, 14)


@pytest.fixture(scope="module")
def core() -> Pack:
    return load_pack(FORMS / "core").pack


@dataclass
class Built:
    workspace: Workspace
    admin_id: int
    casey_id: int
    references: list[str]
    journeys: dict[str, int]


def _at(clock: FakeClock, day: date) -> None:
    """Move the fake clock to 10:00 UTC on `day`."""
    start = datetime(2026, 1, 1).date()
    clock.seconds = 1_800_000_000.0 + (day - start).days * 86_400 + 36_000


def _say(s: Session, jid: int, pack: Pack, qid: str, value: object, stage: str = "") -> None:
    status = AnswerStatus.ANSWERED
    if value == "PNS":
        status, value = AnswerStatus.PREFER_NOT_TO_SAY, None
    elif value == "LATER":
        status, value = AnswerStatus.ASK_LATER, None
    stage = stage or pack.stage_of(qid).id
    s.interviews.record_answer(
        jid,  # type: ignore[arg-type]
        Answer(qid, value, status, Source.ASSISTED, stage),  # type: ignore[arg-type]
        pack,
    )


def build(workspace: Workspace, clock: FakeClock, pack: Pack) -> Built:
    _at(clock, date(2025, 6, 1))
    new = workspace.create("Safe Harbour", "admin", "Alex Admin", PASSWORD)
    s = new.session
    s.users.add("casey", "Casey Worker", Role.CASEWORKER, PASSWORD)
    s.users.add("mia", "Mia Manager", Role.MANAGER, PASSWORD)
    journeys: dict[str, int] = {}
    refs: list[str] = []

    # Ann: repeat victim. A journey in 2025 (closed before the period) where her
    # person-scoped facts were given; a new journey in the period asks nothing again.
    ann = s.people.create("Ann", "Repeat", None)
    refs.append(ann.reference)
    old = s.people.open_journey(ann.id, opened_on=date(2025, 6, 1), pack_id="core")
    _say(s, old.id, pack, "consent_reporting", "yes")
    _say(s, old.id, pack, "ethnicity", "black_african")
    _say(s, old.id, pack, "sex", "female")
    s.people.close_journey(old.id, date(2025, 9, 1))
    journeys["ann_old"] = old.id
    _at(clock, date(2026, 1, 20))
    new_j = s.people.open_journey(ann.id, opened_on=date(2026, 1, 20), pack_id="core")
    _say(s, new_j.id, pack, "consent_reporting", "yes")
    _say(s, new_j.id, pack, "crime_type", "burglary")
    journeys["ann"] = new_j.id
    s.lock()

    # Casey opens three journeys: the canary, one who declines, one who withdraws.
    s = workspace.unlock("casey", PASSWORD)
    _at(clock, date(2026, 1, 5))
    canary = s.people.create(CANARY_GIVEN, CANARY_FAMILY, CANARY_DOB)
    refs.append(canary.reference)
    j = s.people.open_journey(canary.id, opened_on=date(2026, 1, 5), pack_id="core")
    journeys["canary"] = j.id
    _at(clock, date(2026, 1, 10))  # first contact five days after referral
    _say(s, j.id, pack, "consent_reporting", "yes")
    _say(s, j.id, pack, "ethnicity", "white_british")
    _say(s, j.id, pack, "sex", "male")
    _say(s, j.id, pack, "date_of_birth", CANARY_DOB.isoformat())
    _say(s, j.id, pack, "crime_type", "fraud")
    _say(s, j.id, pack, "code_right_01_understand", "explained")
    _say(s, j.id, pack, "needs_notes", CANARY_NOTE)
    s.interviews.add_note(j.id, CANARY_NOTE)
    s.interviews.record_check_in(j.id, CheckIn("referral", "checkin_referral", 4, CANARY_NOTE))
    s.interviews.record_right(j.id, 1, RightState.DELIVERED, date(2026, 2, 2))
    s.interviews.record_right(j.id, 4, RightState.EXPLAINED, date(2026, 2, 2))

    bea = s.people.create("Bea", "Declines", None)
    refs.append(bea.reference)
    _at(clock, date(2026, 2, 1))
    j = s.people.open_journey(bea.id, opened_on=date(2026, 2, 1), pack_id="core")
    journeys["bea"] = j.id
    _say(s, j.id, pack, "consent_reporting", "yes")
    _say(s, j.id, pack, "ethnicity", "PNS")
    _say(s, j.id, pack, "sex", "LATER")
    s.interviews.record_check_in(j.id, CheckIn("referral", "checkin_referral", None, "", True))

    cal = s.people.create("Cal", "Withdraws", None)
    refs.append(cal.reference)
    j = s.people.open_journey(cal.id, opened_on=date(2026, 2, 1), pack_id="core")
    journeys["cal"] = j.id
    _say(s, j.id, pack, "consent_reporting", "yes")
    _say(s, j.id, pack, "ethnicity", "asian_indian")
    s.consent.withdraw(j.id, ConsentPurpose.REPORTING, "by phone")

    dee = s.people.create("Dee", "Unasked", None)
    refs.append(dee.reference)
    j = s.people.open_journey(dee.id, opened_on=date(2026, 3, 1), pack_id="core")
    journeys["dee"] = j.id
    _say(s, j.id, pack, "ethnicity", "white_irish")  # never asked about being counted
    casey_id = s.user.id
    s.lock()
    _at(clock, date(2026, 4, 10))
    return Built(workspace, new.session.user.id, casey_id, refs, journeys)


@pytest.fixture
def built(workspace: Workspace, clock: FakeClock, core: Pack) -> Built:
    return build(workspace, clock, core)


@pytest.fixture
def manager(built: Built) -> Iterator[Session]:
    s = built.workspace.unlock("mia", PASSWORD)
    yield s
    s.lock()


def _table(counted: object, table_id: str) -> dict[str, tuple[int, ...]]:
    for t in counted.tables:  # type: ignore[attr-defined]
        if t.frame.id == table_id:
            return dict(zip(t.frame.rows, t.cells, strict=True))
    raise KeyError(table_id)


def test_counts_from_a_hand_built_workspace(manager: Session, built: Built, core: Pack) -> None:
    reporting = Reporting(manager)
    template = reporting.template("pcc-quarterly", core)
    records = reporting.records(core, Q1)
    keys = {r.journey_key for r in records}
    j = built.journeys
    # Consenting journeys up to the end of the period; the old one only for repeats.
    assert keys == {j["ann_old"], j["ann"], j["canary"], j["bea"]}
    counted = count_return(template, core, records, Q1)

    volumes = _table(counted, "volumes")
    assert volumes["People supported"] == (3,)
    assert volumes["Journeys open in the period"] == (3,)
    assert volumes["Journeys referred in the period"] == (3,)
    assert _table(counted, "repeat_victims")["Journeys ever"] == (2, 1)

    ethnicity = _table(counted, "ethnicity")
    # Ann's ethnicity was given in her 2025 journey and still counts now.
    assert ethnicity["Black, Black British, Caribbean or African"] == (1,)
    assert ethnicity["White"] == (1,)
    assert ethnicity["Prefer not to say"] == (1,)
    assert ethnicity["Not asked"] == (0,)
    sex = _table(counted, "sex")
    assert sex["Female"] == (1,)
    assert sex["Male"] == (1,)
    assert sex["Not asked"] == (1,)  # "ask later" is not an answer

    crime = _table(counted, "crime_type")
    assert crime["Fraud"] == (1,)
    assert crime["Theft and burglary"] == (1,)
    assert crime["Not asked"] == (1,)

    first = _table(counted, "first_contact")
    assert first["3 to 7 days"] == (1,)  # canary: referred 5 Jan, first answer 10 Jan
    assert first["0 to 2 days"] == (2,)
    assert first["Not yet contacted"] == (0,)

    rights = _table(counted, "victims_code")
    right1 = next(v for k, v in rights.items() if k.startswith("1."))
    right4 = next(v for k, v in rights.items() if k.startswith("4."))
    assert right1 == (0, 1, 2)  # explained in answers, delivered on the checklist
    assert right4 == (1, 0, 2)

    comfort = _table(counted, "comfort")
    referral = comfort[core.stage("referral").title]
    assert referral[3] == 1  # a 4
    assert referral[-2] == 1  # preferred not to say
    assert referral[-1] == 1  # Ann was not asked


def test_records_match_the_pipeline_helper(manager: Session, built: Built, core: Pack) -> None:
    """The bulk reader builds the same record `journey_record` builds from one journey."""
    reporting = Reporting(manager)
    records = {r.journey_key: r for r in reporting.records(core, Q1)}
    jid = built.journeys["canary"]
    known = manager.interviews.known_answers(jid)  # type: ignore[arg-type]
    checkins = [c.check_in for c in manager.interviews.check_ins(jid)]  # type: ignore[arg-type]
    expected = journey_record(
        core,
        person_key=records[jid].person_key,
        journey_key=jid,
        referral_date=date(2026, 1, 5),
        first_contact_date=date(2026, 1, 10),
        closed_date=None,
        caseworker_key=built.casey_id,
        answers=list(known.values()),
        checkins=checkins,
        consent_reporting=True,
    )
    got = records[jid]
    assert got.answers == expected.answers
    assert got.checkins == expected.checkins
    assert got.first_contact_date == expected.first_contact_date
    assert got.caseworker_key == expected.caseworker_key
    # The checklist adds to what the answers say: right 1 delivered, right 4 explained.
    assert dict(expected.rights) == {1: "explained"}
    assert dict(got.rights) == {1: "delivered", 4: "explained"}


def test_records_keep_only_the_questions_a_template_reads(
    manager: Session, built: Built, core: Pack
) -> None:
    """Restricting records to the template's questions drops answers, never a figure."""
    from intake.app.return_reading import template_questions

    reporting = Reporting(manager)
    template = reporting.template("pcc-quarterly", core)
    wanted = template_questions(template, core)
    full = {r.journey_key: r for r in reporting.records(core, Q1)}
    some = {r.journey_key: r for r in reporting.records(core, Q1, wanted)}
    assert full.keys() == some.keys()
    dropped = 0
    for jid, record in full.items():
        kept = {q: v for q, v in record.answers.items() if q in wanted}
        assert some[jid].answers == kept
        assert some[jid].rights == record.rights
        assert some[jid].checkins == record.checkins
        assert some[jid].withdrawal_stage == record.withdrawal_stage
        dropped += len(record.answers) - len(kept)
    assert dropped > 0  # the hand-built workspace has answers no table reads
    assert count_return(template, core, list(some.values()), Q1) == count_return(
        template, core, list(full.values()), Q1
    )


def test_a_journey_whose_sheet_is_missing_still_counts_with_its_persons_facts(
    manager: Session, built: Built, core: Pack
) -> None:
    """Sheets are made with their journey; were one ever lost, the journey must not
    silently drop out of a return."""
    reporting = Reporting(manager)
    jid = built.journeys["ann"]
    before = {r.journey_key: r for r in reporting.records(core, Q1)}[jid]
    manager.store.db.execute("DELETE FROM journey_sheets WHERE journey_id = ?", (jid,))
    after = {r.journey_key: r for r in reporting.records(core, Q1)}[jid]
    person_facts = {q for q in before.answers if core.question(q).scope == "person"}
    assert person_facts  # Ann's ethnicity, given in her 2025 journey
    assert after.answers == {q: before.answers[q] for q in person_facts}
    assert (after.referral_date, after.closed_date) == (before.referral_date, before.closed_date)
    assert after.consent_reporting


def test_withdrawn_consent_is_left_out_at_once(manager: Session, built: Built, core: Pack) -> None:
    reporting = Reporting(manager)
    keys = {r.journey_key for r in reporting.records(core, Q1)}
    assert built.journeys["cal"] not in keys  # withdrew
    assert built.journeys["dee"] not in keys  # never asked
    manager.consent.withdraw(built.journeys["canary"], ConsentPurpose.REPORTING, "by letter")
    keys = {r.journey_key for r in reporting.records(core, Q1)}
    assert built.journeys["canary"] not in keys


def test_preview_is_protected(manager: Session, core: Pack) -> None:
    ret = Reporting(manager).preview("pcc-quarterly", "2026-Q1", core)
    volumes = next(t for t in ret.tables if t.id == "volumes")
    # 3 people and journeys are withheld; true zeros (none closed) are shown.
    assert [row[0].text() for row in volumes.cells] == ["[c]", "[c]", "[c]", "0", "0"]
    crime = next(t for t in ret.tables if t.id == "crime_type")
    assert {c.text() for row in crime.cells for c in row} <= {"0", "[c]"}
    assert ret.period_label == "2026-Q1"
    assert ret.generated_on == date(2026, 4, 10)


def _texts_of(path: Path) -> str:
    """Everything a reader of the file could see, as text."""
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".pdf":
        reader = pypdf.PdfReader(io.BytesIO(data))
        meta = json.dumps({k: str(v) for k, v in (reader.metadata or {}).items()})
        return meta + "\n".join(page.extract_text() for page in reader.pages)
    return data.decode("utf-8-sig")


def test_export_writes_four_files_logged_with_no_canary(
    manager: Session, built: Built, core: Pack, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    result = Reporting(manager).export(
        "pcc-quarterly", "2026-Q1", tmp_path / "out", core, lambda d, t: steps.append((d, t))
    )
    names = sorted(p.name for p in result.paths)
    assert names == [f"pcc-quarterly_2026-Q1.{x}" for x in ("csv", "json", "pdf", "xlsx")]
    assert all(p.stat().st_size > 0 for p in result.paths)
    assert steps[0] == (0, 4)
    assert steps[-1] == (4, 4)

    entries = manager.store.audit.entries(AuditEntity.RETURN)
    assert [(e.action, e.user_id, e.entity_id) for e in entries] == [
        (AuditAction.EXPORTED, manager.user.id, None)
    ]
    assert manager.store.audit.verify().ok

    by_suffix = {p.suffix: p for p in result.paths}
    document = json.loads(by_suffix[".json"].read_text(encoding="utf-8"))
    schema = json.loads((FORMS / "returns" / "return.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["period"]["label"] == "2026-Q1"
    sheet = openpyxl.load_workbook(by_suffix[".xlsx"])["volumes"]
    figures = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert figures.count("[c]") == 3  # the same withheld figures as the preview

    canaries = [CANARY_GIVEN, CANARY_FAMILY, CANARY_NOTE, *built.references]
    dates = [CANARY_DOB, date(2026, 1, 5), date(2026, 1, 10), date(2026, 2, 1), date(2025, 6, 1)]
    for d in dates:
        canaries += [d.isoformat(), d.strftime("%d/%m/%Y"), d.strftime("%-d %B %Y")]
    for path in result.paths:
        text = _texts_of(path)
        assert "Quarterly return" in text or path.suffix == ".csv"
        for canary in canaries:
            assert canary.lower() not in text.lower(), f"{canary!r} found in {path.name}"


def test_a_caseworker_is_refused(built: Built, core: Pack, tmp_path: Path) -> None:
    s = built.workspace.unlock("casey", PASSWORD)
    try:
        reporting = Reporting(s)
        for attempt in (
            lambda: reporting.preview("pcc-quarterly", "2026-Q1", core),
            lambda: reporting.export("pcc-quarterly", "2026-Q1", tmp_path / "out", core),
            lambda: reporting.completeness(core),
            lambda: reporting.gaps(core),
            lambda: reporting.records(core, Q1),
        ):
            with pytest.raises(StoreError) as err:
                attempt()
            assert err.value.code is ErrorCode.NOT_PERMITTED
        assert not (tmp_path / "out").exists()
        assert s.store.audit.entries(AuditEntity.RETURN) == []
    finally:
        s.lock()


def test_plain_errors_for_a_wrong_template_or_period(manager: Session, core: Pack) -> None:
    reporting = Reporting(manager)
    with pytest.raises(StoreError, match="no return template called 'nope'"):
        reporting.preview("nope", "2026-Q1", core)
    with pytest.raises(StoreError, match="is not a period"):
        reporting.preview("pcc-quarterly", "2026-Q5", core)
    with pytest.raises(StoreError, match="counted by quarter"):
        reporting.preview("pcc-quarterly", "2026", core)
    infos = reporting.templates(core)
    assert [(i.id, i.usable, i.period_kind) for i in infos] == [
        ("pcc-quarterly", True, Period.parse("2026-Q1").kind)
    ]


def test_completeness_overall_and_by_caseworker(manager: Session, built: Built, core: Pack) -> None:
    reporting = Reporting(manager)
    report = reporting.completeness(core)
    assert report.journeys == 6  # every journey, whatever its consent to be counted
    assert set(report.caseworkers) == {built.admin_id, built.casey_id}
    ethnicity = report.question("ethnicity")
    # Given: Ann (both journeys), canary, Cal, Dee; declined: Bea.
    assert ethnicity.overall.answered == 5
    assert ethnicity.overall.declined == 1
    assert ethnicity.by_caseworker[built.casey_id].answered == 3
    assert ethnicity.by_caseworker[built.admin_id].answered == 2
    sex = report.question("sex")
    assert sex.overall.asked_later == 1
    assert reporting.caseworkers()[built.casey_id] == "Casey Worker"
    in_q1 = reporting.completeness(core, Q1)
    assert in_q1.journeys == 5  # Ann's 2025 journey was closed before the period


def test_gaps_list_people_inside_the_app(manager: Session, built: Built, core: Pack) -> None:
    found = {g.journey_id: g for g in Reporting(manager).gaps(core)}
    assert built.journeys["ann_old"] not in found  # closed
    canary = found[built.journeys["canary"]]
    assert canary.name == f"{CANARY_GIVEN} {CANARY_FAMILY}"
    assert canary.caseworker == "Casey Worker"
    ids = [q.question_id for q in canary.questions]
    assert "ethnicity" not in ids
    assert "date_of_birth" not in ids
    assert "religion" in ids  # about_you reached, religion not asked
    assert "age_band" not in ids  # only asked when the date of birth is declined
    bea = found[built.journeys["bea"]]
    sex = next(q for q in bea.questions if q.question_id == "sex")
    assert sex.asked_later
    only_admin = Reporting(manager).gaps(core, caseworker=built.admin_id)
    assert {g.journey_id for g in only_admin} == {built.journeys["ann"]}


def test_building_records_leaves_the_cycle_collector_as_it_found_it(
    manager: Session, built: Built, core: Pack
) -> None:
    import gc

    reporting = Reporting(manager)
    assert gc.isenabled()
    assert reporting.records(core, Q1)
    assert gc.isenabled()
    gc.disable()
    try:
        reporting.preview("pcc-quarterly", Q1, core)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_export_leaves_the_cycle_collector_on(
    manager: Session, core: Pack, tmp_path: Path
) -> None:
    import gc

    assert gc.isenabled()
    Reporting(manager).export("pcc-quarterly", Q1, tmp_path, core)
    assert gc.isenabled()
