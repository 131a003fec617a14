"""The window's vault work: small functions run on the runner's single vault thread, in submission order.

Each takes the task control first and calls the case layer (``reviewer.casework``), which decides what is
recorded; nothing here keeps state or decides a rule, and nothing touches a widget. The window only passes
their results to its widgets (Anki's ``aqt/operations`` over ``pylib``'s Collection).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.casework import CaseService, current_heatmaps_method
from reviewer.casework.verification import CaseCheck, CaseVerifier

HOW_ADDED = "added in the reviewer window"


@dataclass(frozen=True)
class ListedMedia:
    """One stored media of a case as the grid needs it at once (names come from the read model)."""

    media_id: str
    name: str
    kind: str
    detection_recorded: bool


# -- session ---------------------------------------------------------------------------------------------

def open_vault(control, path: Path) -> tuple:
    """(the opened vault, its active reviewers as (key id, name)) for the unlock dialog."""
    from reviewer.vault import Vault

    vault = Vault.open(path)
    return vault, reviewers_of(vault)


def create_vault(control, path: Path, name: str, passphrase: str):
    from reviewer.vault import Vault

    path.mkdir(parents=True, exist_ok=True)
    session = Vault.create(path, reviewer_name=name, passphrase=passphrase)
    return session.vault, session


def reviewers_of(vault) -> list[tuple[str, str]]:
    return [(r["key_id"], r["name"]) for r in vault.reviewers() if r.get("active", True)]


def unlock_vault(control, vault, passphrase: str, reviewer: str | None):
    """(session, reviewer name, case titles) for the passphrase given."""
    session = vault.unlock(passphrase, reviewer)
    return session, session.name, case_titles(CaseService(session))


def case_titles(service: CaseService) -> list[tuple[str, str]]:
    return [(case.id, case.title) for case in service.cases()]


# -- cases ------------------------------------------------------------------------------------------------

def new_case(control, service: CaseService, title: str):
    case_id = service.new_case(title)
    return case_id, case_titles(service)


def case_listing(control, service: CaseService, case_id: str) -> list[ListedMedia]:
    """The case's stored media not purged, in the order they were added, from its read model (read once per
    case and session, then kept up to date record by record)."""
    model = service.open_case(case_id, progress=lambda done, total: control.progress(done, total, "records"))
    return [ListedMedia(m, model.get(m).name, model.get(m).kind, model.get(m).detection is not None)
            for m in model.media_ids()]


def verify_opened_case(control, verifier: CaseVerifier, vault_dir: Path) -> CaseCheck:
    """The full check of a case just opened (signatures, chain, checkpoints; no decryption). Runs on the
    pool with its own read-only connection, so the vault thread (thumbnails, records) does not wait for it."""
    from reviewer.vault import Vault

    with Vault.open(vault_dir, read_only=True) as reader:
        return verifier.verify_all(progress=lambda done, total: control.progress(done, total, "verify"), reader=reader)


def check_new_records(control, verifier: CaseVerifier) -> CaseCheck | None:
    """Only the records appended since the last check (see reviewer.casework.verification)."""
    return verifier.check_new()


def verify_case(control, vault, session, case_id: str) -> tuple[bool, str]:
    """The whole case checked again, sealed fields and files decrypted (the reviewer asked for it)."""
    report = vault.verify(case_id, session=session)
    problem = getattr(report, "problem", None)
    message = getattr(problem, "message", "") if problem is not None else ""
    return bool(report.ok), message


# -- media --------------------------------------------------------------------------------------------------

def add_file(control, service: CaseService, case_id: str, path: Path, reviewer_name: str) -> tuple[str, Any]:
    """Store the file at ``path`` in the case through the case layer: (media id, its ``Media``). Read once; a
    video is hashed as it is streamed into the encrypted store and described from there (no clear copy,
    never whole in memory), an image described from memory (``CaseService.add_file``)."""
    control.check()
    return service.add_file(case_id, path, source=None, acquired_by=reviewer_name, how=HOW_ADDED)


def read_stored_media(control, service: CaseService, media_id: str):
    """A stored media read back (``casework.StoredMedia``): an image's bytes, checked against their SHA-256; a
    video's record and an opener of its encrypted store (never the whole file)."""
    return service.stored(media_id)


def describe_stored_media(control, stored) -> Any:
    """Describe a stored media read back (``StoredMedia.describe``). Runs on the pool."""
    return stored.describe()


def cached_thumbnail(control, service: CaseService, media_id: str, variant: str) -> bytes | None:
    """The media's thumbnail cached in the vault as ``variant`` (a PNG), or None (it is made from the media)."""
    return service.thumbnail(media_id, variant)


def keep_thumbnail(control, service: CaseService, media_id: str, variant: str, png: bytes) -> None:
    """Cache the media's safe thumbnail in the vault, encrypted (``CaseService.keep_thumbnail``)."""
    service.keep_thumbnail(media_id, variant, png)


def recorded_detection(control, service: CaseService, case_id: str, media_id: str, detector) -> Any:
    """The recorded regions of an image as an ``analysis.Analysis`` when they may be reused (recorded by the
    model, version and threshold in use; any when the model is not loaded yet), else None."""
    from reviewer.casework.analyse import detection_method
    from reviewer.ui.analysis import Analysis

    item = service.case(case_id).get(media_id)
    if item is None or item.kind != "image" or item.detection is None:
        return None
    loaded = detector.loaded()
    if loaded is not None and not item.has_analysis(detection_method(loaded, "image")):
        return None
    detections = service.recorded_detections(case_id, media_id)
    return Analysis(detections=detections, method=dict(detections.method), summary=detections.to_json())


def record_detection(control, service: CaseService, case_id: str, media_id: str, result) -> Any:
    """The detection's record, or None when the same analysis was already recorded."""
    return service.record_detection(case_id, media_id, result.method, result.summary)


def recorded_heatmaps(control, service: CaseService, case_id: str, media_id: str) -> list | None:
    """The media's recorded maps when they are of the current version, else None (they are computed)."""
    item = service.case(case_id).get(media_id)
    if item is None or not item.has_analysis(current_heatmaps_method()):
        return None
    return service.recorded_heatmaps(case_id, media_id)


def record_heatmaps(control, service: CaseService, case_id: str, media_id: str, heatmaps: list) -> Any:
    return service.record_heatmaps(case_id, media_id, heatmaps)


def record_comparison(control, service: CaseService, case_id: str, media_id: str, original, comparison):
    return service.record_comparison(case_id, media_id, original, comparison)


def record_reveal(control, service: CaseService, case_id: str, media_id: str, region: dict, duration_s: float):
    return service.record_reveal(case_id, media_id, region, duration_s)


def seal_review(control, service: CaseService, case_id: str, media_id: str, values: dict) -> str:
    """Seal the review; return the case's new checkpoint."""
    service.seal_review(case_id, media_id, labels=values["labels"], qualification=values["qualification"],
                        notes=values["notes"], source=values["source"])
    return service.vault.checkpoint(case_id)


def case_groups(control, service: CaseService, case_id: str) -> list:
    """The case's near-duplicate groups (``CaseService.groups``; keys are media ids)."""
    return service.groups(case_id)


def seal_group(control, service: CaseService, case_id: str, group, values: dict) -> int:
    """Seal the form's ``values`` on every member of ``group`` (``casework.groups.seal_group``); return how many."""
    from reviewer.casework.groups import seal_group as seal_members

    return len(seal_members(service, case_id, group, labels=values["labels"], qualification=values["qualification"],
                            notes=values["notes"], source=values["source"]))


def withheld_media(control, service: CaseService, case_id: str, policy) -> dict:
    """The case's media sealed suspected minor, as this session's reviewer may see them (``CaseService.withheld``)."""
    return service.withheld(case_id, policy)


def media_history(control, service: CaseService, case_id: str, media_id: str) -> list[tuple[str, str, str]]:
    """(time, record type, signer's name) of the media's records and the case's exports, from the read model."""
    names = service.reviewer_names()
    return [(row.time, row.type, names.get(row.signer, row.signer)) for row in service.history(case_id, media_id)]


# -- exhibits ---------------------------------------------------------------------------------------------

def export_exhibit(control, vault, session, shared_detector, case_id: str, out: Path, include_originals: bool,
                   lang: str, recipient: str, stop: threading.Event):
    from reviewer.errors import ReviewerError
    from reviewer.exhibit import export_case

    try:
        detector = shared_detector.get()  # finds regions on video keyframes; None = frames blurred whole
    except ReviewerError:
        detector = None
    return export_case(vault, session, case_id, out, include_originals=include_originals, lang=lang,
                       recipient=recipient, progress=control.progress,
                       cancel=lambda: stop.is_set() or control.cancelled,
                       detector=detector)

