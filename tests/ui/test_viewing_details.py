"""Reveal timeout, zoom to full resolution, settings, and cancelling an import."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from reviewer.paths import user_data_dir
from reviewer.redact import SafeViewSettings, render_view
from reviewer.ui import analysis
from reviewer.ui.settings import UiSettings, load_settings

from .viewing import open_astronaut, shown

pytestmark = pytest.mark.slow


def test_a_revealed_region_reblurs_after_the_timeout_and_the_reveal_is_recorded(
        vault_records, qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    window.settings = UiSettings(reveal_timeout_s=2.0)
    window.reveals.new_state()
    entry = open_astronaut(qtbot, window, samples_dir)
    safe = shown(window.viewer)
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    window.request_reveal(face)  # the keyboard path (Detections panel, Enter) calls the same slot
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert not np.array_equal(shown(window.viewer), safe)
    with qtbot.waitSignal(window.recordAppended, timeout=15_000, check_params_cb=lambda t: t == "region.revealed"):
        pass  # the QTimer collects the expired reveal and records it
    qtbot.waitUntil(lambda: np.array_equal(shown(window.viewer), safe), timeout=10_000)
    reveals = [body for t, body in vault_records(tmp_path / "vault", window.case_id, window.session)
               if t == "region.revealed"]
    assert len(reveals) == 1 and reveals[0]["region"]["ended_by"] == "timeout"
    assert 1500 <= reveals[0]["duration_ms"] <= 2000  # never longer than the timeout
    # The second reveal is confirmed again (the default policy: every reveal); panic hides it at once and
    # records it too.
    window.request_reveal(face)
    assert window.reveal_state.revealed == frozenset() and window.reveal_confirmation.isVisible()
    window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert window.reveal_state.revealed == {face}
    with qtbot.waitSignal(window.recordAppended, timeout=15_000, check_params_cb=lambda t: t == "region.revealed"):
        window.hide_all_media()
    reveals = [body for t, body in vault_records(tmp_path / "vault", window.case_id, window.session)
               if t == "region.revealed"]
    assert reveals[-1]["region"]["ended_by"] == "hide"


def test_zooming_in_swaps_the_screen_sized_rendering_for_the_full_resolution_one(qtbot, ready_window, tmp_path):
    window = ready_window
    # A 20-megapixel synthetic pattern.
    big = cv2.resize(np.tile(np.uint8(np.arange(256)), (256, 1)), (5200, 3900), interpolation=cv2.INTER_NEAREST)
    path = tmp_path / "large.png"
    cv2.imwrite(str(path), cv2.merge([big, big[::-1], big]))
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(path)])
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    viewer = window.viewer
    assert viewer.resolution < 1.0  # zoomed out: a reduced decode, cheap to paint
    assert max(shown(viewer).shape[:2]) <= window.viewing.screen_side()
    with qtbot.waitSignal(window.rendered, timeout=60_000):
        for _ in range(12):
            viewer.zoom_in()
    assert viewer.resolution == 1.0
    assert window.current_view.rgb.shape[:2] == (3900, 5200)
    expected = render_view(window.current_view.rgb, analysis.scaled_boxes(window.current.analysis.regions, 1.0),
                           analysed=True, settings=SafeViewSettings())
    assert np.array_equal(shown(viewer), expected)


def test_settings_are_stored_for_later_runs_and_applied_now(qtbot, ready_window, samples_dir):
    window = ready_window
    entry = open_astronaut(qtbot, window, samples_dir)
    window.ask_settings()
    dialog = window.settings_dialog
    dialog.grayscale.setChecked(False)
    dialog.blur.setValue(2.0)
    dialog.timeout.setValue(5)
    # (A language chosen here rebuilds the window at once: tests/ui/test_language_switch.py.)
    with qtbot.waitSignal(window.rendered, timeout=30_000):
        dialog.accept()
    stored = load_settings(QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat))
    assert (stored.grayscale, stored.blur_strength, stored.reveal_timeout_s) == (False, 2.0, 5.0)
    view = window.current_view
    colour = render_view(view.rgb, analysis.scaled_boxes(entry.analysis.regions, view.scale), analysed=True,
                         settings=SafeViewSettings(blur_strength=2.0, grayscale=False))
    assert np.array_equal(shown(window.viewer), colour)
    with qtbot.waitSignal(window.rendered, timeout=30_000):
        window.act_grayscale.trigger()  # the toolbar toggle, back to grey for this session
    assert np.array_equal(shown(window.viewer)[..., 0], shown(window.viewer)[..., 1])


def test_cancelling_an_import_keeps_what_was_stored_and_the_vault_verifies(
        vault_records, qtbot, ready_window, tmp_path, samples_dir):
    window = ready_window
    folder = tmp_path / "many"
    folder.mkdir()
    source = cv2.imread(str(samples_dir / "chelsea.png"))
    for i in range(40):
        cv2.imwrite(str(folder / f"{i:02d}.png"), np.roll(source, i * 3, axis=1))
    with qtbot.waitSignal(window.batchFinished, timeout=300_000):
        window.add_paths([str(folder)])
        qtbot.waitUntil(lambda: window.batch is not None and window.batch.done >= 3, timeout=60_000)
        window.cancel_button.click()
    assert window.batch is None and not window.progress.isVisible()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=60_000)
    types = [t for t, _ in vault_records(tmp_path / "vault", window.case_id)]
    stored, analysed = types.count("media.ingested"), types.count("analysis.run")
    assert 3 <= stored <= 40 and analysed < 40  # the work stopped; what was stored stays
    assert analysed <= stored
    with qtbot.waitSignal(window.verified, timeout=60_000) as verified:
        window.verify_case()
    assert verified.args == [True]
