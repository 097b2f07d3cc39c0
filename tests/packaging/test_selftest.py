"""`intake --self-test`: passes on a good install, fails in plain words, leaves nothing."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from intake import selftest
from intake.selftest import run_self_test


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, redirected so leftovers can be seen."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _run(**kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = run_self_test(out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


def test_a_good_install_passes_every_check_and_leaves_no_files(temp_root: Path) -> None:
    code, report = _run()
    assert code == 0, report
    assert report.count("  ok  ") == 7
    assert "All checks passed" in report
    assert "FAILED" not in report
    assert list(temp_root.iterdir()) == []


def test_the_answer_is_really_saved_and_read_back(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If saving lost the answer, the read-back check would say so."""
    from intake.app.interviews import Interviews

    monkeypatch.setattr(Interviews, "known_answers", lambda self, journey_id: {})
    code, report = _run()
    assert code == 1
    assert "FAILED  saved answer read back after signing in again" in report
    assert list(temp_root.iterdir()) == []


def test_helpers_that_cannot_start_fail_in_plain_words(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.app import counting

    monkeypatch.setattr(counting._Helpers, "pool", lambda self, helpers: None)
    code, report = _run()
    assert code == 1
    assert (
        "FAILED  a return counted in a helper process: helper processes cannot be started"
        " on this computer; returns will be counted more slowly." in report
    )
    assert "Traceback" not in report
    assert list(temp_root.iterdir()) == []


def test_missing_form_packs_fail_in_plain_words(
    temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "default_forms_dir", lambda: tmp_path / "nowhere")
    code, report = _run()
    assert code == 1
    assert "FAILED  form pack loaded: the form packs are missing" in report
    assert "Traceback" not in report
    assert "send this report" in report
    assert list(temp_root.iterdir()) == []


def test_a_broken_pdf_fails_and_the_workspace_is_still_erased(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "render_stage", lambda *args: b"<html>not a pdf</html>")
    code, report = _run()
    assert code == 1
    assert "FAILED  one PDF page printed with the bundled fonts: the printed form is not a PDF" in (
        report
    )
    assert "ok      temporary files removed" in report
    assert list(temp_root.iterdir()) == []


def test_an_unexpected_error_is_one_line_not_a_traceback(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> bytes:
        raise RuntimeError("fonts could not be read")

    monkeypatch.setattr(selftest, "render_stage", boom)
    code, report = _run()
    assert code == 1
    assert "RuntimeError: fonts could not be read" in report
    assert "Traceback" not in report
    assert list(temp_root.iterdir()) == []


def test_checks_from_the_screens_run_after_the_built_in_ones(temp_root: Path) -> None:
    ran: list[str] = []

    def screens_start() -> None:
        ran.append("screens")
        raise selftest.SelfTestError("the screens could not start (no Qt platform plugin).")

    code, report = _run(extra_checks=[("desktop screens start", screens_start)])
    assert ran == ["screens"]
    assert code == 1
    assert "FAILED  desktop screens start: the screens could not start" in report
    assert list(temp_root.iterdir()) == []


def test_the_self_test_never_looks_for_the_real_workspace(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def real_workspace() -> Path:
        raise AssertionError("the self-test asked where the real workspace is")

    monkeypatch.setattr("intake.app.workspace.default_workspace_dir", real_workspace)
    code, report = _run()
    assert code == 0, report
