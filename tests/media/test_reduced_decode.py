"""The reduced decode that ingest makes for PDQ is kept and serves small Media.decode() sizes.

Real JPEG/PNG files made here from the neutral samples; the comparison is always against decoding the
same bytes with decode_image, so a cache that served other pixels, another size or another
orientation would fail.
"""

from __future__ import annotations

import dataclasses
import io

import numpy as np
import pytest
from PIL import Image

from reviewer.media import decode_image, ingest_bytes, pdq_of, hamming
from reviewer.media.describe import PDQ_MIN_SIDE, PDQ_SIDE


def photo_bytes(samples_dir, size: tuple[int, int], *, orientation: int = 1, fmt: str = "JPEG",
                name: str = "astronaut.png") -> bytes:
    with Image.open(samples_dir / name) as source:
        image = source.convert("RGB").resize(size, Image.Resampling.BICUBIC)
    out = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format="JPEG", quality=90, exif=exif.tobytes())
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def mean_abs(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def test_a_12_megapixel_jpeg_is_kept_at_libjpeg_one_eighth(samples_dir):
    data = photo_bytes(samples_dir, (4000, 3000))
    media = ingest_bytes(data, "big.jpg")
    kept = media.decode(max_side=500)
    # 1/8 scale keeps 500 px (>= PDQ_MIN_SIDE), so no 1/4 decode and shrink to PDQ_SIDE.
    assert kept.rgb.shape == (375, 500, 3) and PDQ_MIN_SIDE <= 500 < PDQ_SIDE
    assert media.decode(max_side=500) is kept  # served, not decoded again
    assert media.pdq == pdq_of(np.ascontiguousarray(kept.rgb))
    # The 1/8 decode is an 8x8 block average: its PDQ is as close to a full-resolution PDQ as the
    # 512-pixel one (a few bits), far inside the match distance.
    full = decode_image(data).rgb
    assert hamming(media.pdq.hex, pdq_of(full).hex) <= 16


@pytest.mark.parametrize("orientation", range(1, 9))
def test_served_sizes_match_a_decode_of_the_bytes_in_every_exif_orientation(samples_dir, orientation):
    data = photo_bytes(samples_dir, (1600, 1000), orientation=orientation)
    media = ingest_bytes(data, "photo.jpg")
    for max_side in (320, 200, 64, PDQ_SIDE):
        served = media.decode(max_side=max_side)
        direct = decode_image(data, max_side=max_side)
        assert served.rgb.shape == direct.rgb.shape, (orientation, max_side)
        assert served.full_size == direct.full_size == (media.width, media.height)
        assert served.scale == pytest.approx(direct.scale)
        # Same picture the same way up: a rotated or mirrored cache would differ by tens of levels.
        assert mean_abs(served.rgb, direct.rgb) < 3, (orientation, max_side)
    assert (media.width, media.height) == ((1000, 1600) if orientation >= 5 else (1600, 1000))


def test_served_arrays_are_read_only_and_repeatable(samples_dir):
    media = ingest_bytes(photo_bytes(samples_dir, (1600, 1000)), "photo.jpg")
    first = media.decode(max_side=320)
    assert not first.rgb.flags.writeable
    with pytest.raises(ValueError):
        first.rgb[0, 0] = 0
    kept = media.decode(max_side=PDQ_SIDE)
    with pytest.raises(ValueError):
        kept.rgb[...] = 0
    with pytest.raises(ValueError):
        kept.rgb.flags.writeable = True  # the kept pixels cannot be made writable again either
    again = media.decode(max_side=320)
    assert np.array_equal(first.rgb, again.rgb)
    # The kept pixels were not changed by anyone: PDQ of them is still the ingest's PDQ.
    assert pdq_of(np.ascontiguousarray(kept.rgb)) == media.pdq


def test_full_or_larger_sizes_still_decode_the_bytes(samples_dir):
    data = photo_bytes(samples_dir, (1600, 1000))
    media = ingest_bytes(data, "photo.jpg")
    full = media.decode()
    assert full.rgb.shape == (1000, 1600, 3)
    assert np.array_equal(full.rgb, decode_image(data).rgb)
    larger = media.decode(max_side=800)
    assert larger.rgb.shape == (500, 800, 3)
    assert np.array_equal(larger.rgb, decode_image(data, max_side=800).rgb)
    with pytest.raises(ValueError):
        media.decode(max_side=0)


def test_alpha_is_served_with_the_pixels(samples_dir):
    with Image.open(samples_dir / "astronaut.png") as source:
        image = source.convert("RGBA").resize((1024, 1024))
    alpha = np.zeros((1024, 1024), np.uint8)
    alpha[:, 512:] = 255
    image.putalpha(Image.fromarray(alpha))
    out = io.BytesIO()
    image.save(out, format="PNG")
    media = ingest_bytes(out.getvalue(), "alpha.png")
    served = media.decode(max_side=256)
    direct = decode_image(out.getvalue(), max_side=256)
    assert served.alpha is not None and served.alpha.shape == direct.alpha.shape == (256, 256)
    assert not served.alpha.flags.writeable
    assert served.alpha[:, :120].max() == 0 and served.alpha[:, 136:].min() == 255


def test_a_copy_with_other_bytes_does_not_serve_the_kept_pixels(samples_dir):
    media = ingest_bytes(photo_bytes(samples_dir, (1600, 1000)), "photo.jpg")
    other = photo_bytes(samples_dir, (1600, 1000), name="coffee.png")
    changed = dataclasses.replace(media, data=other)
    assert mean_abs(changed.decode(max_side=320).rgb, decode_image(other, max_side=320).rgb) < 3
    assert mean_abs(changed.decode(max_side=320).rgb, media.decode(max_side=320).rgb) > 10
    # The kept decode is not part of what a Media is: equality and repr are unchanged.
    assert media == dataclasses.replace(media)
    assert "reduced" not in repr(media)
