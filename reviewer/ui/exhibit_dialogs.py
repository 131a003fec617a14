"""Dialogs of exhibit export and verification: what to export and for whom, the confirmation before
originals go into a bundle, and the verifier's report.

They only collect input and show results; the window runs ``reviewer.exhibit`` in its vault worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui import file_dialogs


class ExportDialog(QDialog):
    """Language of the report, recipient, destination .zip and whether to include the original files.

    ``values()`` -> (lang "fr"|"en", recipient, destination path, include_originals as ticked: the window
    still asks for the confirmation before honouring it)."""

    def __init__(self, case_title: str, language: str = "fr", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export exhibit"))
        intro = QLabel(self.tr("Export the case “{title}” as an exhibit: its signed records, redacted pictures, "
                               "a PDF report and a verifier anyone can run.").format(title=case_title))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the case title is the reviewer's text, not markup
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language if language in ("fr", "en") else "fr")))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("e.g. Public prosecutor, Paris"))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.destination = QLineEdit()
        self.destination.setAccessibleName(self.tr("Destination file"))
        self.destination.textChanged.connect(self._update_ok)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_destination)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.destination, 1)
        row_layout.addWidget(choose)
        self.include_originals = QCheckBox(self.tr("Include &original files (unredacted)"))
        note = QLabel(self.tr("By default the exhibit holds only redacted pictures and the originals' hashes. "
                              "Media labelled “suspected minor” never get a picture in an exhibit."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("&Language of the report"), self.language)
        form.addRow(self.tr("&Recipient"), self.recipient)
        form.addRow(self.tr("&Save as"), row)
        form.addRow("", self.include_originals)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update_ok()

    def choose_destination(self) -> None:
        path = file_dialogs.choose_save_path(self, self.tr("Save the exhibit as"), self.destination.text(),
                                             self.tr("Exhibit (*.zip)"))
        if path:
            self.destination.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.destination.text().strip()))

    def values(self) -> tuple[str, str, str, bool]:
        path = self.destination.text().strip()
        if path and not path.lower().endswith(".zip"):
            path += ".zip"
        return (self.language.currentData(), self.recipient.text().strip(), path,
                self.include_originals.isChecked())


def originals_confirmation(parent=None) -> QMessageBox:
    """The explicit confirmation before original files go into an exhibit. Buttons: Yes = include them,
    No = export without them (the default), Cancel = no export."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("ExportDialog", "Include the original files?"),
        QCoreApplication.translate(
            "ExportDialog",
            "The original files show everything unredacted: whoever opens the exhibit will see the intimate "
            "material itself, not the blurred copies.\n\nMedia labelled “suspected minor” are never included, "
            "whatever you choose here.\n\nInclude the original files in this exhibit?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("originalsConfirmation")
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    yes.setText(QCoreApplication.translate("ExportDialog", "Include the originals"))
    no.setText(QCoreApplication.translate("ExportDialog", "Export without originals"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


class VerificationDialog(QDialog):
    """The verifier's lines for one bundle, as ``verify_exhibit.py`` prints them."""

    def __init__(self, path: str, ok: bool, lines: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exhibit verification"))
        self.ok = ok
        verdict = QLabel(self.tr("The exhibit is intact: every check passed.") if ok
                         else self.tr("The exhibit did NOT pass verification. See the lines below."))
        verdict.setObjectName("verdict" if ok else "warning")
        verdict.setWordWrap(True)
        where = QLabel(path)
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QPlainTextEdit("\n".join(lines))
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Verifier's report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(where)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
