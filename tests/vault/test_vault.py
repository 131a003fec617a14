"""The vault's behaviour on real folders: records, encryption at rest, keys, proofs, typed errors."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from reviewer.vault import (
    LABELS,
    InvalidLabel,
    MediaPurged,
    NewerVaultFormat,
    NotAVault,
    UnknownCase,
    UnknownKey,
    UnknownReviewer,
    Vault,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from reviewer.vault import proofs
from reviewer.vault.checkpoint import open_checkpoint
from reviewer.vault.merkle import ProofError
from reviewer.vault.records import FORMAT_VERSION


def test_records_round_trip_after_reopening(filled, passphrase, texts):
    filled.vault.close()
    vault = Vault.open(filled.path)
    session = vault.unlock(passphrase)
    assert session.name == "Alice Martin"
    records = vault.records(filled.case)
    assert [r.type for r in records] == ["case.opened", "media.ingested", "media.ingested", "analysis.run",
                                         "region.revealed", "review.sealed", "review.sealed"]
    assert [r.seq for r in records] == list(range(7))
    review = session.decrypt_record(records[5])["body"]
    assert review == {"media": filled.media[0], "labels": ["sexual-deepfake-adult"], "qualification": "226-8-1",
                      "notes": texts["notes"], "source": texts["source"]}
    reveal = records[4].body
    assert reveal["duration_ms"] == 2350 and isinstance(reveal["duration_ms"], int)
    analysis = session.decrypt_record(records[3])["body"]
    assert analysis["summary"] == {"score": "0.42", "regions": 2}  # floats are kept as exact decimal strings
    assert analysis["method"]["params"] == {"sigma": "1.5"}
    assert session.cases()[0]["title"] == "Plainte Exemple"
    vault.close()


def test_read_media_returns_the_exact_original_bytes(filled, make_heatmap):
    for media_id, path in zip(filled.media, filled.files):
        assert filled.session.read_media(media_id) == path.read_bytes()
    record = filled.vault.records(filled.case)[3]
    for name, seed in (("noise", 1), ("ela", 2)):
        blob = record.body["heatmaps"][name]["blob"]
        assert filled.session.read_blob(blob["id"]) == make_heatmap(seed)


def test_sensitive_words_are_nowhere_in_clear_on_disk(filled):
    """File names, URLs, notes and media bytes are encrypted at rest (database, WAL and blobs)."""
    filled.vault.close()
    on_disk = b"".join(p.read_bytes() for p in filled.path.rglob("*") if p.is_file())
    for secret in (b"coffee.png", b"example.invalid", b"Jeanne", b"Plainte Exemple", b"@someone", b"first contact"):
        assert secret not in on_disk
    original = filled.files[1].read_bytes()
    assert original[1000:1064] not in on_disk
    # ... while the hashes a court needs are in clear.
    assert hashlib.sha256(original).hexdigest().encode() in on_disk


def test_a_fresh_vault_and_a_filled_one_verify(session, filled):
    report = filled.vault.verify()
    assert report.ok, report.text()
    assert report.checked["records"] == len(filled.vault.records("keys")) + 7 + 3
    assert report.checked["blobs"] == 5
    decrypted = filled.vault.verify(session=filled.session)
    assert decrypted.ok and decrypted.decrypted
    assert json.loads(json.dumps(decrypted.to_json()))["problem"] is None


def test_verifying_one_case_checks_it_and_the_key_log_only(filled):
    report = filled.vault.verify(filled.case)
    assert report.ok and report.checked["logs"] == 2
    assert report.checked["records"] == len(filled.vault.records("keys")) + 7
    with pytest.raises(UnknownCase):
        filled.vault.verify("0123456789abcdef")


def test_every_action_is_checkpointed_and_reaches_the_vault_log(filled):
    vault = filled.vault
    case_note = vault.checkpoint(filled.case)
    cp = open_checkpoint(case_note, vault.checkpoint_key, f"reviewer.vault/{vault.vault_id}/case/{filled.case}")
    assert cp.size == 7
    assert len(vault.checkpoints(filled.case)) == 7  # one per action
    proof = vault.vault_inclusion_proof(case_note)
    head = proofs.verify_inclusion_proof(proof, case_note.encode(), vault.checkpoint_key, f"reviewer.vault/{vault.vault_id}")
    assert head.size == vault.db.conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0]


def test_batch_appends_in_one_transaction_with_one_checkpoint(filled):
    session, case = filled.session, filled.case
    before = len(filled.vault.checkpoints(case))
    with session.batch():
        for i in range(20):
            session.record_reveal(case, filled.media[1], region={"index": i}, duration_s=0.5)
    assert len(filled.vault.checkpoints(case)) == before + 1
    assert filled.vault.verify().ok


def test_a_failed_batch_leaves_nothing(filled):
    session, case = filled.session, filled.case
    count = len(filled.vault.records(case))
    with pytest.raises(InvalidLabel):
        with session.batch():
            session.record_reveal(case, filled.media[1], region={"index": 1}, duration_s=0.5)
            session.seal_review(case, filled.media[1], labels=["not-a-label"])
    assert len(filled.vault.records(case)) == count
    session.record_reveal(case, filled.media[1], region={"index": 2}, duration_s=0.5)  # the session still works
    assert filled.vault.verify().ok


def test_inclusion_and_consistency_proofs_verify_and_catch_changes(filled):
    vault = filled.vault
    origin = f"reviewer.vault/{vault.vault_id}/case/{filled.case}"
    old_note = vault.checkpoint(filled.case)
    filled.session.record_reveal(filled.case, filled.media[0], region={"index": 1}, duration_s=1)
    new_note = vault.checkpoint(filled.case)
    records = vault.records(filled.case)
    for record in records:
        proof = vault.inclusion_proof(filled.case, record.seq)
        assert proofs.verify_inclusion_proof(proof, record.leaf, vault.checkpoint_key, origin).size == 8
    with pytest.raises(ProofError):
        proofs.verify_inclusion_proof(vault.inclusion_proof(filled.case, 2), records[3].leaf, vault.checkpoint_key, origin)
    old = open_checkpoint(old_note, vault.checkpoint_key, origin)
    new = open_checkpoint(new_note, vault.checkpoint_key, origin)
    text = vault.consistency_proof(filled.case, old.size, new.size)
    proofs.verify_consistency_proof(text, old, new)
    lines = text.splitlines()
    lines[3] = lines[4]
    with pytest.raises(ProofError):
        proofs.verify_consistency_proof("\n".join(lines) + "\n", old, new)


def test_labels_come_from_the_fixed_vocabulary(filled):
    assert "non-conclusive" in LABELS and "suspected-minor" in LABELS
    with pytest.raises(InvalidLabel) as error:
        filled.session.seal_review(filled.case, filled.media[0], labels=["fake"])
    assert "non-conclusive" in error.value.message
    with pytest.raises(InvalidLabel):
        filled.session.seal_review(filled.case, filled.media[0], labels=[])


def test_enrolment_and_revocation(filled, vault_dir):
    alice = filled.session
    bob_key = alice.enroll("Bob Durand", "bob's own passphrase")
    bob = Vault.open(vault_dir).unlock("bob's own passphrase", "Bob Durand")
    assert bob.key_id == bob_key
    record = bob.seal_review(filled.case, filled.media[1], labels=["not-sexual"], notes="second opinion")
    assert record.signer == bob_key
    assert alice.decrypt_record(record)["body"]["notes"] == "second opinion"  # same data key, wrapped for Bob
    alice.revoke(bob_key, "left the organisation")
    with pytest.raises(UnknownKey):
        bob.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    with pytest.raises(UnknownReviewer):
        filled.vault.unlock("bob's own passphrase", "Bob Durand")
    statuses = {r["name"]: r["active"] for r in filled.vault.reviewers()}
    assert statuses == {"Alice Martin": True, "Bob Durand": False}
    assert filled.vault.verify().ok
    bob.vault.close()


def test_purge_destroys_bytes_keeps_hashes_and_still_verifies(filled):
    session, vault = filled.session, filled.vault
    blob_id = vault.records(filled.case)[1].body["blob"]["id"]
    session.purge_media(filled.case, filled.media[0], "victim asked for deletion")
    assert not vault.blobs.path(blob_id).exists()
    with pytest.raises(MediaPurged):
        session.read_media(filled.media[0])
    listed = {m["id"]: m for m in vault.media(filled.case)}
    assert listed[filled.media[0]]["purged"] and listed[filled.media[0]]["sha256"] == hashlib.sha256(
        filled.files[0].read_bytes()).hexdigest()
    assert vault.verify(session=session).ok


def test_wrong_passphrase_is_a_typed_error(filled):
    with pytest.raises(WrongPassphrase) as error:
        filled.vault.unlock("not the passphrase")
    assert error.value.code == "vault.wrong_passphrase"
    assert "passphrase" in error.value.message.lower()


def test_short_passphrase_is_refused(tmp_path):
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "v", reviewer_name="A", passphrase="short")
    assert not (tmp_path / "v").exists()  # nothing left behind


def test_missing_vault_is_a_typed_error(tmp_path):
    with pytest.raises(VaultMissing) as error:
        Vault.open(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in error.value.message


def test_creating_over_an_existing_vault_is_refused(session, vault_dir, passphrase):
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, reviewer_name="Eve", passphrase=passphrase)
    assert session.vault.verify().ok


def test_a_vault_from_a_newer_version_is_a_typed_error(session, vault_dir):
    session.vault.close()
    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    with pytest.raises(NewerVaultFormat) as error:
        Vault.open(vault_dir)
    assert error.value.code == "vault.newer_format" and "newer version" in error.value.message


def test_a_file_that_is_not_a_vault_is_a_typed_error(tmp_path):
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "vault.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "v")
    other = tmp_path / "w"
    other.mkdir()
    sqlite3.connect(other / "vault.sqlite3").execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAVault):
        Vault.open(other)


def test_two_open_vaults_writing_in_turn_keep_one_valid_chain(filled, passphrase):
    """The window and a command line may both write: each append re-reads the log's end in its transaction."""
    other = Vault.open(filled.path).unlock(passphrase)
    for i in range(4):
        writer = filled.session if i % 2 else other
        writer.record_reveal(filled.case, filled.media[0], region={"index": i}, duration_s=1)
    assert [r.seq for r in filled.vault.records(filled.case)] == list(range(11))
    assert filled.vault.verify().ok and other.vault.verify().ok
    other.vault.close()


def test_a_commitment_that_does_not_match_its_ciphertext_is_caught_with_the_passphrase(filled, monkeypatch):
    """A faulty or dishonest writer signs a commitment to another value: only decryption can tell."""
    from reviewer.vault import crypto

    honest = crypto.FieldSealer.seal

    def lying_seal(self, record_id, field, value):
        sealed = honest(self, record_id, field, value)
        if field == "notes":
            sealed["c"] = honest(self, record_id, field, "something else")["c"]
        return sealed

    monkeypatch.setattr(crypto.FieldSealer, "seal", lying_seal)
    record = filled.session.seal_review(filled.case, filled.media[1], labels=["non-conclusive"], notes="real note")
    monkeypatch.undo()
    assert filled.vault.verify().ok  # signatures, chain and roots are all fine
    report = filled.vault.verify(session=filled.session)
    assert report.problem.code == "sealed-field-mismatch" and report.problem.record == record.id
    assert report.problem.field == "notes" and "notes" in report.text()


def test_verifier_keys_whose_base64_contains_a_plus_parse_back():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from reviewer.vault.checkpoint import NoteVerifier

    for _ in range(200):
        public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
        verifier = NoteVerifier("reviewer.vault/0123", public)
        if "+" in verifier.vkey().split("+", 2)[2]:
            assert NoteVerifier.parse(verifier.vkey()) == verifier
            return
    pytest.fail("no key with '+' in 200 draws")


def test_a_refused_value_is_explained_in_the_reader_s_language(tmp_path, passphrase):
    from reviewer import translations
    from reviewer.vault.errors import InvalidRecordValue

    with pytest.raises(InvalidRecordValue) as raised:
        Vault.create(tmp_path / "vault", reviewer_name="x" * 201, passphrase=passphrase)
    assert "a reviewer's name must have 1 to 200 characters" in raised.value.message
    translations.install("fr")
    try:
        french = raised.value.message
    finally:
        translations.install("en")
    assert "de 1 à 200 caractères" in french and "reviewer's" not in french
    assert not (tmp_path / "vault").exists() or not any((tmp_path / "vault").iterdir())
