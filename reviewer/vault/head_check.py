"""Is this vault the one this account last saw? The cheap comparison made when a vault is opened to export or
seal, and by the window (issue 15 Build 5, docs/vault-format.md 7.6, docs/adr/0026).

``reviewer verify`` compares the whole vault with the head remembered outside it (``reviewer.vault.heads``)
as part of a full verification. Opening a vault must not cost a full verification, so this module compares
the vault's own signed head (its ``vault_head`` note: size and root of the vault-level log, one signature)
with the remembered one:

- smaller: the vault is **older** than what this account last saw: a restored backup (or a copy taken
  earlier). What it lost is named per log, from the log sizes remembered with the head;
- the same size and another root, or larger and the remembered head not a prefix of it: the vault
  **diverged** from what this account saw (a second copy written to elsewhere);
- the same head: nothing to say; larger with the remembered head as its prefix: written to since, by
  another account or machine (normal for a shared vault).

The prefix check reads the leaf hashes of the first ``remembered.size`` checkpoints and hashes them (about
0.2 s per 100,000 checkpoints here): callers run it where they may wait (the command line, the window's vault
thread), never on the GUI thread. A vault never seen on this account compares as ``unknown``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reviewer.errors import Moment
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.vault import heads
from reviewer.vault.checkpoint import NoteError, open_checkpoint, origin_of
from reviewer.vault.errors import WHAT_HEAD_LOG, TamperedVault, VaultDiverged, VaultRolledBack
from reviewer.vault.merkle import root_of
from reviewer.vault.records import KEYS_LOG

# The same words as the full verification's (reviewer.vault.verify) for what a rollback lost.
_LOST = QT_TRANSLATE_NOOP("vault", "{log}, records {first} to {last}")
# A case named by its title where the caller could decrypt it (the window).
_CASE_TITLED = QT_TRANSLATE_NOOP("vault", 'case "{title}"')

UNKNOWN = "unknown"    # never seen on this account (or its memory is unreadable)
SAME = "same"          # exactly the head remembered
NEWER = "newer"        # the remembered head is a prefix of this vault's log: written to since
OLDER = "older"        # fewer leaves than remembered: a restored backup
DIVERGED = "diverged"  # not an extension of the remembered head: another copy was written to


@dataclass(frozen=True)
class LostRecords:
    """Records of one log that the remembered head counted and this vault lacks: seq ``first`` to ``last``."""

    log: str
    first: int
    last: int


@dataclass(frozen=True)
class HeadComparison:
    """How the vault compares with the head this account remembers.

    state: one of UNKNOWN, SAME, NEWER, OLDER, DIVERGED; remembered_size / found_size: leaves of the
    vault-level log remembered and found; seen: when the head was remembered (RFC 3339, this computer's
    clock; "" when unknown); lost: for OLDER, what each log lost.
    """

    state: str
    remembered_size: int = 0
    found_size: int = 0
    seen: str = ""
    lost: tuple[LostRecords, ...] = ()

    @property
    def behind(self) -> bool:
        """Whether the vault is older than, or diverged from, what this account last saw."""
        return self.state in (OLDER, DIVERGED)


def compare_with_remembered(vault: Any) -> HeadComparison:
    """Compare the open ``vault`` (a ``reviewer.vault.Vault``) with the head remembered for its identity.

    Reads the vault's signed head (one signature check), and, only when the vault is larger than the
    remembered head, the leaf hashes of the remembered prefix; when it is smaller, the count of records per
    log. Raise ``TamperedVault`` when the vault's own head is missing or its signature fails (a full
    verification then says more)."""
    known = heads.load(vault.vault_id)
    if known is None:
        return HeadComparison(UNKNOWN)
    note = vault.vault_checkpoint()
    try:
        head = vault.open_head(note)  # signed by the key current at its size (4.8), not by one it replaced
    except NoteError as exc:
        raise TamperedVault(str(exc), what=WHAT_HEAD_LOG) from exc
    conn = vault.db.conn
    if head.size < known.size:
        found = dict(conn.execute("SELECT log, count(*) FROM records GROUP BY log").fetchall())
        lost = tuple(LostRecords(log, found.get(log, 0), count - 1)
                     for log, count in sorted(known.logs.items(), key=lambda x: (x[0] != KEYS_LOG, x[0]))
                     if found.get(log, 0) < count)
        return HeadComparison(OLDER, known.size, head.size, known.seen, lost)
    if head.size == known.size:
        state = SAME if head.root == known.root and _signed_for(vault, known) else DIVERGED
        return HeadComparison(state, known.size, head.size, known.seen)
    hashes = [bytes(r[0]) for r in conn.execute(
        "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (known.size,))]
    prefix = len(hashes) == known.size and root_of(hashes) == known.root and _signed_for(vault, known)
    return HeadComparison(NEWER if prefix else DIVERGED, known.size, head.size, known.seen)


def _signed_for(vault: Any, known: heads.RememberedHead) -> bool:
    """The remembered head note is signed by the key this vault's chain makes current at its size (4.8): a head
    remembered from a copy whose history went on under a replaced key is not this vault's state. A head
    remembered without its note (none is written so) is taken on its root alone."""
    if not known.note:
        return True
    try:
        cp = open_checkpoint(known.note, vault.checkpoint_keys.for_head(known.size), origin_of(vault.vault_id, None))
    except NoteError:
        return False
    return cp.size == known.size and cp.root == known.root


def lost_in_words(comparison: HeadComparison, titles: Mapping[str, str] | None = None) -> str:
    """What an older vault lost, in the user's language: "case 0123…, records 5 to 6; …" ("" when nothing
    is known); a case whose id is in ``titles`` (case id -> title) is named by its title."""
    from reviewer.vault.verify import log_label  # imported here: verify imports much more

    titles = titles or {}

    def label(log: str) -> str:
        if log in titles:
            return translate("vault", _CASE_TITLED).format(title=titles[log])
        return log_label(log)

    return "; ".join(translate("vault", _LOST).format(log=label(item.log), first=item.first, last=item.last)
                     for item in comparison.lost)


def seen_in_words(seen: str) -> str:
    """When a head was remembered (RFC 3339, UTC), for a message: a ``Moment`` the message writes in words in its
    language ("6 décembre 2026 à 21:14 UTC"); "?" when unknown."""
    if len(seen) < 16 or seen[10] != "T":
        return seen or "?"
    return Moment(seen)


def require_current_head(vault: Any, titles: Mapping[str, str] | None = None) -> HeadComparison:
    """Refuse to work from a vault older than, or diverging from, what this account last saw: raise
    ``VaultRolledBack`` (naming the date of the remembered head and what was lost, cases by their title when
    ``titles`` maps their id to it) or ``VaultDiverged``; otherwise return the comparison. Called before an
    export or a seal from the command line, by the exporter itself (so that the window cannot export from
    such a vault either), and by the window when a session opens."""
    comparison = compare_with_remembered(vault)
    if comparison.state == OLDER:
        raise VaultRolledBack(seen=seen_in_words(comparison.seen), lost=lost_in_words(comparison, titles) or "?",
                              found=comparison.found_size, remembered=comparison.remembered_size)
    if comparison.state == DIVERGED:
        raise VaultDiverged(seen=seen_in_words(comparison.seen), found=comparison.found_size,
                            remembered=comparison.remembered_size)
    return comparison
