"""Media the window must not paint: those sealed "suspected minor", and their copies (issue 19, issue 15,
docs/adr/0014, docs/adr/0021).

Once a review of a media carries the suspected-minor label, its pixels never reach the screen again (viewer,
grid, video sheet): the window shows a placeholder with the media's hashes and the decision instead. Looking
at it is a separate, confirmed and recorded action offered only to a reviewer whose key did not seal the
label (four eyes), or to nobody when the organisation's policy says ``minor_viewing = never``. The rule is
``reviewer.redact.minor_viewing_refusal``; this module applies it to a case's read model.

A copy of such a media (the same file, or a picture within the PDQ match distance, of a media labelled in any
case of the vault, whenever the label was sealed) is withheld as well, decided by the very function the
exporter uses (``Vault.withheld_media``, reviewer/vault/minors.py), so that the window never shows what no
exhibit may carry. No look is offered at a copy: the second reviewer's check is made on the media that was
sealed, in its own case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from reviewer.casework.case_records import CaseRecords
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.redact.viewing import ViewingPolicy, minor_viewing_refusal
from reviewer.vault import minors

# region.revealed's ``region.kind`` for a confirmed look at a media withheld as suspected minor.
MINOR_LOOK = "suspected-minor-look"

# Why no look is offered at a copy (a marked source text of the "viewing" context, as the refusals of
# reviewer.redact.viewing are).
COPY_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "viewing", "This media is a copy of a media sealed as suspected minor in this vault. It is never shown "
    "nor exported; a second reviewer's check is made on the media that was sealed, in its own case.")


@dataclass(frozen=True)
class WithheldMedia:
    """What the placeholder of a withheld media says.

    sha256, md5, sha1: its hashes; labels: the latest sealed decision; sealed_by: the names (or key ids)
    of the reviewers who sealed it suspected minor; sealed_at: when the latest review was sealed;
    refusal: why the viewer may not look (a marked source text of the "viewing" context), or None when a
    confirmed, recorded look may be offered; reason: why it is withheld (``reviewer.vault.minors`` codes:
    ``labelled`` itself, or ``same-file`` / ``similar-picture`` as a copy of a labelled media, whose
    decision is then not this media's and ``sealed_by`` is empty).
    """

    media_id: str
    sha256: str
    md5: str
    sha1: str
    labels: tuple[str, ...]
    sealed_by: tuple[str, ...]
    sealed_at: str
    refusal: str | None
    reason: str = minors.LABELLED

    @property
    def is_copy(self) -> bool:
        """Whether it is withheld as a copy of a labelled media rather than labelled itself."""
        return self.reason != minors.LABELLED


def withheld_media(model: CaseRecords, policy: ViewingPolicy, viewer_key: str,
                   names: Mapping[str, str] | None = None,
                   by_content: Mapping[str, str] | None = None) -> dict[str, WithheldMedia]:
    """Media id -> WithheldMedia for every media of ``model`` sealed suspected minor, or withheld by content
    (purged ones left out), as ``viewer_key`` (the key id of the reviewer at the screen) may see them under
    ``policy``. ``names`` maps key ids to reviewer names; ``by_content`` is ``Vault.withheld_media`` of the
    same case (media id -> ``reviewer.vault.minors`` reason), the exporter's rule. Never raises for a
    well-formed model."""
    names = names or {}
    by_content = by_content or {}
    out = {}
    for media_id in model.media_ids():
        item = model.get(media_id)
        if item is None:
            continue
        if not item.suspected_minor:
            why = by_content.get(media_id)
            if why is not None:
                review = item.review
                out[media_id] = WithheldMedia(
                    media_id, item.sha256, item.md5, item.sha1, review.labels if review else (), (),
                    review.time if review else "", COPY_NOT_SHOWN, why)
            continue
        review = item.review
        out[media_id] = WithheldMedia(
            media_id, item.sha256, item.md5, item.sha1, review.labels if review else (),
            tuple(names.get(key, key) for key in item.minor_sealers), review.time if review else "",
            minor_viewing_refusal(policy, viewer_key, item.minor_sealers))
    return out
