"""Nothing unblurred reaches the screen: the viewer and the thumbnails show only redact.render_view /
redact.thumbnail output under the default (most protective) viewing policy."""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import Qt

from reviewer.media import ingest
from reviewer.redact import SafeViewSettings, padded_box, render_safe, render_view, thumbnail
from reviewer.ui import analysis
from reviewer.ui.imaging import rgb_from_qimage


def _detail(rgb: np.ndarray) -> float:
    """High-frequency energy: variance of the Laplacian of the grey image."""
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def _open_without_vault(window, media):
    """Put ``media`` in the grid as the ingest pipeline would, and select it."""
    entry = window.cases.add_entries([(media.name, None)])[0]
    entry.media = media
    window.select_media(0)
    return entry


def _viewport_crop(viewer, box):
    """Pixels of the viewer's viewport over full-image box (x0, y0, x1, y1)."""
    top_left = viewer.view_point_of(box.x0, box.y0)
    bottom_right = viewer.view_point_of(box.x1, box.y1)
    shot = rgb_from_qimage(viewer.viewport().grab().toImage())
    return shot[max(0, top_left.y()):bottom_right.y(), max(0, top_left.x()):bottom_right.x()]


def test_image_is_whole_blurred_before_detection_and_after_it(qtbot, make_window, samples_dir):
    window = make_window()
    media = ingest(samples_dir / "astronaut.png")
    with qtbot.waitSignal(window.rendered, timeout=20_000) as first:
        entry = _open_without_vault(window, media)
    assert first.args == ["pending"]
    view = window.current_view
    shown = rgb_from_qimage(window.viewer._image.pixmap().toImage())
    settings = SafeViewSettings(grayscale=True)
    assert np.array_equal(shown, render_safe(view.rgb, [], analysed=False, settings=settings))
    assert _detail(shown) < _detail(view.rgb) / 20  # the whole picture is a blur

    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.ingest.start_detection(entry, record=False)
    regions = entry.analysis.regions
    assert any(r.group == "face" for r in regions)
    shown = rgb_from_qimage(window.viewer._image.pixmap().toImage())
    expected = render_view(view.rgb, analysis.scaled_boxes(regions, view.scale), analysed=True, settings=settings)
    assert np.array_equal(shown, expected)


def test_no_unblurred_pixel_of_a_sensitive_region_reaches_viewer_or_thumbnail(qtbot, make_window, samples_dir):
    window = make_window()
    media = ingest(samples_dir / "astronaut.png")
    entry = _open_without_vault(window, media)
    with qtbot.waitSignals([window.rendered, window.thumbnailChanged], timeout=60_000,
                           check_params_cbs=[lambda s: s == "analysed", lambda key, analysed: analysed]):
        window.ingest.start_detection(entry, record=False)
    qtbot.waitUntil(lambda: window.viewer.heatmap_visible() is False)
    original = media.decode().rgb
    face = next(r for r in entry.analysis.regions if r.group == "face")
    inner = padded_box(face)
    # What the screen shows over the face, against what it would show if the original were painted.
    window.viewer.set_boxes_visible(False)
    window.viewer.fit()
    qtbot.wait(50)
    on_screen = _viewport_crop(window.viewer, face)
    assert on_screen.size > 0
    original_crop = cv2.cvtColor(cv2.cvtColor(original[face.y0:face.y1, face.x0:face.x1], cv2.COLOR_RGB2GRAY),
                                 cv2.COLOR_GRAY2RGB)
    small_original = cv2.resize(original_crop, on_screen.shape[1::-1], interpolation=cv2.INTER_AREA)
    assert _detail(on_screen) < _detail(small_original) / 10
    # The pixels outside every region are the image itself (grey), so the test would see a face if painted.
    assert inner.x0 >= 0 and inner.y0 >= 0

    # Thumbnail: the icon in the grid is exactly the safe thumbnail of the reduced decode.
    shown = window.grid_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    icon = rgb_from_qimage(shown.pixmap(analysis.THUMBNAIL_SIDE, analysis.THUMBNAIL_SIDE).toImage())
    decoded = media.decode(max_side=analysis.THUMBNAIL_SIDE * 4)
    expected = thumbnail(decoded.rgb, analysis.scaled_boxes(entry.analysis.regions, decoded.scale),
                         analysed=True, settings=SafeViewSettings(grayscale=True),
                         max_side=analysis.THUMBNAIL_SIDE)
    assert icon.shape == expected.shape
    assert np.abs(icon.astype(int) - expected.astype(int)).max() <= 1
    # And the grid as painted contains that thumbnail, with no more face detail than the thumbnail has.
    window.grid.clearSelection()
    qtbot.wait(50)
    grid_shot = rgb_from_qimage(window.grid.viewport().grab().toImage())
    match = cv2.matchTemplate(grid_shot, expected, cv2.TM_SQDIFF_NORMED)
    assert match.min() < 0.01
