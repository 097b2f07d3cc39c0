"""Personalised packs: known questions left out, the reference and a QR code of the label."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from intake.paper import (
    FormHeader,
    PaperCode,
    PaperError,
    parse_header,
    render_personalised,
    render_stage,
)
from tests.paper.support import (
    disk_packs,
    first_page_png,
    inline_pack,
    load_or_skip,
    needs_pdftoppm,
    needs_qpdf,
    page_texts,
    pdf_text,
    qpdf_check,
)

REFERENCE = "V-7KQ2-MX4P"


def _decode(pdf: bytes, tmp_path: Path) -> list[str]:
    with Image.open(first_page_png(pdf, tmp_path)) as image:
        return [r.text for r in zxingcpp.read_barcodes(image)]


def test_known_questions_are_left_out_and_the_rest_stay() -> None:
    loaded = inline_pack()
    pdf = render_personalised(loaded, "one", reference=REFERENCE, known={"colour", "born"})
    text = pdf_text(pdf)
    assert "Which colour do you like?" not in text
    assert "Date of birth?" not in text
    assert "Which pets?" in text
    assert "1. Which pets?" in text, "numbering starts again from the first printed question"


def test_a_section_with_every_question_known_is_left_out_whole() -> None:
    pdf = render_personalised(
        inline_pack(), "two", reference=REFERENCE, known={"follow", "when_call"}
    )
    assert "Later" not in pdf_text(pdf)


def test_the_reference_is_on_the_first_page_and_every_footer() -> None:
    pages = page_texts(render_personalised(inline_pack(), "one", reference=REFERENCE, known=set()))
    assert f"Your reference: {REFERENCE}" in pages[0]
    assert all(REFERENCE in page for page in pages)


@needs_pdftoppm
def test_the_qr_code_decodes_to_pack_version_stage_and_reference(tmp_path: Path) -> None:
    pdf = render_personalised(inline_pack(), "one", reference=REFERENCE, known={"ok"})
    decoded = _decode(pdf, tmp_path)
    assert decoded == ["INTAKE1|tiny|2.0|one|V-7KQ2-MX4P"]
    assert parse_header(decoded[0]) == FormHeader("tiny", "2.0", "one", REFERENCE)


@needs_pdftoppm
@pytest.mark.parametrize("folder", disk_packs(), ids=lambda p: p.name)
def test_the_qr_code_decodes_for_every_pack_on_disk(folder: Path, tmp_path: Path) -> None:
    loaded = load_or_skip(folder)
    stage = loaded.pack.stages[-1].id
    language = loaded.languages[-1]
    pdf = render_personalised(
        loaded, stage, reference="V-0000-0000", known=set(), language=language
    )
    header = parse_header(_decode(pdf, tmp_path)[0])
    assert header == FormHeader(loaded.pack.id, loaded.pack.version, stage, "V-0000-0000")


@needs_pdftoppm
def test_a_blank_pack_has_no_qr_code_and_no_reference(tmp_path: Path) -> None:
    pdf = render_stage(inline_pack(), "one")
    assert _decode(pdf, tmp_path) == []
    assert "Your reference" not in pdf_text(pdf)


@pytest.mark.parametrize("bad", ["", "V 7KQ2", "V|7KQ2", "x" * 40, "Jane Smith"])
def test_a_reference_that_cannot_travel_in_the_label_is_refused(bad: str) -> None:
    with pytest.raises(PaperError) as error:
        render_personalised(inline_pack(), "one", reference=bad, known=set())
    assert error.value.code is PaperCode.BAD_REFERENCE
    assert bad not in str(error.value) or bad == "", "the refused value is not echoed"


@needs_qpdf
def test_a_personalised_fillable_pack_passes_qpdf(tmp_path: Path) -> None:
    pdf = render_personalised(
        inline_pack(), "one", reference=REFERENCE, known={"note"}, fillable=True, language="pl"
    )
    qpdf_check(pdf, tmp_path)
