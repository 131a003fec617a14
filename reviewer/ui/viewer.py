"""The image viewer: a QGraphicsView with separate items for the image, one heatmap and region boxes.

Scene coordinates are the pixels of the FULL displayed image, whatever resolution is loaded: a
reduced rendering is drawn scaled up, so boxes, heatmaps and clicks keep the same coordinates when
the full-resolution rendering replaces it. Zoomed out, a 20-megapixel image is shown from a
screen-sized pixmap (cheap to paint); zooming in past it asks for the full resolution
(``fullResolutionWanted``), which the window renders in a worker.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reviewer.redact.boxes import region_at
from reviewer.ui.imaging import pixmap_from_rgb

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0
CLICK_SLOP = 4  # pixels a press may move and still count as a click rather than a pan


class _Corners(NamedTuple):
    x0: int
    y0: int
    x1: int
    y1: int


def _box_pen() -> QPen:
    pen = QPen(QColor("#f0c674"))
    pen.setCosmetic(True)
    pen.setWidth(2)
    return pen


def _uncovered_pen() -> QPen:
    """Thick, red and dashed: what is uncovered must be unmistakable, even in grey."""
    pen = QPen(QColor("#e0483e"))
    pen.setCosmetic(True)
    pen.setWidth(5)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class MediaViewer(QGraphicsView):
    """Shows one safe rendering with overlays. Signals: ``regionClicked(int)``, ``fullResolutionWanted()``."""

    regionClicked = Signal(int)
    fullResolutionWanted = Signal()
    zoomChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Image viewer"))
        self.setAccessibleDescription(
            self.tr("Shows the safe rendering of the selected image. Click a blurred region to reveal it.")
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#2b2d30")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._image = QGraphicsPixmapItem()
        self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._heat = QGraphicsPixmapItem()
        self._heat.setZValue(1)
        self._heat.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._image)
        self._scene.addItem(self._heat)
        self._box_items: list[QGraphicsRectItem] = []
        # Drawn around the whole picture while it is uncovered (a softer or clear reveal).
        self._frame = QGraphicsRectItem()
        self._frame.setZValue(3)
        self._frame.setPen(_uncovered_pen())
        self._frame.setVisible(False)
        self._scene.addItem(self._frame)
        self.uncovered: frozenset = frozenset()
        self.boxes: list[tuple[int, int, int, int]] = []
        self.full_size: tuple[int, int] = (0, 0)
        self.resolution = 0.0  # loaded pixels per full-image pixel (1.0 = full resolution)
        self._asked_full = False
        self._fit = True
        self._press: QPointF | None = None
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence("Ctrl+1"), self.actual_size),
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- content -------------------------------------------------------------------------------
    def set_image(self, rgb: np.ndarray, full_size: tuple[int, int], *, keep_view: bool = False) -> None:
        """Show ``rgb`` (a safe rendering, possibly reduced) stretched to ``full_size`` = (w, h)."""
        pixmap = pixmap_from_rgb(rgb)
        self._image.setPixmap(pixmap)
        self.resolution = rgb.shape[1] / full_size[0]
        self._image.setScale(1.0 / self.resolution)
        if full_size != self.full_size or not keep_view:
            self.full_size = full_size
            self._scene.setSceneRect(QRectF(0, 0, *full_size))
            self._asked_full = self.resolution >= 0.999
            if not keep_view:
                self.fit()
        self._image.setVisible(True)

    def loaded_rgb_shape(self) -> tuple[int, int]:
        pixmap = self._image.pixmap()
        return (pixmap.height(), pixmap.width())

    def set_regions(self, boxes: Sequence[tuple[int, int, int, int]], tooltips: Sequence[str] = ()) -> None:
        """Outline ``boxes`` (x0, y0, x1, y1 in full-image pixels); they are also the click targets."""
        for item in self._box_items:
            self._scene.removeItem(item)
        self._box_items = []
        self.boxes = [tuple(int(v) for v in box) for box in boxes]  # type: ignore[misc]
        pen = _box_pen()
        for index, (x0, y0, x1, y1) in enumerate(self.boxes):
            item = QGraphicsRectItem(QRectF(x0, y0, x1 - x0, y1 - y0))
            item.setPen(pen)
            item.setZValue(2)
            if index < len(tooltips):
                item.setToolTip(tooltips[index])
            self._scene.addItem(item)
            self._box_items.append(item)

    def set_boxes_visible(self, visible: bool) -> None:
        for item in self._box_items:
            item.setVisible(visible)

    def set_uncovered(self, targets) -> None:
        """Outline what is uncovered now: a region index draws its box in the uncovered style (shown even
        when boxes are hidden), SOFTER or CLEAR a frame around the whole picture; empty: nothing."""
        self.uncovered = frozenset(targets)
        normal = _box_pen()
        for index, item in enumerate(self._box_items):
            item.setPen(_uncovered_pen() if index in self.uncovered else normal)
            if index in self.uncovered:
                item.setVisible(True)
        whole = any(isinstance(t, str) for t in self.uncovered)
        self._frame.setRect(QRectF(0, 0, *self.full_size))
        self._frame.setVisible(whole and self.full_size[0] > 0)

    def set_heatmap(self, rgba: np.ndarray | None) -> None:
        """Overlay one heatmap (HxWx4, any size: stretched to the image), or remove it with None."""
        if rgba is None:
            self._heat.setPixmap(pixmap_from_rgb(np.zeros((1, 1, 4), np.uint8)))
            self._heat.setVisible(False)
            return
        self._heat.setPixmap(pixmap_from_rgb(rgba))
        self._heat.setScale(self.full_size[0] / rgba.shape[1] if self.full_size[0] else 1.0)
        self._heat.setVisible(True)

    def heatmap_visible(self) -> bool:
        return self._heat.isVisible()

    def set_heatmap_opacity(self, opacity: float) -> None:
        self._heat.setOpacity(max(0.0, min(1.0, opacity)))

    def clear(self) -> None:
        """Show nothing (no image, no overlay, no boxes)."""
        self._image.setPixmap(pixmap_from_rgb(np.zeros((1, 1, 3), np.uint8)))
        self._image.setVisible(False)
        self.set_heatmap(None)
        self.set_regions([])
        self.set_uncovered(())
        self.full_size = (0, 0)
        self.resolution = 0.0

    # -- zoom and pan ----------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def _apply_zoom(self, factor: float) -> None:
        target = self.zoom * factor
        if target > MAX_ZOOM or target < 0.02:
            return
        self._fit = False
        self.scale(factor, factor)
        self._after_zoom()

    def _after_zoom(self) -> None:
        self.zoomChanged.emit(self.zoom)
        # Zoomed in beyond the loaded pixels: ask once for the full-resolution rendering.
        if not self._asked_full and self.resolution and self.zoom > self.resolution * 1.05:
            self._asked_full = True
            self.fullResolutionWanted.emit()

    def zoom_in(self) -> None:
        self._apply_zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._apply_zoom(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Fit the whole image in the view."""
        self._fit = True
        if self.full_size[0]:
            self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._after_zoom()

    def actual_size(self) -> None:
        """One image pixel per screen pixel."""
        self._fit = False
        self.resetTransform()
        self._after_zoom()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        delta = event.angleDelta().y()
        if delta:
            self._apply_zoom(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    # -- clicks on regions ---------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position() - self._press).manhattanLength()
        self._press = None
        if moved <= CLICK_SLOP:
            self.click_at_view(event.position().toPoint())

    def click_at_view(self, point) -> int | None:
        """Treat a click at view coordinates ``point``; emit ``regionClicked`` when it hits a region."""
        scene = self.mapToScene(point)
        index = region_at([_Corners(*box) for box in self.boxes], scene.x(), scene.y())
        if index is not None:
            self.regionClicked.emit(index)
        return index

    def view_point_of(self, x: float, y: float):
        """View coordinates of full-image pixel (x, y) (for keyboard reveal and tests)."""
        return self.mapFromScene(QPointF(x, y))


class RevealBar(QWidget):
    """The reveal actions above the viewer and, while something is uncovered, what and for how long.

    Signals: ``targetRequested(object)`` (``redact.SOFTER`` or ``redact.CLEAR``), ``hideRequested()``.
    The bar holds no rule: the reveal controller decides, confirms, records and calls ``show_countdown``.
    """

    targetRequested = Signal(object)
    hideRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from reviewer.redact import CLEAR, SOFTER

        self.setObjectName("revealBar")
        self.softer_button = QPushButton(self.tr("Show softer"))
        self.softer_button.setToolTip(self.tr("Show the whole picture less blurred for a few seconds: shapes, "
                                              "no detail; detected regions stay blurred"))
        self.softer_button.clicked.connect(lambda: self.targetRequested.emit(SOFTER))
        self.clear_button = QPushButton(self.tr("Show clear picture"))
        self.clear_button.setToolTip(self.tr("Show the whole picture without blur for a few seconds"))
        self.clear_button.clicked.connect(lambda: self.targetRequested.emit(CLEAR))
        self.hint = QLabel(self.tr("Click an outlined region to uncover it."))
        self.hint.setObjectName("hint")
        self.countdown = QLabel()
        self.countdown.setObjectName("revealCountdown")
        self.countdown.setAccessibleName(self.tr("Time left before the picture is blurred again"))
        self.countdown.setStyleSheet("QLabel { color: #1d1f21; background: #f0c674; padding: 2px 8px; "
                                     "border-radius: 3px; font-weight: bold; }")
        self.hide_button = QPushButton(self.tr("Blur again now"))
        self.hide_button.clicked.connect(self.hideRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.softer_button, self.clear_button, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.hide_button)
        self._available = False
        self._refused = ""  # why no reveal is offered now (``refuse``), "" when they are
        self._texts = (self.softer_button.toolTip(), self.clear_button.toolTip(), self.hint.text())
        self.show_countdown(None, None)

    def set_available(self, available: bool) -> None:
        """Offer the whole-picture reveals (an analysed image, media shown) or not."""
        self._available = available
        self.softer_button.setEnabled(available and not self._refused)
        self.clear_button.setEnabled(available and not self._refused)

    def refuse(self, reason: str) -> None:
        """Offer no reveal while ``reason`` is not empty (a reveal that cannot be recorded is not offered:
        ``casework.vault_writes``), with ``reason`` as the buttons' tooltip and in place of the hint."""
        if reason == self._refused:
            return
        self._refused = reason
        self.softer_button.setToolTip(reason or self._texts[0])
        self.clear_button.setToolTip(reason or self._texts[1])
        self.hint.setText(self.tr("Nothing can be uncovered: a look would not be recorded.") if reason
                          else self._texts[2])
        self.set_available(self._available)

    def show_countdown(self, what: str | None, seconds_left: int | None) -> None:
        """``what`` is uncovered for ``seconds_left`` more seconds; None: nothing is uncovered."""
        uncovered = what is not None and seconds_left is not None
        self.countdown.setVisible(uncovered)
        self.hide_button.setVisible(uncovered)
        # While something is uncovered, the next request blurs it again anyway: only the countdown and "Blur
        # again now" are offered (and the bar stays narrow enough for a 1366-pixel screen).
        for widget in (self.softer_button, self.clear_button, self.hint):
            widget.setVisible(not uncovered)
        if uncovered:
            # "s" for seconds needs no plural form, so the text reads right before any translation is loaded.
            self.countdown.setText(self.tr("{what} uncovered: blurred again in {seconds} s").format(
                what=what, seconds=seconds_left))
