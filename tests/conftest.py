"""Shared test set-up. Unit tests never create a QApplication; widget tests use pytest-qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"


@pytest.fixture
def forms_dir() -> Path:
    return FORMS
