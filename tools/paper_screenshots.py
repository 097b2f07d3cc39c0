"""Take the pictures in docs/paper-guide.md from a throwaway workspace of made-up people.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/paper_screenshots.py
    .venv/bin/python tools/paper_screenshots.py --printed     # printed pages only

Screens (transcription, checking a filled PDF, importing referrals, making a pack) are
grabbed offscreen; printed pages are rendered with pdftoppm (poppler-utils). Every name
and answer here is invented.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from intake.app import KdfParams, Workspace
from intake.app.paper_service import PaperService
from intake.domain import Answer, AnswerStatus, Source
from intake.paper import PaperOptions, render_pack, render_personalised, render_stage
from intake.ui import theme
from intake.ui.main import load_default_pack
from intake.ui.paper_dialogs import (
    FilledPreviewDialog,
    PackDialog,
    PrintOrSaveDialog,
    ReferralImportDialog,
)
from intake.ui.transcription import TranscriptionDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "images"
TODAY = date(2026, 11, 1)
MAPPING = """\
pack: core
person:
  name: Full name
  date_of_birth: Date of birth
  referral_date: Referred on
declined: [Declined]
columns:
  Interpreter:
    question: interpreter_needed
    values: {Y: "yes", N: "no"}
  How referred:
    question: referral_source
"""
REFERRALS = """\
Full name,Date of birth,Referred on,Interpreter,How referred
Robin Example,12/04/1988,28/10/2026,Y,Police
Sam Sample,31/02/1979,29/10/2026,N,Police
Alex Placeholder,03/07/1995,30/10/2026,Maybe,Self
"""


def settle(app: QApplication) -> None:
    for _ in range(40):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str, width: int = 900) -> None:
    settle(app)
    pixmap = widget.grab()
    if pixmap.width() > width:
        pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    path = OUT / f"{name}.png"
    pixmap.save(str(path), "PNG")
    _shrink(path)
    print(f"docs/images/{name}.png")


def _shrink(path: Path) -> None:
    """A small palette keeps the pictures sharp and the repository light."""
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=96, dither=Image.Dither.NONE).save(path, optimize=True)


def page(pdf: bytes, number: int, name: str, folder: Path, dpi: int = 60) -> None:
    """One page of a PDF as a picture (pdftoppm reads the PDF from a private folder)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm is not installed: page pictures skipped", file=sys.stderr)
        return
    src = folder / f"{name}.pdf"
    src.write_bytes(pdf)
    target = OUT / name
    subprocess.run(
        [
            tool,
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(number),
            "-l",
            str(number),
            "-singlefile",
            str(src),
            str(target),
        ],
        check=True,
    )
    _shrink(target.with_suffix(".png"))
    print(f"docs/images/{name}.png")


def fill(pdf: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> int:
    if "--printed" in sys.argv[1:]:
        folder = Path(tempfile.mkdtemp(prefix="intake-paper-pages-"))
        try:
            pages(load_default_pack(), folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return 0
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look())
    loaded = load_default_pack()
    folder = Path(tempfile.mkdtemp(prefix="intake-paper-shots-"))
    try:
        ws = Workspace(folder / "ws", kdf=KdfParams.for_tests())
        session = ws.create("Safe Harbour", "admin", "Alex Admin", "kettle river orange").session
        try:
            person = session.people.create("Jordan", "Example", date(1990, 5, 17))
            journey = session.people.open_journey(person.id, stage="about_you", pack_id="core")
            session.interviews.record_answer(
                journey.id,
                Answer(
                    "date_of_birth",
                    "1990-05-17",
                    AnswerStatus.ANSWERED,
                    Source.ASSISTED,
                    "about_you",
                ),
                loaded.pack,
            )
            for question, value, source, stage in (
                ("interpreter_needed", "no", Source.REFERRAL, "referral"),
                ("crime_type", "burglary", Source.ASSISTED, "assessment"),
                ("religion", None, Source.PAPER, "about_you"),
            ):
                status = AnswerStatus.PREFER_NOT_TO_SAY if value is None else AnswerStatus.ANSWERED
                session.interviews.record_answer(
                    journey.id, Answer(question, value, status, source, stage), loaded.pack
                )
            session.interviews.add_note(journey.id, "Prefers a call in the morning.")
            shots(app, session, loaded, person, journey, folder)
        finally:
            session.lock()
        pages(loaded, folder)
        settle(app)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def shots(app, session, loaded, person, journey, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # Transcription, partly typed in, at 100% and 200%.
    for scale, name in ((1.0, "paper-transcription"), (2.0, "paper-transcription-200")):
        theme.apply(app, theme.Look(scale=scale))
        dialog = TranscriptionDialog(
            session, loaded, person, journey, today=TODAY, stage="about_you"
        )
        dialog.resize(1000, 760)
        dialog.show()
        settle(app)
        rows = {r.item.item_id: r for r in dialog.rows}
        if rows["ethnicity"].combo is not None:
            rows["ethnicity"].combo.setCurrentIndex(3)
        rows["marriage_civil_partnership"].decline.setChecked(True)
        if rows["disability"].combo is not None:
            rows["disability"].combo.setCurrentIndex(2)
        rows["age_band"].controls[0].setFocus()
        save(app, dialog, name)
        dialog.close()
        dialog.deleteLater()
    theme.apply(app, theme.Look())

    # Making a personalised pack, and printing or saving it.
    pack_dialog = PackDialog(loaded, reference=person.reference, stage="referral")
    pack_dialog.show()
    save(app, pack_dialog, "paper-pack-dialog")
    pack_dialog.close()
    pack_dialog.deleteLater()
    choose = PrintOrSaveDialog(
        "Referral and first contact", "1 question already answered is left out."
    )
    choose.show()
    save(app, choose, "paper-print-or-save")
    choose.close()
    choose.deleteLater()

    # A filled PDF checked before recording: one answer replaces, one cannot be read.
    service = PaperService(session)
    blank = render_personalised(
        loaded, "referral", reference=person.reference, known=set(), fillable=True
    )
    filled = fill(
        blank,
        {
            "q-consent_support-c-yes": "/Yes",
            "q-contact_methods-c-phone": "/Yes",
            "q-contact_methods-c-letter": "/Yes",
            "q-contact_messages_ok-c-no": "/Yes",
            "q-interpreter_needed-c-yes": "/Yes",
            "q-interpreter_needed-c-no": "/Yes",
            "q-preferred_language-pnts": "/Yes",
            "ci-checkin_referral-c-4": "/Yes",
        },
    )
    preview = service.preview_filled_pdf(filled, loaded.pack)
    check = FilledPreviewDialog(preview)
    check.resize(900, 640)
    check.show()
    save(app, check, "paper-import-preview")
    check.close()
    check.deleteLater()

    # A referral file with two rows that do not fit.
    (folder / "referrer.yaml").write_text(MAPPING, encoding="utf-8")
    (folder / "referrals.csv").write_text(REFERRALS, encoding="utf-8")
    referrals = ReferralImportDialog(session, loaded)
    referrals.csv_edit.setText("referrals-october.csv")
    referrals.mapping_edit.setText("referrer.yaml")
    referrals.resize(900, 600)
    referrals.show()
    # Check the real files, then show friendly names in the boxes.
    referrals.csv_edit.blockSignals(True)
    referrals.mapping_edit.blockSignals(True)
    referrals.csv_edit.setText(str(folder / "referrals.csv"))
    referrals.mapping_edit.setText(str(folder / "referrer.yaml"))
    referrals.check()
    referrals.csv_edit.setText("referrals-october.csv")
    referrals.mapping_edit.setText("referrer.yaml")
    save(app, referrals, "paper-referrals")
    referrals.close()
    referrals.deleteLater()

    # The subject access PDF's first page.
    sar = service.subject_access_pdf(person.id, loaded.pack)
    page(sar, 1, "paper-subject-access", folder)


def pages(loaded, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The printed pages shown at the top of the guide."""
    reference = "V-7KQ2-MX4P"
    page(
        render_personalised(loaded, "referral", reference=reference, known=set()),
        1,
        "paper-first-page",
        folder,
    )
    page(render_stage(loaded, "about_you"), 4, "paper-questions", folder)
    page(render_stage(loaded, "assessment", PaperOptions()), 10, "paper-scales", folder)
    page(
        render_personalised(loaded, "referral", reference=reference, known=set(), fillable=True),
        2,
        "paper-fillable",
        folder,
    )
    # Right-to-left packs: the first page of questions, a little sharper for the joined
    # letters.
    for language, name in (("ar", "paper-arabic"), ("ur", "paper-urdu")):
        pdf = render_pack(loaded, PaperOptions(language=language))
        page(pdf, first_questions_page(loaded, pdf, language), name, folder, dpi=80)


def first_questions_page(loaded, pdf: bytes, language: str) -> int:  # type: ignore[no-untyped-def]
    """The page where the first stage's questions start (after the first page's words)."""
    title = loaded.localised(language).stages[0].title
    for number, sheet in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        if title in (sheet.extract_text() or ""):
            return number
    raise SystemExit(f"no page starts the first stage in {language}")


if __name__ == "__main__":
    sys.exit(main())
