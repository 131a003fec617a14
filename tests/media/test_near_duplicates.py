"""Copies of one picture group together; different pictures do not (real photos, real re-encodes)."""

from __future__ import annotations

import cv2
import numpy as np

from reviewer.media import ingest
from reviewer.media.near_duplicates import Hashes, group_near_duplicates, pdq_distances, videos_match
from reviewer.media.pdq import hamming


def hashes(media, key: str) -> Hashes:
    pdq = (media.pdq.hex, media.pdq.quality) if media.pdq else None
    frames = tuple((f.pdq.hex, f.pdq.quality) for f in media.frame_pdqs)
    return Hashes(key, media.sha256, media.kind, pdq, frames)


def write(path, bgr, ext_params=()):
    ok, data = cv2.imencode(path.suffix, bgr, list(ext_params))
    assert ok
    path.write_bytes(data.tobytes())
    return path


def test_a_png_re_encode_a_resized_jpeg_and_an_identical_copy_group_with_the_original(tmp_path, samples_dir):
    original = samples_dir / "rocket.jpg"
    bgr = cv2.imread(str(original))
    png = write(tmp_path / "rocket.png", bgr)
    small = write(tmp_path / "rocket-small.jpg", cv2.resize(bgr, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA),
                  (cv2.IMWRITE_JPEG_QUALITY, 70))
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(original.read_bytes())
    others = [samples_dir / name for name in ("astronaut.png", "chelsea.png", "coffee.png")]
    media = [ingest(p) for p in (original, png, small, copy, *others)]
    groups = group_near_duplicates([hashes(m, m.name) for m in media])

    first = groups[0]
    assert first.representative == "rocket.jpg"
    assert {m.key: m.how for m in first.members} == {"rocket.png": "pdq", "rocket-small.jpg": "pdq",
                                                     "copy.jpg": "same-file"}
    by_key = {m.key: m.distance for m in first.members}
    assert by_key["rocket.png"] == hamming(media[0].pdq.hex, media[1].pdq.hex) <= 31
    # Three different photos stay alone.
    assert [g.keys for g in groups[1:]] == [("astronaut.png",), ("chelsea.png",), ("coffee.png",)]


def test_low_quality_hashes_never_group_even_when_close():
    flat = "0" * 64
    items = [Hashes("a", "1" * 64, "image", (flat, 10)), Hashes("b", "2" * 64, "image", (flat, 10))]
    assert [g.keys for g in group_near_duplicates(items)] == [("a",), ("b",)]


def test_videos_match_by_their_frames_both_ways(data_dir):
    video = ingest(data_dir / "video" / "pattern-sd-grey-bar.mp4", frame_pdq="second")
    other = ingest(data_dir / "video" / "chair-19-sd-bar.mp4", frame_pdq="second")
    frames = tuple((f.pdq.hex, f.pdq.quality) for f in video.frame_pdqs)
    other_frames = tuple((f.pdq.hex, f.pdq.quality) for f in other.frame_pdqs)
    assert videos_match(frames, frames)
    assert not videos_match(frames, other_frames)
    assert not videos_match(frames, frames[: max(1, len(frames) // 2)] + other_frames)


def test_distances_agree_with_the_reference_bit_count():
    rng = np.random.default_rng(7)
    a = [rng.bytes(32).hex() for _ in range(5)]
    b = [rng.bytes(32).hex() for _ in range(700)]  # more than one block of rows
    d = pdq_distances(b, a)
    assert all(d[i, j] == hamming(b[i], a[j]) for i in range(0, 700, 37) for j in range(5))
