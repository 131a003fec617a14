"""The thumbnail cache: one small encrypted picture per media for the grid, derived, never evidence
(docs/vault-format.md 3.2).

A row holds the safe thumbnail the window last made of a media (grayscale, blurred by the viewing policy,
a PNG of at most a few tens of kilobytes), sealed with the vault's data key and bound to the media id and
to its ``variant`` (what it was made under: side, policy, settings), so that reopening a case decodes no
media to fill the grid. No record names it: it can be deleted at any time and is made again when a media is
next shown. It opens with the current data key only, so a revocation deletes every row; verification reports
a row that is not a stored media's or (with the passphrase) does not open (``thumbnail-mismatch``). Purging
a media deletes its row with its blobs.
"""

from __future__ import annotations

import sqlite3

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
