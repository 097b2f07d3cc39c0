"""Fixtures for the app services: a workspace with cheap key stretching and a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake.app import KdfParams, Session, Workspace
from intake.forms import Pack, parse_pack

PASSWORD = "correct horse battery"

PACK_YAML = """
id: tiny
version: "1.0"
title: Tiny pack
stages:
  - id: referral
    title: Referral
    sections:
      - id: basics
        title: Basics
        questions:
          - id: language
            type: short_text
            scope: person
            prompt: Which language do you prefer?
          - id: crime_type
            type: single_choice
            prompt: What happened?
            choices:
              - {value: burglary, label: Burglary}
              - {value: assault, label: Assault}
          - id: consent_reporting
            type: yes_no
            consent: reporting
            prompt: May we count your case, with no names, in our reports?
  - id: about_you
    title: About you
    sections:
      - id: you
        title: You
        questions:
          - id: religion
            type: single_choice
            scope: person
            prompt: What is your religion?
            choices:
              - {value: none, label: No religion}
              - {value: christian, label: Christian}
          - id: disability
            type: yes_no
            scope: person
            prompt: Do you have a disability?
          - id: needs
            type: long_text
            prompt: What would help?
"""


class FakeClock:
    """Wall-clock seconds and a datetime clock that only move when told to (or by sleep)."""

    def __init__(self) -> None:
        self.seconds = 1_800_000_000.0
        self.slept: list[float] = []

    def time(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=self.seconds - 1_800_000_000)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.seconds += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pack() -> Pack:
    loaded, problems = parse_pack(PACK_YAML)
    assert loaded is not None, problems
    return loaded.pack


def make_workspace(folder: Path, clock: FakeClock | None = None) -> Workspace:
    if clock is None:
        return Workspace(folder, kdf=KdfParams.for_tests())
    return Workspace(
        folder,
        kdf=KdfParams.for_tests(),
        clock=clock.now,
        wall_clock=clock.time,
        sleep=clock.sleep,
    )


@pytest.fixture
def workspace(tmp_path: Path, clock: FakeClock) -> Workspace:
    return make_workspace(tmp_path / "ws", clock)


@pytest.fixture
def created(workspace: Workspace) -> Iterator[tuple[Session, str]]:
    new = workspace.create("Safe Harbour", "admin", "Alex Admin", PASSWORD)
    yield new.session, new.recovery_secret
    new.session.lock()


@pytest.fixture
def session(created: tuple[Session, str]) -> Session:
    return created[0]
