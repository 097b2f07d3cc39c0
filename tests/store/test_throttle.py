"""The wrong-password pause grows, survives a restart, and resets on success."""

from __future__ import annotations

from pathlib import Path

from intake.store.throttle import MAX_DELAY_SECONDS, Throttle, delay_after


def test_delays_grow_then_stop_at_the_cap() -> None:
    delays = [delay_after(n) for n in range(0, 15)]
    assert delays[0] == 0
    assert delays[1:10] == sorted(set(delays[1:10]))
    assert delays[-1] == MAX_DELAY_SECONDS


def test_the_count_survives_a_restart_and_resets_on_success(tmp_path: Path) -> None:
    now = [1000.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    t = Throttle(tmp_path / "a.json", lambda: now[0], sleep)
    for _ in range(4):
        t.wait()
        t.failed()
    restarted = Throttle(tmp_path / "a.json", lambda: now[0], sleep)
    assert restarted.state().failures == 4
    assert restarted.wait() == delay_after(4)
    restarted.succeeded()
    assert restarted.state().failures == 0
    assert slept == [1.0, 2.0, 4.0, 8.0]


def test_a_damaged_counter_still_pauses(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("garbage")
    t = Throttle(tmp_path / "a.json", lambda: 5000.0, lambda s: None)
    assert t.remaining() > 0
