"""Encryption at rest: scrypt (or Argon2id) key-encryption keys, AES-256-GCM wrapping, sealed record fields.

See docs/vault-format.md sections 5 and 6. Blobs (chunked streams) live in ``blobs.py``.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from typing import Any, Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u, parse_canonical, NotCanonical

NONCE_SIZE = 12
KEY_SIZE = 32
FIELD_DOMAIN = b"reviewer-field-v1\n"

# New keys: scrypt with N = 2^17, r = 8, p = 1 (OWASP's minimum for scrypt; about 0.3 s and 128 MiB
# here). Parameters are stored per key, so a vault keeps opening whatever later versions choose, and a
# key below the policy is re-wrapped with these when its owner unlocks it (``Vault.unlock``). No
# environment variable changes them: tests lower the cost in-process (tests/conftest.py, fast_kdf).
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# Keys derived with Argon2id meet the policy from OWASP's minimum: 19 MiB of memory, 2 passes.
ARGON2_MIN_MEMORY_KIB = 19456
ARGON2_MIN_ITERATIONS = 2
# What a stored key row may ask for (a damaged or hostile row must not make us allocate gigabytes).
_MIN_N = 2**10
_MAX_N = 2**22
_MAX_ARGON2_MEMORY_KIB = 2**21


class DecryptionFailed(ValueError):
    """Ciphertext or its authentication tag did not check (wrong key, or altered data)."""


def new_key() -> bytes:
    return os.urandom(KEY_SIZE)


def kdf_parameters() -> dict[str, Any]:
    """Fresh parameters for a new key: scrypt at the policy's cost, with a random salt."""
    return {"alg": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64u(os.urandom(16))}


def kdf_meets_policy(kdf: dict[str, Any]) -> bool:
    """True when stored parameters ``kdf`` cost a guesser at least what the policy asks (scrypt N >= 2^17,
    r >= 8; or Argon2id with m >= 19456 KiB and t >= 2). Unknown or malformed parameters do not."""
    try:
        if kdf.get("alg") == "scrypt":
            return int(kdf["n"]) >= SCRYPT_N and int(kdf["r"]) >= SCRYPT_R and int(kdf["p"]) >= 1
        if kdf.get("alg") == "argon2id":
            return int(kdf["m"]) >= ARGON2_MIN_MEMORY_KIB and int(kdf["t"]) >= ARGON2_MIN_ITERATIONS
    except (KeyError, TypeError, ValueError):
        return False
    return False


def derive_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The 32-byte key-encryption key for ``passphrase`` under stored parameters ``kdf`` (scrypt or Argon2id).

    Raises ``ValueError`` for an unknown algorithm or parameters outside sane bounds.
    """
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    if kdf.get("alg") == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        m, t, p = int(kdf["m"]), int(kdf["t"]), int(kdf["p"])
        if not (8 * p <= m <= _MAX_ARGON2_MEMORY_KIB and 1 <= t <= 64 and 1 <= p <= 16):
            raise ValueError("key derivation parameters out of bounds")
        return Argon2id(salt=from_b64u(kdf["salt"]), length=KEY_SIZE, iterations=t, lanes=p,
                        memory_cost=m).derive(password)
    if kdf.get("alg") != "scrypt":
        raise ValueError("unknown key derivation")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if not (_MIN_N <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("key derivation parameters out of bounds")
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


def unwrap_with_any(keys: Sequence[bytes], data: bytes, aad: bytes) -> bytes:
    """``unwrap`` with the first of ``keys`` (the current data key, then older ones) whose tag checks;
    raise ``DecryptionFailed`` when none does. (A tag check with a wrong key costs microseconds.)"""
    for key in keys:
        try:
            return unwrap(key, data, aad)
        except DecryptionFailed:
            continue
    raise DecryptionFailed("authentication failed")


def _field_aad(record_id: str, field: str) -> bytes:
    return FIELD_DOMAIN + record_id.encode("ascii") + b"\n" + field.encode("utf-8")


class FieldSealer:
    """Seals record fields with the vault's current data key and opens them with it or an older one
    (fields sealed before a key rotation, docs/vault-format.md 6.6). One AESGCM object per key, reused."""

    def __init__(self, data_key: bytes, older: Sequence[bytes] = ()) -> None:
        """``older``: the data keys of earlier epochs, oldest first."""
        self._aead = AESGCM(data_key)
        self._openers = [self._aead] + [AESGCM(key) for key in reversed(older)]

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
        aad = _field_aad(record_id, field)
        for aead in self._openers:
            try:
                return aead.decrypt(data[:NONCE_SIZE], data[NONCE_SIZE:], aad), commitment
            except InvalidTag:
                continue
        raise DecryptionFailed("authentication failed")


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
