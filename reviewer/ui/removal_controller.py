"""Removing a media added by mistake ("Remove from the case…"): the confirmation, then the vault's purge.

The case layer decides what may be removed and what is recorded (``reviewer.casework.removal``: a required
reason, sealed; a suspected minor or a copy of one refused). This controller asks it for the preview on the
vault thread, shows what the removal does in plain words with the reason to give, removes on the vault
thread, and lists the case again (the removed media leaves the grid; near-duplicate groups are recomputed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from reviewer.casework.removal import MAX_REASON, REASONS
from reviewer.errors import ReviewerError
from reviewer.i18n import translate
from reviewer.ui import vault_steps as steps


class RemovalDialog(QDialog):
    """Says what removing one media does and asks why; ``reason()`` is the text to seal."""

    def __init__(self, preview, label_name, parent=None) -> None:
        """``preview``: a ``casework.removal.RemovalPreview``; ``label_name(label)`` gives a label's words."""
        super().__init__(parent)
        self.setObjectName("removalDialog")
        self.setWindowTitle(self.tr("Remove from the case"))
        title = QLabel(self.tr("Remove “{name}” from the case?").format(name=preview.name))
        title.setTextFormat(Qt.TextFormat.PlainText)  # a file name is shown as it is, never as markup
        title.setWordWrap(True)
        title.setObjectName("removalTitle")
        title.setStyleSheet("QLabel { font-weight: bold; }")
        lines = [self.tr("Its stored file and its heatmaps are destroyed for good. It leaves the case and the "
                         "pictures of every exhibit exported from now on."),
                 self.tr("Its hashes and everything recorded about it stay in the case's log, with this removal, "
                         "your name and the reason below: the log shows it was there and why it was removed.")]
        if preview.labels:
            lines.append(self.tr("Its sealed review ({labels}) stays in the log.").format(
                labels=", ".join(label_name(label) for label in preview.labels)))
        if preview.exports:
            lines.append(self.tr("%n exhibit(s) already exported contain it; they are not changed.", "",
                                 preview.exports))
        explanation = QLabel("\n\n".join(lines))
        explanation.setWordWrap(True)
        explanation.setObjectName("removalExplanation")
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems([translate("removal", reason) for reason in REASONS])
        self.reason_box.lineEdit().setMaxLength(MAX_REASON)
        self.reason_box.setAccessibleName(self.tr("Reason for the removal"))
        self.reason_box.editTextChanged.connect(self._update)
        reason_label = QLabel(self.tr("&Reason (recorded):"))
        reason_label.setBuddy(self.reason_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(self.tr("&Remove from the case"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Cancel is the default answer: Enter never destroys anything.
        self.remove_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.reason()))


class RemovalController(QObject):
    """Signals: ``mediaRemoved(str)`` with the media id once its removal is recorded; ``removalRefused(str)``
    with the plain reason when the case layer refused it."""

    mediaRemoved = Signal(str)
    removalRefused = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open case and media, its runner and dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.dialog: RemovalDialog | None = None
        self.refusal: QMessageBox | None = None

    def ask_remove(self) -> None:
        """Ask the case layer what removing the open media means, then confirm with the reviewer."""
        window = self.window
        entry = window.current
        if entry is None or entry.media_id is None or window.case_id is None:
            return
        case_id, media_id = window.case_id, entry.media_id
        window.run(steps.removal_preview, window.service, case_id, media_id, vault=True,
                   on_result=lambda preview: self._confirm(case_id, preview), on_error=self._refused)

    def _confirm(self, case_id: str, preview) -> None:
        window = self.window
        if case_id != window.case_id:
            return  # another case was opened meanwhile
        dialog = RemovalDialog(preview, window.review_form.label_name, window)
        dialog.accepted.connect(lambda: self.remove(case_id, preview.media_id, dialog.reason(), preview.name))
        self.dialog = dialog
        window.open_dialog(dialog)

    def remove(self, case_id: str, media_id: str, reason: str, name: str = "") -> None:
        """Remove ``media_id`` from ``case_id`` with ``reason`` (after the confirmation), then list the case again."""
        window = self.window

        def removed(_record) -> None:
            window.statusBar().showMessage(
                self.tr("“{name}” was removed from the case. The removal is recorded in its log.").format(name=name),
                10_000)
            window.recordAppended.emit("media.purged")
            if window.case_id == case_id:
                window.open_case(case_id)  # listed again from the read model: the media is no longer there
            self.mediaRemoved.emit(media_id)

        window.run(steps.remove_media, window.service, case_id, media_id, reason, vault=True, on_result=removed,
                   on_error=self._refused)

    def _refused(self, error: ReviewerError) -> None:
        window = self.window
        window.show_error(error)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not removed"), error.message,
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("removalRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal = box
        window.open_dialog(box)
        self.removalRefused.emit(error.message)
