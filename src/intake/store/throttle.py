"""A growing pause after wrong passwords, remembered across restarts.

Argon2 already makes each guess cost half a second; the pause makes a run of guesses at
the sign-in screen slower still (1 s, 2 s, 4 s ... up to 5 minutes). The count lives in a
small file in the workspace so quitting and reopening Intake does not reset it. It is a
speed bump for someone at the keyboard, not a defence against a copied disk: that is
what Argon2 and the keyslot design are for. Clock and sleep are injected for tests.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from intake.store.files import atomic_write

MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong passwords in a row."""
    if failures <= 0:
        return 0.0
    return float(min(2 ** (failures - 1), MAX_DELAY_SECONDS))


@dataclass(frozen=True)
class AttemptState:
    failures: int = 0
    last_failure: float = 0.0


class Throttle:
    def __init__(
        self,
        path: Path,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._path = path
        self._clock = clock
        self._sleep = sleep

    def state(self) -> AttemptState:
        try:
            data = json.loads(self._path.read_bytes())
            return AttemptState(int(data["failures"]), float(data["last_failure"]))
        except FileNotFoundError:
            return AttemptState()
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged counter must not lock people out, nor reset to zero: assume some.
            return AttemptState(failures=3, last_failure=self._clock())

    def remaining(self) -> float:
        state = self.state()
        delay = delay_after(state.failures)
        now = self._clock()
        elapsed = max(0.0, now - state.last_failure)
        return max(0.0, delay - elapsed)

    def wait(self) -> float:
        """Pause for whatever is left of the current delay; returns the seconds paused."""
        left = self.remaining()
        if left > 0:
            self._sleep(left)
        return left

    def failed(self) -> None:
        state = self.state()
        self._write(AttemptState(state.failures + 1, self._clock()))

    def succeeded(self) -> None:
        if self.state().failures:
            self._write(AttemptState())

    def _write(self, state: AttemptState) -> None:
        data = {"failures": state.failures, "last_failure": state.last_failure}
        atomic_write(self._path, json.dumps(data).encode("utf-8"))
