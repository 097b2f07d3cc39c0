"""Paper dialogs: print or save, personalised packs, filled PDFs, referral files, subject access."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from intake.app import JourneyRecord, PersonRecord, Session
from intake.domain import Source
from intake.forms import LoadedPack
from intake.paper import render_personalised
from intake.ui import paper_dialogs as pd
from intake.ui import theme
from intake.ui.main import load_default_pack

from .conftest import PASSWORD, workspace
from .test_accessibility import clipped, unnamed

Accepted = QDialog.DialogCode.Accepted
Rejected = QDialog.DialogCode.Rejected


@pytest.fixture(scope="module")
def loaded() -> LoadedPack:
    return load_default_pack()


@pytest.fixture
def session(made: Path) -> Iterator[Session]:
    s = workspace(made).unlock("admin", PASSWORD)
    yield s
    s.lock()


@pytest.fixture
def person(session: Session) -> tuple[PersonRecord, JourneyRecord]:
    found = session.people.find("Jordan Example")[0]
    return found, session.people.journeys(found.id)[0]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(pd, "tell", lambda _parent, _title, text: said.append(str(text)))
    return said


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(
        pd.QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _fill(pdf: bytes, values: dict[str, str]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- print or save -----------------------------------------------------------------------


def _pick(monkeypatch: pytest.MonkeyPatch, *choices: str | None) -> None:
    """Make the print-or-save dialog answer with these choices in turn (None: cancel)."""
    queue = list(choices)

    def fake_exec(self: pd.PrintOrSaveDialog) -> QDialog.DialogCode:
        self.choice = queue.pop(0)
        return Rejected if self.choice is None else Accepted

    monkeypatch.setattr(pd.PrintOrSaveDialog, "exec", fake_exec)


class FakePrintDialog:
    def __init__(self, printer: object, _parent: object) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:  # noqa: N802 (Qt API)
        pass

    def exec(self) -> QDialog.DialogCode:
        return Accepted


def test_save_writes_the_pdf_where_chosen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _pick(monkeypatch, pd.SAVED)
    target = tmp_path / "out"
    monkeypatch.setattr(
        pd.QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    assert pd.print_or_save(None, b"%PDF-1.4 test", "Referral") == pd.SAVED
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 test"


def test_print_hands_the_exact_pdf_to_the_print_service(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {tmp_path}/printed\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(pd, "QPrintDialog", FakePrintDialog)
    _pick(monkeypatch, pd.PRINTED)

    assert pd.print_or_save(None, b"%PDF-1.4 the form", "Referral") == pd.PRINTED

    assert (tmp_path / "printed").read_bytes() == b"%PDF-1.4 the form"
    assert (tmp_path / "args").read_text().startswith("-s")


def test_without_a_print_service_it_says_to_save_instead(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, told: list[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pd, "QPrintDialog", FakePrintDialog)
    _pick(monkeypatch, pd.PRINTED, None)
    assert pd.print_or_save(None, b"%PDF", "Referral") is None
    assert "Save the PDF" in told[0]


# --- personalised packs and subject access -----------------------------------------------


def test_a_personalised_pack_carries_the_reference_and_leaves_out_what_is_known(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
) -> None:
    def fake_exec(self: pd.PackDialog) -> QDialog.DialogCode:
        self.fillable.setChecked(True)
        return Accepted

    monkeypatch.setattr(pd.PackDialog, "exec", fake_exec)
    made: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(
        pd, "print_or_save", lambda _p, pdf, title, **kw: made.append((pdf, title, kw["note"]))
    )
    pd.personalised_pack(None, session, loaded, *person)

    pdf, title, note = made[0]
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert fields["intake-header"]["/V"] == f"INTAKE1|core|1.0|referral|{person[0].reference}"
    assert title == loaded.pack.stage("referral").title
    assert "left out" in note


def test_subject_access_makes_a_pdf_of_everything_held(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
) -> None:
    made: list[bytes] = []
    monkeypatch.setattr(pd, "print_or_save", lambda _p, pdf, _t, **_kw: made.append(pdf))
    pd.save_subject_access(None, session, loaded, person[0])
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made[0])).pages)
    assert "Jordan Example" in text
    assert person[0].reference in text


# --- filled PDFs -------------------------------------------------------------------------


def _filled(tmp_path: Path, loaded: LoadedPack, reference: str) -> Path:
    blank = render_personalised(loaded, "referral", reference=reference, known=set(), fillable=True)
    path = tmp_path / "filled.pdf"
    path.write_bytes(_fill(blank, {"q-interpreter_needed-c-yes": "/Yes"}))
    return path


def test_a_filled_pdf_is_previewed_then_recorded(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    told: list[str],
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
) -> None:
    _choose_file(monkeypatch, _filled(tmp_path, loaded, person[0].reference))
    seen: list[pd.FilledPreviewDialog] = []

    def fake_exec(self: pd.FilledPreviewDialog) -> QDialog.DialogCode:
        seen.append(self)
        assert session.interviews.known_answers(person[1].id) == {}, "nothing saved yet"
        return Accepted

    monkeypatch.setattr(pd.FilledPreviewDialog, "exec", fake_exec)

    done = pd.import_filled_pdf(None, session, loaded)

    assert done is not None
    assert done.answers == 1
    dialog = seen[0]
    assert [row[1:] for row in dialog.rows] == [("Yes", "Will be recorded")]
    assert dialog.rows[0][0].startswith("Would you like an interpreter")
    assert dialog.record_button.isEnabled()
    assert told == ["Recorded 1 answers and 0 check-ins."]
    known = session.interviews.known_answers(person[1].id)
    assert known["interpreter_needed"].source is Source.FILLABLE_PDF


def test_a_form_for_someone_unknown_records_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
) -> None:
    _choose_file(monkeypatch, _filled(tmp_path, loaded, "V-0000-0000"))
    seen: list[pd.FilledPreviewDialog] = []

    def fake_exec(self: pd.FilledPreviewDialog) -> QDialog.DialogCode:
        seen.append(self)
        return Accepted

    monkeypatch.setattr(pd.FilledPreviewDialog, "exec", fake_exec)
    assert pd.import_filled_pdf(None, session, loaded) is None
    assert not seen[0].record_button.isEnabled()
    words = [label.text() for label in seen[0].findChildren(QLabel)]
    assert any("No one in this workspace" in text for text in words)
    assert session.interviews.known_answers(person[1].id) == {}


def test_a_file_that_is_not_a_form_gets_a_plain_explanation(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    told: list[str],
    session: Session,
    loaded: LoadedPack,
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"this is not a pdf at all")
    _choose_file(monkeypatch, bad)
    assert pd.import_filled_pdf(None, session, loaded) is None
    assert told == ["This file is not a PDF, or it is damaged and cannot be read."]


# --- referral files ----------------------------------------------------------------------

MAPPING = """\
pack: core
person:
  name: Name
  date_of_birth: DOB
columns:
  Interpreter:
    question: interpreter_needed
    values: {Y: "yes", N: "no"}
"""


def _referral_dialog(
    qtbot: QtBot, session: Session, loaded: LoadedPack, tmp_path: Path, rows: str
) -> pd.ReferralImportDialog:
    (tmp_path / "m.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_text("Name,DOB,Interpreter\n" + rows, encoding="utf-8")
    dialog = pd.ReferralImportDialog(session, loaded)
    qtbot.addWidget(dialog)
    dialog.csv_edit.setText(str(tmp_path / "r.csv"))
    dialog.mapping_edit.setText(str(tmp_path / "m.yaml"))
    dialog.show()
    return dialog


def test_rows_that_do_not_fit_are_listed_and_nothing_can_be_imported(
    qtbot: QtBot, session: Session, loaded: LoadedPack, tmp_path: Path
) -> None:
    dialog = _referral_dialog(
        qtbot, session, loaded, tmp_path, "Sam Carter,02/03/1975,Y\nAl Bright,31/02/1975,Maybe\n"
    )
    dialog.check_button.click()
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert dialog.problems.isVisible()
    assert any(line.startswith("Row 3, column 'DOB'") for line in lines)
    assert not dialog.import_button.isEnabled()
    assert "nothing can be imported" in dialog.summary.text()
    assert session.people.find("Sam Carter") == []


def test_a_file_where_every_row_fits_is_imported_with_progress(
    qtbot: QtBot, session: Session, loaded: LoadedPack, tmp_path: Path
) -> None:
    dialog = _referral_dialog(
        qtbot, session, loaded, tmp_path, "Sam Carter,02/03/1975,Y\nJordan Example,17/05/1990,N\n"
    )
    dialog.check_button.click()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 2 referrals"

    dialog.import_button.click()

    assert dialog.result() == Accepted
    done = dialog.result_
    assert done is not None
    assert (done.people_created, done.people_matched, done.answers_recorded) == (1, 1, 2)
    sam = session.people.find("Sam Carter")[0]
    journey = session.people.journeys(sam.id)[0]
    known = session.interviews.known_answers(journey.id)
    assert known["interpreter_needed"].source is Source.REFERRAL
    assert "1 new people and 1 already known" in pd.import_summary(done)


def test_changing_a_file_after_checking_asks_for_a_new_check(
    qtbot: QtBot, session: Session, loaded: LoadedPack, tmp_path: Path
) -> None:
    dialog = _referral_dialog(qtbot, session, loaded, tmp_path, "Sam Carter,02/03/1975,Y\n")
    dialog.check_button.click()
    assert dialog.import_button.isEnabled()
    dialog.csv_edit.setText(str(tmp_path / "other.csv"))
    assert not dialog.import_button.isEnabled()


# --- accessibility -----------------------------------------------------------------------


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_dialog_is_named_and_unclipped(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    session: Session,
    loaded: LoadedPack,
    person: tuple[PersonRecord, JourneyRecord],
    scale: float,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, theme.Look(scale=scale))
    try:
        service = pd.PaperService(session)
        data = _filled(tmp_path, loaded, person[0].reference).read_bytes()
        broken = _fill(
            data, {"q-contact_methods-c-phone": "/Yes", "q-preferred_language-pnts": "/Yes"}
        )
        preview = service.preview_filled_pdf(broken, loaded.pack)
        referrals = _referral_dialog(
            qtbot, session, loaded, tmp_path, "Al Bright,31/02/1975,Maybe\n"
        )
        referrals.check_button.click()
        dialogs: list[QDialog] = [
            pd.PrintOrSaveDialog("Referral and first contact", "It shows the reference."),
            pd.PackDialog(loaded, reference=person[0].reference, stage="referral"),
            pd.PackDialog(loaded),
            pd.FilledPreviewDialog(preview),
            referrals,
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            if isinstance(dialog, pd.FilledPreviewDialog | pd.ReferralImportDialog):
                dialog.resize(900, 600)  # the small dialogs are checked as they open
            qtbot.wait(20)
            assert unnamed(dialog) == [], type(dialog).__name__
            assert clipped(dialog) == [], type(dialog).__name__
    finally:
        theme.apply(app, theme.Look())


def test_a_mapping_that_does_not_fit_the_pack_is_explained(
    qtbot: QtBot, session: Session, loaded: LoadedPack, tmp_path: Path
) -> None:
    dialog = _referral_dialog(qtbot, session, loaded, tmp_path, "Sam Carter,02/03/1975,Y\n")
    (tmp_path / "m.yaml").write_text(
        MAPPING.replace("interpreter_needed", "shoe_size"), encoding="utf-8"
    )
    dialog.check_button.click()
    assert "The referral mapping file has a problem" in dialog.summary.text()
    assert "shoe_size" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
