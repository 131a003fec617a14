"""Incremental verification: the whole case once, then each new record against the last verified checkpoint.

Tampering is done as an attacker with the vault file would: the sqlite3 command-line client."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from reviewer.casework import CaseService
from reviewer.casework.verification import CaseVerifier
from reviewer.media import ingest

SQLITE3 = shutil.which("sqlite3")


@pytest.fixture
def case(session, samples_dir):
    service = CaseService(session)
    case_id = service.new_case("Dossier")
    media_id = service.add_media(case_id, ingest(samples_dir / "coffee.png"))
    return service, case_id, media_id


def sql(vault_dir, statement: str) -> None:
    if SQLITE3 is None:
        pytest.skip("the sqlite3 command-line client is not installed")
    subprocess.run([SQLITE3, str(vault_dir / "vault.sqlite3"), statement], check=True)


def test_a_case_is_verified_once_then_only_its_new_records(case):
    service, case_id, media_id = case
    verifier = CaseVerifier(service.vault, case_id)
    first = verifier.verify_all()
    assert first.ok and first.size == 2
    service.record_reveal(case_id, media_id, {"index": 0}, 1.0)
    service.seal_review(case_id, media_id, labels=["not-sexual"])
    check = verifier.check_new()
    assert (check.ok, check.size, check.checked) == (True, 4, 2)
    assert verifier.check_new().checked == 0  # nothing new: nothing read again


def test_a_new_record_edited_on_disk_fails_the_check_and_the_case_stays_failed(case, vault_dir):
    service, case_id, media_id = case
    verifier = CaseVerifier(service.vault, case_id)
    assert verifier.verify_all().ok
    service.seal_review(case_id, media_id, labels=["not-sexual"], qualification="aucune")
    # The labels are a clear field of the signed leaf (the qualification is sealed): change them on disk.
    sql(vault_dir, f"UPDATE records SET leaf = CAST(replace(CAST(leaf AS TEXT), 'not-sexual', 'non-conclusive') "
                   f"AS BLOB) WHERE log = '{case_id}' AND seq = 2")
    check = verifier.check_new()
    assert not check.ok and "record 2" in check.problem
    with pytest.raises(Exception) as raised:
        verifier.require_ok()
    assert raised.value.code == "case_check_failed"
    assert not verifier.check_new().ok


def test_a_record_removed_from_the_end_is_noticed(case, vault_dir):
    service, case_id, media_id = case
    verifier = CaseVerifier(service.vault, case_id)
    assert verifier.verify_all().ok
    service.seal_review(case_id, media_id, labels=["not-sexual"])
    sql(vault_dir, f"DELETE FROM records WHERE log = '{case_id}' AND seq = 2")
    check = verifier.check_new()  # the newest checkpoint covers 3 records; only 2 are there
    assert not check.ok


def test_the_full_check_names_damage_the_incremental_one_started_from(case, vault_dir):
    service, case_id, _ = case
    sql(vault_dir, f"DELETE FROM records WHERE log = '{case_id}' AND seq = 1")
    check = CaseVerifier(service.vault, case_id).verify_all()
    assert not check.ok and check.problem


def test_a_correction_of_a_review_verified_earlier_passes_the_incremental_check(case):
    """The incremental check applies the vault's own record rules: a correction must name an earlier review of
    the same media, which the full check saw before the correction was sealed."""
    service, case_id, media_id = case
    first = service.seal_review(case_id, media_id, labels=["not-sexual"])
    verifier = CaseVerifier(service.vault, case_id)
    assert verifier.verify_all().ok
    service.seal_review(case_id, media_id, labels=["non-conclusive"], supersedes=first.id)
    check = verifier.check_new()
    assert check.ok, check.problem
    assert check.checked == 1
