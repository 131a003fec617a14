"""The review form: labels from the vault's fixed vocabulary, legal qualification, source, notes, Seal.

A media already reviewed shows its current decision read-only (labels, qualification, notes, who and when,
and the decision it corrected), with "Correct", which opens the form filled with that decision; sealing it
seals a new record that names the one it corrects (``supersedes``). Labels that exclude each other are
refused here with the vault's own explanation (``reviewer.vault.vocabulary``) before anything is asked;
otherwise Seal (and Ctrl+Return) asks for the summary to be confirmed (``sealRequested``, handled by the
review controller). The Seal button is disabled while sealing, so a double click cannot seal twice.
"""

from __future__ import annotations

import html
from typing import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
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

from reviewer import local_format
from reviewer.i18n import translate
from reviewer.translations import current_language
from reviewer.ui.plain_result import PlainResult
from reviewer.ui.seal_summary import note_excerpt

NON_CONCLUSIVE = "non-conclusive"
SUSPECTED_MINOR = "suspected-minor"


class ReviewForm(QWidget):
    """Emits ``sealRequested(dict)`` with labels, qualification, notes, source and ``supersedes`` (the record
    id of the decision a correction replaces, else None), once the labels are compatible."""

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
        self.seal_button.clicked.connect(self.request_seal)
        self._seal_tooltip = self.seal_button.toolTip()
        self._refused = ""  # why sealing is not offered now (a restored backup), "" when it is
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("sealStatus")
        self.result = PlainResult()  # the last seal's outcome: plain words, technical details on demand

        # The current decision of a media already reviewed, read-only, and the way to correct it.
        self.decision_box = QGroupBox(self.tr("Sealed decision"))
        self.decision_box.setObjectName("sealedDecision")
        self.decision_text = QLabel()
        self.decision_text.setObjectName("decisionText")
        self.decision_text.setWordWrap(True)
        self.decision_text.setTextFormat(Qt.TextFormat.RichText)
        self.decision_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correct_button = QPushButton(self.tr("C&orrect"))
        self.correct_button.setToolTip(self.tr("Seal a new decision that replaces this one; both stay in the history"))
        self.correct_button.clicked.connect(self.start_correction)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addWidget(self.decision_text)
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.correct_button)
        decision_buttons.addStretch(1)
        decision_layout.addLayout(decision_buttons)
        self.correcting_banner = QLabel()
        self.correcting_banner.setObjectName("warning")
        self.correcting_banner.setWordWrap(True)
        self.cancel_correction_button = QPushButton(self.tr("Cancel the correction"))
        self.cancel_correction_button.clicked.connect(self.cancel_correction)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.correcting_banner)
        editor_layout.addWidget(label_group)
        editor_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.seal_button)
        buttons.addWidget(self.cancel_correction_button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._sealing = False
        self._sealed_values: dict | None = None
        self.decision = None            # the shown media's casework MediaState when it has a decision
        self.decision_details = None    # its casework DecisionDetails (the sealed fields, opened)
        self._correcting = False
        self._show_mode()
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
        """The form as the vault's ``seal_review`` takes it, with ``supersedes`` for a correction."""
        return {
            "supersedes": self.decision.decision.signed.record if self._correcting and self.decision else None,
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
        """Empty the form for another media (no decision shown until ``show_decision``)."""
        self.decision = self.decision_details = None
        self._correcting = False
        self.result.clear()
        self._clear_fields()
        self._show_mode()

    def _clear_fields(self) -> None:
        for widget in self._fields():
            widget.blockSignals(True)
        for box in self.boxes.values():
            box.setChecked(False)
        self.qualification.setCurrentIndex(0)
        self.qualification.setEditText("")
        for edit in (self.url, self.platform, self.account):
            edit.clear()
        self.notes.clear()
        self.date_seen.setDate(QDate.currentDate())
        for widget in self._fields():
            widget.blockSignals(False)
        self._sealing = False
        self._sealed_values = None
        self.status.setText("")
        self._changed()

    # -- the current decision and its correction ---------------------------------------------------
    @property
    def correcting(self) -> bool:
        return self._correcting

    def show_decision(self, state, details=None) -> None:
        """Show the media's current decision read-only (``state``: a ``casework.MediaState``; ``details``: its
        ``DecisionDetails``), or the empty form when it has none. A correction being typed is kept when the
        decision it corrects is still the current one."""
        decision = getattr(state, "decision", None)
        if decision is None:
            if self.decision is not None:  # the media shown has no decision (any more): an empty form
                self.decision = self.decision_details = None
                self._correcting = False
            self._show_mode()
            return
        same = self.decision is not None and self.decision.decision.signed.record == decision.signed.record
        self.decision, self.decision_details = state, details
        if not same:
            self._correcting = False
        self.decision_text.setText(self._decision_html(state, details))
        self._show_mode()

    def start_correction(self) -> None:
        """Open the form filled with the current decision; sealing it replaces that decision."""
        if self.decision is None:
            return
        self._correcting = True
        self._clear_fields()
        for widget in self._fields():
            widget.blockSignals(True)
        for label in self.decision.decision.labels:
            if label in self.boxes:
                self.boxes[label].setChecked(True)
        details = self.decision_details
        if details is not None:
            self.qualification.setEditText(details.qualification)
            self.notes.setPlainText(details.notes)
            source = details.source or {}
            self.url.setText(str(source.get("url") or ""))
            self.platform.setText(str(source.get("platform") or ""))
            self.account.setText(str(source.get("account") or ""))
            seen = QDate.fromString(str(source.get("date_seen") or ""), "yyyy-MM-dd")
            if seen.isValid():
                self.date_seen.setDate(seen)
        for widget in self._fields():
            widget.blockSignals(False)
        self.result.clear()
        self.status.setText("")
        self._changed()
        self._show_mode()
        next(iter(self.boxes.values())).setFocus()

    def cancel_correction(self) -> None:
        self._correcting = False
        self.status.setText("")
        self._show_mode()

    def _show_mode(self) -> None:
        decided = self.decision is not None
        self.decision_box.setVisible(decided and not self._correcting)
        self.editor.setVisible(not decided or self._correcting)
        self.cancel_correction_button.setVisible(self._correcting)
        self.correcting_banner.setVisible(self._correcting)
        if self._correcting and self.decision is not None:
            self.correcting_banner.setText(self.tr(
                "Correcting the decision of {when}. Sealing adds a new record that replaces it; the earlier "
                "decision stays in the history.").format(when=self._when(self.decision.decision.signed.time)))
        self._update_button()

    def correcting_when(self) -> str:
        """The date of the decision being corrected, as the reader writes dates ("" when not correcting)."""
        return self._when(self.decision.decision.signed.time) if self._correcting and self.decision else ""

    @staticmethod
    def _when(time: str) -> str:
        return local_format.date_time(time, current_language())

    def _decision_html(self, state, details) -> str:
        decision = state.decision
        lines = ["<b>" + "<br>".join(html.escape(self.label_name(label)) for label in decision.labels) + "</b>"]
        if details is not None and details.qualification:
            lines.append(html.escape(self.tr("Legal qualification: {text}").format(text=details.qualification)))
        if details is not None and details.notes:
            lines.append(html.escape(self.tr("Notes: {text}").format(text=note_excerpt(details.notes))))
        lines.append(html.escape(self.tr("Sealed by {who} on {when}.").format(
            who=decision.signed.signer_name, when=self._when(decision.signed.time))))
        if decision.corrects is not None:
            lines.append(html.escape(self.tr("Corrected on {when} by {who}: it replaces the decision of {earlier}.")
                                     .format(when=self._when(decision.signed.time), who=decision.signed.signer_name,
                                             earlier=self._when(decision.corrects.time))))
        if state.withheld_as_minor:
            from reviewer.casework.review_state import STILL_WITHHELD

            lines.append("<i>" + html.escape(translate("review_state", STILL_WITHHELD)) + "</i>")
        return "<br>".join(lines)

    def _fields(self) -> list[QWidget]:
        return [*self.boxes.values(), self.qualification, self.url, self.platform, self.account, self.notes,
                self.date_seen]

    # -- sealing ---------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self.minor_warning.setVisible(self.boxes.get(SUSPECTED_MINOR, QCheckBox()).isChecked())
        if self._sealed_values is not None and self.values() != self._sealed_values:
            self._sealed_values = None
            self.status.setText(self.tr("The form changed since it was sealed; sealing again adds a new record."))
        self._update_button()

    def _update_button(self) -> None:
        has_label = any(box.isChecked() for box in self.boxes.values())
        self.seal_button.setEnabled(has_label and not self._sealing and self._sealed_values is None
                                    and not self._refused)

    def refuse_sealing(self, reason: str) -> None:
        """Offer no seal while ``reason`` is not empty (the vault takes no record: ``casework.vault_writes``), with
        ``reason`` as the button's tooltip; the form stays readable and editable."""
        if reason == self._refused:
            return
        self._refused = reason
        self.seal_button.setToolTip(reason or self._seal_tooltip)
        self._update_button()

    def request_seal(self) -> None:
        """Seal button and Ctrl+Return: refuse labels that exclude each other (the vault's rule and wording),
        else ask for the summary to be confirmed (``sealRequested``). Nothing is sealed here."""
        if not self.seal_button.isEnabled() or not self.editor.isVisible():
            return
        from reviewer.vault import ContradictoryLabels
        from reviewer.vault.vocabulary import contradiction

        values = self.values()
        clash = contradiction(values["labels"])
        if clash is not None:
            self.result.clear()
            self.status.setText(ContradictoryLabels(first=clash[0], second=clash[1], why=clash[2]).message)
            return
        self._sealing = True
        self._update_button()
        self.status.setText(self.tr("Check the summary, then confirm to seal."))
        self.sealRequested.emit(values)

    def seal_cancelled(self) -> None:
        """The reviewer closed the summary without sealing: the form is as it was."""
        self._sealing = False
        self.status.setText(self.tr("Not sealed: nothing was signed."))
        self._update_button()

    def seal_done(self, details: str) -> None:
        """The vault appended the record: plain words first, ``details`` (checkpoint, record id) on demand.
        The decision itself comes back through ``show_decision`` once the case's read model has it."""
        self._sealing = False
        self._sealed_values = self.values()
        self._correcting = False
        self.status.setText("")
        self.result.show_result(self.tr("Review recorded and signed."),
                                self.tr("It is in the case's log, signed with your key. The History tab lists it."),
                                details)
        self._update_button()

    def seal_failed(self, message: str) -> None:
        self._sealing = False
        self.result.clear()
        self.status.setText(self.tr("Not sealed: {message}").format(message=message))
        self._update_button()
