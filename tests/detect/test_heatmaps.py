"""Forensic heatmaps on synthetic edits of the demo photos made here: the edited region must score higher.

Pixel AUC (probability that an edited pixel scores above an unedited one) is printed for every photo
(`pytest -s`) and asserted on the photos that have no JPEG history of their own (astronaut, coffee):
chelsea and rocket were JPEGs before they were PNG/JPEG samples, and their out-of-focus or flat areas
look like a smoothed edit, which is exactly the limit each map states.
"""

import json

import cv2
import numpy as np
import pytest

from reviewer.detect import Detections, Region
from reviewer.detect.heatmaps import (
    error_level, heatmaps_for_array, jpeg_ghost, jpeg_quality, local_noise_variance, noise_residual, region_density,
)

from .conftest import pixel_auc, sample_rgb

BOX = (200, 120, 320, 240)  # x0, y0, x1, y1 of the edited square (inside every demo photo)
CLEAN_PHOTOS = ["astronaut.png", "coffee.png"]
ALL_PHOTOS = ["astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg"]


def edit_mask(shape) -> np.ndarray:
    mask = np.zeros(shape[:2], bool)
    x0, y0, x1, y1 = BOX
    mask[y0:y1, x0:x1] = True
    return mask


def encode(rgb: np.ndarray, quality: int) -> bytes:
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def decode(data: bytes) -> np.ndarray:
    return cv2.cvtColor(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def smoothed_edit(name: str) -> np.ndarray:
    """The photo with the square replaced by a blurred copy of itself (what an inpainting leaves)."""
    rgb = sample_rgb(name)
    edited = rgb.copy()
    mask = edit_mask(rgb.shape)
    edited[mask] = cv2.GaussianBlur(rgb, (0, 0), 3)[mask]
    return edited


def pasted_jpeg(name: str) -> bytes:
    """A JPEG (q90) whose background was saved 3 times at 90, with a square pasted from a shifted copy
    (a copy-move off the 8x8 grid, saved only once): error level analysis' textbook case at its quality."""
    rgb = sample_rgb(name)
    background = rgb
    for _ in range(3):
        background = decode(encode(background, 90))
    mask = edit_mask(rgb.shape)
    background = background.copy()
    background[mask] = np.roll(rgb, (3, 5), axis=(0, 1))[mask]
    return encode(background, 90)


def ghost_jpeg(name: str) -> bytes:
    """A q90 JPEG whose square was first saved at quality 60 (a pasted, more compressed region)."""
    rgb = sample_rgb(name)
    low = decode(encode(rgb, 60))
    mask = edit_mask(rgb.shape)
    composite = rgb.copy()
    composite[mask] = low[mask]
    return encode(composite, 90)


def auc_of(heatmap, shape) -> float:
    assert heatmap.values.dtype == np.float32 and heatmap.values.min() >= 0 and heatmap.values.max() <= 1
    assert list(heatmap.values.shape[::-1]) == heatmap.params["resolution"]
    return pixel_auc(heatmap.values, edit_mask(shape))


@pytest.mark.parametrize("name", ALL_PHOTOS)
def test_noise_maps_score_a_smoothed_region_higher(name):
    edited = smoothed_edit(name)
    residual = auc_of(noise_residual(edited), edited.shape)
    variance = auc_of(local_noise_variance(edited), edited.shape)
    print(f"AUC smoothed square, {name}: noise_residual={residual:.3f} noise_variance={variance:.3f}")
    if name in CLEAN_PHOTOS:
        assert residual > 0.8 and variance > 0.8
    # And the unedited photo gives the square no such lead (the cue comes from the edit, not the place).
    original = sample_rgb(name)
    assert auc_of(noise_residual(original), original.shape) < residual


@pytest.mark.parametrize("name", ALL_PHOTOS)
def test_error_level_analysis_resaves_at_a_fixed_quality_and_scores_a_pasted_region_higher(name):
    data = pasted_jpeg(name)
    assert jpeg_quality(data) == 90
    heatmap = error_level(decode(data))
    auc = auc_of(heatmap, sample_rgb(name).shape)
    print(f"AUC pasted square, {name}: ela={auc:.3f} (quality {heatmap.params['quality']})")
    assert heatmap.params["quality"] == 90  # the textbook quality, whatever the file's own
    if name in CLEAN_PHOTOS:
        assert auc > 0.65  # better than chance, not more: ELA is an expert map (reviewer.detect.cues)


@pytest.mark.parametrize("name", ALL_PHOTOS)
def test_jpeg_ghosts_find_a_region_saved_earlier_at_a_lower_quality(name):
    data = ghost_jpeg(name)
    assert jpeg_quality(data) == 90
    heatmap = jpeg_ghost(decode(data), 90)
    auc = auc_of(heatmap, sample_rgb(name).shape)
    print(f"AUC ghost square, {name}: jpeg_ghost={auc:.3f} (shown at quality {heatmap.params['shown_quality']})")
    if name in CLEAN_PHOTOS + ["chelsea.png"]:
        assert auc > 0.8
        assert heatmap.params["shown_quality"] == 60


@pytest.mark.parametrize("name", CLEAN_PHOTOS)
def test_jpeg_ghosts_brighten_a_region_repainted_into_a_photo_saved_earlier_not_the_untouched_photo(name):
    """The undressing case: the photo was a JPEG (q60), a region was repainted and the result saved at q90.
    The untouched area carries the earlier save; the bright part must be the repainted one."""
    photo = decode(encode(sample_rgb(name), 60))
    edited = photo.copy()
    mask = edit_mask(photo.shape)
    edited[mask] = cv2.GaussianBlur(sample_rgb(name), (0, 0), 1.0)[mask]  # new pixels, never saved at 60
    heatmap = jpeg_ghost(decode(encode(edited, 90)), 90)
    auc = auc_of(heatmap, photo.shape)
    print(f"AUC repainted square, {name}: jpeg_ghost={auc:.3f} ({heatmap.params['majority']})")
    # Brighter on the repainted part (the map of version 1 scored this below 0.5: it lit up the untouched photo).
    assert heatmap.params["majority"] == "dip" and auc > 0.6


def test_jpeg_quality_is_read_from_the_tables_and_none_for_other_files():
    rgb = sample_rgb("coffee.png")
    for quality in (50, 75, 90, 95):
        assert jpeg_quality(encode(rgb, quality)) == quality
    ok, png = cv2.imencode(".png", rgb)
    assert jpeg_quality(png.tobytes()) is None


def test_jpeg_maps_are_offered_only_for_jpeg_input_and_every_map_says_it_is_a_cue():
    rgb = sample_rgb("coffee.png")
    png_maps = heatmaps_for_array(rgb)
    assert [h.id for h in png_maps] == ["noise_residual", "noise_variance"]
    jpeg = encode(rgb, 85)
    jpeg_maps = heatmaps_for_array(decode(jpeg), jpeg_bytes=jpeg, input_sha256="cd" * 32)
    assert [h.id for h in jpeg_maps] == ["noise_residual", "noise_variance", "double_jpeg", "ela", "jpeg_ghost"]
    for heatmap in jpeg_maps:
        record = heatmap.to_json()
        assert record["cue"].endswith("never proof of editing.")
        assert record["name"] and record["explanation"] and record["limits"]
        assert record["method"]["input_sha256"] == "cd" * 32 and record["method"]["version"]
        assert {"numpy", "opencv-python-headless"} <= set(record["method"]["libraries"])
    assert jpeg_maps[3].params["quality"] == 90


def test_region_density_is_bright_on_regions_and_ignores_the_other_group():
    detections = Detections((Region(100, 100, 200, 200, "FACE_FEMALE", "face", 0.9),
                             Region(300, 300, 400, 400, "FEET_EXPOSED", "other", 0.9)), {"input_sha256": ""})
    heatmap = region_density(detections, 2048, 1024)
    assert heatmap.values.shape == (512, 1024)
    assert heatmap.values[75, 75] > 0.8  # the face, at half scale
    assert heatmap.values[175, 175] < 0.01  # "other" regions (feet...) are not sensitive


def test_two_runs_give_identical_maps_json_and_png_bytes():
    data = ghost_jpeg("astronaut.png")
    first = heatmaps_for_array(decode(data), jpeg_bytes=data)
    second = heatmaps_for_array(decode(data), jpeg_bytes=data)
    for a, b in zip(first, second, strict=True):
        assert json.dumps(a.to_json(), sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)
        assert a.to_png_bytes() == b.to_png_bytes()
        assert a.to_png_bytes().startswith(b"\x89PNG")


def test_the_fast_paths_compute_exactly_the_plain_formulas():
    """The in-place and OpenCV versions must give the values of the definitions they replace, bit for bit:
    a map recorded in a vault must not change because the code got faster."""
    from reviewer.detect.heatmaps import _abs_difference, _deviation_score

    rng = np.random.default_rng(3)
    a, b = (rng.integers(0, 256, (301, 457, 3), dtype=np.uint8) for _ in range(2))
    plain = np.abs(a.astype(np.float32) - b.astype(np.float32)).mean(axis=2)
    assert _abs_difference(a, b).dtype == np.float32
    assert np.array_equal(_abs_difference(a, b), plain)

    level = (rng.gamma(2.0, 1.5, (301, 457)) * (rng.random((301, 457)) > 0.1)).astype(np.float32)
    logs = np.log(level.astype(np.float64) + 0.05)
    median = np.median(logs)
    z = np.abs(logs - median) / max(1.4826 * np.median(np.abs(logs - median)), 1e-3)
    expected = (1.0 - np.exp(-z / 3.0)).astype(np.float32)
    assert np.array_equal(_deviation_score(level, 3.0), expected)
    assert not np.shares_memory(_deviation_score(level, 3.0), level)  # the caller's map is left as it was
