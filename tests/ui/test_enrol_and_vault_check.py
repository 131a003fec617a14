"""Adding a reviewer and verifying the whole vault from the window (issue 20, point 8): the passphrase policy
explained as it is typed, the new reviewer unlocking; the check of ``reviewer verify --decrypt`` with its
progress, Cancel, plain result and technical details."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent.parent
SECOND = "Dominique-Relecture-42"


def _settle(qtbot, window) -> None:
    assert window.runner.wait(60_000)
    qtbot.wait(200)
    assert window.runner.wait(60_000)


def test_a_second_reviewer_is_added_from_the_window_and_can_then_unlock(qtbot, ready_window, make_window, tmp_path):
    window = ready_window
    assert window.act_add_reviewer.isEnabled()
    window.act_add_reviewer.trigger()
    dialog = window.reviewers.dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Dominique Roy")
    # The policy's own reasons, in plain words, as the passphrase is typed; the button waits for an accepted one.
    qtbot.keyClicks(dialog.passphrase, "azerty")
    assert "most common passwords" in dialog.advice.text() and not dialog.add_button.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "Dominique Roy 77")
    assert "your own name" in dialog.advice.text() and not dialog.add_button.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, SECOND)
    qtbot.keyClicks(dialog.repeat, SECOND[:-1])
    assert "differ" in dialog.advice.text() and not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, SECOND[-1])
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(window.reviewers.reviewerEnrolled, timeout=30_000) as enrolled:
        dialog.add_button.click()
    assert enrolled.args == ["Dominique Roy"]
    assert "Dominique Roy can now open the vault" in window.reviewers.done_box.text()
    window.reviewers.done_box.button(QMessageBox.StandardButton.Ok).click()
    _settle(qtbot, window)
    window.close()

    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=30_000)
    unlock = again.unlock_dialog
    names = [unlock.reviewer.itemText(i) for i in range(unlock.reviewer.count())]
    assert "Camille Martin" in names and "Dominique Roy" in names
    unlock.reviewer.setCurrentIndex(unlock.reviewer.findText("Dominique Roy"))
    qtbot.keyClicks(unlock.passphrase, SECOND)
    with qtbot.waitSignal(again.vaultReady, timeout=30_000):
        unlock.unlock_button.click()
    assert again.reviewer_name == "Dominique Roy"
    _settle(qtbot, again)


def test_a_taken_name_is_refused_and_the_dialog_comes_back_with_why(qtbot, ready_window, vault_records, tmp_path):
    window = ready_window
    before = vault_records(tmp_path / "vault", "keys")
    window.act_add_reviewer.trigger()
    dialog = window.reviewers.dialog
    qtbot.keyClicks(dialog.name, "camille martin")
    qtbot.keyClicks(dialog.passphrase, SECOND)
    qtbot.keyClicks(dialog.repeat, SECOND)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.isVisible(), timeout=30_000)
    assert "can already open this vault" in dialog.error.text()
    assert vault_records(tmp_path / "vault", "keys") == before  # nothing enrolled
    dialog.reject()
    _settle(qtbot, window)


def test_the_whole_vault_check_shows_progress_and_its_result_in_plain_words(qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg")])
    _settle(qtbot, window)
    steps = []
    window.vault_check.verify()
    window.vault_check.task.signals.progress.connect(lambda done, total, step: steps.append(step))
    assert window.vault_check.progress.isVisible()
    with qtbot.waitSignal(window.vault_check.vaultChecked, timeout=60_000) as checked:
        pass
    check = checked.args[0]
    assert check.ok and "blobs" in steps and "sealed" in steps
    box = window.vault_check.result_box
    assert box.isVisible() and box.windowTitle() == "The vault is intact"
    assert "every record is signed and chained" in box.text() and "{" not in box.text()  # plain words first
    details = json.loads(box.detailedText())  # the technical form, on demand, as `reviewer verify --json` prints it
    env = {**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, "REVIEWER_LANG": "en"}
    cli = subprocess.run([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), "verify", "--vault",
                          str(tmp_path / "vault"), "--decrypt", "--json"], capture_output=True, text=True, env=env,
                         cwd=ROOT)
    assert cli.returncode == 0, cli.stderr
    assert details["ok"] is True and details["checked"] == json.loads(cli.stdout)["checked"]
    assert details["decrypted"] is True
    box.button(QMessageBox.StandardButton.Ok).click()

    # A damaged stored file: the same check says so, plainly, and names it in the details.
    from reviewer.vault import Vault

    reader = Vault.open(tmp_path / "vault", read_only=True)
    try:
        blob_id = next(r.body["blob"]["id"] for r in reader.records(window.case_id) if r.type == "media.ingested")
        path = reader.blobs.path(blob_id)
    finally:
        reader.close()
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))
    with qtbot.waitSignal(window.vault_check.vaultChecked, timeout=60_000) as checked:
        window.vault_check.verify()
    assert not checked.args[0].ok
    box = window.vault_check.result_box
    assert box.windowTitle() == "The vault has a problem" and "call your IT team" in box.text()
    assert json.loads(box.detailedText())["problem"]["code"] == "blob-altered"
    box.button(QMessageBox.StandardButton.Ok).click()
    _settle(qtbot, window)


def test_cancel_stops_the_vault_check_between_steps(qtbot, ready_window):
    window = ready_window
    release = threading.Event()
    # Hold the vault thread so that the cancel is certain to come before the check's first step.
    window.run(lambda control: release.wait(30), vault=True)
    window.vault_check.verify()
    progress = window.vault_check.progress
    with qtbot.waitSignal(window.vault_check.vaultChecked, timeout=60_000) as checked:
        progress.findChild(QPushButton).click()  # the dialog's Cancel button
        release.set()
    assert checked.args == [None]
    assert window.vault_check.task is None and window.vault_check.result_box is None
    assert "cancelled" in window.statusBar().currentMessage()
    _settle(qtbot, window)
