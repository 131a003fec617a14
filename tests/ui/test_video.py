"""Video: a safe contact sheet first, then frame stepping; every frame blurred from tracked regions; no sound."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from reviewer.redact import SafeViewSettings
from reviewer.ui import analysis
from reviewer.ui.imaging import rgb_from_qimage

from .grid import all_analysed

pytestmark = pytest.mark.slow


def test_video_opens_as_a_safe_contact_sheet_and_steps_frame_by_frame(qtbot, ready_window, data_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=300_000):
        window.add_paths([str(data_dir / "video" / "doorknob-hd-no-bar.mp4")])
    qtbot.waitUntil(lambda: all_analysed(window, 1), timeout=60_000)
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert entry.media.kind == "video"
    panel = window.video_panel
    assert window.media_stack.currentWidget() is panel
    sheet = panel.sheet
    assert sheet.count() == min(analysis.CONTACT_SHEET_FRAMES, entry.media.frame_count)

    # Each keyframe on the sheet is exactly the safe rendering of that frame from the tracked regions.
    settings = SafeViewSettings(grayscale=True)
    with entry.media.video() as reader:
        keyframes = reader.keyframes(analysis.CONTACT_SHEET_FRAMES)
    for row, frame in enumerate(keyframes[:3]):
        icon = sheet.item(row).icon()
        expected = analysis.safe_frame(frame, entry.media, entry.analysis.video, settings, 320)
        shown = rgb_from_qimage(icon.pixmap(expected.shape[1], expected.shape[0]).toImage())
        assert shown.shape == expected.shape
        assert np.abs(shown.astype(int) - expected.astype(int)).max() <= 1
        assert np.array_equal(shown[..., 0], shown[..., 2])  # grayscale by default

    # Step to the next frame with the Right key; the frame is rendered safely from regions_at(1).
    qtbot.waitUntil(lambda: panel.viewer.full_size != (0, 0), timeout=30_000)
    panel.slider.setFocus()
    with qtbot.waitSignal(panel.slider.valueChanged, timeout=10_000):
        panel.step(1)
    qtbot.waitUntil(lambda: "frame 1 /" in panel.position.text(), timeout=30_000)
    with entry.media.video() as reader:
        frame = reader.frame_at(1)
    expected = analysis.safe_frame(frame, entry.media, entry.analysis.video, settings)
    shown = rgb_from_qimage(panel.viewer._image.pixmap().toImage())
    assert np.array_equal(shown, expected)

    # No audio is ever decoded or played: Qt's multimedia module is never loaded.
    assert not any(name.startswith("PySide6.QtMultimedia") for name in sys.modules)
