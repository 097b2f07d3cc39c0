"""Long work off the GUI thread, in the manner of Anki's CollectionOp/QueryOp.

`run_op(parent, work, on_done, on_failed)` runs `work()` on a worker thread and calls back
on the GUI thread. Workers never touch widgets. While it runs the parent can show a busy
sign; `progress` lets work report "3 of 10" back to the screen.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """One per application, never deleted: workers report through it by a number, so a
    worker never holds a Qt object that the GUI thread might delete under it."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class Progress:
    """Handed to the work function so it can report how far it has got."""

    def __init__(self, dispatcher: _Dispatcher, token: int) -> None:
        self._dispatcher = dispatcher
        self._token = token

    def __call__(self, done: int, total: int) -> None:
        self._dispatcher.progress.emit(self._token, done, total)


def _run(box: list[Callable[[Progress], Any]], dispatcher: _Dispatcher, token: int) -> None:
    """Runs on a pool thread (handed to the pool as a plain function, so Qt owns the
    runnable around it).

    The work often closes over screens (a dialog, a window). The GUI thread keeps its own
    reference to the work until the result arrives, and this thread lets go of its own
    before reporting, so a screen is never freed on this thread: Qt objects freed off
    the GUI thread crash it later."""
    work = box.pop()
    try:
        result = work(Progress(dispatcher, token))
    except BaseException as exc:  # reported to the GUI thread, never raised in a worker
        # Only the exception type and the place: never values, which may be personal.
        log.warning(
            "background work failed: %s at %s",
            type(exc).__name__,
            traceback.extract_tb(exc.__traceback__)[-1:],
        )
        exc.__traceback__ = None  # its frames hold what the work held
        del work
        dispatcher.failed.emit(token, exc)
    else:
        del work
        dispatcher.done.emit(token, result)


@dataclass
class _Pending:
    work: Callable[[Progress], Any]
    parent: QObject
    on_done: Callable[[Any], None]
    on_failed: Callable[[BaseException], None]
    on_progress: Callable[[int, int], None] | None


_pending: dict[int, _Pending] = {}
_tokens = itertools.count(1)
_dispatchers: list[_Dispatcher] = []


def _finish(token: int, value: Any, failed: bool) -> None:
    job = _pending.pop(token, None)
    if job is not None and shiboken6.isValid(job.parent):
        (job.on_failed if failed else job.on_done)(value)


def _step(token: int, done: int, total: int) -> None:
    job = _pending.get(token)
    if job is not None and job.on_progress is not None and shiboken6.isValid(job.parent):
        job.on_progress(done, total)


def _dispatcher() -> _Dispatcher:
    app = QCoreApplication.instance()
    if not _dispatchers or not shiboken6.isValid(_dispatchers[-1]):
        d = _Dispatcher(app)
        d.done.connect(lambda token, value: _finish(token, value, False))
        d.failed.connect(lambda token, exc: _finish(token, exc, True))
        d.progress.connect(_step)
        _dispatchers.append(d)  # kept: a worker may still hold an older one
    return _dispatchers[-1]


def busy() -> bool:
    """Whether background work is still running (the idle lock waits for it)."""
    return bool(_pending)


def run_op(
    parent: QObject,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `work(progress)` on the shared thread pool; call back on the GUI thread.

    A worker may still be finishing after a short-lived window has closed: if `parent`
    is gone by then, the callbacks are skipped.
    """
    dispatcher = _dispatcher()
    token = next(_tokens)
    _pending[token] = _Pending(work, parent, on_done, on_failed, on_progress)
    box = [work]
    QThreadPool.globalInstance().start(lambda: _run(box, dispatcher, token))
