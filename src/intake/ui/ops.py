"""Long work off the GUI thread, in the manner of Anki's CollectionOp/QueryOp.

`run_op(parent, work, on_done, on_failed)` runs `work()` on a worker thread and calls back
on the GUI thread. Workers never touch widgets. While it runs the parent can show a busy
sign; `progress` lets work report "3 of 10" back to the screen.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Progress:
    """Handed to the work function so it can report how far it has got."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals

    def __call__(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(Progress(self.signals))
        except BaseException as exc:  # reported to the GUI thread, never raised in a worker
            # Only the exception type and the place: never values, which may be personal.
            log.warning(
                "background work failed: %s at %s",
                type(exc).__name__,
                traceback.extract_tb(exc.__traceback__)[-1:],
            )
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_live: set[_Signals] = set()


def busy() -> bool:
    """Whether background work is still running (the idle lock waits for it)."""
    return bool(_live)


def run_op(
    parent: QObject,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `work(progress)` on the shared thread pool; call back on the GUI thread.

    The signals belong to the application, not to `parent`: a worker may still be
    finishing after a short-lived window has closed, and must never emit into a deleted
    object. If `parent` is gone by then, the callbacks are skipped.
    """
    app = QCoreApplication.instance()
    signals = _Signals(app)
    _live.add(signals)

    def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            _live.discard(signals)
            signals.deleteLater()
            if shiboken6.isValid(parent):
                callback(value)

        return call

    signals.done.connect(finished(on_done))
    signals.failed.connect(finished(on_failed))
    if on_progress is not None:
        signals.progress.connect(
            lambda done, total: on_progress(done, total) if shiboken6.isValid(parent) else None
        )
    QThreadPool.globalInstance().start(_Runner(work, signals))
