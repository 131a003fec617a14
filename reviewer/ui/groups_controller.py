"""The groups controller: near-duplicates shown once, and a decision applied to the copies (issue 19).

It asks the case layer for the open case's groups (``casework.groups``, on the vault thread) when the case
opens and after media are added, shows each group as one item of the grid (the representative, with the
number of pictures; the copies' rows hidden), and after the representative's review is sealed offers to
seal the same decision on every copy (one ``review.sealed`` each, naming the representative and the PDQ
distance in its notes).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from reviewer.ui import vault_steps as steps

REFRESH_DELAY_MS = 300  # media added in a burst are grouped once, after the burst


class GroupsController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its case, entries, grid, signals)."""
        super().__init__(window)
        self.window = window
        self.groups: dict = {}          # representative media id -> media.near_duplicates.Group (with copies)
        self.offer: QMessageBox | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        window.recordAppended.connect(lambda kind: kind == "media.ingested" and self._timer.start())

    def case_opened(self) -> None:
        self.groups = {}
        self.refresh()

    def refresh(self) -> None:
        window = self.window
        case_id = window.case_id
        if case_id is None or window.service is None:
            return
        token = window.case_token
        window.run(steps.case_groups, window.service, case_id, vault=True,
                   on_result=lambda groups: self._arrived(token, groups))

    def _arrived(self, token: object, groups: list) -> None:
        window = self.window
        if token is not window.case_token:
            return  # an answer for an earlier opening of a case: its grid rows are gone
        self.groups = {g.representative: g for g in groups if g.members}
        self.apply(window.cases.model.entries())

    def apply(self, entries) -> None:
        """Show ``entries`` (the window's MediaEntry) as the known groups say: a representative with its
        count, a copy hidden, any other as itself (also for rows listed after the groups arrived)."""
        copies = {m.key for g in self.groups.values() for m in g.members}
        for entry in entries:
            if entry.media_id is None:
                continue
            group = self.groups.get(entry.media_id)
            self.window.show_group(entry, len(group.keys) if group else 1, hidden=entry.media_id in copies)

    def after_seal(self, entry, values: dict) -> None:
        """The review of ``entry`` was sealed with ``values``: when it represents a group, offer to seal the
        same decision on each copy."""
        window = self.window
        group = self.groups.get(entry.media_id) if entry is not None else None
        if group is None:
            return
        count = len(group.members)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Apply to the copies?"),
                          self.tr("This picture has {count} near-identical copies in the case (same file, or "
                                  "PDQ distance of 31 bits or less). Seal the same decision on each of them? "
                                  "Each gets its own sealed record naming this picture.").format(count=count),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
        box.setObjectName("groupOffer")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Seal on the copies"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        case_id = window.case_id
        box.finished.connect(lambda _r: box.clickedButton() is yes and self._apply(case_id, group, values))
        self.offer = box
        window.open_dialog(box)

    def _apply(self, case_id: str, group, values: dict) -> None:
        window = self.window

        def done(count: int) -> None:
            window.statusBar().showMessage(
                self.tr("Decision sealed on {count} copies.").format(count=count), 8000)
            window.recordAppended.emit("review.sealed")

        window.run(steps.seal_group, window.service, case_id, group, values, vault=True, on_result=done,
                   on_error=lambda error: window.statusBar().showMessage(error.message, 15_000))
