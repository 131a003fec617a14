"""The evidence vault: SQLite store, canonical records, chain, Merkle log, keys, encryption, verification. No Qt.

The format is specified in docs/vault-format.md; the public surface in docs/api.md.
"""

from __future__ import annotations

from reviewer.vault.errors import (
    AmbiguousId,
    DiskFull,
    InvalidLabel,
    InvalidRecordValue,
    MediaPurged,
    NewerVaultFormat,
    NoPassphrase,
    NotAVault,
    ReadOnlyVault,
    TamperedVault,
    UnknownCase,
    UnknownKey,
    UnknownMedia,
    UnknownRecord,
    UnknownReviewer,
    VaultError,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from reviewer.vault.records import LABELS, Record
from reviewer.vault.vault import Vault, VaultSession
from reviewer.vault.verify import Problem, VerifyReport

__all__ = [
    "Vault", "VaultSession", "Record", "VerifyReport", "Problem", "LABELS",
    "VaultError", "VaultMissing", "VaultExists", "NewerVaultFormat", "NotAVault", "ReadOnlyVault",
    "WrongPassphrase", "UnknownReviewer", "WeakPassphrase", "NoPassphrase", "UnknownCase", "UnknownMedia",
    "UnknownKey", "UnknownRecord", "AmbiguousId", "InvalidLabel", "InvalidRecordValue", "MediaPurged", "TamperedVault", "DiskFull",
]
