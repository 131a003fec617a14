"""The real window paints every picture under the organisation's ViewingPolicy (issue 19): a picture in which
the detector found nothing is never painted with recoverable detail (viewer, grid, video sheet) before a
deliberate reveal; with ``[viewing] base = regions`` configured, version 1's region-only blurring returns."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from reviewer.redact import high_pass_correlation
from reviewer.ui.imaging import rgb_from_qimage
from reviewer.ui.settings import UiSettings, load_settings

from ..redact.test_viewing import fine_pattern

NO_DETAIL = 0.05
BADGE_BAND = 28  # rows at the top of a grid thumbnail under the review badge (reviewer.ui.review_badge)


def _grey(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)


def _at(rgb: np.ndarray, shape) -> np.ndarray:
    return cv2.resize(rgb, (shape[1], shape[0]), interpolation=cv2.INTER_AREA)


def _open_pattern(qtbot, window, tmp_path):
    """Add a PNG of the fine-detail pattern to the open case, open it; return (entry, clear pixels)."""
    clear = fine_pattern()
    path = tmp_path / "pattern.png"
    assert cv2.imwrite(str(path), clear[..., ::-1])
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(path)])
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert entry.analysed and entry.analysis.regions == ()  # the detector found nothing in it
    return entry, clear


def _viewer_on_screen(qtbot, window) -> tuple[np.ndarray, np.ndarray]:
    """(what the viewer's viewport shows over the picture, the clear picture in grey at that size)."""
    viewer = window.viewer
    qtbot.wait(50)
    width, height = viewer.full_size
    top_left, bottom_right = viewer.view_point_of(0, 0), viewer.view_point_of(width, height)
    shot = rgb_from_qimage(viewer.viewport().grab().toImage())
    x0, y0 = max(0, top_left.x()) + 2, max(0, top_left.y()) + 2  # inside the picture's edge
    x1, y1 = min(shot.shape[1], bottom_right.x()) - 2, min(shot.shape[0], bottom_right.y()) - 2
    return shot[y0:y1, x0:x1], (x0 - top_left.x(), y0 - top_left.y(), x1 - top_left.x(), y1 - top_left.y())


def _clear_at(clear: np.ndarray, viewer, crop, shape) -> np.ndarray:
    """The clear picture in grey, scaled as the viewer shows it, cut as ``crop`` (view pixels)."""
    width, height = viewer.full_size
    full = viewer.view_point_of(width, height) - viewer.view_point_of(0, 0)
    scaled = cv2.resize(_grey(clear), (full.x(), full.y()), interpolation=cv2.INTER_AREA)
    x0, y0 = crop[0], crop[1]
    return scaled[y0:y0 + shape[0], x0:x0 + shape[1]]


def _grid_thumbnail(qtbot, window) -> np.ndarray:
    """The thumbnail as the grid paints it: found in a grab of the grid by its icon."""
    window.grid.clearSelection()
    qtbot.wait(50)
    icon = window.grid_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    size = icon.availableSizes()[0]
    expected = rgb_from_qimage(icon.pixmap(size).toImage())
    shot = rgb_from_qimage(window.grid.viewport().grab().toImage())
    # The review badge (issue 20) is painted over the thumbnail's top edge: find the thumbnail by the rest.
    band = BADGE_BAND
    match = cv2.matchTemplate(shot, np.ascontiguousarray(expected[band:]), cv2.TM_SQDIFF_NORMED)
    y, x = np.unravel_index(int(np.argmin(match)), match.shape)
    assert match[y, x] < 0.01  # the painted grid holds that thumbnail
    return shot[y - band:y - band + expected.shape[0], x:x + expected.shape[1]]


def test_a_picture_without_detection_is_never_painted_with_detail(qtbot, ready_window, tmp_path):
    window = ready_window
    assert window.viewing_policy.base == "whole"  # the default protects the most
    entry, clear = _open_pattern(qtbot, window, tmp_path)

    # The viewer fitted to the window, then at one image pixel per screen pixel.
    for show in (window.viewer.fit, window.viewer.actual_size):
        show()
        shown, crop = _viewer_on_screen(qtbot, window)
        assert shown.size > 0
        assert high_pass_correlation(shown, _clear_at(clear, window.viewer, crop, shown.shape)) < NO_DETAIL
        # The check can tell: the clear picture itself correlates with itself at that size.
        reference = _clear_at(clear, window.viewer, crop, shown.shape)
        assert high_pass_correlation(reference, reference) > 0.99

    thumb = _grid_thumbnail(qtbot, window)
    assert high_pass_correlation(thumb, _at(_grey(clear), thumb.shape)) < NO_DETAIL


def test_region_only_blurring_is_an_organisation_choice_that_shows_the_picture(qtbot, ready_window, tmp_path,
                                                                                monkeypatch):
    org = tmp_path / "reviewer.ini"
    org.write_text("[viewing]\nbase=regions\n", encoding="utf-8")
    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(org))
    window = ready_window
    window.settings = load_settings()  # as the application reads it at start
    assert window.viewing_policy.base == "regions"
    entry, clear = _open_pattern(qtbot, window, tmp_path)

    window.viewer.fit()
    shown, crop = _viewer_on_screen(qtbot, window)
    assert high_pass_correlation(shown, _clear_at(clear, window.viewer, crop, shown.shape)) > 0.5
    thumb = _grid_thumbnail(qtbot, window)
    assert high_pass_correlation(thumb, _at(_grey(clear), thumb.shape)) > 0.5
    # The Settings dialog says what the organisation's choice risks, and keeps it when the user saves.
    from PySide6.QtWidgets import QLabel

    window.ask_settings()
    risk = window.settings_dialog.findChild(QLabel, "regionsBaseRisk")
    assert risk is not None and risk.isVisible() and "missed" in risk.text()
    assert window.settings_dialog.values().viewing_policy().base == "regions"
    window.settings_dialog.reject()


def test_the_user_cannot_loosen_the_organisation_viewing_rules(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from reviewer.ui.settings import save_settings

    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(tmp_path / "absent.ini"))
    user = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    user.setValue("viewing/base", "regions")
    user.setValue("viewing/confirm", "first-per-media")
    user.sync()
    assert load_settings(user).viewing_policy() == UiSettings().viewing_policy()
    save_settings(UiSettings(viewing_base="regions"), user)
    assert user.value("viewing/base") == "regions"  # what the test wrote, not overwritten nor read
    org = tmp_path / "org.ini"
    org.write_text("[viewing]\nbase=nothing\nconfirm=first-per-media\nminor_viewing=never\n", encoding="utf-8")
    policy = load_settings(user, org).viewing_policy()
    assert (policy.base, policy.confirm, policy.minor_viewing) == ("whole", "first-per-media", "never")


def test_video_frames_without_detection_are_never_painted_with_detail(qtbot, ready_window, tmp_path):
    window = ready_window
    path = tmp_path / "pattern.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 12, (320, 240))
    assert writer.isOpened()
    for i in range(24):
        writer.write(np.ascontiguousarray(np.roll(fine_pattern(240, 320, seed=i), 3 * i, axis=1)[..., ::-1]))
    writer.release()
    with qtbot.waitSignal(window.batchFinished, timeout=300_000):
        window.add_paths([str(path)])
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    assert entry.media.kind == "video" and entry.analysed
    panel = window.video_panel
    with entry.media.video() as reader:
        keyframes = reader.keyframes(panel.sheet.count())
    for row, frame in enumerate(keyframes):
        icon = panel.sheet.item(row).icon()
        size = icon.availableSizes()[0]
        sheet = rgb_from_qimage(icon.pixmap(size).toImage())
        assert high_pass_correlation(sheet, _at(_grey(frame.rgb), sheet.shape)) < NO_DETAIL
    qtbot.waitUntil(lambda: panel.viewer.full_size != (0, 0), timeout=30_000)
    with entry.media.video() as reader:
        clear = reader.frame_at(panel.slider.value()).rgb
    frame_shown = rgb_from_qimage(panel.viewer._image.pixmap().toImage())
    assert high_pass_correlation(frame_shown, _at(_grey(clear), frame_shown.shape)) < NO_DETAIL
    thumb = _grid_thumbnail(qtbot, window)
    assert high_pass_correlation(thumb, _at(_grey(keyframes[0].rgb), thumb.shape)) < NO_DETAIL
