"""Keeps the grid's review marks up to date: where each media of the open case stands (not reviewed, reviewed
with its main label, suspected minor, refused file), from the case layer's rule (``casework.review_state``).

The marks are read once when a case opens and again after each sealed review, on the vault thread; the grid
model holds them by media id (``MediaGridModel.set_reviews``) and ``review_badge.ReviewBadgeDelegate`` paints
them. A file that could not be added is marked from its grid row alone (nothing of it is in the vault).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reviewer.ui import vault_steps as steps

# Records after which a media's mark may change.
_CHANGES_MARKS = frozenset({"review.sealed", "media.purged"})


class ReviewMarksController(QObject):
    """Signal: ``marksShown()`` once the grid holds the marks read after a case opened or a seal."""

    marksShown = Signal()

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open case, service, grid model and broadcasts)."""
        super().__init__(window)
        self.window = window
        window.caseOpened.connect(lambda _case: self.refresh())
        window.recordAppended.connect(lambda kind: kind in _CHANGES_MARKS and self.refresh())

    def refresh(self) -> None:
        """Read the open case's marks on the vault thread and give them to the grid model."""
        window = self.window
        if window.case_id is None or window.service is None:
            return
        token, model = window.case_token, window.grid_model

        def shown(states: dict) -> None:
            if token is window.case_token:
                model.set_reviews(states)
                self.marksShown.emit()

        window.run(steps.review_states, window.service, window.case_id, vault=True, on_result=shown)
