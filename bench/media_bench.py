"""Ingest of a 12-megapixel JPEG against a plain full-size OpenCV decode of the same file, same run.

Builds a 4000x3000 JPEG (quality 92, EXIF orientation tag and camera fields) from the demo
astronaut photo in a temporary folder, then times alternately:
  - baseline: ``cv2.imread(path)`` (read the file, decode every pixel at full size);
  - ``reviewer.media.ingest(path, frame_pdq="none")``: read once, SHA-256 + SHA-1 + MD5, header and
    pixel-limit check, reduced decode for PDQ, PDQ, EXIF/XMP/C2PA metadata and signals;
  - ingest + ``Media.decode(max_side=1024)``, the preview the window shows next.
Prints medians in ms and the ratio to the baseline (target: ingest <= 1.5x). Never fails on timing.
Run: .venv/bin/python bench/media_bench.py
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reviewer.media import ingest  # noqa: E402

RUNS = 15


def make_jpeg(folder: Path) -> Path:
    base = np.asarray(Image.open(ROOT / "resources" / "samples" / "astronaut.png").convert("RGB"))
    # 4000x3000 from a 512x512 photo: resize, then add mild noise so it compresses like a camera photo.
    big = cv2.resize(base, (4000, 3000), interpolation=cv2.INTER_CUBIC)
    noise = np.random.default_rng(7).normal(0, 4, big.shape)
    big = np.clip(big + noise, 0, 255).astype(np.uint8)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "BenchCam", "12MP", 1
    out = io.BytesIO()
    Image.fromarray(big).save(out, "JPEG", quality=92, exif=exif.tobytes())
    path = folder / "photo-12mp.jpg"
    path.write_bytes(out.getvalue())
    return path


def paired_medians(*fns) -> list[float]:
    """Median ms of each function, run round-robin so that all see the same machine load."""
    for fn in fns:
        fn()  # warm-up: imports, OpenCV thread pool, c2pa library load
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(RUNS):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = make_jpeg(Path(tmp))
        size_mb = path.stat().st_size / 1024**2
        media = ingest(path, frame_pdq="none")
        assert (media.width, media.height) == (4000, 3000)
        baseline, ingest_ms, with_preview = paired_medians(
            lambda: cv2.imread(str(path)),
            lambda: ingest(path, frame_pdq="none"),
            lambda: ingest(path, frame_pdq="none").decode(max_side=1024),
        )
    print(f"file: 4000x3000 JPEG q92, {size_mb:.1f} MB; median of {RUNS} runs")
    print(f"baseline cv2.imread full size:        {baseline:7.1f} ms")
    print(f"ingest (hashes+PDQ+metadata):         {ingest_ms:7.1f} ms   ratio {ingest_ms / baseline:.2f}x (target <= 1.5x)")
    print(f"ingest + 1024 px preview decode:      {with_preview:7.1f} ms   ratio {with_preview / baseline:.2f}x")


if __name__ == "__main__":
    main()
