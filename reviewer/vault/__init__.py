"""The evidence vault: SQLite store, canonical records, chain, Merkle log, keys, encryption, verification. No Qt.

The format is specified in docs/vault-format.md; the public surface in docs/api.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.vault.errors import (
    AmbiguousId,
    ClockBehind,
    NoTimeAhead,
    ContradictoryLabels,
    NotLatestReview,
    DiskFull,
    InvalidLabel,
    InvalidRecordValue,
    KeyRowDamaged,
    LastKey,
    MediaPurged,
    NewerVaultFormat,
    NoPassphrase,
    NotAVault,
    ReadOnlyVault,
    TamperedVault,
    TimestampFileUnreadable,
    TimestampFileUnwritable,
    TimestampRefused,
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
from reviewer.vault.verify import Problem, VerifyReport

if TYPE_CHECKING:
    from reviewer.vault.vault import Vault, VaultSession


def __getattr__(name: str) -> Any:
    # Vault and VaultSession load on first use: reviewer.vault.vault pulls in sqlite_utils (about 0.1 s),
    # which the verification worker processes (reviewer.vault.verify) do not need and would pay at start.
    if name in ("Vault", "VaultSession"):
        from reviewer.vault import vault

        return getattr(vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Vault", "VaultSession", "Record", "VerifyReport", "Problem", "LABELS",
    "VaultError", "VaultMissing", "VaultExists", "NewerVaultFormat", "NotAVault", "ReadOnlyVault",
    "WrongPassphrase", "UnknownReviewer", "WeakPassphrase", "NoPassphrase", "UnknownCase", "UnknownMedia",
    "UnknownKey", "UnknownRecord", "AmbiguousId", "ClockBehind", "NoTimeAhead", "ContradictoryLabels", "NotLatestReview", "InvalidLabel",
    "InvalidRecordValue", "KeyRowDamaged", "LastKey", "MediaPurged", "TamperedVault", "DiskFull",
    "TimestampRefused", "TimestampFileUnreadable", "TimestampFileUnwritable",
]
