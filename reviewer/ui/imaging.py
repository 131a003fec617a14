"""numpy arrays to Qt images, downscaling for display, heatmap colouring. No widgets here.

QImage can wrap a numpy buffer without copying, but then the array must outlive the image; we
wrap and immediately ``copy()`` only where the image crosses threads, and otherwise convert to a
QPixmap (which copies into the paint device) while the array is still referenced.
"""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtGui import QImage, QPixmap


def qimage_view(rgb: np.ndarray) -> QImage:
    """A QImage sharing ``rgb``'s memory (HxWx3 or HxWx4 uint8). Keep ``rgb`` alive while it is used."""
    if not rgb.flags["C_CONTIGUOUS"]:
        raise ValueError("array must be C-contiguous")
    height, width = rgb.shape[:2]
    channels = 1 if rgb.ndim == 2 else rgb.shape[2]
    fmt = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
           4: QImage.Format.Format_RGBA8888}[channels]
    return QImage(rgb.data, width, height, rgb.strides[0], fmt)


def qimage_copy(rgb: np.ndarray) -> QImage:
    """A QImage owning its pixels (safe to hand from a worker thread to the GUI thread)."""
    rgb = np.ascontiguousarray(rgb)
    return qimage_view(rgb).copy()


def pixmap_from_rgb(rgb: np.ndarray) -> QPixmap:
    """A QPixmap of ``rgb`` (GUI thread only)."""
    rgb = np.ascontiguousarray(rgb)
    image = qimage_view(rgb)
    pixmap = QPixmap.fromImage(image)
    del image  # the pixmap holds its own copy now
    return pixmap


def rgb_from_qimage(image: QImage) -> np.ndarray:
    """An HxWx3 uint8 copy of a QImage's pixels (for tests and screenshots comparisons)."""
    converted = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = converted.width(), converted.height()
    buffer = np.frombuffer(converted.constBits(), dtype=np.uint8, count=converted.sizeInBytes())
    rows = buffer.reshape(height, converted.bytesPerLine())
    return rows[:, : width * 3].reshape(height, width, 3).copy()


def fit_within(rgb: np.ndarray, max_side: int) -> np.ndarray:
    """``rgb`` shrunk with INTER_AREA so its longer side is at most ``max_side`` (unchanged if smaller)."""
    height, width = rgb.shape[:2]
    scale = max_side / max(height, width)
    if scale >= 1:
        return rgb
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA)


def heatmap_rgba(values: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
    """Colour a [0,1] float map with the perceptual 'viridis' palette, alpha rising with the value.

    ``size`` = (width, height) resizes the map first. Returns HxWx4 uint8, C-contiguous.
    """
    values = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0)
    if size is not None and (values.shape[1], values.shape[0]) != size:
        values = cv2.resize(values, size, interpolation=cv2.INTER_LINEAR)
    grey = np.clip(values * 255.0, 0, 255).astype(np.uint8)
    bgr = cv2.applyColorMap(grey, cv2.COLORMAP_VIRIDIS)
    rgba = np.empty(grey.shape + (4,), dtype=np.uint8)
    rgba[..., :3] = bgr[..., ::-1]
    # Low values stay mostly transparent so the overlay points at where the cue is strong.
    rgba[..., 3] = np.clip(60 + grey.astype(np.uint16) * 195 // 255, 0, 255).astype(np.uint8)
    return rgba


def legend_rgb(width: int = 160, height: int = 12) -> np.ndarray:
    """The colour bar of ``heatmap_rgba`` from low (left) to high (right), HxWx3 uint8."""
    ramp = np.tile(np.linspace(0, 255, width, dtype=np.float32), (height, 1)).astype(np.uint8)
    return np.ascontiguousarray(cv2.applyColorMap(ramp, cv2.COLORMAP_VIRIDIS)[..., ::-1])
