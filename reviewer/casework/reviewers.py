"""Enrolling another reviewer on the vault, and removing a reviewer's access: the rules checked before the vault
signs either.

The vault applies the passphrase policy itself (``reviewer.vault.passphrase_policy``: ``WeakPassphrase``
with the reason in plain words) and checks the name's length; here, before anything is written, the two
passphrases must match and the name must not be that of a reviewer who can already open the vault (the
unlock dialog lists reviewers by name, and exhibits name signers). The new reviewer is enrolled by the one
whose session is open: the ``key.enrolled`` record is signed by them.
"""

from __future__ import annotations

from typing import Any

from reviewer.casework.errors import OwnAccessNotRemovable, ReviewerNameTaken, RevocationReasonMissing
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


def revocable_reviewers(session: Any) -> list[dict[str, Any]]:
    """The reviewers whose access the one working now may remove: every active key of the signed key log but
    their own (the recovery key included, named ``vault.RECOVERY_NAME``), as ``Vault.reviewers`` lists them."""
    return [r for r in session.vault.reviewers() if r["active"] and r["key_id"] != session.key_id]


def revoke_reviewer(session: Any, key_id: str, reason: str) -> None:
    """Remove the access of reviewer ``key_id``, signed by ``session``'s reviewer, with ``reason`` recorded
    (sealed). The vault revokes the key and protects everything written afterwards with a new data key
    (docs/vault-format.md 6.6); the reviewer's past records stay valid. Raise ``RevocationReasonMissing``
    (blank reason), ``OwnAccessNotRemovable`` (``key_id`` is the session's own), or the vault's ``UnknownKey``
    (not an active key) or ``LastKey`` (nobody could open the vault afterwards). Nothing is written when one
    is raised."""
    clean = " ".join((reason or "").split())
    if not clean:
        raise RevocationReasonMissing()
    if key_id == session.key_id:
        raise OwnAccessNotRemovable()
    session.revoke(key_id, clean)
