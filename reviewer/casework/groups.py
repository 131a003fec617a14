"""Near-duplicate groups of a case, as the window shows them and the case layer seals them (issue 19).

``media.near_duplicates`` decides which media are the same picture (equal SHA-256, PDQ within 31 bits with
both qualities >= 50, or videos by their frame hashes); this module applies it to a case's read model and
seals a decision for a whole group: one ``review.sealed`` record per member, each of which says in its notes
which media represented the group and how it matched (the PDQ distance), so every record stands on its own.
"""

from __future__ import annotations

from typing import Any, Sequence

from reviewer.casework.case_records import CaseRecords
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.media.near_duplicates import Group, Hashes, group_near_duplicates

# The line added to a member's notes; {sha256} names the representative, {how} how the member matched it.
GROUP_NOTE = QT_TRANSLATE_NOOP(
    "groups", "Decision applied from the group's representative (SHA-256 {sha256}): {how}.")
SAME_FILE = QT_TRANSLATE_NOOP("groups", "identical file")
PDQ_MATCH = QT_TRANSLATE_NOOP("groups", "PDQ distance {distance} bits (31 or less: the same picture)")
VIDEO_FRAMES = QT_TRANSLATE_NOOP("groups", "the frame hashes of both videos match")


def case_groups(model: CaseRecords) -> list[Group]:
    """The near-duplicate groups of the case's media not purged (singletons included), in the order the
    media were added; a group's representative is its first media. Keys are media ids."""
    items = []
    for media_id in model.media_ids():
        item = model.get(media_id)
        items.append(Hashes(media_id, item.sha256, item.kind, item.pdq, item.frame_pdqs))
    return group_near_duplicates(items)


def member_note(representative_sha256: str, how: str, distance: int | None, notes: str = "") -> str:
    """``notes`` followed by the line saying which representative the decision came from and how the member
    matched it (translated into the session's language; the record keeps the words as written)."""
    if how == "pdq":
        match = translate("groups", PDQ_MATCH).format(distance=distance)
    elif how == "video-frames":
        match = translate("groups", VIDEO_FRAMES)
    else:
        match = translate("groups", SAME_FILE)
    line = translate("groups", GROUP_NOTE).format(sha256=representative_sha256, how=match)
    return f"{notes}\n\n{line}" if notes else line


def seal_group(service: Any, case_id: str, group: Group, *, labels: Sequence[str], qualification: str = "",
               notes: str = "", source: dict | None = None, members: Sequence[str] | None = None) -> list[Any]:
    """Seal the decision on every member of ``group`` (the representative excluded: it is sealed on its own)
    or on those of ``members`` (media ids): one ``review.sealed`` record each, with ``member_note`` in its
    notes. Returns the records. Raises what ``CaseService.seal_review`` raises (e.g. InvalidLabel), before
    any record when the labels are refused for the first member."""
    representative = service.case(case_id).get(group.representative)
    chosen = set(members) if members is not None else None
    records = []
    for member in group.members:
        if chosen is not None and member.key not in chosen:
            continue
        records.append(service.seal_review(
            case_id, member.key, labels=labels, qualification=qualification,
            notes=member_note(representative.sha256, member.how, member.distance, notes), source=source))
    return records
