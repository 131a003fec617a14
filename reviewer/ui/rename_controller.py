"""Renaming the open case ("Rename the case…"): a new title, sealed in a ``case.renamed`` record.

The case layer checks the title and records it (``CaseService.rename_case``; ``casework.titles``); the
dialog shows the current title and every earlier one with who gave it and when (the case's title history,
from its read model). The case list is filled again from the vault afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout

from reviewer.casework.titles import MAX_TITLE
from reviewer.errors import ReviewerError
from reviewer.ui import vault_steps as steps
from reviewer.ui.withheld_controller import _local_time


class RenameDialog(QDialog):
    """The new title, and the titles the case had (``titles``: (time, title, signer's name), oldest first)."""

    def __init__(self, titles: list[tuple[str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("renameDialog")
        self.setWindowTitle(self.tr("Rename the case"))
        current = titles[-1][1] if titles else ""
        intro = QLabel(self.tr("The new title is sealed in the case's log; the earlier titles stay there. "
                               "Exhibits exported from now on carry the new title."))
        intro.setWordWrap(True)
        self.title = QLineEdit(current)
        self.title.setMaxLength(MAX_TITLE)
        self.title.selectAll()
        self.title.setAccessibleName(self.tr("New title of the case"))
        self.title.textChanged.connect(self._update)
        self.history = QListWidget()
        self.history.setObjectName("titleHistory")
        self.history.setAccessibleName(self.tr("Titles of the case so far"))
        for index, (time, title, who) in enumerate(titles):
            text = (self.tr("{time}: “{title}”, opened by {who}") if index == 0
                    else self.tr("{time}: renamed “{title}” by {who}"))
            self.history.addItem(text.format(time=_local_time(time), title=title, who=who))
        self.history.setWordWrap(True)  # a long title is read whole, never cut by the dialog's edge
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMaximumHeight(130)
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("New &title"), self.title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rename_button = self.buttons.addButton(self.tr("&Rename"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Titles so far:")))
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._current = current
        self._update()

    def new_title(self) -> str:
        return self.title.text()

    def _update(self) -> None:
        text = " ".join(self.title.text().split())
        self.rename_button.setEnabled(bool(text) and text != self._current)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


class RenameController(QObject):
    """Signal ``caseRenamed(str)`` with the case id once the new title is recorded."""

    caseRenamed = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open case, case list, runner and dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.dialog: RenameDialog | None = None

    def ask_rename(self) -> None:
        """Show the open case's titles and ask for the new one."""
        window = self.window
        if window.case_id is None or window.session is None:
            return
        case_id = window.case_id
        window.run(steps.title_history, window.service, case_id, vault=True,
                   on_result=lambda titles: self._ask(case_id, titles))

    def _ask(self, case_id: str, titles: list) -> None:
        window = self.window
        if case_id != window.case_id:
            return
        dialog = RenameDialog(titles, window)
        dialog.accepted.connect(lambda: self.rename(case_id, dialog.new_title()))
        self.dialog = dialog
        window.open_dialog(dialog)

    def rename(self, case_id: str, title: str) -> None:
        """Record ``title`` as the case's new title and show it in the case list."""
        window = self.window

        def renamed(cases: list) -> None:
            window.fill_cases(cases, select=window.case_id)
            window.recordAppended.emit("case.renamed")
            window.statusBar().showMessage(self.tr("The case was renamed. The new title is recorded in its log."), 8000)
            self.caseRenamed.emit(case_id)

        def failed(error: ReviewerError) -> None:
            window.show_error(error)
            if self.dialog is not None:  # the reviewer's text is still there: another try
                self.dialog.show_error(error.message)
                window.open_dialog(self.dialog)

        window.run(steps.rename_case, window.service, case_id, title, vault=True, on_result=renamed, on_error=failed)
