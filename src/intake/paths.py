"""Where Intake finds its bundled files (form packs, translations, fonts).

Works from a source checkout, an installed package and a frozen (PyInstaller) build.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `forms/` and `translations/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    here = Path(__file__).resolve()
    # src/intake/paths.py -> repository root
    return here.parent.parent.parent


def default_forms_dir() -> Path:
    return app_root() / "forms"


def translations_dir() -> Path:
    return app_root() / "translations"
