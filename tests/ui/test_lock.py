"""The lock and the auto-lock hide all media, drop the session keys and the decoded pixels, and ask for the
passphrase again: after a lock, sealing needs the passphrase. The panic key drops the decoded pixels too."""

from __future__ import annotations

import gc
import time
import weakref

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from reviewer.vault import Vault

PASSPHRASE = "Cheval-agrafe-pile-7"  # the ready_window fixture's (tests/ui/conftest.py)


def _review_count(vault_dir, case_id) -> int:
    vault = Vault.open(vault_dir, read_only=True)
    try:
        return sum(r.type == "review.sealed" for r in vault.records(case_id))
    finally:
        vault.close()


def _open_a_photo(qtbot, window, samples_dir):
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png")])
    with qtbot.waitSignals([window.rendered, window.heatmapsShown], timeout=120_000,
                           check_params_cbs=[lambda s: s == "analysed", None]):
        window.select_media(0)
    qtbot.waitUntil(lambda: window.current_view is not None, timeout=30_000)
    return window.current


def _seal(qtbot, window):
    form = window.review_form
    window.show_tab(2)
    form.boxes["non-conclusive"].setChecked(True)
    form.seal_button.click()
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.review.summary_dialog.confirm_button.click()


def test_after_the_lock_nothing_is_shown_and_sealing_needs_the_passphrase(qtbot, ready_window, tmp_path, samples_dir):
    window = ready_window
    case_id = window.case_id
    entry = _open_a_photo(qtbot, window, samples_dir)
    decoded = window.current_view.rgb
    overlays = [h.rgba for h in entry.heatmaps if h.rgba is not None]
    assert decoded.any() and overlays

    decoded = weakref.ref(decoded)
    del entry  # the test's own reference (its media holds the decode)
    window.lock.action.trigger()
    assert window.lock.locked
    # Keys: the window holds no session any more. Pixels: the overlays it made are overwritten, and the
    # decoded picture (read-only, the media layer's) is no longer held by anything.
    assert window.session is None and window.service is None
    assert not any(o.any() for o in overlays)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)
    gc.collect()
    assert decoded() is None
    assert window.current_view is None and window.grid_model.rowCount() == 0 and window.current is None
    # Nothing to see: the panic panel, no case title, no media, nothing to seal.
    assert window.media_hidden and window.central.currentWidget() is window.hidden_panel
    assert window.case_list.count() == 0 and window.grid_model.rowCount() == 0
    assert not window.review_form.isEnabled() and not window.act_seal.isEnabled()
    window.seal({"labels": ["non-conclusive"], "qualification": "", "notes": "", "source": None})
    qtbot.wait(200)
    assert _review_count(tmp_path / "vault", case_id) == 0
    # "Show media again" asks for the passphrase; a wrong one does not unlock.
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    window.show_media_again()
    assert window.media_hidden
    dialog = window.unlock_dialog
    dialog.passphrase.setText("not the passphrase at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=60_000)
    assert window.lock.locked and window.session is None

    with qtbot.waitSignals([window.vaultReady, window.caseOpened], timeout=60_000,
                           check_params_cbs=[None, lambda c: c == case_id]):
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock_button.click()
    assert not window.lock.locked and window.session is not None and not window.media_hidden
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1, timeout=30_000)  # the case, read back
    with qtbot.waitSignal(window.rendered, timeout=120_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    _seal(qtbot, window)
    assert _review_count(tmp_path / "vault", case_id) == 1


def test_the_window_locks_itself_after_the_chosen_time_without_input(qtbot, ready_window):
    window = ready_window
    lock = window.lock
    assert lock.clock.policy.minutes == 5.0  # on by default
    lock.set_minutes(2)
    start = lock.clock.last_input
    lock.check(now=start + 119)
    assert not lock.locked
    # 100 s without input, then the mouse moves: the two minutes count again from the move.
    lock.clock.last_input -= 100
    QApplication.sendEvent(window.grid.viewport(), QMouseEvent(
        QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier))
    moved = lock.clock.last_input
    assert moved >= start
    lock.check(now=moved + 60)
    assert not lock.locked
    lock.check(now=moved + 121)
    assert lock.locked and window.session is None and window.media_hidden


def test_auto_lock_can_be_turned_off_in_the_settings(qtbot, ready_window):
    from dataclasses import replace

    window = ready_window
    window.apply_settings(replace(window.settings, auto_lock_minutes=0))
    window.lock.check(now=time.monotonic() + 10 * 3600)
    assert not window.lock.locked and window.session is not None


def test_the_panic_key_also_drops_the_decoded_pixels(qtbot, ready_window, samples_dir):
    window = ready_window
    entry = _open_a_photo(qtbot, window, samples_dir)
    overlays = [h.rgba for h in entry.heatmaps if h.rgba is not None]
    window.act_panic.trigger()
    assert window.media_hidden and window.session is not None  # the panic keeps the session
    assert overlays and not any(o.any() for o in overlays)
    assert window.current_view is None and all(h.rgba is None for h in entry.heatmaps)
    # Shown again, the photo is rendered afresh, safe, from the media kept.
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.act_show.trigger()
    assert window.current_view is not None and isinstance(window.current_view.rgb, np.ndarray)
