"""The redacted derivative that exhibits carry: the screen's implementation with colour kept and a
stronger blur. Checked on pixels, including with the real detector on a real sample photo."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from reviewer.redact import (
    EXPORT_SETTINGS,
    Box,
    InvalidImage,
    SafeViewSettings,
    padded_box,
    redacted_derivative,
    render_safe,
)

BOX = Box(100, 60, 220, 180)
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def colour_checker(height: int, width: int, period: int) -> np.ndarray:
    """Red and green squares of (nearly) equal luminance: detail that grayscale alone would not show."""
    y, x = np.mgrid[0:height, 0:width]
    on = ((x // period + y // period) % 2).astype(bool)
    out = np.empty((height, width, 3), np.uint8)
    out[on] = (200, 60, 60)
    out[~on] = (40, 140, 60)
    return out


def test_colour_is_kept_outside_the_regions_exactly(px, astronaut):
    regions = [Box(180, 40, 320, 220), Box(0, 400, 100, 520)]
    out = redacted_derivative(astronaut, regions)
    mask = px.outside_mask(astronaut.shape[:2], regions)
    assert np.array_equal(out[mask], astronaut[mask])
    assert not np.array_equal(out[..., 0], out[..., 2])  # not grey


def test_colour_detail_is_destroyed_in_every_channel(px):
    original = px.background()
    original[BOX.y0:BOX.y1, BOX.x0:BOX.x1] = colour_checker(BOX.height, BOX.width, 3)
    out = redacted_derivative(original, [BOX])
    for channel in (0, 1):  # red and green carry the pattern; blue is flat in it
        before = px.crop(original, BOX)[..., channel]
        after = px.crop(out, BOX)[..., channel]
        assert px.laplacian_variance(before) > 10_000
        assert px.laplacian_variance(after) < 1.0
        assert abs(px.ncc(after, before)) < 0.1


def test_the_export_blurs_harder_than_the_screen(px):
    """A coarse half-dark, half-light region keeps less of its contrast in the export than on screen."""
    half = np.zeros((BOX.height, BOX.width), np.uint8)
    half[:, : BOX.width // 2] = 255
    original = px.with_pattern(px.background(), BOX, half)
    screen = render_safe(original, [BOX], analysed=True, settings=SafeViewSettings(grayscale=False))
    export = redacted_derivative(original, [BOX])
    assert px.gray(px.crop(export, BOX)).std() < px.gray(px.crop(screen, BOX)).std()
    assert EXPORT_SETTINGS.blur_strength > SafeViewSettings().blur_strength and not EXPORT_SETTINGS.grayscale


def test_different_contents_give_the_same_export(px):
    contents = [px.checkerboard(BOX.height, BOX.width, 2), px.checkerboard(BOX.height, BOX.width, 5),
                px.noise(BOX.height, BOX.width, 9), px.noise(BOX.height, BOX.width, 10)]
    outs = [px.crop(redacted_derivative(px.with_pattern(px.background(), BOX, c), [BOX]), padded_box(BOX))
            .astype(int) for c in contents]
    for a in outs[1:]:
        assert np.abs(a - outs[0]).max() <= 4


def test_failed_analysis_exports_a_fully_blurred_colour_image(px, astronaut):
    out = redacted_derivative(astronaut, [], analysed=False)
    assert px.laplacian_variance(out) < 1.0
    assert not np.array_equal(out[..., 0], out[..., 2])
    # The tones are kept (the recipient sees it was a photo, not what it showed).
    assert abs(float(out.mean()) - float(astronaut.mean())) < 10


def test_the_derivative_survives_png_encoding_unchanged(astronaut):
    """Exhibits store the derivative as PNG: lossless, so the file holds exactly the redacted pixels."""
    out = redacted_derivative(astronaut, [Box(180, 40, 320, 220)])
    ok, png = cv2.imencode(".png", cv2.cvtColor(out, cv2.COLOR_RGB2BGR))
    assert ok
    back = cv2.cvtColor(cv2.imdecode(png, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    assert np.array_equal(back, out)


def test_malformed_input_raises_the_typed_error():
    with pytest.raises(InvalidImage):
        redacted_derivative(np.zeros((4, 4), np.uint8), [])


@pytest.fixture(scope="module")
def detected_face():
    """The real detector's face box on the real sample portrait, decoded by the real media package."""
    from reviewer.detect import RegionDetector
    from reviewer.media import decode_image
    decoded = decode_image((SAMPLES / "astronaut.png").read_bytes())
    regions = RegionDetector().detect(decoded.rgb).regions
    faces = [r for r in regions if r.group == "face"]
    assert faces, "the detector should find the astronaut's face"
    return decoded.rgb, regions, faces[0]


def test_real_detection_on_a_real_photo_leaves_no_facial_detail_in_the_export(px, detected_face):
    rgb, regions, face = detected_face
    out = redacted_derivative(rgb, regions)  # detector Regions are accepted as they are
    box = Box(face.x0, face.y0, face.x1, face.y1)
    before = px.laplacian_variance(px.crop(rgb, box))
    after = px.laplacian_variance(px.crop(out, box))
    assert before > 50
    assert after < 0.01 * before
    assert abs(px.ncc(px.gray(px.crop(out, box)), px.gray(px.crop(rgb, box)))) < 0.6
    mask = px.outside_mask(rgb.shape[:2], regions)
    assert np.array_equal(out[mask], rgb[mask])
