"""Comparison of a suspect image with an original photo of the person: what changed, and where.

Steps (docs/adr/0013-forensic-cues.md gives the measured figures):
1. Align: SIFT features + ratio test, RANSAC homography (original -> suspect), least squares on the
   inliers, then ECC, kept only when the matched points agree with it at least as well (a large edit
   pulls ECC off). Too few agreeing features: AlignmentFailed, never a meaningless map.
2. Same photograph? Two copies of one photograph (resized, recompressed, cropped, edited) put nearly all
   RANSAC inliers within a pixel of the final mapping and agree closely wherever the original has
   texture; another shot of the same scene does not (parallax, things moved, new noise). Otherwise
   ReferenceNotSamePhoto (an AlignmentFailed): a change map would show differences that are not edits.
3. In the suspect's frame (the original shrunk to its scale first, then warped): a Gaussian-window SSIM
   map (cv2.quality is not in the headless wheel, so computed here) and a colour difference map.
4. The changed area: where structure or colour differ more than both most of this pair (median + k MAD)
   and an unedited pair at the same scale would (the aligned original put through the suspect's JPEG
   save, compared with itself, globally and locally); specks removed, holes filled, border trimmed.
5. Its share of the overlap, its boxes, its overlap with the sensitive regions, where it lies and how
   sure the comparison is: ``Comparison.conclusion()`` says it in one plain sentence. The PDQ distance of
   the two files is reported too (<= 31 is the industry "same image" threshold; an edit raises it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from reviewer.detect.cues import decimal
from reviewer.detect.errors import AlignmentFailed, NotAStillImage, ReferenceNotSamePhoto
from reviewer.detect.heatmaps import Heatmap, jpeg_quality
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.libraries import library_versions

Translate = Callable[[str, str], str]

if TYPE_CHECKING:
    from reviewer.detect.regions import Detections, Region
    from reviewer.media import Media

METHOD_ID = "detect.compare"
METHOD_VERSION = "2"  # 2: refuses another photograph, calibrated change mask, ECC kept only if it agrees
WORK_SIDE = 1024  # alignment and maps at this long side (of the suspect): enough for body-scale edits
MIN_INLIERS = 12
ENLARGED_ABOVE = 1.05
PRESHRINK_BELOW = 0.95  # the original is shrunk to the suspect's scale first when the suspect is smaller
PRECISE_PX = 1.0
BLUR_PX = 1.0  # smoothing of the change maps before thresholding: steadier, at the cost of a band this wide
NULL_PERCENTILE = 99.5
LOCAL_NULL_FACTOR = 2.5
LOCAL_NULL_PX = 4.0
MIN_STRUCTURE = 0.03  # floors of the change thresholds: decoders differ by a grey level or two even on a lossless copy
MIN_COLOUR = 3.0 / 255
NO_CHANGE_BELOW = 0.002  # a changed share below this is reported as "no clear change"
MIN_AREA = 0.0005  # changed areas smaller than this share of the picture are dropped as specks
TEXTURE_SD = 8.0  # grey levels of local standard deviation: below, an area is flat
AGREE_BELOW = 0.1  # smoothed dissimilarity below this: the two photos match closely there (SSIM > 0.8)


# Same photograph or not, decided on the evaluation set (bench/forensics_bench.py, docs/adr/0013-forensic-cues.md): among
# the matched points RANSAC kept, two copies of one photograph put at least 91 % within a pixel of the
# final mapping, whatever the resize, recompression, crop or edit; another shot of the scene (parallax,
# things moved) from 23 % to 89 %. Where the original has texture, copies agree closely on at least 57 %
# of it even with a large edit; another shot on at most 50 %. A reference is refused when either share is
# low, or when both are middling (the one other shot that put 89 % of its points within a pixel agreed
# on under half of its texture).
MIN_PRECISE_INLIERS = 0.78
MIN_TEXTURED_AGREEMENT = 0.3
CLEARLY_PRECISE = 0.95  # below this, the textured agreement must reach SECOND_LOOK_AGREEMENT
SECOND_LOOK_AGREEMENT = 0.55


def _check_same_photograph(evidence: dict) -> None:
    """Raise ReferenceNotSamePhoto unless ``evidence`` (see compare_arrays) says the reference is a copy of
    the suspect's source photograph."""
    precise, agreement = evidence["precise_inliers"], evidence["textured_agreement"]
    if (precise < MIN_PRECISE_INLIERS or agreement < MIN_TEXTURED_AGREEMENT
            or (precise < CLEARLY_PRECISE and agreement < SECOND_LOOK_AGREEMENT)):
        error = ReferenceNotSamePhoto(
            f"precise inliers {evidence['precise_inliers']:.2f} (min {MIN_PRECISE_INLIERS}), textured agreement "
            f"{evidence['textured_agreement']:.2f} (min {MIN_TEXTURED_AGREEMENT}), PDQ distance "
            f"{evidence['pdq_distance']}, SSIM {evidence['ssim_mean']:.2f}")
        error.evidence = dict(evidence)  # what was decided from, for the record and the bench
        raise error


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
    where: str = "none"  # a key of WHERE: where most of the change lies
    sureness: str = "strong"  # "strong" or "moderate": how closely the rest of the two pictures agrees
    evidence: dict = field(default_factory=dict)  # what "same photograph" was decided from

    def conclusion(self, in_language: Translate = translate) -> str:
        """The headline: changed area, where, how sure, in one or two plain sentences (``in_language`` translates)."""
        return conclusion_sentence(self._facts(), in_language)

    def _facts(self) -> dict[str, Any]:
        return {"changed_fraction": self.changed_fraction, "where": self.where, "sureness": self.sureness,
                "changed_in_regions": self.changed_in_regions, "regions_changed": self.regions_changed}

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "homography": [list(row) for row in self.homography],
                "where": self.where, "sureness": self.sureness, "same_photograph": self.evidence,
                "conclusion": self.conclusion(lambda _context, text: text),
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


def _canonical(keypoints, descriptors):
    """Keypoints (and their descriptors) in a fixed order: OpenCV's threads may list them in any order,
    and RANSAC's samples, hence the homography, depend on the order of the matches."""
    if descriptors is None or not keypoints:
        return keypoints, descriptors
    order = sorted(range(len(keypoints)), key=lambda i: (keypoints[i].pt[1], keypoints[i].pt[0], keypoints[i].size,
                                                         keypoints[i].angle, keypoints[i].response, keypoints[i].octave))
    return [keypoints[i] for i in order], descriptors[order]


def align(suspect_grey: np.ndarray, original_grey: np.ndarray, *, ratio: float = 0.75,
          ransac_px: float = 3.0) -> tuple[np.ndarray, int, bool]:
    """Homography mapping ``original_grey`` onto ``suspect_grey``, its RANSAC inlier count, and
    whether ECC refined it. Raises AlignmentFailed when fewer than MIN_INLIERS matches agree."""
    homography, inliers, _matches, refined, _precise = _align(suspect_grey, original_grey, ratio=ratio, ransac_px=ransac_px)
    return homography, inliers, refined


def _align(suspect_grey: np.ndarray, original_grey: np.ndarray, *, ratio: float = 0.75,
           ransac_px: float = 3.0) -> tuple[np.ndarray, int, int, bool, float]:
    """``align`` plus the number of distinctive matches RANSAC chose its inliers from and the share of
    inliers that the final mapping puts within PRECISE_PX of their match."""
    import cv2

    cv2.setRNGSeed(0)  # RANSAC samples randomly: a fixed seed makes the homography repeatable
    sift = cv2.SIFT_create(nfeatures=4000)
    kp_s, des_s = _canonical(*sift.detectAndCompute(suspect_grey, None))
    kp_o, des_o = _canonical(*sift.detectAndCompute(original_grey, None))
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
    inlying = inlier_mask.ravel().astype(bool)

    def errors(matrix: np.ndarray) -> np.ndarray:
        mapped = cv2.perspectiveTransform(src.astype(np.float64), matrix).reshape(-1, 2)
        return np.linalg.norm(mapped - dst.reshape(-1, 2), axis=1)

    # Least squares on the inliers polishes RANSAC's estimate from its minimal samples.
    polished, _ = cv2.findHomography(src[inlying], dst[inlying], 0)
    if polished is None or abs(np.linalg.det(polished[:2, :2])) < 1e-3:
        polished = homography
    warp = np.asarray(polished, np.float64) / polished[2, 2]
    # ECC maximises correlation over all pixels: sub-pixel where the two agree, but a large edit pulls it
    # off (a 1 % scale drift was measured on a repainted torso). It is kept only if the matched points
    # agree with it at least as well as with the feature estimate.
    refined = False
    try:
        _, ecc = cv2.findTransformECC(
            suspect_grey.astype(np.float32), original_grey.astype(np.float32), np.linalg.inv(warp).astype(np.float32),
            cv2.MOTION_HOMOGRAPHY, (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, 1e-5), None, 5)
        ecc = np.linalg.inv(np.asarray(ecc, np.float64))
        ecc /= ecc[2, 2]
        if np.median(errors(ecc)[inlying]) <= np.median(errors(warp)[inlying]) + 0.05:
            warp, refined = ecc, True
    except (cv2.error, np.linalg.LinAlgError):
        pass  # ECC did not converge: the feature estimate stands, and the record says so
    # How precisely the matched points agree with the final mapping: within a pixel for two copies of one
    # photograph (resized or recompressed), spread over pixels when depth moved things (another shot).
    precise = float((errors(warp)[inlying] < PRECISE_PX).mean())
    return warp, inliers, len(good), refined, precise


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


WHERE = {
    "upper left": QT_TRANSLATE_NOOP("compare", "in the upper left of the picture"),
    "upper middle": QT_TRANSLATE_NOOP("compare", "in the upper middle of the picture"),
    "upper right": QT_TRANSLATE_NOOP("compare", "in the upper right of the picture"),
    "middle left": QT_TRANSLATE_NOOP("compare", "on the left side of the picture"),
    "centre": QT_TRANSLATE_NOOP("compare", "in the centre of the picture"),
    "middle right": QT_TRANSLATE_NOOP("compare", "on the right side of the picture"),
    "lower left": QT_TRANSLATE_NOOP("compare", "in the lower left of the picture"),
    "lower middle": QT_TRANSLATE_NOOP("compare", "in the lower middle of the picture"),
    "lower right": QT_TRANSLATE_NOOP("compare", "in the lower right of the picture"),
    "several": QT_TRANSLATE_NOOP("compare", "in several places of the picture"),
}
CHANGED = QT_TRANSLATE_NOOP("compare", "About {percent} % of the picture differs from the original photo, mostly {where}.")
IN_REGIONS = QT_TRANSLATE_NOOP("compare", "{share} % of the changed area lies in the sensitive regions.")
SURE_STRONG = QT_TRANSLATE_NOOP(
    "compare", "Everywhere else the two pictures line up closely, so this is strong evidence that this area was "
    "changed after the original photo was taken.")
SURE_MODERATE = QT_TRANSLATE_NOOP(
    "compare", "Elsewhere the two pictures line up less closely (resizing or recompression), so the outline of "
    "the area is approximate; the area itself is a reliable sign of a change.")
UNCHANGED = QT_TRANSLATE_NOOP(
    "compare", "No area differs clearly from the original photo: the two are copies of the same photograph, and "
    "nothing large enough to see at this resolution was added or removed.")


def conclusion_sentence(summary: dict, in_language: Translate = translate) -> str:
    """The plain conclusion of a comparison from its recorded JSON (``Comparison.to_json``), translated by
    ``in_language(context, text)``; the exhibit report rebuilds it in its own language from a sealed record."""
    fraction = float(summary.get("changed_fraction") or 0.0)
    if fraction < NO_CHANGE_BELOW or summary.get("where") in (None, "none"):
        return in_language("compare", UNCHANGED)
    percent = decimal(100 * fraction, in_language, 1) if fraction < 0.1 else f"{100 * fraction:.0f}"
    where = in_language("compare", WHERE.get(str(summary.get("where")), WHERE["several"]))
    parts = [in_language("compare", CHANGED).format(percent=percent, where=where)]
    if summary.get("regions_changed") or summary.get("changed_in_regions"):
        parts.append(in_language("compare", IN_REGIONS).format(share=f"{100 * float(summary.get('changed_in_regions') or 0):.0f}"))
    parts.append(in_language("compare", SURE_STRONG if summary.get("sureness") == "strong" else SURE_MODERATE))
    return " ".join(parts)


def _where(changed: np.ndarray) -> str:
    """Where most of ``changed`` lies on a 3x3 grid of the picture; "several" when it is spread over five
    or more cells; "none" when nothing changed."""
    total = int(changed.sum())
    if total == 0:
        return "none"
    h, w = changed.shape
    shares = np.array([[changed[r * h // 3:(r + 1) * h // 3, c * w // 3:(c + 1) * w // 3].sum() / total
                        for c in range(3)] for r in range(3)])
    if (shares >= 0.1).sum() >= 5:
        return "several"
    ys, xs = np.nonzero(changed)
    row, col = min(2, int(3 * ys.mean() / h)), min(2, int(3 * xs.mean() / w))
    return [["upper left", "upper middle", "upper right"], ["middle left", "centre", "middle right"],
            ["lower left", "lower middle", "lower right"]][row][col]


def _comparison_map(map_id: str, values: np.ndarray, params: dict, method: dict) -> Heatmap:
    from reviewer.detect.cues import CUES, tier

    cue = CUES[map_id]
    return Heatmap(map_id, cue.name, cue.meaning, cue.limits, values, params, method, tier(map_id, params))


def _robust_threshold(values: np.ndarray, k: float, floor: float) -> float:
    """median + k * (1.4826 MAD) of ``values``, at least ``floor``: "more different than most of this pair"."""
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    return max(median + k * mad, floor)


def _structure_and_colour(a_rgb: np.ndarray, b_rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(smoothed SSIM dissimilarity, blurred mean colour difference in [0, 1]) of two aligned RGB images."""
    import cv2

    dissimilarity = np.clip((1.0 - ssim_map(_grey(a_rgb), _grey(b_rgb))) / 2.0, 0, 1).astype(np.float32)
    colour = cv2.GaussianBlur(cv2.absdiff(a_rgb, b_rgb).astype(np.float32).mean(axis=2), (0, 0), BLUR_PX) / 255.0
    return cv2.GaussianBlur(dissimilarity, (0, 0), BLUR_PX), colour


def _changed_mask(smooth: np.ndarray, colour: np.ndarray, valid: np.ndarray, warped: np.ndarray, k: float,
                  suspect_jpeg_quality: int | None, resampled: np.ndarray | None = None) -> tuple[np.ndarray, dict]:
    """The changed area: where the structure OR the colours differ more than both (a) most of this pair and
    (b) an unedited pair at the same scale would. (b) is measured, not guessed: the aligned original
    (already shrunk to the suspect's scale) is put through the suspect's last save (JPEG at its quality)
    and compared with itself; its 99.5th percentile is the floor. Then specks are removed and holes
    filled (an edit is a solid area)."""
    import cv2

    if suspect_jpeg_quality is not None:
        ok, data = cv2.imencode(".jpg", warped, [cv2.IMWRITE_JPEG_QUALITY, int(suspect_jpeg_quality)])
        resaved = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if ok else warped
    else:
        resaved = warped
    null_structure, null_colour = _structure_and_colour(warped, resaved)
    if resampled is not None:  # the same picture resized with another kernel (and saved the same way)
        if suspect_jpeg_quality is not None:
            ok, data = cv2.imencode(".jpg", resampled, [cv2.IMWRITE_JPEG_QUALITY, int(suspect_jpeg_quality)])
            resampled = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if ok else resampled
        kernel_structure, kernel_colour = _structure_and_colour(warped, resampled)
    else:
        kernel_structure, kernel_colour = null_structure, null_colour
    floor_structure = max(float(np.percentile(null_structure[valid], NULL_PERCENTILE)), MIN_STRUCTURE)
    floor_colour = max(float(np.percentile(null_colour[valid], NULL_PERCENTILE)), MIN_COLOUR)
    # Another kernel changes edges and fine texture, not flat areas: it counts locally, not in the floor.
    null_structure, null_colour = np.maximum(null_structure, kernel_structure), np.maximum(null_colour, kernel_colour)
    threshold_structure = _robust_threshold(smooth[valid], k, floor_structure)
    threshold_colour = _robust_threshold(colour[valid], k, floor_colour)
    # And locally: fine texture loses more to a JPEG save than a flat wall, so a pixel must also differ by
    # more than LOCAL_NULL_FACTOR times what the unedited pair's save changed around it.
    local_structure = LOCAL_NULL_FACTOR * cv2.GaussianBlur(null_structure, (0, 0), LOCAL_NULL_PX)
    local_colour = LOCAL_NULL_FACTOR * cv2.GaussianBlur(null_colour, (0, 0), LOCAL_NULL_PX)
    changed = (((smooth > threshold_structure) & (smooth > local_structure))
               | ((colour > threshold_colour) & (colour > local_colour))) & valid
    opening = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    closing = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
    changed = cv2.morphologyEx(changed.astype(np.uint8), cv2.MORPH_OPEN, opening)
    changed = cv2.morphologyEx(changed, cv2.MORPH_CLOSE, closing)
    contours, _ = cv2.findContours(changed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(changed)
    smallest = MIN_AREA * float(valid.sum())
    kept = [c for c in contours if cv2.contourArea(c) >= smallest]
    if kept:
        cv2.drawContours(filled, kept, -1, 1, thickness=cv2.FILLED)
    filled = filled.astype(bool)
    # SSIM's window and the closing widen the area by a few pixels all round: along the border keep only
    # the pixels whose own colours changed more than an unedited pair's do.
    inner = cv2.erode(filled.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))).astype(bool)
    filled &= inner | (colour > floor_colour)
    thresholds = {"structure": round(threshold_structure, 5), "colour": round(threshold_colour, 5),
                  "null_structure": round(floor_structure, 5), "null_colour": round(floor_colour, 5)}
    return filled & valid, thresholds


def compare_arrays(suspect: np.ndarray, original: np.ndarray, *, regions: tuple[Region, ...] = (),
                   suspect_full_size: tuple[int, int] | None = None,
                   original_full_size: tuple[int, int] | None = None, k: float = 6.0,
                   input_sha256: dict | None = None, pdq_distance: int | None = None,
                   model_sha256: str | None = None, suspect_jpeg_quality: int | None = None) -> Comparison:
    """Compare RGB arrays (suspect as displayed, original photo). ``regions`` are in suspect full pixels.

    Raises AlignmentFailed when the two cannot be aligned reliably.
    """
    import cv2

    full_w, full_h = suspect_full_size or (suspect.shape[1], suspect.shape[0])
    small_s, _ = _scaled(suspect, WORK_SIDE)
    small_o, _ = _scaled(original, WORK_SIDE)
    grey_s, grey_o = _grey(small_s), _grey(small_o)
    homography, inliers, matches, refined, precise = _align(grey_s, grey_o)
    scale = float(np.sqrt(abs(np.linalg.det(homography[:2, :2]))))
    unshrunk = (small_o, homography)
    if scale < PRESHRINK_BELOW:
        # The suspect is a reduced copy: shrink the original the same way (area averaging, as platforms do)
        # before warping, so the warp resamples near 1:1 and adds no aliasing the suspect does not have.
        old_w, old_h = small_o.shape[1], small_o.shape[0]
        size = (max(1, round(old_w * scale)), max(1, round(old_h * scale)))
        small_o = cv2.resize(small_o, size, interpolation=cv2.INTER_AREA)
        homography = homography @ np.diag([old_w / size[0], old_h / size[1], 1.0])
        grey_o = _grey(small_o)
    h, w = grey_s.shape
    # An enlarged suspect was most likely enlarged bicubically (editors' and platforms' default): the same
    # interpolation leaves less difference along edges that is not an edit.
    interpolation = cv2.INTER_CUBIC if scale > ENLARGED_ABOVE else cv2.INTER_LINEAR
    warped = cv2.warpPerspective(small_o, homography, (w, h), flags=interpolation, borderValue=(0, 0, 0))
    # An unedited copy resized by another program differs from ours by its resampling kernel: the other
    # common kernel gives the size of that difference, for the threshold (none when the scale is 1).
    resampled = None
    if scale < PRESHRINK_BELOW or scale > ENLARGED_ABOVE:
        other = cv2.INTER_LINEAR if interpolation == cv2.INTER_CUBIC or scale < PRESHRINK_BELOW else cv2.INTER_CUBIC
        resampled = cv2.warpPerspective(unshrunk[0], unshrunk[1], (w, h), flags=other, borderValue=(0, 0, 0))
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
    smooth, difference = _structure_and_colour(small_s, warped)
    smooth[~valid] = 0
    difference[~valid] = 0
    values = smooth[valid]
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    # Where the original has texture, two copies of one photograph agree closely outside the edit; flat
    # areas agree for any two photos of a scene, so they say nothing about "same photograph".
    grey_w = _grey(warped).astype(np.float32)
    local_sd = np.sqrt(np.maximum(cv2.GaussianBlur(grey_w * grey_w, (0, 0), 3.0)
                                  - cv2.GaussianBlur(grey_w, (0, 0), 3.0) ** 2, 0))
    textured = valid & (local_sd > TEXTURE_SD)
    evidence = {"inliers": inliers, "matches": matches, "inlier_ratio": round(inliers / max(matches, 1), 4),
                "precise_inliers": round(precise, 4),
                "textured_agreement": round(float((smooth[textured] < AGREE_BELOW).mean()) if textured.any() else 1.0, 4),
                "ssim_mean": round(float(ssim[valid].mean()), 4),
                "agreement": round(float((values < AGREE_BELOW).mean()), 4),
                "median_dissimilarity": round(median, 4), "pdq_distance": pdq_distance,
                "scale": round(scale, 4)}
    _check_same_photograph(evidence)
    changed, thresholds = _changed_mask(smooth, difference, valid, warped, k, suspect_jpeg_quality, resampled)
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
              "k_mad": k, "work_size": [w, h], "min_inliers": MIN_INLIERS, "thresholds": thresholds,
              "null_percentile": NULL_PERCENTILE, "local_null_factor": LOCAL_NULL_FACTOR,
              "local_null_px": LOCAL_NULL_PX, "blur_px": BLUR_PX, "min_precise_inliers": MIN_PRECISE_INLIERS,
              "min_textured_agreement": MIN_TEXTURED_AGREEMENT, "clearly_precise": CLEARLY_PRECISE,
              "second_look_agreement": SECOND_LOOK_AGREEMENT, "suspect_jpeg_quality": suspect_jpeg_quality}
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
        heatmaps=maps, params=params, method=method, changed_mask=changed, where=_where(changed),
        sureness="strong" if evidence["precise_inliers"] >= 0.9 and evidence["textured_agreement"] >= 0.6 else "moderate",
        evidence=evidence)


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
        pdq_distance=distance, suspect_jpeg_quality=jpeg_quality(suspect.data) if suspect.format == "jpeg" else None,
        input_sha256={"suspect": suspect.sha256, "original": original.sha256},
        model_sha256=detections.method.get("model_sha256") if detections else None)
