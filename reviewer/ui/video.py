"""Video: a contact sheet of safe keyframes first, then frame stepping with a scrubber. Never any sound.

There is no playback at all (no QtMultimedia): the reviewer steps through frames deliberately, which
keeps exposure down, and audio is never decoded.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui import formats
from reviewer.ui.viewer import MediaViewer


class VideoPanel(QWidget):
    """Emits ``frameWanted(int)`` when the reviewer picks a frame; the window renders it safely."""

    frameWanted = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Video"))
        self.sheet = QListWidget()
        self.sheet.setAccessibleName(self.tr("Contact sheet of keyframes"))
        self.sheet.setViewMode(QListView.ViewMode.IconMode)
        self.sheet.setIconSize(QSize(200, 120))
        self.sheet.setResizeMode(QListView.ResizeMode.Adjust)
        self.sheet.setMovement(QListView.Movement.Static)
        self.sheet.setSpacing(6)
        self.sheet.itemActivated.connect(self._sheet_activated)
        self.sheet.itemClicked.connect(self._sheet_activated)
        self.viewer = MediaViewer()
        self.viewer.setAccessibleName(self.tr("Video frame"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Frame scrubber"))
        self.slider.setTracking(False)  # decode when the reviewer lets go, not on every pixel of drag
        self.slider.valueChanged.connect(self.frameWanted)
        self.previous_button = QPushButton(self.tr("◀ Previous frame"))
        self.previous_button.setToolTip(self.tr("Previous frame (Left)"))
        self.next_button = QPushButton(self.tr("Next frame ▶"))
        self.next_button.setToolTip(self.tr("Next frame (Right)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = QLabel()
        muted = QLabel(self.tr("Sound is never played."))
        muted.setObjectName("hint")
        controls = QHBoxLayout()
        controls.addWidget(self.previous_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.next_button)
        controls.addWidget(self.position)
        frame_area = QWidget()
        frame_layout = QVBoxLayout(frame_area)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.viewer, 1)
        frame_layout.addLayout(controls)
        frame_layout.addWidget(muted)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sheet)
        splitter.addWidget(frame_area)
        splitter.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for key, delta in (("Left", -1), ("Right", 1), ("PgUp", -10), ("PgDown", 10)):
            shortcut = QShortcut(QKeySequence(key), self, lambda d=delta: self.step(d))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fps = 0.0
        self.clear()

    def clear(self) -> None:
        self.sheet.clear()
        self.viewer.clear()
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self.position.setText("")

    def set_video(self, frame_count: int, fps: float) -> None:
        self.clear()
        self.fps = fps or 0.0
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, frame_count - 1))
        self.slider.blockSignals(False)

    def show_sheet(self, frames: Sequence) -> None:
        """``frames``: objects with index, seconds and a safe QImage ``image``."""
        self.sheet.clear()
        for frame in frames:
            item = QListWidgetItem(QPixmap.fromImage(frame.image), formats.seconds(frame.seconds, 1))
            item.setData(Qt.ItemDataRole.UserRole, frame.index)
            item.setToolTip(self.tr("Frame {index}").format(index=frame.index))
            self.sheet.addItem(item)

    def show_frame(self, index: int, rendering) -> None:
        self.viewer.set_image(rendering.rgb, rendering.view.full_size, keep_view=self.viewer.full_size != (0, 0))
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        seconds = index / self.fps if self.fps else 0.0
        self.position.setText(self.tr("frame {index} / {count} · {time}").format(
            index=formats.integer(index), count=formats.integer(self.slider.maximum()),
            time=formats.seconds(seconds, 2)))

    def step(self, delta: int) -> None:
        target = max(0, min(self.slider.maximum(), self.slider.value() + delta))
        self.slider.setValue(target)  # emits frameWanted through valueChanged

    def _sheet_activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            if index == self.slider.value():
                self.frameWanted.emit(int(index))
            self.slider.setValue(int(index))
