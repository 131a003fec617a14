"""Whether this vault takes new records here, and the words that say why not, for the window. No Qt.

A vault older than, or diverging from, the head this account last saw (a restored backup, a second copy written
to elsewhere: ``reviewer.vault.head_check``) takes no record: every write of the session refuses it
(``VaultSession.require_current_head``), the command line included. The window compares once per unlock on its
vault thread; while the vault is known to be behind, the actions that would append a record are not offered, with
a tooltip that says why, instead of failing one by one after the reviewer filled a form. Reading, viewing (blurred)
and verifying stay available: a reviewer may need to see what is there while IT puts the right copy back.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

# The window's actions that append a record (each one's record type in brackets), by the name the window gives them.
WRITING_ACTIONS = frozenset({
    "new_case",        # case.opened
    "rename_case",     # case.renamed
    "add_files",       # media.ingested (and the analyses recorded as each file is analysed)
    "remove",          # media.purged
    "compare",         # analysis.run of the comparison
    "reveal",          # region.revealed: a look that could not be recorded is not offered
    "seal",            # review.sealed
    "export",          # exhibit.exported (and the exporter refuses such a vault on its own)
    "add_reviewer",    # key.enrolled
    "revoke_reviewer",  # key.revoked (and a new data key)
    "correct_times",   # time.corrected
    "after_review",    # notice.logged, capture.imported (the dialog's sealing buttons only)
})

_OLDER = QT_TRANSLATE_NOOP(
    "vault_writes", "Not available: this vault is older than the one you last worked with (a restored backup or an "
                    "old copy), so nothing can be added to it or exported from it. Put back the latest copy of the "
                    "vault folder, or call your IT contact.")
_DIVERGED = QT_TRANSLATE_NOOP(
    "vault_writes", "Not available: another copy of this vault was changed separately, so nothing can be added to "
                    "this one or exported from it. Keep both copies as they are and call your IT contact.")


@dataclass(frozen=True)
class WritesRefused:
    """Why nothing may be written to the vault now: ``reason``, one sentence for a tooltip beside a greyed action;
    ``message``, the full plain message of the refusal (what was lost, what to do)."""

    reason: str
    message: str

    def stops(self, action: str) -> bool:
        """Whether the window's action named ``action`` (one of ``WRITING_ACTIONS`` or any other name) is refused."""
        return action in WRITING_ACTIONS


def writes_refused(problem: Exception | None) -> WritesRefused | None:
    """The refusal that follows from ``problem``, the last comparison with the remembered head (a
    ``VaultRolledBack`` or ``VaultDiverged``, or None when the vault is the one this account last saw or was never
    seen here); None when writes are allowed. Any other error is not a reason to refuse writes here."""
    from reviewer.vault.errors import VaultDiverged, VaultRolledBack

    if isinstance(problem, VaultRolledBack):
        return WritesRefused(translate("vault_writes", _OLDER), problem.message)
    if isinstance(problem, VaultDiverged):
        return WritesRefused(translate("vault_writes", _DIVERGED), problem.message)
    return None
