"""The list of files of an add that were refused or not analysed: file name, why in plain words, what to do.

Opened by the ingest controller when a batch ends with any (``casework.add_outcome``). Names are shown
literally (plain text: a file called ``<b>x.png`` is not markup).
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.casework.add_outcome import Refusal


def _plain(text: str, *, bold: bool = False, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if hint:
        label.setObjectName("hint")
    return label


class RefusedFilesDialog(QDialog):
    """One block per file: its name, the reason, what to do."""

    def __init__(self, refusals: Sequence[Refusal], summary: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.refusals = list(refusals)
        refused = [r for r in self.refusals if not r.stored]
        self.setWindowTitle(self.tr("Some files were not added") if refused else self.tr("Some files were not analysed"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.summary = _plain(summary, bold=True)
        intro = _plain(self.tr("For each file below: why, and what to do. The other files are in the case."))
        content = QWidget()
        rows = QVBoxLayout(content)
        self.blocks: list[tuple[QLabel, QLabel, QLabel]] = []
        for item in self.refusals:
            name = _plain(item.name, bold=True)
            state = self.tr("Added, not analysed") if item.stored else self.tr("Refused")
            reason = _plain(self.tr("{state}: {reason}").format(state=state, reason=item.reason))
            advice = _plain(self.tr("What to do: {advice}").format(advice=item.advice), hint=True)
            for widget in (name, reason, advice):
                rows.addWidget(widget)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            rows.addWidget(line)
            self.blocks.append((name, reason, advice))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 320)
        self.resize(620, min(640, 200 + 110 * len(self.refusals)))

    def text(self) -> str:
        """Everything the list says, as plain text (what a screen reader reads, what tests check)."""
        lines = [self.summary.text()]
        for name, reason, advice in self.blocks:
            lines += [name.text(), reason.text(), advice.text()]
        return "\n".join(lines)
