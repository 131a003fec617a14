"""Plain words first, details on demand: the outcome of a seal, a verification or an export.

A ``PlainResult`` shows one sentence a support worker understands ("Review recorded and signed"), an
optional second line, and a "Technical details" toggle that is closed by default and holds what a lawyer or
IT asks for (checkpoint, signatures, ids, SHA-256), selectable, wrapped anywhere, never widening the panel.
``ResultDialog`` is the same in a dialog, with room for one more action ("What next?").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PlainResult(QWidget):
    """A headline, an optional explanation and collapsed technical details."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton()
        self.details_button.setObjectName("technicalDetails")
        self.details_button.setText(self.tr("Technical details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._toggled)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        # Checkpoints and signatures are long unbroken strings: break them anywhere rather than widen the panel
        # (words still break at their boundaries).
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(96)
        self.details.setMaximumHeight(160)
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details_button)
        layout.addWidget(self.details)
        self.clear()

    def show_result(self, headline: str, explanation: str = "", details: str = "") -> None:
        """Show ``headline`` (plain words), ``explanation`` under it, and ``details`` behind the toggle
        (closed again: each new result starts with the plain words only)."""
        self.headline.setText(headline)
        self.headline.setVisible(bool(headline))
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.details.setPlainText(details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))

    def clear(self) -> None:
        self.show_result("")

    def _toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class ResultDialog(QDialog):
    """A ``PlainResult`` in a dialog with Close and, optionally, one more action (``actionRequested``)."""

    actionRequested = Signal()

    def __init__(self, title: str, headline: str, explanation: str = "", details: str = "",
                 action: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.result = PlainResult()
        self.result.show_result(headline, explanation, details)
        # Opening the details grows the dialog to show them, closing them gives the room back.
        self.result.details_button.toggled.connect(lambda _shown: QTimer.singleShot(0, self.adjustSize))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.action_button: QPushButton | None = None
        if action:
            self.action_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
            self.action_button.clicked.connect(self.actionRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def text(self) -> str:
        """Everything the dialog says, details included, as plain text."""
        parts = (self.result.headline.text(), self.result.explanation.text(), self.result.details.toPlainText())
        return "\n\n".join(part for part in parts if part)
