"""Lock after a quiet spell: any key press, click or pointer movement resets the clock.

Locking clears personal data from the screen and drops the key; the caller decides how.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}

MIN_MINUTES = 1
MAX_MINUTES = 30
DEFAULT_MINUTES = 5


class IdleLock(QObject):
    def __init__(self, on_idle: Callable[[], None], minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__()
        self._on_idle = on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.set_minutes(minutes)
        self.active = False

    def set_minutes(self, minutes: int) -> None:
        minutes = max(MIN_MINUTES, min(MAX_MINUTES, int(minutes)))
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.active and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def _fire(self) -> None:
        from intake.ui import ops

        if not self.active:
            return
        if ops.busy():  # never pull the database from under a backup or an import
            QTimer.singleShot(min(self.timer.interval(), 1_000), self._fire)
            return
        self.active = False
        self._on_idle()
