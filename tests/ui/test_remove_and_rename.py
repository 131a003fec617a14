"""Removing a media added by mistake, and renaming a case, from the window: confirmed, recorded, still so after a
restart, and the vault verifies with the command line's own ``reviewer verify`` (issue 20, point 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent.parent


def _reviewer_verify(vault_dir) -> subprocess.CompletedProcess:
    """``reviewer verify --decrypt`` run as a separate program, as an IT person or a lawyer would run it."""
    env = {**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, "REVIEWER_LANG": "en"}
    return subprocess.run([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), "verify", "--vault",
                           str(vault_dir), "--decrypt"], capture_output=True, text=True, env=env, cwd=ROOT)


def _reopen(qtbot, make_window, vault_dir):
    window = make_window(vault_dir)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    qtbot.keyClicks(window.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        window.unlock_dialog.unlock_button.click()
    return window


def _settle(qtbot, window) -> None:
    """Let every worker finish and its answer reach the window (late thumbnails included) before it closes."""
    assert window.runner.wait(60_000)
    qtbot.wait(300)
    assert window.runner.wait(60_000)


def _names_in_grid(window) -> list[str]:
    return [entry.name for entry in window.grid_model.entries()]


def test_a_media_added_by_mistake_is_removed_with_a_reason_and_stays_removed(
        qtbot, ready_window, make_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg")])
    window.select_media(0)
    qtbot.waitUntil(lambda: window.current is not None and window.current.media_id is not None, timeout=30_000)
    removed_id = window.current.media_id
    assert window.act_remove.isEnabled()

    window.act_remove.trigger()
    qtbot.waitUntil(lambda: window.removal.dialog is not None and window.removal.dialog.isVisible(), timeout=30_000)
    dialog = window.removal.dialog
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "coffee.png" in shown and "destroyed" in shown and "hashes" in shown
    # The reason is required: an empty one cannot be given; Cancel is the default button.
    dialog.reason_box.setEditText("   ")
    assert not dialog.remove_button.isEnabled()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    dialog.reason_box.setEditText("Ajouté par erreur (mauvais dossier)")
    with qtbot.waitSignal(window.removal.mediaRemoved, timeout=30_000):
        dialog.remove_button.click()
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1, timeout=30_000)
    assert _names_in_grid(window) == ["rocket.jpg"]

    purges = [body for kind, body in vault_records(tmp_path / "vault", case) if kind == "media.purged"]
    assert len(purges) == 1 and purges[0]["media"] == removed_id
    _settle(qtbot, window)
    window.close()

    again = _reopen(qtbot, make_window, tmp_path / "vault")
    qtbot.waitUntil(lambda: again.case_id == case and again.grid_model.rowCount() == 1, timeout=30_000)
    qtbot.wait(200)
    assert _names_in_grid(again) == ["rocket.jpg"]
    _settle(qtbot, again)
    again.close()
    verified = _reviewer_verify(tmp_path / "vault")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_suspected_minor_is_not_removed_and_the_window_says_why(qtbot, ready_window, samples_dir, vault_records,
                                                                  tmp_path):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "coffee.png")])
    window.select_media(0)
    qtbot.waitUntil(lambda: window.current is not None and window.current.media_id is not None, timeout=30_000)
    values = {"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)
    with qtbot.waitSignal(window.removal.removalRefused, timeout=30_000):
        window.act_remove.trigger()
    box = window.removal.refusal
    assert box.isVisible() and "suspected minor" in box.text() and "Nothing was changed" in box.text()
    assert window.removal.dialog is None  # never offered
    box.button(QMessageBox.StandardButton.Ok).click()
    _settle(qtbot, window)
    assert "media.purged" not in [kind for kind, _ in vault_records(tmp_path / "vault", window.case_id)]
    assert window.grid_model.rowCount() == 1


def test_renaming_the_case_shows_at_once_and_after_a_restart_with_its_history(
        qtbot, ready_window, make_window, vault_records, samples_dir, tmp_path):
    window = ready_window
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "coffee.png")])
    with qtbot.waitSignal(window.historyShown, timeout=30_000):
        window.select_media(0)
    assert window.act_rename_case.isEnabled()
    window.act_rename_case.trigger()
    qtbot.waitUntil(lambda: window.renaming.dialog is not None and window.renaming.dialog.isVisible(), timeout=30_000)
    dialog = window.renaming.dialog
    assert dialog.title.text() == "Dossier test" and not dialog.rename_button.isEnabled()  # unchanged: nothing to do
    assert dialog.history.count() == 1 and "Camille Martin" in dialog.history.item(0).text()
    dialog.title.setText("Dossier Dupont – plainte 2026")  # typed: qtbot.keyClicks knows only ASCII keys
    with qtbot.waitSignal(window.renaming.caseRenamed, timeout=30_000):
        dialog.rename_button.click()
    assert window.case_list.currentItem().text() == "Dossier Dupont – plainte 2026"
    assert window.case_id == case
    assert [kind for kind, _ in vault_records(tmp_path / "vault", case)][-1] == "case.renamed"
    # The open media's history says it too (an exhibit names the case by its title).
    history = window.history_panel.list
    qtbot.waitUntil(lambda: any("Case renamed" in history.item(i).text() for i in range(history.count())),
                    timeout=30_000)
    _settle(qtbot, window)
    window.close()

    again = _reopen(qtbot, make_window, tmp_path / "vault")
    qtbot.waitUntil(lambda: again.case_id == case, timeout=30_000)
    assert again.case_list.currentItem().text() == "Dossier Dupont – plainte 2026"
    again.act_rename_case.trigger()
    qtbot.waitUntil(lambda: again.renaming.dialog is not None and again.renaming.dialog.isVisible(), timeout=30_000)
    history = [again.renaming.dialog.history.item(i).text() for i in range(again.renaming.dialog.history.count())]
    assert len(history) == 2 and "Dossier test" in history[0] and "renamed" in history[1]
    assert "Dossier Dupont – plainte 2026" in history[1] and "Camille Martin" in history[1]
    again.renaming.dialog.reject()
    _settle(qtbot, again)
    again.close()
    verified = _reviewer_verify(tmp_path / "vault")
    assert verified.returncode == 0, verified.stdout + verified.stderr
