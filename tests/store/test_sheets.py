"""Answer sheets: the latest answer per question of a journey or a person, kept in one
row by triggers. Whatever happens to the answers (recorded, changed, declined, put off,
a journey erased, a person erased, an old database upgraded), every sheet must equal
what the append-only answers table says, worked out here the slow, obvious way."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.domain import Answer, AnswerStatus, CheckIn, JourneyId, PersonId, Scope, Source
from intake.store import schema
from intake.store.answers import Answers
from intake.store.consent import ConsentPurpose, Consents
from intake.store.database import Database
from intake.store.journeys import Journeys
from intake.store.people import People
from intake.store.records import Records, RightState
from intake.store.schema import migrate

KEY = bytes(range(32))
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
QUESTIONS = {f"p{i}": Scope.PERSON for i in range(3)} | {f"j{i}": Scope.JOURNEY for i in range(4)}
VALUES = st.one_of(
    st.text(max_size=8), st.integers(-5, 5), st.lists(st.sampled_from("abc"), max_size=3)
)


def _open(path: Path) -> Database:
    db = Database.open(path, KEY, create=True)
    migrate(db)
    return db


def expected(db: Database) -> tuple[dict[int, Any], dict[int, Any]]:
    """(journey id -> sheet, person id -> sheet) from the answers table alone."""
    journeys: dict[int, Any] = {
        int(r[0]): {
            "answers": {},
            "later": {},
            "detail": {},
            "first": None,
            "checkins": {},
            "rights": {},
            "step": None,
        }
        for r in db.all("SELECT id FROM journeys")
    }
    for jid, stage, score, declined, at in db.all(
        "SELECT journey_id, stage, score, declined, recorded_at FROM check_ins ORDER BY id"
    ):
        journeys[jid]["checkins"][stage] = None if declined or score is None else score
        _earliest(journeys[jid], at[:10])
    for jid, number, state in db.all("SELECT journey_id, right_number, state FROM rights"):
        have = journeys[jid]["rights"].get(str(number), 0)
        journeys[jid]["rights"][str(number)] = max(have, int(state == "delivered"))
    for jid, at in db.all("SELECT journey_id, done_at FROM progress"):
        _earliest(journeys[jid], at[:10])
    people: dict[int, Any] = {
        int(r[0]): {"answers": {}, "later": {}, "detail": {}}
        for r in db.all("SELECT id FROM people")
    }
    rows = db.all(
        "SELECT id, scope, person_id, journey_id, question_id, value, status, source, stage,"
        " volunteered, recorded_by, recorded_at FROM answers ORDER BY id"
    )
    for aid, scope, pid, jid, q, value, status, source, stage, vol, by, at in rows:
        sheet = people[pid] if scope == "person" else journeys[jid]
        entry = [aid, status, json.loads(value), source, stage, vol, by, at]
        if scope == "person":
            entry.append(jid)
        sheet["detail"][q] = entry
        sheet["answers"].pop(q, None)
        sheet["later"].pop(q, None)
        if status == "ask_later":
            sheet["later"][q] = 1
        else:
            sheet["answers"][q] = json.loads(value) if status == "answered" else None
        if jid is not None and source != "referral":
            first = journeys[jid]["first"]
            journeys[jid]["first"] = at if first is None else min(first, at)
    return journeys, people


def _earliest(sheet: dict[str, Any], day: str) -> None:
    sheet["step"] = day if sheet["step"] is None else min(sheet["step"], day)


def _named(sheet: str, names: dict[str, str]) -> dict[str, Any]:
    """A compact sheet keyed by question id again; its keys must be the short codes."""
    keyed: dict[str, Any] = json.loads(sheet)
    assert all(key.isdigit() for key in keyed), sheet
    return {names[key]: value for key, value in keyed.items()}


def actual(db: Database) -> tuple[dict[int, Any], dict[int, Any]]:
    names = {str(code): str(q) for code, q in db.all("SELECT code, question_id FROM question_keys")}
    journeys = {
        int(r[0]): {
            "answers": _named(r[1], names),
            "later": _named(r[2], names),
            "detail": json.loads(r[4]),
            "first": r[3],
            "checkins": json.loads(r[5]),
            "rights": json.loads(r[6]),
            "step": r[7],
        }
        for r in db.all(
            "SELECT journey_id, answers, later, first_contact, detail, checkins, rights,"
            " first_step"
            " FROM journey_sheets JOIN journey_latest USING (journey_id)"
        )
    }
    people = {
        int(r[0]): {
            "answers": _named(r[1], names),
            "later": _named(r[2], names),
            "detail": json.loads(r[3]),
        }
        for r in db.all(
            "SELECT person_id, answers, later, detail"
            " FROM person_sheets JOIN person_latest USING (person_id)"
        )
    }
    return journeys, people


def current_the_slow_way(db: Database, pid: int, jid: int) -> dict[str, int]:
    rows = db.all(
        "SELECT question_id, max(id) FROM answers WHERE person_id = ? AND scope = 'person'"
        " GROUP BY question_id UNION ALL"
        " SELECT question_id, max(id) FROM answers WHERE journey_id = ? AND scope = 'journey'"
        " GROUP BY question_id",
        (pid, jid),
    )
    return {str(q): int(i) for q, i in rows}


def consenting_the_slow_way(db: Database, purpose: ConsentPurpose) -> set[int]:
    latest: dict[int, bool] = {}
    for jid, agreed in db.all(
        "SELECT journey_id, given FROM consent_events WHERE purpose = ? AND agency = ''"
        " ORDER BY id",
        (str(purpose),),
    ):
        latest[int(jid)] = bool(agreed)
    return {jid for jid, agreed in latest.items() if agreed}


answer_op = st.tuples(
    st.just("answer"),
    st.integers(0, 2),  # which journey
    st.sampled_from(sorted(QUESTIONS)),
    st.sampled_from(list(AnswerStatus)),
    VALUES,
    st.sampled_from(list(Source)),
)
# Mostly answers (so questions are answered, changed, declined and put off in turn),
# now and then an erasure.
record_op = st.one_of(
    st.tuples(
        st.just("check in"),
        st.integers(0, 2),
        st.sampled_from(["first", "second"]),
        st.none() | st.integers(1, 5),
        st.booleans(),
    ),
    st.tuples(
        st.just("right"), st.integers(0, 2), st.integers(1, 2), st.sampled_from(list(RightState))
    ),
    st.tuples(st.just("step"), st.integers(0, 2), st.sampled_from(["a", "b", "c"])),
    st.tuples(
        st.just("consent"),
        st.integers(0, 2),
        st.sampled_from(list(ConsentPurpose)),
        st.booleans(),
        st.sampled_from(["", "", "police"]),
    ),
)
erasure = st.one_of(
    st.tuples(st.just("erase journey"), st.integers(0, 2)),
    st.tuples(st.just("erase person"), st.integers(0, 1)),
)
operation = st.integers(0, 15).flatmap(
    lambda k: answer_op if k < 9 else record_op if k < 15 else erasure
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(operation, min_size=10, max_size=60))
def test_sheets_always_match_the_answers(tmp_path_factory: Any, ops: list[tuple[Any, ...]]) -> None:
    db = _open(tmp_path_factory.mktemp("sheets") / "intake.db")
    try:
        people, journeys, answers = People(db), Journeys(db), Answers(db)
        records, consents = Records(db), Consents(db)
        who = [
            people.insert("Sam", f"Test{i}", date(1990, 1, i + 1), None, T0).id for i in range(2)
        ]
        owners = [who[0], who[0], who[1]]  # person 0 has two journeys
        jids: list[JourneyId | None] = [
            journeys.insert(PersonId(p), T0.date(), "referral", None, None, T0).id for p in owners
        ]
        erased_people: set[int] = set()
        for n, op in enumerate(ops):
            at = T0 + timedelta(minutes=n)
            with db.transaction():
                if op[0] == "answer":
                    _, j, q, status, value, source = op
                    jid, pid = jids[j], owners[j]
                    if jid is None or pid in erased_people:
                        continue
                    stored = value if status is AnswerStatus.ANSWERED else None
                    answer = Answer(q, stored, status, source, "referral")
                    answers.insert(PersonId(pid), jid, QUESTIONS[q], answer, None, at)
                elif op[0] == "consent":
                    _, j, purpose, agreed, agency = op
                    if jids[j] is not None:
                        consents.insert(
                            PersonId(owners[j]), jids[j], purpose, agreed, "e", None, at, agency
                        )
                elif op[0] in ("check in", "right", "step"):
                    jid = jids[op[1]]
                    if jid is None:
                        continue
                    # Times go back as well as forward: the earliest must still win.
                    when = at - timedelta(days=(n * 7) % 5)
                    if op[0] == "check in":
                        check = CheckIn(op[2], "how", op[3], declined=op[4])
                        records.add_check_in(jid, check, None, when)
                    elif op[0] == "right":
                        records.add_right(jid, op[2], op[3], when.date(), None, when)
                    else:
                        records.mark_done(jid, op[2], when)
                elif op[0] == "erase journey":
                    jid = jids[op[1]]
                    if jid is not None:
                        journeys.delete(jid)
                        jids[op[1]] = None
                else:
                    pid = who[op[1]]
                    if pid not in erased_people:
                        people.delete(PersonId(pid))
                        erased_people.add(pid)
                        jids = [None if owners[i] == pid else jids[i] for i in range(3)]
        assert actual(db) == expected(db)
        for purpose in ConsentPurpose:
            assert consents.journeys_consenting(purpose) == consenting_the_slow_way(db, purpose)
        for j, jid in enumerate(jids):
            if jid is None:
                continue
            known = answers.current(PersonId(owners[j]), jid)
            assert {q: a.id for q, a in known.items()} == current_the_slow_way(db, owners[j], jid)
            for a in known.values():
                assert a.as_answer() == answers.get(a.id).as_answer()  # type: ignore[union-attr]
                assert a == answers.get(a.id)
    finally:
        db.close()


def test_an_old_database_gets_its_sheets_when_upgraded(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "intake.db", KEY, create=True)
    with db.transaction():
        schema.MIGRATIONS[0](db)
        db.set_user_version(1)
    with db.transaction():
        db.execute(
            "INSERT INTO people (id, reference, given_name, family_name, created_at)"
            " VALUES (1, 'V-1', 'Ada', 'Old', 'x'), (2, 'V-2', 'Bo', 'Old', 'x')"
        )
        db.execute(
            "INSERT INTO journeys (id, person_id, status, opened_on, stage, created_at)"
            " VALUES (1, 1, 'open', '2025-01-01', 'referral', 'x'),"
            " (2, 1, 'closed', '2024-01-01', 'exit', 'x'),"
            " (3, 2, 'open', '2025-02-01', 'referral', 'x')"
        )
        rows = [
            ("person", 1, 2, "p0", '"old"', "answered", "referral", "2024-01-01T10:00"),
            ("person", 1, 1, "p0", '"new"', "answered", "assisted", "2025-01-02T10:00"),
            ("journey", 1, 1, "j0", "null", "prefer_not_to_say", "assisted", "2025-01-03T10:00"),
            ("journey", 1, 1, "j1", "null", "ask_later", "referral", "2025-01-01T10:00"),
            ("journey", 1, 2, "j0", '["a","b"]', "answered", "paper", "2024-02-01T10:00"),
            ("journey", 2, 3, "j0", "3", "answered", "referral", "2025-02-01T10:00"),
            ("journey", 2, 3, "j2", "true", "answered", "referral", "2025-02-01T10:00"),
            ("journey", 2, 3, "j3", '{"a":false}', "answered", "referral", "2025-02-01T10:00"),
        ]
        for scope, pid, jid, q, value, status, source, at in rows:
            db.execute(
                "INSERT INTO answers (scope, person_id, journey_id, question_id, value, status,"
                " source, stage, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'referral', ?)",
                (scope, pid, jid, q, value, status, source, at),
            )
        db.execute(
            "INSERT INTO check_ins (journey_id, stage, checkin_id, score, declined, recorded_at)"
            " VALUES (1, 'referral', 'c', 4, 0, '2025-01-05T10:00'),"
            " (1, 'referral', 'c', NULL, 1, '2025-01-06T10:00'),"
            " (1, 'assessment', 'c', 2, 0, '2025-01-07T10:00')"
        )
        db.execute(
            "INSERT INTO rights (journey_id, right_number, state, on_date, recorded_at)"
            " VALUES (1, 4, 'delivered', '2025-01-02', 'x'),"
            " (1, 4, 'explained', '2025-01-03', 'x'),"
            " (1, 7, 'explained', '2025-01-03', 'x')"
        )
        db.execute(
            "INSERT INTO consent_events (person_id, journey_id, purpose, agency, given,"
            " explained, recorded_at) VALUES (1, 1, 'reporting', '', 1, 'e', 'x'),"
            " (1, 1, 'reporting', '', 0, 'e', 'x'), (1, 1, 'reporting', 'police', 1, 'e', 'x'),"
            " (1, 2, 'reporting', '', 1, 'e', 'x'), (2, 3, 'sharing', '', 1, 'e', 'x')"
        )
        db.execute(
            "INSERT INTO progress (journey_id, step_key, done_at)"
            " VALUES (3, 'intro', '2025-02-03T09:00')"
        )
    assert migrate(db) == schema.LATEST - 1
    journeys, people = actual(db)
    assert (journeys, people) == expected(db)
    assert people[1]["answers"] == {"p0": "new"}
    assert journeys[1]["answers"] == {"j0": None}
    assert journeys[1]["later"] == {"j1": 1}
    assert journeys[1]["first"] == "2025-01-02T10:00"  # the referral's own answer is not contact
    assert journeys[3]["first"] is None
    assert journeys[3]["answers"] == {"j0": 3, "j2": True, "j3": {"a": False}}
    assert people[2] == {"answers": {}, "later": {}, "detail": {}}
    assert journeys[1]["checkins"] == {"referral": None, "assessment": 2}  # the later one
    assert journeys[1]["rights"] == {"4": 1, "7": 0}
    assert journeys[1]["step"] == "2025-01-05"
    assert journeys[3]["step"] == "2025-02-03"
    assert journeys[2]["checkins"] == {}
    consents = Consents(db)
    assert consents.journeys_consenting(ConsentPurpose.REPORTING) == {2}  # 1 withdrew
    assert consents.journeys_consenting(ConsentPurpose.SHARING) == {3}
    db.close()


def test_a_right_once_delivered_stays_delivered_and_the_earliest_step_counts(
    tmp_path: Path,
) -> None:
    db = _open(tmp_path / "intake.db")
    try:
        pid = People(db).insert("Sam", "Test", None, None, T0).id
        jid = Journeys(db).insert(pid, T0.date(), "referral", None, None, T0).id
        records = Records(db)
        with db.transaction():
            records.add_right(jid, 4, RightState.DELIVERED, T0.date(), None, T0)
            records.add_right(jid, 4, RightState.EXPLAINED, T0.date(), None, T0)
            records.add_right(jid, 7, RightState.EXPLAINED, T0.date(), None, T0)
            records.add_check_in(jid, CheckIn("referral", "c", 3), None, T0)
            records.add_check_in(jid, CheckIn("referral", "c", None, declined=True), None, T0)
            records.mark_done(jid, "intro", T0 - timedelta(days=3))
        sheet = actual(db)[0][jid]
        assert sheet["rights"] == {"4": 1, "7": 0}
        assert sheet["checkins"] == {"referral": None}
        assert sheet["step"] == (T0 - timedelta(days=3)).date().isoformat()
        assert actual(db) == expected(db)
    finally:
        db.close()


consent_op = st.one_of(
    st.tuples(
        st.integers(0, 1),
        st.sampled_from([ConsentPurpose.REPORTING, ConsentPurpose.SHARING]),
        st.booleans(),
        st.sampled_from(["", "", "police"]),
    ),
    st.tuples(st.integers(0, 1)),  # the journey is erased
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(consent_op, min_size=1, max_size=12))
def test_consent_as_it_stands_is_always_the_latest_event(
    tmp_path_factory: Any, ops: list[tuple[Any, ...]]
) -> None:
    """Agreed, withdrawn, agreed again, for another agency, erased: whose consent stands
    (kept by a trigger) is always what the latest event for the purpose says."""
    db = _open(tmp_path_factory.mktemp("consent") / "intake.db")
    try:
        pid = People(db).insert("Sam", "Test", None, None, T0).id
        journeys, consents = Journeys(db), Consents(db)
        jids: list[JourneyId | None] = [
            journeys.insert(pid, T0.date(), "referral", None, None, T0).id for _ in range(2)
        ]
        for n, op in enumerate(ops):
            jid = jids[op[0]]
            if jid is None:
                continue
            with db.transaction():
                if len(op) == 1:
                    journeys.delete(jid)
                    jids[op[0]] = None
                else:
                    at = T0 + timedelta(minutes=n)
                    consents.insert(pid, jid, op[1], op[2], "explained", None, at, op[3])
            for purpose in ConsentPurpose:
                assert consents.journeys_consenting(purpose) == consenting_the_slow_way(db, purpose)
    finally:
        db.close()
