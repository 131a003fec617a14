"""Reference comparison: alignment recovers a known transform; a pasted region is found; failure is said."""

import json

import cv2
import numpy as np
import pytest

from reviewer.detect import AlignmentFailed, Region
from reviewer.detect.compare import compare_arrays

from .conftest import sample_rgb

# Original -> suspect: rotate 7 degrees about the centre, scale 0.92, shift (14, -9) pixels.
ANGLE, SCALE, SHIFT = 7.0, 0.92, (14.0, -9.0)
PASTE = (150, 300, 270, 420)  # x0, y0, x1, y1 in the suspect


def known_transform(size: int = 512) -> np.ndarray:
    matrix = cv2.getRotationMatrix2D((size / 2, size / 2), ANGLE, SCALE)
    matrix[:, 2] += SHIFT
    return np.vstack([matrix, [0, 0, 1]])


def suspect_from(original: np.ndarray, paste: bool) -> np.ndarray:
    matrix = known_transform(original.shape[0])
    suspect = cv2.warpAffine(original, matrix[:2], (original.shape[1], original.shape[0]),
                             flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    # A mild global JPEG pass, as a platform would apply, so that "unchanged" is not bit-exact.
    ok, data = cv2.imencode(".jpg", suspect, [cv2.IMWRITE_JPEG_QUALITY, 88])
    suspect = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if paste:
        x0, y0, x1, y1 = PASTE
        patch = cv2.resize(sample_rgb("coffee.png"), (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
        suspect[y0:y1, x0:x1] = patch
    return suspect


def box_iou(a, b) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def test_alignment_recovers_a_known_shift_rotation_and_scale():
    original = sample_rgb("astronaut.png")
    result = compare_arrays(suspect_from(original, paste=False), original)
    estimated = np.array(result.homography)
    points = np.array([[x, y, 1.0] for x in (64, 256, 448) for y in (64, 256, 448)]).T
    expected = known_transform() @ points
    mapped = estimated @ points
    mapped = mapped[:2] / mapped[2]
    error = np.abs(mapped - expected[:2]).max()
    print(f"alignment: max corner error {error:.3f} px, inliers {result.inliers}, ecc {result.ecc_refined}")
    assert error < 1.0
    assert result.changed_fraction < 0.01  # nothing was edited


def test_a_pasted_region_is_localised_and_its_overlap_with_sensitive_regions_reported():
    original = sample_rgb("astronaut.png")
    suspect = suspect_from(original, paste=True)
    region = Region(150, 300, 270, 420, "BELLY_COVERED", "covered", 0.6)
    result = compare_arrays(suspect, original, regions=(region,))
    best = max(box_iou(box, PASTE) for box in result.changed_boxes)
    mask = np.zeros(suspect.shape[:2], bool)
    mask[PASTE[1]:PASTE[3], PASTE[0]:PASTE[2]] = True
    mask_iou = (result.changed_mask & mask).sum() / (result.changed_mask | mask).sum()
    print(f"pasted region: box IoU {best:.3f}, mask IoU {mask_iou:.3f}, changed {result.changed_fraction}")
    assert best >= 0.7 and mask_iou >= 0.7
    assert result.changed_in_regions > 0.8 and result.regions_changed > 0.8
    assert abs(result.changed_fraction - mask.sum() / mask.size) < 0.03


def test_unrelated_photos_raise_alignment_failed_instead_of_a_map():
    with pytest.raises(AlignmentFailed) as caught:
        compare_arrays(sample_rgb("chelsea.png"), sample_rgb("rocket.jpg"))
    assert caught.value.code == "alignment_failed"
    flat = np.full((300, 300, 3), 128, np.uint8)
    with pytest.raises(AlignmentFailed):
        compare_arrays(flat, sample_rgb("coffee.png"))


def test_two_comparisons_give_identical_json_and_maps():
    original = sample_rgb("astronaut.png")
    suspect = suspect_from(original, paste=True)
    a, b = compare_arrays(suspect, original), compare_arrays(suspect, original)
    assert json.dumps(a.to_json(), sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)
    assert [h.to_png_bytes() for h in a.heatmaps] == [h.to_png_bytes() for h in b.heatmaps]
