"""PlainText lays out exactly as a reportlab Paragraph would, only faster; right-to-left
and Arabic-script text is laid out by the shaper, within the same width."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from intake.paper import layout
from intake.paper.fonts import paper_font
from intake.paper.shaping import ARABIC_SCALE, is_arabic_script, needs_shaping
from intake.paper.text import PlainText

_WORDS = st.lists(
    st.text(alphabet=st.characters(categories=("L", "N", "P")), min_size=1, max_size=14),
    min_size=1,
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=_WORDS, width=st.floats(min_value=120, max_value=520))
def test_plain_text_takes_the_same_height_as_a_paragraph(text: str, width: float) -> None:
    assume(not needs_shaping(text))
    styles = layout.styles()
    for style in (styles.body, styles.question, styles.choice, styles.secondary):
        ours = PlainText(text, style).wrap(width, 10_000)[1]
        theirs = Paragraph(escape(text), style).wrap(width, 10_000)[1]
        assert ours == theirs


def test_short_text_is_drawn_directly_and_long_text_wraps() -> None:
    style = layout.styles().body
    short = PlainText("Tick one box.", style)
    assert short.wrap(400, 1000) == (400, style.leading)
    long = PlainText("word " * 200, style)
    assert long.wrap(400, 1000)[1] > 5 * style.leading
    assert long.getPlainText() == ("word " * 200).strip()


_RTL_WORDS = st.lists(
    st.text(
        alphabet=st.sampled_from("ابتثجحخدذرزسشصلمنهوي ےہکگ0123456789.،؟()GPab-"),
        min_size=1,
        max_size=14,
    ),
    min_size=1,
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=_RTL_WORDS, width=st.floats(min_value=120, max_value=520), rtl=st.booleans())
def test_shaped_text_fits_its_width_and_loses_nothing(text: str, width: float, rtl: bool) -> None:
    style = layout.styles(rtl=rtl).body
    flowable = PlainText(text, style, rtl=rtl)
    assume(needs_shaping(flowable.text))
    height = flowable.wrap(width, 10_000)[1]
    lines = flowable.shaped_lines(width)
    scale = ARABIC_SCALE if any(map(is_arabic_script, flowable.text)) else 1.0
    assert height == pytest.approx(len(lines) * style.leading * scale)
    drawn = []
    for line in lines:
        assert line.width <= width + 0.01 or sum(len(run.codes) for run in line.runs) <= 2
        for run in line.runs:
            stands_for = paper_font(run.font)._texts
            drawn += [stands_for.get(ord(code), code) for code in run.codes]
    assert Counter("".join(drawn).replace(" ", "")) == Counter(flowable.text.replace(" ", ""))
