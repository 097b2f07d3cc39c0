"""Shared test set-up. Unit tests never create a QApplication; widget tests use pytest-qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"


@pytest.fixture(autouse=True, scope="session")
def _pack_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Checked packs are cached for the session in a temporary folder, never in ~/.cache."""
    os.environ["INTAKE_CACHE_DIR"] = str(tmp_path_factory.mktemp("pack-cache"))


@pytest.fixture
def forms_dir() -> Path:
    return FORMS
