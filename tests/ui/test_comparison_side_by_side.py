"""The comparison with the original photo shown side by side: both pictures blurred as everywhere else, one
sentence that answers "is it the same photo?", the numbers on demand; panic takes the pictures away."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtWidgets import QApplication

from reviewer.ui.imaging import rgb_from_qimage


def _detail(rgb: np.ndarray) -> float:
    """High-frequency energy: variance of the Laplacian of the grey image."""
    return float(cv2.Laplacian(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY), cv2.CV_64F).var())


def _edited_astronaut(samples_dir, path) -> None:
    """The demo photo with a block of another demo photo pasted in its middle (a crude edit), saved as PNG."""
    photo = cv2.imread(str(samples_dir / "astronaut.png"), cv2.IMREAD_COLOR)
    donor = cv2.imread(str(samples_dir / "coffee.png"), cv2.IMREAD_COLOR)
    h, w = photo.shape[:2]
    side = min(h, w) // 3
    photo[h // 3:h // 3 + side, w // 3:w // 3 + side] = cv2.resize(donor, (side, side), interpolation=cv2.INTER_AREA)
    assert cv2.imwrite(str(path), photo)


def _open(qtbot, window, path):
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(path)])
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)


def _raw(path, side: int) -> np.ndarray:
    rgb = cv2.cvtColor(cv2.imread(str(path), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    scale = side / max(rgb.shape[:2])
    return cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else rgb


def test_an_edited_copy_is_shown_beside_its_original_blurred_with_one_sentence(qtbot, ready_window, samples_dir,
                                                                                tmp_path):
    window = ready_window
    suspect = tmp_path / "partage.png"
    _edited_astronaut(samples_dir, suspect)
    _open(qtbot, window, suspect)
    with qtbot.waitSignal(window.comparison_view.sideBySideReady, timeout=120_000) as ready:
        window.compare_with(str(samples_dir / "astronaut.png"))
    assert ready.args == ["same-edited"]
    panel = window.comparison_panel
    assert panel.side_by_side.isEnabled() and window.act_side_by_side.isEnabled()
    with qtbot.waitSignal(window.comparison_view.sideBySideShown, timeout=10_000):
        panel.side_by_side.click()
    dialog = window.comparison_view.dialog
    assert dialog.isVisible()
    assert dialog.sentence.text() == "The two pictures are very probably the same photo, edited."
    # The panel leads with the same sentence; the numbers are there too, and in the dialog only on demand.
    assert window.comparison_panel.result.text().startswith(dialog.sentence.text())
    assert not dialog.numbers.isVisible() and "SSIM" in dialog.numbers.toPlainText()
    dialog.numbers_button.click()
    assert dialog.numbers.isVisible()
    # Both pictures went through the safe rendering: far less detail than the files themselves at that size.
    for picture, path in zip(dialog.pictures, (suspect, samples_dir / "astronaut.png")):
        rgb = rgb_from_qimage(picture.pixmap().toImage())
        raw = _raw(path, max(rgb.shape[:2]))
        assert rgb.shape[:2] == raw.shape[:2]
        assert _detail(rgb) < 0.2 * _detail(raw)
    # Panic: the dialog and its pictures go at once, and it is not offered again for this media.
    window.hide_all_media()
    QApplication.processEvents()
    assert window.comparison_view.dialog is None and window.comparison_view.last is None
    assert not window.act_side_by_side.isEnabled() and not window.comparison_panel.side_by_side.isEnabled()
    window.show_media_again()
    assert window.runner.wait(60_000)


def test_another_photo_is_said_probably_not_the_same_side_by_side(qtbot, ready_window, samples_dir):
    window = ready_window
    _open(qtbot, window, samples_dir / "astronaut.png")
    with qtbot.waitSignal(window.comparison_view.sideBySideReady, timeout=120_000) as ready:
        window.compare_with(str(samples_dir / "chelsea.png"))
    assert ready.args[0] in ("not-same", "not-aligned")
    window.act_side_by_side.trigger()
    dialog = window.comparison_view.dialog
    assert "probably not the same photo" in dialog.sentence.text()
    rgb = rgb_from_qimage(dialog.pictures[1].pixmap().toImage())
    assert _detail(rgb) < 0.2 * _detail(_raw(samples_dir / "chelsea.png", max(rgb.shape[:2])))
    # Leaving the media closes the comparison's pictures.
    window.viewing.close_media()
    assert window.comparison_view.dialog is None
    assert window.runner.wait(60_000)
