"""Benchmark: `reviewer scan` against a loop of nudenet's NudeDetector().detect(path), same files, same run.

Builds 40 12-megapixel JPEGs (4000x3000) from the demo photos in a temporary folder, each slightly
different (brightness, mirror, noise), then times, each in its own fresh process (start-up included):
  1. baseline: `for f in files: NudeDetector().detect(f)` (one detector, created once);
  2. `reviewer scan DIR --out report.jsonl` (2 worker processes, the shipped default);
  3. the same Scanner in 2 threads of one process (the alternative the default was chosen against).
Prints throughputs (images/s), ratios against the baseline (target >= 4x) and peak memory (target
< 600 MB): the largest sum, over the process and its children, of their proportional set size
(PSS, which counts shared library pages once), sampled every 20 ms from /proc. Never fails on timing.
"""

from __future__ import annotations

import json
import resource
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
ROUNDS = 3

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

OURS = """
import sys, time
from reviewer.cli import main
start = time.perf_counter()
status = main(["scan", sys.argv[1], "--out", sys.argv[2]])
elapsed = time.perf_counter() - start
assert status == 0
print(elapsed, 0, 0)
"""

# Threads: one detector shared by 2 threads (1 intra-op thread each), same Scanner, same order.
OURS_THREADS = """
import json, sys, time
from concurrent.futures import ThreadPoolExecutor
start = time.perf_counter()
from reviewer.detect import RegionDetector
from reviewer.detect.scan import Scanner, walk
scanner = Scanner(RegionDetector(threads=1))
files, _ = walk([sys.argv[1]])
with ThreadPoolExecutor(2) as pool, open(sys.argv[2], "w") as out:
    for record in pool.map(scanner.record, files):
        out.write(json.dumps(record, sort_keys=True) + "\\n")
elapsed = time.perf_counter() - start
print(elapsed, 0, 0)
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


def tree_pss_mb(root: int) -> float:
    """Sum of PSS (MB) of ``root`` and its descendants, from /proc (0 for processes already gone)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    total_kib = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
        except OSError:
            continue
    return total_kib / 1024.0


def run(script: str, *args: str) -> tuple[float, float, float]:
    """Run ``script`` in a fresh Python; return (its own elapsed seconds, peak PSS MB of its process tree,
    CPU seconds of the tree: user + system of the process and the workers it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_pss_mb(process.pid))
        time.sleep(0.02)
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        sys.stderr.write(stderr[-3000:])
        raise SystemExit(f"benchmark step failed ({process.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return float(stdout.split()[-3]), peak, cpu


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="scan-bench-") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        start = time.perf_counter()
        make_photos(folder)
        size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"scan_bench: {COUNT} JPEGs 4000x3000 ({size_mb:.0f} MB) made in {time.perf_counter() - start:.1f} s")
        # Other work on the machine moves the figures: alternate the three ROUNDS times, keep each best.
        best: dict[str, tuple[float, float, float]] = {}
        steps = {"baseline": (BASELINE, folder), "scan": (OURS, folder), "threads": (OURS_THREADS, folder)}
        for round_ in range(ROUNDS):
            for name, (script, where) in steps.items():
                out = Path(tmp) / f"{name}-{round_}.jsonl"
                out.unlink(missing_ok=True)
                result = run(script, str(where), str(out))
                if name not in best or result[0] < best[name][0]:
                    best[name] = result
        lines = [json.loads(x) for x in (Path(tmp) / "scan-0.jsonl").read_text().splitlines()]
        ok = sum(1 for x in lines if x["status"] == "ok")
    rate = {name: COUNT / value[0] for name, value in best.items()}
    cpu_ms = {name: 1000 * value[2] / COUNT for name, value in best.items()}
    print(f"baseline  nudenet NudeDetector().detect(path) loop: {rate['baseline']:6.2f} images/s  "
          f"peak {best['baseline'][1]:4.0f} MB  cpu {cpu_ms['baseline']:5.1f} ms/image")
    print(f"reviewer scan (2 processes, shipped default):     {rate['scan']:6.2f} images/s  "
          f"peak {best['scan'][1]:4.0f} MB  cpu {cpu_ms['scan']:5.1f} ms/image  ({ok}/{COUNT} ok; hashes, PDQ, "
          f"provenance, regions)")
    print(f"same scanner in 2 threads (alternative):          {rate['threads']:6.2f} images/s  "
          f"peak {best['threads'][1]:4.0f} MB  cpu {cpu_ms['threads']:5.1f} ms/image")
    print(f"ratio scan/baseline: {rate['scan'] / rate['baseline']:.2f}x (target >= 4x); threads/baseline: "
          f"{rate['threads'] / rate['baseline']:.2f}x; peak memory {best['scan'][1]:.0f} MB (target < 600 MB); "
          f"cpu per image baseline/scan: {cpu_ms['baseline'] / cpu_ms['scan']:.2f}x")


if __name__ == "__main__":
    main()
