"""The real window starts and closes on a real X server (offscreen hides missing xcb libraries)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


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
