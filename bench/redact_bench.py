"""Safe rendering of a 20-megapixel image against a plain grayscale conversion of the same image.

Prints milliseconds per render (median of several runs) and the ratio to ``cv2.cvtColor``
(RGB->GRAY->RGB, the least any grayscale view must do). Never fails on timing.
Run: .venv/bin/python bench/redact_bench.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reviewer.redact import Box, SafeViewSettings, redacted_derivative, render_safe, safe_thumbnail  # noqa: E402

WIDTH, HEIGHT = 5472, 3648  # 20 MP, a common camera size
RUNS = 7


def paired_median_ms(fn, baseline) -> tuple[float, float]:
    """Median ms of ``fn`` and of ``baseline``, run alternately so that both see the same machine load."""
    fn(), baseline()  # warm-up (allocations, OpenCV thread pool)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for target, out in ((fn, times[0]), (baseline, times[1])):
            start = time.perf_counter()
            target()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    rng = np.random.default_rng(7)
    # Noise with structure (a resized sample photo would do too): content does not change the cost.
    base = rng.integers(0, 256, (HEIGHT // 8, WIDTH // 8, 3), dtype=np.uint8)
    rgb = cv2.resize(base, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    rgb = cv2.add(rgb, rng.integers(0, 16, rgb.shape, dtype=np.uint8))
    # Typical detector output: a face, a few body regions of very different sizes, one overlapping.
    regions = [Box(2300, 300, 2900, 1050), Box(1800, 1200, 3600, 2400), Box(2000, 2300, 3300, 3500),
               Box(900, 1500, 1300, 1900), Box(3400, 1300, 4000, 2100), Box(5300, 3500, 5600, 3800)]

    def baseline():
        return cv2.cvtColor(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)

    print(f"image {WIDTH}x{HEIGHT} ({WIDTH * HEIGHT / 1e6:.1f} MP), {len(regions)} regions, "
          f"median of {RUNS} runs, {cv2.getNumThreads()} OpenCV threads; "
          "baseline = cv2.cvtColor RGB->GRAY->RGB of the same image, run alternately")
    cases = {
        "render_safe gaussian grayscale": lambda: render_safe(rgb, regions, analysed=True),
        "render_safe pixelate grayscale": lambda: render_safe(
            rgb, regions, analysed=True, settings=SafeViewSettings(blur_method="pixelate")),
        "render_safe gaussian colour": lambda: render_safe(
            rgb, regions, analysed=True, settings=SafeViewSettings(grayscale=False)),
        "render_safe one region revealed": lambda: render_safe(rgb, regions, analysed=True, revealed={1}),
        "render_safe pending (whole blur)": lambda: render_safe(rgb, regions, analysed=False),
        "render_safe pending pixelate": lambda: render_safe(
            rgb, regions, analysed=False, settings=SafeViewSettings(blur_method="pixelate")),
        "redacted_derivative (export)": lambda: redacted_derivative(rgb, regions),
        "safe_thumbnail 256": lambda: safe_thumbnail(rgb, regions, analysed=True, max_side=256),
    }
    for name, fn in cases.items():
        ms, base = paired_median_ms(fn, baseline)
        print(f"{name:34s}: {ms:8.1f} ms  baseline {base:6.1f} ms  ratio {ms / base:5.2f}x")


if __name__ == "__main__":
    main()
