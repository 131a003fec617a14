"""Benchmark: how well each forensic cue and the reference comparison find undress-like edits.

The evaluation set (bench/forensics_set.py) is rebuilt here with fixed seeds: 6 neutral photos x 5 edit
kinds x 6 post-processing conditions, plus the unedited controls. Everything goes through the public
entry points (``reviewer.media.ingest_bytes``, ``reviewer.detect.heatmaps_for``,
``reviewer.detect.compare_with_reference``), as the window and `reviewer scan` call them.

Printed, per cue and per condition:
- pixel AUC: the probability that an edited pixel scores above an unedited one, mean over the edited
  pictures (0.5 = chance; below 0.5 = the map points at the untouched area);
- image AUC: edited pictures against unedited controls, scored by the map's 95th percentile;
- false alarm: the share of an unedited control's area at or above 0.5, mean over controls;
- shown: the share of the pictures on which the map is in the "default" tier (shown to a non-expert),
  and "shown by default": its mean pixel AUC over the edited pictures where it is.
And for the comparison with the original photo: IoU of the changed mask with the true mask, pixel AUC of
the structure-change and colour-change maps, how often a true original was refused, the changed area reported on unedited
controls, and how often a different photograph of the same scene, or an unrelated photo, was refused.
No target is checked here (tests/detect/test_forensic_set.py does, on the small set); the figures are
copied into models/*.md and docs/adr/0013-forensic-cues.md.
Run: .venv/bin/python bench/forensics_bench.py [--small]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import forensics_set as fs  # noqa: E402

from reviewer.detect import AlignmentFailed, compare_with_reference, heatmaps_for  # noqa: E402
from reviewer.media import ingest_bytes  # noqa: E402


def pixel_auc(scores: np.ndarray, mask: np.ndarray) -> float:
    """ROC AUC of ``scores`` separating ``mask`` pixels from the others (Mann-Whitney, ties counted half)."""
    s = scores.astype(np.float64).ravel()
    m = mask.astype(bool).ravel()
    positives, negatives = int(m.sum()), int(m.size - m.sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    sorted_s = s[order]
    _, first, counts = np.unique(sorted_s, return_index=True, return_counts=True)
    ranks = np.empty(len(s), np.float64)
    ranks[order] = np.repeat(first + (counts - 1) / 2.0 + 1.0, counts)
    return float((ranks[m].sum() - positives * (positives + 1) / 2.0) / (positives * negatives))


def score_auc(positive: list[float], negative: list[float]) -> float:
    """ROC AUC of image scores: edited pictures (positive) against controls (negative)."""
    if not positive or not negative:
        return float("nan")
    scores = np.array(positive + negative)
    labels = np.array([True] * len(positive) + [False] * len(negative))
    return pixel_auc(scores, labels)


def mask_at(mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """``mask`` resampled to ``shape`` (H, W) of a map."""
    if mask.shape == shape:
        return mask
    return cv2.resize(mask.astype(np.float32), (shape[1], shape[0]), interpolation=cv2.INTER_AREA) >= 0.5


def image_score(values: np.ndarray) -> float:
    return float(np.percentile(values, 95))


def evaluate_cues(cases: list[fs.Case]) -> dict:
    """{cue id: {condition: {"pixel_auc", "image_auc", "false_alarm", "n"}}} over ``cases``."""
    pixel: dict = defaultdict(lambda: defaultdict(list))
    scores: dict = defaultdict(lambda: defaultdict(lambda: ([], [])))
    false_alarm: dict = defaultdict(lambda: defaultdict(list))
    shown: dict = defaultdict(lambda: defaultdict(list))  # 1 where the map is in the default tier
    shown_auc: dict = defaultdict(list)  # pixel AUC on the edited pictures where it is shown by default
    for case in cases:
        media = ingest_bytes(case.data, case.name)
        for heatmap in heatmaps_for(media):
            values = heatmap.values
            shown[heatmap.id][case.condition].append(float(heatmap.tier == "default"))
            if case.edited:
                auc = pixel_auc(values, mask_at(case.mask, values.shape))
                pixel[heatmap.id][case.condition].append(auc)
                if heatmap.tier == "default":
                    shown_auc[heatmap.id].append(auc)
                scores[heatmap.id][case.condition][0].append(image_score(values))
            else:
                scores[heatmap.id][case.condition][1].append(image_score(values))
                false_alarm[heatmap.id][case.condition].append(float((values >= 0.5).mean()))
    out: dict = {}
    for cue in sorted(set(pixel) | set(false_alarm)):
        out[cue] = {}
        for condition in fs.CONDITIONS:
            aucs = [a for a in pixel[cue].get(condition, []) if a == a]
            if not aucs and condition not in false_alarm[cue]:
                continue
            positive, negative = scores[cue][condition]
            out[cue][condition] = {
                "pixel_auc": float(np.mean(aucs)) if aucs else float("nan"),
                "image_auc": score_auc(positive, negative),
                "false_alarm": float(np.mean(false_alarm[cue][condition])) if false_alarm[cue][condition] else float("nan"),
                "shown": float(np.mean(shown[cue][condition])), "n": len(aucs)}
        out[cue]["shown by default"] = {"pixel_auc": float(np.mean(shown_auc[cue])) if shown_auc[cue] else float("nan"),
                                        "image_auc": float("nan"), "false_alarm": float("nan"),
                                        "shown": float("nan"), "n": len(shown_auc[cue])}
    return out


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / union) if union else 1.0


def evaluate_comparison(cases: list[fs.Case], photos: tuple[int, ...]) -> dict:
    """Per condition: IoU and pixel AUC on edits, refusals of true originals, area flagged on controls;
    and refusal rates for another shot of the same scene and for unrelated photos."""
    per: dict = defaultdict(lambda: defaultdict(list))
    evidence: list[tuple[str, dict | None]] = []  # what "same photograph" was decided from, per pair
    originals: dict[str, object] = {}
    for case in cases:
        suspect = ingest_bytes(case.data, case.name)
        if case.photo not in originals:
            originals[case.photo] = ingest_bytes(case.original, f"{case.photo}-original.jpg")
        try:
            result = compare_with_reference(suspect, originals[case.photo])
        except AlignmentFailed as error:
            per[case.condition]["refused"].append(1.0)
            evidence.append(("true", getattr(error, "evidence", None)))
            continue
        per[case.condition]["refused"].append(0.0)
        evidence.append(("true", result.evidence))
        changed = result.changed_mask
        if case.edited:
            truth = mask_at(case.mask, changed.shape)
            per[case.condition]["iou"].append(iou(changed, truth))
            maps = {h.id: h.values for h in result.heatmaps}
            per[case.condition]["pixel_auc"].append(pixel_auc(maps["ssim_change"], mask_at(case.mask, maps["ssim_change"].shape)))
            per[case.condition]["colour_auc"].append(pixel_auc(maps["difference"], mask_at(case.mask, maps["difference"].shape)))
        else:
            per[case.condition]["control_changed"].append(result.changed_fraction)
    table = {c: {k: float(np.mean(v)) for k, v in per[c].items()} | {"n": len(per[c]["refused"])} for c in per}
    # References that are not the source photo: another shot of the same scene, and every other photo.
    refused_shot, refused_other = [], []
    for index in photos:
        stem = fs.PHOTOS[index].stem
        suspects = [c for c in cases if c.photo == stem and c.edit in ("none", "splice") and c.condition in ("lossless", "resize60_q80")]
        shot = ingest_bytes(fs.another_shot(index), f"{stem}-another-shot.jpg")
        for case in suspects:
            suspect = ingest_bytes(case.data, case.name)
            refused, found = _refused(suspect, shot)
            refused_shot.append(refused)
            evidence.append(("shot", found))
        for other in photos:
            if other != index:
                reference = ingest_bytes(fs.camera_jpeg(other), "other.jpg")
                refused_other.append(_refused(ingest_bytes(suspects[0].data, suspects[0].name), reference)[0])
    spread = {}
    for kind in ("true", "shot"):
        for key in ("precise_inliers", "textured_agreement", "inlier_ratio", "ssim_mean", "pdq_distance"):
            values = [e[key] for k, e in evidence if k == kind and e and e.get(key) is not None]
            spread[(kind, key)] = (min(values), max(values)) if values else (float("nan"), float("nan"))
    return {"conditions": table, "another_shot_refused": float(np.mean(refused_shot)), "another_shot_n": len(refused_shot),
            "unrelated_refused": float(np.mean(refused_other)), "unrelated_n": len(refused_other), "spread": spread}


def _refused(suspect, reference) -> tuple[float, dict | None]:
    """(1.0 if ``reference`` is refused else 0.0, the same-photograph evidence when it got that far)."""
    try:
        return 0.0, compare_with_reference(suspect, reference).evidence
    except AlignmentFailed as error:
        return 1.0, getattr(error, "evidence", None)


def _f(value: float) -> str:
    return "  -  " if value != value else f"{value:5.3f}"


def print_cues(table: dict) -> None:
    print(f"{'cue':16} {'condition':16} {'pixel AUC':>9} {'image AUC':>9} {'false alarm':>11} {'shown':>6} {'n':>3}")
    for cue, rows in table.items():
        for condition, row in rows.items():
            if condition == "shown by default":
                continue
            print(f"{cue:16} {condition:16} {_f(row['pixel_auc']):>9} {_f(row['image_auc']):>9} "
                  f"{_f(row['false_alarm']):>11} {_f(row['shown']):>6} {row['n']:>3}")
        aucs = [r["pixel_auc"] for c, r in rows.items() if c != "shown by default" and r["pixel_auc"] == r["pixel_auc"]]
        print(f"{cue:16} {'mean':16} {_f(float(np.mean(aucs)) if aucs else float('nan')):>9}")
        default = rows["shown by default"]
        print(f"{cue:16} {'shown by default':16} {_f(default['pixel_auc']):>9} {'':>9} {'':>11} {'':>6} {default['n']:>3}")


def print_comparison(result: dict) -> None:
    print(f"\n{'comparison':16} {'condition':16} {'IoU':>6} {'pixel AUC':>9} {'colour AUC':>10} {'refused':>8} "
          f"{'ctrl changed':>12} {'n':>3}")
    for condition in fs.CONDITIONS:
        row = result["conditions"].get(condition)
        if row is None:
            continue
        print(f"{'compare':16} {condition:16} {_f(row.get('iou', float('nan'))):>6} "
              f"{_f(row.get('pixel_auc', float('nan'))):>9} {_f(row.get('colour_auc', float('nan'))):>10} "
              f"{_f(row['refused']):>8} "
              f"{_f(row.get('control_changed', float('nan'))):>12} {row['n']:>3}")
    print(f"another shot of the same scene refused: {result['another_shot_refused']:.2f} "
          f"(n={result['another_shot_n']}); unrelated photo refused: {result['unrelated_refused']:.2f} "
          f"(n={result['unrelated_n']})")
    print("same-photograph evidence, range [min, max] over true originals | over another shot:")
    for key in ("precise_inliers", "textured_agreement", "inlier_ratio", "ssim_mean", "pdq_distance"):
        (t0, t1), (s0, s1) = result["spread"][("true", key)], result["spread"][("shot", key)]
        print(f"  {key:20} [{_f(t0)}, {_f(t1)}] | [{_f(s0)}, {_f(s1)}]")


def main() -> None:
    small = "--small" in sys.argv
    photos = (0, 2) if small else tuple(range(len(fs.PHOTOS)))
    start = time.perf_counter()
    cases = fs.small_set() if small else fs.build()
    print(f"{len(cases)} pictures ({sum(c.edited for c in cases)} edited, "
          f"{sum(not c.edited for c in cases)} controls) built in {time.perf_counter() - start:.1f} s\n")
    print_cues(evaluate_cues(cases))
    print_comparison(evaluate_comparison(cases, photos))


if __name__ == "__main__":
    main()
