"""The safe view: inside a blurred region no detail of the original survives; outside every region
the image is exactly the grayscale conversion (or the original in colour); pending analysis blurs
everything; revealed regions show the original."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from reviewer.redact import (
    Box,
    InvalidImage,
    InvalidSetting,
    SafeViewSettings,
    footprint,
    padded_box,
    render_safe,
)

BOX = Box(100, 60, 220, 180)  # 120 x 120, well inside a 320 x 240 image
SETTINGS = [
    SafeViewSettings(),
    SafeViewSettings(blur_strength=0.5),  # the weakest allowed must still hide everything
    SafeViewSettings(blur_strength=3.0),
    SafeViewSettings(blur_method="pixelate"),
    SafeViewSettings(blur_method="pixelate", blur_strength=0.5),
    SafeViewSettings(grayscale=False),
    SafeViewSettings(blur_method="pixelate", blur_strength=0.5, grayscale=False),
]
IDS = [f"{s.blur_method}-{s.blur_strength:g}-{'gray' if s.grayscale else 'colour'}" for s in SETTINGS]


def patterns(px) -> dict[str, np.ndarray]:
    h, w = BOX.height, BOX.width
    return {
        "checker2": px.checkerboard(h, w, 2),
        "checker2-shifted": px.checkerboard(h, w, 2, phase=1),
        "checker4": px.checkerboard(h, w, 4),
        "checker6": px.checkerboard(h, w, 6),
        "noise1": px.noise(h, w, 1),
        "noise2": px.noise(h, w, 2),
    }


@pytest.mark.parametrize("settings", SETTINGS, ids=IDS)
def test_fine_patterns_leave_no_high_frequency_energy_and_no_correlation(px, settings):
    for name, pattern in patterns(px).items():
        original = px.with_pattern(px.background(), BOX, pattern)
        out = render_safe(original, [BOX], analysed=True, settings=settings)
        inside = px.gray(px.crop(out, BOX))
        before = px.laplacian_variance(pattern)
        after = px.laplacian_variance(inside)
        assert before > 10_000, name  # the pattern really is fine detail
        assert after < 5.0, f"{name}: Laplacian variance {after:.2f} left inside the box"
        assert abs(px.ncc(inside, pattern)) < 0.1, name


@pytest.mark.parametrize("settings", SETTINGS, ids=IDS)
def test_different_contents_of_a_region_give_nearly_the_same_output(px, settings):
    """No pattern can be told apart from another after redaction: the outputs of six different
    fine patterns of equal mean brightness differ by a few grey levels where the inputs differ by 60+ on average."""
    outputs = {}
    for name, pattern in patterns(px).items():
        out = render_safe(px.with_pattern(px.background(), BOX, pattern), [BOX], analysed=True, settings=settings)
        outputs[name] = px.crop(out, padded_box(BOX)).astype(int)
    inputs = patterns(px)
    names = list(outputs)
    for a in names:
        for b in names:
            if a < b:
                assert np.abs(inputs[a].astype(int) - inputs[b]).mean() > 60  # really different inputs
                assert np.abs(outputs[a] - outputs[b]).max() <= 16, (a, b)
                assert np.abs(outputs[a] - outputs[b]).mean() <= 4, (a, b)


@pytest.mark.parametrize("settings", SETTINGS, ids=IDS)
def test_text_cannot_be_read_back(px, settings):
    """Texts made of the same letters in a different order become indistinguishable once redacted.
    (Same letters per line means the same amount of ink per line: a blur keeps average brightness by
    design, so texts with different amounts of ink would differ by that alone, not by their words.)"""
    texts = [["ABCD", "EFGH", "IJKL"], ["DCBA", "HGFE", "LKJI"], ["BADC", "FEHG", "JILK"], ["CDAB", "GHEF", "KLIJ"]]
    images = [px.text(BOX.height, BOX.width, lines) for lines in texts]
    outs = [px.gray(px.crop(render_safe(px.with_pattern(px.background(), BOX, t), [BOX], analysed=True,
                                        settings=settings), BOX)).astype(int) for t in images]
    for i in range(len(images)):
        assert px.laplacian_variance(images[i]) > 1_000
        assert px.laplacian_variance(outs[i].astype(np.uint8)) < 5.0
        for j in range(i + 1, len(images)):
            text_difference = np.abs(images[i].astype(int) - images[j]).mean()
            assert text_difference > 15  # the texts really differ
            assert np.abs(outs[i] - outs[j]).mean() < 0.2 * text_difference, (i, j)
            assert np.abs(outs[i] - outs[j]).max() <= 24, (i, j)


@pytest.mark.parametrize("settings", SETTINGS, ids=IDS)
def test_outside_every_region_the_image_is_the_grayscale_conversion_exactly(px, settings):
    original = px.with_pattern(px.background(), BOX, px.noise(BOX.height, BOX.width, 3))
    out = render_safe(original, [BOX], analysed=True, settings=settings)
    expected = px.gray3(original) if settings.grayscale else original
    mask = px.outside_mask(original.shape[:2], [BOX])
    assert mask.sum() > 0.5 * mask.size
    assert np.array_equal(out[mask], expected[mask])
    if settings.grayscale:
        assert np.array_equal(out[..., 0], out[..., 1]) and np.array_equal(out[..., 1], out[..., 2])


def test_no_region_and_colour_is_an_identical_copy(astronaut):
    out = render_safe(astronaut, [], analysed=True, settings=SafeViewSettings(grayscale=False))
    assert np.array_equal(out, astronaut)
    assert out is not astronaut and not np.shares_memory(out, astronaut)


def test_the_input_is_never_modified(astronaut):
    before = astronaut.copy()
    render_safe(astronaut, [Box(180, 40, 320, 220)], analysed=True, settings=SafeViewSettings(grayscale=False))
    render_safe(astronaut, [Box(180, 40, 320, 220)], analysed=False)
    assert np.array_equal(astronaut, before)


def test_no_pixel_of_the_padded_box_keeps_its_original_value(px):
    """The feather lies outside the padded box: inside it every pixel is replaced. On noise, a pixel
    keeps its value only by coincidence (about 1 in 100 within a grey level of the local mean)."""
    original = px.noise(240, 320, 5)
    original = np.dstack([original] * 3)
    out = render_safe(original, [BOX], analysed=True, settings=SafeViewSettings(grayscale=False))
    inner = padded_box(BOX)
    same = (px.crop(out, inner) == px.crop(original, inner)).all(axis=2)
    assert same.mean() < 0.02
    # ... and the band just outside is a blend: neither the original nor the blurred value throughout.
    f = footprint(BOX)
    band = np.zeros(original.shape[:2], bool)
    band[f.y0:f.y1, f.x0:f.x1] = True
    band[inner.y0:inner.y1, inner.x0:inner.x1] = False
    assert (out[band] != original[band]).any(axis=1).mean() > 0.5


def test_padding_covers_an_imprecise_detection(px):
    """Detail just outside the detected box (the detector cut it short) is hidden too."""
    original = px.with_pattern(px.background(), BOX, px.checkerboard(BOX.height, BOX.width, 2))
    tight = Box(BOX.x0 + 8, BOX.y0 + 8, BOX.x1 - 8, BOX.y1 - 8)
    out = render_safe(original, [tight], analysed=True)
    assert px.laplacian_variance(px.crop(out, BOX)) < 5.0


def test_stronger_setting_leaves_less_coarse_structure(px):
    """A half-black, half-white region keeps some of its contrast at the weakest strength and less at the strongest."""
    half = np.zeros((BOX.height, BOX.width), np.uint8)
    half[:, : BOX.width // 2] = 255
    original = px.with_pattern(px.background(), BOX, half)
    spread = {}
    for strength in (0.5, 3.0):
        out = render_safe(original, [BOX], analysed=True, settings=SafeViewSettings(blur_strength=strength))
        spread[strength] = float(px.gray(px.crop(out, BOX)).std())
    assert spread[3.0] < spread[0.5]


@pytest.mark.parametrize("method", ["gaussian", "pixelate"])
@pytest.mark.parametrize("grayscale", [True, False])
def test_pending_analysis_blurs_the_whole_image(px, astronaut, method, grayscale):
    settings = SafeViewSettings(blur_method=method, grayscale=grayscale)
    checker = np.dstack([px.checkerboard(240, 320, 3)] * 3)
    for original in (astronaut, checker):
        # Regions and reveals are ignored before analysis: nothing is shown unblurred.
        out = render_safe(original, [Box(10, 10, 50, 50)], analysed=False, settings=settings, revealed={0})
        assert out.shape == original.shape and out.dtype == np.uint8
        assert px.laplacian_variance(original) > 100
        assert px.laplacian_variance(out) < 1.0
        # Every tile of the image is smooth, not just the average.
        h, w = out.shape[:2]
        for y in range(0, h - 32, 32):
            for x in range(0, w - 32, 32):
                assert px.laplacian_variance(out[y:y + 32, x:x + 32]) < 5.0
        if grayscale:
            assert np.array_equal(out[..., 0], out[..., 2])
        else:
            assert not np.array_equal(out[..., 0], out[..., 2]) or original is checker


def test_a_revealed_region_shows_the_original_in_grayscale_and_the_others_stay_blurred(px):
    a, b = Box(20, 20, 100, 100), Box(200, 120, 300, 220)
    original = px.background()
    original = px.with_pattern(original, a, px.checkerboard(a.height, a.width, 2))
    original = px.with_pattern(original, b, px.checkerboard(b.height, b.width, 2))
    for grayscale in (True, False):
        out = render_safe(original, [a, b], analysed=True, revealed={1},
                          settings=SafeViewSettings(grayscale=grayscale))
        expected = px.gray3(original) if grayscale else original
        fb = footprint(b)
        assert np.array_equal(px.crop(out, fb), px.crop(expected, fb))
        assert px.laplacian_variance(px.crop(out, a)) < 5.0


def test_a_revealed_region_inside_a_hidden_one_stays_blurred(px):
    """Revealing a small region never uncovers the larger hidden region around it."""
    outer, inner = Box(40, 40, 280, 200), Box(120, 90, 180, 150)
    original = px.with_pattern(px.background(), outer, px.checkerboard(outer.height, outer.width, 2))
    out = render_safe(original, [outer, inner], analysed=True, revealed={1})
    assert px.laplacian_variance(px.crop(out, inner)) < 5.0


def test_overlapping_regions_are_all_hidden(px):
    regions = [Box(60, 40, 180, 160), Box(140, 100, 260, 220), Box(150, 30, 200, 90)]
    original = px.background()
    for box in regions:
        original = px.with_pattern(original, box, px.checkerboard(box.height, box.width, 2))
    out = render_safe(original, regions, analysed=True)
    for box in regions:
        assert px.laplacian_variance(px.crop(out, box)) < 5.0
    mask = px.outside_mask(original.shape[:2], regions)
    assert np.array_equal(out[mask], px.gray3(original)[mask])


@pytest.mark.parametrize("box", [
    Box(-40, -30, 60, 50),          # over the top-left corner
    Box(260, 190, 400, 300),        # over the bottom-right corner
    Box(0, 0, 320, 240),            # the whole image
    Box(-1000, -1000, 10**9, 10**9),  # far larger than the image
])
def test_regions_at_the_border_are_clipped_and_hidden(px, box):
    original = np.dstack([px.checkerboard(240, 320, 2)] * 3)
    out = render_safe(original, [box], analysed=True)
    visible = Box(max(box.x0, 0), max(box.y0, 0), min(box.x1, 320), min(box.y1, 240))
    assert px.laplacian_variance(px.crop(out, visible)) < 5.0
    mask = px.outside_mask(original.shape[:2], [box])
    assert np.array_equal(out[mask], px.gray3(original)[mask])


@pytest.mark.parametrize("box", [
    Box(-500, -500, -400, -400),   # entirely outside
    Box(600, 10, 700, 50),         # entirely right of the image
    Box(10**12, 10**12, 10**12 + 5, 10**12 + 5),
])
def test_regions_outside_the_image_change_nothing(px, astronaut, box):
    out = render_safe(astronaut, [box], analysed=True)
    assert np.array_equal(out, px.gray3(astronaut))


def test_reversed_box_is_the_same_as_the_normal_one(astronaut):
    normal = render_safe(astronaut, [Box(100, 120, 260, 300)], analysed=True)
    reversed_ = render_safe(astronaut, [Box(260, 300, 100, 120)], analysed=True)
    assert np.array_equal(normal, reversed_)


@pytest.mark.parametrize("box", [Box(50, 50, 50, 50), Box(50, 50, 51, 51), Box(50, 50, 50, 90)])
def test_empty_and_one_pixel_boxes_are_handled(px, astronaut, box):
    out = render_safe(astronaut, [box], analysed=True)
    mask = px.outside_mask(astronaut.shape[:2], [box])
    assert np.array_equal(out[mask], px.gray3(astronaut)[mask])
    # The one pixel (or the point) of the detection itself is covered by its padded box.
    p = padded_box(box)
    assert p.x0 < box.x0 and p.x1 > box.x1 and p.y0 < box.y0 and p.y1 > box.y1


@pytest.mark.parametrize("shape", [(1, 1), (1, 57), (57, 1), (2, 3), (5000, 3)])
@pytest.mark.parametrize("method", ["gaussian", "pixelate"])
def test_degenerate_image_shapes(shape, method):
    rng = np.random.default_rng(1)
    original = rng.integers(0, 256, (*shape, 3), dtype=np.uint8)
    settings = SafeViewSettings(blur_method=method)
    for analysed in (True, False):
        out = render_safe(original, [Box(0, 0, 1, 1), Box(-5, -5, 50, 50)], analysed=analysed, settings=settings)
        assert out.shape == original.shape and out.dtype == np.uint8


def test_out_of_range_revealed_indices_are_ignored(astronaut):
    box = Box(180, 40, 320, 220)
    assert np.array_equal(render_safe(astronaut, [box], analysed=True, revealed={5, -1}),
                          render_safe(astronaut, [box], analysed=True))


def test_detector_regions_can_be_passed_directly(astronaut):
    """Anything with integer corners works, e.g. the detector's Region, without converting it."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class DetectedRegion:  # same shape as reviewer.detect.Region, which redact must not import
        x0: int; y0: int; x1: int; y1: int; label: str; group: str; score: float  # noqa: E702

    detected = DetectedRegion(180, 40, 320, 220, "face", "face", 0.9)
    assert np.array_equal(render_safe(astronaut, [detected], analysed=True),
                          render_safe(astronaut, [Box(180, 40, 320, 220)], analysed=True))


@pytest.mark.parametrize("bad", [
    np.zeros((10, 10), np.uint8),
    np.zeros((10, 10, 4), np.uint8),
    np.zeros((10, 10, 3), np.float32),
    np.zeros((0, 10, 3), np.uint8),
    "not an image",
])
def test_malformed_images_raise_a_typed_error(bad):
    with pytest.raises(InvalidImage) as caught:
        render_safe(bad, [], analysed=True)
    assert caught.value.code == "redact.invalid_image"
    assert "safe viewing" in caught.value.message


def test_non_contiguous_input_is_accepted(astronaut, px):
    view = astronaut[::2, ::2]
    assert np.array_equal(render_safe(view, [], analysed=True), px.gray3(np.ascontiguousarray(view)))


@pytest.mark.parametrize("kwargs, name", [
    ({"blur_method": "mosaic"}, "blur_method"),
    ({"blur_strength": 0.1}, "blur_strength"),
    ({"blur_strength": 10}, "blur_strength"),
    ({"blur_strength": float("nan")}, "blur_strength"),
    ({"blur_strength": "strong"}, "blur_strength"),
    ({"grayscale": "yes"}, "grayscale"),
])
def test_unusable_settings_raise_a_typed_error(kwargs, name):
    with pytest.raises(InvalidSetting) as caught:
        SafeViewSettings(**kwargs)
    assert caught.value.code == "redact.invalid_setting"
    assert name in caught.value.message


def test_box_coordinates_must_be_integers():
    with pytest.raises(TypeError):
        Box(0.5, 0, 10, 10)
    assert Box(np.int64(3), 0, 10, 10).x0 == 3 and type(Box(np.int64(3), 0, 10, 10).x0) is int


def test_rendering_is_deterministic(astronaut):
    regions = [Box(180, 40, 320, 220), Box(0, 400, 100, 520)]
    for method in ("gaussian", "pixelate"):
        s = SafeViewSettings(blur_method=method)
        assert np.array_equal(render_safe(astronaut, regions, analysed=True, settings=s),
                              render_safe(astronaut, regions, analysed=True, settings=s))


def test_opencv_threads_do_not_change_the_result(astronaut):
    regions = [Box(180, 40, 320, 220)]
    threads = cv2.getNumThreads()
    try:
        cv2.setNumThreads(1)
        single = render_safe(astronaut, regions, analysed=True)
    finally:
        cv2.setNumThreads(threads)
    assert np.array_equal(single, render_safe(astronaut, regions, analysed=True))
