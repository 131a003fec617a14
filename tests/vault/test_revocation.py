"""Revocation that holds (docs/vault-format.md 4.7 and 6.6), tried as the revoked reviewer would.

Bob, a reviewer who leaves, keeps what he had: a copy of the whole vault folder, a copy of his key row,
his passphrase, hence his signing key and the data key of his time. After his revocation he must be able
to read nothing written afterwards, and nothing he signs may count as a record of the vault, whatever
time and key-log size it claims. The vaults are real folders; the attacks use plain sqlite3 and the same
primitives an attacker reading docs/ would use.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.media import ingest
from reviewer.vault import Vault, crypto, keys
from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u, parse_canonical
from reviewer.vault.checkpoint import Checkpoint, key_name_of, origin_of, sign_checkpoint
from reviewer.vault.errors import TamperedVault, UnknownReviewer, WrongPassphrase
from reviewer.vault.merkle import leaf_hash, root_of
from reviewer.vault.records import new_record_id, new_salt, signature_message

ALICE = "correct horse battery"
BOB = "bob's own passphrase"
CAROL = "carol keeps the cases"
FAST_KDF_REVIEWER = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")


def _rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path / "vault.sqlite3")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _edit(path: Path, sql: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path / "vault.sqlite3")
    with conn:
        conn.execute(sql, params)
    conn.close()


@pytest.fixture
def world(tmp_path, samples_dir):
    """Alice's vault with Bob and Carol; a case from before the revocation; Bob's copies; Bob revoked;
    then a case, a sealed review and a stored picture made after it."""
    path = tmp_path / "vault"
    alice = Vault.create(path, reviewer_name="Alice Martin", passphrase=ALICE)
    recovery_id, recovery_code = alice.enroll_recovery_key()
    bob_id = alice.enroll("Bob Durand", BOB)
    carol_id = alice.enroll("Carol Petit", CAROL)
    before = alice.new_case("Dossier d'avant", notes="notes written while Bob was there")
    bob = Vault.open(path).unlock(BOB, "Bob Durand")
    old_media = bob.ingest(before, ingest(samples_dir / "rocket.jpg"), source={"url": "https://example.invalid/a"})
    bob.vault.close()
    alice.vault.close()
    # What Bob takes with him: the whole folder and his key row.
    shutil.copytree(path, tmp_path / "bob-copy")
    bob_row = _rows(path, "SELECT key_id, name, public_key, kdf, wrapped_private, wrapped_data_key FROM keys "
                          "WHERE key_id = ?", (bob_id,))[0]
    alice = Vault.open(path).unlock(ALICE, "Alice Martin")
    alice.revoke(bob_id, "left the association")
    after = alice.new_case("Dossier d'après", notes="a victim's name Bob must not read")
    media = alice.ingest(after, ingest(samples_dir / "coffee.png"), source={"url": "https://example.invalid/b"})
    alice.seal_review(after, media, labels=["non-conclusive"], qualification="226-8-1", notes="after Bob")
    vault_id = alice.vault.vault_id
    alice.vault.close()
    return {"path": path, "copy": tmp_path / "bob-copy", "bob_id": bob_id, "carol_id": carol_id,
            "recovery": (recovery_id, recovery_code), "bob_row": bob_row, "before": before, "after": after,
            "old_media": old_media, "media": media, "vault_id": vault_id}


def _sealed_fields_of(path: Path, case: str) -> list[tuple[str, str, dict]]:
    out = []
    for rid, leaf in _rows(path, "SELECT id, leaf FROM records WHERE log = ? ORDER BY seq", (case,)):
        for name, sealed in parse_canonical(bytes(leaf))["sealed"].items():
            out.append((rid, name, sealed))
    return out


def test_a_revoked_reviewer_s_kept_key_row_opens_nothing_written_after_the_revocation(world):
    path, vault_id = world["path"], world["vault_id"]
    stored = keys.StoredKey(*world["bob_row"])
    # With his passphrase, his kept row gives him his signing key and the data key of his time...
    private, old_key = keys.unlock(stored, BOB, vault_id)
    sealer = crypto.FieldSealer(old_key)
    assert "Dossier d'avant" in [sealer.open(*field) for field in _sealed_fields_of(path, world["before"])]
    # ... which opens no sealed field of the case made after his revocation,
    after_fields = _sealed_fields_of(path, world["after"])
    assert len(after_fields) >= 5
    for rid, name, sealed in after_fields:
        with pytest.raises(crypto.DecryptionFailed):
            sealer.open(rid, name, sealed)
    # no key of a picture stored after it,
    (blob_id, wrapped), = _rows(path, "SELECT b.id, b.wrapped_key FROM blobs b JOIN records r ON b.record = r.id "
                                      "WHERE r.log = ?", (world["after"],))
    with pytest.raises(crypto.DecryptionFailed):
        crypto.unwrap(old_key, wrapped, b"reviewer-blob-key-v1\n" + blob_id.encode())
    # not the new key through the vault's stored keys: the older keys' row, the checkpoint key's wrapping,
    meta = dict(_rows(path, "SELECT key, value FROM meta"))
    with pytest.raises(crypto.DecryptionFailed):
        keys.unwrap_older_data_keys(from_b64u(meta["older_data_keys"]), old_key, vault_id)
    with pytest.raises(crypto.DecryptionFailed):
        keys.unwrap_checkpoint_key(from_b64u(meta["checkpoint_key_wrapped"]), old_key, vault_id)
    # nor another reviewer's copy of it, sealed to that reviewer's key.
    carol_wrapped, = _rows(path, "SELECT wrapped_data_key FROM keys WHERE key_id = ?", (world["carol_id"],))[0]
    assert len(carol_wrapped) == keys.ENVELOPE_SIZE
    with pytest.raises(crypto.DecryptionFailed):
        keys.open_data_key(private, carol_wrapped, vault_id, world["bob_id"])
    # The copy of the old folder holds nothing written after he left.
    assert not _rows(world["copy"], "SELECT 1 FROM records WHERE log = ?", (world["after"],))


def test_putting_the_kept_row_back_does_not_let_the_revoked_reviewer_in(world):
    path = world["path"]
    key_id, name, public, kdf, wrapped_private, wrapped_data_key = world["bob_row"]
    _edit(path, "UPDATE keys SET wrapped_private = ?, wrapped_data_key = ? WHERE key_id = ?",
          (wrapped_private, wrapped_data_key, key_id))
    vault = Vault.open(path)
    try:
        with pytest.raises((UnknownReviewer, WrongPassphrase, TamperedVault)):
            vault.unlock(BOB, "Bob Durand")
        with pytest.raises((UnknownReviewer, WrongPassphrase, TamperedVault)):
            vault.unlock(BOB)
    finally:
        vault.close()


def test_the_remaining_reviewers_and_the_recovery_key_read_everything_old_and_new(world):
    path = world["path"]
    for passphrase, who in ((CAROL, "Carol Petit"), (world["recovery"][1], "Recovery key"), (ALICE, "Alice Martin")):
        vault = Vault.open(path)
        try:
            session = vault.unlock(passphrase, who)
            titles = [session.decrypt_record(vault.records(case)[0])["body"]["title"]
                      for case in (world["before"], world["after"])]
            assert titles == ["Dossier d'avant", "Dossier d'après"]
            assert session.read_media(world["old_media"])[:3] == b"\xff\xd8\xff"  # stored before, by Bob
            assert session.read_media(world["media"])[:8] == b"\x89PNG\r\n\x1a\n"
            report = vault.verify(session=session)
            assert report.ok, report.to_json()
        finally:
            vault.close()
    # Each has opened the envelope once: the new key is now wrapped under their own passphrase again.
    sizes = dict(_rows(path, "SELECT key_id, length(wrapped_data_key) FROM keys WHERE wrapped_private IS NOT NULL"))
    assert set(sizes.values()) == {keys.WRAPPED_SIZE}


def test_a_second_revocation_keeps_every_earlier_epoch_readable(world, samples_dir):
    path = world["path"]
    alice = Vault.open(path).unlock(ALICE, "Alice Martin")
    alice.revoke(world["carol_id"], "moved to another team")
    third = alice.new_case("Troisième dossier")
    alice.vault.close()
    vault = Vault.open(path)
    try:
        session = vault.unlock(world["recovery"][1], "Recovery key")
        assert [session.decrypt_record(vault.records(case)[0])["body"]["title"]
                for case in (world["before"], world["after"], third)] == [
                    "Dossier d'avant", "Dossier d'après", "Troisième dossier"]
        meta = dict(vault.db.conn.execute("SELECT key, value FROM meta"))
        assert len(from_b64u(meta["older_data_keys"])) == 12 + 2 * 32 + 16  # two earlier epochs
        assert vault.verify(session=session).ok
    finally:
        vault.close()


def _append_as(path: Path, vault_id: str, case: str, private: Ed25519PrivateKey, checkpoint_private: Ed25519PrivateKey,
               *, keylog: int, time: str, data_key: bytes) -> str:
    """What Bob's own tool does: append a record he signs to ``case``, claiming ``keylog`` and ``time``, its
    fields sealed with the data key of his time, then a case checkpoint, a vault-level leaf and a vault head
    signed with the checkpoint key of his time."""
    conn = sqlite3.connect(path / "vault.sqlite3")
    with conn:
        seq, last = conn.execute("SELECT seq, leaf_hash FROM records WHERE log = ? ORDER BY seq DESC LIMIT 1",
                                 (case,)).fetchone()
        media = conn.execute("SELECT id FROM records WHERE log = ? AND type = 'media.ingested'", (case,)).fetchone()[0]
        rid = new_record_id()
        signer = keys.key_id(keys.public_bytes(private))
        fields = {"v": 2, "type": "review.sealed", "id": rid, "case": case, "seq": seq + 1, "prev": b64u(bytes(last)),
                  "salt": new_salt(), "signer": signer, "keylog": keylog, "time": time, "app": "reviewer 0.1.0",
                  "body": {"media": media, "labels": ["not-sexual"]},
                  "sealed": {name: crypto.FieldSealer(data_key).seal(rid, name, "") for name in
                             ("notes", "source", "qualification")}}
        leaf = canonical_bytes(fields)
        conn.execute("INSERT INTO records (log, seq, id, type, signer, time, leaf, leaf_hash, sig) "
                     "VALUES (?,?,?,?,?,?,?,?,?)", (case, seq + 1, rid, "review.sealed", signer, time, leaf,
                                                    leaf_hash(leaf), private.sign(signature_message(leaf))))
        hashes = [bytes(h) for (h,) in conn.execute("SELECT leaf_hash FROM records WHERE log = ? ORDER BY seq", (case,))]
        name = key_name_of(vault_id)
        note = sign_checkpoint(Checkpoint(origin_of(vault_id, case), len(hashes), root_of(hashes)), name,
                               checkpoint_private)
        size = conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0]
        conn.execute("INSERT INTO checkpoints (seq, log, size, note, leaf_hash) VALUES (?,?,?,?,?)",
                     (size, case, len(hashes), note, leaf_hash(note.encode())))
        leaves = [bytes(h) for (h,) in conn.execute("SELECT leaf_hash FROM checkpoints ORDER BY seq")]
        head = sign_checkpoint(Checkpoint(origin_of(vault_id, None), len(leaves), root_of(leaves)), name,
                               checkpoint_private)
        conn.execute("UPDATE vault_head SET note = ? WHERE id = 1", (head,))
    conn.close()
    return rid


def test_a_revoked_key_cannot_append_to_a_case_untouched_since_even_with_an_old_keylog_and_time(world):
    """Bob signs a review in the case made before he left (untouched since), claiming the key-log size and a
    time of before his revocation, and seals it with the checkpoint key his old data key opens."""
    path, vault_id, case = world["path"], world["vault_id"], world["before"]
    stored = keys.StoredKey(*world["bob_row"])
    private, old_key = keys.unlock(stored, BOB, vault_id)
    old_meta = dict(_rows(world["copy"], "SELECT key, value FROM meta"))
    checkpoint_private = keys.unwrap_checkpoint_key(from_b64u(old_meta["checkpoint_key_wrapped"]), old_key, vault_id)
    revocation_seq, revocation_time = _rows(path, "SELECT seq, time FROM records WHERE log = 'keys' AND "
                                                  "type = 'key.revoked'")[0]
    last_time = _rows(path, "SELECT max(time) FROM records WHERE log = ?", (case,))[0][0]
    assert last_time < revocation_time  # the case was untouched since
    pristine = path.parent / "before-bob-appends"
    shutil.copytree(path, pristine)
    rid = _append_as(path, vault_id, case, private, checkpoint_private, keylog=revocation_seq, time=last_time,
                     data_key=old_key)
    vault = Vault.open(path)
    try:
        report = vault.verify(remembered_head=False)  # as on another computer, which never saw this vault
    finally:
        vault.close()
    # The checkpoint key his old data key opens was replaced at his revocation (4.8): his checkpoint and head,
    # signed with it after the replacement, are named as such.
    problem = report.problem
    assert (problem.code, problem.log) == ("old-checkpoint-key", case), report.to_json()
    assert "old signing key" in problem.message and "revoked" in problem.message
    # Had he the key that signs now (as in a vault whose revocations predate the rotation, where the
    # checkpoint key never changed), the order of the vault-level log still refuses his record (4.7).
    shutil.rmtree(path)
    shutil.copytree(pristine, path)
    alice = Vault.open(path).unlock(ALICE, "Alice Martin")
    current_checkpoint_private = alice._checkpoint_private
    alice.vault.close()
    rid = _append_as(path, vault_id, case, private, current_checkpoint_private, keylog=revocation_seq,
                     time=last_time, data_key=old_key)
    vault = Vault.open(path)
    try:
        report = vault.verify(remembered_head=False)
    finally:
        vault.close()
    problem = report.problem
    assert (problem.code, problem.log, problem.record) == ("revoked-key", case, rid), report.to_json()
    # The command line says it in plain words, and fails.
    out = subprocess.run([sys.executable, FAST_KDF_REVIEWER, "--lang", "en", "verify", "--json", "--vault", str(path)],
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 2, out.stderr  # a damaged vault (docs/api.md)
    printed = json.loads(out.stdout)
    assert printed["problem"]["code"] == "revoked-key" and printed["problem"]["record"] == rid
    assert "revoked" in printed["message"] and rid in printed["message"]
    french = subprocess.run([sys.executable, FAST_KDF_REVIEWER, "--lang", "fr", "verify", "--vault", str(path)],
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert french.returncode == 2 and "révoquée" in french.stdout + french.stderr


def test_a_record_signed_before_the_revocation_stays_valid(world):
    """The rule looks at when a record was first sealed: Bob's picture, ingested and sealed while he was a
    reviewer, is still his valid record after his revocation."""
    vault = Vault.open(world["path"])
    try:
        report = vault.verify()
        assert report.ok, report.to_json()
        signer = [r.signer for r in vault.records(world["before"]) if r.id == world["old_media"]]
        assert signer == [world["bob_id"]]
    finally:
        vault.close()


def test_revoking_from_the_command_line_names_the_reviewer_with_reviewer(tmp_path):
    path = tmp_path / "vault"
    env = {**os.environ, "REVIEWER_PASSPHRASE": ALICE, "REVIEWER_NEW_PASSPHRASE": ALICE}

    def run(*args, **extra):
        return subprocess.run([sys.executable, FAST_KDF_REVIEWER, "--lang", "en", *args, "--vault", str(path)],
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                              env={**env, **extra})

    assert run("vault", "init", "--name", "Alice Martin").returncode == 0
    out = run("key", "new", "Bob Durand", REVIEWER_NEW_PASSPHRASE=BOB)
    assert out.returncode == 0, out.stderr
    bob = out.stdout.split()[-1].rstrip(".")
    out = run("key", "revoke", "--reviewer", bob, "--reason", "left")
    assert out.returncode == 0, out.stderr
    assert bob in out.stdout and "new key" in out.stdout
    listed = {k["key_id"]: k["active"] for k in json.loads(run("key", "list", "--json").stdout)}
    assert listed[bob] is False and sum(listed.values()) == 2  # Alice and the recovery key remain
    assert run("verify", "--decrypt").returncode == 0
    assert run("case", "new", "X", "--reviewer", "Bob Durand", REVIEWER_PASSPHRASE=BOB).returncode == 1


def _export_and_check(world, tmp_path, name: str) -> tuple[int, str, Path]:
    """Export the case made before the revocation, as Alice, and run the verifier shipped in the bundle in a
    fresh interpreter, pinned to the vault's key."""
    import zipfile

    from reviewer.exhibit.bundle import export_case

    vault = Vault.open(world["path"])
    try:
        alice = vault.unlock(ALICE, "Alice Martin")
        bundle = export_case(vault, alice, world["before"], tmp_path / f"{name}.zip", lang="en").path
        vkey = vault.vkey
    finally:
        vault.close()
    script = tmp_path / f"{name}_verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(bundle).read("verify_exhibit.py"))
    out = subprocess.run([sys.executable, "-I", str(script), "--lang", "en", "--expect-key", vkey, str(bundle)],
                         capture_output=True, text=True, timeout=120)
    return out.returncode, out.stdout + out.stderr, bundle


def test_an_exhibit_shows_a_revoked_reviewer_s_earlier_records_were_sealed_before_the_revocation(world, tmp_path):
    import zipfile

    status, text, bundle = _export_and_check(world, tmp_path, "legit")
    assert status == 0, text
    assert "sealed in the vault before its key's revocation" in text
    names = set(zipfile.ZipFile(bundle).namelist())
    assert {f"log/revoked/{world['bob_id']}/{part}" for part in
            ("case-checkpoint", "case-vault-proof", "keys-checkpoint", "keys-vault-proof")} <= names


def test_an_exhibit_carrying_a_record_a_revoked_key_appended_afterwards_fails(world, tmp_path):
    """The same attack as above, then an ordinary export of that case: the standalone verifier applies the
    rule from the bundle alone (no witness can exist in the right order) and fails, naming the key."""
    path, vault_id, case = world["path"], world["vault_id"], world["before"]
    private, old_key = keys.unlock(keys.StoredKey(*world["bob_row"]), BOB, vault_id)
    old_meta = dict(_rows(world["copy"], "SELECT key, value FROM meta"))
    checkpoint_private = keys.unwrap_checkpoint_key(from_b64u(old_meta["checkpoint_key_wrapped"]), old_key, vault_id)
    revocation_seq = _rows(path, "SELECT seq FROM records WHERE log = 'keys' AND type = 'key.revoked'")[0][0]
    last_time = _rows(path, "SELECT max(time) FROM records WHERE log = ?", (case,))[0][0]
    pristine = tmp_path / "before-bob-appends"
    shutil.copytree(path, pristine)
    _append_as(path, vault_id, case, private, checkpoint_private, keylog=revocation_seq, time=last_time,
                     data_key=old_key)
    # His head is signed with the checkpoint key replaced at his revocation (4.8): the export refuses the vault.
    with pytest.raises(TamperedVault):
        _export_and_check(world, tmp_path, "refused")
    assert not (tmp_path / "refused.zip").exists()
    # With the key that signs now (a vault whose revocation predates the rotation kept one key), the exhibit is
    # made, and the standalone verifier applies the order rule (4.7) from the bundle alone.
    shutil.rmtree(path)
    shutil.copytree(pristine, path)
    alice = Vault.open(path).unlock(ALICE, "Alice Martin")
    current_checkpoint_private = alice._checkpoint_private
    alice.vault.close()
    _append_as(path, vault_id, case, private, current_checkpoint_private, keylog=revocation_seq, time=last_time,
               data_key=old_key)
    status, text, _ = _export_and_check(world, tmp_path, "forged")
    assert status == 1, text
    assert world["bob_id"] in text and "revokes" in text and "nothing shows that it was sealed before" in text


def test_a_data_key_planted_by_the_revoked_reviewer_is_refused_at_unlock(world):
    """Bob, revoked, still holds the checkpoint key (from the old data key): he plants a data key of his own,
    sealed to Carol's enrolled key, with the checkpoint key, the older keys and the key-store MAC all made
    under it, so that Carol would write under a key he knows. Her unlock refuses it: the key does not open
    the signed revocation's sealed reason."""
    from reviewer.vault import keystore

    path, vault_id = world["path"], world["vault_id"]
    private, old_key = keys.unlock(keys.StoredKey(*world["bob_row"]), BOB, vault_id)
    old_meta = dict(_rows(world["copy"], "SELECT key, value FROM meta"))
    checkpoint_private = keys.unwrap_checkpoint_key(from_b64u(old_meta["checkpoint_key_wrapped"]), old_key, vault_id)
    planted = os.urandom(32)
    pristine = path.parent / "before-the-plant"
    shutil.copytree(path, pristine)
    carol_public = _rows(path, "SELECT public_key FROM keys WHERE key_id = ?", (world["carol_id"],))[0][0]
    conn = sqlite3.connect(path / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE keys SET wrapped_data_key = ? WHERE key_id = ?",
                     (keys.seal_data_key(carol_public, planted, vault_id, world["carol_id"]), world["carol_id"]))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'checkpoint_key_wrapped'",
                     (b64u(keys.wrap_checkpoint_key(checkpoint_private, planted, vault_id)),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'older_data_keys'",
                     (b64u(keys.wrap_older_data_keys([old_key], planted, vault_id)),))
        keystore.store_mac(conn, planted)
    conn.close()
    vault = Vault.open(path)
    try:
        with pytest.raises(TamperedVault) as raised:
            vault.unlock(CAROL, "Carol Petit")
        # The checkpoint key he can wrap is the one replaced at his revocation (4.8): refused as not the key that
        # signs now, before the data key itself is held against the revocation's sealed reason.
        assert "the key that signs its checkpoints" in raised.value.message
    finally:
        vault.close()
    # Even with the checkpoint key that signs now, the planted data key is refused: it does not open the sealed
    # reason of the last revocation.
    shutil.rmtree(path)
    shutil.copytree(pristine, path)
    alice = Vault.open(path).unlock(ALICE, "Alice Martin")
    current_checkpoint_private = alice._checkpoint_private
    alice.vault.close()
    conn = sqlite3.connect(path / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE keys SET wrapped_data_key = ? WHERE key_id = ?",
                     (keys.seal_data_key(carol_public, planted, vault_id, world["carol_id"]), world["carol_id"]))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'checkpoint_key_wrapped'",
                     (b64u(keys.wrap_checkpoint_key(current_checkpoint_private, planted, vault_id)),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'older_data_keys'",
                     (b64u(keys.wrap_older_data_keys([old_key], planted, vault_id)),))
        keystore.store_mac(conn, planted)
    conn.close()
    vault = Vault.open(path)
    try:
        with pytest.raises(TamperedVault) as raised:
            vault.unlock(CAROL, "Carol Petit")
        assert "Carol Petit" in raised.value.message
    finally:
        vault.close()
