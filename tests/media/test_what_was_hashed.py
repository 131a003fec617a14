"""The hashes describe the bytes that were decoded: the path is read once and never again."""

from __future__ import annotations

import hashlib
import shutil

import numpy as np

from reviewer.media import decode_image, ingest, pdq_of
import reviewer.media.describe as ingest_module


def test_file_swapped_right_after_the_read_does_not_change_the_description(samples_dir, tmp_path, monkeypatch):
    original = (samples_dir / "rocket.jpg").read_bytes()
    other = (samples_dir / "chelsea.png").read_bytes()
    path = tmp_path / "evidence.jpg"
    path.write_bytes(original)
    real_describe = ingest_module.ingest_bytes

    def swap_then_describe(data, name, *args, **options):
        # The real read is done; someone replaces the file on disk before anything is decoded.
        path.write_bytes(other)
        return real_describe(data, name, *args, **options)

    monkeypatch.setattr(ingest_module, "ingest_bytes", swap_then_describe)
    media = ingest(path)
    assert path.read_bytes() == other  # the swap happened
    assert media.sha256 == hashlib.sha256(original).hexdigest()
    assert media.format == "jpeg" and (media.width, media.height) == (640, 427)
    # The pixels and the PDQ are those of the hashed bytes, not of what is now on disk.
    expected = decode_image(original)
    assert np.array_equal(media.decode().rgb, expected.rgb)
    assert media.pdq.hex == ingest_module.ingest_bytes(original, "x.jpg").pdq.hex
    assert media.pdq.hex != pdq_of(decode_image(other).rgb).hex


def test_later_decodes_use_the_kept_bytes_even_when_the_file_is_gone(samples_dir, data_dir, tmp_path):
    image_path = tmp_path / "a.png"
    shutil.copy(samples_dir / "coffee.png", image_path)
    video_path = tmp_path / "v.mp4"
    shutil.copy(data_dir / "video" / "test-padded-dimensions.mp4", video_path)
    image, video = ingest(image_path), ingest(video_path, frame_pdq="none")
    image_path.write_bytes(b"replaced")
    video_path.unlink()
    assert image.decode(max_side=60).rgb.shape == (40, 60, 3)
    with video.video() as reader:
        assert reader.frame_at(0).rgb.shape == (reader.height, reader.width, 3)
    assert hashlib.sha256(image.data).hexdigest() == image.sha256
