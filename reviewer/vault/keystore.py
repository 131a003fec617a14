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
import json
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


# -- what a stored secret must look like, seen without the passphrase (docs/vault-format.md 6.7) -----------------
# A wrapped secret is a random nonce followed by AES-256-GCM output, an envelope starts with an X25519 public key,
# a scrypt salt is random: none of them ever holds a long run of one byte value (8 equal random bytes in a row:
# about 7 chances in 10^16 per cell), an envelope's key is a point of the curve, and no two of them share a nonce
# or a salt. A cell zeroed, filled or copied from another is thus seen by plain verification; random bytes of
# the right size are not (only the passphrase, or ``verify --decrypt`` through the MAC above, can tell).

LONGEST_RUN = 8  # this many equal bytes in a row never come out of a random nonce, AES-GCM or X25519
_NONCE = 12
_P = 2**255 - 19
_A = 486662  # Curve25519: v^2 = u^3 + A u^2 + u
# The u-coordinates of Curve25519's points of small order (and their non-canonical forms are refused by u < p).
_LOW_ORDER = {0, 1, 325606250916557431795983626356110631294008115727848805560023387167927233504,
              39382357235489614581723060781553021112529911719440698176882885853963445705823, _P - 1}


def _has_run(data: bytes, length: int = LONGEST_RUN) -> bool:
    run = 1
    for previous, current in zip(data, data[1:]):
        run = run + 1 if current == previous else 1
        if run >= length:
            return True
    return False


def curve_point_problem(public: bytes) -> str | None:
    """Why 32 bytes cannot be an X25519 public key made by ``X25519PrivateKey.generate()`` (not canonical, of
    small order, or on the twist rather than the curve), None when they can."""
    u = int.from_bytes(public, "little")
    if len(public) != 32 or u >= _P:
        return "not a canonical X25519 key"
    if u in _LOW_ORDER:
        return "an X25519 key of small order"
    v = (u * u * u + _A * u * u + u) % _P
    if v and pow(v, (_P - 1) // 2, _P) != 1:  # u^3 + A u^2 + u must be a square: a point of the curve
        return "not a point of Curve25519"
    return None


def wrapped_problem(value: bytes, size: int) -> str | None:
    """Why ``value`` cannot be a wrapped secret of ``size`` bytes as the application writes (nonce, AES-256-GCM
    ciphertext and tag; with 32 more bytes in front, an envelope's X25519 key): None when it can."""
    if not isinstance(value, bytes) or len(value) != size:
        return "wrong size"
    if size == 32 + _NONCE + 32 + 16:  # an envelope (reviewer.vault.keys.ENVELOPE_SIZE)
        why = curve_point_problem(value[:32])
        if why is not None:
            return why
    if _has_run(value):
        return "a run of one byte value (zeroed or filled)"
    return None


def _kdf_dict(kdf: object) -> dict | None:
    """A ``keys.kdf`` cell (JSON text, or already parsed) as a dict; None when it is not one."""
    if isinstance(kdf, str):
        try:
            kdf = json.loads(kdf)
        except ValueError:
            return None
    return kdf if isinstance(kdf, dict) else None


def row_problem(kdf: str | dict | None, wrapped_private: bytes, wrapped_data_key: bytes) -> str | None:
    """Why an active key row cannot be one the application wrote, from what is visible without the passphrase:
    the scrypt salt (``kdf``, the cell's JSON; other derivations are not looked into), ``wrapped_private`` (60 bytes) and
    ``wrapped_data_key`` (60 bytes, or a 92-byte envelope); None when nothing visible is wrong. Sizes of the
    row's cells are checked by the caller (reviewer.vault.verify)."""
    from reviewer.vault.canonical import from_b64u

    kdf = _kdf_dict(kdf)
    if kdf is not None and kdf.get("alg") == "scrypt":
        try:
            if _has_run(from_b64u(kdf["salt"])):
                return "kdf salt: a run of one byte value"
        except (KeyError, TypeError, ValueError):
            return "kdf salt unreadable"
    for name, value in (("wrapped_private", wrapped_private), ("wrapped_data_key", wrapped_data_key)):
        why = wrapped_problem(value, len(value) if isinstance(value, bytes) else -1)
        if why is not None:
            return f"{name}: {why}"
    return None


def shared_randomness(rows: dict[str, tuple[str | dict | None, bytes, bytes]]) -> dict[str, str]:
    """Key id -> why, for the rows that share a nonce or a salt with another cell (``rows``: key id -> (kdf
    cell, wrapped_private, wrapped_data_key)). Each is drawn at random (96 and 128 bits): two equal ones mean a
    cell copied from another. The later row (by key id order) is named; the first holder keeps its own."""
    seen: dict[bytes, str] = {}
    out: dict[str, str] = {}
    for key_id in sorted(rows):
        kdf, wrapped_private, wrapped_data_key = rows[key_id]
        kdf = _kdf_dict(kdf)
        pieces = []
        if isinstance(kdf, dict) and isinstance(kdf.get("salt"), str):
            pieces.append(("kdf salt", b"salt:" + kdf["salt"].encode()))
        for name, value in (("wrapped_private", wrapped_private), ("wrapped_data_key", wrapped_data_key)):
            if isinstance(value, bytes) and len(value) > 32 + _NONCE:
                start = 32 if len(value) == 32 + _NONCE + 32 + 16 else 0
                pieces.append((name, b"nonce:" + value[start:start + _NONCE]))
        for name, piece in pieces:
            if piece in seen:
                out.setdefault(key_id, f"{name}: the same as in {seen[piece]}")
            else:
                seen[piece] = f"{name} of {key_id}"
    return out
