"""Property tests: mutated bytes of real files either decode to a consistent image or raise a MediaError."""

from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from reviewer.media import Limits, MediaError, decode_image, ingest_bytes
from pathlib import Path

# pytest resets warning filters per test; Pillow warns about the malformed tags these examples contain.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL")

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
# Small limits keep every example cheap; they are part of what is being tested.
LIMITS = Limits(max_pixels=4_000_000, decode_timeout_s=20)


def seeds() -> dict[str, bytes]:
    chelsea = Image.open(SAMPLES / "chelsea.png").convert("RGB").resize((120, 80))
    out = {"jpeg": (SAMPLES / "rocket.jpg").read_bytes()}
    for fmt in ("PNG", "GIF", "WEBP", "BMP", "TIFF"):
        buffer = io.BytesIO()
        chelsea.save(buffer, fmt)
        out[fmt.lower()] = buffer.getvalue()
    return out


SEEDS = seeds()

mutation = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 10**9), st.integers(1, 255)), min_size=1, max_size=8)),
    st.tuples(st.just("cut"), st.integers(0, 10**9)),
    st.tuples(st.just("insert"), st.tuples(st.integers(0, 10**9), st.binary(min_size=1, max_size=64))),
)


def mutate(data: bytes, how) -> bytes:
    kind, arg = how
    buf = bytearray(data)
    if kind == "flip":
        for position, xor in arg:
            buf[position % len(buf)] ^= xor
    elif kind == "cut":
        del buf[arg % len(buf):]
    else:
        position, extra = arg
        buf[position % len(buf):position % len(buf)] = extra
    return bytes(buf)


def check_decode(data: bytes) -> None:
    try:
        decoded = decode_image(data, max_side=96, limits=LIMITS)
    except MediaError:
        return
    h, w, c = decoded.rgb.shape
    assert c == 3 and decoded.rgb.dtype == np.uint8 and max(w, h) <= 96
    fw, fh = decoded.full_size
    assert abs(w - fw * decoded.scale) <= 1.5 and abs(h - fh * decoded.scale) <= 1.5
    if decoded.alpha is not None:
        assert decoded.alpha.shape == (h, w)


@pytest.mark.parametrize("fmt", sorted(SEEDS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(how=mutation)
def test_mutated_images_decode_or_raise_a_typed_error(fmt, how):
    check_decode(mutate(SEEDS[fmt], how))


@settings(max_examples=40, deadline=None)
@given(how=mutation)
def test_mutated_files_never_give_a_partial_description(how):
    data = mutate(SEEDS["jpeg"], how)
    try:
        media = ingest_bytes(data, "x.jpg", LIMITS)
    except MediaError:
        return
    assert media.size == len(data) and media.pdq is not None and len(media.pdq.hex) == 64


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=2048))
def test_arbitrary_bytes(data):
    try:
        ingest_bytes(data, "x.bin", LIMITS)
    except MediaError:
        pass


VIDEO = (Path(__file__).resolve().parents[1] / "data" / "video" / "test-padded-dimensions.mp4").read_bytes()


@settings(max_examples=12, deadline=None)
@given(how=mutation)
def test_mutated_video_describes_or_raises_a_typed_error(how):
    data = mutate(VIDEO, how)
    try:
        media = ingest_bytes(data, "clip.mp4", LIMITS)
    except MediaError:
        return
    assert media.kind == "video" and media.frame_count > 0
    assert all(len(f.pdq.hex) == 64 for f in media.frame_pdqs)


def test_a_tall_narrow_image_keeps_both_sides_within_a_pixel_of_its_scale():
    """Found by the property test above: a GIF whose header says 120x592, shown at 19x96. The scale was taken
    from the 19-pixel side (0.158), which put the 96-pixel side 2.3 pixels off; it comes from the longer side."""
    decoded = check_decode_returning(mutate(SEEDS["gif"], ("flip", [(9, 2)])))
    assert decoded.full_size == (120, 592) and decoded.rgb.shape[:2] == (96, 19)
    assert decoded.scale == pytest.approx(96 / 592)


def check_decode_returning(data: bytes):
    check_decode(data)
    return decode_image(data, max_side=96, limits=LIMITS)
