"""The self-test the window runs at every start, and what the reviewer is told when it fails.

``reviewer.selftest.run_selftest`` (without its Qt check: the window proves Qt starts) runs in a pool
worker while the reviewer unlocks the vault. A failure turns analysis off for the whole session: the
model or its runtime cannot be trusted, so no media is analysed and no file is added; the media
already in the vault stay fully blurred. When the vault check itself failed, the vault is not opened
at all and the only way out is to quit (see docs/adr/0011-window.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class SelftestFailed(ReviewerError):
    """The start-up self-test failed: the window refuses to analyse media for the rest of the session."""

    code = "selftest-failed"
    template = QT_TRANSLATE_NOOP(
        "errors", "Analysis is turned off because Reviewer failed its start-up check. Reinstall Reviewer "
                  "or contact your IT team.")


def run_startup_selftest(control):
    """Task function: the self-test report (``reviewer.selftest.SelftestReport``); never raises for a
    failed check. Takes about a second (the model is loaded, a throw-away vault derives a key)."""
    from reviewer.selftest import run_selftest

    return run_selftest(qt=False)


def vault_check_failed(report) -> bool:
    """True when the vault's own code failed its check: the real vault must not be opened with it."""
    return any(check.id == "vault" for check in report.failures)


class SelftestFailedBox(QMessageBox):
    """Names the failed checks in plain words, says what to do, and carries the full report in the
    details. Offers "Continue without analysis" unless the vault check failed, and always "Quit"."""

    def __init__(self, report, parent: QWidget | None = None) -> None:
        # A warning, not a red alarm: nothing is lost, the reviewer is told what to do next.
        super().__init__(QMessageBox.Icon.Warning, self.tr("Reviewer failed its start-up check"), "", parent=parent)
        self.setObjectName("selftestError")
        failed = "\n".join(self.tr("• Failed: {title}\n   {detail}").format(title=check.title, detail=check.detail)
                           for check in report.failures)
        self.setText(self.tr("Reviewer checks its own files every time it starts. This time some of them "
                             "are not as they were installed:\n\n{failed}").format(failed=failed))
        if vault_check_failed(report):
            consequence = self.tr("Reviewer cannot safely open your vault with these files, so it will close. "
                                  "Your vault has not been changed.")
        else:
            consequence = self.tr("To protect your cases, analysing media is turned off: you can read your "
                                  "cases and their history, but you cannot add files until Reviewer is "
                                  "reinstalled. Media stay fully blurred.")
        self.setInformativeText(self.tr("{consequence}\n\nWhat to do: reinstall Reviewer, or give the details "
                                        "below to your IT team.").format(consequence=consequence))
        self.setDetailedText(report.to_text())
        self.quit_button = self.addButton(self.tr("Quit Reviewer"), QMessageBox.ButtonRole.RejectRole)
        self.continue_button = None
        if not vault_check_failed(report):
            self.continue_button = self.addButton(self.tr("Continue without analysis"),
                                                  QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.continue_button)
        else:
            self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.continue_button or self.quit_button)
