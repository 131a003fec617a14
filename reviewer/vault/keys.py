"""Reviewer signing keys: creation, key ids, wrapping under a passphrase (docs/vault-format.md 6.1-6.3)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.vault import crypto
from reviewer.vault.errors import WrongPassphrase
from reviewer.vault.passphrase_policy import check_new_passphrase

PRIVATE_DOMAIN = b"reviewer-private-key-v1\n"
DATA_KEY_DOMAIN = b"reviewer-data-key-v1\n"
CHECKPOINT_KEY_DOMAIN = b"reviewer-checkpoint-key-v1\n"


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
    def meets_policy(self) -> bool:
        """True when the passphrase's key derivation costs a guesser what the policy asks (crypto)."""
        try:
            return crypto.kdf_meets_policy(json.loads(self.kdf))
        except (TypeError, ValueError):
            return False


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


def unlock(stored: StoredKey, passphrase: str, vault_id: str) -> tuple[Ed25519PrivateKey, bytes]:
    """The reviewer's private key and the vault data key; raise ``WrongPassphrase``."""
    if not stored.active:
        raise WrongPassphrase("key revoked")
    try:
        kek = crypto.derive_kek(passphrase, json.loads(stored.kdf))
        seed = crypto.unwrap(kek, stored.wrapped_private, PRIVATE_DOMAIN + stored.key_id.encode())
        data_key = crypto.unwrap(kek, stored.wrapped_data_key, _data_key_aad(vault_id, stored.key_id))
    except crypto.DecryptionFailed as exc:
        raise WrongPassphrase("authentication tag did not check") from exc
    private = Ed25519PrivateKey.from_private_bytes(seed)
    if key_id(public_bytes(private)) != stored.key_id:
        raise WrongPassphrase("key does not match its id")
    return private, data_key


def wrap_checkpoint_key(private: Ed25519PrivateKey, data_key: bytes, vault_id: str) -> bytes:
    return crypto.wrap(data_key, private.private_bytes_raw(), CHECKPOINT_KEY_DOMAIN + vault_id.encode())


def unwrap_checkpoint_key(wrapped: bytes, data_key: bytes, vault_id: str) -> Ed25519PrivateKey:
    """Raise ``crypto.DecryptionFailed`` if the stored key was altered."""
    return Ed25519PrivateKey.from_private_bytes(
        crypto.unwrap(data_key, wrapped, CHECKPOINT_KEY_DOMAIN + vault_id.encode())
    )
