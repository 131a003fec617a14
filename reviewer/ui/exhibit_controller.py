"""The exhibit controller: export the open case as an exhibit, and verify an exhibit, for the window.

It owns the export's state (the task, its progress dialog, the result box) and runs ``export_case`` on the
window's single vault thread; the window only offers the actions and enables them (``busy``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from reviewer.errors import ReviewerError
from reviewer.ui import file_dialogs, vault_steps as steps
from reviewer.ui.exhibit_dialogs import ExportDialog, VerificationDialog, originals_confirmation
from reviewer.ui.workers import Task


class ExhibitController(QObject):
    """Signals: ``exportFinished(object)`` with the ExportResult or the ReviewerError that stopped it,
    ``exhibitVerified(bool)``."""

    exportFinished = Signal(object)
    exhibitVerified = Signal(bool)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its runner, vault, session, open case, dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.export_task: Task | None = None
        self.export_progress: QProgressDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.export_result_box = None  # plain_result.ResultDialog after an export, QMessageBox after a failure
        self.originals_confirmation: QMessageBox | None = None
        self.verification_dialog: VerificationDialog | None = None

    @property
    def busy(self) -> bool:
        """An export is running (a second one is not offered)."""
        return self.export_task is not None

    def ask_export(self) -> None:
        """Ask what to export (language, recipient, file, originals) for the open case."""
        if self.window.case_id is None or self.window.session is None or self.export_task is not None:
            return
        item = self.window.case_list.currentItem()
        title = item.text() if item is not None else self.window.case_id
        language = self.window.settings.language or QLocale().name()[:2]
        dialog = ExportDialog(title, language, self.window)
        dialog.accepted.connect(lambda: self._export_chosen(dialog))
        self.export_dialog = dialog
        self.window.open_dialog(dialog)

    def _export_chosen(self, dialog: ExportDialog) -> None:
        lang, recipient, path, originals = dialog.values()
        if not originals:
            self.export_case(path, lang=lang, recipient=recipient, include_originals=False)
            return
        # Originals show everything unredacted: they go in only after an explicit "yes" here.
        box = originals_confirmation(self.window)
        yes = box.button(QMessageBox.StandardButton.Yes)
        no = box.button(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is yes or clicked is no:
                self.export_case(path, lang=lang, recipient=recipient, include_originals=clicked is yes)

        box.finished.connect(answered)
        self.originals_confirmation = box
        self.window.open_dialog(box)

    def export_case(self, path: str, *, lang: str, recipient: str, include_originals: bool) -> None:
        """Write the exhibit of the open case to ``path`` in the vault worker, with progress and cancel.
        ``include_originals`` must only be True after the reviewer confirmed it."""
        if self.window.case_id is None or self.window.session is None or self.export_task is not None:
            return
        progress = QProgressDialog(self.tr("Preparing the exhibit…"), self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Export exhibit"))
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.export_progress = progress
        # Cancel goes to export_case's own poll (between steps, before the file is renamed into place), not
        # to the task: a task cancelled after export_case returned would drop the result of a written file.
        stop = threading.Event()
        task = Task(steps.export_exhibit, self.window.vault, self.window.session, self.window.detector, self.window.case_id, Path(path),
                    include_originals, lang, recipient, stop)
        # Every callback names its task: a late signal of an earlier export must not touch this one.
        task.signals.result.connect(lambda result, t=task: self._export_done(t, result))
        task.signals.error.connect(lambda error, t=task: self._export_failed(t, error))
        task.signals.progress.connect(lambda done, total, step, t=task: self._export_progressed(t, done, total, step))
        task.signals.finished.connect(lambda t=task: self._export_over(t))
        progress.canceled.connect(stop.set)
        self.export_task = task
        self.window.runner.start_vault(task)
        self.window.update_actions()
        self.window.open_dialog(progress)

    def _export_progressed(self, task: Task, done: int, total: int, step: str) -> None:
        progress = self.export_progress  # setValue() may run the event loop, and the export end meanwhile
        if task is not self.export_task or progress is None:
            return
        words = {"records": self.tr("Gathering the signed records…"), "media": self.tr("Preparing the media…"),
                 "report": self.tr("Writing the PDF report…"), "manifest": self.tr("Writing the manifest…"),
                 "writing": self.tr("Writing the file…")}
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(words.get(step, self.tr("Preparing the exhibit…")))

    def _export_done(self, task: Task, result) -> None:
        from reviewer.ui.plain_result import ResultDialog

        self._export_over(task)
        # Plain words first; the file's fingerprint and contents on demand; then what to do with it.
        details = self.tr("File: {path}\nSHA-256: {sha}\nFiles in the exhibit: {count}\n"
                          "Media withheld as suspected minors (hashes only): {withheld}\nExport record: {record}").format(
            path=result.path, sha=result.sha256, count=len(result.files), withheld=len(result.withheld_media),
            record=getattr(result.record, "id", ""))
        box = ResultDialog(
            self.tr("Exhibit exported"), self.tr("The exhibit is ready: {name}").format(name=Path(result.path).name),
            self.tr("Its export is recorded in the case's history. Give it to the lawyer or the investigators with "
                    "the vault's fingerprint, told by another means (telephone, in person)."),
            details, self.tr("&What next?"), self.window)
        box.setObjectName("exportDone")
        box.actionRequested.connect(lambda: self.window.guide.show_next_steps(self.window.guide.case_outcome()))
        self.export_result_box = box
        self.window.recordAppended.emit("exhibit.exported")
        self.window.open_dialog(box)
        self.exportFinished.emit(result)

    def _export_failed(self, task: Task, error: ReviewerError) -> None:
        from reviewer.exhibit import ExportCancelled

        self._export_over(task)
        self.window.show_error(error)
        if not isinstance(error, ExportCancelled):  # the reviewer asked for that one: the status bar says it
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The exhibit was not exported"), error.message,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("exportError")
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.export_result_box = box
            self.window.open_dialog(box)
        self.exportFinished.emit(error)

    def _export_over(self, task: Task) -> None:
        if task is not self.export_task:
            return
        self.export_task = None
        progress, self.export_progress = self.export_progress, None
        if progress is not None:
            # Closing the dialog emits canceled; the export is over anyway. Blocked, not disconnected: a
            # disconnect() here once hung the GUI thread on Qt's connection lock while the export's worker was
            # still letting go of its task (seen under load in tests/ui/test_layout_fits.py).
            progress.blockSignals(True)
            progress.reset()
            progress.close()
            progress.deleteLater()
        self.window.update_actions()

    def ask_verify_exhibit(self) -> None:
        path = file_dialogs.choose_file(self.window, self.tr("Verify an exhibit"), self.tr("Exhibit (*.zip)"))
        if path:
            self.verify_exhibit(path)

    def verify_exhibit(self, path: str) -> None:
        """Check the bundle at ``path`` as the standalone verifier would, and show its lines."""
        lang = self.window.settings.language or QLocale().name()[:2]

        def checked(result: tuple) -> None:
            ok, lines = result
            dialog = VerificationDialog(path, ok, lines, self.window)
            self.verification_dialog = dialog
            self.window.open_dialog(dialog)
            self.exhibitVerified.emit(ok)

        def failed(error: ReviewerError) -> None:
            self.window.show_error(error)
            self.verification_dialog = VerificationDialog(path, False, [error.message], self.window)
            self.window.open_dialog(self.verification_dialog)
            self.exhibitVerified.emit(False)

        self.window.run(check_bundle, path, "fr" if lang == "fr" else "en", on_result=checked, on_error=failed)


def check_bundle(control, path: str, lang: str):
    """(ok, lines) of the standalone verifier for the bundle at ``path`` (runs on the pool: no vault involved)."""
    from reviewer.exhibit import verify_bundle

    return verify_bundle(path, lang=lang)
