"""A vault of format 1 still opens and verifies; the first unlock by this version brings it to format 2
(PRAGMA user_version and meta.format, with the key store's MAC rewritten), so that an older Reviewer
refuses it instead of calling its new records damaged."""

from __future__ import annotations

import sqlite3

from reviewer.vault import Vault, keystore
from reviewer.vault.records import FORMAT_VERSION

PASSPHRASE = "violet tractor quantum harbor 93"


def _as_format_1(path, data_key: bytes) -> None:
    conn = sqlite3.connect(path / "vault.sqlite3", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
        keystore.store_mac(conn, data_key)  # as a version-1 writer holding the data key would have left it
        conn.execute("COMMIT")
    finally:
        conn.close()


def _format(path) -> tuple[int, str]:
    conn = sqlite3.connect(path / "vault.sqlite3")
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0])
    finally:
        conn.close()


def test_a_format_1_vault_verifies_and_is_brought_to_format_2_at_unlock(tmp_path):
    path = tmp_path / "vault"
    session = Vault.create(path, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    data_key = session._data_key
    session.vault.close()
    _as_format_1(path, data_key)
    with Vault.open(path, read_only=True) as vault:
        assert vault.verify().ok
    vault = Vault.open(path)
    try:
        assert _format(path) == (1, "1")  # opening alone changes nothing
        session = vault.unlock(PASSPHRASE)
        assert _format(path) == (FORMAT_VERSION, str(FORMAT_VERSION))
        case = session.new_case("Dossier")
        assert session.vault.records(case)[0].fields["v"] == FORMAT_VERSION
        report = vault.verify(session=session)
        assert report.ok, report.text()
        assert session.key_store_intact()
    finally:
        vault.close()
