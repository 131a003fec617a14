"""The recovery code, shown once after the vault is made in the window (``casework.recovery``): printed or
written down, to keep in the organisation's safe. The window goes on only once the person says they have kept
it; the code leaves the dialog's widgets when it closes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
)

from reviewer.casework.recovery import RecoveryKey, sheet_lines


def sheet_document(key: RecoveryKey) -> QTextDocument:
    """The printed sheet (``casework.recovery.sheet_lines``) laid out as a document for a printer or a PDF."""
    parts = []
    for kind, text in sheet_lines(key):
        escaped = html.escape(text)
        if kind == "title":
            parts.append(f"<h2>{escaped}</h2>")
        elif kind == "code":
            # On one line, never broken at a dash: a code split over two lines gets copied wrong.
            parts.append(f"<p style='font-family: monospace; font-size: 15pt; font-weight: bold; "
                         f"white-space: nowrap'>{escaped}</p>")
        elif kind == "text":
            parts.append(f"<p>{escaped}</p>")
        else:
            parts.append(f"<p style='font-size: 9pt'>{escaped}</p>")
    document = QTextDocument()
    document.setHtml("".join(parts))
    return document


def print_sheet(key: RecoveryKey, printer) -> None:
    """Print the sheet on ``printer`` (a QPrinter: a real printer, or a PDF file)."""
    sheet_document(key).print_(printer)


class RecoveryCodeDialog(QDialog):
    """The code, what it is for, Print…, and "I have kept it" before Continue."""

    def __init__(self, key: RecoveryKey, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Your recovery code"))
        self.key: RecoveryKey | None = key
        intro = QLabel(self.tr(
            "If every passphrase is one day forgotten or lost, this code still opens the vault, so the evidence is "
            "not lost. It is shown only this once. Print it, or write it down carefully, and keep it in the "
            "organisation's safe: never on this computer or with the laptop."))
        intro.setWordWrap(True)
        self.code = QLabel(key.code)
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Recovery code"))
        how = QLabel(self.tr(
            "To use it: in the unlock window, choose \"Recovery key\" and type this code as the passphrase."))
        how.setWordWrap(True)
        self.kept = QCheckBox(self.tr("I have &printed or written down this code and will keep it in a safe place"))
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button = self.buttons.addButton(self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self.ask_print)
        self.buttons.accepted.connect(self._try_accept)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(how)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def ask_print(self) -> None:
        """Qt's print dialog (a printer, or a PDF file where the system offers it), then the sheet."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.key is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_sheet(self.key, printer)

    def _try_accept(self) -> None:
        if self.kept.isChecked():
            self.accept()

    def reject(self) -> None:  # Escape or the close button: the code must be kept before the window goes on
        if self.kept.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.code.clear()  # no secret stays in a widget longer than needed
        self.key = None
