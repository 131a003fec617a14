"""The summary a reviewer confirms before a review is sealed: what will be signed, in plain words.

A seal cannot be undone (a later correction adds a record, the first stays in the log), so the form never
seals directly: the Seal button and Ctrl+Return open this summary (media name, labels, qualification, the
beginning of the notes, and for a correction which decision it replaces); only "Confirm and seal" seals.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from reviewer.casework.review_state import label_text

NOTE_EXCERPT = 160  # characters of the notes shown: enough to recognise them, short enough to read


def note_excerpt(notes: str, limit: int = NOTE_EXCERPT) -> str:
    """The notes on one line, cut at a word boundary near ``limit`` characters with "…"."""
    text = " ".join(notes.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


class SealSummaryDialog(QDialog):
    """Accepted: seal; rejected: back to the form with nothing sealed."""

    def __init__(self, values: dict, media_name: str, correcting: str = "", parent=None) -> None:
        """``values``: the form's values; ``correcting``: the date of the decision a correction replaces."""
        super().__init__(parent)
        self.setObjectName("sealSummary")
        self.setWindowTitle(self.tr("Seal this review?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(self.tr("You are about to sign this review with your key. Once sealed it cannot be "
                               "removed; a mistake is fixed later by a correction, and both stay in the history."))
        intro.setWordWrap(True)
        self.summary = QLabel(self._summary_html(values, media_name, correcting))
        self.summary.setObjectName("sealSummaryText")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(self.tr("&Confirm and seal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Return in the summary must not seal by reflex: the safe answer is the default.
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _summary_html(self, values: dict, media_name: str, correcting: str) -> str:
        def row(name: str, value: str) -> str:
            return f"<tr><td valign='top'><b>{html.escape(name)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"

        labels = "<br>".join(html.escape(label_text(label)) for label in values["labels"])
        rows = [row(self.tr("Media"), html.escape(media_name)), row(self.tr("Decision"), labels)]
        if correcting:
            rows.append(row(self.tr("Replaces"), html.escape(
                self.tr("the decision of {when}").format(when=correcting))))
        rows.append(row(self.tr("Legal qualification"),
                        html.escape(values.get("qualification") or self.tr("none given"))))
        rows.append(row(self.tr("Notes"), html.escape(note_excerpt(values.get("notes") or "") or self.tr("none"))))
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"
