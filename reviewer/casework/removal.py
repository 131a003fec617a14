"""Removing a media added to a case by mistake: what may be removed, what the reviewer is told first.

Removal is the vault's purge (``VaultSession.purge_media``): the media's stored bytes and heatmaps are
destroyed, its hashes and every record about it stay, and a ``media.purged`` record says who removed it,
when and why (the reason is sealed). The media then leaves the case's listing and the pictures of every
exhibit (an exhibit still lists its hashes, marked purged: docs/exhibit-format.md).

A media sealed as a suspected minor, or withheld because it is a copy of one (``Vault.withheld_media``),
is never removed this way (``SuspectedMinorKept``): it is evidence of an offence against a child, it is
already never shown nor exported, and a one-click removal in the window is not the place to destroy it
(docs/adr/0021-window-basics.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.casework.case_records import CaseRecords
from reviewer.casework.errors import MediaAlreadyRemoved, MediaNotInCase, RemovalReasonMissing, SuspectedMinorKept
from reviewer.i18n import QT_TRANSLATE_NOOP

MAX_REASON = 500  # characters: a sentence or two, sealed in the record

# Reasons offered in the window (the reviewer may type another); the text recorded is the one shown.
REASONS = (
    QT_TRANSLATE_NOOP("removal", "Added by mistake"),
    QT_TRANSLATE_NOOP("removal", "Belongs to another case"),
    QT_TRANSLATE_NOOP("removal", "Same file added twice"),
)


@dataclass(frozen=True)
class RemovalPreview:
    """What removing one media means, for the confirmation: its name and kind, the labels of its latest
    sealed review (empty when none) and how many exhibits of the case already carried it."""

    media_id: str
    name: str
    kind: str
    labels: tuple[str, ...]
    exports: int


def removal_preview(model: CaseRecords, media_id: str, withheld: dict[str, str] | None = None) -> RemovalPreview:
    """What removing ``media_id`` from the case of ``model`` means; ``withheld`` is the case's media that no
    exhibit may show (``Vault.withheld_media``: sealed suspected minor here, or a copy of one elsewhere).

    Raise ``MediaNotInCase``, ``MediaAlreadyRemoved``, or ``SuspectedMinorKept``."""
    item = model.get(media_id)
    if item is None:
        raise MediaNotInCase(media=media_id[:12])
    if item.purged:
        raise MediaAlreadyRemoved()
    if item.suspected_minor or media_id in (withheld or {}):
        raise SuspectedMinorKept()
    labels = item.review.labels if item.review is not None else ()
    exports = sum(1 for row in model.exports if row.seq > item.seq)
    return RemovalPreview(media_id, item.name, item.kind, tuple(labels), exports)


def removal_reason(text: str) -> str:
    """The reason as it will be sealed: trimmed, at most ``MAX_REASON`` characters. Raise
    ``RemovalReasonMissing`` when it is empty."""
    reason = " ".join((text or "").split())
    if not reason:
        raise RemovalReasonMissing()
    return reason[:MAX_REASON]
