"""Steps shared by the window tests that open a photo and look at what the viewer shows."""

from __future__ import annotations

import numpy as np

from reviewer.ui.imaging import rgb_from_qimage


def shown(viewer) -> np.ndarray:
    """The pixels the viewer displays right now (RGB)."""
    return rgb_from_qimage(viewer._image.pixmap().toImage())


def open_astronaut(qtbot, window, samples_dir):
    """Import astronaut.png, select it, wait for its analysis to be drawn; return the window's entry."""
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png")])
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    return window.current
