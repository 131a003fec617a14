"""Property: for any image, boxes and settings, pixels outside every box's footprint are exactly the
grayscale conversion (or the original in colour), and the output has the input's shape."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.redact import Box, SafeViewSettings, footprint, padded_box, render_safe

coordinate = st.integers(min_value=-120, max_value=220)
boxes = st.builds(Box, coordinate, coordinate, coordinate, coordinate)
safe_settings = st.builds(
    SafeViewSettings,
    blur_method=st.sampled_from(["gaussian", "pixelate"]),
    blur_strength=st.floats(min_value=0.5, max_value=3.0, allow_nan=False),
    grayscale=st.booleans(),
)


@st.composite
def images(draw):
    height = draw(st.integers(1, 160))
    width = draw(st.integers(1, 160))
    seed = draw(st.integers(0, 2**32 - 1))
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


def expected_view(rgb: np.ndarray, grayscale: bool) -> np.ndarray:
    import cv2

    return cv2.cvtColor(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB) if grayscale else rgb


def mask_outside(shape, regions) -> np.ndarray:
    mask = np.ones(shape, bool)
    for box in regions:
        f = footprint(box)
        mask[max(f.y0, 0):max(f.y1, 0), max(f.x0, 0):max(f.x1, 0)] = False
    return mask


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(images(), st.lists(boxes, max_size=5), safe_settings, st.sets(st.integers(0, 5), max_size=3))
def test_pixels_outside_all_footprints_are_unchanged(rgb, regions, view, revealed):
    before = rgb.copy()
    out = render_safe(rgb, regions, analysed=True, settings=view, revealed=revealed)
    assert out.shape == rgb.shape and out.dtype == np.uint8
    assert np.array_equal(rgb, before)
    mask = mask_outside(rgb.shape[:2], regions)
    assert np.array_equal(out[mask], expected_view(rgb, view.grayscale)[mask])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(images(), st.lists(boxes, min_size=1, max_size=4), safe_settings)
def test_hidden_regions_replace_every_padded_box_with_something_smoother(rgb, regions, view):
    """Inside the padded boxes of hidden regions the output varies far less than the original noise."""
    out = render_safe(rgb, regions, analysed=True, settings=view).astype(np.int32)
    reference = expected_view(rgb, view.grayscale).astype(np.int32)
    height, width = rgb.shape[:2]
    inside = np.zeros((height, width), bool)
    for box in regions:
        p = padded_box(box)
        inside[max(p.y0, 0):max(p.y1, 0), max(p.x0, 0):max(p.x1, 0)] = True
    if inside.sum() < 64:
        return  # too few pixels for a meaningful spread
    # Pixel-to-pixel jumps (horizontal neighbours both inside) are small after blurring, large in noise.
    both = inside[:, 1:] & inside[:, :-1]
    if both.sum() < 32:
        return
    jump_out = np.abs(np.diff(out[..., 0], axis=1))[both].mean()
    jump_in = np.abs(np.diff(reference[..., 0], axis=1))[both].mean()
    assert jump_out < 0.35 * jump_in
