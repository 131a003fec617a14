"""The session controller: the start-up self-test, creating or unlocking the vault, and the demo offer.

It owns the session's state (the opened vault, the unlocked session and its case service, the reviewer's
name, the start-up dialogs, the self-test's verdict) and runs vault work on the window's single vault
thread; the window reads that state (``window.session``, ``window.service``...) and is told when the
session is ready.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from reviewer.casework import CaseService
from reviewer.errors import ReviewerError
from reviewer.ui import vault_steps as steps
from reviewer.ui.dialogs import FirstRunDialog, UnlockDialog
from reviewer.ui.recovery_dialog import RecoveryCodeDialog
from reviewer.vault.vault import RECOVERY_NAME
from reviewer.ui.startup_check import SelftestFailed, SelftestFailedBox, run_startup_selftest, vault_check_failed

log = logging.getLogger(__name__)


class SessionController(QObject):
    def __init__(self, window, *, selftest: bool) -> None:
        """``window``: the MainWindow. ``selftest``: run the installation's self-test at ``start``."""
        super().__init__(window)
        self.window = window
        self.selftest_wanted = selftest
        self.selftest_report = None      # reviewer.selftest.SelftestReport once known
        self.selftest_box: SelftestFailedBox | None = None
        self.analysis_blocked = False    # the self-test failed: no media is analysed, no file is added
        self.vault_blocked = False       # the vault check failed: the vault is not opened at all
        self.vault = None
        self.session = None
        self.service: CaseService | None = None  # the case layer over the session; used on the vault thread only
        self.reviewer_name = ""
        self.first_run_dialog: FirstRunDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.demo_offer: QMessageBox | None = None
        self.recovery_dialog: RecoveryCodeDialog | None = None

    def start(self) -> None:
        """Run the self-test in a worker and, meanwhile, open the vault: first-run dialog when there is
        none, unlock dialog otherwise."""
        if self.selftest_wanted and self.selftest_report is None:
            self.window.run(run_startup_selftest, on_result=self._selftest_done)
        if not (self.window.vault_dir / "vault.sqlite3").exists():
            self.first_run_dialog = FirstRunDialog(str(self.window.vault_dir), self.window)
            self.first_run_dialog.languageChosen.connect(self._language_chosen)
            self.first_run_dialog.accepted.connect(self._create_vault)
            self.window.open_dialog(self.first_run_dialog)
            return
        self.window.run(steps.open_vault, self.window.vault_dir, vault=True, on_result=self._vault_opened, on_error=self._vault_unusable)

    def adopt(self, previous: "SessionController", *, typed: tuple[str, str, str] | None = None,
              case_id: str | None = None) -> None:
        """Carry on ``previous``'s session in this window (a language switch rebuilt the window).

        Unlocked: the same session, its cases listed again and ``case_id`` opened. Vault open but locked or
        not yet unlocked: the unlock dialog. No vault yet: the first-run dialog, with what the user had
        ``typed`` there (name, passphrase twice). The self-test's verdict is carried; still running, it runs again.
        """
        self.selftest_report = previous.selftest_report
        self.analysis_blocked, self.vault_blocked = previous.analysis_blocked, previous.vault_blocked
        self.vault, self.session, self.service = previous.vault, previous.session, previous.service
        self.reviewer_name = previous.reviewer_name
        if self.vault is None and not self.vault_blocked:
            self.start()  # the first-run dialog (and the self-test, when it had not finished)
            if typed is not None and self.first_run_dialog is not None:
                self.first_run_dialog.fill(*typed)
            return
        if self.selftest_wanted and self.selftest_report is None:
            self.window.run(run_startup_selftest, on_result=self._selftest_done)
        if self.vault_blocked:
            return
        if self.session is not None:
            self.window.run(lambda control, service=self.service: steps.case_titles(service), vault=True,
                            on_result=lambda cases: self._session_ready(cases, select=case_id))
        else:
            self.window.run(lambda control, vault=self.vault: steps.reviewers_of(vault), vault=True,
                            on_result=lambda reviewers: self._vault_opened((self.vault, reviewers)))

    def _language_chosen(self, language: str) -> None:
        """The first-run screen's language choice: kept in the settings and applied at once."""
        from dataclasses import replace

        from reviewer.ui.language_switch import switch_language
        from reviewer.ui.settings import save_settings

        self.window.settings = replace(self.window.settings, language=language)
        save_settings(self.window.settings)
        switch_language(self.window, language)

    def _selftest_done(self, report) -> None:
        """Passed: nothing to say. Failed: analysis off for the session (and no vault at all when the
        vault check failed), and a plain message naming what failed."""
        self.selftest_report = report
        if report.ok:
            log.info("start-up self-test passed")
            self.window.selftestFinished.emit(True)
            return
        log.error("start-up self-test failed:\n%s", report.to_text())
        self.analysis_blocked = True
        self.window.detector.block(SelftestFailed)
        if self.window.batch is not None:
            self.window.cancel_batch()
        if vault_check_failed(report):
            self.vault_blocked = True
            for dialog in (self.first_run_dialog, self.unlock_dialog, self.demo_offer):
                if dialog is not None and dialog.isVisible():
                    dialog.reject()
        self.window.update_actions()
        self.window.statusBar().showMessage(SelftestFailed().message)
        self.selftest_box = SelftestFailedBox(report, self.window)
        self.selftest_box.finished.connect(self._selftest_answered)
        self.window.open_dialog(self.selftest_box)
        self.window.selftestFinished.emit(False)

    def _selftest_answered(self, _result: int) -> None:
        box = self.selftest_box
        if box is not None and (self.vault_blocked or box.clickedButton() is box.quit_button):
            self.window.close()

    def _vault_unusable(self, error: ReviewerError) -> None:
        """The vault cannot be opened (damaged, newer format, read-only...): say so plainly, change nothing."""
        self.window.show_error(error)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The vault cannot be opened"),
                          self.tr("{message}\n\nFolder: {folder}").format(message=error.message, folder=self.window.vault_dir),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("vaultError")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.window.open_dialog(box)

    def _create_vault(self) -> None:
        if self.vault_blocked:
            return
        name, passphrase = self.first_run_dialog.values()
        self.reviewer_name = name

        def failed(error: ReviewerError) -> None:
            self.first_run_dialog.show_error(error.message)
            self.window.open_dialog(self.first_run_dialog)

        self.window.run(steps.create_vault, self.window.vault_dir, name, passphrase, vault=True,
                  on_result=self._vault_created, on_error=failed)

    def _vault_created(self, opened: tuple) -> None:
        self.vault, self.session, recovery = opened
        self.service = CaseService(self.session)
        self._session_ready([])
        # The recovery code first, shown once: the demo can wait, a lost passphrase would lose the evidence.
        self.recovery_dialog = RecoveryCodeDialog(recovery, self.window)
        self.recovery_dialog.accepted.connect(self._offer_demo)
        self.window.open_dialog(self.recovery_dialog)

    def _offer_demo(self) -> None:
        self.recovery_dialog = None
        if self.analysis_blocked:
            return  # the demo case would only add files that cannot be analysed
        self.demo_offer = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Demo case"),
            self.tr("Your vault is ready. Would you like a demo case with four neutral sample photos "
                    "(an astronaut, a cat, a coffee cup, a rocket) to try the tools safely?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        self.demo_offer.button(QMessageBox.StandardButton.Yes).setText(self.tr("Create the demo case"))
        self.demo_offer.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        yes = self.demo_offer.button(QMessageBox.StandardButton.Yes)
        self.demo_offer.finished.connect(
            lambda _result, box=self.demo_offer: self.window.create_demo_case() if box.clickedButton() is yes else None)
        self.window.open_dialog(self.demo_offer)

    def _vault_opened(self, result: tuple) -> None:
        self.vault, reviewers = result  # the reviewers were read on the vault thread, never here
        self.unlock_dialog = UnlockDialog(reviewers, self.window)
        self.unlock_dialog.accepted.connect(self._unlock)
        self.window.open_dialog(self.unlock_dialog)

    def _unlock(self) -> None:
        if self.vault_blocked:
            return
        reviewer, passphrase = self.unlock_dialog.values()

        def failed(error: ReviewerError) -> None:
            self.unlock_dialog.show_error(error.message)
            self.window.open_dialog(self.unlock_dialog)

        self.window.run(steps.unlock_vault, self.vault, passphrase, reviewer, vault=True,
                  on_result=lambda result: self._session_ready_from_unlock(result), on_error=failed)

    def _session_ready_from_unlock(self, result: tuple) -> None:
        self.session, self.reviewer_name, cases = result
        self.service = CaseService(self.session)
        self._session_ready(cases)

    def warm_up_detector(self) -> None:
        """Load the model now, in a worker: creating the ONNX session holds the GIL for ~0.1 s, better
        spent while the reviewer reads the window than in the middle of a scan."""
        if self.analysis_blocked:
            return
        self.window.run(lambda control, detector=self.window.detector: detector.get() and None,
                  on_result=lambda _none: self.window.detectorReady.emit())

    def _session_ready(self, cases: list[tuple[str, str]], select: str | None = None) -> None:
        self.warm_up_detector()
        shown = self.tr("the recovery key") if self.reviewer_name == RECOVERY_NAME else self.reviewer_name
        self.window.statusBar().showMessage(self.tr("Vault unlocked for {name}.").format(name=shown), 8000)
        self.window.fill_cases(cases, select=select)
        self.window.update_actions()
        self.window.vaultReady.emit()
