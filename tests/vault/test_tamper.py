"""The tamper suite: real vault files edited with plain sqlite3 and file writes, as an attacker would.

Every change must be detected, and the report must name the record (log and position) or the blob.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.vault import Vault
from reviewer.vault.canonical import NotCanonical, canonical_bytes, parse_canonical
from reviewer.vault.keys import key_id
from reviewer.vault.merkle import leaf_hash
from reviewer.vault.records import signature_message

from .tampering import edit, row

COLUMNS = ["log", "seq", "id", "type", "signer", "time", "leaf", "leaf_hash", "sig"]


def verify(path: Path, *outside: str, passphrase: str | None = None):
    vault = Vault.open(path)
    try:
        session = vault.unlock(passphrase) if passphrase else None
        return vault.verify(session=session, trusted_checkpoints=outside)
    finally:
        vault.close()


def assert_names(report, log: str, seq: int, record: str | None, *codes: str) -> None:
    assert not report.ok, "tampering was not detected"
    problem = report.problem
    assert problem.log == log and problem.seq == seq, report.to_json()
    if record is not None:
        assert problem.record == record, report.to_json()
    if codes:
        assert problem.code in codes, report.to_json()
    assert str(seq) in problem.message and problem.message == report.text()


def _changed(column: str, value):
    if column == "log":
        return "ffffffffffffffff"
    if column == "seq":
        return 99
    if column in ("id", "signer"):
        return value[:-1] + ("0" if value[-1] != "0" else "1")
    if column == "type":
        return "review.sealed" if value != "review.sealed" else "region.revealed"
    if column == "time":
        return "2020-01-01T00:00:00.000Z"
    if column == "leaf":
        text = bytes(value).decode()
        return text.replace('"salt":"', '"salt":"A', 1).encode()
    data = bytearray(value)
    data[5] ^= 0x01  # leaf_hash, sig: one bit
    return bytes(data)


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("position", [("keys", 0)] + [("case", s) for s in range(7)],
                         ids=["keys-0"] + [f"case-{s}" for s in range(7)])
def test_changing_any_column_of_any_record_is_detected_and_named(filled, column, position):
    log = filled.case if position[0] == "case" else "keys"
    seq = position[1]
    filled.vault.close()
    before = row(filled.path, log, seq)
    edit(filled.path, f"UPDATE records SET {column} = ? WHERE log = ? AND seq = ?",
         (_changed(column, before[column]), log, seq))
    assert_names(verify(filled.path), log, seq, before["id"])


@pytest.mark.parametrize("member, value", [("media", ["x"]), ("media", None), ("labels", [["non-conclusive"]]),
                                           ("labels", "non-conclusive"), ("labels", [])])
def test_a_body_member_of_the_wrong_kind_is_named_not_a_crash(filled, member, value):
    """Record 5 of the case is a sealed review: its media reference and labels rewritten as lists or nulls."""
    filled.vault.close()
    before = row(filled.path, filled.case, 5)
    fields = parse_canonical(bytes(before["leaf"]))
    assert fields["type"] == "review.sealed"
    fields["body"][member] = value
    leaf = canonical_bytes(fields)
    edit(filled.path, "UPDATE records SET leaf = ?, leaf_hash = ? WHERE log = ? AND seq = 5",
         (leaf, leaf_hash(leaf), filled.case))
    assert_names(verify(filled.path), filled.case, 5, None, "bad-record", "bad-signature")


@pytest.mark.parametrize("member, value", [("type", ["review.sealed"]), ("case", 5), ("signer", None), ("v", "1"),
                                           ("time", "2026-02-30T10:00:00.000Z"), ("seq", True)])
def test_a_leaf_rewritten_with_a_value_of_the_wrong_kind_is_named_not_a_crash(filled, member, value):
    """A canonical leaf whose member holds a list, a number or null where the format has a string."""
    filled.vault.close()
    before = row(filled.path, filled.case, 3)
    fields = parse_canonical(bytes(before["leaf"]))
    fields[member] = value
    leaf = canonical_bytes(fields)
    edit(filled.path, "UPDATE records SET leaf = ?, leaf_hash = ? WHERE log = ? AND seq = 3",
         (leaf, leaf_hash(leaf), filled.case))
    assert_names(verify(filled.path), filled.case, 3, None, "bad-record")


def test_deleting_a_record_in_the_middle_is_detected(filled):
    filled.vault.close()
    edit(filled.path, "DELETE FROM records WHERE log = ? AND seq = 3", (filled.case,))
    assert_names(verify(filled.path), filled.case, 3, None, "missing-record")


def test_reordering_records_is_detected(filled):
    filled.vault.close()
    second, fifth = row(filled.path, filled.case, 2), row(filled.path, filled.case, 5)
    edit(filled.path, "UPDATE records SET seq = -1 WHERE log = ? AND seq = 2", (filled.case,))
    edit(filled.path, "UPDATE records SET seq = 2 WHERE log = ? AND seq = 5", (filled.case,))
    edit(filled.path, "UPDATE records SET seq = 5 WHERE log = ? AND seq = -1", (filled.case,))
    report = verify(filled.path)
    assert_names(report, filled.case, 2, fifth["id"], "column-mismatch")
    assert second["id"] != fifth["id"]


def test_a_cut_tail_is_detected_against_a_checkpoint_kept_outside(filled):
    """The attacker removes the last two records and every trace of them inside the vault."""
    outside = filled.vault.checkpoint(filled.case)
    filled.vault.close()
    edit(filled.path, "DELETE FROM records WHERE log = ? AND seq >= 5", (filled.case,))
    edit(filled.path, "DELETE FROM checkpoints WHERE log = ? AND size > 5", (filled.case,))
    report = verify(filled.path, outside)
    assert_names(report, filled.case, 5, None, "truncated-log")
    assert report.problem.expected == 7 and report.problem.found == 5


def test_a_cut_tail_is_detected_from_the_vault_alone_when_its_checkpoints_remain(filled):
    filled.vault.close()
    edit(filled.path, "DELETE FROM records WHERE log = ? AND seq = 6", (filled.case,))
    assert_names(verify(filled.path), filled.case, 6, None, "truncated-log")


def _resign(path: Path, log: str, seq: int, private: Ed25519PrivateKey, **changes) -> str:
    """Rewrite a record as signed by ``private`` (with field changes), keeping every column consistent."""
    before = row(path, log, seq)
    fields = parse_canonical(bytes(before["leaf"]))
    fields["signer"] = key_id(private.public_key().public_bytes_raw())
    fields.update(changes)
    leaf = canonical_bytes(fields)
    edit(path, "UPDATE records SET leaf = ?, leaf_hash = ?, signer = ?, sig = ? WHERE log = ? AND seq = ?",
         (leaf, leaf_hash(leaf), fields["signer"], private.sign(signature_message(leaf)), log, seq))
    return before["id"]


def test_a_record_re_signed_with_a_never_enrolled_key_is_detected(filled):
    filled.vault.close()
    record = _resign(filled.path, filled.case, 4, Ed25519PrivateKey.generate())
    assert_names(verify(filled.path), filled.case, 4, record, "unknown-key")


def test_a_record_re_signed_with_a_revoked_key_is_detected(filled):
    alice = filled.session
    alice.enroll("Bob Durand", "bob's own passphrase")
    bob = Vault.open(filled.path).unlock("bob's own passphrase", "Bob Durand")
    bob_private = bob._private  # the attacker is Bob, who kept his key after leaving
    bob.vault.close()
    alice.revoke(bob.key_id, "left")
    alice.seal_review(filled.case, filled.media[1], labels=["non-conclusive"])
    last = len(filled.vault.records(filled.case)) - 1
    keylog_before_revocation = len(filled.vault.records("keys")) - 1  # the revocation is the last one
    filled.vault.close()
    record = _resign(filled.path, filled.case, last, bob_private)
    assert_names(verify(filled.path), filled.case, last, record, "revoked-key")
    # Claiming to have signed before the revocation: the record then contradicts the checkpoint
    # signed when it was appended (after the revocation).
    _resign(filled.path, filled.case, last, bob_private, keylog=keylog_before_revocation)
    assert_names(verify(filled.path), filled.case, last, record, "checkpoint-mismatch")


def test_forked_copies_are_detected_from_two_checkpoints_of_the_same_size(filled, tmp_path, passphrase,
                                                                          monkeypatch):
    """A copy of the vault that went its own way: same size, different history."""
    filled.vault.close()
    copy = tmp_path / "copy"
    shutil.copytree(filled.path, copy)
    mine, theirs = Vault.open(filled.path).unlock(passphrase), Vault.open(copy).unlock(passphrase)
    mine.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    # The copy is written to on another account (this one refuses to write to a copy older than what it saw).
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "another-account"))
    theirs.seal_review(filled.case, filled.media[1], labels=["suspected-minor"])
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    their_note, my_note = theirs.vault.checkpoint(filled.case), mine.vault.checkpoint(filled.case)
    mine.vault.close()
    theirs.vault.close()
    report = verify(filled.path, their_note)
    assert not report.ok and report.problem.code == "forked-checkpoints"
    assert report.problem.log == filled.case and report.problem.expected == 8
    both = verify(tmp_path / "copy", their_note, my_note)
    assert both.problem.code == "forked-checkpoints" and both.problem.log == filled.case


def test_deleting_a_whole_case_is_detected(filled):
    filled.vault.close()
    edit(filled.path, "DELETE FROM records WHERE log = ?", (filled.other_case,))
    edit(filled.path, "DELETE FROM logs WHERE id = ?", (filled.other_case,))
    report = verify(filled.path)
    assert not report.ok and report.problem.code == "missing-case" and report.problem.log == filled.other_case


def test_deleting_a_case_and_its_checkpoints_breaks_the_vault_log(filled):
    filled.vault.close()
    for table, column in (("records", "log"), ("checkpoints", "log"), ("logs", "id")):
        edit(filled.path, f"DELETE FROM {table} WHERE {column} = ?", (filled.other_case,))
    report = verify(filled.path)
    assert not report.ok and report.problem.code == "vault-log-mismatch"


def test_replacing_the_checkpoint_key_is_detected(filled):
    filled.vault.close()
    from reviewer.vault.checkpoint import NoteVerifier

    forged = NoteVerifier(f"reviewer.vault/{filled.vault.vault_id}", Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    edit(filled.path, "UPDATE meta SET value = ? WHERE key = 'checkpoint_vkey'", (forged.vkey(),))
    report = verify(filled.path)
    assert not report.ok and report.problem.code == "vault-identity-mismatch" and report.problem.seq == 0


def test_an_edited_checkpoint_is_detected(filled):
    filled.vault.close()
    conn = sqlite3.connect(filled.path / "vault.sqlite3")
    seq, note = conn.execute("SELECT seq, note FROM checkpoints WHERE log = ? ORDER BY seq DESC", (filled.case,)).fetchone()
    conn.close()
    lines = note.split("\n")
    lines[1] = "6"
    edit(filled.path, "UPDATE checkpoints SET note = ?, leaf_hash = ? WHERE seq = ?",
         ("\n".join(lines), leaf_hash("\n".join(lines).encode()), seq))
    report = verify(filled.path)
    assert not report.ok and report.problem.code == "bad-checkpoint" and report.problem.log == filled.case


def _blob(filled, index: int) -> tuple[Path, str, int]:
    record = filled.vault.records(filled.case)[1 + index]
    blob_id = record.body["blob"]["id"]
    return filled.vault.blobs.path(blob_id), blob_id, record.seq


@pytest.mark.parametrize("with_passphrase", [False, True])
def test_a_deleted_blob_is_detected(filled, with_passphrase, passphrase):
    path, blob_id, seq = _blob(filled, 0)
    filled.vault.close()
    path.unlink()
    report = verify(filled.path, passphrase=passphrase if with_passphrase else None)
    assert report.problem.code == "blob-missing" and report.problem.blob == blob_id
    assert report.problem.seq == seq and blob_id in report.text()


@pytest.mark.parametrize("with_passphrase", [False, True])
def test_one_flipped_bit_in_a_blob_is_detected(filled, with_passphrase, passphrase):
    path, blob_id, seq = _blob(filled, 1)
    filled.vault.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    report = verify(filled.path, passphrase=passphrase if with_passphrase else None)
    assert report.problem.code == "blob-altered" and report.problem.blob == blob_id and report.problem.seq == seq


def test_swapped_blobs_are_detected(filled):
    first, first_id, seq = _blob(filled, 0)
    second, _, _ = _blob(filled, 1)
    filled.vault.close()
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    report = verify(filled.path)
    assert report.problem.code == "blob-altered" and report.problem.blob == first_id and report.problem.seq == seq


def test_a_re_encrypted_blob_with_a_valid_name_is_caught_with_the_passphrase(filled, passphrase):
    """Replacing a blob by another valid blob renamed to the expected id changes its hash: caught without key."""
    _, blob_id, _ = _blob(filled, 0)
    filled.vault.close()
    edit(filled.path, "UPDATE blobs SET wrapped_key = (SELECT wrapped_key FROM blobs WHERE id != ? LIMIT 1) WHERE id = ?",
         (blob_id, blob_id))
    report = verify(filled.path, passphrase=passphrase)
    assert report.problem.code == "blob-altered" and report.problem.blob == blob_id


def test_the_untouched_vault_verifies_with_its_checkpoints_given_from_outside(filled, passphrase):
    """Control: the same steps without an edit give an intact report, so the tests above mean something."""
    outside = [filled.vault.checkpoint(filled.case), filled.vault.vault_checkpoint()]
    filled.vault.close()
    assert verify(filled.path, *outside).ok
    assert verify(filled.path, *outside, passphrase=passphrase).ok


_KINDS_OF_VALUE = [None, True, 0, -1, 2**53, "", "x", "non-conclusive", [], [None], [[1]], {}, {"a": 1}, {"id": 5}, 1.5]


def _members(value, path=()):
    if path:
        yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _members(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _members(item, path + (index,))


def test_any_member_of_any_record_rewritten_with_any_kind_of_value_is_detected_never_a_crash(filled, tmp_path,
                                                                                            passphrase):
    """A fixed-seed sweep: 150 rewrites of one member (at any depth, any record) with a value of another kind.
    Each is reported as a problem, with and without the passphrase; none makes verification raise."""
    filled.vault.close()
    conn = sqlite3.connect(filled.path / "vault.sqlite3")
    rows = conn.execute("SELECT log, seq, leaf FROM records").fetchall()
    conn.close()
    rng = random.Random(20261125)
    tried = 0
    while tried < 150:
        log, seq, leaf = rng.choice(rows)
        fields = parse_canonical(bytes(leaf))
        path = rng.choice(list(_members(fields)))
        holder = fields
        for key in path[:-1]:
            holder = holder[key]
        value = rng.choice(_KINDS_OF_VALUE)
        if holder[path[-1]] == value and type(holder[path[-1]]) is type(value):
            continue  # not a change
        holder[path[-1]] = value
        try:
            changed = canonical_bytes(fields)
        except NotCanonical:  # a float or a too-large integer: written as a careless editor would
            changed = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
        copy = tmp_path / f"t{tried}"
        shutil.copytree(filled.path, copy)
        edit(copy, "UPDATE records SET leaf = ?, leaf_hash = ? WHERE log = ? AND seq = ?",
             (changed, leaf_hash(changed), log, seq))
        assert not verify(copy).ok, (log, seq, path, value)
        assert not verify(copy, passphrase=passphrase).ok, (log, seq, path, value)
        shutil.rmtree(copy)
        tried += 1


@pytest.mark.parametrize("member, value", [("v", True), ("time", "2026-11-25T10:00:00.\u0661\u0662\u0663Z")])
def test_a_version_written_as_true_or_a_time_with_non_ascii_digits_is_a_bad_record(filled, member, value):
    filled.vault.close()
    fields = parse_canonical(bytes(row(filled.path, filled.case, 3)["leaf"]))
    fields[member] = value
    leaf = canonical_bytes(fields)
    edit(filled.path, "UPDATE records SET leaf = ?, leaf_hash = ? WHERE log = ? AND seq = 3",
         (leaf, leaf_hash(leaf), filled.case))
    assert_names(verify(filled.path), filled.case, 3, None, "bad-record")


def test_a_damaged_stored_file_is_named_in_the_reader_s_language(filled):
    """The place of the damage is part of the message: in French it must be French too, not an English
    fragment inside a French sentence."""
    from reviewer import translations
    from reviewer.vault.errors import TamperedVault

    path, blob_id, _seq = _blob(filled, 1)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    with pytest.raises(TamperedVault) as raised:
        filled.session.read_media(filled.media[1])
    assert raised.value.message.startswith("The evidence vault has been changed")
    assert f"stored file {blob_id[:12]}" in raised.value.message
    translations.install("fr")
    try:
        french = raised.value.message
    finally:
        translations.install("en")
    assert f"fichier enregistré {blob_id[:12]}" in french
    assert "stored file" not in french and french.startswith("Le coffre de preuves")
