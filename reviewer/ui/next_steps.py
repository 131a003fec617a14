""""What next?": the next-steps guide for a decision (preserve, report to the platform, Pharos, 3018, 119, 17,
victim support, complaint, which exhibit to give to whom), from resources/guidance (``reviewer.guidance``),
rendered as rich text, offline.

Opened from the export result, offered at once after a "suspected minor" decision, and from Help. The reader
can switch to the advice for another outcome. Links are shown, never followed: the application opens no
network connection, and the addresses are there to be typed or read over the phone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from reviewer import guidance, local_format
from reviewer.casework.review_state import label_text
from reviewer.translations import current_language


class NextStepsDialog(QDialog):
    """The guide for one outcome (``guidance.OUTCOMES`` or None for the general advice)."""

    afterReviewRequested = Signal()

    def __init__(self, outcome: str | None = None, parent=None, *, after_review: bool = False) -> None:
        """``after_review``: offer "Prepare the notices…" (a case is open), which emits ``afterReviewRequested``."""
        super().__init__(parent)
        self.setObjectName("nextSteps")
        self.setWindowTitle(self.tr("What next?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.guide = guidance.load(current_language())
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Decision"))
        self.outcome.addItem(self.tr("In every case"), None)
        for name in guidance.OUTCOMES:
            self.outcome.addItem(label_text(name), name)
        self.outcome.currentIndexChanged.connect(lambda _index: self._show(self.outcome.currentData()))
        chooser = QHBoxLayout()
        chooser_label = QLabel(self.tr("Advice for:"))
        chooser_label.setBuddy(self.outcome)
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.outcome, 1)
        self.text = QTextBrowser()
        self.text.setObjectName("nextStepsText")
        self.text.setOpenLinks(False)  # never followed: nothing leaves this computer
        self.text.setOpenExternalLinks(False)
        self.checked = QLabel(self.tr("Checked on {date} against the public services' own pages (version {version}).")
                              .format(date=self._date(self.guide.reviewed), version=self.guide.version))
        self.checked.setObjectName("hint")
        self.checked.setWordWrap(True)
        self.checked.setToolTip("\n".join(self.guide.sources))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.after_review_button = None
        if after_review:
            self.after_review_button = buttons.addButton(self.tr("&Prepare the notices, fingerprints and complaint…"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
            self.after_review_button.clicked.connect(self.afterReviewRequested)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.checked)
        layout.addWidget(buttons)
        self.resize(640, 560)
        index = self.outcome.findData(outcome) if outcome in guidance.OUTCOMES else 0
        self.outcome.setCurrentIndex(max(0, index))
        self._show(self.outcome.currentData())

    def _show(self, outcome: str | None) -> None:
        self.text.setMarkdown(self.guide.for_outcome(outcome))
        self.text.verticalScrollBar().setValue(0)

    @staticmethod
    def _date(text: str) -> str:
        try:
            return local_format.date(text, current_language())
        except ValueError:
            return text

    def plain_text(self) -> str:
        """What the guide shows now, as plain text."""
        return self.text.toPlainText()


class GlossaryDialog(QDialog):
    """The glossary of the words the application uses (resources/translations/glossary.md), French and English."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from reviewer.paths import resources_dir

        self.setObjectName("glossary")
        self.setWindowTitle(self.tr("Glossary of terms"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        try:
            markdown = (resources_dir() / "translations" / "glossary.md").read_text(encoding="utf-8")
        except OSError:
            markdown = self.tr("The glossary is missing from this installation.")
        self.text.setMarkdown(self._reader_table(markdown))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _reader_table(self, markdown: str) -> str:
        """The glossary's words in the reader's language first, the other language beside (its "avoid" and
        "note" columns are for the people who write the texts)."""
        rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
                for line in markdown.splitlines() if line.startswith("|") and not line.startswith("| ---")]
        words = [row[:2] for row in rows[1:] if len(row) >= 2]
        french = current_language() == "fr"
        header = (self.tr("French"), self.tr("English")) if french else (self.tr("English"), self.tr("French"))
        lines = [f"| {header[0]} | {header[1]} |", "| --- | --- |"]
        lines += [f"| {fr} | {en} |" if french else f"| {en} | {fr} |" for en, fr in words]
        return "\n".join(lines)
