"""Removing a reviewer's access from the window (Vault ▸ Remove a reviewer's access…): who and why, what it does
said before anything is signed, the vault's own revocation (a new data key for what follows), refusals in plain
words with the dialog back and nothing written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from reviewer.casework.errors import OwnAccessNotRemovable, RevocationReasonMissing
from reviewer.vault import Vault

from .conftest import PASSPHRASE

SECOND = "Dominique-Relecture-42"


def _settle(qtbot, window) -> None:
    assert window.runner.wait(60_000)
    qtbot.wait(200)
    assert window.runner.wait(60_000)


def _enrol(qtbot, window, name: str) -> str:
    with qtbot.waitSignal(window.reviewers.reviewerEnrolled, timeout=30_000):
        window.reviewers.enrol(name, SECOND, SECOND)
    window.reviewers.done_box.button(QMessageBox.StandardButton.Ok).click()
    _settle(qtbot, window)
    return next(r["key_id"] for r in window.session.vault.reviewers() if r["name"] == name)


def _open_dialog(qtbot, window):
    window.act_revoke_reviewer.trigger()
    qtbot.waitUntil(lambda: window.reviewers.revoke_dialog is not None and window.reviewers.revoke_dialog.isVisible(),
                    timeout=30_000)
    return window.reviewers.revoke_dialog


def test_a_reviewer_s_access_is_removed_from_the_window_and_they_can_no_longer_unlock(
        qtbot, ready_window, make_window, tmp_path):
    window = ready_window
    dominique = _enrol(qtbot, window, "Dominique Roy")
    assert window.act_revoke_reviewer.isEnabled()
    dialog = _open_dialog(qtbot, window)
    listed = [dialog.reviewer.itemData(i) for i in range(dialog.reviewer.count())]
    assert dominique in listed and window.session.key_id not in listed  # never one's own access
    dialog.reviewer.setCurrentIndex(listed.index(dominique))
    assert not dialog.remove_button.isEnabled()  # a reason is required: it is recorded
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.remove_button.isEnabled()
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Left the organisation")
    assert dialog.remove_button.isEnabled()
    with qtbot.waitSignal(window.reviewers.reviewerRevoked, timeout=60_000) as revoked:
        dialog.remove_button.click()
    assert revoked.args == ["Dominique Roy"]
    assert "Dominique Roy can no longer open the vault" in window.reviewers.done_box.text()
    window.reviewers.done_box.button(QMessageBox.StandardButton.Ok).click()
    _settle(qtbot, window)

    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        states = {r["key_id"]: r["active"] for r in vault.reviewers()}
        assert states[dominique] is False and states[window.session.key_id] is True
        last = vault.records("keys")[-1]
        assert last.type == "key.revoked" and last.body["key"] == dominique and last.signer == window.session.key_id
        assert vault.verify().ok
    finally:
        vault.close()
    # The reviewer of the open session still works, with the new data key: a case is created and sealed.
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Après le départ")
    _settle(qtbot, window)
    window.close()

    # Dominique is no longer offered at unlock, and their passphrase opens nothing.
    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=30_000)
    names = [again.unlock_dialog.reviewer.itemText(i) for i in range(again.unlock_dialog.reviewer.count())]
    assert "Camille Martin" in names and "Dominique Roy" not in names
    with pytest.raises(Exception):
        Vault.open(tmp_path / "vault").unlock(SECOND, dominique)
    _settle(qtbot, again)


def test_refusals_keep_the_dialog_with_why_and_write_nothing(qtbot, ready_window, vault_records, tmp_path):
    window = ready_window
    dominique = _enrol(qtbot, window, "Dominique Roy")
    before = vault_records(tmp_path / "vault", "keys")
    # The rules live in the case layer: the window cannot ask for less than the command line would refuse.
    with pytest.raises(RevocationReasonMissing):
        window.service.revoke_reviewer(dominique, " \n ")
    with pytest.raises(OwnAccessNotRemovable):
        window.service.revoke_reviewer(window.session.key_id, "testing")
    assert vault_records(tmp_path / "vault", "keys") == before
    # A reviewer removed meanwhile (another window, the command line): the dialog comes back saying so.
    dialog = _open_dialog(qtbot, window)
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(dominique))
    qtbot.keyClicks(dialog.reason, "Left")
    other = Vault.open(tmp_path / "vault").unlock(PASSPHRASE, window.session.key_id)
    other.revoke(dominique, "left, from the command line")
    other.vault.close()
    after_other = vault_records(tmp_path / "vault", "keys")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.isVisible(), timeout=30_000)
    assert "no active reviewer key" in dialog.error.text()
    assert vault_records(tmp_path / "vault", "keys") == after_other
    dialog.reject()
    _settle(qtbot, window)


def test_the_dialog_says_so_when_nobody_else_can_open_the_vault(qtbot, ready_window):
    window = ready_window
    others = [r for r in window.session.vault.reviewers() if r["active"] and r["key_id"] != window.session.key_id]
    if others:  # the first-run dialog enrolled a recovery key: it is listed, under its own name
        dialog = _open_dialog(qtbot, window)
        assert dialog.reviewer.count() == len(others)
        dialog.reject()
        return
    dialog = _open_dialog(qtbot, window)
    assert dialog.reviewer.count() == 0 and not dialog.remove_button.isEnabled()
    assert "no access to remove" in dialog.error.text()
    dialog.reject()
    _settle(qtbot, window)
