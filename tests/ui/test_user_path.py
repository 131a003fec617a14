"""The whole path a reviewer takes, on real widgets, the real model and a real vault in tmp_path.

First run and key creation, demo case, files added by drag-and-drop and by the dialog, an image
blurred until analysed, a reveal recorded in the vault, heatmaps switched, a comparison with an
original, the review form sealed once, the case verified, the panic shortcut, and the unlock dialog
of a later run.
"""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.redact import SafeViewSettings, render_view
from reviewer.ui import analysis
from reviewer.ui.imaging import rgb_from_qimage
from reviewer.vault import Vault

from .grid import all_analysed, grid_rows

from .conftest import keep_recovery_code

PASSPHRASE = "Cheval-agrafe-pile-7"

pytestmark = pytest.mark.slow


def _first_run(qtbot, window):
    window.start()
    dialog = window.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Camille Martin")
    qtbot.keyClicks(dialog.passphrase, "password1")
    assert not dialog.create_button.isEnabled()  # a common password is refused
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        dialog.create_button.click()
    keep_recovery_code(window)


def _drop(widget, paths):
    """What the desktop sends when files are dropped: a drag-enter, then the drop, with file URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def _shown(window):
    return rgb_from_qimage(window.viewer._image.pixmap().toImage())


def test_a_reviewer_walks_the_whole_path(vault_records, qtbot, make_window, tmp_path, samples_dir,
                                         answer_file_dialog):
    vault_dir = tmp_path / "vault"
    window = make_window(vault_dir)
    _first_run(qtbot, window)

    # Demo case: the four neutral samples, each ingested and analysed, with records in the vault.
    paints = []
    window.rendered.connect(lambda state: paints.append((state, window.current.analysed)))
    assert window.demo_offer.isVisible()
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.demo_offer.button(QMessageBox.StandardButton.Yes).click()
    assert window.grid_model.rowCount() == 4
    case_id = window.case_id
    types = [t for t, _ in vault_records(vault_dir, case_id)]
    assert types.count("media.ingested") == 4
    qtbot.waitUntil(lambda: [t for t, _ in vault_records(vault_dir, case_id)].count("analysis.run") >= 4, timeout=30_000)
    # Whatever the timing, nothing was painted as analysed (regions blurred, reveals offered) before the analysis
    # existed; a whole-image blur may still land after it arrived (requested before it: the safe direction,
    # followed by a new rendering, viewing_controller._show_rendering), and the last paint is the analysed one.
    assert all(analysed or state != "analysed" for state, analysed in paints)
    if paints and window.current is not None and window.current.analysed:
        qtbot.waitUntil(lambda: paints[-1][0] == "analysed", timeout=30_000)

    # Drag-and-drop of a folder, then the "Add files…" dialog.
    folder = tmp_path / "dropped"
    folder.mkdir()
    shutil.copy(samples_dir / "rocket.jpg", folder / "rocket-copy.jpg")
    cv2.imwrite(str(folder / "pattern.png"), np.tile(np.arange(256, dtype=np.uint8), (64, 1)))
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        _drop(window.grid.viewport(), [folder])
    assert window.grid_model.rowCount() == 6
    bad = tmp_path / "notes.jpg"
    bad.write_bytes(b"this is not a picture")
    answer_file_dialog([bad])  # picked in the application's real file dialog
    with qtbot.waitSignal(window.batchFinished, timeout=60_000):
        window.act_add_files.trigger()
    assert any("notes.jpg" in problem for problem in window.last_problems), window.last_problems  # a plain-words, typed error
    problems = window.ingest.refused_dialog
    assert problems is not None and problems.isVisible() and "notes.jpg" in problems.text()
    problems.ok_button.click()
    types = [t for t, _ in vault_records(vault_dir, case_id)]
    assert types.count("media.ingested") == 6  # the broken file was not stored

    # Open the astronaut: blurred whole (the default policy), exactly the safe rendering.
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert entry.name == "astronaut.png" and entry.media_id
    view = window.current_view
    boxes = analysis.scaled_boxes(entry.analysis.regions, view.scale)
    safe = render_view(view.rgb, boxes, analysed=True, settings=SafeViewSettings())
    assert np.array_equal(_shown(window), safe)

    # Reveal the face by clicking it: one confirmation, the region shown, then hidden by the next click.
    face_index = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    face = entry.analysis.regions[face_index]
    point = window.viewer.view_point_of((face.x0 + face.x1) / 2, (face.y0 + face.y1) / 2)
    window.viewer.click_at_view(point)
    box = window.reveal_confirmation
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    revealed = render_view(view.rgb, boxes, analysed=True, settings=SafeViewSettings(), uncovered={face_index})
    assert np.array_equal(_shown(window), revealed)
    with qtbot.waitSignal(window.recordAppended, timeout=10_000, check_params_cb=lambda t: t == "region.revealed"):
        window.viewer.click_at_view(point)
    qtbot.waitUntil(lambda: np.array_equal(_shown(window), safe), timeout=10_000)
    reveals = [body for t, body in vault_records(vault_dir, case_id, window.session) if t == "region.revealed"]
    assert len(reveals) == 1 and reveals[0]["media"] == entry.media_id
    assert reveals[0]["region"]["group"] == "face" and reveals[0]["duration_ms"] >= 0

    # Heatmaps: switch between two overlays.
    qtbot.waitUntil(lambda: entry.heatmaps is not None and len(window.heatmap_panel.ids()) >= 2, timeout=60_000)
    first, second = window.heatmap_panel.ids()[:2]
    window.heatmap_panel.select(first)
    assert window.viewer.heatmap_visible()
    overlay_first = rgb_from_qimage(window.viewer._heat.pixmap().toImage())
    window.heatmap_panel.select(second)
    overlay_second = rgb_from_qimage(window.viewer._heat.pixmap().toImage())
    assert not np.array_equal(overlay_first, overlay_second)
    window.heatmap_panel.select(None)
    assert not window.viewer.heatmap_visible()

    # Compare with an "original": the same photo with a patch changed.
    original = cv2.imread(str(samples_dir / "astronaut.png"))
    original[300:420, 300:420] = (40, 160, 40)
    original_path = tmp_path / "original.png"
    cv2.imwrite(str(original_path), original)
    with qtbot.waitSignal(window.comparisonShown, timeout=60_000):
        window.compare_with(str(original_path))
    assert "Changed area" in window.comparison_panel.result.text()
    assert "differs from the original photo" in window.comparison_panel.result.text()  # the headline first
    qtbot.waitUntil(lambda: any(
        t == "analysis.run" and "compare" in str(body.get("method", {}).get("id", ""))
        for t, body in vault_records(vault_dir, case_id)), timeout=30_000)

    # Fill the form and seal once; the button stays off until the form changes.
    form = window.review_form
    window.show_tab(2)
    form.boxes["non-conclusive"].setChecked(True)
    form.qualification.setEditText("Montage à caractère sexuel (art. 226-8-1)")
    qtbot.keyClicks(form.url, "https://example.org/post/1")
    form.platform.setText("Réseau X")  # keyClicks types ASCII only
    qtbot.keyClicks(form.account, "@someone")
    form.notes.setPlainText("Demo review.")
    assert form.seal_button.isEnabled()
    form.seal_button.click()
    form.seal_button.click()  # a double click must not seal twice (nor ask twice)
    summary = window.review.summary_dialog
    assert summary is not None and summary.isVisible() and "Montage" in summary.summary.text()
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        summary.confirm_button.click()
    qtbot.waitUntil(lambda: "case/" in form.result.details.toPlainText(), timeout=10_000)
    assert form.result.headline.text() == "Review recorded and signed."
    reviews = [body for t, body in vault_records(vault_dir, case_id) if t == "review.sealed"]
    assert len(reviews) == 1 and reviews[0]["labels"] == ["non-conclusive"]
    # The decision comes back read-only, with "Correct" to change it.
    qtbot.waitUntil(lambda: form.decision_box.isVisible(), timeout=10_000)
    assert not form.editor.isVisible() and "Non-conclusive" in form.decision_text.text()
    form.correct_button.click()
    assert form.editor.isVisible() and form.boxes["non-conclusive"].isChecked()
    form.notes.setPlainText("Demo review, corrected.")
    assert form.seal_button.isEnabled()
    form.cancel_correction_button.click()

    # Verify the case.
    with qtbot.waitSignal(window.verified, timeout=60_000) as verified:
        window.act_verify.trigger()
    assert verified.args == [True]

    # Panic: F12 hides every image at once, until the reviewer asks to see them again.
    qtbot.keyClick(window.viewer, Qt.Key.Key_F12)
    assert window.central.currentWidget() is window.hidden_panel
    assert not window.viewer.isVisible() and not window.grid.isVisible()
    window.show_again_button.click()
    assert window.viewer.isVisible()
    # Also from inside a dialog, with the other shortcut.
    window.ask_settings()
    # The reviewer types into the dialog, so it is the active window. (Offscreen, no window manager gives
    # activation back after the earlier confirmation dialogs closed: do what one would.)
    QApplication.setActiveWindow(window.settings_dialog)
    assert QApplication.activeWindow() is window.settings_dialog
    qtbot.keyClick(window.settings_dialog, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.central.currentWidget() is window.hidden_panel
    window.settings_dialog.reject()


def test_a_later_run_asks_for_the_passphrase_and_reads_the_case_back(qtbot, make_window, tmp_path, samples_dir):
    vault_dir = tmp_path / "vault"
    session = Vault.create(vault_dir, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    case_id = session.new_case("Dossier 1")
    from reviewer.media import ingest

    session.ingest(case_id, ingest(samples_dir / "chelsea.png"))
    session.vault.close()

    window = make_window(vault_dir)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=10_000)
    dialog = window.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        dialog.unlock_button.click()
    assert window.case_list.count() == 1 and window.case_list.item(0).text() == "Dossier 1"
    qtbot.waitUntil(lambda: all_analysed(window, 1), timeout=60_000)
    assert [row.name for row in grid_rows(window)] == ["chelsea.png"]


def test_a_damaged_vault_is_reported_in_plain_words_and_left_untouched(qtbot, make_window, tmp_path):
    vault_dir = tmp_path / "vault"
    vault_dir.mkdir()
    (vault_dir / "vault.sqlite3").write_bytes(b"not a database at all" * 100)
    before = (vault_dir / "vault.sqlite3").read_bytes()
    window = make_window(vault_dir)
    window.start()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "vaultError") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "vaultError")
    assert box.isVisible() and str(vault_dir) in box.text()
    assert window.session is None and window.unlock_dialog is None
    assert (vault_dir / "vault.sqlite3").read_bytes() == before
