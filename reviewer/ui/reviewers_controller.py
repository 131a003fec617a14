"""Adding a reviewer from the window (Vault ▸ Add a reviewer…): name and passphrase, under the one passphrase
policy, with its reasons in plain words as they are typed. Removing a reviewer's access (Vault ▸ Remove a
reviewer's access…): who and why, with what it does and does not do said before anything is signed.

The rules are the case layer's and the vault's (``casework.reviewers.enrol_reviewer``; the policy in
``vault.passphrase_policy``); the dialog shows the same verdict the vault would give before anything is sent,
and the enrolment runs on the vault thread, signed by the reviewer whose session is open. The new reviewer
then appears in the unlock dialog and opens the vault with their own passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from reviewer.errors import ReviewerError
from reviewer.i18n import translate
from reviewer.ui import vault_steps as steps
from reviewer.ui.formats import date
from reviewer.vault.vault import RECOVERY_NAME
from reviewer.vault.passphrase_policy import MIN_LENGTH, assess


def _lay_out(dialog, intro: QLabel, form: QFormLayout, below: list, confirm: str) -> tuple[QDialogButtonBox, object]:
    """The reviewer dialogs' layout: intro, form, the widgets ``below`` it (advice, error), then Cancel and
    ``confirm`` (already translated), which calls the dialog's ``_try_accept``; return (buttons, confirm button)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog._try_accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(520)
    return buttons, confirm_button


class EnrolDialog(QDialog):
    """Name of the new reviewer, their passphrase twice, and how strong it is (the vault's own verdict)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Add a reviewer"))
        intro = QLabel(self.tr(
            "The new reviewer gets their own key: everything they seal is signed with their name. Let them type "
            "their passphrase themselves; nobody can recover a forgotten passphrase. Their enrolment is recorded "
            "in the vault, signed by you."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name of the new reviewer"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Their passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Their passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("passphraseAdvice")
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name (as on exhibits)"), self.name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        self.buttons, self.add_button = _lay_out(self, intro, form, [self.advice, self.error],
                                                 self.tr("&Add the reviewer"))
        for edit in (self.name, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update)
        self.name.setFocus()
        self._update()

    def _update(self) -> None:
        # The policy the vault applies, with its reasons (reviewer.vault.passphrase_policy).
        strength = assess(self.passphrase.text(), user_inputs=(self.name.text(),))
        self.meter.setValue(strength.score)
        if not self.passphrase.text():
            advice = self.tr("At least {n} characters; a few unrelated words are easy to remember and hard to "
                             "guess.").format(n=MIN_LENGTH)
        elif strength.why is not None:
            advice = self.tr("Not accepted: {why}").format(
                why=translate("errors", strength.why).format(minimum=MIN_LENGTH))
        elif strength.score < 4:
            advice = self.tr("Accepted. Longer is stronger.")
        else:
            advice = self.tr("Strong.")
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            advice += " " + self.tr("The two passphrases differ.")
        self.advice.setText(advice)
        self._acceptable = strength.acceptable
        self.add_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return (bool(self.name.text().strip()) and self._acceptable
                and self.passphrase.text() == self.repeat.text())

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.passphrase.text(), self.repeat.text()

    def _try_accept(self) -> None:
        if self.ready():
            self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


class RevokeDialog(QDialog):
    """Which reviewer loses their access, and why; what that does and does not do, in plain words."""

    def __init__(self, reviewers: list[dict], parent=None) -> None:
        """``reviewers``: those whose access may be removed (``casework.reviewers.revocable_reviewers``)."""
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Remove a reviewer's access"))
        intro = QLabel(self.tr(
            "The reviewer you choose will no longer be able to open this vault or sign anything in it. What they "
            "sealed before stays valid, signed with their name. Everything recorded from now on is protected by a "
            "new key that they do not have. What they could already see stays readable to them only if they kept "
            "a copy of the vault folder. Their removal is recorded in the vault, signed by you."))
        intro.setWordWrap(True)
        self.reviewer = QComboBox()
        self.reviewer.setAccessibleName(self.tr("Reviewer whose access is removed"))
        for item in reviewers:
            name = self.tr("Recovery key") if item["name"] == RECOVERY_NAME else item["name"]
            self.reviewer.addItem(self.tr("{name} (added on {date})").format(name=name, date=date(item["enrolled"])),
                                  item["key_id"])
        self.names = {item["key_id"]: item["name"] for item in reviewers}
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("For example: left the organisation"))
        self.reason.setAccessibleName(self.tr("Reason for the removal"))
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(not reviewers)
        if not reviewers:
            self.error.setText(self.tr("Nobody else can open this vault, so there is no access to remove."))
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer"), self.reviewer)
        form.addRow(self.tr("R&eason (recorded)"), self.reason)
        self.buttons, self.remove_button = _lay_out(self, intro, form, [self.error], self.tr("Re&move their access"))
        self.reason.textChanged.connect(self._update)
        (self.reason if reviewers else self.buttons).setFocus()
        self._update()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return self.reviewer.count() > 0 and bool(self.reason.text().strip())

    def values(self) -> tuple[str, str]:
        return self.reviewer.currentData(), self.reason.text()

    def _try_accept(self) -> None:
        if self.ready():
            self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)


class ReviewersController(QObject):
    """Signals ``reviewerEnrolled(str)`` with the new reviewer's name once the vault recorded them, and
    ``reviewerRevoked(str)`` with the name of a reviewer whose access the vault removed."""

    reviewerEnrolled = Signal(str)
    reviewerRevoked = Signal(str)

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its session, runner and dialogs' parent)."""
        super().__init__(window)
        self.window = window
        self.dialog: EnrolDialog | None = None
        self.revoke_dialog: RevokeDialog | None = None
        self.done_box: QMessageBox | None = None

    def ask_enrol(self) -> None:
        if self.window.session is None:
            return
        dialog = EnrolDialog(self.window)
        dialog.accepted.connect(lambda: self.enrol(*dialog.values()))
        self.dialog = dialog
        self.window.open_dialog(dialog)

    def enrol(self, name: str, passphrase: str, repeated: str) -> None:
        """Enrol ``name`` on the vault thread; on a refusal the dialog comes back with the reason."""
        window = self.window
        clean = " ".join(name.split())

        def enrolled(_key_id: str) -> None:
            if self.dialog is not None:  # no passphrase stays in a widget longer than needed
                self.dialog.passphrase.clear()
                self.dialog.repeat.clear()
                self.dialog.deleteLater()
                self.dialog = None
            self._say_done("enrolDone", self.tr("Reviewer added"),
                           self.tr("{name} can now open the vault with their own passphrase: they choose their "
                                   "name in the unlock window. Their enrolment is recorded in the vault, signed "
                                   "by you.").format(name=clean))
            self.reviewerEnrolled.emit(clean)

        window.run(steps.enrol_reviewer, window.service, name, passphrase, repeated, vault=True,
                   on_result=enrolled, on_error=lambda error: self._refused(error, self.dialog))

    def _say_done(self, name: str, title: str, text: str) -> None:
        """The plain result of an enrolment or a removal, over the window (kept in ``done_box``)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.done_box = box
        self.window.open_dialog(box)

    def _refused(self, error: ReviewerError, dialog: QDialog | None) -> None:
        """A refusal of the vault: said in the status bar, and ``dialog`` back with the reason and what was typed
        still there, for another try."""
        self.window.show_error(error)
        if dialog is not None:
            dialog.show_error(error.message)
            self.window.open_dialog(dialog)

    def ask_revoke(self) -> None:
        """Read who may lose their access (on the vault thread), then ask who and why."""
        if self.window.session is None:
            return

        def listed(reviewers: list[dict]) -> None:
            dialog = RevokeDialog(reviewers, self.window)
            dialog.accepted.connect(lambda: self.revoke(*dialog.values()))
            self.revoke_dialog = dialog
            self.window.open_dialog(dialog)

        self.window.run(steps.revocable_reviewers, self.window.service, vault=True, on_result=listed)

    def revoke(self, key_id: str, reason: str) -> None:
        """Remove ``key_id``'s access on the vault thread; on a refusal the dialog comes back with the reason."""
        window = self.window
        dialog = self.revoke_dialog
        name = dialog.names.get(key_id, key_id) if dialog is not None else key_id
        shown = self.tr("The recovery key") if name == RECOVERY_NAME else name

        def revoked(_key_id: str) -> None:
            if self.revoke_dialog is not None:
                self.revoke_dialog.deleteLater()
                self.revoke_dialog = None
            self._say_done("revokeDone", self.tr("Access removed"),
                           self.tr("{name} can no longer open the vault or sign in it. What is recorded from now "
                                   "on is protected by a new key. The removal is recorded in the vault, signed by "
                                   "you.\n\nExhibits are now signed with a new key too: their cover letter gives "
                                   "its fingerprint, to read to recipients who check where an exhibit comes from."
                                   ).format(name=shown))
            self.reviewerRevoked.emit(name)

        window.run(steps.revoke_reviewer, window.service, key_id, reason, vault=True,
                   on_result=revoked, on_error=lambda error: self._refused(error, self.revoke_dialog))
