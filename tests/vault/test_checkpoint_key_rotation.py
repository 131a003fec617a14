"""The checkpoint key is replaced at each revocation (docs/vault-format.md 4.8, ADR 0027), tried as the revoked
reviewer would (the outside findings a3_revoked_fork.sh and a3_rewrite.py).

Bob, a reviewer who leaves, kept a copy of the whole vault folder from before his revocation and his
passphrase: his signing key, the data key of his time and, under it, the checkpoint key of his time. The vaults
are real folders; his attacks are plain sqlite3 edits and his own code signing with the keys he kept; the
verifiers are the real command line (on an account that never saw the vault) and the verifier shipped in
each exhibit, run in a fresh interpreter.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reviewer.exhibit.bundle import export_case
from reviewer.exhibit.verify_exhibit import canonical, parse_canonical as parse_manifest, sums_text
from reviewer.media import ingest
from reviewer.vault import Vault, crypto, keys
from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u, parse_canonical
from reviewer.vault.checkpoint import (Checkpoint, NoteVerifier, fingerprint, key_name_of, open_checkpoint, origin_of,
                                       peek_checkpoint, sign_checkpoint)
from reviewer.vault.head_check import DIVERGED, NEWER, SAME, compare_with_remembered
from reviewer.vault.key_rotation import rotation_message
from reviewer.vault.merkle import leaf_hash, root_of
from reviewer.vault.records import new_record_id, new_salt, signature_message

from .test_revocation import _rows

CAMILLE = "correct horse battery staple orbit"
BOB = "velvet quarry nimbus harbor lantern"
DAN = "dan keeps the archive safe"
FAST_KDF_REVIEWER = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")



def _reviewer(args: list[str], state: Path, **env: str) -> subprocess.CompletedProcess:
    """The real command line, in English, on an account whose state folder is ``state``."""
    return subprocess.run([sys.executable, FAST_KDF_REVIEWER, "--lang", "en", *args], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL,
                          env={**os.environ, "REVIEWER_STATE_DIR": str(state), **env})


def _shipped_verifier(bundle: Path, expect: str | None, folder: Path) -> subprocess.CompletedProcess:
    """The verifier the bundle carries, in a fresh isolated interpreter."""
    script = folder / f"{bundle.stem}_verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(bundle).read("verify_exhibit.py"))
    args = [sys.executable, "-I", str(script), "--lang", "en"] + (["--expect-key", expect] if expect else [])
    return subprocess.run(args + [str(bundle)], capture_output=True, text=True, timeout=120)


def _old_checkpoint_key(copy: Path, bob_id: str) -> Ed25519PrivateKey:
    """What Bob's copy yields: his data key (his passphrase opens his row) and the checkpoint key under it."""
    row = _rows(copy, "SELECT key_id, name, public_key, kdf, wrapped_private, wrapped_data_key FROM keys "
                      "WHERE key_id = ?", (bob_id,))[0]
    vault_id = dict(_rows(copy, "SELECT key, value FROM meta"))["vault_id"]
    _, data_key = keys.unlock(keys.StoredKey(*row), BOB, vault_id)
    wrapped = dict(_rows(copy, "SELECT key, value FROM meta"))["checkpoint_key_wrapped"]
    return keys.unwrap_checkpoint_key(from_b64u(wrapped), data_key, vault_id)


@pytest.fixture
def world(tmp_path, samples_dir):
    """Camille's vault; Bob enrolled, reviews in case X; Bob copies the folder; Camille revokes him, opens case Y
    and seals a review in X: the situation of a3_revoked_fork.sh."""
    live = tmp_path / "live"
    camille = Vault.create(live, reviewer_name="Camille Martin", passphrase=CAMILLE)
    bob_id = camille.enroll("Bob Durand", BOB)
    case_x = camille.new_case("Complaint 2026-041")
    media = camille.ingest(case_x, ingest(samples_dir / "rocket.jpg"))
    case_w = camille.new_case("Untouched since the revocation")
    media_w = camille.ingest(case_w, ingest(samples_dir / "coffee.png"))
    bob = Vault.open(live).unlock(BOB, "Bob Durand")
    bob.seal_review(case_x, media, labels=["sexual-deepfake-adult"], notes="Bob's decision")
    bob.seal_review(case_w, media_w, labels=["sexual-deepfake-adult"], notes="Bob's decision")
    bob.vault.close()
    identity = camille.vault.vkey
    camille.vault.close()
    shutil.copytree(live, tmp_path / "bob-copy")  # Bob keeps the folder
    camille = Vault.open(live).unlock(CAMILLE, "Camille Martin")
    camille.revoke(bob_id, "left the association")
    case_y = camille.new_case("After revocation")
    camille.ingest(case_y, ingest(samples_dir / "chelsea.png"))
    camille.seal_review(case_x, media, labels=["sexual-deepfake-adult"], notes="real decision")
    current = camille.vault.checkpoint_keys.current.vkey()
    camille.vault.close()
    return {"live": live, "copy": tmp_path / "bob-copy", "bob_id": bob_id, "case_x": case_x, "case_y": case_y,
            "media": media, "case_w": case_w, "media_w": media_w, "identity": identity, "current": current, "tmp": tmp_path}


def _export(path: Path, case: str, out: Path) -> Path:
    vault = Vault.open(path)
    try:
        return export_case(vault, vault.unlock(CAMILLE, "Camille Martin"), case, out, lang="en").path
    finally:
        vault.close()


# -- the rotation itself ------------------------------------------------------------------------------------------


def test_a_revocation_replaces_the_checkpoint_key_handed_over_by_the_old_one(world):
    live = world["live"]
    vault = Vault.open(live)
    try:
        chain = vault.checkpoint_keys
        [rotation] = chain.rotations
        # The vault's identity is unchanged: what recipients pinned, in meta and in the genesis record.
        assert vault.vkey == world["identity"] == chain.identity.vkey() != chain.current.vkey()
        record = vault.record(rotation.record)
        assert record.type == "checkpoint_key.rotated" and record.log == "keys"
        body = record.body
        assert body["checkpoint_key"] == chain.current.vkey() and body["signs_from"] == rotation.start
        # The handover is signed by the old key, over the new key and where it starts.
        Ed25519PublicKey.from_public_bytes(chain.identity.public_key).verify(
            from_b64u(body["endorsement"]), rotation_message(vault.vault_id, rotation.start, chain.current.vkey()))
        # Before its start every leaf is signed by the old key, from it on by the new one only; so is the head.
        for seq, log, note in _rows(live, "SELECT seq, log, note FROM checkpoints ORDER BY seq"):
            expected, other = ((chain.identity, chain.current) if seq < rotation.start
                               else (chain.current, chain.identity))
            open_checkpoint(note, expected)
            with pytest.raises(ValueError):
                open_checkpoint(note, other)
        start_log, start_size = _rows(live, "SELECT log, size FROM checkpoints WHERE seq = ?", (rotation.start,))[0]
        assert start_log == "keys" and start_size > record.seq  # the key log's checkpoint of the replacement
        open_checkpoint(vault.vault_checkpoint(), chain.current)
        # The new seed is wrapped under the new data key; the old seed is not kept anywhere in the vault.
        session = vault.unlock(CAMILLE, "Camille Martin")
        assert session._checkpoint_private.public_key().public_bytes_raw() == chain.current.public_key
        old = _old_checkpoint_key(world["copy"], world["bob_id"]).private_bytes_raw()
        database = (live / "vault.sqlite3").read_bytes()
        assert old not in database and b64u(old).encode() not in database
        report = vault.verify(session=session)
        assert report.ok
        # The report says, in words and in JSON, that the key was replaced, when, and by which key.
        [replaced] = report.to_json()["checkpoint_keys"]
        assert replaced == {"record": rotation.record, "seq": record.seq, "time": rotation.time,
                            "signs_from": rotation.start, "vkey": chain.current.vkey(),
                            "fingerprint": fingerprint(chain.current.vkey())}
        assert "signing key was replaced on " in report.text() and rotation.time not in report.text()
    finally:
        vault.close()


def test_the_fingerprint_command_keeps_its_two_lines_and_adds_the_key_that_signs_now(world):
    out = _reviewer(["vault", "fingerprint", "--vault", str(world["live"])], world["tmp"] / "state-fp")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[:2] == [world["identity"], fingerprint(world["identity"])]
    assert lines[2:] == [world["current"], fingerprint(world["current"])]
    assert "replaced" in out.stderr
    printed = json.loads(_reviewer(["vault", "fingerprint", "--json", "--vault", str(world["live"])],
                                   world["tmp"] / "state-fp").stdout)
    assert printed["vkey"] == world["identity"] and printed["current"]["vkey"] == world["current"]


# -- a3_rewrite.py: the revoked reviewer rewrites the live vault with the old key -------------------------------------


def _bob_appends_and_rewrites(world) -> str:
    """a3_rewrite.py: Bob signs a review into case W of the LIVE vault (untouched since his revocation) with his
    revoked key, claiming the key-log size and a time of before his revocation; then, holding the old checkpoint
    key from his copy, he signs a checkpoint of W, places it just after W's last checkpoint from before the
    revocation in the vault-level log, and signs a new vault head over the rewritten log. Returns his record's
    id."""
    live, case = world["live"], world["case_w"]
    old = _old_checkpoint_key(world["copy"], world["bob_id"])
    row = _rows(world["copy"], "SELECT key_id, name, public_key, kdf, wrapped_private, wrapped_data_key FROM keys "
                               "WHERE key_id = ?", (world["bob_id"],))[0]
    vault_id = dict(_rows(live, "SELECT key, value FROM meta"))["vault_id"]
    private, data_key = keys.unlock(keys.StoredKey(*row), BOB, vault_id)
    keylog = _rows(world["copy"], "SELECT count(*) FROM records WHERE log = 'keys'")[0][0]
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        seq, last, time = conn.execute("SELECT seq, leaf_hash, time FROM records WHERE log = ? ORDER BY seq DESC "
                                       "LIMIT 1", (case,)).fetchone()
        rid = new_record_id()
        fields = {"v": 3, "type": "review.sealed", "id": rid, "case": case, "seq": seq + 1,
                  "prev": b64u(bytes(last)), "salt": new_salt(), "signer": world["bob_id"], "keylog": keylog,
                  "time": time, "app": "reviewer 0.1.0",
                  "body": {"media": world["media_w"], "labels": ["not-sexual"]},
                  "sealed": {name: crypto.FieldSealer(data_key).seal(rid, name, "forged after revocation")
                             for name in ("notes", "source", "qualification")}}
        leaf = canonical_bytes(fields)
        conn.execute("INSERT INTO records (log, seq, id, type, signer, time, leaf, leaf_hash, sig) "
                     "VALUES (?,?,?,?,?,?,?,?,?)", (case, seq + 1, rid, "review.sealed", world["bob_id"], time, leaf,
                                                    leaf_hash(leaf), private.sign(signature_message(leaf))))
        hashes = [bytes(h) for (h,) in conn.execute("SELECT leaf_hash FROM records WHERE log = ? ORDER BY seq", (case,))]
        name = key_name_of(vault_id)
        mine = sign_checkpoint(Checkpoint(origin_of(vault_id, case), len(hashes), root_of(hashes)), name, old)
        rows = conn.execute("SELECT log, size, note, leaf_hash FROM checkpoints ORDER BY seq").fetchall()
        revoked_at = conn.execute("SELECT seq FROM records WHERE log = 'keys' AND type = 'key.revoked'").fetchone()[0]
        before = max(i for i, r in enumerate(rows) if r[0] == case and
                     all(not (k[0] == "keys" and k[1] > revoked_at) for k in rows[:i]))
        rows.insert(before + 1, (case, len(hashes), mine, leaf_hash(mine.encode())))
        conn.execute("DELETE FROM checkpoints")
        conn.executemany("INSERT INTO checkpoints (seq, log, size, note, leaf_hash) VALUES (?,?,?,?,?)",
                         [(i, *r) for i, r in enumerate(rows)])
        head = sign_checkpoint(Checkpoint(origin_of(vault_id, None), len(rows), root_of([bytes(r[3]) for r in rows])),
                               name, old)
        conn.execute("UPDATE vault_head SET note = ? WHERE id = 1", (head,))
    conn.close()
    return rid


def test_the_live_vault_rewritten_with_the_old_key_fails_verification_on_an_account_that_never_saw_it(world):
    _bob_appends_and_rewrites(world)
    for state in ("fresh-account", "fresh-account-workers"):
        out = _reviewer(["verify", "--json", "--vault", str(world["live"])], world["tmp"] / state)
        assert out.returncode == 2, out.stdout + out.stderr  # a damaged vault (docs/api.md)
        printed = json.loads(out.stdout)
        assert printed["problem"]["code"] == "old-checkpoint-key", printed["problem"]
        # Plain words: the old signing key, replaced at a revocation, was used afterwards.
        assert "old signing key" in printed["message"] and "revoked" in printed["message"]
    vault = Vault.open(world["live"])
    try:  # the same answer from one process and from worker processes
        assert vault.verify(workers=1, remembered_head=False).to_json() == \
            vault.verify(workers=2, remembered_head=False).to_json()
    finally:
        vault.close()


def test_an_exhibit_the_revoked_reviewer_re_signs_with_the_old_key_fails_both_verifiers(world):
    """Bob takes a genuine exhibit of the live vault, replaces the report and signs the manifest again with the
    checkpoint key his copy opens."""
    tmp = world["tmp"]
    genuine = _export(world["live"], world["case_x"], tmp / "genuine.zip")
    files = {n: zipfile.ZipFile(genuine).read(n) for n in zipfile.ZipFile(genuine).namelist()}
    files["report.pdf"] = b"%PDF-1.4\n% a report Bob wrote\n"
    manifest = parse_manifest(files["manifest.json"])
    manifest["files"]["report.pdf"] = {"sha256": hashlib.sha256(files["report.pdf"]).hexdigest(),
                                       "size": len(files["report.pdf"])}
    sums = sums_text({k: v for k, v in manifest["files"].items() if k != "SHA256SUMS"}).encode()
    files["SHA256SUMS"] = sums
    manifest["files"]["SHA256SUMS"] = {"sha256": hashlib.sha256(sums).hexdigest(), "size": len(sums)}
    old = _old_checkpoint_key(world["copy"], world["bob_id"])
    for key in ("identity", "current"):  # the manifest naming either key
        manifest["key"] = world[key]
        files["manifest.json"] = canonical(manifest).encode()
        files["manifest.sig"] = b64u(old.sign(files["manifest.json"])).encode()
        forged = tmp / f"forged-{key}.zip"
        with zipfile.ZipFile(forged, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        for expect in (world["identity"], world["current"]):
            out = _shipped_verifier(forged, expect, tmp)
            assert out.returncode == 1, out.stdout
            cli = _reviewer(["verify-exhibit", "--expect-key", expect, str(forged)], tmp / "state-x")
            assert cli.returncode == 1 and cli.stdout.splitlines()[2:] == out.stdout.splitlines()[2:]
        assert "old signing key" in out.stdout or "not by the expected key" in out.stdout or \
            "signature does not verify" in out.stdout, out.stdout
    # Named as such when the manifest names the identity (the key his signature verifies under).
    out = _shipped_verifier(tmp / "forged-identity.zip", world["identity"], tmp)
    assert "manifest.json is signed with the vault's old signing key" in out.stdout, out.stdout


# -- a3_revoked_fork.sh: the old copy, in which the revocation never happened ------------------------------------------


def test_an_exhibit_from_the_old_copy_passes_the_identity_but_not_the_key_that_signs_now(world, monkeypatch):
    """What remains (VERIFY.md, ADR 0027): without a head kept outside, Bob's copy is a vault in which he was
    never revoked. Its exhibit passes a check against the vault's identity and fails against the key that signs
    now, which the sender's fingerprint command and the genuine exhibit's cover letter print."""
    tmp = world["tmp"]
    copy = world["copy"]
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp / "bob-account"))  # Bob, on his own account
    bob = Vault.open(copy).unlock(BOB, "Bob Durand")
    bob.seal_review(world["case_x"], world["media"], labels=["not-sexual"], notes="forged: nothing sexual here")
    forked = export_case(bob.vault, bob, world["case_x"], tmp / "fork.zip", lang="en").path
    bob.vault.close()
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp / "camille-account"))
    assert _shipped_verifier(forked, world["identity"], tmp).returncode == 0
    out = _shipped_verifier(forked, world["current"], tmp)
    assert out.returncode == 1 and "not by the expected key" in out.stdout
    out = _shipped_verifier(forked, fingerprint(world["current"]), tmp)
    assert out.returncode == 1
    # The genuine exhibit passes both, and says the key was replaced, and when.
    genuine = _export(world["live"], world["case_x"], tmp / "genuine.zip")
    with_identity = _shipped_verifier(genuine, fingerprint(world["identity"]), tmp)
    assert with_identity.returncode == 0, with_identity.stdout
    assert "signing key was replaced on" in with_identity.stdout
    assert "would also pass this check" in with_identity.stdout  # says what the identity does not rule out
    assert _shipped_verifier(genuine, fingerprint(world["current"]), tmp).returncode == 0
    # The cover letter prints the fingerprint of the key that signs now beside the identity's.
    text = _pdf_text(genuine, "cover-letter.pdf", tmp)
    assert fingerprint(world["current"]) in text and fingerprint(world["identity"]) in text


def _pdf_text(bundle: Path, name: str, folder: Path) -> str:
    pdf = folder / name
    pdf.write_bytes(zipfile.ZipFile(bundle).read(name))
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


# -- two revocations, and the verifier's answers -------------------------------------------------------------------


def test_two_revocations_make_a_chain_the_verifiers_follow(world, tmp_path):
    live = world["live"]
    camille = Vault.open(live).unlock(CAMILLE, "Camille Martin")
    dan = camille.enroll("Dan Rivière", DAN)
    middle = camille.vault.checkpoint_keys.current.vkey()
    camille.revoke(dan, "contract ended")
    camille.seal_review(world["case_x"], world["media"], labels=["non-conclusive"], notes="after Dan")
    chain = camille.vault.checkpoint_keys
    assert len(chain.rotations) == 2 and chain.rotations[0].start < chain.rotations[1].start
    assert [k.vkey() for k in chain.all] == [world["identity"], middle, chain.current.vkey()]
    assert camille.vault.verify(session=camille).ok
    # The same report from one process and from worker processes (every chunk boundary, both rotations).
    from reviewer.vault import verify as verify_module
    single = camille.vault.verify(workers=1).to_json()
    original = (verify_module.CHUNK, verify_module.MIN_PROCESS_RECORDS)
    verify_module.CHUNK, verify_module.MIN_PROCESS_RECORDS = 2, 0
    try:
        assert camille.vault.verify(workers=3).to_json() == single
    finally:
        verify_module.CHUNK, verify_module.MIN_PROCESS_RECORDS = original
    current = chain.current.vkey()
    camille.vault.close()
    bundle = _export(live, world["case_x"], tmp_path / "two.zip")
    names = set(zipfile.ZipFile(bundle).namelist())
    for rotation in chain.rotations:
        assert {f"log/rotation/{rotation.record}/keys-checkpoint",
                f"log/rotation/{rotation.record}/keys-vault-proof"} <= names
    for expect in (world["identity"], fingerprint(world["identity"]), current, fingerprint(current)):
        out = _shipped_verifier(bundle, expect, tmp_path)
        assert out.returncode == 0, out.stdout
        assert out.stdout.count("the vault's signing key was replaced on") == 2
    # A key of the middle of the chain is neither the identity nor the key that signs now: refused, with words.
    out = _shipped_verifier(bundle, fingerprint(middle), tmp_path)
    assert out.returncode == 1 and "is a key this vault used before" in out.stdout
    # Another vault's key: refused.
    other = Vault.create(tmp_path / "other", reviewer_name="Other Person", passphrase=CAMILLE)
    other_key = other.vault.vkey
    other.vault.close()
    assert _shipped_verifier(bundle, other_key, tmp_path).returncode == 1
    # Without --expect-key: consistent, origin not established (3), both fingerprints printed.
    out = _shipped_verifier(bundle, None, tmp_path)
    assert out.returncode == 3 and fingerprint(current) in out.stdout and fingerprint(world["identity"]) in out.stdout


# -- the rules, edit by edit (plain sqlite3) -----------------------------------------------------------------------


def _resign_head(live: Path, private: Ed25519PrivateKey) -> None:
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        vault_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()[0]
        leaves = [bytes(h) for (h,) in conn.execute("SELECT leaf_hash FROM checkpoints ORDER BY seq")]
        head = sign_checkpoint(Checkpoint(origin_of(vault_id, None), len(leaves), root_of(leaves)),
                               key_name_of(vault_id), private)
        conn.execute("UPDATE vault_head SET note = ? WHERE id = 1", (head,))
    conn.close()


def _current_private(live: Path) -> Ed25519PrivateKey:
    vault = Vault.open(live)
    try:
        return vault.unlock(CAMILLE, "Camille Martin")._checkpoint_private
    finally:
        vault.close()


def _verify(live: Path, workers: int = 1) -> dict:
    vault = Vault.open(live)
    try:
        return vault.verify(workers=workers, remembered_head=False).to_json()
    finally:
        vault.close()


def test_a_checkpoint_after_the_rotation_signed_with_the_old_key_is_named(world):
    """Even with the head signed by the key that signs now (an insider's edit), one leaf after the rotation point
    signed again with the old key is `old-checkpoint-key`, naming its log."""
    live, case = world["live"], world["case_y"]
    old = _old_checkpoint_key(world["copy"], world["bob_id"])
    seq, note = _rows(live, "SELECT seq, note FROM checkpoints WHERE log = ? ORDER BY seq LIMIT 1", (case,))[0]
    cp = peek_checkpoint(note)
    vault_id = world["identity"].split("/")[1].split("+")[0]
    again = sign_checkpoint(cp, key_name_of(vault_id), old)
    current = _current_private(live)
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE checkpoints SET note = ?, leaf_hash = ? WHERE seq = ?",
                     (again, leaf_hash(again.encode()), seq))
    conn.close()
    _resign_head(live, current)
    report = _verify(live)
    assert report["problem"]["code"] == "old-checkpoint-key" and report["problem"]["log"] == case, report
    assert _verify(live, workers=2) == report


def test_a_head_signed_with_the_old_key_after_the_rotation_is_named(world):
    _resign_head(world["live"], _old_checkpoint_key(world["copy"], world["bob_id"]))
    report = _verify(world["live"])
    assert report["problem"]["code"] == "old-checkpoint-key" and report["problem"]["log"] is None, report


def test_a_rotation_record_removed_or_altered_is_refused(world):
    live = world["live"]
    pristine = world["tmp"] / "pristine"
    shutil.copytree(live, pristine)
    seq, rid = _rows(live, "SELECT seq, id FROM records WHERE log = 'keys' AND type = 'checkpoint_key.rotated'")[0]
    # Removed: the key log has a gap.
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        conn.execute("DELETE FROM records WHERE log = 'keys' AND seq = ?", (seq,))
    conn.close()
    report = _verify(live)
    assert report["problem"]["code"] == "missing-record" and report["problem"]["seq"] == seq, report
    # Altered, its start moved: the revoker's signature no longer verifies.
    shutil.rmtree(live)
    shutil.copytree(pristine, live)
    leaf = bytes(_rows(live, "SELECT leaf FROM records WHERE id = ?", (rid,))[0][0])
    fields = parse_canonical(leaf)
    fields["body"]["signs_from"] += 1
    changed = canonical_bytes(fields)
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE records SET leaf = ?, leaf_hash = ? WHERE id = ?", (changed, leaf_hash(changed), rid))
    conn.close()
    report = _verify(live)
    # The handover's check comes before the record's own signature (8.1 step 1.9): the old key did not sign that.
    assert report["problem"]["code"] == "bad-record" and report["problem"]["record"] == rid, report
    # Re-signed by an enrolled reviewer (an insider), its start moved: the old key did not sign that handover.
    shutil.rmtree(live)
    shutil.copytree(pristine, live)
    vault = Vault.open(live)
    camille = vault.unlock(CAMILLE, "Camille Martin")
    camille_private = camille._private
    vault.close()
    signed = camille_private.sign(signature_message(changed))
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE records SET leaf = ?, leaf_hash = ?, sig = ? WHERE id = ?",
                     (changed, leaf_hash(changed), signed, rid))
    conn.close()
    report = _verify(live)
    assert report["problem"]["code"] == "bad-record" and report["problem"]["record"] == rid, report
    assert "did not sign the handover" in report["problem"]["detail"]


def test_a_fresh_key_put_in_the_rotation_by_an_insider_without_the_old_key_is_refused(world):
    """An enrolled reviewer who never held the old checkpoint key cannot name a key of their own as its
    successor: the endorsement must be the replaced key's signature."""
    live = world["live"]
    rid = _rows(live, "SELECT id FROM records WHERE log = 'keys' AND type = 'checkpoint_key.rotated'")[0][0]
    leaf = bytes(_rows(live, "SELECT leaf FROM records WHERE id = ?", (rid,))[0][0])
    fields = parse_canonical(leaf)
    vault_id = fields["body"]["checkpoint_key"].split("/")[1].split("+")[0]
    mine = Ed25519PrivateKey.generate()
    vkey = NoteVerifier(key_name_of(vault_id), mine.public_key().public_bytes_raw()).vkey()
    fields["body"]["checkpoint_key"] = vkey
    fields["body"]["endorsement"] = b64u(mine.sign(rotation_message(vault_id, fields["body"]["signs_from"], vkey)))
    changed = canonical_bytes(fields)
    vault = Vault.open(live)
    camille = vault.unlock(CAMILLE, "Camille Martin")._private
    vault.close()
    conn = sqlite3.connect(live / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE records SET leaf = ?, leaf_hash = ?, sig = ? WHERE id = ?",
                     (changed, leaf_hash(changed), camille.sign(signature_message(changed)), rid))
    conn.close()
    report = _verify(live)
    assert report["problem"]["code"] == "bad-record" and report["problem"]["record"] == rid, report


# -- the head remembered outside, and trusted timestamps -------------------------------------------------------------


def test_the_remembered_head_after_a_rotation_is_checked_with_the_key_of_its_size(world, tmp_path, monkeypatch):
    live = world["live"]
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "state-heads"))
    vault = Vault.open(live)
    try:
        camille = vault.unlock(CAMILLE, "Camille Martin")
        camille.new_case("Written after the rotation")  # remembered: a head signed by the new key
        assert compare_with_remembered(vault).state == SAME
        camille.new_case("And another")
        assert compare_with_remembered(vault).state == SAME
    finally:
        vault.close()
    # This account then saw Bob's rewritten vault (a head he signed with the old key, larger than the real one):
    # the real vault is not its continuation.
    from reviewer.vault import heads

    known = heads.load(world["identity"].split("/")[1].split("+")[0])
    old = _old_checkpoint_key(world["copy"], world["bob_id"])
    vault_id = known.vault_id
    forged = sign_checkpoint(Checkpoint(origin_of(vault_id, None), known.size, known.root), key_name_of(vault_id), old)
    heads.save(heads.RememberedHead(vault_id, known.size, known.root, forged, known.logs))
    vault = Vault.open(live)
    try:
        assert compare_with_remembered(vault).state == DIVERGED
    finally:
        vault.close()
    # A head remembered before the rotation (signed by the old key at its size) is a prefix: written to since.
    with Vault.open(world["copy"]) as copy:
        before = copy.vault_checkpoint()
    cp = peek_checkpoint(before)
    heads.save(heads.RememberedHead(vault_id, cp.size, cp.root, before, {}))
    vault = Vault.open(live)
    try:
        assert compare_with_remembered(vault).state == NEWER
    finally:
        vault.close()


def test_a_timestamp_over_a_head_signed_by_the_new_key_verifies_in_the_vault_and_the_exhibit(world, timestamp_authority,
                                                                                              tmp_path):
    live = world["live"]
    authority = timestamp_authority("Paris")
    vault = Vault.open(live)
    try:
        camille = vault.unlock(CAMILLE, "Camille Martin")
        pending = vault.request_timestamp()
        open_checkpoint(pending.note, vault.checkpoint_keys.current)  # the stamped head: signed by the new key
        (tmp_path / "vault.tsq").write_bytes(pending.request)
        reply = authority.reply(tmp_path / "vault.tsq", tmp_path / "vault.tsr").read_bytes()
        camille.seal_timestamp(reply, authority.certificates.read_bytes())
        report = vault.verify(session=camille)
        assert report.ok, report.problem
        assert len(report.timestamps) == 1
    finally:
        vault.close()
    bundle = _export(live, world["case_x"], tmp_path / "stamped.zip")
    out = _shipped_verifier(bundle, world["current"], tmp_path)
    assert out.returncode == 0, out.stdout
    assert "Paris TSA" in out.stdout


# -- vaults revoked before the rotation existed ----------------------------------------------------------------------


def test_a_vault_revoked_before_the_rotation_existed_stays_valid_and_rotates_at_its_next_revocation(tmp_path,
                                                                                                   samples_dir):
    """tests/data/vaults/revoked-before-rotation was written by the code of before ADR 0027 (its revocation kept the
    one checkpoint key; tests/data/vaults/make_revoked_before_rotation.py): it verifies as it did, this version
    writes to it with that key, and its next revocation starts the chain."""
    path = tmp_path / "old"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data" / "vaults" / "revoked-before-rotation", path)
    vault = Vault.open(path)
    try:
        assert vault.checkpoint_keys.rotations == ()
        assert vault.verify(workers=1).ok
        alice = vault.unlock("violet tractor quantum harbor 93", "Alice Martin")
        case = alice.new_case("Written by this version")
        alice.ingest(case, ingest(samples_dir / "rocket.jpg"))
        open_checkpoint(vault.vault_checkpoint(), vault.checkpoint_keys.identity)  # still the one key
        assert vault.verify(session=alice).ok
        carol = alice.enroll("Carol Petit", "carol keeps the cases safe")
        alice.revoke(carol, "left")
        assert len(vault.checkpoint_keys.rotations) == 1
        report = vault.verify(session=alice)
        assert report.ok, report.problem
        identity = vault.vkey
        bundle = export_case(vault, alice, case, tmp_path / "old.zip", lang="en").path
    finally:
        vault.close()
    out = _shipped_verifier(bundle, fingerprint(identity), tmp_path)
    assert out.returncode == 0, out.stdout
