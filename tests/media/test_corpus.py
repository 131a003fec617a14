"""`reviewer inspect` over a corpus of real third-party files, judged against exiftool and ImageMagick.

The expected values in tests/data/corpus/expected.json were recorded once by record_expected.py beside
them (exiftool's type and provenance fields, ImageMagick's upright rendering and the reference PDQ of its
pixels); this test needs neither tool. Every file is read by one `reviewer inspect` run, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.media import hamming

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))

# Files ImageMagick renders must be described; files it cannot render must be refused with a typed error,
# except those listed here, which the reviewer reads (and why), and except REFUSED, refused with this code.
REFUSED = {
    "pillow-heif/200MP.heic": "media.too_large",  # 12240 x 16320, over the default pixel limit
    "pillow-heif/corrupted.heic": "media.corrupt",
    "pillow/libtiff_segfault.tif": "media.corrupt",
    "c2pa-rs/tiff_poc.tiff": "media.corrupt",  # no ImageLength tag: a C2PA proof of concept, not a picture
    "exiftool/QuickTime.heic": "media.corrupt",  # metadata only, no coded picture
    # Valid, with channel masks Pillow does not handle; OpenCV reads it with wrong colours. Said as such.
    "bmpsuite/g-rgb32bf.bmp": "media.unsupported_compression",
}
NOT_RENDERED_BY_IMAGEMAGICK = {
    "pillow/star.avifs": "an animated AVIF: ImageMagick 6 reads no AVIF sequence; the first frame is shown",
    "pillow-heif/truncated.heic": "the main picture is whole, the second one is cut off; libheif decodes the "
                                  "first as pillow-heif's own tests expect, ImageMagick gives up on the file",
    "pngsuite/xcsn0g01.png": "a wrong IDAT checksum: Pillow, like browsers, shows the pixels, which decode",
    "pillow/tiff_tiled_cmyk_jpeg.tif": "ImageMagick 6 cannot read scanlines from this tiled CMYK JPEG TIFF",
}
# Files whose pixels ImageMagick renders wrongly: no PDQ comparison with its rendering.
IMAGEMAGICK_WRONG = {
    # ImageMagick leaves the YCbCr of this old-style JPEG-in-TIFF unconverted (a green picture); the
    # reviewer's pixels equal Pillow's reference rendering (Tests/images/old-style-jpeg-compression.png).
    "pillow/old-style-jpeg-compression.tif",
}


def _either_way(name: str) -> bool:
    """bmpsuite's "bad" (b-) and "questionable" (q-) files: decoders may read or refuse them; only a crash,
    a hang or an untyped error is wrong. The "good" (g-) ones must be read."""
    return name.startswith(("bmpsuite/b-", "bmpsuite/q-"))


def _pdq_comparable(name: str) -> bool:
    """ImageMagick applies a PNG's gAMA chunk (PngSuite's gamma 1.0 test files) and the reviewer, like
    Pillow and most viewers without colour management, shows the stored values: their PDQs differ."""
    return (EXPECTED[name]["exiftool"].get("Gamma") in (None, 2.2) and not _either_way(name)
            and name not in IMAGEMAGICK_WRONG)
# exiftool's name for BigTIFF; the reviewer uses the registered type, which covers both TIFF variants.
MIME_ALIASES = {"image/x-tiff-big": "image/tiff"}
# An AVIF image sequence (brand avis) is an MP4 to exiftool; the reviewer shows it as browsers do, as an
# animated picture whose first frame is hashed.
TYPE_DIFFERS = {"pillow/star.avifs": "image/avif"}

# One picture in many formats, compressions and orientations: every member must match the first.
SAME_PICTURE = {
    # hopper_g4.tif is hopper reduced to black and white pixels: another picture for PDQ (34 bits away).
    "hopper": [k for k in EXPECTED if k.startswith("pillow/hopper") and k != "pillow/hopper_g4.tif"],
    "g4 fax page": [k for k in EXPECTED if k.startswith("pillow/g4_orientation_")],
    "avif rotations and mirrors": [k for k in EXPECTED if k.startswith("pillow/rot")],
    "rocket": ["made-here/rocket-iphone-orientation6.heic", "made-here/rocket-orientation6.avif"],
}


@pytest.fixture(scope="module")
def inspected() -> dict[str, dict]:
    files = [str(CORPUS / name) for name in EXPECTED]
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "inspect", "--frames", "none", *files], capture_output=True, text=True,
        timeout=600, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 1, done.stderr[-2000:]  # 1: some files are refused, none crashed the run
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(files)
    return {Path(line["file"]).relative_to(CORPUS).as_posix(): line for line in lines}


def test_the_corpus_is_real_and_small():
    assert len(EXPECTED) >= 300
    total = sum((CORPUS / name).stat().st_size for name in EXPECTED)
    assert total < 8 * 1024**2
    for folder in {name.split("/")[0] for name in EXPECTED}:
        assert any(p.name.startswith("LICENSE") for p in (CORPUS / folder).iterdir()), folder


def _must_be_refused(name: str) -> bool:
    return name in REFUSED or ("error" in EXPECTED[name]["imagemagick"] and name not in NOT_RENDERED_BY_IMAGEMAGICK)


def _described(inspected: dict[str, dict]) -> dict[str, dict]:
    return {name: line for name, line in inspected.items() if "error" not in line}


def test_every_file_is_described_or_refused_as_expected(inspected):
    for name, line in inspected.items():
        if "error" in line:
            assert line["error"].startswith("media."), (name, line)
            text = line["message"] + line.get("detail", "")
            assert " at 0x" not in text and "<_io" not in text, (name, text)
        if _either_way(name):
            continue
        if _must_be_refused(name):
            assert "error" in line and line["error"] == REFUSED.get(name, line["error"]), (name, line)
        else:
            assert "error" not in line, (name, line)


def test_type_is_the_one_exiftool_names(inspected):
    for name, line in _described(inspected).items():
        assert line["kind"] == "image", name
        mime = EXPECTED[name]["exiftool"]["MIMEType"]
        assert line["mime"] == TYPE_DIFFERS.get(name, MIME_ALIASES.get(mime, mime)), name


def test_upright_size_is_the_one_imagemagick_renders(inspected):
    compared = 0
    for name, line in _described(inspected).items():
        rendered = EXPECTED[name]["imagemagick"]
        if "error" not in rendered:
            assert (line["width"], line["height"]) == (rendered["width"], rendered["height"]), name
            compared += 1
    assert compared >= 250


def test_pdq_is_within_16_bits_of_the_reference_pdq_of_imagemagicks_rendering(inspected):
    compared = 0
    for name, line in _described(inspected).items():
        rendered = EXPECTED[name]["imagemagick"]
        if "error" in rendered or rendered["pdq_quality"] < 50 or not _pdq_comparable(name):
            continue
        assert hamming(line["pdq"]["hex"], rendered["pdq"]) <= 16, name
        compared += 1
    assert compared >= 90


@pytest.mark.parametrize("group", sorted(SAME_PICTURE))
def test_pdq_is_stable_across_formats_and_orientations(inspected, group):
    names = SAME_PICTURE[group]
    assert len(names) >= 2
    first = inspected[names[0]]["pdq"]["hex"]
    for name in names[1:]:
        assert hamming(inspected[name]["pdq"]["hex"], first) <= 16, (group, name)


def test_c2pa_is_found_exactly_where_exiftool_finds_a_manifest_store(inspected):
    found = 0
    for name, line in _described(inspected).items():
        has_store = EXPECTED[name]["exiftool"].get("JUMDLabel") == "c2pa"
        c2pa = line["metadata"]["c2pa"]
        if name.endswith("_with_url.png"):
            assert c2pa["present"] is None and c2pa["remote_url"].endswith(".c2pa"), name
        elif has_store:
            # Judged as the C2PA reference SDK judges it (tampered and badly signed files are Invalid).
            assert c2pa["present"] is True, name
            assert c2pa["validation_state"] == EXPECTED[name]["c2pa_python"]["validation_state"], name
            found += 1
        else:
            assert c2pa["present"] is False, name
    assert found >= 4
