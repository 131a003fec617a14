"""A media sealed "suspected minor" is never painted again (viewer, grid), only a placeholder with its hashes
and the decision; a confirmed, recorded look is offered only to a reviewer who did not seal it (four eyes), or
to nobody under ``minor_viewing = never`` (issue 19)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.ui.imaging import rgb_from_qimage
from reviewer.ui.media_grid import WITHHELD_ROLE
from reviewer.ui.settings import UiSettings

from .conftest import PASSPHRASE

SECOND = "Dominique-Relecture-42"


def _seal_minor(qtbot, window) -> None:
    values = {"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)
    # The case layer answers which media are withheld on the vault thread: the window follows at once.
    qtbot.waitUntil(lambda: window.media_stack.currentWidget() is window.withheld.page, timeout=10_000)


def _thumbnail_is_blank(window, row: int) -> bool:
    icon = window.grid_model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    pixels = rgb_from_qimage(icon.pixmap(icon.availableSizes()[0]).toImage())
    return float(pixels.reshape(-1, 3).std(axis=0).max()) == 0.0  # one colour: no picture at all


def _unlock_as(qtbot, make_window, tmp_path, name: str, passphrase: str, settings: UiSettings | None = None):
    window = make_window(tmp_path / "vault", settings=settings)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    dialog = window.unlock_dialog
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findText(name))
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        dialog.unlock_button.click()
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 2 and any(
        window.grid_model.index(row, 0).data(WITHHELD_ROLE) for row in range(2)), timeout=30_000)
    return window


def test_a_sealed_suspected_minor_is_withheld_everywhere_and_only_another_reviewer_may_look(
        qtbot, ready_window, make_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png"), str(samples_dir / "coffee.png")])
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert not _thumbnail_is_blank(window, 0)
    _seal_minor(qtbot, window)

    # At once: the placeholder replaces the picture, the viewer holds nothing, the thumbnail is a blank square.
    page = window.withheld.page
    assert window.media_stack.currentWidget() is page
    assert not window.viewer._image.isVisible() and window.viewer.full_size == (0, 0)
    assert entry.media.sha256 in page.details.text() and entry.media.md5 in page.details.text()
    assert "Camille Martin" in page.details.text()
    qtbot.waitUntil(lambda: _thumbnail_is_blank(window, 0), timeout=10_000)
    assert "suspected minor" in window.grid_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    # The reviewer who sealed it is not offered a look (four eyes), and is told why.
    assert not page.look_button.isVisible() and "four-eyes" in page.refusal.text()
    # Coming back to it, and after a late thumbnail or rendering: still never painted.
    window.select_media(1)
    qtbot.waitUntil(lambda: window.viewer.full_size != (0, 0), timeout=30_000)
    window.select_media(0)
    assert window.media_stack.currentWidget() is page and window.viewer.full_size == (0, 0)
    window.render_current()
    qtbot.wait(300)
    assert window.viewer.full_size == (0, 0) and _thumbnail_is_blank(window, 0)

    # A second reviewer is enrolled; after a restart, the case reopens with the media still withheld...
    with qtbot.waitCallback(timeout=30_000) as enrolled:
        window.run(lambda control: window.session.enroll("Dominique Roy", SECOND), vault=True, on_result=enrolled)
    window.close()
    second = _unlock_as(qtbot, make_window, tmp_path, "Dominique Roy", SECOND)
    assert second.case_id == case
    qtbot.waitUntil(lambda: second.grid_model.rowCount() == 2
                    and second.grid_model.index(0, 0).data(WITHHELD_ROLE), timeout=60_000)
    assert second.runner.wait(60_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not _thumbnail_is_blank(second, 1), timeout=30_000)  # the other one's is painted
    assert _thumbnail_is_blank(second, 0)
    second.select_media(0)
    page = second.withheld.page
    assert second.media_stack.currentWidget() is page and second.viewer.full_size == (0, 0)
    # ...and this reviewer may look: confirmed first, then the picture opens blurred as any other.
    assert page.look_button.isVisible() and not page.refusal.isVisible()
    page.look_button.click()
    box = second.withheld.confirmation
    assert box.isVisible() and second.media_stack.currentWidget() is page
    with qtbot.waitSignal(second.rendered, timeout=30_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert second.media_stack.currentWidget() is second.viewer_page
    # Leaving the media ends the look; it is recorded, and the placeholder is back next time.
    with qtbot.waitSignal(second.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "region.revealed"):
        second.select_media(1)
    looks = [body for t, body in vault_records(tmp_path / "vault", case, second.session) if t == "region.revealed"]
    assert len(looks) == 1 and looks[0]["region"]["kind"] == "suspected-minor-look"
    assert looks[0]["media"] == entry.media_id
    second.select_media(0)
    assert second.media_stack.currentWidget() is page
    second.close()

    # Under minor_viewing = never, nobody is offered a look.
    never = _unlock_as(qtbot, make_window, tmp_path, "Dominique Roy", SECOND,
                       settings=UiSettings(language="en", minor_viewing="never"))
    never.select_media(0)
    assert never.media_stack.currentWidget() is never.withheld.page
    assert not never.withheld.page.look_button.isVisible()
    assert "does not allow anyone" in never.withheld.page.refusal.text()
