"""`intake paper import` and `intake referrals import`: sign in, record, print counts only."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from intake.app import KdfParams, Workspace
from intake.cli import main
from intake.domain import Source
from intake.paper import render_personalised
from tests.paper.support import ROOT, load_or_skip

PASSWORD = "kettle river orange march"


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, str]:
    """A workspace with one person in an open journey; returns (folder, reference)."""
    folder = tmp_path / "ws"
    new = Workspace(folder, kdf=KdfParams.for_tests()).create(
        "Safe Harbour", "admin", "A", PASSWORD
    )
    person = new.session.people.create("Jordan", "Example", date(1990, 5, 17))
    new.session.people.open_journey(person.id, pack_id="core")
    new.session.lock()
    return folder, person.reference


def _signed_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return ["--workspace", str(folder), "--user", "admin", "--password-stdin"]


def test_paper_import_records_a_filled_form(
    workspace: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, reference = workspace
    loaded = load_or_skip(ROOT / "forms" / "core")
    blank = render_personalised(loaded, "referral", reference=reference, known=set(), fillable=True)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    writer.update_page_form_field_values(
        None, {"q-interpreter_needed-c-yes": "/Yes"}, auto_regenerate=False
    )
    filled = tmp_path / "filled.pdf"
    with filled.open("wb") as fh:
        writer.write(fh)

    code = main(["paper", "import", str(filled), *_signed_in(folder, monkeypatch)])

    out = capsys.readouterr().out
    assert code == 0, out
    assert "Recorded 1 answer(s) and 0 check-in(s)" in out
    assert reference not in out
    session = Workspace(folder, kdf=KdfParams.for_tests()).unlock("admin", PASSWORD)
    try:
        person = session.people.find(reference)[0]
        journey = session.people.journeys(person.id)[0]
        known = session.interviews.known_answers(journey.id)
        assert known["interpreter_needed"].source is Source.FILLABLE_PDF
    finally:
        session.lock()


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


def test_referrals_import_adds_every_row(
    workspace: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _reference = workspace
    (tmp_path / "m.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_text(
        "Name,DOB,Interpreter\nSam Carter,02/03/1975,Y\nJordan Example,17/05/1990,N\n",
        encoding="utf-8",
    )
    argv = ["referrals", "import", str(tmp_path / "r.csv"), "--mapping", str(tmp_path / "m.yaml")]

    code = main([*argv, *_signed_in(folder, monkeypatch)])

    out = capsys.readouterr().out
    assert code == 0, out
    assert "Imported 2 referral(s): 1 new person(s), 1 already known, 2 answer(s)." in out
    assert "Sam" not in out
    assert "Jordan" not in out


def test_referrals_import_with_a_bad_row_imports_nothing(
    workspace: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _reference = workspace
    (tmp_path / "m.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_text(
        "Name,DOB,Interpreter\nSam Carter,02/03/1975,Y\nAl Bright,02/03/1975,Maybe\n",
        encoding="utf-8",
    )
    argv = ["referrals", "import", str(tmp_path / "r.csv"), "--mapping", str(tmp_path / "m.yaml")]

    code = main([*argv, *_signed_in(folder, monkeypatch)])

    assert code == 1
    assert "Row 3" in capsys.readouterr().out
    session = Workspace(folder, kdf=KdfParams.for_tests()).unlock("admin", PASSWORD)
    try:
        assert session.people.find("Sam Carter") == []
    finally:
        session.lock()


def test_paper_import_of_a_stranger_records_nothing(
    workspace: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _reference = workspace
    loaded = load_or_skip(ROOT / "forms" / "core")
    blank = render_personalised(
        loaded, "referral", reference="V-0000-0000", known=set(), fillable=True
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    writer.update_page_form_field_values(
        None, {"q-interpreter_needed-c-yes": "/Yes"}, auto_regenerate=False
    )
    filled = tmp_path / "stranger.pdf"
    with filled.open("wb") as fh:
        writer.write(fh)

    code = main(["paper", "import", str(filled), *_signed_in(folder, monkeypatch)])

    assert code == 1
    assert "No one in this workspace has the reference" in capsys.readouterr().out
