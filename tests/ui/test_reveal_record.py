"""A reveal that timed out just before the reviewer switched media is still recorded in the vault,
even when the window's timer never got to collect it."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox

from reviewer.ui.settings import UiSettings


def test_a_reveal_that_timed_out_right_before_switching_media_is_recorded(
        vault_records, qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    window.settings = UiSettings(reveal_timeout_s=2.0)
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png"), str(samples_dir / "coffee.png")])
    assert window.runner.wait(60_000)
    qtbot.wait(50)
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert entry.name == "astronaut.png" and entry.media_id
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    window.request_reveal(face)
    window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert window.reveal_state.revealed == {face}

    # The timeout passes without the event loop running, so the 200 ms timer never collects the reveal...
    time.sleep(2.3)
    assert window.reveal_state.revealed == frozenset()
    # ...and the reviewer moves to the next media at once.
    window.select_media(1)
    assert window.current is not entry
    assert window.runner.wait(30_000)
    qtbot.wait(50)
    reveals = [body for kind, body in vault_records(tmp_path / "vault", window.case_id, window.session)
               if kind == "region.revealed"]
    assert len(reveals) == 1
    assert reveals[0]["media"] == entry.media_id and reveals[0]["region"]["index"] == face
    assert reveals[0]["region"]["ended_by"] == "timeout" and reveals[0]["duration_ms"] == 2000

    # The new media has its own reveal state, and its first reveal is confirmed again (never once per session).
    assert window.reveal_state.needs_confirmation and window.reveal_state.revealed == frozenset()
