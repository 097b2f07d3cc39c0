"""`intake returns`: templates listed, an export through a real pipe with
`--password-stdin`, and every problem as one plain sentence, never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from intake.app import Workspace
from intake.cli import main
from intake.forms import Pack
from tests.app.conftest import PASSWORD, FakeClock
from tests.app.test_reporting import Built, build, core  # noqa: F401 (fixture)

INTAKE = [sys.executable, "-c", "import sys; from intake.cli import main; sys.exit(main())"]


@pytest.fixture
def closed(workspace: Workspace, clock: FakeClock, core: Pack) -> Built:  # noqa: F811
    return build(workspace, clock, core)


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def _export(folder: Path, out: Path, user: str, period: str = "2026-Q1") -> list[str]:
    return [
        "returns",
        "export",
        "--template",
        "pcc-quarterly",
        "--period",
        period,
        "-o",
        str(out),
        "--workspace",
        str(folder),
        "--user",
        user,
        "--password-stdin",
    ]


def test_templates_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["returns", "templates"]) == 0
    out = capsys.readouterr().out
    assert "pcc-quarterly" in out
    assert "quarter" in out


def test_export_through_a_real_pipe(closed: Built, tmp_path: Path) -> None:
    out = tmp_path / "return"
    done = subprocess.run(
        [*INTAKE, *_export(closed.workspace.folder, out, "mia")],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"pcc-quarterly_2026-Q1.{x}" for x in ("csv", "json", "pdf", "xlsx")]
    assert "pcc-quarterly_2026-Q1.pdf" in done.stdout
    assert "[c]" in done.stdout  # says what the symbol means
    assert PASSWORD not in done.stdout + done.stderr
    for ref in closed.references:
        assert ref not in done.stdout


@pytest.mark.parametrize(
    ("user", "period", "says"),
    [
        ("casey", "2026-Q1", "Your role does not allow this"),
        ("mia", "2026-Q5", "is not a period"),
        ("mia", "2026", "counted by quarter"),
    ],
)
def test_plain_problems(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    user: str,
    period: str,
    says: str,
) -> None:
    out = tmp_path / "return"
    code = _run(monkeypatch, _export(closed.workspace.folder, out, user, period), PASSWORD + "\n")
    err = capsys.readouterr().err
    assert code == 2
    assert says in err
    assert "Traceback" not in err
    assert not out.exists()


def test_unknown_template_is_named_before_the_password(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = _export(closed.workspace.folder, tmp_path / "r", "mia")
    argv[argv.index("pcc-quarterly")] = "pcc-monthly"
    assert _run(monkeypatch, argv, "") == 2  # no password given: it is not asked for
    err = capsys.readouterr().err
    assert "no return template called 'pcc-monthly'" in err
    assert "pcc-quarterly" in err


def test_output_that_is_a_file(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "a-file"
    target.write_text("not a folder", encoding="utf-8")
    assert _run(monkeypatch, _export(closed.workspace.folder, target, "mia"), PASSWORD + "\n") == 2
    assert "give a folder" in capsys.readouterr().err


def test_templates_list_their_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["returns", "templates"]) == 0
    out = capsys.readouterr().out
    assert "languages: en, ar (العربية, draft), cy (Cymraeg, draft), pl (Polski, draft)" in out
    assert "ur (اردو, draft)" in out
    assert "printed in English" not in out  # every shipped language is complete


def test_keys_are_printed_with_their_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["returns", "keys", "--template", "pcc-quarterly"]) == 0
    out = capsys.readouterr().out
    assert "template.title: Quarterly return to the Police and Crime Commissioner" in out
    assert "table.ethnicity.by.labels.white: White" in out
    assert "category.prefer_not_to_say: Prefer not to say" in out
    assert main(["returns", "keys", "--template", "pcc-quarterly", "--missing", "cy"]) == 0
    assert "Every label of 'pcc-quarterly' has a 'cy' translation." in capsys.readouterr().out


def _in(language: str, argv: list[str]) -> list[str]:
    return [*argv, "--language", language]


def test_export_in_welsh(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "return"
    argv = _in("cy", _export(closed.workspace.folder, out, "mia"))
    assert _run(monkeypatch, argv, PASSWORD + "\n") == 0
    said = capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"pcc-quarterly_2026-Q1_cy.{x}" for x in ("csv", "json", "pdf", "xlsx")]
    assert "Labels are in Cymraeg (Welsh), a draft translation not yet reviewed" in said
    assert "PDF summary is in English" not in said
    header = (out / "pcc-quarterly_2026-Q1_cy.csv").read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("templed,fersiwn,cyfnod,tabl,")
    for ref in closed.references:
        assert ref not in said


def test_export_in_arabic_says_the_pdf_is_in_english(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "return"
    argv = _in("ar", _export(closed.workspace.folder, out, "mia"))
    assert _run(monkeypatch, argv, PASSWORD + "\n") == 0
    said = capsys.readouterr().out
    assert "The PDF summary is in English: it cannot print Arabic yet." in said
    assert (out / "pcc-quarterly_2026-Q1_ar.json").exists()


def test_an_unknown_language_is_named_before_the_password(
    closed: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = _in("de", _export(closed.workspace.folder, tmp_path / "r", "mia"))
    assert _run(monkeypatch, argv, "") == 2  # no password given: it is not asked for
    err = capsys.readouterr().err
    assert "has no labels in 'de'" in err
    assert "en, ar, cy, pl, ur" in err
    assert not (tmp_path / "r").exists()
