"""ingest / ingest_bytes: hashes of the exact bytes, type from content, an immutable description."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil

import pytest

from reviewer.media import Media, ingest, ingest_bytes


def test_hashes_size_and_type_of_a_sample(samples_dir):
    path = samples_dir / "rocket.jpg"
    data = path.read_bytes()
    media = ingest(path)
    assert isinstance(media, Media)
    assert media.sha256 == hashlib.sha256(data).hexdigest()
    assert media.sha1 == hashlib.sha1(data).hexdigest()
    assert media.md5 == hashlib.md5(data).hexdigest()
    assert media.size == len(data) and media.data == data
    assert (media.kind, media.format, media.mime) == ("image", "jpeg", "image/jpeg")
    assert (media.width, media.height, media.frame_count) == (640, 427, 1)
    assert media.extension_note is None
    assert media.name == "rocket.jpg"


def test_media_is_immutable_and_repr_hides_bytes(samples_dir):
    media = ingest(samples_dir / "chelsea.png")
    with pytest.raises(dataclasses.FrozenInstanceError):
        media.sha256 = "0"  # type: ignore[misc]
    assert " data=" not in repr(media) and "\\x" not in repr(media)


def test_to_json_is_deterministic_and_has_no_bytes(samples_dir):
    a = ingest(samples_dir / "astronaut.png").to_json()
    b = ingest(samples_dir / "astronaut.png").to_json()
    assert json.dumps(a) == json.dumps(b)
    assert "data" not in a
    assert list(a)[:4] == ["name", "size", "sha256", "sha1"]


def test_misnamed_jpeg_is_recognised_and_noted(samples_dir, tmp_path):
    renamed = tmp_path / "holiday.png"
    shutil.copy(samples_dir / "rocket.jpg", renamed)
    media = ingest(renamed)
    assert media.format == "jpeg"
    assert media.extension_note and ".png" in media.extension_note and "JPEG" in media.extension_note
    assert any(s.id == "file.extension_mismatch" for s in media.signals)


def test_decode_returns_the_pixels_of_the_hashed_bytes(samples_dir):
    media = ingest(samples_dir / "coffee.png")
    full = media.decode()
    assert full.rgb.shape == (400, 600, 3)
    small = media.decode(max_side=150)
    assert small.rgb.shape == (100, 150, 3)


def test_ingest_bytes_equals_ingest(samples_dir):
    path = samples_dir / "chelsea.png"
    assert ingest_bytes(path.read_bytes(), "chelsea.png").to_json() == ingest(path).to_json()


def test_video_is_described(data_dir):
    media = ingest(data_dir / "video" / "test-padded-dimensions.mp4")
    assert (media.kind, media.format) == ("video", "mp4")
    assert media.frame_count > 0 and media.fps and media.duration_s
    assert media.pdq is not None
    # One PDQ per second by default.
    assert len(media.frame_pdqs) == pytest.approx(media.duration_s, abs=1)
