"""Export redaction rules found by review: what may narrow the blur, keyframes, suspected minors vault-wide."""

from __future__ import annotations

import io
import zipfile

import cv2
import numpy as np
from PIL import Image

PASS = "correct horse battery staple"


def _laplacian_energy(rgb: np.ndarray) -> float:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return float(np.abs(cv2.Laplacian(grey, cv2.CV_64F)).mean())


def _read_png(archive: zipfile.ZipFile, name: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(archive.read(name))).convert("RGB"))


def test_reveal_without_detection_record_keeps_the_whole_image_blurred(tmp_path, samples_dir):
    """A heatmap record and a reveal, but no detection record (a reopened case): the whole image is blurred,
    so the face the detector would find is not exported as it is."""
    from reviewer.detect import RegionDetector
    from reviewer.exhibit import export_case
    from reviewer.media import decode_image, ingest
    from reviewer.vault import Vault

    session = Vault.create(tmp_path / "v", reviewer_name="A", passphrase=PASS)
    case = session.new_case("t")
    media = ingest(samples_dir / "astronaut.png")
    media_id = session.ingest(case, media)
    face = next(r for r in RegionDetector().detect_media(media).regions if r.group == "face")
    session.record_analysis(case, media_id, method={"id": "detect.heatmaps"},
                            summary={"noise": {"name": "n", "params": {}}})
    session.record_reveal(case, media_id, region={"index": 0, "x0": 0, "y0": 0, "x1": 20, "y1": 20}, duration_s=1.0)
    out = tmp_path / "e.zip"
    export_case(session.vault, session, case, out)
    with zipfile.ZipFile(out) as archive:
        red = _read_png(archive, next(n for n in archive.namelist() if n.endswith("redacted.png")))
    original = decode_image(media.data).rgb
    ys, xs = slice(face.y0, face.y1), slice(face.x0, face.x1)
    assert not np.array_equal(red[ys, xs], original[ys, xs])
    # No detail left in the face: its edge energy is a small fraction of the original's.
    assert _laplacian_energy(red[ys, xs]) < 0.1 * _laplacian_energy(original[ys, xs])
    # Nor anywhere else (the reveal box did not turn the whole-image blur off).
    assert _laplacian_energy(red) < 0.1 * _laplacian_energy(original)


def test_video_keyframes_where_nothing_is_detected_are_blurred_whole():
    """The real detector finds nothing on the pattern video: every keyframe is blurred whole, not exported clear."""
    from pathlib import Path

    from reviewer.detect import RegionDetector
    from reviewer.exhibit import derivatives
    from reviewer.media.video import VideoReader

    data = (Path(__file__).resolve().parent.parent / "data" / "video" / "pattern-sd-grey-bar.mp4").read_bytes()
    detector = RegionDetector(threshold=derivatives.EXPORT_THRESHOLD)
    with VideoReader(data) as reader:
        frames = reader.keyframes(derivatives.VIDEO_KEYFRAMES)
    assert all(not detector.detect(f.rgb).regions for f in frames)  # the case under test: nothing found
    made, _ = derivatives.video_derivatives(data, detector)
    assert len(made) == len(frames) > 0
    for item, frame in zip(made, frames):
        out = np.asarray(Image.open(io.BytesIO(item.png)).convert("RGB"))
        assert item.whole_blurred and item.regions == 0
        assert not np.array_equal(out, frame.rgb)
        assert _laplacian_energy(out) < 0.5 * _laplacian_energy(frame.rgb)


def test_video_keyframes_are_detected_at_the_export_threshold_not_the_window_setting():
    """The window's detector follows the reviewer's slider; the export detects at the fixed default instead."""
    from reviewer.detect import RegionDetector
    from reviewer.exhibit import bundle, derivatives

    strict = RegionDetector(threshold=0.9)
    used = bundle._export_detector(strict)
    assert used is not strict and used.threshold == derivatives.EXPORT_THRESHOLD == 0.25
    assert used.entry == strict.entry
    default = RegionDetector()
    assert bundle._export_detector(default) is default


def test_file_labelled_suspected_minor_in_another_case_is_withheld_without_naming_it(tmp_path, samples_dir):
    """The same file in two cases, labelled suspected minor in A: exported from B, even with the originals,
    it has no file at all, and nothing of case A reaches B's bundle."""
    from reviewer.exhibit import export_case
    from reviewer.exhibit.verify_exhibit import SUSPECTED_MINOR
    from reviewer.media import ingest
    from reviewer.vault import Vault

    session = Vault.create(tmp_path / "v", reviewer_name="A", passphrase=PASS)
    case_a = session.new_case("OSPREY-TITLE-7731", notes="osprey case notes 5150")
    case_b = session.new_case("Dossier B")
    media = ingest(samples_dir / "coffee.png")
    in_a = session.ingest(case_a, media)
    in_b = session.ingest(case_b, ingest(samples_dir / "coffee.png"))
    other = session.ingest(case_b, ingest(samples_dir / "rocket.jpg"))
    session.seal_review(case_a, in_a, labels=[SUSPECTED_MINOR], notes="osprey review notes 8812")
    out = tmp_path / "b.zip"
    result = export_case(session.vault, session, case_b, out, include_originals=True, lang="en")
    from tests.exhibit.test_isolation import searchable

    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        blob = b"\n".join(form.lower() for n in names for form in searchable(n, archive.read(n), tmp_path))
    assert not [n for n in names if n.startswith(f"media/{in_b}/")], "no original, no derivative, no heatmap"
    assert any(n.startswith(f"media/{other}/original.") for n in names), "other media are exported as asked"
    assert result.withheld_media == (in_b,)
    for secret in (case_a, in_a, "OSPREY-TITLE-7731", "osprey case notes 5150", "osprey review notes 8812"):
        assert secret.lower().encode() not in blob, secret
    assert media.sha256.encode() in blob  # the file itself is still listed by its hashes
