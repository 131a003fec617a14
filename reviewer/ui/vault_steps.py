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
class SealedReview:
    """What a seal wrote, for the technical details under the plain words."""

    record: str
    seq: int
    signer: str
    time: str
    checkpoint: str


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
    """(vault, session, recovery key) of a new vault at ``path``: the first reviewer, then the recovery key the
    organisation keeps in its safe (``casework.recovery``), as ``reviewer vault init`` makes them."""
    from reviewer.casework.recovery import make_recovery_key
    from reviewer.vault import Vault

    path.mkdir(parents=True, exist_ok=True)
    session = Vault.create(path, reviewer_name=name, passphrase=passphrase)
    return session.vault, session, make_recovery_key(session, str(path))


def reviewers_of(vault) -> list[tuple[str, str]]:
    return [(r["key_id"], r["name"]) for r in vault.reviewers() if r.get("active", True)]


def unlock_vault(control, vault, passphrase: str, reviewer: str | None):
    """(session, reviewer name, case titles) for the passphrase given."""
    session = vault.unlock(passphrase, reviewer)
    return session, session.name, case_titles(CaseService(session))


def enrol_reviewer(control, service: CaseService, name: str, passphrase: str, repeated: str) -> str:
    """Enrol another reviewer, signed by the one working now (``CaseService.enrol_reviewer``); return the key id."""
    return service.enrol_reviewer(name, passphrase, repeated)


def revocable_reviewers(control, service: CaseService) -> list[dict]:
    """The reviewers whose access the one working now may remove (``CaseService.revocable_reviewers``)."""
    return service.revocable_reviewers()


def revoke_reviewer(control, service: CaseService, key_id: str, reason: str) -> str:
    """Remove a reviewer's access, signed by the one working now (``CaseService.revoke_reviewer``); return the key
    id."""
    service.revoke_reviewer(key_id, reason)
    return key_id


@dataclass(frozen=True)
class VaultCheck:
    """The whole vault verified as ``reviewer verify --decrypt`` does: the report's plain words, its JSON (the
    technical details) and the reviewers whose passphrase derivation is below the policy (named, not a failure)."""

    ok: bool
    text: str
    report: dict
    weak_keys: list


def verify_whole_vault(control, vault, session) -> VaultCheck:
    """Every log, checkpoint, stored file and sealed field of the vault (``Vault.verify`` with the session: the
    check of ``reviewer verify --decrypt``), reporting its progress; a cancel stops it between steps, and nothing
    is written unless it ends clean (the remembered head, as the command line does)."""

    def progress(done: int, total: int, step: str) -> None:
        control.check()
        control.progress(done, total, step)

    report = vault.verify(session=session, progress=progress)
    return VaultCheck(bool(report.ok), report.text(), report.to_json(), vault.keys_below_policy())


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


def rename_case(control, service: CaseService, case_id: str, title: str) -> list[tuple[str, str]]:
    """Give the case a new title (``CaseService.rename_case``); return every case's title for the case list."""
    service.rename_case(case_id, title)
    return case_titles(service)


def title_history(control, service: CaseService, case_id: str) -> list[tuple[str, str, str]]:
    """(time, title, signer's name) of every title the case had, oldest first."""
    names = service.reviewer_names()
    return [(row.time, title, names.get(row.signer, row.signer)) for row, title in service.title_history(case_id)]


# -- media --------------------------------------------------------------------------------------------------

def removal_preview(control, service: CaseService, case_id: str, media_id: str):
    """What removing the media means (``CaseService.removal_preview``; refusals are its errors)."""
    return service.removal_preview(case_id, media_id)


def remove_media(control, service: CaseService, case_id: str, media_id: str, reason: str):
    """Remove a media added by mistake (``CaseService.remove_media``); return its ``media.purged`` record."""
    return service.remove_media(case_id, media_id, reason)


def add_file(control, service: CaseService, case_id: str, path: Path, reviewer_name: str,
             policy) -> tuple[str, Any, dict | None]:
    """Store the file at ``path`` in the case through the case layer: (media id, its ``Media``, the case's
    withheld media when this one is a copy of a suspected minor, else None: ``CaseService.withheld_if_copy``
    under the viewing ``policy``). Read once; a video is hashed as it is streamed into the encrypted store
    and described from there (no clear copy, never whole in memory), an image described from memory
    (``CaseService.add_file``)."""
    control.check()
    media_id, media = service.add_file(case_id, path, source=None, acquired_by=reviewer_name, how=HOW_ADDED)
    return media_id, media, service.withheld_if_copy(case_id, media_id, policy)


def read_stored_media(control, service: CaseService, media_id: str):
    """A stored media read back (``casework.StoredMedia``): an image's bytes, checked against their SHA-256; a
    video's record and an opener of its encrypted store (never the whole file)."""
    return service.stored(media_id)


def describe_stored_media(control, stored) -> Any:
    """Describe a stored media read back (``StoredMedia.describe``). Runs on the pool."""
    return stored.describe()


def cached_thumbnail(control, service: CaseService, media_id: str, settings, policy) -> bytes | None:
    """The media's thumbnail cached in the vault as it would be made now under ``settings`` and ``policy`` (a
    PNG), or None (it is made from the media)."""
    from reviewer.ui.analysis import thumbnail_variant

    return service.thumbnail(media_id, thumbnail_variant(settings, policy))


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


def seal_review(control, service: CaseService, case_id: str, media_id: str, values: dict) -> SealedReview:
    """Seal the review (a correction when ``values["supersedes"]`` names the decision it replaces); return the
    new record's id, position and signature and the case's new checkpoint, for the technical details."""
    record = service.seal_review(case_id, media_id, labels=values["labels"], qualification=values["qualification"],
                                 notes=values["notes"], source=values["source"], supersedes=values.get("supersedes"))
    return SealedReview(record.id, record.seq, record.fields["signer"], record.fields["time"],
                        service.vault.checkpoint(case_id))


def review_states(control, service: CaseService, case_id: str) -> dict:
    """Media id -> ``casework.MediaState`` of every media of the case (the grid's marks; no decryption)."""
    return service.review_states(case_id)


def review_decision(control, service: CaseService, case_id: str, media_id: str) -> tuple:
    """(``casework.MediaState``, its ``DecisionDetails`` or None) of a media: where it stands and the sealed
    fields of its current decision (one record decrypted)."""
    state = service.review_state(case_id, media_id)
    return state, service.decision_details(case_id, media_id) if state.decision is not None else None


def case_groups(control, service: CaseService, case_id: str) -> list:
    """The case's near-duplicate groups (``CaseService.groups``; keys are media ids)."""
    return service.groups(case_id)


def seal_group(control, service: CaseService, case_id: str, group, values: dict) -> int:
    """Seal the form's ``values`` on every member of ``group`` (``casework.groups.seal_group``); return how many."""
    from reviewer.casework.groups import seal_group as seal_members

    return len(seal_members(service, case_id, group, labels=values["labels"], qualification=values["qualification"],
                            notes=values["notes"], source=values["source"]))


def media_facts(control, service: CaseService, case_id: str) -> dict:
    """What the grid's sort and filter need of each stored media (``casework.media_filter.media_facts``)."""
    from reviewer.casework.media_filter import media_facts as facts_of

    return facts_of(service.case(case_id))


def withheld_media(control, service: CaseService, case_id: str, policy) -> dict:
    """The case's media sealed suspected minor, as this session's reviewer may see them (``CaseService.withheld``)."""
    return service.withheld(case_id, policy)


def minor_index_version(control, service: CaseService) -> tuple[int, int]:
    """Changes whenever a media is labelled suspected minor in any case (``CaseService.minor_index_version``)."""
    return service.minor_index_version()


def correct_times(control, service: CaseService, case_id: str, note: str):
    """Record that the case's last records were dated ahead of the clock (``CaseService.correct_times``)."""
    return service.correct_times(case_id, note)


def vault_head_problem(control, service: CaseService) -> Exception | None:
    """``VaultRolledBack`` or ``VaultDiverged`` when the vault is older than, or diverges from, the head this
    account last saw (``reviewer.vault.head_check``; the prefix check reads the remembered part of the
    vault's log, hence here, on the vault thread), with lost cases named by their title; else None."""
    from reviewer.vault.errors import VaultDiverged, VaultRolledBack
    from reviewer.vault.head_check import require_current_head

    try:
        require_current_head(service.vault, {case.id: case.title for case in service.cases()})
    except (VaultRolledBack, VaultDiverged) as error:
        return error
    return None


def media_history(control, service: CaseService, case_id: str, media_id: str) -> list[tuple[str, str, str]]:
    """(time, record type, signer's name) of the media's records and the case's exports, from the read model;
    a correction's type is given as "review.corrected"."""
    names = service.reviewer_names()
    # A review sealed as a correction reads "Review corrected" (its record type stays review.sealed).
    return [(row.time, "review.corrected" if row.corrects else row.type, names.get(row.signer, row.signer))
            for row in service.history(case_id, media_id)]


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

