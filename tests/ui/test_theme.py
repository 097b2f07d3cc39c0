"""Every text/background pair in every theme meets WCAG AA contrast (4.5:1)."""

from __future__ import annotations

import pytest

from intake.ui.theme import PALETTES, contrast_ratio, relative_luminance


def test_luminance_and_contrast_match_wcag_reference_values() -> None:
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_pair_meets_aa(name: str) -> None:
    palette = PALETTES[name]
    for what, fg, bg in palette.pairs():
        ratio = contrast_ratio(fg, bg)
        assert ratio >= 4.5, f"{name}: {what} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_focus_rings_and_control_edges_stand_out(name: str) -> None:
    palette = PALETTES[name]
    # WCAG 2.2 non-text contrast (1.4.11): 3:1 for focus rings, field borders, scroll bars.
    for colour in (palette.focus, palette.border):
        assert contrast_ratio(colour, palette.window) >= 3.0
        assert contrast_ratio(colour, palette.surface) >= 3.0
