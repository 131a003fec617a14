"""Media the window must not paint: those sealed "suspected minor" (issue 19, docs/adr/0014).

Once a review of a media carries the suspected-minor label, its pixels never reach the screen again (viewer,
grid, video sheet): the window shows a placeholder with the media's hashes and the decision instead. Looking
at it is a separate, confirmed and recorded action offered only to a reviewer whose key did not seal the
label (four eyes), or to nobody when the organisation's policy says ``minor_viewing = never``. The rule is
``reviewer.redact.minor_viewing_refusal``; this module applies it to a case's read model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from reviewer.casework.case_records import CaseRecords
from reviewer.redact.viewing import ViewingPolicy, minor_viewing_refusal

# region.revealed's ``region.kind`` for a confirmed look at a media withheld as suspected minor.
MINOR_LOOK = "suspected-minor-look"


@dataclass(frozen=True)
class WithheldMedia:
    """What the placeholder of a withheld media says.

    sha256, md5, sha1: its hashes; labels: the latest sealed decision; sealed_by: the names (or key ids)
    of the reviewers who sealed it suspected minor; sealed_at: when the latest review was sealed;
    refusal: why the viewer may not look (a marked source text of the "viewing" context), or None when a
    confirmed, recorded look may be offered.
    """

    media_id: str
    sha256: str
    md5: str
    sha1: str
    labels: tuple[str, ...]
    sealed_by: tuple[str, ...]
    sealed_at: str
    refusal: str | None


def withheld_media(model: CaseRecords, policy: ViewingPolicy, viewer_key: str,
                   names: Mapping[str, str] | None = None) -> dict[str, WithheldMedia]:
    """Media id -> WithheldMedia for every media of ``model`` sealed suspected minor (purged ones left out),
    as ``viewer_key`` (the key id of the reviewer at the screen) may see them under ``policy``.
    ``names`` maps key ids to reviewer names. Never raises for a well-formed model."""
    names = names or {}
    out = {}
    for media_id in model.media_ids():
        item = model.get(media_id)
        if item is None or not item.suspected_minor:
            continue
        review = item.review
        out[media_id] = WithheldMedia(
            media_id, item.sha256, item.md5, item.sha1, review.labels if review else (),
            tuple(names.get(key, key) for key in item.minor_sealers), review.time if review else "",
            minor_viewing_refusal(policy, viewer_key, item.minor_sealers))
    return out
