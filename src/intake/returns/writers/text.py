"""Sentences every writer prints the same way, in the return's language."""

from __future__ import annotations

from intake.returns.tables import PublishedTable, Return, Shape
from intake.returns.words import WORDS


def unit_label(ret: Return, unit: str) -> str:
    """What a table counts ("people", "journeys"), in the return's language."""
    key = "unit." + unit.replace(" ", "_")
    return ret.word(key) if key in WORDS else unit


def caption(ret: Return, table: PublishedTable) -> str:
    """What a table counts, whether one person can be in several rows, and its note."""
    f = table.frame
    key = "caption." + f.unit.replace(" ", "_")
    text = ret.word(key) if key in WORDS else f"{f.unit}."
    if not f.additive and f.shape is Shape.ONE_WAY:
        text += " " + ret.word("caption.more_than_one_row")
    if f.note:
        text += " " + f.note
    return text
