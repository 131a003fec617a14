"""The real window starts and closes on a real X server (offscreen hides missing xcb libraries)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


@pytest.fixture
def xvfb_display():
    """Start Xvfb on a free display number; skip cleanly when Xvfb is not installed or cannot start."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed")
    for number in range(91, 120):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        process = subprocess.Popen([binary, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and process.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if process.poll() is None and Path(f"/tmp/.X11-unix/X{number}").exists():
            try:
                yield f":{number}"
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
            return
        process.kill()
    pytest.skip("Xvfb could not start")


def test_reviewer_gui_opens_and_closes_under_xvfb(xvfb_display, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display,
           "REVIEWER_DATA_DIR": str(tmp_path / "data"), "REVIEWER_LANG": "fr"}
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "gui", "--vault", str(tmp_path / "vault"), "--quit-after", "2"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert not (tmp_path / "vault" / "vault.sqlite3").exists()  # nothing created without the reviewer's consent
