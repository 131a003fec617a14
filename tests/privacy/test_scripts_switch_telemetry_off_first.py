"""Every script of the repository that loads onnxruntime itself (benchmarks, screenshot makers, installer
checks) imports ``reviewer`` first: importing onnxruntime 1.32 alone writes a device id and queued events
under ~/.cache/Microsoft, and ``reviewer`` (reviewer/offline.py) sets the switch that stops it. Tests need no
such line: tests/conftest.py imports ``reviewer`` before anything else."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONNXRUNTIME = re.compile(r"^(import onnxruntime|from onnxruntime)\b", re.M)
REVIEWER = re.compile(r"^(import reviewer|from reviewer[ .])", re.M)


def test_scripts_import_reviewer_before_onnxruntime():
    late = []
    for folder in ("bench", "docs", "installers"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            runtime = ONNXRUNTIME.search(text)
            if runtime is None:
                continue
            first = REVIEWER.search(text)
            if first is None or first.start() > runtime.start():
                late.append(str(path.relative_to(ROOT)))
    assert not late, f"these load onnxruntime before reviewer switched its telemetry off: {late}"
