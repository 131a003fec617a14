"""Padding, footprints and click hit-testing of region boxes."""

from __future__ import annotations

import pytest

from reviewer.redact import Box, clip_box, footprint, padded_box, region_at


def test_padding_grows_every_side_in_proportion_to_the_box():
    small, large = padded_box(Box(100, 100, 110, 110)), padded_box(Box(100, 100, 300, 300))
    assert small.x0 < 100 and small.y0 < 100 and small.x1 > 110 and small.y1 > 110
    assert (100 - large.x0) > (100 - small.x0)
    assert footprint(Box(100, 100, 300, 300)).x0 < large.x0  # the feather lies outside the padded box


def test_clip_box_limits_to_the_image_and_drops_what_is_outside():
    assert clip_box(Box(-5, -5, 20, 20), 10, 8) == Box(0, 0, 10, 8)
    assert clip_box(Box(20, 20, -5, -5), 10, 8) == Box(0, 0, 10, 8)
    assert clip_box(Box(11, 0, 20, 5), 10, 8) is None
    assert clip_box(Box(3, 3, 3, 7), 10, 8) is None


def test_click_outside_every_region_hits_nothing():
    assert region_at([Box(10, 10, 20, 20)], 100, 100) is None
    assert region_at([], 0, 0) is None


def test_click_in_the_padding_still_hits_the_region():
    """The hit area is what the viewer shows blurred, which includes the margin."""
    box = Box(100, 100, 200, 200)
    p = padded_box(box)
    assert region_at([box], p.x0, p.y0) == 0
    assert region_at([box], p.x1 - 0.5, p.y1 - 0.5) == 0
    assert region_at([box], p.x1, p.y0) is None  # x1 is exclusive


def test_nested_regions_the_smallest_wins_whatever_the_order():
    big, small = Box(0, 0, 400, 400), Box(150, 150, 200, 200)
    assert region_at([big, small], 175, 175) == 1
    assert region_at([small, big], 175, 175) == 0
    assert region_at([big, small], 20, 20) == 0


def test_equal_regions_the_first_wins():
    assert region_at([Box(0, 0, 50, 50), Box(0, 0, 50, 50)], 10, 10) == 0


def test_reversed_boxes_are_hit_like_normal_ones():
    assert region_at([Box(50, 50, 0, 0)], 10, 10) == 0


@pytest.mark.parametrize("x, y", [(float("nan"), 10), (10, float("inf"))])
def test_non_finite_click_hits_nothing(x, y):
    assert region_at([Box(0, 0, 50, 50)], x, y) is None
