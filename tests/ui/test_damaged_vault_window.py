"""The window on a damaged vault file (issue 15, Build 8): plain words, never "something unexpected".

A real vault made through the window, closed, then one byte flipped in the b-tree header of its ``keys``
page (as a failing disk or an attacker would); reopened, the unlock fails with the typed message that the
vault's database file is damaged, shown in the unlock dialog.
"""

from __future__ import annotations

import sqlite3

from .conftest import PASSPHRASE


def _flip_keys_page(vault_dir) -> None:
    conn = sqlite3.connect(vault_dir / "vault.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file: the one flipped is read
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'keys'").fetchone()[0]
    conn.close()
    with open(vault_dir / "vault.sqlite3", "r+b") as f:
        f.seek((root - 1) * page_size + 3)
        byte = f.read(1)[0]
        f.seek((root - 1) * page_size + 3)
        f.write(bytes([byte ^ 0x5A]))


def test_unlocking_a_vault_whose_keys_page_is_damaged_says_so_in_plain_words(qtbot, ready_window, make_window,
                                                                             tmp_path):
    window = ready_window
    assert window.runner.wait(60_000)
    window.close()
    assert window.runner.wait(60_000)
    qtbot.wait(200)
    _flip_keys_page(tmp_path / "vault")

    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=30_000)
    qtbot.keyClicks(again.unlock_dialog.passphrase, PASSPHRASE)
    again.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: again.unlock_dialog.error.isVisible(), timeout=30_000)
    shown = again.unlock_dialog.error.text()
    assert "changed outside Reviewer or is damaged: its database file" in shown, shown
    assert "unexpected" not in shown and "passphrase is not correct" not in shown
    assert again.session is None
