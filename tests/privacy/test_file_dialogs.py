"""The file dialogs remember nothing on disk about where files came from: after files and a folder are
added through the real window's own dialogs, no QtProject.conf (or any other file of the home folder)
names that folder, and each dialog opened in the home folder, not in the working directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
VICTIM_FOLDER = "Signalement Jeanne Exemple"  # folders are often named after the person


@pytest.mark.slow
def test_adding_files_through_the_dialogs_leaves_no_trace_of_the_folder(tmp_path, samples_dir):
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    folder = tmp_path / "evidence" / VICTIM_FOLDER
    folder.mkdir(parents=True)
    for name in ("rocket.jpg", "coffee.png"):
        shutil.copy(samples_dir / name, folder / name)
    work = tmp_path / "working-directory"
    work.mkdir()
    report = tmp_path / "session.json"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(home / ".local/share"),
           "REVIEWER_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(HERE / "window_session.py"), "--vault", str(tmp_path / "vault"), "--report", str(report),
         "--seconds", "200", "--through-dialogs", str(folder / "rocket.jpg")],
        env=env, cwd=work, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    session = json.loads(report.read_text())
    # Both dialogs were really used: one file, then its folder (the second file, the first again is a duplicate).
    assert session["steps"][-2:] == ["file added through the dialog", "files added"], session
    assert session["records"].count("media.ingested") >= 2
    assert session["dialogs_opened_in"] == [str(home), str(home)]  # the home folder, not the working directory
    # Qt's own settings file is not written at all (Qt would put history= and lastVisited= there).
    assert not (config / "QtProject.conf").exists()
    # Nowhere in the home folder (settings, GTK's recently-used.xbel, caches) is the folder or its parent named.
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Jeanne" not in data and str(tmp_path / "evidence").encode() not in data, path
