"""What the case layer records, and what it does not record twice. Real vault, real photos, real model; no Qt."""

from __future__ import annotations

import dataclasses
import sys

import pytest

from reviewer.casework import CaseRecords, CaseService, MediaNotInCase
from reviewer.casework.analyse import analyse_case, analyse_media
from reviewer.media import ingest
from reviewer.vault import InvalidLabel, Vault

from .conftest import record_types

PHOTOS = ("coffee.png", "rocket.jpg", "chelsea.png")


@pytest.fixture
def filled(session, samples_dir):
    """A case with three sample photos stored (nothing analysed yet)."""
    service = CaseService(session)
    case_id = service.new_case("Dossier test")
    media_ids = [service.add_media(case_id, ingest(samples_dir / name), acquired_by="Alice") for name in PHOTOS]
    return service, case_id, media_ids


def test_ingest_records_one_media_record_per_file_with_its_name(filled, vault_dir):
    service, case_id, media_ids = filled
    assert record_types(vault_dir, case_id) == ["case.opened"] + ["media.ingested"] * 3
    model = service.case(case_id)
    assert model.media_ids() == media_ids
    assert [model.get(m).name for m in media_ids] == list(PHOTOS)
    assert model.title == "Dossier test"


def test_analysis_records_detection_and_heatmaps_once(filled, vault_dir, detector):
    service, case_id, media_ids = filled
    first = analyse_case(service, case_id, detector)
    assert [r.recorded for r in first] == [["detection", "heatmaps"]] * 3
    runs = [t for t in record_types(vault_dir, case_id) if t == "analysis.run"]
    assert len(runs) == 6
    second = analyse_case(service, case_id, detector)
    assert [r.recorded for r in second] == [[]] * 3
    assert [r.reused for r in second] == [["detection", "heatmaps"]] * 3
    assert len([t for t in record_types(vault_dir, case_id) if t == "analysis.run"]) == 6


def test_reopen_and_restart_then_view_every_media_again_records_nothing(filled, vault_dir, detector, reopen):
    """The duplicate-heatmaps bug of version 1: viewing a photo again after a restart sealed a second
    detect.heatmaps record. "Already recorded" is now asked of the vault, so a new process adds nothing."""
    service, case_id, _ = filled
    analyse_case(service, case_id, detector)
    before = record_types(vault_dir, case_id)

    restarted = CaseService(reopen())  # a new Vault object, a new session, no memory of the first
    again = analyse_case(restarted, case_id, detector)
    assert all(r.recorded == [] for r in again)
    # What was recorded is what is shown: the regions and the maps come back from the records.
    for fresh, result in zip(analyse_case(service, case_id, detector), again):
        assert result.detections.regions == fresh.detections.regions
        assert sorted(h.id for h in result.heatmaps) == sorted(h.id for h in fresh.heatmaps)
        assert all(h.png.startswith(b"\x89PNG") for h in result.heatmaps)
    assert record_types(vault_dir, case_id) == before


def test_heatmaps_recorded_by_hand_are_not_recorded_again_by_another_service(filled, vault_dir, detector, reopen):
    service, case_id, media_ids = filled
    from reviewer.detect import heatmaps_for

    media = ingest_of(service, media_ids[1], "rocket.jpg")
    maps = heatmaps_for(media, detector.detect_media(media))
    assert service.record_heatmaps(case_id, media_ids[1], maps) is not None
    assert service.record_heatmaps(case_id, media_ids[1], maps) is None
    assert CaseService(reopen()).record_heatmaps(case_id, media_ids[1], maps) is None
    assert record_types(vault_dir, case_id).count("analysis.run") == 1


def test_a_new_detector_version_is_a_new_visible_record(filled, vault_dir, detector):
    service, case_id, media_ids = filled
    analyse_media(service, case_id, media_ids[0], detector)

    class NextVersion:
        """The same model behind a detector whose method says version 99 (what an upgrade would record)."""

        def method(self, input_sha256=""):
            return {**detector.method(input_sha256), "version": "99"}

        def detect_media(self, media):
            found = detector.detect_media(media)
            return dataclasses.replace(found, method={**found.method, "version": "99"})

    result = analyse_media(service, case_id, media_ids[0], NextVersion())
    assert result.recorded == ["detection"]  # the heatmaps' version did not change: reused
    versions = [r.body["method"].get("version") for r in service.vault.records(case_id)
                if r.type == "analysis.run" and r.body["method"]["id"] == "detect.regions"]
    assert versions == ["2", "99"]


def test_comparison_reveal_and_seal_are_recorded_and_shape_the_read_model(filled, vault_dir, samples_dir, detector):
    service, case_id, media_ids = filled
    from reviewer.detect import compare_with_reference

    suspect = ingest_of(service, media_ids[1], "rocket.jpg")
    original = ingest(samples_dir / "rocket.jpg")
    service.record_comparison(case_id, media_ids[1], original, compare_with_reference(suspect, original, None))
    service.record_reveal(case_id, media_ids[0], {"index": 0, "x0": 1, "y0": 2, "x1": 30, "y1": 40,
                                                   "label": "FACE_FEMALE", "group": "face"}, 2.5)
    service.seal_review(case_id, media_ids[0], labels=["suspected-minor"], qualification="art. 227-23", notes="n")
    service.seal_review(case_id, media_ids[0], labels=["non-conclusive"], notes="second look")
    with pytest.raises(InvalidLabel):
        service.seal_review(case_id, media_ids[2], labels=["not-a-label"])

    assert record_types(vault_dir, case_id)[-4:] == ["analysis.run", "region.revealed", "review.sealed",
                                                     "review.sealed"]
    model = service.case(case_id)
    first = model.get(media_ids[0])
    assert first.reveals == 1
    assert first.review.labels == ("non-conclusive",)          # the latest review
    assert model.suspected_minors() == {media_ids[0]}            # once labelled, always withheld
    assert model.get(media_ids[1]).comparisons and model.get(media_ids[2]).review is None
    assert [row.type for row in service.history(case_id, media_ids[0])] == [
        "media.ingested", "region.revealed", "review.sealed", "review.sealed"]
    summary = service.summary(case_id)
    assert (summary.media, summary.reviewed, summary.suspected_minors) == (3, 1, 1)


def test_the_read_model_kept_up_to_date_equals_one_read_afresh(filled, detector, reopen):
    service, case_id, media_ids = filled
    service.open_case(case_id)  # read once; everything after is folded in record by record
    analyse_case(service, case_id, detector)
    service.seal_review(case_id, media_ids[2], labels=["not-sexual"])
    service.session.purge_media(case_id, media_ids[1], "added by mistake")

    afresh = CaseRecords(case_id, service.session.decrypt_record)
    afresh.apply_all(service.vault.records(case_id))
    kept = service.case(case_id)
    assert kept.size == afresh.size == len(service.vault.records(case_id))
    assert kept.media == afresh.media
    assert kept.media_ids() == afresh.media_ids() == [media_ids[0], media_ids[2]]
    assert kept.purged() == {media_ids[1]}


def test_records_written_by_another_process_are_seen(filled, vault_dir, tmp_path, samples_dir, reopen):
    """The question goes to the vault: a media added by ``reviewer ingest`` while the window is open is
    in the next answer, without reopening the case."""
    import os
    import subprocess
    from pathlib import Path

    service, case_id, _ = filled
    service.open_case(case_id)
    env = {**os.environ, "REVIEWER_PASSPHRASE": "correct horse battery"}
    fast_kdf_reviewer = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")  # as the vault's keys
    subprocess.run([sys.executable, fast_kdf_reviewer, "ingest", "--vault", str(vault_dir), case_id,
                    str(samples_dir / "astronaut.png")], check=True, env=env, capture_output=True)
    assert [service.case(case_id).get(m).name for m in service.case(case_id).media_ids()][-1] == "astronaut.png"


def test_a_media_of_another_case_is_refused_in_plain_words(filled):
    service, case_id, media_ids = filled
    other = service.new_case("Autre dossier")
    with pytest.raises(MediaNotInCase) as raised:
        service.record_reveal(other, media_ids[0], {"index": 0}, 1.0)
    assert "not part of the open case" in raised.value.message


def ingest_of(service: CaseService, media_id: str, name: str):
    from reviewer.media import ingest_bytes

    return ingest_bytes(service.read_media(media_id), name)


def test_reading_a_case_needs_no_more_than_its_own_records(filled, vault_dir):
    service, case_id, _ = filled
    with Vault.open(vault_dir, read_only=True) as vault:
        from reviewer.vault import queries

        assert queries.log_size(vault, case_id) == 4
        assert [r.seq for r in queries.records_from(vault, case_id, 2)] == [2, 3]
        assert queries.records_from(vault, case_id, 9) == []
