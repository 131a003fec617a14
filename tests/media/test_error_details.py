"""Error details in words, never a Python repr: what `reviewer inspect` prints for files that cannot be read."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from reviewer.errors import ReviewerError
from reviewer.media import CorruptFile, MediaError

ROOT = Path(__file__).resolve().parents[2]
REPR = re.compile(r"<[^<>]*object at 0x|0x[0-9a-f]{6,}|BytesIO")


def inspect(*args: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_files_pillow_cannot_identify_are_described_without_internals(data_dir):
    # Real files Pillow refuses with "cannot identify image file <_io.BytesIO object at 0x...>".
    corpus = data_dir / "corpus"
    files = [corpus / "pillow" / "libtiff_segfault.tif", corpus / "pillow-heif" / "corrupted.heic",
             corpus / "c2pa-rs" / "tiff_poc.tiff"]
    first, second = inspect("inspect", *map(str, files)), inspect("inspect", *map(str, files))
    assert first == second  # a repr's address would change between runs
    for line in first:
        assert line["error"] == "media.corrupt"
        assert line["message"] == "This file is damaged or incomplete, so it cannot be shown. Nothing was changed."
        assert not REPR.search(line["detail"]), line["detail"]
    assert first[0]["detail"] == "tiff: the TIFF decoder does not recognise the data"
    french = inspect("--lang", "fr", "inspect", str(files[1]))[0]
    assert french["message"].startswith("Ce fichier est endommagé") and not REPR.search(french["detail"])


def test_no_error_of_ours_keeps_an_object_repr_in_its_detail():
    try:
        Image.open(__import__("io").BytesIO(b"not a picture at all"))
    except UnidentifiedImageError as error:
        raw = str(error)
    assert "object at 0x" in raw  # what Pillow says
    for error in (CorruptFile(f"png: {raw}"), MediaError(raw), ReviewerError(f"scan: {raw}")):
        assert "object at" not in error.detail and "cannot identify image file" in error.detail
        assert "object at" not in json.dumps(error.to_json())
