"""A heatmap overlay never shows what the safe rendering hides: inside a sensitive region the map
carries no detail (a noise residual otherwise draws the face's eyes and mouth), outside it the map
is visible, and no map is offered before the regions are known."""

from __future__ import annotations

import cv2
import numpy as np

from reviewer.media import ingest
from reviewer.redact import padded_box
from reviewer.ui.imaging import rgb_from_qimage


def _detail(rgb: np.ndarray) -> float:
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def _crop(viewer, box) -> np.ndarray:
    """Viewport pixels over full-image box (x0, y0, x1, y1), shrunk by a few pixels (no outline)."""
    top_left = viewer.view_point_of(box.x0, box.y0)
    bottom_right = viewer.view_point_of(box.x1, box.y1)
    shot = rgb_from_qimage(viewer.viewport().grab().toImage())
    return shot[max(0, top_left.y()) + 3:bottom_right.y() - 3, max(0, top_left.x()) + 3:bottom_right.x() - 3]


def test_the_noise_map_shows_no_face_inside_the_blurred_region_but_shows_elsewhere(qtbot, make_window, samples_dir):
    window = make_window()
    window.resize(1400, 1000)
    media = ingest(samples_dir / "astronaut.png")
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "pending"):
        entry = window.cases.add_entries([(media.name, None)])[0]
        entry.media = media
        window.select_media(0)
    # Pending: nothing to choose, and asking for a map shows none.
    assert window.heatmap_panel.ids() == []
    window.viewing.heatmap_chosen("noise_residual")
    assert not window.viewer.heatmap_visible()

    with qtbot.waitSignals([window.heatmapsShown, window.rendered], timeout=120_000,
                           check_params_cbs=[None, lambda s: s == "analysed"]):
        window.ingest.start_detection(entry, record=False)
    assert "noise_residual" in window.heatmap_panel.ids()
    face = next(r for r in entry.analysis.regions if r.group == "face")
    inner = padded_box(face)
    window.viewer.set_boxes_visible(False)
    window.viewer.fit()
    qtbot.wait(50)
    safe_face = _crop(window.viewer, inner)
    safe_sky = _crop(window.viewer, _background_box(entry, media))

    window.heatmap_panel.opacity.setValue(100)
    window.heatmap_panel.select("noise_residual")
    assert window.viewer.heatmap_visible()
    qtbot.wait(50)
    mapped_face = _crop(window.viewer, inner)
    mapped_sky = _crop(window.viewer, _background_box(entry, media))
    assert safe_face.size > 0 and mapped_face.shape == safe_face.shape
    # Inside the face: no more detail than the blurred face itself (the raw map would add the features).
    print("detail in the face: safe", _detail(safe_face), "with the map", _detail(mapped_face))
    assert _detail(mapped_face) <= _detail(safe_face) * 1.5 + 1.0
    # Outside every region the map is drawn over the picture (a uniform grey now: the base view blurs it whole).
    assert np.abs(mapped_sky.astype(int) - safe_sky.astype(int)).mean() > 10


def _background_box(entry, media):
    """A box of the image away from every region's footprint (the astronaut's left side)."""
    from reviewer.redact import Box, footprint

    candidate = Box(10, 10, media.width // 4, media.height // 3)
    for region in entry.analysis.regions:
        f = footprint(region)
        assert f.x0 >= candidate.x1 or f.y0 >= candidate.y1 or f.x1 <= candidate.x0 or f.y1 <= candidate.y0
    return candidate
