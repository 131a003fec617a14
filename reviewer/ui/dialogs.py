"""Dialogs: first run (create the vault and the first key), unlock, settings.

Dialogs only collect input; the window does the vault work in its vault worker and reports errors
back with ``show_error`` so the dialog stays open for another try.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from reviewer.casework.lock import MAX_MINUTES as MAX_LOCK_MINUTES
from reviewer.casework.recovery import normalise_code
from reviewer.i18n import translate
from reviewer.ui.formats import current_language
from reviewer.ui.settings import UiSettings
from reviewer.vault.passphrase_policy import MIN_LENGTH, assess
from reviewer.vault.vault import RECOVERY_NAME


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("warning")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class FirstRunDialog(QDialog):
    """Create the vault and the first reviewer key: language, name, passphrase twice, strength meter.

    ``languageChosen(str)`` ("fr" or "en") when the user picks the other language: the window applies it at
    once (reviewer/ui/language_switch.py), building this screen again in that language with what was typed.
    """

    languageChosen = Signal(str)

    def __init__(self, vault_dir: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Reviewer"))
        # Each language named in itself, so that a reader of either finds theirs; French first.
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(lambda _i: self.languageChosen.emit(self.language.currentData()))
        intro = QLabel(self.tr(
            "No vault was found in {folder}.\n\nThe vault keeps the material of your cases encrypted, "
            "and every action you seal is signed with your personal key. Choose your name as it should "
            "appear on exhibits, and a passphrase that protects your key. Nobody can recover a "
            "forgotten passphrase.").format(folder=vault_dir))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Your &name"), self.name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("&Create the vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        # The same policy as the vault applies (reviewer.vault.passphrase_policy): the reason shown here is
        # the one the vault would give.
        strength = assess(self.passphrase.text(), user_inputs=(self.name.text(),))
        self.meter.setValue(strength.score)
        if not self.passphrase.text():
            advice = self.tr("Use at least {n} characters; a few unrelated words are easy to remember.").format(n=MIN_LENGTH)
        elif strength.why is not None:
            advice = self.tr("Not accepted: {why}").format(why=translate("errors", strength.why).format(minimum=MIN_LENGTH))
        elif strength.score < 4:
            advice = self.tr("Acceptable. Longer is stronger.")
        else:
            advice = self.tr("Strong.")
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            advice += " " + self.tr("The two passphrases differ.")
        self.advice.setText(advice)
        self._acceptable = strength.acceptable
        self.create_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return (bool(self.name.text().strip()) and self._acceptable
                and self.passphrase.text() == self.repeat.text())

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.passphrase.text()

    def typed(self) -> tuple[str, str, str]:
        """What the user typed so far: name, passphrase, the passphrase repeated."""
        return self.name.text(), self.passphrase.text(), self.repeat.text()

    def fill(self, name: str, passphrase: str, repeat: str) -> None:
        """Put back what the user had typed (the screen was built again in another language)."""
        self.name.setText(name)
        self.passphrase.setText(passphrase)
        self.repeat.setText(repeat)
        self.language.setFocus()

    def _try_accept(self) -> None:
        if self.ready():
            self.create_button.setEnabled(False)
            self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.create_button.setEnabled(self.ready())


class UnlockDialog(QDialog):
    """Unlock the vault with the reviewer's passphrase (choosing the reviewer when there are several)."""

    def __init__(self, reviewers: list[tuple[str, str]], parent=None) -> None:
        """``reviewers``: (key id, display name) of the unrevoked keys."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the vault"))
        self.reviewer = QComboBox()
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        for key_id, name in reviewers:
            # The recovery key's name is the vault's (the same in every language): shown in the user's.
            self.reviewer.addItem(self.tr("Recovery key") if name == RECOVERY_NAME else name, key_id)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer"), self.reviewer)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.passphrase.setFocus()  # where typing goes: the reviewer is usually already chosen

    def values(self) -> tuple[str | None, str]:
        typed = self.passphrase.text()
        if self.reviewer.currentText() == self.tr("Recovery key"):  # read from paper: forgiving, as printed
            typed = normalise_code(typed)
        return self.reviewer.currentData(), typed

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class SettingsDialog(QDialog):
    """Blur strength, grayscale default, reveal timeout, language, detector threshold, auto-lock."""

    def __init__(self, settings: UiSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial = settings  # the organisation's viewing rules pass through unchanged
        self.blur = QDoubleSpinBox()
        self.blur.setRange(0.5, 3.0)
        self.blur.setSingleStep(0.25)
        self.blur.setValue(settings.blur_strength)
        self.method = QComboBox()
        self.method.addItem(self.tr("Blur"), "gaussian")
        self.method.addItem(self.tr("Pixelate"), "pixelate")
        self.method.setCurrentIndex(max(0, self.method.findData(settings.blur_method)))
        self.grayscale = QCheckBox(self.tr("Show images in grayscale by default"))
        self.grayscale.setChecked(settings.grayscale)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(2, 120)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(settings.reveal_timeout_s)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.05, 0.95)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(settings.detector_threshold)
        self.auto_lock = QDoubleSpinBox()
        self.auto_lock.setRange(0, MAX_LOCK_MINUTES)
        self.auto_lock.setDecimals(0)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        for widget, name in ((self.blur, self.tr("Blur strength")), (self.method, self.tr("Blur method")),
                             (self.timeout, self.tr("Reveal timeout")), (self.language, self.tr("Language")),
                             (self.threshold, self.tr("Detector threshold"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Blur strength"), self.blur)
        form.addRow(self.tr("Blur &method"), self.method)
        form.addRow("", self.grayscale)
        form.addRow(self.tr("&Re-blur after"), self.timeout)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Detector &threshold"), self.threshold)
        form.addRow(self.tr("Loc&k after"), self.auto_lock)
        note = QLabel(self.tr("A lower threshold blurs more regions, including some false ones."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        if settings.viewing_policy().base == "regions":
            # The organisation chose region-only blurring: the reviewer is told what that risks.
            from reviewer.redact.viewing import REGIONS_BASE_RISK

            risk = QLabel(translate("viewing", REGIONS_BASE_RISK))
            risk.setWordWrap(True)
            risk.setObjectName("regionsBaseRisk")
            layout.addWidget(risk)
        layout.addWidget(buttons)

    def values(self) -> UiSettings:
        """The reviewer's choices; the organisation's viewing rules are kept as they were."""
        return replace(
            self._initial,
            blur_strength=self.blur.value(), blur_method=self.method.currentData(),
            grayscale=self.grayscale.isChecked(), reveal_timeout_s=self.timeout.value(),
            detector_threshold=self.threshold.value(), language=self.language.currentData(),
            auto_lock_minutes=self.auto_lock.value(),
        ).clamped()


def confirm_reveal_text(target: object = 0) -> tuple[str, str]:
    """Title and text of the confirmation before a reveal of ``target`` (a region index, "softer" or
    "clear", see ``reviewer.redact.viewing``)."""
    from PySide6.QtCore import QCoreApplication

    after = QCoreApplication.translate(
        "RevealConfirmation", "It will be blurred again after a few seconds, or at your next click. "
                              "Each reveal is recorded in the case's log.")
    if target == "clear":
        title = QCoreApplication.translate("RevealConfirmation", "Show the clear picture?")
        text = QCoreApplication.translate("RevealConfirmation", "The whole picture will be shown without blur.")
    elif target == "softer":
        title = QCoreApplication.translate("RevealConfirmation", "Show the picture less blurred?")
        text = QCoreApplication.translate(
            "RevealConfirmation", "The whole picture will be shown less blurred: shapes and the scene, no detail. "
                                  "Detected regions stay blurred.")
    else:
        title = QCoreApplication.translate("RevealConfirmation", "Reveal a region?")
        text = QCoreApplication.translate("RevealConfirmation", "The region will be shown unblurred.")
    return title, text + " " + after
