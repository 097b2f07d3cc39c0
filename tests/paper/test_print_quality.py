"""Clear print: type sizes in the produced PDFs, the bundled font, no alarming colours."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from intake.paper import PaperOptions, layout, render_pack, render_personalised
from intake.paper.fonts import FONT_DIR
from tests.paper.support import font_sizes, inline_pack


def test_the_layout_never_goes_below_twelve_point() -> None:
    assert layout.MIN_FONT_SIZE >= 12
    assert min(layout.ALL_SIZES) >= layout.MIN_FONT_SIZE
    assert layout.LEADING >= 1.3


@pytest.mark.parametrize(
    "options",
    [
        PaperOptions(),
        PaperOptions(fillable=True),
        PaperOptions(for_caseworker=True),
        PaperOptions(language="ar", fillable=True),
    ],
    ids=["paper", "fillable", "caseworker", "arabic"],
)
def test_every_font_size_on_every_page_is_at_least_twelve_point(options: PaperOptions) -> None:
    sizes = font_sizes(render_pack(inline_pack(), options))
    assert sizes, "no text found: the size check would prove nothing"
    assert min(sizes) >= 12, sorted(sizes)


def test_the_size_check_can_see_small_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "SMALL_SIZE", 9.0)
    pdf = render_personalised(inline_pack(), "one", reference="V-7KQ2-MX4P", known=set())
    assert 9.0 in font_sizes(pdf)


def _embedded(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    return {str(f.get_object()["/BaseFont"]) for f in fonts.values()}


def test_the_fonts_are_bundled_with_their_licences_and_embedded() -> None:
    for name in (
        "DejaVuSans",
        "DejaVuSans-Bold",
        "NotoNaskhArabic-Regular",
        "NotoNaskhArabic-Bold",
    ):
        size = (FONT_DIR / f"{name}.ttf").stat().st_size
        assert 100_000 < size < 1_000_000, (name, size)
    licence = (FONT_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream" in licence
    assert "Permission is hereby granted" in licence
    assert "NotoNaskhArabic-Regular.ttf, NotoNaskhArabic-Bold.ttf: the SIL Open Font" in licence
    ofl = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "Copyright 2019-2020 Google LLC" in ofl
    assert "SIL OPEN FONT LICENSE" in ofl
    assert "Version 1.1" in ofl
    assert "Reserved Font Name" in ofl
    names = _embedded(render_pack(inline_pack()))
    assert any("DejaVu" in n for n in names), names
    names = _embedded(render_pack(inline_pack(), PaperOptions(language="ar")))
    assert any("NotoNaskhArabic" in n for n in names), names


_COLOUR = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_only_black_and_greys_are_used(language: str) -> None:
    reader = PdfReader(io.BytesIO(render_pack(inline_pack(), PaperOptions(language=language))))
    for page in reader.pages:
        data = page.get_contents().get_data()  # type: ignore[union-attr]
        for r, g, b, _ in _COLOUR.findall(data):
            assert r == g == b, f"a coloured fill or stroke: {r} {g} {b}"


def test_fonts_folder_holds_only_what_is_used() -> None:
    files = sorted(p.name for p in FONT_DIR.iterdir())
    assert files == [
        "DejaVuSans-Bold.ttf",
        "DejaVuSans.ttf",
        "LICENSE",
        "NotoNaskhArabic-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf",
        "OFL.txt",
    ]
