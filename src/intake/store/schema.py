"""The workspace schema, as numbered migrations applied on `PRAGMA user_version`.

Each migration runs in its own transaction together with the version bump, so a crash
mid-way leaves the previous version intact. Before migrating a database that already
holds data, the caller takes a verified backup (see `intake.store.backup`).

Design notes: answers are append-only (the latest row per question is current); person
facts carry `scope='person'` and survive the journey they were asked in; names are
split into normalised tokens in `person_names` for fast prefix search (an ordinary table
rather than FTS5, so that secure_delete really overwrites erased names). Both answer
indexes lead with the subject and scope and end with the question, so "what is known in
this journey" is answered from the indexes alone; on an encrypted database every page
not read is a page not decrypted (this took the benchmark's known-answers p50 from
4.7 ms to 1.2 ms at 5M answers).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3.dbapi2 as sqlite3

from intake.store.database import Database
from intake.store.errors import MigrationFailedError, NewerVersionError, StoreError

V1 = """
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('caseworker', 'manager', 'admin')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX people_by_dob ON people (date_of_birth);
CREATE TABLE person_names (
    token TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
CREATE INDEX person_names_by_person ON person_names (person_id);
CREATE TABLE journeys (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    stage TEXT NOT NULL,
    pack_id TEXT,
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX journeys_by_person ON journeys (person_id);
CREATE INDEX journeys_by_closing ON journeys (status, closed_on);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL CHECK (scope IN ('person', 'journey')),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    journey_id INTEGER REFERENCES journeys (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('answered', 'prefer_not_to_say', 'ask_later')),
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    volunteered INTEGER NOT NULL DEFAULT 0,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    CHECK (scope = 'person' OR journey_id IS NOT NULL)
);
CREATE INDEX answers_by_person ON answers (person_id, scope, question_id);
CREATE INDEX answers_by_journey ON answers (journey_id, scope, question_id);
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('support', 'sharing', 'reporting')),
    agency TEXT NOT NULL DEFAULT '',
    given INTEGER NOT NULL,
    explained TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX consent_by_journey ON consent_events (journey_id, purpose);
CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    checkin_id TEXT NOT NULL,
    score INTEGER,
    note TEXT NOT NULL DEFAULT '',
    declined INTEGER NOT NULL DEFAULT 0,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX check_ins_by_journey ON check_ins (journey_id);
CREATE TABLE rights (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    right_number INTEGER NOT NULL CHECK (right_number BETWEEN 1 AND 12),
    state TEXT NOT NULL CHECK (state IN ('explained', 'delivered')),
    on_date TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX rights_by_journey ON rights (journey_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX notes_by_journey ON notes (journey_id);
CREATE TABLE mentioned (
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (journey_id, subject)
) WITHOUT ROWID;
CREATE TABLE progress (
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    step_key TEXT NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (journey_id, step_key)
) WITHOUT ROWID;
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""

# Version 2: answer sheets. Answers stay append-only and scattered through the file in
# the order they were given; a sheet keeps the latest answer per question of one journey
# (or one person) together in one row, kept current by triggers in the same transaction
# as the answer itself, so no code path can forget it. A return reads one small row per
# journey instead of a page per answer, and what is known in a journey is two row reads.
#
# Two tables per owner, because returns must read as little as possible:
# - `journey_sheets`/`person_sheets` (compact, for returns and the completeness report):
#   `answers` maps question id to the value (JSON null when the person preferred not to
#   say), `later` the questions put off ({question: 1}), `first_contact` the first time an
#   answer not copied from a referral was recorded in the journey;
# - `journey_latest`/`person_latest` (for the interview and the case summary): `detail`
#   maps question id to the whole latest answer, [id, status, value, source, stage,
#   volunteered, recorded_by, recorded_at] and, for a person, the journey it was given in.

_PATH = "'$.\"' || NEW.question_id || '\"'"


def _code_of(question_id: str) -> str:
    """The short code `question_keys` gives a question (version 4 on)."""
    return f"(SELECT code FROM question_keys WHERE question_id = {question_id})"


_CODE_PATH = "'$.\"' || " + _code_of("NEW.question_id") + " || '\"'"
_ENTRY = (
    "json_array(NEW.id, NEW.status, json(NEW.value), NEW.source, NEW.stage,"
    " NEW.volunteered, NEW.recorded_by, NEW.recorded_at{extra})"
)
_SHEET_SET = """
        answers = CASE NEW.status WHEN 'ask_later' THEN json_remove(answers, {path})
            ELSE json_set(answers, {path},
                CASE NEW.status WHEN 'answered' THEN json(NEW.value) END) END,
        later = CASE NEW.status WHEN 'ask_later' THEN json_set(later, {path}, 1)
            ELSE json_remove(later, {path}) END"""
_SET_DETAIL = f"detail = json_set(detail, {_PATH}, {{entry}})"


def _latest(owner: str, key: str) -> str:
    scope = "person" if owner == "person_id" else "journey"
    return (
        f"SELECT max(id) FROM answers WHERE {owner} = {key} AND scope = '{scope}'"
        " GROUP BY question_id"
    )


def _rebuild(owner: str, key: str, coded: bool = False) -> str:
    """SET clause recomputing one compact sheet from the answers table (keyed by
    question id, or from version 4 on by the question's code in `question_keys`)."""
    latest = _latest(owner, key)
    name = _code_of("a.question_id") if coded else "a.question_id"
    return f"""
        answers = (SELECT json_group_object({name},
                CASE a.status WHEN 'answered' THEN json(a.value) END)
            FROM answers a WHERE a.id IN ({latest}) AND a.status != 'ask_later'),
        later = (SELECT json_group_object({name}, 1)
            FROM answers a WHERE a.id IN ({latest}) AND a.status = 'ask_later')"""


def _rebuild_detail(owner: str, key: str) -> str:
    """SET clause recomputing one `detail` row from the answers table."""
    extra = ", a.journey_id" if owner == "person_id" else ""
    entry = _ENTRY.replace("NEW.", "a.").format(extra=extra)
    return f"""
        detail = (SELECT json_group_object(a.question_id, {entry})
            FROM answers a WHERE a.id IN ({_latest(owner, key)}))"""


_FIRST = "(SELECT min(recorded_at) FROM answers WHERE journey_id = {key} AND source != 'referral')"
_JOURNEY_ENTRY = _ENTRY.format(extra="")
_PERSON_ENTRY = _ENTRY.format(extra=", NEW.journey_id")
_JOURNEY_GONE = "EXISTS (SELECT 1 FROM journeys WHERE id = OLD.journey_id)"
_PERSON_GONE = "EXISTS (SELECT 1 FROM people WHERE id = OLD.person_id)"


def _answer_triggers(coded: bool) -> str:
    """The triggers writing each new answer to its sheets (keyed by question id, or
    from version 4 on by the question's code in `question_keys`)."""
    sheet = _SHEET_SET.format(path=_CODE_PATH if coded else _PATH)
    return f"""
CREATE TRIGGER journey_sheet_answer AFTER INSERT ON answers WHEN NEW.scope = 'journey' BEGIN
    UPDATE journey_sheets SET {sheet} WHERE journey_id = NEW.journey_id;
    UPDATE journey_latest SET {_SET_DETAIL.format(entry=_JOURNEY_ENTRY)}
    WHERE journey_id = NEW.journey_id;
END;
CREATE TRIGGER person_sheet_answer AFTER INSERT ON answers WHEN NEW.scope = 'person' BEGIN
    UPDATE person_sheets SET {sheet} WHERE person_id = NEW.person_id;
    UPDATE person_latest SET {_SET_DETAIL.format(entry=_PERSON_ENTRY)}
    WHERE person_id = NEW.person_id;
END;"""


def _forget_triggers(coded: bool) -> str:
    """The triggers rebuilding the sheets when an answer is erased (see above)."""
    return f"""
CREATE TRIGGER journey_sheet_forget AFTER DELETE ON answers
    WHEN OLD.scope = 'journey' AND {_JOURNEY_GONE} BEGIN
    UPDATE journey_sheets SET {_rebuild("journey_id", "OLD.journey_id", coded)},
        first_contact = {_FIRST.format(key="OLD.journey_id")}
    WHERE journey_id = OLD.journey_id;
    UPDATE journey_latest SET {_rebuild_detail("journey_id", "OLD.journey_id")}
    WHERE journey_id = OLD.journey_id;
END;
CREATE TRIGGER person_sheet_forget AFTER DELETE ON answers
    WHEN OLD.scope = 'person' AND {_PERSON_GONE} BEGIN
    UPDATE person_sheets SET {_rebuild("person_id", "OLD.person_id", coded)}
    WHERE person_id = OLD.person_id;
    UPDATE person_latest SET {_rebuild_detail("person_id", "OLD.person_id")}
    WHERE person_id = OLD.person_id;
END;"""


V2 = f"""
CREATE TABLE journey_sheets (
    journey_id INTEGER PRIMARY KEY REFERENCES journeys (id) ON DELETE CASCADE,
    answers TEXT NOT NULL DEFAULT '{{}}',
    later TEXT NOT NULL DEFAULT '{{}}',
    first_contact TEXT
);
CREATE TABLE person_sheets (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    answers TEXT NOT NULL DEFAULT '{{}}',
    later TEXT NOT NULL DEFAULT '{{}}'
);
CREATE TABLE journey_latest (
    journey_id INTEGER PRIMARY KEY REFERENCES journeys (id) ON DELETE CASCADE,
    detail TEXT NOT NULL DEFAULT '{{}}'
);
CREATE TABLE person_latest (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    detail TEXT NOT NULL DEFAULT '{{}}'
);
INSERT INTO journey_sheets (journey_id) SELECT id FROM journeys;
INSERT INTO person_sheets (person_id) SELECT id FROM people;
INSERT INTO journey_latest (journey_id) SELECT id FROM journeys;
INSERT INTO person_latest (person_id) SELECT id FROM people;
UPDATE journey_sheets SET {_rebuild("journey_id", "journey_sheets.journey_id")},
    first_contact = {_FIRST.format(key="journey_sheets.journey_id")};
UPDATE person_sheets SET {_rebuild("person_id", "person_sheets.person_id")};
UPDATE journey_latest SET {_rebuild_detail("journey_id", "journey_latest.journey_id")};
UPDATE person_latest SET {_rebuild_detail("person_id", "person_latest.person_id")};
CREATE TRIGGER journey_sheet_new AFTER INSERT ON journeys BEGIN
    INSERT INTO journey_sheets (journey_id) VALUES (NEW.id);
    INSERT INTO journey_latest (journey_id) VALUES (NEW.id);
END;
CREATE TRIGGER person_sheet_new AFTER INSERT ON people BEGIN
    INSERT INTO person_sheets (person_id) VALUES (NEW.id);
    INSERT INTO person_latest (person_id) VALUES (NEW.id);
END;
{_answer_triggers(coded=False)}
CREATE TRIGGER journey_sheet_contact AFTER INSERT ON answers
    WHEN NEW.journey_id IS NOT NULL AND NEW.source != 'referral' BEGIN
    UPDATE journey_sheets SET first_contact = NEW.recorded_at
    WHERE journey_id = NEW.journey_id
        AND (first_contact IS NULL OR first_contact > NEW.recorded_at);
END;
{_forget_triggers(coded=False)}
CREATE TRIGGER person_sheet_move AFTER UPDATE OF journey_id ON answers
    WHEN NEW.scope = 'person' BEGIN
    UPDATE person_latest SET {_rebuild_detail("person_id", "NEW.person_id")}
    WHERE person_id = NEW.person_id;
END;
"""

# Version 3: the rest of what a return reads per journey joins its sheet, for the same
# reason: check-ins ({stage: score, null when declined; a later one at a stage wins}),
# Victims' Code rights from the checklist ({number: 1 if ever delivered, else 0}) and
# the first day of a check-in or a step of the script (`first_step`). Check-ins, rights
# and steps are only ever added, and go only when their journey is erased.

V3 = """
ALTER TABLE journey_sheets ADD COLUMN checkins TEXT NOT NULL DEFAULT '{}';
ALTER TABLE journey_sheets ADD COLUMN rights TEXT NOT NULL DEFAULT '{}';
ALTER TABLE journey_sheets ADD COLUMN first_step TEXT;
UPDATE journey_sheets SET
    checkins = coalesce((SELECT json_group_object(c.stage,
            CASE WHEN c.declined OR c.score IS NULL THEN NULL ELSE c.score END)
        FROM check_ins c WHERE c.id IN (SELECT max(id) FROM check_ins
            WHERE journey_id = journey_sheets.journey_id GROUP BY stage)), '{}'),
    rights = coalesce((SELECT json_group_object(r.n, r.delivered) FROM (
            SELECT CAST(right_number AS TEXT) AS n, max(state = 'delivered') AS delivered
            FROM rights WHERE journey_id = journey_sheets.journey_id GROUP BY right_number
        ) r), '{}'),
    first_step = (SELECT min(day) FROM (
        SELECT substr(min(recorded_at), 1, 10) AS day FROM check_ins
            WHERE journey_id = journey_sheets.journey_id
        UNION ALL
        SELECT substr(min(done_at), 1, 10) FROM progress
            WHERE journey_id = journey_sheets.journey_id));
CREATE TRIGGER journey_sheet_check_in AFTER INSERT ON check_ins BEGIN
    UPDATE journey_sheets SET
        checkins = json_set(checkins, '$."' || NEW.stage || '"',
            CASE WHEN NEW.declined OR NEW.score IS NULL THEN NULL ELSE NEW.score END),
        first_step = min(coalesce(first_step, substr(NEW.recorded_at, 1, 10)),
            substr(NEW.recorded_at, 1, 10))
    WHERE journey_id = NEW.journey_id;
END;
CREATE TRIGGER journey_sheet_right AFTER INSERT ON rights BEGIN
    UPDATE journey_sheets SET
        rights = json_set(rights, '$."' || NEW.right_number || '"',
            max(coalesce(rights ->> ('$."' || NEW.right_number || '"'), 0),
                NEW.state = 'delivered'))
    WHERE journey_id = NEW.journey_id;
END;
CREATE TRIGGER journey_sheet_step AFTER INSERT ON progress BEGIN
    UPDATE journey_sheets SET
        first_step = min(coalesce(first_step, substr(NEW.done_at, 1, 10)),
            substr(NEW.done_at, 1, 10))
    WHERE journey_id = NEW.journey_id;
END;
"""

# Version 4: less to read (and so to decrypt) per return.
# - The compact sheets key each answer by a short number from `question_keys` instead
#   of the question id: ids such as "code_right_07_personal_statement" were 70% of a
#   sheet's bytes. Every answer is on a sheet (its journey's or its person's), so the
#   sheets name every question answered so far; from then on a question gets its number
#   the first time it is answered, before that answer's own triggers run. Numbers are
#   never reused or changed. `journey_latest` and `person_latest` keep question ids:
#   the interview reads one row at a time.
# - `consent_now` holds, per journey and purpose (agency ''), whether the latest consent
#   event was a "given", kept by a trigger, so "whose consent stands" reads one narrow
#   index instead of every consent event ever recorded. Events are only ever added, and
#   go only with their journey.
# The sheets are written out afresh (not updated in place), so that their rows, now
# half the size, fill half as many pages.

_RECODE = """(SELECT json_group_object(k.code,
            CASE e.type WHEN 'true' THEN json('true') WHEN 'false' THEN json('false')
            ELSE e.value END)
        FROM json_each({table}.{column}) e JOIN question_keys k ON k.question_id = e.key)"""
"""A compact sheet's column with its keys changed from question ids to codes."""

V4 = f"""
CREATE TABLE question_keys (
    code INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL UNIQUE
);
INSERT INTO question_keys (question_id)
    SELECT key FROM journey_sheets, json_each(journey_sheets.answers)
    UNION SELECT key FROM journey_sheets, json_each(journey_sheets.later)
    UNION SELECT key FROM person_sheets, json_each(person_sheets.answers)
    UNION SELECT key FROM person_sheets, json_each(person_sheets.later)
    ORDER BY 1;
CREATE TEMP TABLE recoded_journeys AS SELECT journey_id,
    {_RECODE.format(table="journey_sheets", column="answers")} AS answers,
    {_RECODE.format(table="journey_sheets", column="later")} AS later,
    first_contact, checkins, rights, first_step FROM journey_sheets;
DELETE FROM journey_sheets;
INSERT INTO journey_sheets (journey_id, answers, later, first_contact, checkins, rights,
    first_step) SELECT * FROM temp.recoded_journeys ORDER BY journey_id;
DROP TABLE temp.recoded_journeys;
CREATE TEMP TABLE recoded_people AS SELECT person_id,
    {_RECODE.format(table="person_sheets", column="answers")} AS answers,
    {_RECODE.format(table="person_sheets", column="later")} AS later FROM person_sheets;
DELETE FROM person_sheets;
INSERT INTO person_sheets (person_id, answers, later)
    SELECT * FROM temp.recoded_people ORDER BY person_id;
DROP TABLE temp.recoded_people;
CREATE TRIGGER question_key_new BEFORE INSERT ON answers BEGIN
    INSERT INTO question_keys (question_id) SELECT NEW.question_id
    WHERE NOT EXISTS (SELECT 1 FROM question_keys WHERE question_id = NEW.question_id);
END;
DROP TRIGGER journey_sheet_answer;
DROP TRIGGER person_sheet_answer;
DROP TRIGGER journey_sheet_forget;
DROP TRIGGER person_sheet_forget;
{_answer_triggers(coded=True)}
{_forget_triggers(coded=True)}
CREATE TABLE consent_now (
    purpose TEXT NOT NULL,
    journey_id INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    given INTEGER NOT NULL,
    PRIMARY KEY (purpose, journey_id)
) WITHOUT ROWID;
CREATE INDEX consent_now_by_journey ON consent_now (journey_id);
INSERT INTO consent_now (purpose, journey_id, given)
    SELECT purpose, journey_id, given FROM (SELECT purpose, journey_id, given, max(id)
        FROM consent_events WHERE agency = '' GROUP BY journey_id, purpose);
CREATE TRIGGER consent_now_event AFTER INSERT ON consent_events
    WHEN NEW.agency = '' BEGIN
    INSERT INTO consent_now (purpose, journey_id, given)
        VALUES (NEW.purpose, NEW.journey_id, NEW.given)
        ON CONFLICT (purpose, journey_id) DO UPDATE SET given = excluded.given;
END;
"""

Migration = Callable[[Database], None]


def _statements(script: str) -> Migration:
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):  # a trigger body holds ";" of its own
            if pending.strip(" \n;"):
                statements.append(pending)
            pending = ""

    def apply(db: Database) -> None:
        for statement in statements:
            db.execute(statement)

    return apply


MIGRATIONS: list[Migration] = [
    _statements(V1),
    _statements(V2),
    _statements(V3),
    _statements(V4),
]
"""MIGRATIONS[i] takes the database from version i to version i + 1."""

LATEST = len(MIGRATIONS)


def needs_migration(db: Database) -> bool:
    version = db.user_version
    if version > LATEST:
        raise NewerVersionError()
    return version < LATEST


def migrate(db: Database, backup_first: Callable[[], object] | None = None) -> int:
    """Bring the database to the latest version; returns how many migrations ran.

    `backup_first` is called (once) before migrating a database that already has a
    schema; it must raise if the backup could not be verified, which stops the upgrade.
    """
    version = db.user_version
    if version > LATEST:
        raise NewerVersionError()
    if version == LATEST:
        return 0
    if version > 0 and backup_first is not None:
        backup_first()
    ran = 0
    for target in range(version + 1, LATEST + 1):
        try:
            with db.transaction():
                MIGRATIONS[target - 1](db)
                db.set_user_version(target)
        except StoreError:
            raise
        except Exception as exc:
            raise MigrationFailedError() from exc
        ran += 1
    return ran
