"""The ingest controller: adding files and folders to the open case, and each media's way to analysed.

It owns the batch being added (``IngestBatch``: progress, cancel, the problems met) and runs, for each file,
read and describe (pool) -> store through the case layer (vault thread) -> detect (pool) -> region-blurred
thumbnail -> record the detection (vault thread; the case layer skips what is recorded already). A stored
media read back when a case is reopened joins the same way at "detect" (``start_detection``) or, with its
recorded regions, at ``analysis_ready``.
"""

from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import QObject, QTimer

from reviewer.errors import ReviewerError
from reviewer.ui import analysis, file_dialogs, formats, vault_steps as steps
from reviewer.ui.media_grid import ROW_FAILED, ROW_NOT_ADDED, MediaEntry
from reviewer.ui.startup_check import SelftestFailed
from reviewer.ui.viewing_controller import VIEW_PRIORITY
from reviewer.ui.workers import Task

log = logging.getLogger(__name__)


class IngestBatch:
    """Files being added together: progress, cancel, and the problems met (in plain words)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.tasks: list[Task] = []
        self.finished: set[int] = set()  # grid keys of the files that are done (or failed, or cancelled)
        self.cancelled = False
        self.problems: list[str] = []
        self.added = 0            # files stored in the vault (analysed or not)
        self.refusals: list = []  # casework.add_outcome.Refusal of each file refused or not analysed

    def cancel(self) -> None:
        self.cancelled = True
        for task in self.tasks:
            task.cancel()


class IngestController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open case, grid, progress bar, runner and signals)."""
        super().__init__(window)
        self.window = window
        self.batch: IngestBatch | None = None
        self.refused_dialog = None  # the last batch's list of refused files (refused_files.RefusedFilesDialog)

    # ------------------------------------------------------------------------ asking
    def ask_add_files(self) -> None:
        window = self.window
        paths = file_dialogs.choose_files(
            window, self.tr("Add files to the case"),
            self.tr("Images and videos ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in sorted(analysis.MEDIA_SUFFIXES))))
        if paths:
            self.add_paths(paths)

    def ask_add_folder(self) -> None:
        folder = file_dialogs.choose_folder(self.window, self.tr("Add a folder to the case"))
        if folder:
            self.add_paths([folder])

    # ------------------------------------------------------------------------ adding
    def add_paths(self, paths: Sequence[str]) -> None:
        """Add files and folders to the open case (creating a case first when none is open)."""
        window = self.window
        if window.session is None:
            return
        if window.analysis_blocked:
            window.statusBar().showMessage(SelftestFailed().message, 15_000)
            return
        cases = window.cases
        if cases.case_id is None:
            cases.create_case(self.tr("New case"), then=lambda _case: self.add_paths(paths))
            return
        files = analysis.expand_paths(paths)
        if not files:
            window.statusBar().showMessage(self.tr("No image or video found there."), 8000)
            return
        if self.batch is None:
            self.batch = IngestBatch(0)
            window.last_problems = []
        batch = self.batch
        batch.total += len(files)
        window.progress.setRange(0, batch.total)
        window.progress.setValue(batch.done)
        window.progress.setVisible(True)
        window.cancel_button.setVisible(True)
        case_id = cases.case_id
        entries = cases.add_entries([(path.name, None) for path in files])  # one batch of rows for the whole folder
        for path, entry in zip(files, entries):
            # Stored through the case layer on the vault thread, in order: read once, a video streamed into the
            # encrypted store as it is hashed (no clear copy anywhere, never whole in memory).
            task = window.run(steps.add_file, window.service, case_id, path, window.reviewer_name,
                              window.viewing_policy, vault=True,
                              on_result=lambda result, e=entry, c=case_id: self._file_stored(e, c, result),
                              on_error=lambda error, e=entry: self._file_failed(e, error))
            task.signals.cancelled.connect(lambda e=entry: self._file_finished(e))
            batch.tasks.append(task)
        if window.grid.currentIndex().row() < 0 and window.grid.model().rowCount():
            window.grid.setCurrentIndex(window.grid.model().index(0, 0))

    def _file_stored(self, entry: MediaEntry, case_id: str, result: tuple) -> None:
        """``entry``'s file is in the vault (``result``: media id, Media, the case's withheld media when it is a
        copy of a suspected minor): say so, show its whole-blurred thumbnail, and detect its regions."""
        window = self.window
        media_id, media, withheld = result
        entry.media = media
        if self.batch is not None:
            self.batch.added += 1
        window.cases.model.set_media_id(entry, media_id)
        if withheld is not None and case_id == window.cases.case_id:
            window.withheld.arrived(window.case_token, withheld)  # withheld before anything of it is painted
        window.recordAppended.emit("media.ingested")
        window.run(analysis.thumbnail, media, None, window.safe_settings(), window.viewing_policy,
                   on_result=lambda thumb: entry.analysis is None and window.cases.set_thumbnail(entry, thumb.image))
        if window.current is entry:
            window.viewing.open_entry(entry)
        batch = self.batch
        if batch is None or batch.cancelled or case_id != window.cases.case_id:
            self._file_finished(entry)
            return
        self.start_detection(entry, record=True)

    # ------------------------------------------------------------------------ detection
    def start_detection(self, entry: MediaEntry, *, record: bool) -> None:
        """Run the region detector on ``entry``. ``record``: offer the result to the case layer, which records
        it unless the same analysis is recorded already (False: only shown, e.g. in tests of the viewer)."""
        window = self.window
        case_id = window.cases.case_id

        def failed(error: ReviewerError) -> None:
            entry.failed = error.message
            if window.current is entry:
                window.detections_panel.show_failed(error.message)
            self._file_failed(entry, error)
            window.cases.reading_done(entry)

        task = window.run(analysis.detect_media, entry.media, window.detector,
                          on_result=lambda result: self.analysis_ready(entry, result, case_id, record=record),
                          on_error=failed, priority=VIEW_PRIORITY if entry is window.current else 0)
        task.signals.cancelled.connect(lambda: self._file_finished(entry))
        if self.batch is not None and record:
            self.batch.tasks.append(task)

    def analysis_ready(self, entry: MediaEntry, result: analysis.Analysis, case_id: str | None, *,
                       record: bool) -> None:
        """Regions known for ``entry`` (detected now, or read from their record): show them, make the
        region-blurred thumbnail, record them if asked (the case layer skips what is recorded)."""
        window = self.window
        open_case = window.cases.case_id
        entry.analysis = result
        if window.current is entry:
            window.viewing.analysis_arrived(entry)
        window.run(analysis.analysed_thumbnail, entry.media, result, window.safe_settings(), window.viewing_policy,
                   on_result=lambda thumb: window.cases.thumbnail_made(entry, thumb))
        if record and entry.media_id and case_id is not None and case_id == open_case:
            window.run(steps.record_detection, window.service, case_id, entry.media_id, result, vault=True,
                       on_result=lambda made: made is not None and window.recordAppended.emit("analysis.run"))
        if case_id == open_case:
            window.viewing.keep_media(entry)
        self._file_finished(entry)
        window.cases.reading_done(entry)

    # ------------------------------------------------------------------------ the batch
    def _file_failed(self, entry: MediaEntry, error: ReviewerError) -> None:
        window = self.window
        log.warning("%s: %s: %s", entry.name, error.code, error.detail)
        entry.failed = error.message
        from reviewer.casework.add_outcome import refusal

        message = self.tr("{name}: {message}").format(name=entry.name, message=error.message)
        if self.batch is not None and entry.key not in self.batch.finished:
            self.batch.problems.append(message)
            self.batch.refusals.append(refusal(entry.name, error, stored=entry.media_id is not None))
        window.last_problems.append(message)
        if window.cases.holds(entry):
            window.cases.model.set_state(entry.key, ROW_NOT_ADDED if entry.media is None else ROW_FAILED, message)
        self._file_finished(entry)

    def _file_finished(self, entry: MediaEntry) -> None:
        batch = self.batch
        if batch is None:
            return
        if entry.key in batch.finished:
            return  # one file ends once, whichever of error, cancel or analysis comes first
        batch.finished.add(entry.key)
        batch.done += 1
        window = self.window
        window.progress.setValue(batch.done)
        window.statusBar().showMessage(self.tr("Adding files: {done} of {total} done").format(
            done=formats.integer(batch.done), total=formats.integer(batch.total)))
        if batch.done >= batch.total:
            self._batch_over()

    def _batch_over(self) -> None:
        window = self.window
        batch = self.batch
        self.batch = None
        window.progress.setVisible(False)
        window.cancel_button.setVisible(False)
        if batch is not None:
            from reviewer.casework.add_outcome import batch_summary
            from reviewer.ui.refused_files import RefusedFilesDialog

            # Counted from what happened to each file: never "all added" when one was refused.
            summary = batch_summary(batch.added, batch.refusals, cancelled=batch.cancelled)
            window.statusBar().showMessage(summary, 0 if batch.refusals else 15_000)
            if batch.refusals:
                self.refused_dialog = RefusedFilesDialog(batch.refusals, summary, window)
                window.open_dialog(self.refused_dialog)
        window.batchFinished.emit()

    def cancel_batch(self) -> None:
        """Stop adding files; what was already stored in the vault stays there."""
        batch = self.batch
        if batch is None:
            return
        batch.cancel()
        # Every task ends with result, error or cancelled; entries that never reached a task are counted now.
        remaining = batch.total - batch.done
        if remaining and all(t.done or t.control.cancelled for t in batch.tasks):
            QTimer.singleShot(0, self._finish_cancelled_batch)

    def _finish_cancelled_batch(self) -> None:
        if self.batch is not None and self.window.runner.active == 0:
            self._batch_over()
        elif self.batch is not None:
            QTimer.singleShot(50, self._finish_cancelled_batch)
