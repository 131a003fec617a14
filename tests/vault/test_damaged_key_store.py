"""The vault API on damaged pages and changed key rows (issue 15, Build 8): plain reports and typed errors.

What the window's whole-vault check calls (``Vault.verify`` then ``keys_below_policy``) and what every unlock
calls, on real vault files damaged as an attacker or a failing disk would: a byte flipped in a page, a key row
edited with plain sqlite3. The command line's answers are in tests/cli/test_damaged_vault_cli.py.
"""

from __future__ import annotations

import sqlite3

import pytest

from reviewer.vault import KeyRowDamaged, LastKey, TamperedVault, Vault, WrongPassphrase

from .tampering import edit

PASSPHRASE = "correct horse battery"
SECOND = "a second reviewer's own phrase"


def flip_root_page(path, table: str) -> None:
    """XOR byte 3 of ``table``'s root page header (its cell count)."""
    conn = sqlite3.connect(path / "vault.sqlite3")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(path / "vault.sqlite3", "r+b") as f:
        f.seek((root - 1) * page_size + 3)
        byte = f.read(1)[0]
        f.seek((root - 1) * page_size + 3)
        f.write(bytes([byte ^ 0x5A]))


def closed_vault(path, *, second: bool = False):
    session = Vault.create(path, reviewer_name="Alice Martin", passphrase=PASSPHRASE)
    session.new_case("Dossier")
    if second:
        session.enroll("Bruno Petit", SECOND)
    key_id = session.key_id
    session.vault.close()  # folds the WAL into the file: the pages edited below are the ones read
    return key_id


def test_a_damaged_keys_page_gives_the_report_and_no_weak_key_list_raises(tmp_path):
    path = tmp_path / "vault"
    closed_vault(path)
    flip_root_page(path, "keys")
    with Vault.open(path, read_only=True) as vault:
        report = vault.verify()
        assert not report.ok and report.problem.code == "database-damaged" and report.problem.detail
        assert "database file is damaged" in report.text()
        assert vault.keys_below_policy() == []  # shown beside the report, which names the damage
    with pytest.raises(TamperedVault) as raised:
        Vault.open(path).unlock(PASSPHRASE)
    assert "database file" in raised.value.message


@pytest.mark.parametrize("column", ["wrapped_private", "wrapped_data_key"])
def test_a_changed_key_row_is_named_and_a_wrong_passphrase_still_called_so(tmp_path, column):
    path = tmp_path / "vault"
    closed_vault(path)
    conn = sqlite3.connect(path / "vault.sqlite3")
    value = bytearray(conn.execute(f"SELECT {column} FROM keys").fetchone()[0])
    conn.close()
    value[20] ^= 1
    edit(path, f"UPDATE keys SET {column} = ?", (bytes(value),))
    with Vault.open(path) as vault:
        with pytest.raises(TamperedVault) as raised:
            vault.unlock(PASSPHRASE)
        assert "stored key of reviewer Alice Martin" in raised.value.message
        assert "No other key can open the vault" in raised.value.message
        with pytest.raises(WrongPassphrase):
            vault.unlock("not the passphrase at all, sorry")


def test_a_changed_key_row_says_another_key_can_still_open_the_vault_when_one_can(tmp_path):
    path = tmp_path / "vault"
    closed_vault(path, second=True)
    edit(path, "UPDATE keys SET wrapped_data_key = zeroblob(60) WHERE name = 'Alice Martin'")
    with Vault.open(path) as vault:
        with pytest.raises(KeyRowDamaged) as raised:
            vault.unlock(PASSPHRASE, "Alice Martin")
        assert "Another reviewer's key, or the recovery key, can still open the vault" in raised.value.message
        assert vault.unlock(SECOND, "Bruno Petit").name == "Bruno Petit"


def test_an_edited_vault_identity_is_named_at_unlock(tmp_path):
    path = tmp_path / "vault"
    closed_vault(path)
    edit(path, "UPDATE meta SET value = ? WHERE key = 'vault_id'", ("0" * 32,))
    with Vault.open(path) as vault:
        with pytest.raises(TamperedVault) as raised:
            vault.unlock(PASSPHRASE)
    assert "the vault's identity" in raised.value.message


def test_revoking_the_last_key_that_opens_the_vault_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "vault"
    alice = closed_vault(path)
    with Vault.open(path) as vault:
        session = vault.unlock(PASSPHRASE)
        with pytest.raises(LastKey):
            session.revoke(alice, "leaving")
        assert all(r["active"] for r in vault.reviewers())
        assert vault.verify(session=session).ok
    with Vault.open(path) as vault:
        assert vault.unlock(PASSPHRASE).key_id == alice  # still opens

    # With a second reviewer whose row holds their secrets, the same revocation is accepted.
    other = tmp_path / "two"
    alice = closed_vault(other, second=True)
    with Vault.open(other) as vault:
        vault.unlock(PASSPHRASE).revoke(alice, "leaving")
        assert vault.unlock(SECOND, "Bruno Petit").name == "Bruno Petit"
        assert vault.verify().ok
