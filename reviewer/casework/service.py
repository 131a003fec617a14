"""The case service: everything a reviewer does to a case, for the window and the command line alike.

``CaseService`` wraps an unlocked ``VaultSession``. It decides what is recorded and when: an analysis
already recorded (same method, version and model) is never recorded again, and that is a question put
to the vault (the case's records, read through ``CaseRecords`` after syncing it with the log), never a
flag kept by a caller. Every call runs on the thread that owns the session (the window's vault thread,
or the command line's only thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from reviewer.casework.case_records import HEATMAPS_METHOD, CaseRecords, CaseSummary, HistoryRow, MediaRecords
from reviewer.casework.errors import MediaNotInCase


@dataclass(frozen=True)
class RecordedHeatmap:
    """A heatmap read back from its record: the 8-bit map as recorded (``png``) and its description."""

    id: str
    name: str
    explanation: str
    limits: str
    png: bytes
    method: dict
    params: dict


@dataclass(frozen=True)
class DecisionDetails:
    """The sealed fields of a decision, opened: what the reviewer typed."""

    qualification: str
    notes: str
    source: dict


@dataclass(frozen=True)
class CaseTitle:
    id: str
    title: str


def heatmaps_method(heatmaps: Sequence[Any]) -> dict:
    """The ``method`` of a heatmaps ``analysis.run`` record: its id, the maps' version, the library versions
    (as every analysis names them) and each map's method."""
    from reviewer.detect.heatmaps import METHOD_VERSION
    from reviewer.libraries import library_versions

    return {"id": HEATMAPS_METHOD, "version": METHOD_VERSION, "libraries": library_versions(),
            "heatmaps": {h.id: dict(h.method) for h in heatmaps}}


def current_heatmaps_method() -> dict:
    """What a heatmaps record made now would say of its method (to compare with a recorded one)."""
    from reviewer.detect.heatmaps import METHOD_VERSION

    return {"id": HEATMAPS_METHOD, "version": METHOD_VERSION}


def _png_of(heatmap: Any) -> bytes:
    png = getattr(heatmap, "png", None)
    return bytes(png) if png else heatmap.to_png_bytes()


@dataclass(frozen=True)
class StoredMedia:
    """A stored media read back on the session's thread, to be described on any thread (``describe``).

    An image holds its bytes (checked against the signed SHA-256); a video holds only a function opening
    its encrypted store and its record's description, so it is never held in memory.
    """

    media_id: str
    name: str
    kind: str
    data: bytes | None = None                     # an image's bytes
    opener: Callable[[], Any] | None = None       # a video's: opens a new stream of its stored bytes
    description: dict | None = None               # a video's record body, sealed values opened

    def describe(self) -> Any:
        """The ``reviewer.media.Media`` of these bytes: an image described as a new file is (hashes, pixels'
        PDQ, provenance); a video rebuilt from its record, nothing decoded (``media.described_video``).
        Raises the ``reviewer.media`` errors for an image that no longer decodes."""
        from reviewer.media import FramePdq, Pdq, Signal, described_video, ingest_bytes

        if self.opener is None:
            return ingest_bytes(self.data or b"", self.name)
        body = self.description or {}
        pdq = body.get("pdq")
        seconds = lambda ms: None if ms is None else ms / 1000  # noqa: E731 - the vault keeps milliseconds
        return described_video(
            self.opener, name=self.name, size=body["size"], sha256=body["sha256"], sha1=body["sha1"], md5=body["md5"],
            format=body["format"], mime=body["mime"], width=body["width"], height=body["height"],
            frame_count=body["frame_count"], duration_s=seconds(body.get("duration_ms")),
            fps=seconds(body.get("fps_milli")), pdq=Pdq(pdq["hex"], int(pdq["quality"])) if pdq else None,
            frame_pdqs=[FramePdq(int(f["index"]), (f.get("ms") or 0) / 1000, Pdq(f["hex"], int(f["quality"])))
                        for f in body.get("frame_pdqs") or ()],
            metadata=body.get("metadata") or {},
            signals=[Signal(**s) for s in body.get("signals") or () if isinstance(s, dict)],
            extension_note=body.get("extension_note"))


class CaseService:
    """A reviewer's work on the vault's cases. One owner thread (see the module's docstring)."""

    def __init__(self, session: Any) -> None:
        """``session``: an unlocked ``reviewer.vault.VaultSession``."""
        self.session = session
        self.vault = session.vault
        self._models: dict[str, CaseRecords] = {}

    # -- cases -------------------------------------------------------------------------------------------

    def cases(self) -> list[CaseTitle]:
        """Every case with its (decrypted) title, oldest first."""
        return [CaseTitle(c["id"], c.get("title") or c["id"]) for c in self.session.cases()]

    def new_case(self, title: str, *, notes: str = "") -> str:
        """Open a new case; return its id."""
        return self.session.new_case(title, notes=notes)

    def rename_case(self, case_id: str, title: str) -> Any | None:
        """Give the case a new title (``casework.titles.new_title``: ``CaseTitleInvalid``); return the
        ``case.renamed`` record, or None when the title is the one it has. Raises ``UnknownCase``."""
        from reviewer.casework.titles import new_title

        title = new_title(title)
        if title == self.case(case_id).title:
            return None
        return self._appended(self.session.rename_case(case_id, title))

    def title_history(self, case_id: str) -> list[tuple[HistoryRow, str]]:
        """Every title of the case, oldest first (``CaseRecords.title_history``)."""
        return self.case(case_id).title_history()

    def open_case(self, case_id: str, progress: Callable[[int, int], None] | None = None) -> CaseRecords:
        """The read model of ``case_id``, read from the vault the first time (in batches, reporting
        ``progress(done, total)``), then only brought up to date. Raises ``UnknownCase``."""
        from reviewer.vault import queries

        model = self._models.get(case_id)
        if model is None:
            from reviewer.vault import UnknownCase

            total = queries.log_size(self.vault, case_id)
            if total == 0 or case_id == "keys":  # a case's log always starts with its case.opened record
                raise UnknownCase(case=case_id)
            model = CaseRecords(case_id, self.session.decrypt_record)
            while model.size < total:
                model.apply_all(queries.records_from(self.vault, case_id, model.size, limit=5000))
                if progress is not None:
                    progress(model.size, total)
            self._models[case_id] = model
        return self.case(case_id)

    def case(self, case_id: str) -> CaseRecords:
        """The read model of ``case_id`` brought up to date with the vault: the records appended since it was
        last seen (by this process or another) are folded in. Cost: the new records only."""
        from reviewer.vault import queries

        model = self._models.get(case_id)
        if model is None:
            return self.open_case(case_id)
        new = queries.records_from(self.vault, case_id, model.size)
        if new and new[0].seq != model.size:  # pragma: no cover - a gap: the verifier names it
            del self._models[case_id]
            return self.open_case(case_id)
        model.apply_all(new)
        return model

    def summary(self, case_id: str) -> CaseSummary:
        return self.case(case_id).summary()

    def _media(self, case_id: str, media_id: str) -> MediaRecords:
        item = self.case(case_id).get(media_id)
        if item is None:
            raise MediaNotInCase(media=media_id[:12])
        return item

    def _appended(self, record: Any) -> Any:
        """Fold a record this service just appended into its case's model (the next sync skips it)."""
        model = self._models.get(record.log)
        if model is not None:
            self.case(record.log)
        return record

    # -- media ----------------------------------------------------------------------------------------------

    def add_media(self, case_id: str, media: Any, *, source: dict | None = None, acquired_by: str = "",
                  how: str = "") -> str:
        """Store ``media`` (a ``reviewer.media.Media``) in the case; return its media id. A media.ingested
        record is made for each call (the same file added twice is two acquisitions, both recorded)."""
        media_id = self.session.ingest(case_id, media, source=source, acquired_by=acquired_by, how=how)
        self.case(case_id)
        return media_id

    def add_file(self, case_id: str, path: Any, *, source: dict | None = None, acquired_by: str = "",
                 how: str = "", frame_pdq: str = "second") -> tuple[str, Any]:
        """Read the file at ``path`` once and store it in the case; return (media id, its ``Media``).

        A video is streamed into the encrypted store and described from there, never held in memory
        (``VaultSession.ingest_file``); the returned Media reads the store while the session is open.
        Raises the ``reviewer.media`` errors for a file that cannot be read; then nothing is recorded."""
        media_id, media = self.session.ingest_file(case_id, path, source=source, acquired_by=acquired_by, how=how,
                                                   frame_pdq=frame_pdq)
        self.case(case_id)
        return media_id, media

    def removal_preview(self, case_id: str, media_id: str) -> Any:
        """What removing a media from the case means (``casework.removal.removal_preview``); raises
        ``MediaNotInCase``, ``MediaAlreadyRemoved`` or ``SuspectedMinorKept`` when it may not be removed."""
        from reviewer.casework.removal import removal_preview

        return removal_preview(self.case(case_id), media_id, self.vault.withheld_media(case_id))

    def remove_media(self, case_id: str, media_id: str, reason: str) -> Any:
        """Remove a media added by mistake: its stored bytes and heatmaps are destroyed, its hashes and records
        stay, and a ``media.purged`` record seals ``reason`` (``casework.removal``). Checked again here, on the
        owner thread, whatever the confirmation showed: ``RemovalReasonMissing`` and the errors of
        ``removal_preview``. Returns the record."""
        from reviewer.casework.removal import removal_reason

        reason = removal_reason(reason)
        self.removal_preview(case_id, media_id)
        return self._appended(self.session.purge_media(case_id, media_id, reason))

    def read_media(self, media_id: str) -> bytes:
        """The stored bytes of a media, checked against their SHA-256 (``MediaPurged``, ``TamperedVault``)."""
        return self.session.read_media(media_id)

    def stored(self, media_id: str) -> StoredMedia:
        """A stored media read back for describing (``StoredMedia.describe``, on any thread): an image's bytes
        read and checked against their signed SHA-256; for a video, its record only and an opener of its
        encrypted store (``VaultSession.media_opener``), so that reopening, analysing or exporting a video
        never loads the whole file. Raises ``UnknownMedia``, ``MediaPurged``, ``TamperedVault``."""
        record = self.vault.record(media_id)
        if record.body.get("kind") != "video":
            name = self.session.decrypt_record(record)["body"].get("name") or media_id[:12]
            return StoredMedia(media_id, name, record.body.get("kind", "image"), data=self.read_media(media_id))
        opener = self.session.media_opener(media_id)
        body = self.session.decrypt_record(record)["body"]
        return StoredMedia(media_id, body.get("name") or media_id[:12], "video", opener=opener, description=body)

    def thumbnail(self, media_id: str, variant: str) -> bytes | None:
        """The grid's cached thumbnail of a stored media made as ``variant`` (a PNG), or None: make it again."""
        return self.session.thumbnail(media_id, variant)

    def keep_thumbnail(self, media_id: str, variant: str, png: bytes) -> None:
        """Cache the grid's safe thumbnail of a stored media in the vault, encrypted (derived, in no record:
        docs/vault-format.md 3.2), so that reopening its case decodes nothing to fill the grid."""
        self.session.store_thumbnail(media_id, variant, png)

    def history(self, case_id: str, media_id: str) -> list[HistoryRow]:
        """The records about a media and the case's exports, in order (see ``CaseRecords.history``)."""
        return self.case(case_id).history(media_id)

    def groups(self, case_id: str) -> list[Any]:
        """The case's near-duplicate groups (``casework.groups.case_groups``; keys are media ids)."""
        from reviewer.casework.groups import case_groups

        return case_groups(self.case(case_id))

    def withheld(self, case_id: str, policy: Any) -> dict[str, Any]:
        """The media of ``case_id`` the window must not show, as the reviewer of this session may see them
        under ``policy`` (a ``redact.ViewingPolicy``): media id -> ``casework.withheld.WithheldMedia``. Those
        sealed suspected minor here, and copies of one sealed in any case, decided by the exporter's own rule
        (``Vault.withheld_media``: the suspected-minor index and this case's ingest records, no blob read)."""
        from reviewer.casework.withheld import withheld_media

        return withheld_media(self.case(case_id), policy, self.session.key_id, self.reviewer_names(),
                              self.vault.withheld_media(case_id))

    def withheld_if_copy(self, case_id: str, media_id: str, policy: Any) -> dict[str, Any] | None:
        """After ``media_id`` was added to ``case_id``: ``withheld(case_id, policy)`` when that media is withheld
        (a copy of a media labelled suspected minor in any case), else None, so that the window withholds it
        before painting anything of it. Costs the suspected-minor index only when it is not a copy."""
        if self.vault.withheld_reason(case_id, media_id) is None:
            return None
        return self.withheld(case_id, policy)

    def minor_index_version(self) -> tuple[int, int]:
        """A value that changes whenever a media is labelled suspected minor in any case, by this process or
        another (``Vault.minor_index_version``): the window asks again which media it withholds when it does."""
        return self.vault.minor_index_version()

    def enrol_reviewer(self, name: str, passphrase: str, repeated: str) -> str:
        """Enrol another reviewer, signed by this session's (``casework.reviewers.enrol_reviewer``); return the
        new key id."""
        from reviewer.casework.reviewers import enrol_reviewer

        return enrol_reviewer(self.session, name, passphrase, repeated)

    def revocable_reviewers(self) -> list[dict[str, Any]]:
        """The reviewers whose access this session may remove (``casework.reviewers.revocable_reviewers``)."""
        from reviewer.casework.reviewers import revocable_reviewers

        return revocable_reviewers(self.session)

    def revoke_reviewer(self, key_id: str, reason: str) -> None:
        """Remove reviewer ``key_id``'s access, signed by this session's (``casework.reviewers.revoke_reviewer``)."""
        from reviewer.casework.reviewers import revoke_reviewer

        revoke_reviewer(self.session, key_id, reason)

    def reviewer_names(self) -> dict[str, str]:
        """Key id -> reviewer name, for showing who signed a record."""
        return {r["key_id"]: r["name"] for r in self.vault.reviewers()}

    # -- analyses ----------------------------------------------------------------------------------------

    def has_analysis(self, case_id: str, media_id: str, method: dict) -> bool:
        """Whether an analysis with ``method``'s identity (id, version, model, threshold) is recorded."""
        return self._media(case_id, media_id).has_analysis(method)

    def record_detection(self, case_id: str, media_id: str, method: dict, summary: dict) -> Any | None:
        """Record a sensitive-region detection (image or video) unless the same one is recorded; return the
        new record, or None when it was already there."""
        if self.has_analysis(case_id, media_id, method):
            return None
        return self._appended(self.session.record_analysis(case_id, media_id, method=dict(method), summary=summary))

    def record_heatmaps(self, case_id: str, media_id: str, heatmaps: Sequence[Any]) -> Any | None:
        """Record the forensic heatmaps of an image (each: id, name, explanation, limits, params, method and
        ``png`` or ``to_png_bytes()``) unless maps of the same version are recorded; None when they were, or
        when there are none."""
        if not heatmaps:
            return None
        method = heatmaps_method(heatmaps)
        if self.has_analysis(case_id, media_id, method):
            return None
        summary = {h.id: {"name": h.name, "explanation": getattr(h, "explanation", ""),
                          "limits": getattr(h, "limits", ""), "params": dict(h.params)} for h in heatmaps}
        return self._appended(self.session.record_analysis(
            case_id, media_id, method=method, summary=summary, heatmaps={h.id: _png_of(h) for h in heatmaps}))

    def record_comparison(self, case_id: str, media_id: str, original: Any, comparison: Any) -> Any:
        """Record a comparison with the victim's original photo (every comparison is recorded: each names
        the original it was compared with)."""
        import numpy as np

        summary = comparison.to_json() if hasattr(comparison, "to_json") else {}
        summary = {key: value for key, value in summary.items() if not isinstance(value, (bytes, np.ndarray))}
        summary["original"] = {"name": original.name, "sha256": original.sha256, "size": original.size}
        method = dict(getattr(comparison, "method", {}) or {"id": "detect.compare"})
        return self._appended(self.session.record_analysis(case_id, media_id, method=method, summary=summary))

    def recorded_detections(self, case_id: str, media_id: str) -> Any | None:
        """The recorded regions of an image as ``reviewer.detect.Detections`` (no model run), or None when no
        detection is recorded. Decrypts one record."""
        from reviewer.detect.regions import Detections, Region

        item = self._media(case_id, media_id)
        if item.detection is None or item.kind != "image":
            return None
        summary = self.session.decrypt_record(self.vault.record(item.detection))["body"]["summary"]
        regions = tuple(Region.from_json(r) for r in summary.get("regions", ()))
        size = tuple(summary.get("image_size") or (item.width, item.height))
        return Detections(regions, dict(item.detection_method or {}), (int(size[0]), int(size[1])))

    def recorded_heatmaps(self, case_id: str, media_id: str) -> list[RecordedHeatmap] | None:
        """The recorded heatmaps of a media (their 8-bit maps decrypted from the vault), or None when none are
        recorded (or they were purged)."""
        item = self._media(case_id, media_id)
        if item.heatmaps is None or not item.heatmap_files:
            return None
        record = self.vault.record(item.heatmaps)
        opened = self.session.decrypt_record(record)["body"]
        summary, method = opened.get("summary") or {}, opened.get("method") or {}
        out = []
        for heatmap_id, stored in opened.get("heatmaps", {}).items():
            about = summary.get(heatmap_id) or {}
            png = self.session.read_blob(stored["blob"]["id"], stored["blob"]["size"])
            out.append(RecordedHeatmap(heatmap_id, str(about.get("name") or heatmap_id),
                                       str(about.get("explanation") or ""), str(about.get("limits") or ""), png,
                                       dict((method.get("heatmaps") or {}).get(heatmap_id) or {}),
                                       dict(about.get("params") or {})))
        return out

    # -- reveal and review -------------------------------------------------------------------------------

    def record_reveal(self, case_id: str, media_id: str, region: dict, duration_s: float) -> Any:
        """Record that one sensitive region was revealed for ``duration_s`` seconds."""
        self._media(case_id, media_id)
        return self._appended(self.session.record_reveal(case_id, media_id, region=region, duration_s=duration_s))

    def seal_review(self, case_id: str, media_id: str, *, labels: Sequence[str], qualification: str = "",
                    notes: str = "", source: dict | None = None, supersedes: str | None = None) -> Any:
        """Seal a reviewer's conclusion (``InvalidLabel`` for a label outside the vocabulary,
        ``ContradictoryLabels`` for labels that exclude each other). A correction passes ``supersedes``, the
        record id of the decision it corrects, which must be the media's current one (``NotLatestReview``).
        ``VaultRolledBack`` / ``VaultDiverged`` when the vault is older than, or diverges from, what this account
        last saw (``reviewer.vault.head_check``): a review added to an old copy would fork the vault."""
        from reviewer.vault.head_check import require_current_head

        self._media(case_id, media_id)
        require_current_head(self.vault)
        return self._appended(self.session.seal_review(case_id, media_id, labels=labels, qualification=qualification,
                                                       notes=notes, source=source, supersedes=supersedes))

    # -- review state -----------------------------------------------------------------------------------

    def review_states(self, case_id: str) -> dict[str, Any]:
        """Media id -> ``casework.review_state.MediaState`` of every media of the case (no decryption)."""
        from reviewer.casework.review_state import case_states

        return case_states(self.case(case_id), self.reviewer_names())

    def review_state(self, case_id: str, media_id: str) -> Any:
        """The ``MediaState`` of one media (``MediaNotInCase`` for a media of another case)."""
        from reviewer.casework.review_state import media_state

        self._media(case_id, media_id)
        return media_state(self.case(case_id), media_id, self.reviewer_names())

    def decision_details(self, case_id: str, media_id: str) -> DecisionDetails | None:
        """The sealed fields of the media's current decision (qualification, notes, source), decrypted from its
        record; None when the media was never reviewed. Decrypts one record."""
        review = self._media(case_id, media_id).review
        if review is None:
            return None
        fields = self.session.decrypt_record(self.vault.record(review.record))["body"]
        source = fields.get("source")
        return DecisionDetails(str(fields.get("qualification") or review.qualification or ""),
                               str(fields.get("notes") or ""), dict(source) if isinstance(source, dict) else {})
