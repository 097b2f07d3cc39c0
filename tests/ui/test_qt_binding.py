"""The installed Qt binding keeps Python's reference counts: PySide6 6.12.0 returned None
from void methods without counting it, which on Python 3.11 (None not yet immortal)
crashed the interpreter after a few thousand calls ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calling_qt_methods_that_return_nothing_leaves_none_counted(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setWordWrap(True)
        label.setText("y")
    assert sys.getrefcount(None) >= before - 50  # some other objects may let go of None
