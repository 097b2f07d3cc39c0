"""Paper speed: rendering the whole default pack to PDF. Target: 0.5 s or less.

Baseline, measured in the same run: a plain reportlab document with the same number of
pages of simple paragraphs, the cost of reportlab itself before any of our boxes, fields
or fonts. Each figure is the median of several runs after one warm-up (font loading).
The Arabic pack is measured too: its text is shaped and reordered line by line, so it
takes longer; it has no target of its own.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from bench._table import Row
from intake.forms import FormError, LoadedPack, load_pack
from intake.paper import PaperOptions, render_pack
from intake.paths import default_forms_dir

TARGET_SECONDS = 0.5
EXAMPLE = Path(__file__).resolve().parent.parent / "tests" / "packs" / "example"


def _default_pack() -> tuple[str, LoadedPack]:
    try:
        return "core", load_pack(default_forms_dir() / "core")
    except FormError:
        return "example", load_pack(EXAMPLE)


def _median(work: Callable[[], bytes], runs: int) -> tuple[float, bytes]:
    result = work()  # warm-up: fonts, imports
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _plain(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    text = "A plain paragraph of simple text, as a baseline for page layout. " * 6
    story = []
    for n in range(pages):
        story += [Paragraph(f"Page {n + 1}", styles["Heading1"])]
        story += [Paragraph(text, styles["BodyText"]) for _ in range(8)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def run(quick: bool) -> list[Row]:
    runs = 3 if quick else 10
    name, loaded = _default_pack()
    seconds, pdf = _median(lambda: render_pack(loaded), runs)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    fillable, _ = _median(lambda: render_pack(loaded, PaperOptions(fillable=True)), runs)
    plain_s, plain_pdf = _median(lambda: _plain(pages), runs)
    assert len(PdfReader(io.BytesIO(plain_pdf)).pages) == pages
    rows = []
    if "ar" in loaded.languages:
        arabic, arabic_pdf = _median(lambda: render_pack(loaded, PaperOptions(language="ar")), runs)
        arabic_pages = len(PdfReader(io.BytesIO(arabic_pdf)).pages)
        rows.append(
            Row(
                "paper",
                f"render whole {name} pack in Arabic ({arabic_pages} pages)",
                arabic,
                "s",
                baseline=plain_s,
            )
        )
    return [
        Row(
            "paper",
            f"render whole {name} pack ({pages} pages)",
            seconds,
            "s",
            baseline=plain_s,
            target=f"<= {TARGET_SECONDS} s",
            ok=seconds <= TARGET_SECONDS,
        ),
        Row("paper", "pages per second", pages / seconds, "pages/s", baseline=pages / plain_s),
        Row(
            "paper",
            f"render whole {name} pack, fillable",
            fillable,
            "s",
            baseline=plain_s,
        ),
        *rows,
    ]
