"""The comparison with the original photo, side by side: both pictures, blurred like everything else, under
one sentence that answers "is it the same photo?", with the numbers on demand. The pictures are rendered after
each comparison (or refusal); the reviewer opens them from the Original panel or the Review menu.

The sentence is ``reviewer.detect.same_photo``'s (Qt-free, from the comparison's own numbers or its refusal).
Both pictures go through the window's one safe path (``analysis.first_safe_rendering``: ``redact``'s
rendering under the organisation's viewing policy): the open media with its known regions, the original
photo with the regions the detector finds on it (whole-blurred when it cannot run), in a pool worker. No
reveal is offered here: a picture is looked at closer in the viewer, where each reveal is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from reviewer.detect.same_photo import comparison_answer, refusal_answer, same_photo_sentence
from reviewer.errors import ReviewerError
from reviewer.ui import analysis
from reviewer.ui.imaging import qimage_copy

PICTURE_SIDE = 360  # pixels of each picture's long side: two, with their captions, fit on a 1366x768 screen


@dataclass
class SideBySide:
    """What the dialog shows: the answer, the two safe pictures (QImage), the names, and the numbers."""

    answer: str
    suspect_name: str
    original_name: str
    suspect: Any
    original: Any
    numbers: list[str]


def safe_pair(control, suspect, suspect_regions, original, original_path: Path | None, detector, settings, policy,
              side: int = PICTURE_SIDE) -> tuple[Any, Any, Any]:
    """(suspect QImage, original QImage, original Media), both rendered by ``analysis.first_safe_rendering``
    under ``policy``. ``suspect_regions`` None: not analysed, whole-blurred. ``original`` (a Media) or, when the
    comparison refused before returning it, ``original_path`` is read. The original's regions come from the
    shared ``detector``; when it cannot run (self-test failed) the original is whole-blurred. Runs on the pool."""
    from reviewer.media import ingest

    if original is None:
        original = ingest(original_path)
    control.check()
    try:
        regions = tuple(detector.get().detect_media(original).regions)
    except ReviewerError:
        regions = None  # no regions known: the whole picture stays blurred
    control.check()
    left = analysis.first_safe_rendering(control, suspect, side, settings, suspect_regions, policy)
    right = analysis.first_safe_rendering(control, original, side, settings, regions, policy)
    return qimage_copy(left.rgb), qimage_copy(right.rgb), original


class SideBySideDialog(QDialog):
    """The sentence, the two pictures with their names, and the numbers under "Show the numbers"."""

    def __init__(self, shown: SideBySide, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySide")
        self.setWindowTitle(self.tr("Comparison with the original photo"))
        self.sentence = QLabel(same_photo_sentence(shown.answer))
        self.sentence.setObjectName("samePhotoSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        grid = QGridLayout()
        self.pictures = []
        for column, (caption, name, image) in enumerate((
                (self.tr("The picture under review"), shown.suspect_name, shown.suspect),
                (self.tr("The original photo"), shown.original_name, shown.original))):
            title = QLabel(caption)
            title.setStyleSheet("QLabel { font-weight: bold; }")
            picture = QLabel()
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap.fromImage(image)
            picture.setPixmap(pixmap)
            picture.setMinimumSize(pixmap.size())  # shown whole, never cropped by the layout
            picture.setAccessibleName(caption)
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names as they are, never markup
            label.setWordWrap(True)
            label.setToolTip(name)
            grid.addWidget(title, 0, column)
            grid.addWidget(picture, 1, column)
            grid.addWidget(label, 2, column)
            self.pictures.append(picture)
        note = QLabel(self.tr("Both pictures are blurred as everywhere else. To look closer, use the viewer, where "
                              "every reveal is recorded."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.numbers = QPlainTextEdit("\n".join(shown.numbers))
        self.numbers.setReadOnly(True)
        self.numbers.setVisible(False)
        self.numbers.setMaximumHeight(150)
        self.numbers_button = QPushButton(self.tr("Show the numbers"))
        self.numbers_button.setCheckable(True)
        self.numbers_button.toggled.connect(self._toggle_numbers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.numbers_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never smaller than the pictures and captions
        layout.addWidget(self.sentence)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.numbers)
        layout.addWidget(buttons)

    def _toggle_numbers(self, on: bool) -> None:
        self.numbers.setVisible(on)
        self.numbers_button.setText(self.tr("Hide the numbers") if on else self.tr("Show the numbers"))
        self.adjustSize()


class ComparisonViewController(QObject):
    """Signals ``sideBySideReady(str)`` with the answer once both pictures are rendered (Review ▸ Show the
    comparison side by side and the Original panel's button then open them), ``sideBySideShown(str)`` once the
    dialog is on screen."""

    sideBySideReady = Signal(str)
    sideBySideShown = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open media, settings, detector, runner and dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.dialog: SideBySideDialog | None = None
        self.last: SideBySide | None = None

    def compared(self, entry, original, comparison, numbers: list[str]) -> None:
        """A comparison of ``entry`` with ``original`` was made: render both pictures for the side-by-side view."""
        self._show(entry, comparison_answer(comparison), original, None, numbers)

    def refused(self, entry, original_path: Path, error: ReviewerError) -> None:
        """The comparison could not be made (another photograph, nothing to line up): render both pictures for
        the side-by-side view, which says they are probably not the same photo. Other errors (an unreadable file)
        are the panel's to say."""
        from reviewer.detect import AlignmentFailed

        if isinstance(error, AlignmentFailed):
            self._show(entry, refusal_answer(error), None, original_path, [error.message])

    def _show(self, entry, answer: str, original, original_path: Path | None, numbers: list[str]) -> None:
        window = self.window
        if entry is None or entry.media is None or window.withheld.hides(entry):
            return  # a withheld media is never painted, not even here
        regions = entry.analysis.regions if entry.analysed else None

        def ready(result: tuple) -> None:
            suspect_image, original_image, original_media = result
            if entry is not window.current or window.media_hidden:
                return  # the reviewer moved on, or hid every picture meanwhile
            self.last = SideBySide(answer, entry.name, original_media.name, suspect_image, original_image, numbers)
            window.update_actions()
            self.sideBySideReady.emit(answer)

        window.run(safe_pair, entry.media, regions, original, original_path, window.detector,
                   window.safe_settings(), window.viewing_policy, on_result=ready)

    def open(self) -> None:
        """Show the last side-by-side comparison again."""
        if self.last is None or self.window.media_hidden:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = SideBySideDialog(self.last, self.window)
        # Not modal: the reviewer keeps the window (the panels, the Original tab's numbers) while it is open; it
        # closes with the media, and panic closes it. The panic shortcut is added to it as to every dialog.
        self.dialog.setModal(False)
        self.dialog.addAction(self.window.act_panic)
        self.dialog.show()
        self.sideBySideShown.emit(self.last.answer)

    def forget(self) -> None:
        """The open media changed or media were hidden: the pictures of the last comparison go."""
        self.last = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
