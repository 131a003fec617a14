"""A phone photo in HEIC, stored sideways with EXIF orientation 6 as an iPhone writes it, imported into the
real window: shown upright, the same way as the same picture in JPEG."""

from __future__ import annotations

import numpy as np

from reviewer.media import hamming
from .viewing import shown


def _open(qtbot, window, path):
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(path)])
    index = window.grid_model.rowCount() - 1  # the photo just added is the grid's last row
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(index)
    return window.current, shown(window.viewer)


def test_an_iphone_heic_is_shown_upright_like_the_jpeg(qtbot, ready_window, samples_dir, data_dir):
    heic_entry, heic_shown = _open(qtbot, ready_window, data_dir / "corpus" / "made-here" / "rocket-iphone-orientation6.heic")
    assert (heic_entry.media.format, heic_entry.media.width, heic_entry.media.height) == ("heic", 640, 427)
    height, width = heic_shown.shape[:2]
    assert width > height and abs(width / height - 640 / 427) < 0.02  # landscape, as the rocket photo is
    # The same picture in JPEG, in a case of its own: in one case the two would be one group, shown once.
    with qtbot.waitSignal(ready_window.caseOpened, timeout=30_000):
        ready_window.create_case("JPEG")
    jpeg_entry, jpeg_shown = _open(qtbot, ready_window, samples_dir / "rocket.jpg")
    assert hamming(heic_entry.media.pdq.hex, jpeg_entry.media.pdq.hex) <= 16
    assert heic_shown.shape == jpeg_shown.shape
    # Both are shown blurred and grey (safe viewing); the two renderings agree, a sideways one would not.
    assert np.abs(heic_shown.astype(int) - jpeg_shown.astype(int)).mean() < 8
