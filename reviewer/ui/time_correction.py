"""Review ▸ Dates in this case were wrong…: the way out of a case whose last records were dated ahead of the clock
(a laptop whose clock was wrong once; docs/adr/0028-a-wrong-date-is-corrected-not-hidden.md).

The vault refuses every seal that would claim a time before the case's last record (``ClockBehind``, whose message
names that date and this action). When the computer's clock is right, this action seals a ``time.corrected``
record (``CaseService.correct_times`` on the vault thread): the wrongly dated records keep their dates, the
correction is shown beside them in the history and the exhibit, and the case takes records again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from reviewer.ui import vault_steps as steps


class TimeCorrectionController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None

    def ask(self) -> None:
        """Say what the correction does and does not do, and seal it only when confirmed."""
        window = self.window
        if window.case_id is None or window.service is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Dates in this case were wrong"),
                          self.tr("Record that the last records of this case were dated after this computer's "
                                  "clock?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.setObjectName("timeCorrection")
        box.setInformativeText(self.tr(
            "Do this only if this computer's date and time are right now: check them first. The records dated "
            "later than now keep their dates; a signed note in the case says they were wrong (the clock of the "
            "computer that sealed them was ahead). It appears in the history and in exhibits, and the case can "
            "take new records again."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Record it"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        case_id = window.case_id
        box.finished.connect(lambda _result: self._confirmed(case_id) if box.clickedButton() is yes else None)
        self.box = box
        window.open_dialog(box)

    def _confirmed(self, case_id: str) -> None:
        window = self.window
        window.run(steps.correct_times, window.service, case_id, "", vault=True, on_result=self._done)

    def _done(self, record) -> None:
        self.window.statusBar().showMessage(
            self.tr("Recorded: the records of this case dated after this computer's clock are noted as wrongly "
                    "dated (records corrected: {count}). The case takes records again.").format(
                count=record.body["ahead"]), 15_000)
        self.window.recordAppended.emit(record.type)
