"""From selecting a 12-megapixel JPEG in the window to its first safe paint and its region-blurred paint,
against a plain full-size OpenCV decode of the same bytes in the same run (offscreen).

Builds a 4000x3000 JPEG from the demo astronaut photo (a face, which the detector finds and the
window blurs) in a temporary folder. The media is read (hashed) beforehand, as it is once it sits in
the grid; each run then puts a fresh entry in the grid and times, on the GUI thread:
  - selection -> first safe paint: reduced decode (screen size) + whole-image blur + paint;
  - selection -> region-blurred paint: the same, with detection (reduced decode for the model, ONNX)
    and the region blur, painted as soon as they are done.
Prints medians in ms and ratios to the baseline (targets: first safe paint <= 2x the decode,
region-blurred <= 4x). Never fails on timing.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reviewer  # noqa: E402,F401  first: it switches onnxruntime's telemetry off (reviewer/offline.py)
import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from reviewer.media import ingest  # noqa: E402

RUNS = 7


def make_jpeg(folder: Path) -> Path:
    base = cv2.imread(str(ROOT / "resources" / "samples" / "astronaut.png"))
    big = cv2.resize(base, (4000, 3000), interpolation=cv2.INTER_CUBIC)
    noise = np.random.default_rng(7).normal(0, 4, big.shape)
    big = np.clip(big + noise, 0, 255).astype(np.uint8)
    path = folder / "photo-12mp.jpg"
    cv2.imwrite(str(path), big, [cv2.IMWRITE_JPEG_QUALITY, 92])
    return path


def wait_for(signal, predicate, timeout_s: float = 60.0) -> None:
    """Run the event loop (blocking, as the application does: no busy polling that would hold the GIL
    the workers need) until ``predicate()`` is true after an emission of ``signal``."""
    if predicate():
        return
    loop = QEventLoop()

    def check(*_args) -> None:
        if predicate():
            loop.quit()

    signal.connect(check)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    signal.disconnect(check)
    if not predicate():
        raise TimeoutError("the window did not paint in time")


def main() -> int:
    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application("en")
    with tempfile.TemporaryDirectory() as tmp:
        path = make_jpeg(Path(tmp))
        data = path.read_bytes()
        media = ingest(path, frame_pdq="none")
        window = MainWindow(Path(tmp) / "vault", UiSettings(language="en"), selftest=False)
        window.resize(1600, 1000)
        window.show()
        window.detector.get()  # the model loads once per session, at unlock
        stamps: dict[str, float] = {}
        window.rendered.connect(lambda state: stamps.setdefault(state, time.perf_counter()))

        baseline, first, blurred = [], [], []
        for run in range(RUNS):
            t0 = time.perf_counter()
            decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
            baseline.append(time.perf_counter() - t0)
            assert decoded.shape[:2] == (3000, 4000)

            stamps.clear()
            entry = window.cases.add_entries([(f"run-{run}.jpg", None)])[0]
            entry.media = media
            t0 = time.perf_counter()
            window.select_media(window.grid_model.rowCount() - 1)  # first safe paint starts here
            window.ingest.start_detection(entry, record=False)          # as the ingest pipeline does
            wait_for(window.rendered, lambda: "analysed" in stamps)
            first.append(stamps.get("pending", stamps["analysed"]) - t0)
            blurred.append(stamps["analysed"] - t0)
            window.runner.shutdown()  # stop the heatmaps started after the paint; they are not measured
            app.processEvents()
        window.runner.shutdown()
        window.close()

    base = statistics.median(baseline) * 1000
    first_ms = statistics.median(first) * 1000
    blurred_ms = statistics.median(blurred) * 1000
    print(f"ui_bench: 12 MP JPEG (4000x3000), {RUNS} runs, medians, screen side {window.viewing.screen_side()} px")
    print(f"  baseline full cv2 decode      {base:8.1f} ms")
    print(f"  select -> first safe paint    {first_ms:8.1f} ms   ratio {first_ms / base:5.2f}x (target <= 2x)")
    print(f"  select -> region-blurred paint {blurred_ms:7.1f} ms   ratio {blurred_ms / base:5.2f}x (target <= 4x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
