"""The window never freezes: while 100 images are read, stored and analysed, the GUI thread does no work of its own."""

from __future__ import annotations

import collections
import sys
import time

import cv2
import pytest
from PySide6.QtCore import QTimer

from reviewer.vault import Vault

from .grid import all_analysed

pytestmark = pytest.mark.slow


def _hundred_images(folder, samples_dir):
    """100 small, distinct images cut from the neutral samples."""
    folder.mkdir()
    sources = [cv2.imread(str(samples_dir / name)) for name in ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg")]
    for i in range(100):
        image = sources[i % 4]
        h, w = image.shape[:2]
        x, y = (i * 7) % (w // 3), (i * 5) % (h // 3)
        crop = cv2.resize(image[y:y + h * 2 // 3, x:x + w * 2 // 3], (240, 180), interpolation=cv2.INTER_AREA)
        cv2.imwrite(str(folder / f"img_{i:03d}.{'jpg' if i % 2 else 'png'}"), crop)


# What the GUI thread may not do while a batch runs: decode, hash, detect, touch the vault, or call any
# OpenCV / onnxruntime / hashlib routine. Painting the safe renderings the workers made is its only work.
# (How long it stalled is a measure of the machine as much as of the code, so it is printed here and
# measured by bench/scale_bench.py, not asserted.)
FORBIDDEN_PACKAGES = ("reviewer.media", "reviewer.vault", "reviewer.exhibit", "reviewer.takedown",
                      "reviewer.casework.service", "reviewer.casework.analyse", "reviewer.casework.scan",
                      "reviewer.casework.case_records", "reviewer.casework.verification")
ALLOWED_DETECT = ("reviewer.detect.cues",)  # turns recorded numbers into sentences
FORBIDDEN_NATIVE = ("cv2", "onnxruntime", "_hashlib", "hashlib")


def _gui_thread_calls(calls: collections.Counter):
    """A profile hook for the GUI thread that counts every call into the forbidden places."""

    def hook(frame, event, arg):
        if event == "call" and frame.f_code.co_name not in ("__init__", "__post_init__"):
            # building a plain object is not work; what it would then compute is a call of its own
            module = frame.f_globals.get("__name__", "")
            if module.startswith(FORBIDDEN_PACKAGES) or (
                    module.startswith("reviewer.detect") and not module.startswith(ALLOWED_DETECT)):
                calls[f"{module}.{frame.f_code.co_name}"] += 1
        elif event == "c_call":
            module = getattr(arg, "__module__", None) or type(getattr(arg, "__self__", None)).__module__ or ""
            if module.startswith(FORBIDDEN_NATIVE):
                calls[f"{module}.{getattr(arg, '__qualname__', arg)}"] += 1

    return hook


def test_gui_thread_never_computes_while_a_folder_of_100_images_is_analysed(qtbot, ready_window, tmp_path,
                                                                           samples_dir):
    window = ready_window
    _hundred_images(tmp_path / "folder", samples_dir)
    gaps = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    calls: collections.Counter = collections.Counter()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    try:
        with qtbot.waitSignal(window.batchFinished, timeout=300_000):
            last[0] = time.perf_counter()
            sys.setprofile(_gui_thread_calls(calls))  # this thread only: workers are not profiled
            window.add_paths([str(tmp_path / "folder")])
    finally:
        sys.setprofile(None)
        timer.stop()
    qtbot.waitUntil(lambda: all_analysed(window, 100), timeout=60_000)  # every row, its region-blurred thumbnail
    assert len(gaps) > 10, "the GUI thread's timer hardly ran while the batch did"
    print(f"longest gap {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks (a measure, not a test)")
    assert not calls, f"the GUI thread computed: {calls.most_common(10)}"
    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        types = [r.type for r in vault.records(window.case_id)]
    finally:
        vault.close()
    assert types.count("media.ingested") == 100
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=60_000)
