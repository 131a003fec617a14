"""The grid's sort-and-filter proxy at scale: rows arriving in batches under a chosen order and filter, and a
change of order, for cases of 1,000 and 10,000 media, against the same rows in the bare grid model (no proxy)
in the same run.

No vault and no picture: the grid model gets synthetic entries (names, kinds) and the proxy synthetic facts,
as the window gives them (``casework.media_filter.MediaFacts``). Rows are appended 200 at a time, as a case is
listed (ROWS_PER_TURN). Prints, per size, the bare append, the append through the proxy sorted by name with a
review filter, and a re-sort by review state; then the growth exponents from the small to the large case
(1.0 = linear; sorting is n log n, about 1.1 over this range; target <= 1.25) and the proxy's overhead ratio
over the bare model. Never fails on timing.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/grid_filter_bench.py
"""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reviewer  # noqa: E402,F401  first: it switches onnxruntime's telemetry off (reviewer/offline.py)
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer.casework.media_filter import NOT_REVIEWED, REVIEWED, GridView, MediaFacts  # noqa: E402
from reviewer.ui.grid_filter import MediaGridFilter  # noqa: E402
from reviewer.ui.media_grid import ROW_ANALYSED, MediaEntry, MediaGridModel  # noqa: E402

SIZES = (1_000, 10_000)
BATCH = 200
RUNS = 3


def entries(size: int) -> tuple[list[MediaEntry], dict]:
    rows, facts = [], {}
    for i in range(size):
        media_id = f"{i:032x}"
        name = f"IMG_{(i * 7919) % size:05d}.jpg"  # names out of order, as a folder's are
        rows.append(MediaEntry(i, name, media_id=media_id))
        facts[media_id] = MediaFacts("video" if i % 10 == 0 else "image", i + 1, "2026-12-06T10:00:00.000Z",
                                     REVIEWED if i % 3 == 0 else NOT_REVIEWED, ("not-sexual",) if i % 3 == 0 else ())
    return rows, facts


def append_all(model: MediaGridModel, rows: list[MediaEntry]) -> float:
    started = time.perf_counter()
    for start in range(0, len(rows), BATCH):
        model.append(rows[start:start + BATCH], ROW_ANALYSED)
    return time.perf_counter() - started


def measure(size: int) -> tuple[float, float, float]:
    """(append through the proxy in the default order, unfiltered: the baseline; append sorted by name and
    filtered; switching to the review-state order), in seconds."""
    rows, facts = entries(size)
    timings = []
    for view in (GridView(), GridView(order="name", review=NOT_REVIEWED)):
        model = MediaGridModel()
        proxy = MediaGridFilter()
        proxy.set_facts(facts)
        proxy.set_view(view)
        proxy.setSourceModel(model)
        timings.append(append_all(model, rows))
        proxy.index(0, 0)
    assert proxy.rowCount() == sum(1 for f in facts.values() if f.review == NOT_REVIEWED)
    started = time.perf_counter()
    proxy.set_view(GridView(order="review"))
    assert proxy.rowCount() == size and proxy.index(0, 0).isValid()  # the new order is built, not deferred
    timings.append(time.perf_counter() - started)
    return tuple(timings)


def main() -> int:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an application object
    results = {}
    for size in SIZES:
        runs = [measure(size) for _ in range(RUNS)]
        results[size] = tuple(min(r[i] for r in runs) for i in range(3))
        plain, proxied, resort = results[size]
        print(f"{size:6d} media appended in the order added {plain * 1000:7.1f} ms; by name, filtered "
              f"{proxied * 1000:7.1f} ms (ratio {proxied / plain:5.1f}); re-sorted by review state "
              f"{resort * 1000:7.1f} ms", flush=True)
    low, high = SIZES
    growth = {name: math.log(results[high][i] / results[low][i]) / math.log(high / low)
              for i, name in enumerate(("added", "sorted", "resort"))}
    print(f"growth exponents from {low} to {high} media: order added {growth['added']:.2f}, by name "
          f"{growth['sorted']:.2f}, re-sort {growth['resort']:.2f} (1.0 = linear; target <= 1.25)")
    print(f"grid filter summary: added_exponent={growth['added']:.2f} sorted_exponent={growth['sorted']:.2f} "
          f"resort_exponent={growth['resort']:.2f} sorted_ratio_{high}={results[high][1] / results[high][0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
