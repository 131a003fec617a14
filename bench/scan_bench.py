"""Benchmark: `reviewer scan` against a loop of nudenet's NudeDetector().detect(path), same files, same run.

Builds 40 12-megapixel JPEGs (4000x3000) from the demo photos in a temporary folder, each slightly
different (brightness, mirror, noise), then times, each in its own fresh process:
  1. baseline: `for f in files: NudeDetector().detect(f)` (one detector, created once);
  2. `reviewer scan DIR --out report.jsonl` (threads, the shipped default);
  3. the same scan with a pool of processes instead of threads (to justify the default).
Prints throughputs (images/s), ratios against the baseline (target >= 4x) and peak memory
(target < 600 MB, ru_maxrss of the process tree). Never fails on timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
COUNT = 40

BASELINE = """
import resource, sys, time
from pathlib import Path
from nudenet import NudeDetector
files = sorted(Path(sys.argv[1]).glob("*.jpg"))
start = time.perf_counter()
detector = NudeDetector()
for f in files:
    detector.detect(str(f))
elapsed = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(elapsed, len(files), peak)
"""

OURS_THREADS = """
import resource, sys, time
from reviewer.cli import main
start = time.perf_counter()
status = main(["scan", sys.argv[1], "--out", sys.argv[2]])
elapsed = time.perf_counter() - start
assert status == 0
print(elapsed, 0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# Processes: each worker builds its own detector once (1 intra-op thread) and runs the same Scanner.
OURS_PROCESSES = """
import json, resource, sys, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
scanner = None
def init():
    global scanner
    from reviewer.detect import RegionDetector
    from reviewer.detect.scan import Scanner
    scanner = Scanner(RegionDetector(threads=1))
def work(path):
    return scanner.record(Path(path))
if __name__ == "__main__":
    from reviewer.detect.scan import walk
    start = time.perf_counter()
    files, _ = walk([sys.argv[1]])
    with ProcessPoolExecutor(2, initializer=init) as pool, open(sys.argv[2], "w") as out:
        for record in pool.map(work, [str(f) for f in files], chunksize=2):
            out.write(json.dumps(record, sort_keys=True) + "\\n")
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 2
    print(elapsed, 0, peak)
"""


def make_photos(folder: Path) -> None:
    """40 different 12 MP JPEGs from the four demo photos (neutral content only)."""
    rng = np.random.default_rng(7)
    names = sorted(SAMPLES.glob("*.png")) + sorted(SAMPLES.glob("*.jpg"))
    bases = [cv2.resize(cv2.imread(str(p), cv2.IMREAD_COLOR), (4000, 3000), interpolation=cv2.INTER_CUBIC)
             for p in names]
    for i in range(COUNT):
        image = bases[i % len(bases)]
        image = cv2.convertScaleAbs(image, alpha=1.0 + 0.01 * (i % 7), beta=float(i % 5))
        if i % 2:
            image = cv2.flip(image, 1)
        noise = rng.integers(0, 4, image.shape[:2], dtype=np.uint8)
        image = cv2.add(image, cv2.merge([noise, noise, noise]))
        cv2.imwrite(str(folder / f"photo-{i:02d}.jpg"), image, [cv2.IMWRITE_JPEG_QUALITY, 90])


def run(script: str, *args: str) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-3000:])
        raise SystemExit(f"benchmark step failed ({out.returncode})")
    elapsed, _, peak_kib = out.stdout.split()[-3:]
    return float(elapsed), int(peak_kib) / 1024.0


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="scan-bench-") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        start = time.perf_counter()
        make_photos(folder)
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"scan_bench: {COUNT} JPEGs 4000x3000 ({size_mb:.0f} MB) made in {time.perf_counter() - start:.1f} s")
        base_s, base_mb = run(BASELINE, str(folder))
        ours_s, ours_mb = run(OURS_THREADS, str(folder), str(Path(tmp) / "threads.jsonl"))
        proc_s, proc_mb = run(OURS_PROCESSES, str(folder), str(Path(tmp) / "processes.jsonl"))
        lines = [json.loads(x) for x in (Path(tmp) / "threads.jsonl").read_text().splitlines()]
        ok = sum(1 for x in lines if x["status"] == "ok")
    base_rate, ours_rate, proc_rate = COUNT / base_s, COUNT / ours_s, COUNT / proc_s
    print(f"baseline  nudenet NudeDetector().detect(path) loop: {base_rate:6.2f} images/s  peak {base_mb:5.0f} MB")
    print(f"reviewer scan (2 threads, shipped default):       {ours_rate:6.2f} images/s  peak {ours_mb:5.0f} MB"
          f"  ({ok}/{COUNT} ok; hashes, PDQ, provenance, regions)")
    print(f"reviewer scanner in 2 processes (alternative):    {proc_rate:6.2f} images/s  peak {proc_mb:5.0f} MB (sum of processes)")
    print(f"ratio scan/baseline: {ours_rate / base_rate:.2f}x (target >= 4x); processes/baseline: "
          f"{proc_rate / base_rate:.2f}x; peak memory target < 600 MB")


if __name__ == "__main__":
    main()
