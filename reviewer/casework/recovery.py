"""The recovery key of a vault made in the window: what the organisation keeps in its safe.

The command line enrols a recovery key at ``reviewer vault init`` and prints its code once; the window does the
same at first run (``make_recovery_key``) and shows the code once, to print or write down. This module says what
the printed sheet holds, in the current language, so that the window only lays it out: the code, which vault it
opens (folder, fingerprint, date), and what to do with it. The code itself is never stored anywhere but in the
vault's key row it opens (wrapped under itself, as a passphrase).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from reviewer import local_format
from reviewer.i18n import QT_TRANSLATE_NOOP, language_of, translate


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery key just enrolled: its code (shown once) and what identifies the vault it opens."""

    code: str
    key_id: str
    folder: str
    fingerprint: str
    created: str  # RFC 3339 UTC


def make_recovery_key(session: Any, folder: str) -> RecoveryKey:
    """Enrol the vault's recovery key on ``session`` (``VaultSession.enroll_recovery_key``) and return it with
    what the printed sheet names. Raises what the vault raises; nothing is enrolled then."""
    key_id, code = session.enroll_recovery_key()
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return RecoveryKey(code, key_id, folder, session.vault.fingerprint, created)


# Read from paper and typed by hand: what base32 cannot hold is what a reader took it for (it has no 0, 1 or 8).
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def normalise_code(typed: str) -> str:
    """A recovery code as typed (lower case, spaces or no dashes, 0 for O, 1 for I, 8 for B) in the form it
    was shown: groups of four upper-case characters joined by dashes. Anything that is not such a code once
    cleaned is returned unchanged (then it simply does not open the vault)."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n").translate(_LOOKALIKES)
    if len(cleaned) != 32 or any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in cleaned):
        return typed
    return "-".join(cleaned[i : i + 4] for i in range(0, 32, 4))


SHEET_TITLE = QT_TRANSLATE_NOOP("casework", "Recovery code of the evidence vault")
SHEET_WHAT = QT_TRANSLATE_NOOP(
    "casework", "This code opens the evidence vault below if every passphrase is forgotten or lost. Keep this "
                "sheet in the organisation's safe, never on the computer or with the laptop.")
SHEET_HOW = QT_TRANSLATE_NOOP(
    "casework", "To use it: in the unlock window, choose \"Recovery key\" as the reviewer and type this code as "
                "the passphrase. Then add a new reviewer (Vault menu) and remove the access of the one who "
                "forgot their passphrase.")
SHEET_LOST = QT_TRANSLATE_NOOP(
    "casework", "If this sheet is lost or may have been seen by someone else, a reviewer can remove the recovery "
                "key's access (Vault menu): it then opens nothing written afterwards.")
SHEET_FOLDER = QT_TRANSLATE_NOOP("casework", "Vault folder: {folder}")
SHEET_FINGERPRINT = QT_TRANSLATE_NOOP("casework", "Vault fingerprint: {fingerprint}")
SHEET_CREATED = QT_TRANSLATE_NOOP("casework", "Made on {date}")


def sheet_lines(key: RecoveryKey, say=translate) -> list[tuple[str, str]]:
    """The printed sheet as (kind, text) in the language of ``say`` (a translate function): kind "title", "code", "text" or "detail"."""
    language = language_of(say)
    return [
        ("title", say("casework", SHEET_TITLE)),
        ("code", key.code),
        ("text", say("casework", SHEET_WHAT)),
        ("text", say("casework", SHEET_HOW)),
        ("text", say("casework", SHEET_LOST)),
        ("detail", say("casework", SHEET_FOLDER).format(folder=key.folder)),
        ("detail", say("casework", SHEET_FINGERPRINT).format(fingerprint=key.fingerprint)),
        ("detail", say("casework", SHEET_CREATED).format(date=local_format.date_time(key.created, language))),
    ]
