"""Reviewer signing keys: creation, key ids, wrapping under a passphrase (docs/vault-format.md 6.1-6.3)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Sequence

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from reviewer.vault import crypto
from reviewer.vault.errors import WrongPassphrase
from reviewer.vault.passphrase_policy import check_new_passphrase

PRIVATE_DOMAIN = b"reviewer-private-key-v1\n"
DATA_KEY_DOMAIN = b"reviewer-data-key-v1\n"
CHECKPOINT_KEY_DOMAIN = b"reviewer-checkpoint-key-v1\n"
ENVELOPE_DOMAIN = b"reviewer-data-key-envelope-v1\n"
OLDER_DATA_KEYS_DOMAIN = b"reviewer-older-data-keys-v1\n"
OLDER_DATA_KEYS = "older_data_keys"  # the meta row holding the earlier epochs' data keys, once a key was rotated
WRAPPED_SIZE = 12 + 32 + 16  # nonce || data key under AES-256-GCM || tag: a data key wrapped under a passphrase
ENVELOPE_SIZE = 32 + WRAPPED_SIZE  # X25519 ephemeral public key || the same, under the key agreed with it
_P = 2**255 - 19  # the field of Curve25519 and of Ed25519's Edwards curve


def key_id(public_key: bytes) -> str:
    """hex(SHA-256("reviewer-key-v1\\n" || public key)[:8])."""
    return hashlib.sha256(b"reviewer-key-v1\n" + public_key).digest()[:8].hex()


def public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes_raw()


@dataclass(frozen=True)
class StoredKey:
    """A row of the ``keys`` table: what is needed to unlock a reviewer's key with a passphrase."""

    key_id: str
    name: str
    public_key: bytes
    kdf: str                      # JSON text
    wrapped_private: bytes | None
    wrapped_data_key: bytes | None

    @property
    def active(self) -> bool:
        return self.wrapped_private is not None

    @property
    def data_key_in_envelope(self) -> bool:
        """True when the row holds the current data key in an envelope left by a key rotation (6.6), to be
        wrapped under the passphrase at the owner's next unlock."""
        return self.wrapped_data_key is not None and len(self.wrapped_data_key) == ENVELOPE_SIZE

    @property
    def meets_policy(self) -> bool:
        """True when the passphrase's key derivation costs a guesser what the policy asks (crypto)."""
        try:
            return crypto.kdf_meets_policy(json.loads(self.kdf))
        except (TypeError, ValueError):
            return False


# A ``keys`` row read so that no stored value can make the read itself fail: every cell as its bytes
# (SQLite's CAST AS BLOB), the text ones decoded here. A cell rewritten outside the application (text that
# is not UTF-8, a BLOB stored as TEXT) then reads as a value that does not check, and the row is reported
# as damaged, instead of SQLite's "Could not decode to UTF-8" ending the command.
KEY_ROW_COLUMNS = ("CAST(key_id AS BLOB), CAST(name AS BLOB), CAST(public_key AS BLOB), CAST(kdf AS BLOB), "
                   "CAST(wrapped_private AS BLOB), CAST(wrapped_data_key AS BLOB)")


def stored_text(value: bytes | None) -> str | None:
    """A TEXT cell read as bytes (``KEY_ROW_COLUMNS``) as text; bytes that are not UTF-8 keep a U+FFFD in
    their place, so they never equal what was signed."""
    if value is None:
        return None
    return bytes(value).decode("utf-8", "replace")


def read_stored_keys(conn) -> list[StoredKey]:
    """Every ``keys`` row, in the order they were added (``KEY_ROW_COLUMNS``); never fails on a cell's value."""
    rows = conn.execute(f"SELECT {KEY_ROW_COLUMNS} FROM keys ORDER BY rowid").fetchall()
    return [StoredKey(stored_text(r[0]) or "", stored_text(r[1]) or "", bytes(r[2] or b""), stored_text(r[3]) or "",
                      r[4] and bytes(r[4]), r[5] and bytes(r[5])) for r in rows]


def new_reviewer_key(name: str, passphrase: str, data_key: bytes, vault_id: str) -> tuple[Ed25519PrivateKey, StoredKey]:
    """A fresh Ed25519 key for ``name``, its seed and the vault data key wrapped under ``passphrase``.

    Raise ``WeakPassphrase`` when the passphrase does not meet the policy (nothing is made).
    """
    check_new_passphrase(passphrase, user_inputs=(name,))
    private = Ed25519PrivateKey.generate()
    return private, wrap_under_passphrase(name, passphrase, private, data_key, vault_id)


def wrap_under_passphrase(name: str, passphrase: str, private: Ed25519PrivateKey, data_key: bytes,
                          vault_id: str) -> StoredKey:
    """The key row for ``private`` and ``data_key`` wrapped under ``passphrase`` with fresh policy parameters
    (for a new key, or to re-wrap a key whose derivation is below the policy when it is unlocked)."""
    public = public_bytes(private)
    kid = key_id(public)
    kdf = crypto.kdf_parameters()
    kek = crypto.derive_kek(passphrase, kdf)
    return StoredKey(
        key_id=kid,
        name=name,
        public_key=public,
        kdf=json.dumps(kdf, sort_keys=True),
        wrapped_private=crypto.wrap(kek, private.private_bytes_raw(), PRIVATE_DOMAIN + kid.encode()),
        wrapped_data_key=crypto.wrap(kek, data_key, _data_key_aad(vault_id, kid)),
    )


def _data_key_aad(vault_id: str, kid: str) -> bytes:
    return DATA_KEY_DOMAIN + vault_id.encode() + b"\n" + kid.encode()


class DamagedKeyRow(ValueError):
    """A key row that the passphrase partly opens: the row, not the passphrase, was changed (``unlock``)."""


def unlock(stored: StoredKey, passphrase: str, vault_id: str) -> tuple[Ed25519PrivateKey, bytes]:
    """The reviewer's private key and the vault's current data key.

    Raise ``WrongPassphrase`` when the passphrase opens nothing in the row, and ``DamagedKeyRow`` when it
    opens one of the row's two secrets but not the other: both are wrapped under the key the passphrase
    derives (6.2), so the passphrase is right and the row was changed (a flipped byte, a zeroed cell).
    ``ValueError``, ``KeyError`` or ``TypeError`` when the row's KDF parameters cannot be read.
    """
    if not stored.active:
        raise WrongPassphrase("key revoked")
    kek = crypto.derive_kek(passphrase, json.loads(stored.kdf))
    data_key_aad = _data_key_aad(vault_id, stored.key_id)
    try:
        seed = crypto.unwrap(kek, stored.wrapped_private, PRIVATE_DOMAIN + stored.key_id.encode())
    except crypto.DecryptionFailed as exc:
        if not stored.data_key_in_envelope and _opens(kek, stored.wrapped_data_key, data_key_aad):
            raise DamagedKeyRow("the passphrase opens the data key but not the private key") from exc
        raise WrongPassphrase("authentication tag did not check") from exc
    private = Ed25519PrivateKey.from_private_bytes(seed)
    if key_id(public_bytes(private)) != stored.key_id:
        raise DamagedKeyRow("key does not match its id")
    try:
        if stored.data_key_in_envelope:
            data_key = open_data_key(private, stored.wrapped_data_key, vault_id, stored.key_id)
        else:
            data_key = crypto.unwrap(kek, stored.wrapped_data_key, data_key_aad)
    except crypto.DecryptionFailed as exc:
        raise DamagedKeyRow("the passphrase opens the private key but not the data key") from exc
    return private, data_key


def _opens(kek: bytes, wrapped: bytes | None, aad: bytes) -> bool:
    try:
        crypto.unwrap(kek, wrapped, aad)
    except crypto.DecryptionFailed:
        return False
    return True


# -- key rotation (docs/vault-format.md 6.6) -----------------------------------------------------------
# Revoking a reviewer gives the vault a new data key. The revoker cannot wrap it under the other
# reviewers' passphrases, so it is sealed to each remaining reviewer's own key, as age does for an
# ssh-ed25519 recipient: the Ed25519 key, already enrolled in the signed key log, converted to its
# X25519 form (RFC 7748; the map libsodium's crypto_sign_ed25519_pk_to_curve25519 computes), an
# ephemeral X25519 agreement, HKDF-SHA256, AES-256-GCM. The owner's next unlock wraps it under the
# passphrase again.


def x25519_public_of(ed25519_public: bytes) -> bytes:
    """The X25519 (Montgomery u) form of an Ed25519 public key: u = (1 + y) / (1 - y) mod p."""
    y = int.from_bytes(ed25519_public, "little") & ((1 << 255) - 1)
    u = (1 + y) * pow((1 - y) % _P, _P - 2, _P) % _P
    return u.to_bytes(32, "little")


def x25519_private_of(private: Ed25519PrivateKey) -> X25519PrivateKey:
    """The X25519 private key whose public key is ``x25519_public_of`` the Ed25519 one: the scalar Ed25519
    derives from its seed (the first half of SHA-512(seed); X25519 clamps it the same way)."""
    return X25519PrivateKey.from_private_bytes(hashlib.sha512(private.private_bytes_raw()).digest()[:32])


def _envelope_key(shared: bytes, ephemeral: bytes, recipient: bytes, vault_id: str, kid: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient,
                info=ENVELOPE_DOMAIN + vault_id.encode() + b"\n" + kid.encode()).derive(shared)


def seal_data_key(ed25519_public: bytes, data_key: bytes, vault_id: str, kid: str) -> bytes:
    """An envelope (``ENVELOPE_SIZE`` bytes) that only the holder of the reviewer key ``kid`` (whose public
    key is ``ed25519_public``) opens: ephemeral X25519 public key || nonce || AES-256-GCM(data key)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    recipient = x25519_public_of(ed25519_public)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    kek = _envelope_key(shared, ephemeral_public, recipient, vault_id, kid)
    return ephemeral_public + crypto.wrap(kek, data_key, _data_key_aad(vault_id, kid))


def open_data_key(private: Ed25519PrivateKey, envelope: bytes, vault_id: str, kid: str) -> bytes:
    """The data key in an envelope made by ``seal_data_key`` for ``private``; raise ``crypto.DecryptionFailed``."""
    envelope = bytes(envelope)
    if len(envelope) != ENVELOPE_SIZE:
        raise crypto.DecryptionFailed("not a data key envelope")
    mine = x25519_private_of(private)
    try:
        shared = mine.exchange(X25519PublicKey.from_public_bytes(envelope[:32]))
    except ValueError as exc:  # a low-order point: all-zero agreement
        raise crypto.DecryptionFailed("bad envelope") from exc
    kek = _envelope_key(shared, envelope[:32], mine.public_key().public_bytes_raw(), vault_id, kid)
    return crypto.unwrap(kek, envelope[32:], _data_key_aad(vault_id, kid))


def wrap_older_data_keys(older: Sequence[bytes], data_key: bytes, vault_id: str) -> bytes:
    """The data keys of earlier epochs (oldest first), concatenated and wrapped under the current one."""
    return crypto.wrap(data_key, b"".join(older), OLDER_DATA_KEYS_DOMAIN + vault_id.encode())


def unwrap_older_data_keys(wrapped: bytes | None, data_key: bytes, vault_id: str) -> list[bytes]:
    """The data keys of earlier epochs, oldest first ([] when the vault never rotated its key); raise
    ``crypto.DecryptionFailed`` when ``wrapped`` does not open with ``data_key`` or is malformed."""
    if wrapped is None:
        return []
    joined = crypto.unwrap(data_key, wrapped, OLDER_DATA_KEYS_DOMAIN + vault_id.encode())
    if not joined or len(joined) % 32:
        raise crypto.DecryptionFailed("older data keys malformed")
    return [joined[i : i + 32] for i in range(0, len(joined), 32)]


def wrap_checkpoint_key(private: Ed25519PrivateKey, data_key: bytes, vault_id: str) -> bytes:
    return crypto.wrap(data_key, private.private_bytes_raw(), CHECKPOINT_KEY_DOMAIN + vault_id.encode())


def unwrap_checkpoint_key(wrapped: bytes, data_key: bytes, vault_id: str) -> Ed25519PrivateKey:
    """Raise ``crypto.DecryptionFailed`` if the stored key was altered."""
    return Ed25519PrivateKey.from_private_bytes(
        crypto.unwrap(data_key, wrapped, CHECKPOINT_KEY_DOMAIN + vault_id.encode())
    )
