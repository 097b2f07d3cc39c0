"""Returns speed: the default quarterly PCC return over 150,000 synthetic journeys of
100,000 people (about 5 million answers), counted, protected and written as CSV, XLSX,
JSON and PDF. Target: 3 s or less.

Baseline, measured in the same run: the same counts as GROUP BY queries on plain SQLite
in memory (journeys, answers, rights and check-ins in indexed tables, loaded before the
clock starts), the floor a database-side aggregation would give.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from bench._table import Row
from intake.forms import Pack, load_pack
from intake.returns import JourneyRecord, Period, ReturnTemplate, load_template
from intake.returns.categories import questions_of
from intake.returns.counting import outcome_dimensions
from intake.returns.disclosure import protect
from intake.returns.pipeline import count_return, publish
from intake.returns.synthetic import journeys
from intake.returns.tables import CountTable, Shape, TableFrame
from intake.returns.template import Count, Crosstab, Disclosure, OutcomeChange, Unit
from intake.returns.writers import write_all

ROOT = Path(__file__).resolve().parent.parent
PERIOD = Period.parse("2026-Q1")
MADE_ON = date(2026, 4, 10)


def _records(pack: Pack, quick: bool) -> list[JourneyRecord]:
    people, count = (10_000, 15_000) if quick else (100_000, 150_000)
    return list(journeys(pack, people, count, asked_share=0.39, distinct_answers=4000, seed=3))


def _load_sqlite(records: list[JourneyRecord]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(
        """
        CREATE TABLE journeys (journey_key INTEGER PRIMARY KEY, person_key INTEGER,
            referral_date TEXT, first_contact TEXT, closed TEXT, ended_early INTEGER,
            withdrawal_stage TEXT, consent INTEGER);
        CREATE TABLE answers (journey_key INTEGER, question_id TEXT, status TEXT, value TEXT);
        CREATE TABLE rights (journey_key INTEGER, right_no INTEGER, status TEXT);
        CREATE TABLE checkins (journey_key INTEGER, stage TEXT, score INTEGER);
        """
    )
    iso = lambda d: d.isoformat() if d else None  # noqa: E731
    db.executemany(
        "INSERT INTO journeys VALUES (?,?,?,?,?,?,?,?)",
        (
            (
                r.journey_key,
                r.person_key,
                iso(r.referral_date),
                iso(r.first_contact_date),
                iso(r.closed_date),
                r.ended_early,
                r.withdrawal_stage,
                r.consent_reporting,
            )
            for r in records
        ),
    )

    def answer_rows():  # type: ignore[no-untyped-def]
        for r in records:
            for q, (status, value) in r.answers.items():
                values = value if isinstance(value, list) else [value]
                for v in values:
                    yield r.journey_key, q, status.value, None if v is None else str(v)

    db.executemany("INSERT INTO answers VALUES (?,?,?,?)", answer_rows())
    db.executemany(
        "INSERT INTO rights VALUES (?,?,?)",
        ((r.journey_key, n, s.value) for r in records for n, s in r.rights.items()),
    )
    db.executemany(
        "INSERT INTO checkins VALUES (?,?,?)",
        ((r.journey_key, s, v) for r in records for s, v in r.checkins.items()),
    )
    db.executescript(
        "CREATE INDEX answers_q ON answers (question_id, journey_key);"
        "CREATE INDEX rights_j ON rights (journey_key);"
        "CREATE INDEX checkins_j ON checkins (journey_key);"
        "CREATE INDEX journeys_p ON journeys (person_key);"
    )
    return db


def _sql_return(db: sqlite3.Connection, pack: Pack, template: ReturnTemplate) -> int:
    """The template's counts as GROUP BY queries. Returns the number of result rows."""
    start, end = PERIOD.start.isoformat(), PERIOD.end.isoformat()
    chosen = {
        "active": f"referral_date <= '{end}' AND (closed IS NULL OR closed >= '{start}')",
        "referred": f"referral_date BETWEEN '{start}' AND '{end}'",
        "closed": f"closed BETWEEN '{start}' AND '{end}'",
        "ended_early": f"ended_early AND closed BETWEEN '{start}' AND '{end}'",
    }
    for name, where in chosen.items():
        db.executescript(
            f"DROP TABLE IF EXISTS {name}; CREATE TEMP TABLE {name} (journey_key INTEGER"
            " PRIMARY KEY, person_key, referral_date, first_contact, closed, withdrawal_stage);"
            f" INSERT INTO {name} SELECT journey_key, person_key, referral_date, first_contact,"
            f" closed, withdrawal_stage FROM journeys WHERE consent AND {where};"
        )
    db.executescript(
        "DROP TABLE IF EXISTS latest; CREATE TEMP TABLE latest (journey_key INTEGER PRIMARY KEY);"
        " INSERT INTO latest SELECT journey_key FROM (SELECT journey_key, ROW_NUMBER() OVER"
        " (PARTITION BY person_key ORDER BY referral_date DESC, journey_key DESC) AS n"
        " FROM active) WHERE n = 1;"
    )
    queries = [
        "SELECT COUNT(DISTINCT person_key), COUNT(*) FROM active",
        "SELECT COUNT(*) FROM referred UNION ALL SELECT COUNT(*) FROM closed",
        "SELECT n > 1, COUNT(*) FROM (SELECT a.person_key, (SELECT COUNT(*) FROM journeys j"
        f" WHERE j.person_key = a.person_key AND consent AND referral_date <= '{end}') AS n"
        " FROM (SELECT DISTINCT person_key FROM active) a) GROUP BY n > 1",
        "SELECT CASE WHEN first_contact IS NULL OR first_contact > '" + end + "' THEN -1"
        " ELSE julianday(first_contact) - julianday(referral_date) END AS d, COUNT(*)"
        " FROM referred GROUP BY d",
        "SELECT withdrawal_stage, COUNT(*) FROM ended_early GROUP BY 1",
        "SELECT right_no, status, COUNT(*) FROM rights JOIN active USING (journey_key)"
        " GROUP BY 1, 2",
        "SELECT stage, score, COUNT(*) FROM checkins JOIN active USING (journey_key) GROUP BY 1, 2",
    ]
    for spec in template.tables:
        if isinstance(spec, Count):
            qs = ",".join(f"'{q.id}'" for q in questions_of(pack, spec.by))
            units = "latest" if spec.unit is Unit.PEOPLE else spec.select.value
            queries.append(
                f"SELECT question_id, status, value, COUNT(*) FROM answers JOIN {units}"
                f" USING (journey_key) WHERE question_id IN ({qs}) GROUP BY 1, 2, 3"
            )
        elif isinstance(spec, Crosstab):
            rq = ",".join(f"'{q.id}'" for q in questions_of(pack, spec.rows))
            cq = ",".join(f"'{q.id}'" for q in questions_of(pack, spec.columns))
            queries.append(
                "SELECT r.value, c.value, COUNT(*) FROM latest l"
                f" LEFT JOIN answers r ON r.journey_key = l.journey_key AND r.question_id IN ({rq})"
                f" LEFT JOIN answers c ON c.journey_key = l.journey_key AND c.question_id IN ({cq})"
                " GROUP BY 1, 2"
            )
        elif isinstance(spec, OutcomeChange):
            for m in spec.measures or outcome_dimensions(pack):
                qids = [q.id for q in pack.questions() if q.returns and q.returns.dimension == m]
                first, last = qids[0], qids[-1]
                queries.append(
                    "SELECT CASE WHEN s.value IS NULL OR e.value IS NULL THEN 'incomplete'"
                    " WHEN CAST(e.value AS INTEGER) > CAST(s.value AS INTEGER) THEN 'better'"
                    " WHEN e.value = s.value THEN 'same' ELSE 'worse' END, COUNT(*)"
                    " FROM closed j"
                    " LEFT JOIN answers s ON s.journey_key = j.journey_key"
                    f" AND s.question_id = '{first}' AND s.status = 'answered'"
                    " LEFT JOIN answers e ON e.journey_key = j.journey_key"
                    f" AND e.question_id = '{last}' AND e.status = 'answered' GROUP BY 1"
                )
    return sum(len(db.execute(q).fetchall()) for q in queries)


def _small_tables(n: int) -> float:
    """Seconds to protect `n` random 6 x 6 cross-tabs of small counts (much to hide)."""
    rng = random.Random(5)
    frame = TableFrame(
        "t", "T", "crosstab", Shape.CROSSTAB, "people", "Rows", tuple("abcdef"), tuple("uvwxyz")
    )
    tables = []
    for _ in range(n):
        grid = [[rng.choice((0, 1, 2, 3, 4, 6, 9, 15)) for _ in range(6)] for _ in range(6)]
        tables.append(
            CountTable(
                frame,
                tuple(map(tuple, grid)),
                tuple(map(sum, grid)),
                tuple(map(sum, zip(*grid, strict=True))),
                sum(map(sum, grid)),
            )
        )
    started = time.perf_counter()
    for t in tables:
        protect(t, Disclosure())
    return time.perf_counter() - started


def run(quick: bool) -> list[Row]:
    pack = load_pack(ROOT / "forms" / "core").pack
    template = load_template(ROOT / "forms" / "returns" / "pcc-quarterly.yaml", pack)
    records = _records(pack, quick)
    answers = sum(len(r.answers) for r in records)
    db = _load_sqlite(records)

    best = {"count": float("inf"), "protect": float("inf"), "write": float("inf")}
    for _ in range(1 if quick else 3):
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            counted = count_return(template, pack, records, PERIOD)
            t1 = time.perf_counter()
            ret = publish(counted, MADE_ON)
            t2 = time.perf_counter()
            write_all(ret, Path(out))
            t3 = time.perf_counter()
        for key, value in (("count", t1 - t0), ("protect", t2 - t1), ("write", t3 - t2)):
            best[key] = min(best[key], value)
    sql = float("inf")
    for _ in range(1 if quick else 3):
        t0 = time.perf_counter()
        _sql_return(db, pack, template)
        sql = min(sql, time.perf_counter() - t0)
    total = sum(best.values())
    small = 100 if quick else 1000
    hard = _small_tables(small)
    label = f"{len(records):,} journeys, {answers / 1e6:.1f}M answers"
    return [
        Row(
            "returns",
            f"PCC return, {label}: total",
            total,
            "s",
            baseline=sql,
            target="<= 3 s",
            ok=total <= 3.0,
        ),
        Row("returns", "  count (select, categorise, count)", best["count"], "s"),
        Row("returns", f"  disclosure control ({len(ret.tables)} tables)", best["protect"], "s"),
        Row("returns", "  write CSV, XLSX, JSON and PDF", best["write"], "s"),
        Row("returns", "  same counts as SQLite GROUP BY (baseline)", sql, "s"),
        Row("returns", f"suppression of {small:,} small 6x6 cross-tabs", hard, "s"),
    ]
