"""The packaged app (PyInstaller, one folder) builds and passes its own self-test.

Slow (about two minutes on two cores): it runs PyInstaller on packaging/intake.spec into
a temporary folder, so a developer's own dist/ is never replaced, then runs the frozen
`intake --self-test` and one command-line subcommand on the offscreen Qt platform.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "intake.spec"
BUILD_SECONDS_BUDGET = 6 * 60

pytestmark = [pytest.mark.slow, pytest.mark.timeout(20 * 60)]


def _ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"],
        check=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _ensure_pyinstaller()
    out = tmp_path_factory.mktemp("package")
    started = time.perf_counter()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS_BUDGET * 2,
    )
    seconds = time.perf_counter() - started
    assert build.returncode == 0, build.stderr[-4000:]
    app = out / "dist" / "intake" / ("intake.exe" if os.name == "nt" else "intake")
    assert app.is_file()
    files = [f for f in app.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    print(f"\nPyInstaller build: {seconds:.0f} s, bundle {size / 2**20:.0f} MiB")
    return app


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("TMPDIR", "TEMP", "TMP"):
        env[var] = str(tmp_path)
    env["HOME"] = str(tmp_path / "home")  # nothing may be written to the real home
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
    return env


def test_the_frozen_app_passes_its_self_test_and_leaves_nothing(
    frozen_app: Path, tmp_path: Path
) -> None:
    run = subprocess.run(
        [str(frozen_app), "--self-test"],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "All checks passed" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_frozen_command_line_finds_its_subcommands_and_the_forms(
    frozen_app: Path, tmp_path: Path
) -> None:
    """Subcommands are found with pkgutil at run time, which a frozen build can lose."""
    run = subprocess.run(
        [str(frozen_app), "forms", "check"],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No errors in" in run.stdout


def test_the_bundle_carries_the_data_translations_and_qt_plugins_the_app_needs(
    frozen_app: Path,
) -> None:
    internal = frozen_app.parent / "_internal"
    for wanted in (
        "forms/core/pack.yaml",
        "forms/returns",
        "intake/paper/fonts/DejaVuSans.ttf",
        "intake/paper/fonts/LICENSE",
        "intake/paper/fonts/NotoNaskhArabic-Regular.ttf",
        "intake/paper/words/cy.yaml",
        "intake/paper/words/ur.yaml",
        "intake/ui/icons/tick.svg",
    ):
        assert (internal / wanted).exists(), wanted
    for ts in sorted((ROOT / "translations").glob("intake_*.ts")):
        qm = internal / "translations" / (ts.stem + ".qm")
        assert qm.is_file(), f"{ts.name} was not compiled"
        assert qm.stat().st_size > 0, f"{qm.name} is empty"
    assert not list((internal / "translations").glob("*.ts")), "sources need not ship"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform.startswith("linux"):
        for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so"):
            assert (plugins / plugin).is_file(), plugin
    assert not (internal / "pytest").exists()
    assert not (internal / "hypothesis").exists()
