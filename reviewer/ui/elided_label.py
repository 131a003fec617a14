"""A label for long values (SHA-256, paths, file names, signatures): each line shown whole when it fits, else
shortened with "…" in the middle, the whole text in the tooltip and still selectable for copying.

A plain QLabel with a 64-character hash either widens its panel past the screen or is cut at the panel's edge
(word wrap never breaks a hash). Eliding in the middle keeps the beginning and the end, which is how people
compare hashes by eye.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip shown literally (Qt would guess rich text from a name such as ``<b>.png``)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class ElidedLabel(QLabel):
    """Plain text of one or more lines, each elided to the label's width (``mode``: where the "…" goes).

    ``full_text()`` is the whole text; ``text()`` is what is shown.
    """

    def __init__(self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, parent=None) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self._elide()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Any width will do (the text is elided); the height is that of every line.
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        lines = self._full.split("\n") if self._full else [""]
        width = max(self.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * self.margin()
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        lines = self._full.split("\n")
        shown = [metrics.elidedText(line, self._mode, max(1, width)) for line in lines]
        QLabel.setText(self, "\n".join(shown))
        self.setToolTip(plain_tooltip(self._full) if shown != lines else "")
