"""The review controller: sealing a review, the open media's history, and the case's verification.

It owns the verification state of the open case (``casework.CaseVerifier``: the whole case once when it
opens, on the pool; then only the records appended since, on the vault thread) and refreshes the
history panel from the case layer's read model each time the case changes. The window only routes the
form's and the menus' requests here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reviewer.ui import formats, vault_steps as steps


class ReviewController(QObject):
    """Signals: ``sealed(media id, labels)`` after a seal; ``decisionShown(media id)`` once the open media's
    decision (or its absence) is on the form."""

    sealed = Signal(str, list)
    decisionShown = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open case and media, its panels and signals)."""
        super().__init__(window)
        self.window = window
        self.summary_dialog = None  # the seal summary waiting for an answer
        self.verifier = None      # reviewer.casework.verification.CaseVerifier of the open case
        self.case_check = None    # its last CaseCheck (None: being verified)

    def case_opened(self, token: object):
        """Verify the case just opened once, in the background (signatures, chain, checkpoints), with its
        progress in the status bar; later records are checked one by one against it. Returns the task."""
        from reviewer.casework.verification import CaseVerifier

        window = self.window
        self.verifier = verifier = CaseVerifier(window.vault, window.case_id)
        self.case_check = None
        task = window.run(steps.verify_opened_case, verifier, window.vault_dir,
                          on_result=lambda check: self._checked(token, check))
        task.signals.progress.connect(lambda done, total, _step: token is window.case_token and total > 1000
                                      and window.statusBar().showMessage(
                                          self.tr("Checking the case: {done} of {total} records…").format(
                                              done=formats.integer(done), total=formats.integer(total)), 2000))
        return task

    def case_closed(self) -> None:
        self.verifier = None
        self.case_check = None

    def ask_to_seal(self, values: dict) -> None:
        """The form's Seal (and Ctrl+Return): show a summary of ``values`` for the open media; only its
        "Confirm and seal" seals (``seal``); Cancel leaves the form as it was."""
        from reviewer.ui.seal_summary import SealSummaryDialog

        window = self.window
        entry = window.current
        if entry is None or entry.media_id is None:
            window.review_form.seal_failed(self.tr("the media is not in the vault yet."))
            return
        dialog = SealSummaryDialog(values, entry.name, window.review_form.correcting_when(), window)
        dialog.accepted.connect(lambda: entry is window.current and self.seal(values))
        dialog.rejected.connect(window.review_form.seal_cancelled)
        self.summary_dialog = dialog
        window.open_dialog(dialog)

    def seal(self, values: dict) -> None:
        """Seal the review of the open media with ``values`` (confirmed by the reviewer)."""
        window = self.window
        entry = window.current
        self.summary_dialog = None
        if entry is None or entry.media_id is None:
            window.review_form.seal_failed(self.tr("the media is not in the vault yet."))
            return

        def sealed(result) -> None:
            window.review_form.seal_done(self.tr(
                "Record {record} (position {seq} in the case's log)\nSigned by key {signer} at {time}\n\n"
                "New checkpoint of the case:\n{checkpoint}").format(
                    record=result.record, seq=result.seq, signer=result.signer, time=result.time,
                    checkpoint=result.checkpoint))
            window.history_panel.show_checkpoint(result.checkpoint)
            window.recordAppended.emit("review.sealed")
            window.groups.after_seal(entry, values)  # a group's representative: offer the copies the same
            self.sealed.emit(entry.media_id, list(values["labels"]))

        def failed(error) -> None:
            window.review_form.seal_failed(error.message)
            self.load_history()  # e.g. another decision was sealed meanwhile: show the current one

        window.run(steps.seal_review, window.service, window.case_id, entry.media_id, values, vault=True,
                   on_result=sealed, on_error=failed)

    def load_history(self) -> None:
        """The open media's history (from the case's read model) and the check of the records appended since
        the case was verified (never the whole case again)."""
        window = self.window
        entry = window.current
        if entry is None or entry.media_id is None:
            return

        def loaded(rows: list) -> None:
            if entry is window.current:
                window.history_panel.show_records(rows)
                window.historyShown.emit()

        def decided(result: tuple) -> None:
            if entry is window.current:
                window.review_form.show_decision(*result)
                self.decisionShown.emit(entry.media_id)

        window.run(steps.media_history, window.service, window.case_id, entry.media_id, vault=True, on_result=loaded)
        window.run(steps.review_decision, window.service, window.case_id, entry.media_id, vault=True,
                   on_result=decided)
        verifier, token = self.verifier, window.case_token
        if verifier is not None:
            window.run(steps.check_new_records, verifier, vault=True,
                       on_result=lambda check: self._checked(token, check))

    def _checked(self, token: object, check) -> None:
        if token is not self.window.case_token or check is None:  # None: still being verified; its answer follows
            return
        self.case_check = check
        self.window.history_panel.show_verification(check.ok, check.problem)
        self.window.caseChecked.emit(check.ok)

    def verify_case(self) -> None:
        """The whole case checked again, sealed fields and files decrypted (Review ▸ Verify the case)."""
        window = self.window
        if window.case_id is None:
            return

        def done(result: tuple) -> None:
            ok, message = result
            window.history_panel.show_verification(ok, message)
            window.verified.emit(ok)

        window.run(steps.verify_case, window.vault, window.session, window.case_id, vault=True, on_result=done)
