"""The "After the review" controller: takedown notices, the sealed notices log, hashes for StopNCII, platforms and
police, and the complaint annex of the open case, for the window (``reviewer.takedown``, as the command line
``reviewer notice|export-hashes|complaint`` uses it).

It owns the after-review dialog and its small forms. Records are read and sealed on the window's single vault
thread, texts formatted and files written on the pool (``takedown_steps``); the GUI thread only arranges.
Opened from Review ▸ After the review… (Ctrl+Shift+A) and from the "What next?" guide.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from reviewer.errors import ReviewerError
from reviewer.ui import file_dialogs, takedown_steps as steps
from reviewer.ui.takedown_dialogs import (
    AfterReviewDialog,
    NoticeAnswerDialog,
    NotifierDialog,
    ScreenshotCaptureDialog,
    SentNoticeDialog,
    YearlyCountDialog,
)


class TakedownController(QObject):
    """Signals, for tests and the tour: ``loaded()`` once the case's targets, notifier and log are shown,
    ``draftsShown()`` when the notices' texts are, ``saved(str)`` with each file written, ``recorded(object)``
    with each sealed ``notice.logged`` record, ``captureImported(str)`` with each capture's record id,
    ``failed(object)`` with each error shown."""

    loaded = Signal()
    draftsShown = Signal()
    saved = Signal(str)
    recorded = Signal(object)
    failed = Signal(object)
    captureImported = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its runner, session, open case, dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.dialog: AfterReviewDialog | None = None
        self.refused = ""           # why nothing may be sealed now (``casework.vault_writes``), "" when it may
        self.form = None            # the small form open last (identity, notice sent, answer)
        self.result_box = None      # the plain-words confirmation of the last record sealed
        self.count_dialog = None    # the yearly count shown last
        self.case_id: str | None = None
        self.targets: list = []
        self.notifier = None        # the notices' sender (takedown.notifier.Notifier), and as the window shows it:
        self.identity = None        # takedown_steps.Identity
        self.log: list = []
        self._languages: dict | None = None

    # -- opening -----------------------------------------------------------------------------------------
    def open(self) -> None:
        """Open the after-review window for the open case (nothing when no case is open)."""
        window = self.window
        if window.case_id is None or window.session is None:
            return
        item = window.case_list.currentItem()
        dialog = AfterReviewDialog(item.text() if item is not None else window.case_id, window)
        dialog.urlAdded.connect(self.add_url)
        dialog.checkedChanged.connect(self._redraft_pharos)
        dialog.copyRequested.connect(self.copy)
        dialog.saveRequested.connect(self.ask_save_text)
        dialog.sentRequested.connect(self.ask_sent)
        dialog.answerRequested.connect(self.ask_answer)
        dialog.identityRequested.connect(self.ask_identity)
        dialog.hashesRequested.connect(self.ask_hashes)
        dialog.complaintRequested.connect(self.ask_complaint)
        dialog.countRequested.connect(self.show_count)
        dialog.captureRequested.connect(self.ask_import_capture)
        dialog.screenshotRequested.connect(self.ask_screenshot)
        self.dialog, self.case_id, self.targets, self.log = dialog, window.case_id, [], []
        dialog.refuse_sealing(self.refused)
        window.open_dialog(dialog)
        self._run(steps.after_review, window.session, self.case_id, vault=True, then=self._loaded)

    def refuse_sealing(self, reason: str) -> None:
        """Offer none of the dialog's sealing buttons while ``reason`` is not empty (the vault takes no record);
        preparing notices, fingerprints and the complaint stays available."""
        self.refused = reason
        if self.dialog is not None:
            self.dialog.refuse_sealing(reason)

    def close(self, locked: bool = True) -> None:
        """Close the window and its forms (connected to the lock: the case's addresses, platforms and notices go
        with the session; answers still on their way are dropped, records already asked for are still sealed)."""
        if not locked:
            return
        for widget in (self.count_dialog, self.result_box, self.form, self.dialog):
            if widget is not None:
                widget.reject()
        self.dialog = self.form = self.result_box = self.count_dialog = None
        self.targets, self.log = [], []

    def _run(self, fn: Callable, *args, vault: bool = False, then: Callable) -> None:
        """Run ``fn`` off the GUI thread; ``then(result)`` only if the same dialog is still the open one."""
        dialog = self.dialog

        def done(result) -> None:
            if dialog is self.dialog:
                then(result)

        def failed(error: ReviewerError) -> None:
            self.window.show_error(error)
            if dialog is self.dialog and dialog is not None:
                dialog.show_problem(error.message)
            self.failed.emit(error)

        self.window.run(fn, *args, vault=vault, on_result=done, on_error=failed)

    def _loaded(self, state: steps.AfterReview) -> None:
        self.targets = list(state.targets or [])
        self.identity, self.notifier, self.log = state.identity, state.identity.notifier, state.log
        self.dialog.show_targets(self.targets, state.no_url)
        self.dialog.show_identity(state.identity.complete)
        self.dialog.show_log(state.log)
        self.dialog.show_captures(state.captures)
        self._redraft()
        self.loaded.emit()

    # -- notices -----------------------------------------------------------------------------------------
    def languages(self) -> dict:
        """French and English translators for the notices, whatever the window's language (loaded once)."""
        if self._languages is None:
            from reviewer.translations import fixed_language

            self._languages = {"fr": fixed_language("fr"), "en": fixed_language("en")}
        return self._languages

    def _redraft(self) -> None:
        """The notices of every listed URL and the Pharos summary of the ticked ones, written on the pool."""
        self._run(steps.notice_drafts, list(self.targets), self.notifier, self.languages(),
                  then=self._drafted)
        self._redraft_pharos()

    def _drafted(self, drafts: list) -> None:
        self.dialog.show_drafts(drafts)
        self.draftsShown.emit()

    def _redraft_pharos(self) -> None:
        chosen = [self.targets[row] for row in self.dialog.checked_rows() if row < len(self.targets)]
        if not chosen:
            self.dialog.show_pharos("")
            return
        self._run(steps.pharos_text, chosen, self.notifier, then=self.dialog.show_pharos)

    def add_url(self, url: str, platform: str) -> None:
        """Add a URL the user typed (checked; every media reviewed as illegal is notified there)."""
        def added(target) -> None:
            if any(t.url == target.url for t in self.targets):
                return
            self.targets.append(target)
            self.dialog.add_target(target)
            self._redraft()

        self._run(steps.added_target, self.window.session, self.case_id, url, platform, vault=True, then=added)

    def copy(self) -> None:
        text = self.dialog.current_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.dialog.show_saved(self.tr("Copied. Paste it into the platform's form, an e-mail or Pharos."))

    def ask_save_text(self) -> None:
        """Save the text shown (a notice or the Pharos summary) to a file the user chooses."""
        text = self.dialog.current_text()
        if not text:
            return
        index = self.dialog.preview.currentIndex()
        if index == AfterReviewDialog.PREVIEW_PHAROS:
            suggested = "pharos.txt"
        else:
            lang = "fr" if index == AfterReviewDialog.PREVIEW_FR else "en"
            suggested = f"notice-{self.dialog.current_notice() + 1}-{lang}.txt"
        path = self._save_path(self.tr("Save the text as"), suggested, self.tr("Text file (*.txt)"), ".txt")
        if path:
            self._run(steps.save_text, Path(path), text, then=self._saved)

    def _save_path(self, title: str, suggested: str, name_filter: str, suffix: str) -> str:
        path = file_dialogs.choose_save_path(self.dialog, title, suggested, name_filter)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def _saved(self, path) -> None:
        self.dialog.show_saved(self.tr("Saved: {path}").format(path=path))
        self.saved.emit(str(path))

    # -- identity ----------------------------------------------------------------------------------------
    def ask_identity(self) -> None:
        """The organisation's identity form; saved to the user's notifier file unless the organisation sets it."""
        if self.identity is None:
            return  # not read yet
        form = NotifierDialog(self.identity.notifier, self.identity.from_organisation, self.dialog)
        form.accepted.connect(lambda: self._run(steps.store_notifier, form.values(), then=self._identity_saved))
        self.form = form
        self.window.open_dialog(form)

    def _identity_saved(self, identity) -> None:
        self.identity, self.notifier = identity, identity.notifier
        self.dialog.show_identity(identity.complete)
        self.dialog.show_saved(self.tr("The organisation's identity is saved; the notices now give it."))
        self._redraft()

    # -- the notices log ---------------------------------------------------------------------------------
    def ask_sent(self) -> None:
        """"Record that I sent it": the form pre-filled with the ticked URLs, the shown URL's platform and the
        most serious content among them; accepting seals a ``notice.logged`` record."""
        rows = self.dialog.checked_rows()
        chosen = [self.targets[row] for row in rows if row < len(self.targets)]
        current = self.dialog.current_notice()
        shown = self.targets[current] if 0 <= current < len(self.targets) else (chosen[0] if chosen else None)
        content = min((t.content.id for t in chosen), key=("csam", "deepfake", "ncii").index) if chosen else "deepfake"
        form = SentNoticeDialog(shown.platform if shown else "", [t.url for t in chosen], content, self.dialog)
        # The notice shown is taken as the one sent (its SHA-256 is sealed); the Pharos summary is no notice.
        pharos = self.dialog.preview.currentIndex() == AfterReviewDialog.PREVIEW_PHAROS
        notice_text = "" if pharos else self.dialog.current_text()
        form.accepted.connect(lambda: self.record_sent(form.values(), notice_text))
        self.form = form
        self.window.open_dialog(form)

    def record_sent(self, values: dict, notice_text: str = "") -> None:
        """Seal that a notice was sent (``values``: ``notices.log_sent``'s arguments but the text)."""
        values = {**values, "notice_text": notice_text}
        self._run(steps.record_sent, self.window.session, self.case_id, values, vault=True,
                  then=lambda record: self._recorded(record, self.tr("Notice recorded"),
                                                     self.tr("Recorded and signed: the notice sent to {platform}.")
                                                     .format(platform=values["platform"]),
                                                     self.tr("It is in the list of notices sent and in the case's "
                                                             "history. When the platform answers, record its answer "
                                                             "there.")))

    def ask_answer(self, notice_id: str) -> None:
        notice = next((n for n in self.log if n.id == notice_id), None)
        if notice is None:
            return
        form = NoticeAnswerDialog(notice.platform, notice.sent_at, self.dialog)
        form.accepted.connect(lambda: self.record_answer(notice_id, form.values()))
        self.form = form
        self.window.open_dialog(form)

    def record_answer(self, notice_id: str, values: dict) -> None:
        """Seal the platform's answer to notice ``notice_id`` (``values``: ``notices.log_update``'s arguments)."""
        self._run(steps.record_answer, self.window.session, self.case_id, notice_id, values, vault=True,
                  then=lambda record: self._recorded(record, self.tr("Answer recorded"),
                                                     self.tr("Recorded and signed: where the notice stands now."),
                                                     self.tr("The list of notices sent shows it; the case's history "
                                                             "keeps every step.")))

    def _recorded(self, record, title: str, headline: str, explanation: str) -> None:
        from reviewer.ui.plain_result import ResultDialog

        self.window.recordAppended.emit(record.type)
        details = self.tr("Record: {record}\nPosition in the case's log: {seq}\nSigned at: {time}").format(
            record=record.id, seq=record.seq, time=record.time)
        box = ResultDialog(title, headline, explanation, details, parent=self.dialog)
        box.setObjectName("noticeRecorded")
        self.result_box = box
        self.window.open_dialog(box)
        self.dialog.tabs.setCurrentIndex(1)
        self._run(steps.notices_log, self.window.session, self.case_id, vault=True, then=self._log_read)
        self.recorded.emit(record)

    def _log_read(self, log: list) -> None:
        self.log = log
        self.dialog.show_log(log)

    # -- web captures ------------------------------------------------------------------------------------
    def ask_import_capture(self) -> None:
        """Choose a WACZ or WARC file and seal it in the case (where the content was seen, with its date)."""
        path = file_dialogs.choose_file(self.dialog, self.tr("Import a web capture"),
                                        self.tr("Web captures (*.wacz *.warc *.warc.gz);;All files (*)"))
        if path:
            self.import_capture(path)

    def import_capture(self, path: str) -> None:
        self._run(steps.import_capture_file, self.window.session, self.case_id, Path(path), vault=True,
                  then=self._capture_imported)

    def ask_screenshot(self) -> None:
        """The form for a screenshot of the page and its HTML; accepting seals them as one capture."""
        form = ScreenshotCaptureDialog(self.dialog)
        form.accepted.connect(lambda: self.import_screenshot(form.values()))
        self.form = form
        self.window.open_dialog(form)

    def import_screenshot(self, values: dict) -> None:
        """Seal a screenshot capture (``values``: image, html, url, at, notes, as ``ScreenshotCaptureDialog`` gives)."""
        self._run(steps.import_screenshot_files, self.window.session, self.case_id, values, vault=True,
                  then=self._capture_imported)

    def _capture_imported(self, imported) -> None:
        self.window.recordAppended.emit("capture.imported")
        self.dialog.show_captures(imported.rows)
        self.dialog.show_saved(self.tr("Capture sealed in the case: {url}. Pictures and videos inside: {count}.")
                               .format(url=imported.row.url, count=imported.items))
        self.captureImported.emit(imported.row.id)

    # -- the yearly count ---------------------------------------------------------------------------------
    def show_count(self, year: int) -> None:
        """The Article 22(3) counts of ``year`` over every case, in a dialog that can save them as the command
        line's ``notice count --json`` prints them."""
        self._run(steps.yearly_counts, self.window.session, year, vault=True, then=self._counted)

    def _counted(self, counts) -> None:
        box = YearlyCountDialog(counts, self.dialog)
        box.saveRequested.connect(lambda: self.ask_save_count(counts))
        self.count_dialog = box
        self.window.open_dialog(box)

    def ask_save_count(self, counts) -> None:
        path = file_dialogs.choose_save_path(self.count_dialog, self.tr("Save the count as"),
                                             f"notices-{counts.year}.json", self.tr("JSON file (*.json)"))
        if path and not path.lower().endswith(".json"):
            path += ".json"
        if path:
            self._run(steps.save_counts, Path(path), counts, then=self._saved)

    # -- hashes and the complaint ------------------------------------------------------------------------
    HASH_FILES = {"stopncii": ("stopncii-receipt.txt", ".txt"), "hma": ("hashes-hma.txt", ".txt"),
                  "vics": ("vics.json", ".json")}

    def ask_hashes(self, fmt: str) -> None:
        """Save the case's hashes in ``fmt`` ("stopncii", "hma", "vics") to a file the user chooses."""
        name, suffix = self.HASH_FILES[fmt]
        titles = {"stopncii": self.tr("Save the StopNCII receipt as"), "hma": self.tr("Save the hash list as"),
                  "vics": self.tr("Save the file for the police as")}
        name_filter = self.tr("JSON file (*.json)") if suffix == ".json" else self.tr("Text file (*.txt)")
        path = self._save_path(titles[fmt], name, name_filter, suffix)
        if path:
            self.export_hashes(fmt, path)

    def export_hashes(self, fmt: str, path: str) -> None:
        self._run(steps.export_hashes, self.window.vault, self.case_id, fmt, Path(path), vault=True, then=self._saved)

    def ask_complaint(self) -> None:
        lang = self.dialog.annex_language.currentData()
        path = self._save_path(self.tr("Save the complaint annex as"), f"complaint-annex-{lang}.txt",
                               self.tr("Text file (*.txt)"), ".txt")
        if path:
            self.write_complaint(path, author=self.dialog.author.text().strip(), lang=lang)

    def write_complaint(self, path: str, *, author: str, lang: str) -> None:
        """Write the complaint annex of the open case in ``lang`` to ``path``, as ``reviewer complaint`` does."""
        self._run(steps.write_complaint, self.window.session, self.case_id, Path(path), author,
                  self.languages()[lang], vault=True, then=self._saved)
