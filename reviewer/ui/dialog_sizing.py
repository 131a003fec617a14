"""Dialogs as tall as their wrapped texts need.

A top-level window is sized from its layout's size hint, which Qt computes without word wrapping's
height-for-width: a dialog whose intro wraps to more lines in French, or in the application's larger font,
opened shorter than its text and cut its first and last lines. One application-wide event filter grows every
dialog, when it is shown, to the height its layout needs at its width (never shrinks one the user resized).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog


class WrappedTextSizer(QObject):
    """Installed once on the QApplication (``install``): on each dialog's Show, the height for its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = watched.heightForWidth(watched.width())
                if needed > watched.height():
                    watched.resize(watched.width(), needed)
        return False


def install(app: QApplication) -> None:
    """Install the sizer on ``app`` once (a second window of the same application reuses it)."""
    if getattr(app, "_reviewer_dialog_sizer", None) is None:
        sizer = WrappedTextSizer(app)
        app.installEventFilter(sizer)
        app._reviewer_dialog_sizer = sizer  # type: ignore[attr-defined]
