"""A case's hashes for others: an HMA list for platforms, a StopNCII-ready receipt for the victim, VICS 2.0
JSON for police. Hashes only: no picture, no file name, no note leaves through these files.

Suspected minors (the exhibit's rule, ``Vault.withheld_media``: labelled so, or the same file or picture
labelled so in any case) go out as hashes only in every format; in VICS they carry ``Category: null`` and ``IsPrecategorized: false``
(the application never assigns a Project VIC category: that is the police's classification to make).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.media.pdq import USABLE_QUALITY
from reviewer.takedown.hashlists import VpdqFrame, hma_text, vics_document

@dataclass(frozen=True)
class CaseMedia:
    """What the exports need of one media: its clear hashes and how it was reviewed."""

    id: str
    added: str              # time of the ingest record
    kind: str
    mime: str
    size: int
    sha256: str
    sha1: str
    md5: str
    pdq: dict[str, Any] | None
    frames: tuple[VpdqFrame, ...]
    labels: tuple[str, ...]  # labels of the latest sealed review (empty when not reviewed)
    suspected_minor: bool


def case_media(vault: Any, case_id: str) -> list[CaseMedia]:
    """The media of a case with their hashes and review state, in the order they were added.

    ``suspected_minor`` follows the exhibit's rule (``Vault.withheld_media``): labelled so in this case, or the
    same file (SHA-256) or picture (PDQ within the match distance) labelled so in any case. Raises ``UnknownCase``.
    """
    withheld = vault.withheld_media(case_id)
    out = []
    latest: dict[str, tuple[str, ...]] = {}
    records = vault.records(case_id)
    for record in records:
        if record.type == "review.sealed":
            latest[record.body["media"]] = tuple(record.body["labels"])
    for record in records:
        if record.type != "media.ingested":
            continue
        body = record.body
        frames = tuple(VpdqFrame(f["hex"], int(f["quality"]), (f["ms"] or 0) / 1000.0) for f in body["frame_pdqs"])
        out.append(CaseMedia(record.id, record.time, body["kind"], body["mime"], int(body["size"]), body["sha256"],
                             body["sha1"], body["md5"], body["pdq"], frames, latest.get(record.id, ()),
                             record.id in withheld))
    return out


def hma_list(media: list[CaseMedia]) -> str:
    """HMA signal lines for a case: ``pdq`` of each image with a usable hash, ``video_md5`` and ``vpdq`` of
    each video (vPDQ only when it has frame hashes). Duplicates are written once."""
    pdq = [m.pdq["hex"] for m in media if m.kind == "image" and m.pdq and m.pdq["quality"] >= USABLE_QUALITY]
    videos = [m for m in media if m.kind == "video"]
    return hma_text(dict.fromkeys(pdq), dict.fromkeys(m.md5 for m in videos), [m.frames for m in videos if m.frames])


RECEIPT_TITLE = QT_TRANSLATE_NOOP("takedown", "Fingerprints of your pictures and videos")
RECEIPT_INTRO = QT_TRANSLATE_NOOP(
    "takedown",
    "These fingerprints (hashes) let platforms that work with StopNCII.org find copies of your pictures and "
    "videos and remove them, without anyone receiving the pictures themselves. A fingerprint does not contain "
    "the picture. StopNCII uses PDQ for pictures and MD5 for videos. This sheet contains no picture.")
RECEIPT_CASE = QT_TRANSLATE_NOOP("takedown", "Case {case}, prepared on {date}.")
RECEIPT_ITEM = QT_TRANSLATE_NOOP("takedown", "{number}. {kind} added on {added}")
RECEIPT_PICTURE = QT_TRANSLATE_NOOP("takedown", "Picture")
RECEIPT_VIDEO = QT_TRANSLATE_NOOP("takedown", "Video")
RECEIPT_NO_PDQ = QT_TRANSLATE_NOOP(
    "takedown", "PDQ: none usable (the picture is too plain for a visual fingerprint; the MD5 still works)")
RECEIPT_MINOR = QT_TRANSLATE_NOOP(
    "takedown",
    "Marked as possibly showing a minor: StopNCII is for adults. For a person under 18, use Take It Down "
    "(takeitdown.ncmec.org) or call 3018.")


def stopncii_receipt(media: list[CaseMedia], case_id: str, date: str) -> str:
    """A plain-text sheet for the victim, in the current language: PDQ and MD5 of each media, no image,
    no file name. ``date`` is printed as given."""
    t = lambda text: translate("takedown", text)  # noqa: E731 - local shorthand
    lines = [t(RECEIPT_TITLE), "", t(RECEIPT_INTRO), "", t(RECEIPT_CASE).format(case=case_id, date=date), ""]
    for number, item in enumerate(media, 1):
        kind = t(RECEIPT_PICTURE if item.kind == "image" else RECEIPT_VIDEO)
        lines.append(t(RECEIPT_ITEM).format(number=number, kind=kind, added=item.added[:10]))
        if item.kind == "image":
            if item.pdq and item.pdq["quality"] >= USABLE_QUALITY:
                lines.append(f"   PDQ: {item.pdq['hex']}")
            else:
                lines.append("   " + t(RECEIPT_NO_PDQ))
        lines.append(f"   MD5: {item.md5}")
        if item.suspected_minor:
            lines.append("   " + t(RECEIPT_MINOR))
        lines.append("")
    return "\n".join(lines)


def vics_json(media: list[CaseMedia]) -> dict[str, Any]:
    """A VICS 2.0 document of a case's media for police tools (Griffeye, Autopsy, IPED).

    Every item has ``MediaID``, ``MD5``, ``SHA1``, ``Category`` null and ``IsPrecategorized`` false; media
    not marked suspected minor also carry ``MediaSize``, ``MimeType`` and ``DateUpdated``. A suspected minor
    is hashes only.
    """
    items = []
    for number, item in enumerate(media, 1):
        entry: dict[str, Any] = {"MediaID": number, "Category": None, "MD5": item.md5.upper(),
                                 "SHA1": item.sha1.upper(), "IsPrecategorized": False}
        if not item.suspected_minor:
            entry.update({"MediaSize": item.size, "MimeType": item.mime, "DateUpdated": item.added})
        items.append(entry)
    return vics_document(items)
