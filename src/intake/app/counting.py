"""Counting a large return in several processes at once.

Reading a return from the store and counting it is Python's own work (decoding answer
sheets, building records, classifying answers), and one process does it on one core.
Counts of different people add up, so the people are split into parts by id (`Part`),
each part is read and counted on its own, and the parts' true counts are added
(`add_counts`) before disclosure control sees any of them. This process counts the
first part itself while helper processes count the others, so a laptop with two cores
does it in a little over half the time.

Helpers are started the first time a large return is counted and stopped when the
session locks (`stop_helpers`). A helper is handed the database's path and key with
its job, opens its own read-only connection, closes it before answering, and leaves:
every job goes to a fresh helper, started as the last one left, which holds no key and
no data until its job arrives. Only counts come back (tables of numbers; never a
record, an answer or a name). Whatever goes wrong in a helper, its
part is counted here instead: the result is always the same as counting everything in
this process, and a real problem with the store is reported as it would be here.

Small workspaces (most services) are counted here only: starting a helper costs more
than it saves below some tens of thousands of journeys.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from intake.app.return_reading import gc_paused, read_records
from intake.forms import Pack
from intake.returns.period import Period
from intake.returns.pipeline import Counted, add_counts, count_return
from intake.returns.template import ReturnTemplate
from intake.store.database import Database
from intake.store.reporting import Part

log = logging.getLogger(__name__)

HELPERS_FROM = 20_000
"""Journeys in the workspace from which helpers are used (when asked for automatically)."""
MOST_HELPERS = 3
HELPER_GRACE = 60.0
"""Seconds a helper may take beyond four times this process's own part before its part
is counted here instead (a helper that hangs must not hang the export)."""


@dataclass(frozen=True, repr=False)
class PartJob:
    """Everything a helper needs to count one part; sent to it for each job."""

    database: Path
    key: bytes
    pack: Pack
    template: ReturnTemplate
    period: Period
    questions: frozenset[str]
    part: Part

    def __repr__(self) -> str:  # never the key, in a log or a traceback
        return f"PartJob(part={self.part.index} of {self.part.of})"


def count_part(job: PartJob, db: Database | None = None) -> Counted:
    """Read and count one part: over `db` when given (this process's own connection),
    or over a read-only connection of its own, closed before returning."""
    own = db is None
    conn = Database.open_reader(job.database, job.key) if db is None else db
    try:
        with gc_paused():
            records = read_records(conn, job.pack, job.period, job.questions, job.part)
            return count_return(job.template, job.pack, records, job.period)
    finally:
        if own:
            conn.close()


def helpers_for(journeys: int, wanted: int | None = None) -> int:
    """How many helpers to use: `wanted` if given; otherwise one fewer than the cores
    this process may use (at most `MOST_HELPERS`), and none for a small workspace."""
    if wanted is not None:
        return max(0, wanted)
    if journeys < HELPERS_FROM:
        return 0
    return max(0, min(_cores() - 1, MOST_HELPERS))


def count_in_parts(
    job: PartJob, db: Database, helpers: int, halfway: Callable[[], None] | None = None
) -> Counted:
    """Count the whole return of `job` (its `part` is ignored) in `helpers` + 1 parts:
    the first here over `db`, the others in helper processes when they can be had.
    `halfway` is called when the first part is counted."""
    parts = helpers + 1
    jobs = [replace(job, part=Part(i, parts)) for i in range(parts)]
    futures: list[Future[Counted] | None] = [None] * parts
    pool = _HELPERS.pool(helpers) if helpers else None
    if pool is not None:
        for i in range(1, parts):
            try:
                futures[i] = pool.submit(count_part, jobs[i])
            except Exception as exc:  # a broken or stopped pool: count here instead
                log.warning("A helper could not be given part %d (%s).", i, type(exc).__name__)
                _HELPERS.forget(pool)
                break
    began = time.monotonic()
    counted = [count_part(jobs[0], db)]
    if halfway is not None:
        halfway()
    deadline = time.monotonic() + HELPER_GRACE + 4 * (time.monotonic() - began)
    for i in range(1, parts):
        counted.append(_result(pool, futures[i], jobs[i], db, deadline))
    return add_counts(counted) if parts > 1 else counted[0]


class HelperError(Exception):
    """A helper could not count a job (`count_in_helper` only; returns fall back)."""


def count_in_helper(job: PartJob, timeout: float = 120.0) -> Counted:
    """Count `job` in a helper, with no falling back: for the self-test, to show that
    helpers can be started and can count in this install (a frozen build most often
    loses exactly this). Raises HelperError, naming only the kind of failure."""
    pool = _HELPERS.pool(1)
    if pool is None:
        raise HelperError("helper processes cannot be started on this computer")
    try:
        return pool.submit(count_part, job).result(timeout)
    except Exception as exc:
        _HELPERS.forget(pool)
        raise HelperError(f"a helper process could not count ({type(exc).__name__})") from None


def stop_helpers() -> None:
    """Stop the helper processes, if any were started (when a session locks)."""
    _HELPERS.stop()


# ------------------------------------------------------------------------------ pool


class _Helpers:
    """The one pool of helper processes, started when first needed."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._size = 0
        self._failed = False
        self._lock = threading.Lock()

    def pool(self, helpers: int) -> ProcessPoolExecutor | None:
        """The pool, started (or started again with more helpers) when needed; None
        when no process can be started here, or helpers failed since the last `stop`."""
        with self._lock:
            if self._failed:
                return None
            if self._pool is not None and helpers <= self._size:
                return self._pool
            old, self._pool = self._pool, None
        if old is not None:
            _close(old)
        try:
            # "spawn" everywhere, as on Windows: a helper starts from a clean
            # interpreter, not a copy of this one (with its threads and open database).
            pool = ProcessPoolExecutor(
                helpers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ready,
                max_tasks_per_child=1,  # a fresh helper for every job: nothing carries over
            )
        except Exception as exc:
            log.warning("Helper processes could not be started (%s).", type(exc).__name__)
            with self._lock:
                self._failed = True
            return None
        with self._lock:
            self._pool, self._size = pool, helpers
        return pool

    def forget(self, pool: ProcessPoolExecutor) -> None:
        """Drop a pool whose helpers failed. Until `stop` (the session locks), returns
        are counted in this process only: a fault that stopped one helper would most
        likely stop the next."""
        with self._lock:
            self._failed = True
            if self._pool is pool:
                self._pool = None
        _close(pool)

    def stop(self) -> None:
        """Stop the pool without waiting for it (see `_close`)."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._failed = False
        if pool is not None:
            _close(pool)


def _close(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down on a thread of its own. A helper holds nothing worth waiting
    for, but one just started may still be importing, and locking should not wait most
    of a second for it. The pool's own `shutdown(wait=False)` is not used: with
    `max_tasks_per_child` it can crash the pool's manager thread on Python 3.11 to 3.13
    (CPython issue 119592)."""
    threading.Thread(
        target=pool.shutdown,
        kwargs={"wait": True, "cancel_futures": True},
        name="intake-helpers-stop",
        daemon=True,
    ).start()


_HELPERS = _Helpers()


def _result(
    pool: ProcessPoolExecutor | None,
    future: Future[Counted] | None,
    job: PartJob,
    db: Database,
    deadline: float,
) -> Counted:
    if pool is not None and future is not None:  # given to a helper (pool is its pool)
        try:
            return future.result(max(0.0, deadline - time.monotonic()))
        except Exception as exc:
            # Only the kind of failure is logged: never its text, which could quote
            # the store. The part is counted here, where a real fault is reported.
            log.warning(
                "A helper could not count part %d (%s); counting it here.",
                job.part.index,
                type(exc).__name__,
            )
            if isinstance(exc, TimeoutError):  # hung: it will not be waited for again
                _kill_helpers(pool)
            if isinstance(exc, BrokenExecutor | TimeoutError):
                _HELPERS.forget(pool)
    return count_part(job, db)


def _kill_helpers(pool: ProcessPoolExecutor) -> None:
    """End a pool's helpers at once. Python 3.14 has `kill_workers`; before it, the pool
    keeps its processes in `_processes` (read defensively)."""
    kill = getattr(pool, "kill_workers", None)
    if callable(kill):
        kill()
        return
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()


def _ready() -> None:
    """Run in each new helper as it starts: naming this function made the helper import
    this module and everything a job needs, before the first job arrives."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
