"""Checking the whole vault from the window (Vault ▸ Verify the whole vault…), with progress and Cancel.

It is the check ``reviewer verify --decrypt`` makes (``Vault.verify`` with the open session: every log, every
checkpoint, every stored file decrypted against its hash, every sealed field against its commitment). It runs
on the vault thread, which owns the session's connection (the GUI thread only shows the progress), and stops
between steps on Cancel, with nothing written. The result comes in plain words; the report's technical form
(the JSON of ``reviewer verify --json``) is under "Show Details…".
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from reviewer.errors import ReviewerError
from reviewer.ui import vault_steps as steps
from reviewer.ui.workers import Task


class VaultCheckController(QObject):
    """Signal ``vaultChecked(object)``: the ``vault_steps.VaultCheck``, or None when the reviewer cancelled."""

    vaultChecked = Signal(object)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its vault, session, runner and dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def verify(self) -> None:
        """Start the whole-vault check, showing its progress with a Cancel button."""
        window = self.window
        if window.session is None or self.task is not None:
            return
        progress = QProgressDialog(self.tr("Checking the vault…"), self.tr("Cancel"), 0, 0, window)
        progress.setWindowTitle(self.tr("Verify the whole vault"))
        progress.setObjectName("vaultCheckProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        task = Task(steps.verify_whole_vault, window.vault, window.session)
        task.signals.progress.connect(lambda done, total, step, t=task: self._progressed(t, done, total, step))
        task.signals.result.connect(lambda check, t=task: self._done(t, check))
        task.signals.error.connect(lambda error, t=task: self._failed(t, error))
        task.signals.cancelled.connect(lambda t=task: self._cancelled(t))
        progress.canceled.connect(task.cancel)
        self.task, self.progress = task, progress
        window.runner.start_vault(task)
        window.open_dialog(progress)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, task: Task, done: int, total: int, step: str) -> None:
        if task is not self.task or self.progress is None:
            return
        words = {"database": self.tr("Checking the database file…"),
                 "records": self.tr("Checking the signed records of each case…"),
                 "checkpoints": self.tr("Checking the checkpoints…"),
                 "blobs": self.tr("Checking the stored files…"),
                 "sealed": self.tr("Checking the sealed fields…")}
        self.progress.setLabelText(words.get(step, self.tr("Checking the vault…")))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _over(self, task: Task) -> bool:
        if task is not self.task:
            return False
        self.task = None
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect()  # closing it emits canceled; the check is over anyway
            progress.reset()
            progress.close()
            progress.deleteLater()
        return True

    def _done(self, task: Task, check) -> None:
        if not self._over(task):
            return
        if check.ok:
            title = self.tr("The vault is intact")
            headline = self.tr("Everything in the vault checks: every record is signed and chained, every stored "
                               "file and sealed field is as it was recorded.")
        else:
            title = self.tr("The vault has a problem")
            headline = self.tr("Something in the vault does not check. Do not add anything to it and call your IT "
                               "team; give them the technical details.")
        lines = [headline, "", check.text]
        if check.weak_keys:
            lines += ["", self.tr("The passphrase protection of these reviewers is below today's rule; they should "
                                  "choose a new passphrase: {names}").format(
                names=", ".join(key["name"] for key in check.weak_keys))]
        box = QMessageBox(QMessageBox.Icon.Information if check.ok else QMessageBox.Icon.Warning, title,
                          "\n".join(lines), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("vaultCheckResult")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(json.dumps({**check.report, "weak_keys": check.weak_keys}, ensure_ascii=False, indent=2))
        self.result_box = box
        self.window.open_dialog(box)
        self.vaultChecked.emit(check)

    def _failed(self, task: Task, error: ReviewerError) -> None:
        if not self._over(task):
            return
        self.window.show_error(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The vault could not be checked"), error.message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("vaultCheckResult")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if error.detail:
            box.setDetailedText(error.detail)
        self.result_box = box
        self.window.open_dialog(box)
        self.vaultChecked.emit(None)

    def _cancelled(self, task: Task) -> None:
        if self._over(task):
            self.window.statusBar().showMessage(self.tr("Vault check cancelled. Nothing was changed."), 8000)
            self.vaultChecked.emit(None)
