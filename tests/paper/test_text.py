"""PlainText lays out exactly as a reportlab Paragraph would, only faster."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from intake.paper import layout
from intake.paper.text import PlainText

_WORDS = st.lists(
    st.text(alphabet=st.characters(categories=("L", "N", "P")), min_size=1, max_size=14),
    min_size=1,
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=_WORDS, width=st.floats(min_value=120, max_value=520))
def test_plain_text_takes_the_same_height_as_a_paragraph(text: str, width: float) -> None:
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
