"""The bidirectional algorithm used for printed text, checked against python-bidi.

`intake.paper.bidi` resolves levels itself (the shaper needs a level for every
character); python-bidi's implementation of the same algorithm (UAX #9) says what the
visual order must be. Mirrored brackets are left to the shaper, and python-bidi does
not mirror either, so the two strings compare directly.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.forms import text_keys
from intake.paper import bidi
from tests.paper.support import ROOT, load_or_skip


def _visual(text: str, rtl: bool) -> str:
    """The whole text as one line in visual order, by intake.paper.bidi."""
    levels = bidi.line_levels(text, bidi.levels(text, rtl), 0, len(text), rtl)
    return "".join(text[i] for i in bidi.reorder(levels))


def _oracle(text: str, rtl: bool) -> str:
    return str(get_display(text, base_dir="R" if rtl else "L"))


def _pack_texts() -> list[str]:
    loaded = load_or_skip(ROOT / "forms" / "core")
    texts = [" ".join(t.split()) for t in text_keys(loaded.pack).values()]
    for translation in loaded.translations.values():
        texts += [" ".join(t.split()) for t in translation.strings.values()]
    return texts


def test_every_text_of_the_core_pack_orders_as_python_bidi_does() -> None:
    texts = _pack_texts()
    assert any(bidi.has_rtl_letters(t) for t in texts)
    wrong = [(rtl, t) for t in texts for rtl in (False, True) if _visual(t, rtl) != _oracle(t, rtl)]
    assert wrong == []


def test_english_wording_around_an_arabic_label_keeps_its_quotes_and_brackets() -> None:
    label = "سرقة (أُخذ شيء من دون استخدام القوة)"
    text = f"Only answer this if you ticked “{label}” for question 3."
    assert _visual(text, rtl=False) == _oracle(text, rtl=False)
    assert _visual(text, rtl=False).startswith("Only answer this if you ticked “")
    assert _visual(text, rtl=False).endswith("” for question 3.")


_ALPHABET = (
    "abcXYZابتثجحخلاهةيےאבג0123456789٠١٢٣۴.,:;/-+%$#°()[]{}<>“”\"'!?،؟۔\u064e\u0651\u0301    "
)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, min_size=1, max_size=40), rtl=st.booleans())
def test_mixed_text_orders_as_python_bidi_does(text: str, rtl: bool) -> None:
    assert _visual(text, rtl) == _oracle(text, rtl)


def test_a_paragraph_direction_comes_from_its_first_strong_letter() -> None:
    assert bidi.first_strong("12. ما هي ديانتك؟") == "rtl"
    assert bidi.first_strong("GP: طبيبك العام") == "ltr"
    assert bidi.first_strong("12, 13.") is None
    assert bidi.has_rtl_letters("Why we ask: لماذا")
    assert not bidi.has_rtl_letters("V-7KQ2-MX4P 12")


def test_numbers_and_latin_inside_arabic_read_left_to_right() -> None:
    text = "المرجع V-7KQ2-MX4P والعمر 42 سنة"
    visual = _visual(text, rtl=True)
    assert "V-7KQ2-MX4P" in visual
    assert "42" in visual
    assert visual.index("42") < visual.index("V-7KQ2-MX4P"), "later words sit further left"


def test_reorder_reverses_runs_from_the_highest_level_down() -> None:
    assert bidi.reorder([0, 0, 1, 1, 0]) == [0, 1, 3, 2, 4]
    assert bidi.reorder([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert bidi.reorder([2, 2]) == [0, 1]
    assert bidi.reorder([]) == []


def test_a_space_ending_a_line_goes_back_to_the_paragraph_level() -> None:
    text = "abc ابت ثجح"
    levels = bidi.levels(text, rtl=False)
    space = text.index(" ثجح")
    assert levels[space] == 1, "between two Arabic words a space is right to left"
    line = bidi.line_levels(text, levels, 0, space + 1, rtl=False)
    assert line[-1] == 0, "at the end of a line it takes the paragraph's level (rule L1)"


def test_every_right_to_left_character_is_caught_by_the_quick_check() -> None:
    """Text outside the quick check's ranges is printed without the algorithm, so no
    character of type R, AL or AN may lie outside them."""
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(code)) in ("R", "AL", "AN")
        and not bidi.may_need_bidi(chr(code))
    ]
    assert missed == []


@pytest.mark.parametrize("char", ["\u202b", "\u202e", "\u2067", "\u200f"])
def test_explicit_controls_do_not_break_the_layout(char: str) -> None:
    text = f"abc {char}ابت def"
    assert len(bidi.levels(text, rtl=False)) == len(text)
    assert sorted(bidi.reorder(bidi.levels(text, rtl=False))) == list(range(len(text)))
