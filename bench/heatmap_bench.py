"""Benchmark: the forensic heatmaps of a 12-megapixel JPEG (what the window computes when a photo is
opened, and `reviewer scan --heatmaps` for each photo), against a plain full-size OpenCV decode of the
same bytes in the same run (these machines are shared and noisy: only the ratio is comparable).

Builds a 4000x3000 JPEG (quality 90) from the demo astronaut photo with mild noise in a temporary
folder, then times each map and all of them (heatmaps_for, full decode included), best of RUNS, one
thread calling. No target in the issue: the figures track the cost. Never fails on timing.
Run: .venv/bin/python bench/heatmap_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.detect import RegionDetector, heatmaps_for  # noqa: E402
from reviewer.detect import heatmaps as maps  # noqa: E402
from reviewer.media import ingest  # noqa: E402

RUNS = 3


def best(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="heatmap-bench-") as tmp:
        base = cv2.imread(str(ROOT / "resources" / "samples" / "astronaut.png"))
        big = cv2.resize(base, (4000, 3000), interpolation=cv2.INTER_CUBIC)
        big = np.clip(big + np.random.default_rng(7).normal(0, 3, big.shape), 0, 255).astype(np.uint8)
        path = Path(tmp) / "photo-12mp.jpg"
        cv2.imwrite(str(path), big, [cv2.IMWRITE_JPEG_QUALITY, 90])
        media = ingest(path)
    detections = RegionDetector().detect_media(media)
    buffer = np.frombuffer(media.data, np.uint8)
    rgb = media.decode().rgb
    quality = maps.jpeg_quality(media.data) or 90
    decode = best(lambda: cv2.imdecode(buffer, cv2.IMREAD_COLOR))
    parts = {
        "noise residual": best(lambda: maps.noise_residual(rgb)),
        "local noise level": best(lambda: maps.local_noise_variance(rgb)),
        "error level analysis": best(lambda: maps.error_level(rgb, quality)),
        "JPEG ghosts (12 qualities)": best(lambda: maps.jpeg_ghost(rgb, quality)),
    }
    total = best(lambda: heatmaps_for(media, detections))
    print(f"heatmap_bench: 4000x3000 JPEG q{quality}, {len(media.data) / 1e6:.1f} MB; best of {RUNS}")
    print(f"baseline  cv2.imdecode full size: {decode * 1000:7.1f} ms")
    for name, seconds in parts.items():
        print(f"  {name:28s} {seconds * 1000:7.1f} ms ({seconds / decode:5.1f}x the decode)")
    print(f"all maps (heatmaps_for, decode included): {total * 1000:7.1f} ms = {total / decode:.1f}x the decode")


if __name__ == "__main__":
    main()
