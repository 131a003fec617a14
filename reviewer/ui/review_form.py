"""The review form: labels from the vault's fixed vocabulary, legal qualification, source, notes, Seal.

The Seal button is disabled while sealing and stays disabled after a successful seal until the form
changes, so the same review cannot be sealed twice by a double click.
"""

from __future__ import annotations

import html
from typing import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.i18n import translate

NON_CONCLUSIVE = "non-conclusive"
SUSPECTED_MINOR = "suspected-minor"


class ReviewForm(QWidget):
    """Emits ``sealRequested(dict)`` with labels, qualification, notes and source."""

    sealRequested = Signal(dict)

    def __init__(self, labels: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Review form"))
        vocabulary = list(labels)
        if NON_CONCLUSIVE not in vocabulary:  # always an allowed answer, whatever the vocabulary says
            vocabulary.append(NON_CONCLUSIVE)
        self.boxes: dict[str, QCheckBox] = {}
        label_group = QGroupBox(self.tr("What is it? (one or more)"))
        label_layout = QVBoxLayout(label_group)
        for label in vocabulary:
            box = QCheckBox(self.label_name(label))
            box.setObjectName(f"label-{label}")
            box.setAccessibleName(self.label_name(label))
            box.toggled.connect(self._changed)
            label_layout.addWidget(box)
            self.boxes[label] = box
        self.minor_warning = QLabel(self.tr(
            "Suspected minor: exports of this media will contain its hashes only, never the image, "
            "not even blurred."))
        self.minor_warning.setWordWrap(True)
        self.minor_warning.setObjectName("warning")
        self.minor_warning.setVisible(False)
        label_layout.addWidget(self.minor_warning)

        self.qualification = QComboBox()
        self.qualification.setEditable(True)
        # Long legal wordings must not widen the whole panel.
        self.qualification.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.qualification.setMinimumContentsLength(18)
        self.qualification.setAccessibleName(self.tr("Legal qualification"))
        self.qualification.addItems([
            "",
            self.tr("Sexual montage without consent (Code pénal art. 226-8-1)"),
            self.tr("Sharing an intimate image without consent (Code pénal art. 226-2-1)"),
            self.tr("Child sexual abuse material (Code pénal art. 227-23)"),
        ])
        self.qualification.currentTextChanged.connect(self._changed)
        # A chosen wording is longer than the box: show its beginning (the line edit would show its end,
        # "...consentement (Code pénal art. 226-8-1)") and the whole of it as a tooltip.
        self.qualification.currentIndexChanged.connect(lambda _index: self.qualification.lineEdit().home(False))
        self.qualification.currentTextChanged.connect(
            lambda text: self.qualification.setToolTip("<qt>" + html.escape(text) + "</qt>" if text else ""))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.platform = QLineEdit()
        self.account = QLineEdit()
        self.date_seen = QDateEdit(QDate.currentDate())
        self.date_seen.setCalendarPopup(True)
        self.date_seen.setDisplayFormat("yyyy-MM-dd")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # keep Tab for moving between fields
        for edit in (self.url, self.platform, self.account):
            edit.textChanged.connect(self._changed)
        self.date_seen.dateChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        form = QFormLayout()
        form.addRow(self.tr("Legal &qualification"), self.qualification)
        form.addRow(self.tr("Source &URL"), self.url)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("&Account"), self.account)
        form.addRow(self.tr("&Date seen"), self.date_seen)
        form.addRow(self.tr("&Notes"), self.notes)
        for field, name in ((self.url, self.tr("Source URL")), (self.platform, self.tr("Platform")),
                            (self.account, self.tr("Account")), (self.date_seen, self.tr("Date seen"))):
            field.setAccessibleName(name)
        self.seal_button = QPushButton(self.tr("&Seal the review"))
        self.seal_button.setToolTip(self.tr("Sign the review with your key and add it to the case's log (Ctrl+Return)"))
        self.seal_button.clicked.connect(self._seal)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label_group)
        layout.addLayout(form)
        layout.addWidget(self.seal_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._sealing = False
        self._sealed_values: dict | None = None
        self._update_button()

    def label_name(self, label: str) -> str:
        """The label's text in the current language (the vault owns the vocabulary and its wording)."""
        try:
            from reviewer.vault import LABELS
        except ImportError:  # pragma: no cover - the vault is part of the application
            LABELS = {}
        return translate("labels", LABELS.get(label, label))

    # -- values --------------------------------------------------------------------------------
    def values(self) -> dict:
        """The form as the vault's ``seal_review`` takes it."""
        return {
            "labels": [label for label, box in self.boxes.items() if box.isChecked()],
            "qualification": self.qualification.currentText().strip(),
            "notes": self.notes.toPlainText().strip(),
            "source": {
                "url": self.url.text().strip(),
                "platform": self.platform.text().strip(),
                "account": self.account.text().strip(),
                "date_seen": self.date_seen.date().toString("yyyy-MM-dd"),
            },
        }

    def reset(self) -> None:
        """Empty the form for another media."""
        for widget in [*self.boxes.values(), self.qualification, self.url, self.platform, self.account,
                       self.notes, self.date_seen]:
            widget.blockSignals(True)
        for box in self.boxes.values():
            box.setChecked(False)
        self.qualification.setCurrentIndex(0)
        self.qualification.setEditText("")
        for edit in (self.url, self.platform, self.account):
            edit.clear()
        self.notes.clear()
        self.date_seen.setDate(QDate.currentDate())
        for widget in [*self.boxes.values(), self.qualification, self.url, self.platform, self.account,
                       self.notes, self.date_seen]:
            widget.blockSignals(False)
        self._sealing = False
        self._sealed_values = None
        self.status.setText("")
        self._changed()

    # -- sealing ---------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self.minor_warning.setVisible(self.boxes.get(SUSPECTED_MINOR, QCheckBox()).isChecked())
        if self._sealed_values is not None and self.values() != self._sealed_values:
            self._sealed_values = None
            self.status.setText(self.tr("The form changed since it was sealed; sealing again adds a new record."))
        self._update_button()

    def _update_button(self) -> None:
        has_label = any(box.isChecked() for box in self.boxes.values())
        self.seal_button.setEnabled(has_label and not self._sealing and self._sealed_values is None)

    def _seal(self) -> None:
        if not self.seal_button.isEnabled():
            return
        self._sealing = True
        self._update_button()
        self.status.setText(self.tr("Sealing…"))
        self.sealRequested.emit(self.values())

    def seal_done(self, checkpoint: str) -> None:
        """The vault appended the record: keep the button off until the form changes."""
        self._sealing = False
        self._sealed_values = self.values()
        self.status.setText(self.tr("Sealed. New checkpoint of the case:\n{checkpoint}").format(checkpoint=checkpoint))
        self._update_button()

    def seal_failed(self, message: str) -> None:
        self._sealing = False
        self.status.setText(self.tr("Not sealed: {message}").format(message=message))
        self._update_button()
