"""The window never freezes: while 100 images are read, stored and analysed, the GUI thread keeps ticking."""

from __future__ import annotations

import time

import cv2
import pytest
from PySide6.QtCore import QTimer

from reviewer.vault import Vault

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


def test_gui_thread_never_stalls_while_a_folder_of_100_images_is_analysed(qtbot, ready_window, tmp_path, samples_dir):
    window = ready_window
    _hundred_images(tmp_path / "folder", samples_dir)
    gaps = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(window.batchFinished, timeout=300_000):
        last[0] = time.perf_counter()
        window.add_paths([str(tmp_path / "folder")])
    timer.stop()
    assert window.grid_model.rowCount() == 100
    assert all(entry.analysed for entry in window.entries.values())
    assert len(gaps) > 10
    longest = max(gaps)
    print(f"longest gap {longest * 1000:.0f} ms over {len(gaps)} ticks")
    assert longest < 0.200, f"the GUI thread stalled for {longest * 1000:.0f} ms"
    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        types = [r.type for r in vault.records(window.case_id)]
    finally:
        vault.close()
    assert types.count("media.ingested") == 100
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=60_000)
