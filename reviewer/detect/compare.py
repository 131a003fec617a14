"""Comparison of a suspect image with an original photo of the person: what changed, and where.

Steps: SIFT features + ratio test, RANSAC homography (original -> suspect), ECC refinement; when
too few features agree, AlignmentFailed is raised rather than a meaningless map. Then, in the
suspect's frame: a Gaussian-window SSIM map (cv2.quality is not in the headless OpenCV wheel, so it
is computed here with GaussianBlur) and an absolute-difference map; a robust threshold
(median + k * MAD of the dissimilarity) gives the changed mask, its area as a fraction of the
overlapping area, its boxes, and its overlap with the sensitive regions. The PDQ distance of the two
files is reported too (<= 31 is the industry "same image" threshold).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from reviewer.detect.errors import AlignmentFailed, NotAStillImage
from reviewer.detect.heatmaps import Heatmap
from reviewer.libraries import library_versions

if TYPE_CHECKING:
    from reviewer.detect.regions import Detections, Region
    from reviewer.media import Media

METHOD_ID = "detect.compare"
METHOD_VERSION = "1"
WORK_SIDE = 1024  # alignment and maps at this long side (of the suspect): enough for body-scale edits
MIN_INLIERS = 12


@dataclass(frozen=True)
class Comparison:
    """Result of ``compare_with_reference``. ``homography`` maps original pixels to suspect pixels
    (full resolution); ``changed_boxes`` are in suspect full-resolution pixels."""

    homography: tuple[tuple[float, ...], ...]
    inliers: int
    ecc_refined: bool
    ssim_mean: float
    changed_fraction: float
    changed_boxes: tuple[tuple[int, int, int, int], ...]
    changed_in_regions: float  # share of the changed area that lies in sensitive regions
    regions_changed: float  # share of the sensitive regions' area that changed
    pdq_distance: int | None
    heatmaps: tuple[Heatmap, ...] = field(repr=False)
    params: dict = field(default_factory=dict)
    method: dict = field(default_factory=dict)
    changed_mask: np.ndarray | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "homography": [list(row) for row in self.homography],
                "inliers": self.inliers, "ecc_refined": self.ecc_refined, "ssim_mean": self.ssim_mean,
                "changed_fraction": self.changed_fraction, "changed_boxes": [list(b) for b in self.changed_boxes],
                "changed_in_regions": self.changed_in_regions, "regions_changed": self.regions_changed,
                "pdq_distance": self.pdq_distance, "heatmaps": [h.to_json() for h in self.heatmaps]}


def _grey(rgb: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def _scaled(rgb: np.ndarray, side: int) -> tuple[np.ndarray, float]:
    import cv2

    scale = min(1.0, side / max(rgb.shape[:2]))
    if scale == 1.0:
        return rgb, 1.0
    size = (max(1, round(rgb.shape[1] * scale)), max(1, round(rgb.shape[0] * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), scale


def align(suspect_grey: np.ndarray, original_grey: np.ndarray, *, ratio: float = 0.75,
          ransac_px: float = 3.0) -> tuple[np.ndarray, int, bool]:
    """Homography mapping ``original_grey`` onto ``suspect_grey``, its RANSAC inlier count, and
    whether ECC refined it. Raises AlignmentFailed when fewer than MIN_INLIERS matches agree."""
    import cv2

    cv2.setRNGSeed(0)  # RANSAC samples randomly: a fixed seed makes the homography repeatable
    sift = cv2.SIFT_create(nfeatures=4000)
    kp_s, des_s = sift.detectAndCompute(suspect_grey, None)
    kp_o, des_o = sift.detectAndCompute(original_grey, None)
    if des_s is None or des_o is None or len(kp_s) < MIN_INLIERS or len(kp_o) < MIN_INLIERS:
        raise AlignmentFailed(f"too few features: {len(kp_s)} / {len(kp_o)}")
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    good = [m for m, n in (p for p in matcher.knnMatch(des_o, des_s, k=2) if len(p) == 2)
            if m.distance < ratio * n.distance]
    if len(good) < MIN_INLIERS:
        raise AlignmentFailed(f"{len(good)} distinctive matches")
    src = np.float32([kp_o[m.queryIdx].pt for m in good]).reshape(-1, 1, 2)
    dst = np.float32([kp_s[m.trainIdx].pt for m in good]).reshape(-1, 1, 2)
    homography, inlier_mask = cv2.findHomography(src, dst, cv2.RANSAC, ransac_px, maxIters=5000, confidence=0.999)
    inliers = int(inlier_mask.sum()) if inlier_mask is not None else 0
    if homography is None or inliers < MIN_INLIERS or abs(np.linalg.det(homography[:2, :2])) < 1e-3:
        raise AlignmentFailed(f"{inliers} consistent matches")
    # ECC maximises correlation over all pixels, which polishes the feature estimate to sub-pixel.
    warp = homography.astype(np.float32)
    refined = False
    try:
        _, warp = cv2.findTransformECC(
            suspect_grey.astype(np.float32), original_grey.astype(np.float32), np.linalg.inv(warp).astype(np.float32),
            cv2.MOTION_HOMOGRAPHY, (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, 1e-5), None, 5)
        warp = np.linalg.inv(warp)
        refined = True
    except cv2.error:
        warp = homography  # ECC did not converge: the RANSAC estimate stands, and the record says so
    return np.asarray(warp, np.float64) / warp[2, 2], inliers, refined


def ssim_map(a: np.ndarray, b: np.ndarray, sigma: float = 1.5) -> np.ndarray:
    """Per-pixel SSIM of two grey images (float, same size), Gaussian window ``sigma`` (Wang et al. 2004)."""
    import cv2

    a, b = a.astype(np.float64), b.astype(np.float64)
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2

    def blur(x):
        return cv2.GaussianBlur(x, (0, 0), sigma)

    mu_a, mu_b = blur(a), blur(b)
    var_a, var_b = blur(a * a) - mu_a**2, blur(b * b) - mu_b**2
    cov = blur(a * b) - mu_a * mu_b
    return ((2 * mu_a * mu_b + c1) * (2 * cov + c2)) / ((mu_a**2 + mu_b**2 + c1) * (var_a + var_b + c2))


def _region_mask(regions: tuple[Region, ...], scale: float, shape: tuple[int, int]) -> np.ndarray:
    mask = np.zeros(shape, bool)
    for r in regions:
        if r.group != "other":
            mask[int(r.y0 * scale): int(np.ceil(r.y1 * scale)), int(r.x0 * scale): int(np.ceil(r.x1 * scale))] = True
    return mask


def _comparison_map(map_id: str, values: np.ndarray, params: dict, method: dict) -> Heatmap:
    from reviewer.detect.cues import CUES, tier

    cue = CUES[map_id]
    return Heatmap(map_id, cue.name, cue.meaning, cue.limits, values, params, method, tier(map_id, params))


def compare_arrays(suspect: np.ndarray, original: np.ndarray, *, regions: tuple[Region, ...] = (),
                   suspect_full_size: tuple[int, int] | None = None,
                   original_full_size: tuple[int, int] | None = None, k: float = 6.0,
                   input_sha256: dict | None = None, pdq_distance: int | None = None,
                   model_sha256: str | None = None) -> Comparison:
    """Compare RGB arrays (suspect as displayed, original photo). ``regions`` are in suspect full pixels.

    Raises AlignmentFailed when the two cannot be aligned reliably.
    """
    import cv2

    full_w, full_h = suspect_full_size or (suspect.shape[1], suspect.shape[0])
    small_s, _ = _scaled(suspect, WORK_SIDE)
    small_o, _ = _scaled(original, WORK_SIDE)
    grey_s, grey_o = _grey(small_s), _grey(small_o)
    homography, inliers, refined = align(grey_s, grey_o)
    h, w = grey_s.shape
    warped = cv2.warpPerspective(small_o, homography, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    valid = cv2.warpPerspective(np.full(grey_o.shape, 255, np.uint8), homography, (w, h), flags=cv2.INTER_NEAREST) > 0
    valid = cv2.erode(valid.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    # Filters disagree within a few pixels of the frame edge (border handling, resampling): leave it out.
    margin = max(4, round(0.01 * max(w, h)))
    valid[:margin], valid[-margin:], valid[:, :margin], valid[:, -margin:] = False, False, False, False
    if valid.mean() < 0.2:
        raise AlignmentFailed(f"only {valid.mean():.0%} of the suspect image is covered by the original")
    ssim = ssim_map(grey_s, _grey(warped))
    dissimilarity = np.clip((1.0 - ssim) / 2.0, 0, 1).astype(np.float32)
    dissimilarity[~valid] = 0
    difference = cv2.GaussianBlur(cv2.absdiff(small_s, warped).astype(np.float32).mean(axis=2), (0, 0), 1.5) / 255.0
    difference[~valid] = 0
    # Changed where BOTH the structure (SSIM) and the colours differ more than is usual for this pair.
    smooth = cv2.GaussianBlur(dissimilarity, (0, 0), 2.0)
    values = smooth[valid]
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    threshold = median + k * max(mad, 0.005)
    changed = (smooth > threshold) & valid
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    changed = cv2.morphologyEx(changed.astype(np.uint8), cv2.MORPH_OPEN, kernel)
    changed = cv2.morphologyEx(changed, cv2.MORPH_CLOSE, kernel).astype(bool)
    work_scale = w / full_w
    boxes = []
    count, _, stats, _ = cv2.connectedComponentsWithStats(changed.astype(np.uint8), connectivity=8)
    for i in range(1, count):
        x, y, bw, bh, area = stats[i]
        if area >= 0.0005 * valid.sum():
            boxes.append((int(x / work_scale), int(y / work_scale), int(np.ceil((x + bw) / work_scale)),
                          int(np.ceil((y + bh) / work_scale))))
    boxes.sort()
    region_mask = _region_mask(regions, work_scale, changed.shape)
    changed_area = int(changed.sum())
    in_regions = round(float((changed & region_mask).sum() / changed_area), 4) if changed_area else 0.0
    regions_changed = round(float((changed & region_mask).sum() / region_mask.sum()), 4) if region_mask.any() else 0.0
    # Report the homography in full-resolution pixels of both images.
    to_small_s = np.diag([work_scale, work_scale, 1.0])
    so = small_o.shape[1] / (original_full_size or (original.shape[1], original.shape[0]))[0]
    to_small_o = np.diag([so, so, 1.0])
    full_h_matrix = np.linalg.inv(to_small_s) @ homography @ to_small_o
    full_h_matrix /= full_h_matrix[2, 2]
    params = {"features": "SIFT", "ratio": 0.75, "ransac_px": 3.0, "ecc": "homography", "ssim_sigma": 1.5,
              "k_mad": k, "work_size": [w, h], "min_inliers": MIN_INLIERS}
    sha = input_sha256 or {}
    method = {"id": METHOD_ID, "version": METHOD_VERSION, "model_sha256": model_sha256, "params": params,
              "input_sha256": sha.get("suspect", ""), "reference_sha256": sha.get("original", ""),
              "libraries": library_versions()}
    maps = (_comparison_map("ssim_change", dissimilarity, {"resolution": [w, h], "sigma": 1.5}, method),
            _comparison_map("difference", np.clip(difference, 0, 1).astype(np.float32), {"resolution": [w, h]}, method))
    return Comparison(
        homography=tuple(tuple(round(float(v), 6) for v in row) for row in full_h_matrix),
        inliers=inliers, ecc_refined=refined, ssim_mean=round(float(ssim[valid].mean()), 4),
        changed_fraction=round(changed_area / float(valid.sum()), 4), changed_boxes=tuple(boxes),
        changed_in_regions=in_regions, regions_changed=regions_changed, pdq_distance=pdq_distance,
        heatmaps=maps, params=params, method=method, changed_mask=changed)


def compare_with_reference(suspect: Media, original: Media, detections: Detections | None = None) -> Comparison:
    """Compare a suspect still image with an original photo (both ``Media``).

    Raises NotAStillImage for videos, AlignmentFailed when they cannot be aligned, and the media
    package's errors when decoding fails.
    """
    from reviewer.media import hamming

    for media in (suspect, original):
        if media.kind != "image":
            raise NotAStillImage(f"{media.name} is a {media.kind}")
    s = suspect.decode(max_side=WORK_SIDE)
    o = original.decode(max_side=WORK_SIDE)
    distance = hamming(suspect.pdq.hex, original.pdq.hex) if suspect.pdq and original.pdq else None
    return compare_arrays(
        s.rgb, o.rgb, regions=detections.regions if detections else (),
        suspect_full_size=(suspect.width, suspect.height), original_full_size=(original.width, original.height),
        pdq_distance=distance,
        input_sha256={"suspect": suspect.sha256, "original": original.sha256},
        model_sha256=detections.method.get("model_sha256") if detections else None)
