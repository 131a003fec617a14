"""The in-app guide: "What next?" after a decision or an export, the glossary, from the Help menu.

It opens ``next_steps.NextStepsDialog`` for the outcome that fits (``reviewer.guidance.outcome_for``): by
itself after a "suspected minor" decision is sealed (who to call matters most then), from the export
result's "What next?" button for the case's most serious decision, and from Help for any outcome.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QObject

from reviewer import guidance


class GuideController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its review controller's ``sealed`` signal, its grid model, dialogs)."""
        super().__init__(window)
        self.window = window
        self.dialog = None      # the "What next?" dialog shown last
        self.glossary = None    # the glossary dialog shown last
        window.review.sealed.connect(self.after_seal)

    def show_next_steps(self, outcome: str | None = None) -> None:
        """Open "What next?" on ``outcome``'s advice (one of ``guidance.OUTCOMES``; None: the general one)."""
        from reviewer.ui.next_steps import NextStepsDialog

        try:
            self.dialog = NextStepsDialog(outcome, self.window, after_review=self.window.case_id is not None)
        except guidance.GuidanceMissing as error:
            self.window.show_error(error)
            return
        # From the advice to the doing: the open case's notices, fingerprints and complaint annex.
        self.dialog.afterReviewRequested.connect(self._after_review)
        self.window.open_dialog(self.dialog)

    def _after_review(self) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.window.takedown.open()

    def after_seal(self, _media_id: str, labels: Sequence[str]) -> None:
        """Offer the guide at once when the decision just sealed is "suspected minor"."""
        if guidance.outcome_for(labels) == "suspected-minor":
            self.show_next_steps("suspected-minor")

    def case_outcome(self) -> str | None:
        """The outcome of the open case's most serious current decision (for the export's "What next?")."""
        labels = [label for state in self.window.grid_model.review_states().values() if state.decision
                  for label in state.decision.labels]
        return guidance.outcome_for(labels)

    def show_glossary(self) -> None:
        from reviewer.ui.next_steps import GlossaryDialog

        self.glossary = GlossaryDialog(self.window)
        self.window.open_dialog(self.glossary)
