"""Thumbnails are reduced from the safe rendering, never from the original."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from reviewer.redact import Box, SafeViewSettings, render_safe, safe_thumbnail


def test_thumbnail_is_the_reduced_safe_rendering(astronaut):
    regions = [Box(180, 40, 320, 220)]
    thumb = safe_thumbnail(astronaut, regions, analysed=True, max_side=128)
    safe = render_safe(astronaut, regions, analysed=True)
    assert thumb.shape == (128, 128, 3)
    assert np.array_equal(thumb, cv2.resize(safe, (128, 128), interpolation=cv2.INTER_AREA))


def test_a_checkerboard_region_leaves_no_trace_in_the_thumbnail(px):
    """A fine pattern averages to grey in a plain reduction too; a coarse one (8 px squares, 2 px in
    the thumbnail) would survive a plain reduction, and must not survive the safe thumbnail."""
    box = Box(200, 160, 440, 400)
    original = px.with_pattern(px.background(480, 640), box, px.checkerboard(box.height, box.width, 8))
    thumb = safe_thumbnail(original, [box], analysed=True, max_side=160)  # reduced 4x
    small = Box(box.x0 // 4, box.y0 // 4, box.x1 // 4, box.y1 // 4)
    plain = cv2.resize(original, (160, 120), interpolation=cv2.INTER_AREA)
    assert px.laplacian_variance(px.crop(plain, small)) > 1_000  # what a careless thumbnail would show
    assert px.laplacian_variance(px.crop(thumb, small)) < 5.0


def test_pending_thumbnail_is_blurred_all_over(px, astronaut):
    thumb = safe_thumbnail(astronaut, [], analysed=False, max_side=64)
    assert thumb.shape == (64, 64, 3)
    assert px.laplacian_variance(thumb) < 1.0


def test_thumbnail_keeps_the_aspect_ratio_and_never_enlarges(px):
    image = px.background(100, 300)
    assert safe_thumbnail(image, [], analysed=True, max_side=150).shape == (50, 150, 3)
    assert safe_thumbnail(image, [], analysed=True, max_side=1000).shape == (100, 300, 3)
    assert safe_thumbnail(np.zeros((1, 5000, 3), np.uint8), [], analysed=True, max_side=100).shape == (1, 100, 3)


def test_thumbnail_follows_the_colour_setting(astronaut):
    colour = safe_thumbnail(astronaut, [], analysed=True, settings=SafeViewSettings(grayscale=False), max_side=64)
    gray = safe_thumbnail(astronaut, [], analysed=True, max_side=64)
    assert not np.array_equal(colour[..., 0], colour[..., 2])
    assert np.array_equal(gray[..., 0], gray[..., 2])


def test_thumbnail_size_must_be_positive(astronaut):
    with pytest.raises(ValueError):
        safe_thumbnail(astronaut, [], analysed=True, max_side=0)
