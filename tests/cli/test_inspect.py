"""`reviewer inspect FILE...`: one JSON object per file per line; exit 0 only when every file was read."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def inspect(*args: str) -> tuple[int, list[dict]]:
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def test_all_files_read_gives_status_0_and_one_line_each(samples_dir, data_dir):
    video = data_dir / "video" / "test-padded-dimensions.mp4"
    status, lines = inspect("inspect", str(samples_dir / "rocket.jpg"), str(video))
    assert status == 0 and len(lines) == 2
    photo, clip = lines
    assert photo["file"] == str(samples_dir / "rocket.jpg")
    assert photo["sha256"] == hashlib.sha256((samples_dir / "rocket.jpg").read_bytes()).hexdigest()
    assert (photo["format"], photo["width"], photo["height"]) == ("jpeg", 640, 427)
    assert len(photo["pdq"]["hex"]) == 64 and photo["pdq"]["usable"] is True
    assert photo["signals"] and all(s["meaning"] and s["limits"] for s in photo["signals"])
    assert "c2pa" in photo["metadata"]
    assert clip["kind"] == "video" and clip["duration_s"] == 5.0 and len(clip["frame_pdqs"]) == 5


def test_one_bad_file_gives_status_1_and_its_error(samples_dir, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes((samples_dir / "rocket.jpg").read_bytes()[:3000])
    status, lines = inspect("inspect", str(samples_dir / "chelsea.png"), str(broken), str(tmp_path / "gone.png"))
    assert status == 1 and len(lines) == 3
    assert "sha256" in lines[0]
    assert lines[1]["error"] == "media.corrupt" and lines[1]["message"]
    assert lines[2]["error"] == "media.unreadable"


def test_messages_and_signal_texts_follow_the_language(samples_dir, tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    status, lines = inspect("--lang", "fr", "inspect", str(empty), str(samples_dir / "rocket.jpg"))
    assert status == 1
    assert lines[0]["message"].startswith("Ce fichier est endommagé")
    assert "ne prouve rien" in next(s for s in lines[1]["signals"] if s["id"] == "metadata.none")["limits"]


def test_every_frame_option(data_dir):
    status, lines = inspect("inspect", "--frames", "every", str(data_dir / "video" / "test-padded-dimensions.mp4"))
    assert status == 0 and len(lines[0]["frame_pdqs"]) == lines[0]["frame_count"] == 150
