"""A MAC over the unsigned key store and vault facts, so that every cell of them is checked (docs/vault-format.md 6.5).

The ``keys`` rows (how each reviewer unlocks) and the ``meta`` rows are not signed records: their
public parts are cross-checked against the signed key log, but a wrapped secret of another reviewer
cannot be opened without that reviewer's passphrase, and a flipped byte in it would only show the day
they are locked out. ``meta.key_store_mac`` closes that gap: an HMAC-SHA256, under a key derived from
the vault data key, over every ``keys`` row and every other ``meta`` row. Whoever holds the data key
(any unlocked reviewer) rewrites it in the transaction that changes those rows, and
``reviewer verify --decrypt`` recomputes it.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3

from reviewer.vault.canonical import b64u, canonical_bytes

META_KEY = "key_store_mac"
_KEY_DOMAIN = b"reviewer-key-store-mac-key-v1\n"
_MESSAGE_DOMAIN = b"reviewer-key-store-v1\n"


def _cell(value: object) -> object:
    if value is None or isinstance(value, (int, str)):
        return value
    return {"b": b64u(bytes(value))}  # BLOB cells (or anything else) by their bytes


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def key_store_mac(conn: sqlite3.Connection, data_key: bytes) -> str:
    """``b64u`` of the HMAC over the ``keys`` rows (by key id) and the ``meta`` rows but this one (by key)."""
    # A TEXT cell that is not UTF-8 (rewritten outside the application) would make the read fail: read with
    # U+FFFD in place of such bytes, it is part of a MAC that no longer matches, which is what it means.
    before = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        keys = [[_cell(c) for c in row] for row in conn.execute(
            "SELECT key_id, name, public_key, kdf, wrapped_private, wrapped_data_key FROM keys ORDER BY key_id")]
        meta = [[_cell(c) for c in row] for row in conn.execute(
            "SELECT key, value FROM meta WHERE key != ? ORDER BY key", (META_KEY,))]
    finally:
        conn.text_factory = before
    mac_key = hmac.new(data_key, _KEY_DOMAIN, hashlib.sha256).digest()
    return b64u(hmac.new(mac_key, _MESSAGE_DOMAIN + canonical_bytes({"keys": keys, "meta": meta}),
                         hashlib.sha256).digest())


def store_mac(conn: sqlite3.Connection, data_key: bytes) -> None:
    """Write the MAC of the current rows (in the caller's transaction, after the rows it covers)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, key_store_mac(conn, data_key)))


def mac_matches(conn: sqlite3.Connection, data_key: bytes) -> bool:
    """True when ``meta.key_store_mac`` is present and equals the MAC of the current rows."""
    row = conn.execute("SELECT CAST(value AS BLOB), typeof(value) FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None or row[1] != "text":
        return False
    return hmac.compare_digest(bytes(row[0]), key_store_mac(conn, data_key).encode())
