"""Export one case as a verifiable exhibit bundle (a zip file); see docs/exhibit-format.md.

``export_case`` gathers the case's signed records exactly as stored, the disclosed values of their
sealed fields (with the salts, so each is checked against its commitment), the case and keys
checkpoints with their inclusion proofs in the vault-level log, redacted media derivatives, the
recorded heatmaps, a PDF report, the standalone verifier and VERIFY.md. It writes the zip to a
temporary file beside the destination, records "exhibit exported" in the vault, then renames it
into place: a failed or cancelled export leaves no file behind.

The manifest (every file's SHA-256, the case checkpoint, the vault head and the withheld media) is
signed with the vault's checkpoint key (``manifest.sig``), so no file can be swapped without the vault.

Media withheld as suspected minors (``reviewer.vault.minors``: labelled in a sealed review, or the same
file or a matching picture of one so labelled in any case) are never exported as pictures of any kind
(no original, no derivative, no heatmap, no thumbnail): only their hashes and PDQ, whatever the flags.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from reviewer import __version__
from reviewer.detect.regions import METHOD_ID as DETECTION_METHOD
from reviewer.exhibit import derivatives
from reviewer.exhibit.errors import CaseNotFound, ExportCancelled, ExportFailed
from reviewer.exhibit.report_content import (AnalysisEntry, DecisionEntry, LogLine, MediaEntry, ReportContent,
                                             RevealEntry, SignerEntry, TimestampEntry)
from reviewer.exhibit.verify_exhibit import (FORMAT, MANIFEST, MANIFEST_SIG, ROTATION_PARTS, SUMS, WITNESS_PARTS, canonical, sums_text,
                                             timestamp_files)
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.vault import minors
from reviewer.vault.canonical import b64u, now_rfc3339
from reviewer.vault.checkpoint import fingerprint

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

VERIFIER_SOURCE = Path(__file__).with_name("verify_exhibit.py")
VERIFY_TEMPLATE = Path(__file__).with_name("VERIFY.md")

# Already-compressed content is stored as is; text is deflated.
_STORED_SUFFIXES = (".png", ".pdf", ".jpg", ".jpeg", ".webp", ".gif", ".mp4", ".mov", ".webm", ".avi", ".tiff", ".bmp")

WITHHELD_MINOR = QT_TRANSLATE_NOOP(
    "exhibit_report",
    "This media is labelled \"suspected minor\" in a sealed review. No picture of it is in this exhibit, "
    "not even a redacted one: only its hashes and PDQ, which let a recipient match it against their own copy.",
)
WITHHELD_SAME_FILE = QT_TRANSLATE_NOOP(
    "exhibit_report",
    "This media is withheld as a suspected minor: it is the same file (same SHA-256) as a media labelled "
    "\"suspected minor\" in a sealed review of this vault. No picture of it is in this exhibit, not even a "
    "redacted one: only its hashes and PDQ.",
)
WITHHELD_SIMILAR = QT_TRANSLATE_NOOP(
    "exhibit_report",
    "This media is withheld as a suspected minor: its picture matches (PDQ distance of 31 or less) a media "
    "labelled \"suspected minor\" in a sealed review of this vault, for example a re-encoded copy. No picture "
    "of it is in this exhibit, not even a redacted one: only its hashes and PDQ.",
)
_WITHHELD_TEXT = {minors.LABELLED: WITHHELD_MINOR, minors.SAME_FILE: WITHHELD_SAME_FILE,
                  minors.SIMILAR_PICTURE: WITHHELD_SIMILAR}
ORIGINALS_OMITTED = QT_TRANSLATE_NOOP(
    "exhibit_report",
    "Originals are not in this exhibit (redacted copies only). Their SHA-256, SHA-1, MD5 and PDQ are given "
    "so that a recipient holding a copy can check it is the same file.",
)
PURGED = QT_TRANSLATE_NOOP("exhibit_report", "This media was purged from the vault; only its hashes remain.")


# Sealed fields an exhibit does not disclose: who received earlier exhibits of the case is not the new
# recipient's business (the signed record, with its commitment, is still there and verifies).
UNDISCLOSED = {("exhibit.exported", "recipient")}


@dataclass(frozen=True)
class ExportResult:
    """What ``export_case`` produced: the bundle file, its SHA-256 and the vault record naming it."""

    path: Path
    sha256: str
    size: int
    files: tuple[str, ...]
    withheld_media: tuple[str, ...]  # media ids withheld as suspected minors
    record: Any  # the vault's "exhibit.exported" Record


@dataclass(frozen=True)
class _Original:
    """A media original, named but not held: read again from the vault when the zip is written, so that
    a case of several large videos never has more than one original in memory."""

    media_id: str
    sha256: str
    size: int


@dataclass
class _Bundle:
    """Files being assembled: bundle path -> bytes, or the ``_Original`` to read when writing."""

    files: dict[str, bytes | _Original] = field(default_factory=dict)

    def add(self, name: str, data: bytes | _Original) -> None:
        if name in self.files:
            raise ValueError(f"duplicate bundle path {name}")
        self.files[name] = data

    def listing(self) -> dict[str, dict[str, Any]]:
        """SHA-256 and size of every file (an original's from its signed record, checked again when written)."""
        return {name: {"sha256": data.sha256, "size": data.size} if isinstance(data, _Original)
                else {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for name, data in self.files.items()}


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ExportCancelled()


def _extension(fmt: str) -> str:
    fmt = (fmt or "bin").lower()
    return {"jpeg": "jpg"}.get(fmt, fmt if fmt.isalnum() and len(fmt) <= 8 else "bin")


def _ms_to_s(value: Any) -> float:
    try:
        return int(value) / 1000.0
    except (TypeError, ValueError):
        return 0.0


def export_case(
    vault: Any,
    session: Any,
    case_id: str,
    out: str | os.PathLike[str],
    *,
    include_originals: bool = False,
    lang: str = "fr",
    recipient: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    detector: Any | None = None,
) -> ExportResult:
    """Write the exhibit bundle of ``case_id`` to ``out`` (a .zip path) and record the export.

    ``vault``/``session``: an open Vault and an unlocked VaultSession of it (the session decrypts
    sealed fields and media and signs the "exhibit.exported" record). ``include_originals`` adds the
    original files, except for media labelled suspected minor (never). ``lang`` ("fr"/"en") is the
    report's language. ``progress(done, total, step)`` is called before each step, ``step`` being a
    stable key ("records", "media" once per media, "report", "manifest", "writing") for the caller to
    word, and ``cancel()`` is polled between steps (True -> ExportCancelled). ``detector`` (a RegionDetector)
    finds regions on video keyframes; it is used only at the export threshold (else a detector of the
    same model at that threshold is made), None creates the default one, and if that fails the frames
    are blurred whole.

    Returns an ExportResult once the file is in place and the export record is sealed. Raises
    CaseNotFound, ExportCancelled, ExportFailed (disk), ReportFailed, or vault errors (among them
    VaultRolledBack and VaultDiverged: a vault older than, or diverging from, the head this account last
    saw is never exported from, since a review it lost may have withheld a media); in every case no file
    is left at ``out`` or beside it.
    """
    from reviewer.vault.head_check import require_current_head

    require_current_head(vault)
    out = Path(out)
    snapshot = _gather(vault, session, case_id)
    total_steps = 4 + len(snapshot.media_ids)
    step = 0

    def advance(what: str) -> None:
        nonlocal step
        _check_cancel(cancel)
        if progress is not None:
            progress(step, total_steps, what)
        step += 1

    advance("records")
    bundle = _Bundle()
    _add_logs(bundle, snapshot)

    content_media: list[MediaEntry] = []
    if any(snapshot.media_body(m)["kind"] == "video" for m in snapshot.media_ids):
        detector = _export_detector(detector)
    for media_id in snapshot.media_ids:
        advance("media")
        content_media.append(_add_media(bundle, snapshot, session, media_id, include_originals, detector, lang))

    advance("report")
    exporter = str(getattr(session, "name", "") or "")
    content = _report_content(snapshot, content_media, recipient, include_originals, lang, exporter)
    from reviewer.exhibit.report_pdf import render_cover_letter_pdf, render_report_pdf

    bundle.add("report.pdf", render_report_pdf(content, lang=lang))
    bundle.add("cover-letter.pdf", render_cover_letter_pdf(content, lang=lang))
    bundle.add("verify_exhibit.py", VERIFIER_SOURCE.read_bytes())
    bundle.add("VERIFY.md", VERIFY_TEMPLATE.read_bytes())

    advance("manifest")
    listing = bundle.listing()
    sums = sums_text(listing).encode("utf-8")
    listing[SUMS] = {"sha256": hashlib.sha256(sums).hexdigest(), "size": len(sums)}
    bundle.add(SUMS, sums)
    manifest = canonical({
        "format": FORMAT, "case": case_id, "vault": snapshot.vault_id, "key": snapshot.vkey,
        "checkpoint": snapshot.case_checkpoint, "head": snapshot.vault_checkpoint,
        "withheld": dict(sorted(snapshot.minors.items())), "files": listing,
    }).encode("utf-8")
    bundle.add(MANIFEST, manifest)
    # Signed by the vault's checkpoint key: every file (listed with its SHA-256, the report and the
    # redacted pictures included) and the list of withheld media are then as the vault made them.
    bundle.add(MANIFEST_SIG, b64u(session.sign_manifest(manifest)).encode("ascii"))

    advance("writing")
    return _write_and_record(bundle, out, session, case_id, recipient, snapshot, include_originals, lang,
                             hashlib.sha256(manifest).hexdigest(), cancel)


# ---------------------------------------------------------------------------------------------------
# Gathering what the vault holds for the case.
# ---------------------------------------------------------------------------------------------------


@dataclass
class _Snapshot:
    case_id: str
    vault_id: str
    case_records: list[Any]
    key_records: list[Any]
    case_checkpoint: str
    keys_checkpoint: str
    case_proof: str  # tlog-proof of the case checkpoint in the vault-level log
    keys_proof: str
    vault_checkpoint: str
    openings: dict[str, dict[str, str]]  # record id -> field -> opening (canonical JSON text)
    values: dict[str, dict[str, Any]]  # record id -> decrypted view (body + sealed values)
    signer_names: dict[str, str]
    signer_keys: dict[str, str]
    media_ids: list[str]
    minors: dict[str, str]  # media withheld as suspected minors -> why (reviewer.vault.minors codes)
    purged: set[str]
    vkey: str  # the vault's checkpoint key that signs now (vkey string): its identity, or the last that replaced it
    identity: str  # the vault's identity: the checkpoint key of vault.created (what `reviewer vault fingerprint` prints)
    # revoked key id -> (case checkpoint, its vault proof, key-log checkpoint, its vault proof): shows that its
    # records in the case were sealed before its revocation (docs/exhibit-format.md 4, item 7)
    witnesses: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # timestamp record id -> (the case checkpoint the stamped vault head covers, its tlog-proof under that head)
    stamped: dict[str, tuple[str, str]] = field(default_factory=dict)
    # checkpoint_key.rotated record id -> (the key-log checkpoint where its key starts signing, its tlog-proof
    # under the vault head): where each replacement of the checkpoint key took effect (docs/exhibit-format.md 4)
    rotations: dict[str, tuple[str, str]] = field(default_factory=dict)
    rotation_times: tuple[str, ...] = ()  # the times of those replacements, oldest first

    def media_body(self, media_id: str) -> dict[str, Any]:
        return self.values[media_id]

    @functools.cached_property
    def records_by_id(self) -> dict[str, Any]:
        return {record.id: record for record in self.case_records}


def _gather(vault: Any, session: Any, case_id: str) -> _Snapshot:
    from reviewer.vault.checkpoint import peek_checkpoint

    case_records = list(vault.records(case_id))
    if not case_records:
        raise CaseNotFound(case=case_id)
    case_note = vault.checkpoint(case_id)
    keys_note = vault.checkpoint("keys")
    head = vault.vault_checkpoint()
    # Export exactly what the signed checkpoints cover (the vault checkpoints every action, so this is
    # every record); anything appended later could not be proved complete by these checkpoints.
    case_records = case_records[: peek_checkpoint(case_note).size]
    key_records = list(vault.records("keys"))[: peek_checkpoint(keys_note).size]
    openings: dict[str, dict[str, str]] = {}
    values: dict[str, dict[str, Any]] = {}
    for record in case_records:
        # Openings (value + salt) let the court check each disclosed value against the signed commitment.
        opened = {name: session.field_opening(record, name).decode("utf-8") for name in sorted(record.fields["sealed"])
                  if (record.fields["type"], name) not in UNDISCLOSED}
        openings[record.id] = opened
        view = dict(record.fields["body"])
        for name, text in opened.items():
            view[name] = json.loads(text)["value"]
        values[record.id] = view
    signer_names: dict[str, str] = {}
    signer_keys: dict[str, str] = {}
    vault_id = ""
    for record in key_records:
        body = record.fields["body"]
        if record.fields["type"] == "vault.created":
            vault_id = body["vault"]
        if "public_key" in body:
            signer_names[body["key"]] = body["name"]
            signer_keys[body["key"]] = body["public_key"]
    media_ids = [r.id for r in case_records if r.fields["type"] == "media.ingested"]
    # Decided by content from the vault's suspected-minor index: the same file or a matching picture
    # labelled in any case (this one included) is withheld; other cases are neither named nor read.
    withheld = {m: why for m, why in vault.withheld_media(case_id).items() if m in values}
    purged = {r.fields["body"]["media"] for r in case_records if r.fields["type"] == "media.purged"}
    chain = vault.checkpoint_keys
    return _Snapshot(case_id, vault_id, case_records, key_records, case_note, keys_note,
                     vault.vault_inclusion_proof(case_note), vault.vault_inclusion_proof(keys_note), head, openings,
                     values, signer_names, signer_keys, media_ids, withheld, purged, chain.current.vkey(), vault.vkey,
                     _revocation_witnesses(vault, case_id, case_records, key_records),
                     _stamped_case(vault, case_id, key_records),
                     {rotation.record: vault.vault_leaf_proof(rotation.start) for rotation in chain.rotations},
                     tuple(rotation.time for rotation in chain.rotations))


def _revocation_witnesses(vault: Any, case_id: str, case_records: list[Any],
                          key_records: list[Any]) -> dict[str, tuple[str, str, str, str]]:
    """For each key the exported key log revokes and that signed records of the case: the checkpoints that
    show those records were sealed before the revocation. A record that was not is left without one, and
    the verifiers report it (as ``reviewer verify`` does)."""
    revoked = {r.fields["body"]["key"]: r.seq for r in key_records if r.fields["type"] == "key.revoked"}
    last: dict[str, int] = {}
    for record in case_records:
        if record.signer in revoked:
            last[record.signer] = record.seq
    out = {}
    for key_id, seq in sorted(last.items()):
        witness = vault.revocation_witness(case_id, seq, revoked[key_id])
        if witness is not None:
            out[key_id] = witness
    return out


def _stamped_case(vault: Any, case_id: str, key_records: list[Any]) -> dict[str, tuple[str, str]]:
    """For each trusted timestamp: the case checkpoint its stamped vault head covers, with the proof that it
    is a leaf of that head, so that a verifier knows which of the case's records existed at its time
    (none when the case was opened after the request)."""
    from reviewer.vault.checkpoint import peek_checkpoint
    from reviewer.vault.errors import UnknownCase

    out: dict[str, tuple[str, str]] = {}
    for record in key_records:
        if record.fields["type"] != "timestamp.imported":
            continue
        stamped_head = record.fields["body"]["note"]
        try:
            note = vault.checkpoint(case_id, within=peek_checkpoint(stamped_head).size)
        except UnknownCase:
            continue
        out[record.id] = (note, vault.vault_inclusion_proof(note, head=stamped_head))
    return out


def _add_logs(bundle: _Bundle, snap: _Snapshot) -> None:
    for log, records in (("keys", snap.key_records), ("case", snap.case_records)):
        for record in records:
            base = f"log/{log}/{record.seq:06d}"
            bundle.add(f"{base}.json", record.leaf)
            bundle.add(f"{base}.sig", b64u(record.signature).encode("ascii"))
            opened = snap.openings.get(record.id) if log == "case" else None
            if opened:
                bundle.add(f"{base}.open.json", canonical(opened).encode("utf-8"))
    # Each trusted timestamp as separate files, so that `openssl ts -verify` checks it alone (VERIFY.md).
    for record in snap.key_records:
        if record.fields["type"] == "timestamp.imported":
            for name, data in timestamp_files(record.id, record.fields["body"]).items():
                bundle.add(name, data)
            if record.id in snap.stamped:
                note, proof = snap.stamped[record.id]
                bundle.add(f"timestamps/{record.id}.case-checkpoint", note.encode("utf-8"))
                bundle.add(f"timestamps/{record.id}.case-proof", proof.encode("utf-8"))
    bundle.add("log/case/checkpoint", snap.case_checkpoint.encode("utf-8"))
    bundle.add("log/keys/checkpoint", snap.keys_checkpoint.encode("utf-8"))
    bundle.add("log/case/vault-proof", snap.case_proof.encode("utf-8"))
    bundle.add("log/keys/vault-proof", snap.keys_proof.encode("utf-8"))
    for key_id, texts in snap.witnesses.items():
        for part, text in zip(WITNESS_PARTS, texts):
            bundle.add(f"log/revoked/{key_id}/{part}", text.encode("utf-8"))
    for record_id, texts in snap.rotations.items():
        for part, text in zip(ROTATION_PARTS, texts):
            bundle.add(f"log/rotation/{record_id}/{part}", text.encode("utf-8"))


def _export_detector(given: Any | None) -> Any | None:
    """``given`` if it detects at the export threshold, else a detector of the same model at that
    threshold (the window's shared detector follows the reviewer's slider); None if none can be made."""
    if given is not None and getattr(given, "threshold", None) == derivatives.EXPORT_THRESHOLD:
        return given
    try:
        from reviewer.detect import RegionDetector

        if given is not None and getattr(given, "entry", None) is not None:
            return RegionDetector(entry=given.entry, threshold=derivatives.EXPORT_THRESHOLD,
                                  iou=getattr(given, "iou", 0.45))
        return RegionDetector(threshold=derivatives.EXPORT_THRESHOLD)
    except Exception:  # noqa: BLE001 - no model: video frames are then blurred whole
        return None


# ---------------------------------------------------------------------------------------------------
# Media.
# ---------------------------------------------------------------------------------------------------


def _records_about(snap: _Snapshot, media_id: str, kind: str) -> list[Any]:
    return [r for r in snap.case_records if r.fields["type"] == kind and r.fields["body"].get("media") == media_id]


def _add_media(bundle: _Bundle, snap: _Snapshot, session: Any, media_id: str, include_originals: bool,
               detector: Any | None, lang: str) -> MediaEntry:
    t = _translator(lang)
    body = snap.values[media_id]
    files: list[str] = []
    thumbnail: bytes | None = None
    withheld = ""
    original_included = False
    analyses = _records_about(snap, media_id, "analysis.run")
    reveals = _records_about(snap, media_id, "region.revealed")
    pictures_allowed = media_id not in snap.minors and media_id not in snap.purged
    if media_id in snap.minors:
        withheld = t(_WITHHELD_TEXT[snap.minors[media_id]])
    elif media_id in snap.purged:
        withheld = t(PURGED)
    if pictures_allowed:
        if body["kind"] == "video":
            # Streamed from the encrypted store, never whole in memory: hashed once against the signed SHA-256,
            # then decoded from a new stream (each chunk is authenticated again as it is read).
            _check_stored(session, media_id, body["sha256"], int(body["size"]))
            data = b""
        else:
            data = session.read_media(media_id)
            if hashlib.sha256(data).hexdigest() != body["sha256"]:
                raise ExportFailed("media bytes differ from the signed hash", path=media_id)
        # Only the region detector's own record says what is sensitive: other analyses (heatmaps) and
        # reveal boxes alone never narrow the blur, or a media whose detection was not recorded would be
        # exported clear outside a revealed box. Without detected regions the whole picture is blurred.
        detected = derivatives.regions_from_values(
            [snap.values[r.id].get("summary") for r in analyses if r.fields["body"]["method"].get("id") == DETECTION_METHOD])
        analysed = bool(detected)
        regions = derivatives.regions_from_values(
            [snap.values[r.id].get("summary") for r in analyses] + [snap.values[r.id]["region"] for r in reveals])
        if body["kind"] == "video":
            with session.open_media(media_id) as stream:
                made, thumbnail = derivatives.video_derivatives(stream, detector)
        else:
            from reviewer.media import decode_image

            rgb = decode_image(data).rgb
            made = [derivatives.image_derivative(rgb, regions, analysed=analysed)]
            thumbnail = derivatives.report_thumbnail_png(rgb, detected)
            del rgb
        for item in made:
            bundle.add(f"media/{media_id}/{item.name}", item.png)
            files.append(f"media/{media_id}/{item.name}")
        if include_originals:
            name = f"media/{media_id}/original.{_extension(body['format'])}"
            bundle.add(name, _Original(media_id, body["sha256"], int(body["size"])))
            files.append(name)
            original_included = True
        # Heatmaps: as recorded (their SHA-256 is in the signed analysis record) only with the originals,
        # since a forensic map can show the shapes of the picture; otherwise with the same regions blurred.
        for record in analyses:
            for heatmap_id, entry in sorted(record.fields["body"]["heatmaps"].items()):
                png = session.read_blob(entry["blob"]["id"], entry["blob"]["size"])
                if hashlib.sha256(png).hexdigest() != entry["sha256"]:
                    raise ExportFailed("heatmap bytes differ from the signed hash", path=heatmap_id)
                if include_originals:
                    hname = f"media/{media_id}/heatmaps/{heatmap_id}.png"
                else:
                    hname = f"media/{media_id}/heatmaps-redacted/{heatmap_id}.png"
                    png = derivatives.heatmap_derivative(png, regions, (int(body["width"]), int(body["height"])),
                                                         analysed=analysed)
                if hname not in bundle.files:
                    bundle.add(hname, png)
                    files.append(hname)
        del data
    pdq = body.get("pdq") or {}
    return MediaEntry(
        media_id=media_id,
        name=str(body.get("name") or ""),
        kind=str(body["kind"]),
        format=str(body["format"]),
        size=int(body["size"]),
        width=int(body["width"]),
        height=int(body["height"]),
        duration_s=_ms_to_s(body["duration_ms"]) if body.get("duration_ms") is not None else None,
        sha256=body["sha256"],
        sha1=body["sha1"],
        md5=body["md5"],
        pdq=pdq.get("hex"),
        pdq_quality=pdq.get("quality"),
        frame_pdq_count=len(body.get("frame_pdqs") or ()),
        thumbnail_png=thumbnail,
        files=tuple(files),
        original_included=original_included,
        withheld_reason=withheld,
        signals=tuple(s for s in (body.get("signals") or ()) if isinstance(s, dict)),
        added_at=snap.records_by_id[media_id].fields["time"] if media_id in snap.records_by_id else "",
        added_by=_signer_of(snap, media_id),
        detected=_detected_groups(snap, analyses),
        analyses=tuple(
            AnalysisEntry(
                method=r.fields["body"]["method"],
                summary=_summary_without_boxes(snap.values[r.id].get("summary")),
                heatmaps=tuple(f"media/{media_id}/{'heatmaps' if original_included else 'heatmaps-redacted'}/{h}.png"
                               if pictures_allowed else h for h in sorted(r.fields["body"]["heatmaps"])),
                signer=snap.signer_names.get(r.fields["signer"], r.fields["signer"]),
                time=r.fields["time"],
            )
            for r in analyses
        ),
        decisions=tuple(
            DecisionEntry(
                labels=tuple(r.fields["body"]["labels"]),
                # Sealed since format 2 (in clear in version-1 records).
                qualification=str(snap.values[r.id].get("qualification", r.fields["body"].get("qualification", ""))),
                notes=str(snap.values[r.id].get("notes") or ""),
                source=snap.values[r.id].get("source") or {},
                signer=snap.signer_names.get(r.fields["signer"], r.fields["signer"]),
                time=r.fields["time"],
                record=r.id,
                supersedes=r.fields["body"].get("supersedes"),
            )
            for r in _records_about(snap, media_id, "review.sealed")
        ),
        reveals=tuple(
            RevealEntry(
                region=snap.values[r.id]["region"],  # sealed since format 3 (in clear before): the opening
                duration_s=_ms_to_s(r.fields["body"]["duration_ms"]),
                signer=snap.signer_names.get(r.fields["signer"], r.fields["signer"]),
                time=r.fields["time"],
            )
            for r in reveals
        ),
    )


def _signer_of(snap: _Snapshot, record_id: str) -> str:
    record = snap.records_by_id.get(record_id)
    return snap.signer_names.get(record.fields["signer"], record.fields["signer"]) if record else ""


def _detected_groups(snap: _Snapshot, analyses: list[Any]) -> tuple[tuple[str, int], ...]:
    """(group, count) of the regions the region detector's latest record found, largest count first."""
    counts: dict[str, int] = {}
    for record in analyses:
        if record.fields["body"]["method"].get("id") != DETECTION_METHOD:
            continue
        counts = {}
        summary = snap.values[record.id].get("summary")
        for region in (summary.get("regions") if isinstance(summary, dict) else None) or ():
            if isinstance(region, dict) and isinstance(region.get("group"), str):
                counts[region["group"]] = counts.get(region["group"], 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _summary_without_boxes(summary: Any) -> Any:
    """The recorded summary as the report shows it: the method (shown beside it) left out and long lists
    (regions, sampled frames) shortened to their length; the signed records keep everything."""
    if not isinstance(summary, dict):
        return summary
    out = {}
    for key, value in summary.items():
        if key == "method":
            continue
        out[key] = len(value) if isinstance(value, list) and len(value) > 4 else value
    return out


def _translator(lang: str) -> Callable[[str], str]:
    from reviewer.exhibit.report_pdf import ReportLanguage

    language = ReportLanguage(lang)
    return lambda text: language.translate("exhibit_report", text)


def _current_title(snap: _Snapshot) -> str:
    """The case's title now: that of its latest ``case.renamed`` record, else of its ``case.opened`` record."""
    named = [r for r in snap.case_records if r.fields["type"] in ("case.opened", "case.renamed")]
    return str(snap.values[named[-1].id].get("title") or "")


def _report_content(snap: _Snapshot, media: list[MediaEntry], recipient: str, include_originals: bool,
                    lang: str, exporter: str) -> ReportContent:
    t = _translator(lang)
    opened = snap.values[snap.case_records[0].id]
    notices = [] if include_originals else [t(ORIGINALS_OMITTED)]
    signers = [SignerEntry(snap.signer_names[k], k, snap.signer_keys[k], "reviewer") for k in sorted(snap.signer_names)]
    # The vault's identity, then each key that replaced it at a revocation; the last signed the manifest.
    for vkey in (snap.identity, *(r.fields["body"]["checkpoint_key"] for r in snap.key_records
                                  if r.fields["type"] == "checkpoint_key.rotated")):
        signers.append(SignerEntry(f"reviewer.vault/{snap.vault_id}", vkey.split("+", 2)[1], vkey, "vault"))
    vkey = snap.vkey
    return ReportContent(
        case_id=snap.case_id,
        title=str(_current_title(snap) or ""),
        notes=str(opened.get("notes") or ""),
        created_at=snap.case_records[0].fields["time"],
        exported_at=now_rfc3339(),
        exported_by=exporter,
        recipient=recipient,
        app_version=__version__,
        record_count=len(snap.case_records),
        case_checkpoint=snap.case_checkpoint,
        vault_checkpoint=snap.vault_checkpoint,
        vault_key=vkey,
        vault_fingerprint=fingerprint(vkey),
        identity_fingerprint=fingerprint(snap.identity),
        key_replaced=snap.rotation_times[-1] if snap.rotation_times else "",
        media=tuple(media),
        signers=tuple(signers),
        log=tuple(
            LogLine(r.seq, r.fields["time"], r.fields["type"], snap.signer_names.get(r.fields["signer"], r.fields["signer"]),
                    hashlib.sha256(b"\x00" + r.leaf).hexdigest())
            for r in snap.case_records
        ),
        notices=tuple(notices),
        timestamps=tuple(_timestamp_entries(snap)),
    )


def _timestamp_entries(snap: _Snapshot) -> list[TimestampEntry]:
    from reviewer.vault.checkpoint import peek_checkpoint

    out = []
    for record in snap.key_records:
        if record.fields["type"] == "timestamp.imported":
            body = record.fields["body"]
            covered = peek_checkpoint(snap.stamped[record.id][0]).size if record.id in snap.stamped else 0
            out.append(TimestampEntry(record.id, body["gen_time"], body["tsa"], peek_checkpoint(body["note"]).size,
                                      covered))
    return out


# ---------------------------------------------------------------------------------------------------
# Writing: temporary file beside the destination, fsync, rename into place, export record.
# ---------------------------------------------------------------------------------------------------


def _write_and_record(bundle: _Bundle, out: Path, session: Any, case_id: str, recipient: str, snap: _Snapshot,
                      include_originals: bool, lang: str, manifest_sha256: str, cancel: Cancel | None) -> ExportResult:
    directory = out.parent if str(out.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(dir=directory, prefix=f".{out.name}.", suffix=".partial", delete=False)
    except OSError as exc:
        raise ExportFailed(str(exc), path=str(out)) from exc
    temp = Path(handle.name)
    try:
        with handle:
            _write_zip(handle, bundle, session, cancel)
            handle.flush()
            os.fsync(handle.fileno())
        digest = hashlib.sha256()
        with open(temp, "rb") as check:
            for chunk in iter(lambda: check.read(1024 * 1024), b""):
                digest.update(chunk)
        bundle_sha256 = digest.hexdigest()
        _check_cancel(cancel)
        what = {
            "format": FORMAT,
            "manifest_sha256": manifest_sha256,
            "files": len(bundle.files),
            "records": len(snap.case_records),
            "include_originals": include_originals,
            "lang": lang,
            "originals": sorted(n.split("/")[1] for n in bundle.files if "/original." in n),
            "withheld_suspected_minor": sorted(snap.minors),
        }
        # The file goes into place first and the record follows: a failed rename must not leave the
        # vault recording an exhibit that does not exist; a refused record removes the placed file.
        os.replace(temp, out)
        _fsync_directory(directory)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportFailed(str(exc), path=str(out)) from exc
        raise
    try:
        record = session.record_export(case_id, bundle_sha256=bundle_sha256, recipient=recipient, what=what)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return ExportResult(out, bundle_sha256, out.stat().st_size, tuple(sorted(bundle.files)),
                        tuple(sorted(snap.minors)), record)


def _write_zip(handle: Any, bundle: _Bundle, session: Any, cancel: Cancel | None) -> None:
    stamp = datetime.now(timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
        for name in sorted(bundle.files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = (0o100644 & 0xFFFF) << 16  # regular file, rw-r--r--
            info.create_system = 3
            info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(_STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            data = bundle.files[name]
            if isinstance(data, _Original):
                _check_cancel(cancel)
                # Streamed from the store into the archive (a video is never whole in memory), checked against
                # its signed SHA-256 on the way; a mismatch fails the export before the archive is renamed.
                digest, size = hashlib.sha256(), 0
                with session.open_media(data.media_id) as stream, \
                        archive.open(info, "w", force_zip64=data.size >= zipfile.ZIP64_LIMIT) as out:
                    for chunk in iter(lambda: stream.read(_STREAM_CHUNK), b""):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                if digest.hexdigest() != data.sha256 or size != data.size:
                    raise ExportFailed("media bytes differ from the signed hash", path=data.media_id)
            else:
                archive.writestr(info, data)


_STREAM_CHUNK = 1 << 20  # bytes of a stored media read at a time when it is streamed


def _check_stored(session: Any, media_id: str, sha256: str, size: int) -> None:
    """Raise ``ExportFailed`` unless the stored bytes of ``media_id`` hash to ``sha256`` (read as a stream)."""
    digest, read = hashlib.sha256(), 0
    with session.open_media(media_id) as stream:
        for chunk in iter(lambda: stream.read(_STREAM_CHUNK), b""):
            digest.update(chunk)
            read += len(chunk)
    if digest.hexdigest() != sha256 or read != size:
        raise ExportFailed("media bytes differ from the signed hash", path=media_id)


def _fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
