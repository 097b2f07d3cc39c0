"""`intake paper print|read|referrals`: files written, plain errors, no tracebacks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from intake.cli import main
from intake.paper import render_personalised
from tests.paper.support import ROOT, load_or_skip, pdf_text

PACKS = ROOT / "tests" / "packs"
EXAMPLE = PACKS / "example"


def _run(*argv: str) -> int:
    return main(["paper", *argv, "--forms", str(PACKS)])


def test_print_writes_one_stage(tmp_path: Path) -> None:
    out = tmp_path / "first.pdf"
    assert (
        _run("print", "--pack", "example", "--stage", "first", "--lang", "cy", "-o", str(out)) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "example 1.2 · first" in pdf_text(out.read_bytes())


def test_print_all_stages_fillable_with_a_reference(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    code = _run(
        "print",
        "--pack",
        "example",
        "--all-stages",
        "--fillable",
        "--reference",
        "V-1",
        "-o",
        str(out),
    )
    assert code == 0
    fields = PdfReader(io.BytesIO(out.read_bytes())).get_fields() or {}
    assert fields["intake-header"]["/V"] == "INTAKE1|example|1.2|*|V-1"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--pack", "nope", "--stage", "first"), "there is no pack 'nope'"),
        (("--pack", "example", "--stage", "nope"), "no stage called 'nope'"),
        (("--pack", "example", "--stage", "first", "--lang", "xx"), "no 'xx' version"),
        (("--pack", "example", "--stage", "first", "--reference", "A B"), "A reference may use"),
    ],
)
def test_print_mistakes_are_plain_sentences(
    argv: tuple[str, ...], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert _run("print", *argv, "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert not out.exists(), "nothing is written on a mistake"


def test_print_to_an_unwritable_place_is_a_plain_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = _run("print", "--pack", "example", "--stage", "first", "-o", "/nonexistent/dir/x.pdf")
    assert code == 2
    assert "cannot write" in capsys.readouterr().err


def test_read_reports_counts_not_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loaded = load_or_skip(EXAMPLE)
    pdf = tmp_path / "filled.pdf"
    pdf.write_bytes(
        render_personalised(loaded, "first", reference="V-9", known=set(), fillable=True)
    )
    assert _run("read", str(pdf)) == 0
    assert "Pack example 1.2, first, reference V-9." in capsys.readouterr().out
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    assert _run("read", str(junk)) == 2
    assert "not a PDF" in capsys.readouterr().err


def test_referrals_checks_a_file_without_printing_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text("person: {name: Name}\ncolumns: {Faith: {question: faith_matters}}\n")
    good = tmp_path / "good.csv"
    good.write_text("Name,Faith\nAlex Example,Yes\n")
    assert _run("referrals", str(good), "--mapping", str(mapping), "--pack", "example") == 0
    out = capsys.readouterr().out
    assert "1 referral(s) read, 1 answer(s)." in out
    assert "Alex" not in out
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Faith\nAlex Example,Perhaps\n")
    assert _run("referrals", str(bad), "--mapping", str(mapping), "--pack", "example") == 1
    out = capsys.readouterr().out
    assert "Row 2, column 'Faith', question 'faith_matters'" in out
    assert "Nothing can be imported" in out
