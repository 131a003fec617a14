"""Forensic maps carry no detail inside sensitive regions: the same padded footprint and blur as the
redacted derivative, scaled from the image's size to the map's."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from reviewer.redact import EXPORT_SETTINGS, Box, InvalidImage, footprint, padded_box, redact_heatmap, redacted_derivative


def _detail(grey: np.ndarray) -> float:
    return float(cv2.Laplacian(np.asarray(grey, np.float64), cv2.CV_64F).var())


def stripes(height: int, width: int) -> np.ndarray:
    """A float map in [0, 1] full of fine stripes (the kind of detail a face leaves in a noise map)."""
    values = np.zeros((height, width), np.float32)
    values[::3, :] = 1.0
    return values


def test_a_region_of_the_map_loses_its_detail_and_the_rest_is_untouched():
    values = stripes(200, 300)
    box = Box(100, 60, 180, 140)
    out = redact_heatmap(values, [box])
    inner = padded_box(box)
    assert out.dtype == np.float32 and out.shape == values.shape
    assert _detail(out[inner.y0:inner.y1, inner.x0:inner.x1]) < _detail(values[inner.y0:inner.y1, inner.x0:inner.x1]) / 100
    outside = np.ones(values.shape, bool)
    f = footprint(box)
    outside[f.y0:f.y1, f.x0:f.x1] = False
    assert np.array_equal(out[outside], values[outside])


def test_regions_are_scaled_from_the_full_image_to_the_map():
    values = stripes(256, 256)  # a map computed at half the size of a 512 x 512 image
    out = redact_heatmap(values, [Box(0, 0, 256, 256)], full_size=(512, 512))
    assert _detail(out[10:120, 10:120]) < _detail(values[10:120, 10:120]) / 100
    assert np.array_equal(out[200:, 200:], values[200:, 200:])


def test_a_revealed_region_keeps_its_map():
    values = stripes(200, 300)
    regions = [Box(20, 20, 80, 80), Box(180, 100, 260, 180)]
    out = redact_heatmap(values, regions, revealed={1})
    assert np.array_equal(out[110:170, 190:250], values[110:170, 190:250])
    assert _detail(out[25:75, 25:75]) < _detail(values[25:75, 25:75]) / 100


def test_grey_levels_are_blurred_exactly_as_the_exported_image():
    grey = (stripes(160, 160) * 255).astype(np.uint8)
    box = Box(30, 40, 110, 120)
    out = redact_heatmap(grey, [box])
    as_image = redacted_derivative(cv2.cvtColor(grey, cv2.COLOR_GRAY2RGB), [box], settings=EXPORT_SETTINGS)
    assert out.dtype == np.uint8
    assert np.array_equal(out, as_image[..., 0])


@pytest.mark.parametrize("bad", [np.zeros((4, 4, 3), np.uint8), np.zeros((0, 5), np.float32), [[0.5]]])
def test_a_map_that_is_not_two_dimensional_is_a_typed_error(bad):
    with pytest.raises(InvalidImage):
        redact_heatmap(bad, [Box(0, 0, 2, 2)])
