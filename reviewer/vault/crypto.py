"""Encryption at rest: scrypt key-encryption keys, AES-256-GCM wrapping, sealed record fields.

See docs/vault-format.md sections 5 and 6. Blobs (chunked streams) live in ``blobs.py``.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u, parse_canonical, NotCanonical

NONCE_SIZE = 12
KEY_SIZE = 32
FIELD_DOMAIN = b"reviewer-field-v1\n"

# Interactive strength: about 0.15 s and 64 MiB here. Stored per key, so a vault keeps the parameters
# it was created with whatever later versions choose.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
# Tests and scripted demos may ask for fast, weak parameters. Never set this for real vaults.
INSECURE_FAST_KDF_ENV = "REVIEWER_INSECURE_FAST_KDF"
_MIN_N = 2**10
_MAX_N = 2**22


class DecryptionFailed(ValueError):
    """Ciphertext or its authentication tag did not check (wrong key, or altered data)."""


def new_key() -> bytes:
    return os.urandom(KEY_SIZE)


def kdf_parameters() -> dict[str, Any]:
    """Fresh scrypt parameters for a new key (with a random salt)."""
    n = _MIN_N if os.environ.get(INSECURE_FAST_KDF_ENV) == "1" else SCRYPT_N
    return {"alg": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64u(os.urandom(16))}


def derive_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The 32-byte key-encryption key for ``passphrase`` under stored parameters ``kdf``.

    Raises ``ValueError`` for parameters outside sane bounds (a damaged or hostile key row must not
    make us allocate gigabytes).
    """
    if kdf.get("alg") != "scrypt":
        raise ValueError("unknown key derivation")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if not (_MIN_N <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("key derivation parameters out of bounds")
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(
        password, salt=from_b64u(kdf["salt"]), n=n, r=r, p=p, dklen=KEY_SIZE, maxmem=256 * r * n + (1 << 24)
    )


def wrap(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """``nonce || AES-256-GCM(key, nonce, plaintext, aad)`` with a random 12-byte nonce."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unwrap(key: bytes, data: bytes, aad: bytes) -> bytes:
    """Inverse of ``wrap``; raise ``DecryptionFailed`` when the tag does not check."""
    if data is None or len(data) < NONCE_SIZE + 16:
        raise DecryptionFailed("ciphertext too short")
    try:
        return AESGCM(key).decrypt(bytes(data[:NONCE_SIZE]), bytes(data[NONCE_SIZE:]), aad)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def _field_aad(record_id: str, field: str) -> bytes:
    return FIELD_DOMAIN + record_id.encode("ascii") + b"\n" + field.encode("utf-8")


class FieldSealer:
    """Seals and opens record fields with the vault data key (one AESGCM object reused)."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(data_key)

    def seal(self, record_id: str, field: str, value: Any) -> dict[str, str]:
        """``{"c": commitment, "e": ciphertext}`` for ``value`` (already following the record rules)."""
        opening = canonical_bytes({"field": field, "salt": b64u(os.urandom(16)), "value": value})
        nonce = os.urandom(NONCE_SIZE)
        encrypted = nonce + self._aead.encrypt(nonce, opening, _field_aad(record_id, field))
        return {"c": b64u(hashlib.sha256(FIELD_DOMAIN + opening).digest()), "e": b64u(encrypted)}

    def open(self, record_id: str, field: str, sealed: Any) -> Any:
        """The value of a sealed field after checking tag and commitment; raise ``DecryptionFailed``."""
        opening, commitment = self._decrypt(record_id, field, sealed)
        return open_commitment(field, opening, commitment)

    def opening(self, record_id: str, field: str, sealed: Any) -> bytes:
        """The opening bytes of a sealed field (for disclosure), checked; raise ``DecryptionFailed``."""
        opening, commitment = self._decrypt(record_id, field, sealed)
        open_commitment(field, opening, commitment)
        return opening

    def _decrypt(self, record_id: str, field: str, sealed: Any) -> tuple[bytes, bytes]:
        try:
            commitment = from_b64u(sealed["c"])
            data = from_b64u(sealed["e"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DecryptionFailed("malformed sealed field") from exc
        if len(data) < NONCE_SIZE + 16:
            raise DecryptionFailed("ciphertext too short")
        try:
            opening = self._aead.decrypt(data[:NONCE_SIZE], data[NONCE_SIZE:], _field_aad(record_id, field))
        except InvalidTag as exc:
            raise DecryptionFailed("authentication failed") from exc
        return opening, commitment


def open_commitment(field: str, opening: bytes, commitment: bytes) -> Any:
    """Check a disclosed field ``opening`` against its ``commitment``; return the value or raise ``DecryptionFailed``."""
    if hashlib.sha256(FIELD_DOMAIN + opening).digest() != commitment:
        raise DecryptionFailed("value does not match its commitment")
    try:
        parsed = parse_canonical(opening)
    except NotCanonical as exc:
        raise DecryptionFailed("opening is not canonical") from exc
    if set(parsed) != {"field", "salt", "value"} or parsed["field"] != field:
        raise DecryptionFailed("opening is for another field")
    return parsed["value"]
