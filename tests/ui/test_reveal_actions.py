"""Reveal actions in the real window (issue 19): "Show softer", "Show clear picture" and a click on an outlined
region, each confirmed per the organisation's policy, counted down on screen, outlined while uncovered,
blurred again at the end and recorded through the case layer."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtWidgets import QMessageBox

from reviewer.redact import CLEAR, SOFTER, SafeViewSettings, render_view
from reviewer.ui import analysis
from reviewer.ui.settings import UiSettings

from .viewing import open_astronaut, shown


def _expected(window, entry, uncovered=()) -> np.ndarray:
    view = window.current_view
    return render_view(view.rgb, analysis.scaled_boxes(entry.analysis.regions, view.scale), analysed=True,
                       uncovered=uncovered, settings=SafeViewSettings())


def _reveals(vault_records, tmp_path, window) -> list[dict]:
    assert window.runner.wait(30_000)
    return [body["region"] for t, body in vault_records(tmp_path / "vault", window.case_id, window.session)
            if t == "region.revealed"]


def test_whole_picture_reveals_are_confirmed_each_time_counted_down_outlined_and_recorded(
        qtbot, ready_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    window.settings = UiSettings(language="en", reveal_timeout_s=3.0)
    entry = open_astronaut(qtbot, window, samples_dir)
    safe = shown(window.viewer)
    assert np.array_equal(safe, _expected(window, entry))  # blurred whole before any reveal
    bar = window.reveal_bar
    assert bar.softer_button.isEnabled() and not bar.countdown.isVisible()

    # "Show softer": a confirmation first; nothing changes on screen until it is accepted.
    bar.softer_button.click()
    box = window.reveal_confirmation
    assert box.isVisible() and window.reveal_state.revealed == frozenset()
    assert np.array_equal(shown(window.viewer), safe)
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert np.array_equal(shown(window.viewer), _expected(window, entry, {SOFTER}))
    assert window.viewer.uncovered == {SOFTER} and window.viewer._frame.isVisible()  # the outline
    assert bar.countdown.isVisible() and "Softer view uncovered: blurred again in 3 s" == bar.countdown.text()
    assert not bar.softer_button.isVisible() and bar.hide_button.isVisible()
    # "Blur again now" ends it at once and it is recorded as a whole-picture reveal.
    with qtbot.waitSignal(window.recordAppended, timeout=10_000, check_params_cb=lambda t: t == "region.revealed"):
        bar.hide_button.click()
    qtbot.waitUntil(lambda: np.array_equal(shown(window.viewer), safe), timeout=10_000)
    assert not bar.countdown.isVisible() and not window.viewer._frame.isVisible()
    recorded = _reveals(vault_records, tmp_path, window)
    assert [(r["kind"], r["ended_by"]) for r in recorded] == [("softer", "hide")]

    # "Show clear picture": confirmed again (every reveal, by default), the countdown goes down, then re-blurs.
    bar.clear_button.click()
    box = window.reveal_confirmation
    assert box.isVisible()
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert np.array_equal(shown(window.viewer), _expected(window, entry, {CLEAR}))
    qtbot.waitUntil(lambda: bar.countdown.text().endswith("in 1 s"), timeout=10_000)
    with qtbot.waitSignal(window.recordAppended, timeout=10_000, check_params_cb=lambda t: t == "region.revealed"):
        pass  # the timer re-blurs it and records it
    qtbot.waitUntil(lambda: np.array_equal(shown(window.viewer), safe), timeout=10_000)
    assert not bar.countdown.isVisible()
    recorded = _reveals(vault_records, tmp_path, window)
    assert recorded[-1]["kind"] == "clear" and recorded[-1]["ended_by"] == "timeout"
    assert float(recorded[-1]["duration_s"]) == 3.0  # never longer than the timeout


def test_a_clicked_region_is_outlined_while_uncovered_and_confirmation_can_be_once_per_media(
        qtbot, ready_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    window.settings = replace(UiSettings(language="en", reveal_timeout_s=30.0), viewing_confirm="first-per-media")
    entry = open_astronaut(qtbot, window, samples_dir)
    safe = shown(window.viewer)
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    region = entry.analysis.regions[face]
    point = window.viewer.view_point_of((region.x0 + region.x1) / 2, (region.y0 + region.y1) / 2)
    normal = window.viewer._box_items[face].pen().color().name()
    window.viewer.click_at_view(point)
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert np.array_equal(shown(window.viewer), _expected(window, entry, {face}))
    outline = window.viewer._box_items[face].pen()
    assert outline.color().name() != normal and outline.width() > 2
    assert window.reveal_bar.countdown.isVisible()
    # The next click blurs it again (and is recorded); a second reveal of this media needs no new confirmation.
    with qtbot.waitSignal(window.recordAppended, timeout=10_000, check_params_cb=lambda t: t == "region.revealed"):
        window.viewer.click_at_view(point)
    qtbot.waitUntil(lambda: np.array_equal(shown(window.viewer), safe), timeout=10_000)
    assert window.viewer._box_items[face].pen().color().name() == normal
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        window.reveal_bar.clear_button.click()
    assert window.reveal_state.revealed == {CLEAR}
    window.reveals.end()
    recorded = _reveals(vault_records, tmp_path, window)
    assert recorded[0]["index"] == face and recorded[0]["group"] == "face"
    assert recorded[1]["kind"] == "clear"
