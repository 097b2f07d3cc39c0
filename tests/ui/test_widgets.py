"""The shared label helpers: plain text whatever it holds, enum properties set by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from intake.ui.widgets import set_by_name, text_label


def test_a_text_label_shows_markup_as_typed(qtbot: QtBot) -> None:
    label = text_label("<b>Sam</b> <img src='x'>", selectable=True)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.wordWrap()


def test_an_enum_property_is_set_by_its_key_name(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    set_by_name(label, "alignment", "AlignCenter")
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter


@pytest.mark.parametrize(("prop", "key"), [("textFormat", "Plain"), ("textFormt", "PlainText")])
def test_a_wrong_property_or_key_is_an_error_not_a_quiet_no_op(
    qtbot: QtBot, prop: str, key: str
) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="QLabel has no property"):
        set_by_name(label, prop, key)
    assert label.textFormat() == Qt.TextFormat.AutoText
    made = [bytes(name.data()).decode() for name in label.dynamicPropertyNames()]
    assert prop not in made  # no stray property made up by a typo
