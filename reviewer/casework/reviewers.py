"""Enrolling another reviewer on the vault: the rules a new reviewer must meet before the vault signs them in.

The vault applies the passphrase policy itself (``reviewer.vault.passphrase_policy``: ``WeakPassphrase``
with the reason in plain words) and checks the name's length; here, before anything is written, the two
passphrases must match and the name must not be that of a reviewer who can already open the vault (the
unlock dialog lists reviewers by name, and exhibits name signers). The new reviewer is enrolled by the one
whose session is open: the ``key.enrolled`` record is signed by them.
"""

from __future__ import annotations

from typing import Any

from reviewer.casework.errors import ReviewerNameTaken
from reviewer.vault.passphrase_policy import check_new_passphrase, check_repeated


def enrol_reviewer(session: Any, name: str, passphrase: str, repeated: str) -> str:
    """Enrol ``name`` with ``passphrase`` (typed twice: ``repeated``) on ``session``'s vault; return the new
    key id. Raise ``WeakPassphrase`` (different or too weak, with why), ``ReviewerNameTaken``, or the vault's
    ``InvalidRecordValue`` for an empty or overlong name. Nothing is written when one is raised."""
    check_repeated(passphrase, repeated)
    clean = " ".join((name or "").split())
    active = {r["name"].casefold() for r in session.vault.reviewers() if r.get("active", True)}
    if clean and clean.casefold() in active:
        raise ReviewerNameTaken(name=clean)
    check_new_passphrase(passphrase, user_inputs=(clean,))
    return session.enroll(clean or name, passphrase)
