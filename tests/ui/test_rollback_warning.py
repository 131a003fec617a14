"""The window names a restored backup when it opens the vault, and refuses to export from it (issue 15 Build 5,
attack a4: the window opened a rolled-back vault without a word, the lost "suspected minor" label gone)."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from reviewer.vault import Vault

from .conftest import PASSPHRASE


def _unlock(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    window.compared = []  # each comparison with the remembered head: whether the vault was behind
    window.rollback.checked.connect(window.compared.append)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        window.unlock_dialog.unlock_button.click()
    return window


def _restored_after_a_seal(qtbot, window, samples_dir, tmp_path, label):
    """A photo added in ``window`` (then closed), the vault folder copied, a review labelling it ``label``
    sealed (this account remembers that head), then the copy put back: (case id, media id, the sealed record)."""
    vault_dir = tmp_path / "vault"
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "chelsea.png")])
    assert window.runner.wait(60_000)
    media = window.grid_model.entries()[0].media_id
    window.close()
    window.runner.cancel_all()
    assert window.runner.wait(60_000)
    backup = tmp_path / "backup"
    shutil.copytree(vault_dir, backup)
    session = Vault.open(vault_dir).unlock(PASSPHRASE)
    record = session.seal_review(case, media, labels=[label])
    session.vault.close()
    shutil.rmtree(vault_dir)
    shutil.copytree(backup, vault_dir)
    return case, media, record


def test_a_restored_backup_is_named_at_unlock_and_not_exported(qtbot, ready_window, make_window, samples_dir,
                                                               tmp_path):
    # A backup of the folder; then the media is sealed suspected minor (this account remembers that head);
    # then the backup is put back, as after a disk failure or a careless restore.
    vault_dir = tmp_path / "vault"
    case, media, record = _restored_after_a_seal(qtbot, ready_window, samples_dir, tmp_path, "suspected-minor")

    window = _unlock(qtbot, make_window, vault_dir)
    qtbot.waitUntil(lambda: len(window.compared) > 0, timeout=30_000)
    assert window.compared == [True]
    qtbot.waitUntil(lambda: window.rollback.box is not None and window.rollback.box.isVisible(), timeout=30_000)
    box = window.rollback.box
    assert box.icon() == QMessageBox.Icon.Warning
    text = box.informativeText()
    assert "older than the one this account last saw" in text and "restored backup" in text
    assert f"case \"Dossier test\", records {record.seq} to {record.seq}" in text
    assert "Put back the latest copy of the vault folder, or call your IT contact" in text
    box.button(QMessageBox.StandardButton.Ok).click()

    # Sealing a review is refused with the same words: it would fork the vault. Nothing is added.
    with Vault.open(vault_dir, read_only=True) as reader:
        before = len(reader.records(case))
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1 and window.grid_model.entries()[0].media_id is not None,
                    timeout=30_000)
    window.select_media(0)
    window.seal({"labels": ["not-sexual"], "qualification": "", "notes": "", "source": {}})
    assert window.runner.wait(30_000)
    qtbot.waitUntil(lambda: "restored backup" in window.review_form.status.text(), timeout=30_000)
    with Vault.open(vault_dir, read_only=True) as reader:
        assert len(reader.records(case)) == before

    # Exporting (originals included) is refused with the same words; no file is written.
    out = tmp_path / "exhibit.zip"
    qtbot.waitUntil(lambda: window.case_id == case, timeout=30_000)
    window.export_case(str(out), lang="en", recipient="", include_originals=True)
    qtbot.waitUntil(lambda: window.exhibits.export_task is None, timeout=60_000)
    assert "restored backup" in window.statusBar().currentMessage()
    assert not out.exists() and list(tmp_path.glob("exhibit*")) == []


def test_the_vault_this_account_last_saw_opens_without_a_warning(qtbot, ready_window, make_window, tmp_path):
    window = ready_window
    window.close()
    window.runner.cancel_all()
    assert window.runner.wait(60_000)
    window = _unlock(qtbot, make_window, tmp_path / "vault")
    qtbot.waitUntil(lambda: len(window.compared) > 0, timeout=30_000)
    assert window.compared == [False] and window.rollback.box is None and window.rollback.problem is None
    # Nothing is greyed on the vault this account last saw.
    assert window.act_new_case.isEnabled() and window.new_case_button.isEnabled()
    assert "older than the one you last worked with" not in window.act_new_case.toolTip()


def test_while_the_vault_is_a_restored_backup_what_would_write_is_greyed_with_why(
        qtbot, ready_window, make_window, samples_dir, tmp_path):
    vault_dir = tmp_path / "vault"
    case, media, _record = _restored_after_a_seal(qtbot, ready_window, samples_dir, tmp_path, "not-sexual")

    window = _unlock(qtbot, make_window, vault_dir)
    qtbot.waitUntil(lambda: window.compared == [True], timeout=30_000)
    window.rollback.box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.case_id == case and window.grid_model.rowCount() == 1
                    and window.grid_model.entries()[0].analysed, timeout=60_000)
    window.select_media(0)
    qtbot.waitUntil(lambda: window.current is not None and window.current.analysed, timeout=60_000)
    why = "Not available: this vault is older than the one you last worked with"
    greyed = {"New case": window.act_new_case, "New case button": window.new_case_button,
              "Add files": window.act_add_files, "Add a folder": window.act_add_folder,
              "Rename": window.act_rename_case, "Remove": window.act_remove, "Compare": window.act_compare,
              "Compare button": window.comparison_panel.button, "Seal": window.act_seal,
              "Seal button": window.review_form.seal_button, "Export": window.act_export,
              "Add a reviewer": window.act_add_reviewer, "Remove a reviewer's access": window.act_revoke_reviewer,
              "Show softer": window.reveal_bar.softer_button,
              "Reveal selected region": window.detections_panel.reveal_button,
              "Show clear picture": window.reveal_bar.clear_button}
    for name, widget in greyed.items():
        assert not widget.isEnabled(), name
        assert widget.toolTip().startswith(why), (name, widget.toolTip())
    # Ticking a label does not bring the seal back.
    window.review_form.boxes["not-sexual"].setChecked(True)
    assert not window.review_form.seal_button.isEnabled()
    # A reveal asked anyway (a click on the picture) is not given: it could not be recorded.
    from reviewer.redact import CLEAR

    window.request_reveal(CLEAR)
    assert not window.reveals.revealed and why in window.statusBar().currentMessage()
    # Reading stays: verifying the case or the vault, hiding and showing media, the After the review window
    # (its sealing buttons greyed, its preparing ones not).
    for action in (window.act_verify, window.act_verify_vault, window.act_panic, window.act_after_review):
        assert action.isEnabled(), action.text()
    window.act_after_review.trigger()
    qtbot.waitUntil(lambda: window.takedown.dialog is not None and window.takedown.dialog.isVisible(), timeout=30_000)
    dialog = window.takedown.dialog
    for button in (dialog.sent_button, dialog.log_sent_button, dialog.answer_button, dialog.capture_button,
                   dialog.screenshot_button):
        assert not button.isEnabled() and button.toolTip().startswith(why), button.text()
    assert dialog.complaint_button.isEnabled()
    dialog.reject()
