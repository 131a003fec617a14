"""Verifying a vault folder whatever state it is in: what ``reviewer verify`` runs (docs/vault-format.md 8.3).

Verification proper (``reviewer.vault.verify``) names the first thing wrong in a vault it has opened. But a
damaged vault can fail before that: opening it reads ``meta`` (a damaged page stops it), and unlocking it for
``--decrypt`` reads the key rows and the signed key log (a damaged page, a changed or deleted key row, an
edited vault identity). None of those is the passphrase's fault, nor a bug: the folder is then verified
without the passphrase, and that report, which names what is wrong, is the answer. The unlock's own error
(a wrong passphrase, an unknown reviewer) is given only when the vault verifies cleanly without it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reviewer.vault.errors import (WHAT_CHECKPOINT_KEY, WHAT_DATABASE, WHAT_HEAD_LOG, WHAT_HEAD_MISSING, WHAT_IDENTITY,
                                   TamperedVault, UnknownReviewer, WrongPassphrase)
from reviewer.vault.store import connect_read_only, typed_error
from reviewer.vault.verify import Problem, VerifyReport, integrity_problems
from reviewer.vault.vault import Vault, VaultSession


def verify_folder(path: Path, *, case: str | None = None, unlock: Callable[[Vault], VaultSession] | None = None,
                  trusted_checkpoints: Sequence[str] = ()) -> tuple[VerifyReport, list[dict[str, Any]]]:
    """Verify the vault in ``path``: (its ``VerifyReport``, its keys below the passphrase policy).

    ``case``: a case id or its prefix (only that case and the key log). ``unlock(vault)``, given, opens the
    reviewer's session (asking the passphrase) for a verification that decrypts every field and file.
    Damage met before verification proper is reported as verification reports it (module docstring).
    Raise ``VaultMissing``, ``NotAVault``, ``NewerVaultFormat``, ``UnknownCase``, ``AmbiguousId``,
    ``NoPassphrase``; the unlock's ``WrongPassphrase`` or ``UnknownReviewer`` only when the vault verifies
    without it; ``TamperedVault`` when the file cannot be opened as a vault yet SQLite finds it sound.
    """
    path = Path(path)
    session = None
    try:
        if unlock is None:
            vault = Vault.open(path, read_only=True)
        else:
            vault = Vault.open(path)
            try:
                session = unlock(vault)
            except BaseException:
                vault.close()
                raise
    except TamperedVault as error:
        report = _damaged_file_report(path) if unlock is None else _report_without_passphrase(path, case,
                                                                                              trusted_checkpoints)
        if report is None and unlock is None:
            report = _refusal_report(error)
        if report is None or report.ok:
            raise error
        return report, []
    except (WrongPassphrase, UnknownReviewer, sqlite3.Error) as error:
        report = _report_without_passphrase(path, case, trusted_checkpoints)
        if report is None or report.ok:
            raise typed_error(error) if isinstance(error, sqlite3.Error) else error
        return report, []
    try:
        case_id = vault.resolve_case(case) if case else None
        report = vault.verify(case_id, session, trusted_checkpoints=list(trusted_checkpoints))
        return report, vault.keys_below_policy()
    except sqlite3.Error as exc:  # finding the case read a damaged page (verification itself never raises)
        report = _damaged_file_report(path)
        if report is None:
            raise typed_error(exc) from exc
        return report, []
    finally:
        vault.close()


def _report_without_passphrase(path: Path, case: str | None, trusted: Sequence[str]) -> VerifyReport | None:
    """The report of the verification without passphrase, or None when the vault cannot be opened even so
    and SQLite finds its file sound (the caller then gives its own error)."""
    with contextlib.suppress(TamperedVault):
        report, _ = verify_folder(path, case=case, trusted_checkpoints=trusted)
        return report
    return _damaged_file_report(path)


# What opening refused, on a file SQLite finds sound, as the problem verification proper would name (8.1):
# something planted in the database (an extra view or trigger), the vault's identity edited, its head gone.
_REFUSALS = {WHAT_DATABASE: "unknown-schema", WHAT_IDENTITY: "meta-mismatch", WHAT_CHECKPOINT_KEY: "meta-mismatch",
             WHAT_HEAD_MISSING: "vault-log-mismatch", WHAT_HEAD_LOG: "vault-log-mismatch"}


def _refusal_report(error: TamperedVault) -> VerifyReport | None:
    """The report of a vault that opening refused (``TamperedVault`` on a sound file): the problem it names, so
    that ``reviewer verify`` answers with a report (exit 2), not with an error telling to run a verification.
    None for a refusal verification has no words for."""
    code = _REFUSALS.get(error.params.get("what"))
    if code is None:
        return None
    field = "meta (vault_id, checkpoint_vkey)" if code == "meta-mismatch" else None
    return VerifyReport(vault_id="", problem=Problem(code, None, None, detail=error.detail or "", field=field))


def _damaged_file_report(path: Path) -> VerifyReport | None:
    """``database-damaged`` with SQLite's complaints for a file too damaged to open as a vault; None when
    SQLite's integrity check finds nothing wrong."""
    try:
        conn = connect_read_only(path)
    except Exception as exc:  # noqa: BLE001 - any refusal to open the file is its complaint
        problems = [str(exc)]
    else:
        try:
            problems = integrity_problems(conn)
        finally:
            conn.close()
    if not problems:
        return None
    return VerifyReport(vault_id="", problem=Problem("database-damaged", None, None, detail="; ".join(problems)))
