"""The real application in a real window under Xvfb (xcb, not offscreen), screenshotted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from intake.app import KdfParams, Workspace

HERE = Path(__file__).resolve().parent


@pytest.fixture
def display(tmp_path: Path):  # type: ignore[no-untyped-def]
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed; .ci/run should install the xvfb package")
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    number = 90 + os.getpid() % 50
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.xvfb
@pytest.mark.slow
def test_the_real_window_opens_is_painted_and_quits_cleanly(display: str, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    new = Workspace(folder, kdf=KdfParams.for_tests()).create(
        "Safe Harbour", "admin", "Alex Admin", "kettle river orange march"
    )
    new.session.lock()
    shot = tmp_path / "screen.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(HERE / "xvfb_smoke.py"), str(folder), str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "title=Intake" in result.stdout
    assert "visible=True" in result.stdout
    assert "Traceback" not in result.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 800)
    colours = image.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 20, "the screen is blank"
    # the calm window background is on screen
    assert any(rgb == (0xF7, 0xF5, 0xF0) for _n, rgb in colours)
    out = os.environ.get("INTAKE_SCREENSHOT_DIR")
    if out:
        shutil.copy(shot, Path(out) / "xvfb-unlock.png")
