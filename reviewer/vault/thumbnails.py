"""The thumbnail cache: one small encrypted picture per media for the grid, derived, never evidence
(docs/vault-format.md 3.2).

A row holds the safe thumbnail the window last made of a media (grayscale, blurred by the viewing policy,
a PNG of at most a few tens of kilobytes), sealed with the vault's data key and bound to the media id and
to its ``variant`` (what it was made under: side, policy, settings), so that reopening a case decodes no
media to fill the grid. No record names it: it can be deleted at any time and is made again when a media is
next shown. It opens with the current data key only, so a revocation deletes every row; verification reports
a row that is not a stored media's or (with the passphrase) does not open (``thumbnail-mismatch``). Purging
a media deletes its row with its blobs.

Being a cache, it may lose rows; it may not lose them unseen. ``meta.thumbnails_mac`` is a MAC of the set of rows
under a key derived from the data key: the XOR of one HMAC per row (media, variant, SHA-256 of the sealed bytes),
so that a write changes it by the terms of the row it replaces and the row it adds, without reading the others.
Every write keeps it in step (``put``, ``remove``, ``clear``), and the key store's MAC, which covers every other
``meta`` row, with it (only when that one matched before: rows that were not intact are never blessed).
``reviewer verify --decrypt`` recomputes it over every row: a row removed, added or replaced outside the
application is ``thumbnail-mismatch``; removing the MAC row itself breaks the key store's MAC.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3

from reviewer.vault import keystore
from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u

TABLE_SQL = (
    "CREATE TABLE thumbnails (media TEXT PRIMARY KEY REFERENCES records(id), variant TEXT NOT NULL, "
    "sealed BLOB NOT NULL)"
)
AAD_PREFIX = b"reviewer-thumbnail-v1\n"
MAX_PNG_BYTES = 1 << 20  # a thumbnail is a few tens of kilobytes: anything larger is not one


def table_exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'thumbnails'").fetchone() is not None


def create(conn: sqlite3.Connection) -> None:
    """Add the (empty) table to a vault made before it existed (inside the caller's transaction)."""
    conn.execute(TABLE_SQL)


def aad(media_id: str, variant: str) -> bytes:
    """What a sealed thumbnail is bound to: the media it shows and the variant it was made as."""
    return AAD_PREFIX + media_id.encode() + b"\n" + variant.encode()


META_KEY = "thumbnails_mac"
EMPTY = bytes(32)  # the MAC of no row, whatever the key (the XOR of nothing)
_KEY_DOMAIN = b"reviewer-thumbnails-mac-key-v1\n"
_ROW_DOMAIN = b"reviewer-thumbnail-row-v1\n"


def row_term(data_key: bytes, media: object, variant: object, sealed: object) -> bytes:
    """One row's share of the MAC: HMAC-SHA256 under a key derived from ``data_key`` of its media id, variant and
    the SHA-256 of its sealed bytes (cells of another type count by their text, so they never match)."""
    data = bytes(sealed) if isinstance(sealed, (bytes, bytearray, memoryview)) else repr(sealed).encode()
    message = _ROW_DOMAIN + canonical_bytes([str(media), str(variant), hashlib.sha256(data).hexdigest()])
    mac_key = hmac.new(data_key, _KEY_DOMAIN, hashlib.sha256).digest()
    return hmac.new(mac_key, message, hashlib.sha256).digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(32, "big")


def mac_of_rows(conn: sqlite3.Connection, data_key: bytes) -> bytes:
    """The MAC of the rows as they are now (reads every row: verification, and once for a vault made before)."""
    before = conn.text_factory
    conn.text_factory = lambda data: data.decode("utf-8", "replace")  # a cell that is not UTF-8 still counts
    try:
        mac = EMPTY
        for media, variant, sealed in conn.execute("SELECT media, variant, sealed FROM thumbnails"):
            mac = _xor(mac, row_term(data_key, media, variant, sealed))
        return mac
    finally:
        conn.text_factory = before


def stored_mac(conn: sqlite3.Connection) -> bytes | None:
    """``meta.thumbnails_mac`` (32 bytes), ``b""`` when it is not one, None when there is no such row (a vault made
    before it existed, or whose rows have never been written since)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    try:
        value = from_b64u(row[0])
    except ValueError:
        return b""
    return value if len(value) == 32 else b""


def _change(conn: sqlite3.Connection, data_key: bytes, media: str, new: tuple[str, bytes] | None) -> None:
    intact = keystore.mac_matches(conn, data_key)
    mac = stored_mac(conn)
    if mac is None or mac == b"":
        mac = mac_of_rows(conn, data_key)  # first write since the MAC existed: the rows as they are
    old = conn.execute("SELECT variant, sealed FROM thumbnails WHERE media = ?", (media,)).fetchone()
    if old is not None:
        mac = _xor(mac, row_term(data_key, media, *old))
    if new is None:
        conn.execute("DELETE FROM thumbnails WHERE media = ?", (media,))
    else:
        conn.execute("INSERT OR REPLACE INTO thumbnails (media, variant, sealed) VALUES (?,?,?)", (media, *new))
        mac = _xor(mac, row_term(data_key, media, *new))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, b64u(mac)))
    if intact:
        keystore.store_mac(conn, data_key)


def put(conn: sqlite3.Connection, data_key: bytes, media: str, variant: str, sealed: bytes) -> None:
    """Keep ``sealed`` as ``media``'s row (replacing its earlier one), the MACs in step; in the caller's
    transaction."""
    _change(conn, data_key, media, (variant, sealed))


def remove(conn: sqlite3.Connection, data_key: bytes, media: str) -> None:
    """Delete ``media``'s row (a purge), the MACs in step; in the caller's transaction."""
    _change(conn, data_key, media, None)


def clear(conn: sqlite3.Connection) -> None:
    """Delete every row (a revocation: rows open with the current key only) and record the MAC of no row; the
    caller then writes the key store's MAC under the new key."""
    conn.execute("DELETE FROM thumbnails")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KEY, b64u(EMPTY)))
