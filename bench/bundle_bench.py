"""Size of the frozen bundle (dist/reviewer), then its start-up cost against the same commands from the
source venv.

The size report (total unpacked, by component, largest files) is installers/build_bundle.py's.

What IT staff and reviewers feel: how long `reviewer --version` (interpreter and command line only)
and `reviewer selftest --no-qt` (model hash, detector, vault) take when started from the one-folder
bundle, as a ratio to the same command run by the venv's Python in the same run (the baseline).
Median of RUNS each. Skips (exit 0) when no bundle was built (`make installer`). Never fails on timing.
Run: .venv/bin/python bench/bundle_bench.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "reviewer" / "reviewer"
RUNS = 5


def median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, cwd=env["HOME"])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    if not BUNDLE.is_file():
        print("bundle_bench: no bundle in dist/ (make installer); skipped")
        return 0
    sys.path.insert(0, str(ROOT / "installers"))
    import build_bundle

    _total, lines = build_bundle.size_report(BUNDLE.parent)
    print("\n".join(lines))
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
               "REVIEWER_LANG": "en", "REVIEWER_DATA_DIR": home}
        source = [sys.executable, "-m", "reviewer"]
        for args in (["--version"], ["selftest", "--no-qt"]):
            baseline = median_seconds([*source, *args], {**env, "PYTHONPATH": str(ROOT)})
            frozen = median_seconds([str(BUNDLE), *args], env)
            label = " ".join(args)
            print(f"reviewer {label}: bundle {frozen * 1000:.0f} ms, venv {baseline * 1000:.0f} ms, "
                  f"ratio bundle/venv {frozen / baseline:.2f} (median of {RUNS})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
