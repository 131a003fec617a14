"""Verification in worker processes gives exactly the report of one process, on intact and tampered vaults.

Small chunks (3 or 4 records) put chunk boundaries everywhere in a real vault, so every check that links
chunks (chain, keys valid at the record's key-log size, media references, Merkle subtrees) is exercised
in real worker processes, spawned (as from the window) or forked (as from the command line), that read
the SQLite file themselves.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from multiprocessing import get_context
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.vault import Vault
from reviewer.vault import verify as verify_module
from reviewer.media import ingest
from reviewer.vault.canonical import b64u, canonical_bytes, from_b64u, parse_canonical
from reviewer.vault.keys import key_id
from reviewer.vault.merkle import leaf_hash, root_of
from reviewer.vault.records import signature_message

from .tampering import edit, row


def resign(path: Path, log: str, seq: int, private: Ed25519PrivateKey, **changes) -> None:
    """Rewrite a record (with field changes) as validly signed by ``private``, every column consistent."""
    fields = parse_canonical(bytes(row(path, log, seq)["leaf"]))
    fields.update(signer=key_id(private.public_key().public_bytes_raw()), **changes)
    leaf = canonical_bytes(fields)
    edit(path, "UPDATE records SET leaf = ?, leaf_hash = ?, signer = ?, sig = ? WHERE log = ? AND seq = ?",
         (leaf, leaf_hash(leaf), fields["signer"], private.sign(signature_message(leaf)), log, seq))


@pytest.fixture
def busy(filled, samples_dir, monkeypatch):
    """The filled vault plus a second reviewer who signs, is revoked, and more records after that."""
    alice = filled.session
    alice.enroll("Bob Durand", "bob's own passphrase")
    bob = Vault.open(filled.path).unlock("bob's own passphrase", "Bob Durand")
    bob.seal_review(filled.case, filled.media[1], labels=["non-conclusive"], notes="bob")  # case seq 7
    bob.vault.close()
    late = alice.ingest(filled.case, ingest(samples_dir / "chelsea.png"))  # seq 8
    for i in range(4):  # seq 9-12
        alice.seal_review(filled.case, late if i % 2 else filled.media[0], labels=["not-sexual"], notes=f"r{i}")
    alice.revoke(bob.key_id, "left")
    for i in range(3):  # seq 13-15: with chunks of 3, seq 15 is alone in the last chunk
        alice.seal_review(filled.case, late, labels=["non-conclusive"])
    filled.vault.close()
    monkeypatch.setattr(verify_module, "CHUNK", 3)
    monkeypatch.setattr(verify_module, "MIN_PROCESS_RECORDS", 0)
    return filled, bob, late


def _reports(path: Path, monkeypatch) -> tuple[dict, dict]:
    """(one process, whole logs as one chunk) and (three processes, chunks of 3): the JSON reports."""
    vault = Vault.open(path)
    try:
        with monkeypatch.context() as m:
            m.setattr(verify_module, "CHUNK", 10**9)
            single = vault.verify(workers=1).to_json()
        multi = vault.verify(workers=3).to_json()
    finally:
        vault.close()
    return single, multi


def _single_report(path: Path, monkeypatch) -> dict:
    """The JSON report of one process checking each log whole."""
    vault = Vault.open(path)
    try:
        with monkeypatch.context() as m:
            m.setattr(verify_module, "CHUNK", 10**9)
            return vault.verify(workers=1).to_json()
    finally:
        vault.close()


def _copy(filled, tmp_path, name: str) -> Path:
    copy = tmp_path / name
    shutil.copytree(filled.path, copy)
    return copy


def test_an_intact_vault_gives_the_same_report_with_workers(busy, monkeypatch):
    filled, _, _ = busy
    single, multi = _reports(filled.path, monkeypatch)
    assert single["ok"] and single == multi
    assert multi["checked"]["records"] == 16 + 4 + 3  # the case, the keys log (with the key's rotation), the other case


@pytest.mark.parametrize("column", ["leaf", "sig", "leaf_hash", "seq", "signer"])
@pytest.mark.parametrize("seq", [0, 2, 3, 5, 6, 8, 12, 15])
def test_a_changed_column_is_named_alike_with_workers(busy, tmp_path, monkeypatch, column, seq):
    filled, _, _ = busy
    path = _copy(filled, tmp_path, "t")
    before = row(path, filled.case, seq)
    value = {"seq": 99, "signer": "0" * 16}.get(column)
    if value is None:
        data = bytearray(before[column])
        data[40 if column == "leaf" else 5] ^= 0x01
        value = bytes(data)
    edit(path, f"UPDATE records SET {column} = ? WHERE log = ? AND seq = ?", (value, filled.case, seq))
    single, multi = _reports(path, monkeypatch)
    assert not single["ok"] and single == multi
    assert single["problem"]["log"] == filled.case and single["problem"]["seq"] == seq


def test_a_deleted_or_moved_record_is_named_alike_with_workers(busy, tmp_path, monkeypatch):
    filled, _, _ = busy
    deleted = _copy(filled, tmp_path, "deleted")
    edit(deleted, "DELETE FROM records WHERE log = ? AND seq = 6", (filled.case,))
    moved = _copy(filled, tmp_path, "moved")
    edit(moved, "UPDATE records SET seq = -1 WHERE log = ? AND seq = 5", (filled.case,))
    edit(moved, "UPDATE records SET seq = 5 WHERE log = ? AND seq = 9", (filled.case,))
    edit(moved, "UPDATE records SET seq = 9 WHERE log = ? AND seq = -1", (filled.case,))
    for path, code, seq in ((deleted, "missing-record", 6), (moved, "column-mismatch", 5)):
        single, multi = _reports(path, monkeypatch)
        assert single == multi and single["problem"]["code"] == code and single["problem"]["seq"] == seq


def test_re_signed_records_are_named_alike_with_workers(busy, tmp_path, monkeypatch):
    """Valid signatures over wrong content. Seq 15 is alone in its chunk, so only the checks linking
    chunks (chain, key-log size carried over, media references) can catch what is done to it."""
    filled, bob, late = busy
    alice = filled.session._private
    last = 15
    cases: dict[str, tuple[dict, str, int]] = {
        "stranger": ({"private": Ed25519PrivateKey.generate(), "seq": 10}, "unknown-key", 10),
        "revoked": ({"private": bob._private, "seq": 13}, "revoked-key", 13),
        # Bob claims to have seen the key log before his revocation (keylog 2); earlier records of the
        # case had already seen it (keylog 3), so the key was revoked for this record all the same.
        "revoked-early-keylog": ({"private": bob._private, "seq": last, "keylog": 2}, "revoked-key", last),
        "wrong-prev": ({"private": alice, "seq": last, "prev": b64u(bytes(row(filled.path, filled.case, 4)["leaf_hash"]))},
                       "broken-chain", last),
        "media-of-another-case": ({"private": alice, "seq": last, "body": {
            **parse_canonical(bytes(row(filled.path, filled.case, last)["leaf"]))["body"],
            "media": row(filled.path, filled.other_case, 1)["id"]}}, "bad-record", last),
        "media-ingested-later": ({"private": alice, "seq": 4, "body": {
            **parse_canonical(bytes(row(filled.path, filled.case, 4)["leaf"]))["body"], "media": late}}, "bad-record", 4),
    }
    for name, (change, code, seq) in cases.items():
        path = _copy(filled, tmp_path, name)
        resign(path, filled.case, change.pop("seq"), change.pop("private"), **change)
        single, multi = _reports(path, monkeypatch)
        assert single == multi, name
        assert (single["problem"]["code"], single["problem"]["log"], single["problem"]["seq"]) == (
            code, filled.case, seq), (name, single)


def test_the_worker_reads_the_file_itself_in_a_spawned_process(busy):
    """The jobs a worker process gets name the file, not the records; a damaged chunk comes back empty,
    and a checkpoint note whose signature fails is left out of the notes it vouches for."""
    filled, _, _ = busy
    vault = Vault.open(filled.path)
    keys = {r["key_id"]: from_b64u(r["public_key"]) for r in vault.reviewers()}
    chain = vault.checkpoint_keys  # the fixture's revocation replaced the checkpoint key: the notes need both
    vault.close()
    uri = (filled.path / "vault.sqlite3").resolve().as_uri() + "?mode=ro"
    damaged_range = verify_module._Job(uri, filled.case, 3, 9, keys, 3)
    edit(filled.path, "UPDATE records SET sig = zeroblob(64) WHERE log = ? AND seq = 7", (filled.case,))
    notes = [r[0] for r in sqlite3.connect(filled.path / "vault.sqlite3").execute("SELECT note FROM checkpoints ORDER BY seq")]
    forged = notes[2][:-10] + ("A" if notes[2][-10] != "A" else "B") + notes[2][-9:]
    edit(filled.path, "UPDATE checkpoints SET note = ? WHERE seq = 2", (forged,))
    first = verify_module._Job(uri, filled.case, 0, 4, keys, 3)  # 4 leaves from 0: a perfect subtree
    jobs = [first, damaged_range, verify_module._NotesJob(uri, 0, len(notes), chain)]
    context = get_context("spawn")
    counter = context.Value("q", 0)
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=verify_module._worker_main, args=(sender, jobs, counter))
    worker.start()
    sender.close()
    messages = []
    while (message := receiver.recv()) is not None:  # (index, result) as each job is done, then None
        messages.append(message)
    worker.join()
    results = dict(messages)
    assert sorted(results) == [0, 1, 2] and counter.value > len(jobs)  # it took every job, then found none left
    chunk, damaged, vouched = results[0], results[1], results[2]
    hashes = [bytes(row(filled.path, filled.case, seq)["leaf_hash"]) for seq in range(4)]
    assert chunk is not None and chunk.hashes == b"".join(hashes) and chunk.root == root_of(hashes)
    assert damaged is None
    # Each note vouched for with the key that signs its place in the vault-level log.
    assert len(chain.rotations) == 1
    assert vouched == frozenset((chain.at(i).key_id, note) for i, note in enumerate(notes) if i != 2)


@pytest.mark.parametrize("column", ["leaf", "leaf_hash", "sig"])
def test_a_column_rewritten_as_text_is_named_not_a_crash(busy, tmp_path, monkeypatch, column):
    """The sqlite3 shell writes quoted values as TEXT: the report names the record, as for any edit."""
    filled, _, _ = busy
    path = _copy(filled, tmp_path, "t")
    edit(path, f"UPDATE records SET {column} = CAST({column} AS TEXT) WHERE log = ? AND seq = 4", (filled.case,))
    single, multi = _reports(path, monkeypatch)
    assert not single["ok"] and single == multi
    assert (single["problem"]["log"], single["problem"]["seq"]) == (filled.case, 4)


def test_inside_a_batch_the_uncommitted_records_are_verified_as_in_one_process(filled, monkeypatch):
    """Worker processes only see committed rows; a verification inside a batch must still see all."""
    monkeypatch.setattr(verify_module, "CHUNK", 3)
    monkeypatch.setattr(verify_module, "MIN_PROCESS_RECORDS", 0)
    session = filled.session
    with session.batch():
        for i in range(5):
            session.seal_review(filled.case, filled.media[0], labels=["not-sexual"], notes=f"b{i}")
        single = session.vault.verify(workers=1).to_json()
        multi = session.vault.verify(workers=3).to_json()
    assert single == multi and multi["checked"]["records"] == 7 + 5 + 1 + 3
    assert multi["problem"]["code"] == "unsealed-records" and multi["problem"]["seq"] == 7  # no checkpoint yet
    assert session.vault.verify(workers=3).ok


# The command line forks its workers (a process with one thread, no Qt, no OpenCV): the same reports.
FORKING_VERIFIER = r"""
import json, sys
from reviewer.vault import Vault, verify
assert verify._start_method() == "fork", "this process should fork its workers"
verify.CHUNK, verify.MIN_PROCESS_RECORDS = 4, 0
vault = Vault.open(sys.argv[1])
print(json.dumps(vault.verify(workers=3).to_json()))
"""


def _forked_report(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", FORKING_VERIFIER, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("damage", ["none", "signature", "checkpoint-note", "leaf-hash", "deleted"])
def test_forked_workers_give_the_report_of_one_process(busy, tmp_path, monkeypatch, damage):
    filled, _, _ = busy
    path = _copy(filled, tmp_path, damage)
    if damage == "signature":
        edit(path, "UPDATE records SET sig = zeroblob(64) WHERE log = ? AND seq = 9", (filled.case,))
    elif damage == "checkpoint-note":
        note = sqlite3.connect(path / "vault.sqlite3").execute("SELECT note FROM checkpoints WHERE seq = 5").fetchone()[0]
        signature = note.rsplit(" ", 1)[1]
        flipped = signature[:20] + ("A" if signature[20] != "A" else "B") + signature[21:]
        edit(path, "UPDATE checkpoints SET note = ? WHERE seq = 5", (note.replace(signature, flipped),))
    elif damage == "leaf-hash":
        edit(path, "UPDATE records SET leaf_hash = zeroblob(32) WHERE log = ? AND seq = 13", (filled.case,))
    elif damage == "deleted":
        edit(path, "DELETE FROM records WHERE log = ? AND seq = 6", (filled.case,))
    single = _single_report(path, monkeypatch)
    assert single["ok"] == (damage == "none")
    assert _forked_report(path) == single


def test_a_process_with_opencv_or_qt_threads_spawns_its_workers(busy):
    """This test process has loaded OpenCV (the fixtures ingest media): forking it would copy held locks."""
    assert "cv2" in sys.modules
    assert verify_module._start_method() == "spawn"


def test_a_note_a_worker_vouched_for_skips_only_its_signature_check(filled):
    from reviewer.vault.checkpoint import NoteError, open_checkpoint
    from reviewer.vault.vault import origin_of

    vault = Vault.open(filled.path)
    note = vault.db.conn.execute("SELECT note FROM checkpoints WHERE log = ? ORDER BY seq DESC", (filled.case,)).fetchone()[0]
    verifier, origin = vault.checkpoint_key, origin_of(vault.vault_id, filled.case)
    vault.close()
    signature = note.rsplit(" ", 1)[1]
    forged = note.replace(signature, signature[:20] + ("A" if signature[20] != "A" else "B") + signature[21:])
    assert open_checkpoint(note, verifier, origin, verified={note}) == open_checkpoint(note, verifier, origin)
    with pytest.raises(NoteError):
        open_checkpoint(forged, verifier, origin, verified={note})
    with pytest.raises(NoteError):  # vouched for, yet for another log: still refused
        open_checkpoint(note, verifier, origin_of(vault.vault_id, filled.other_case), verified={note})


@pytest.mark.parametrize("control", ["\x00", "\t", "\r", "\x1b", "\x1f"])
def test_a_note_with_a_control_character_is_refused_even_if_vouched_for(filled, control):
    from reviewer.vault.checkpoint import NoteError, open_checkpoint

    vault = Vault.open(filled.path)
    note = vault.db.conn.execute("SELECT note FROM checkpoints ORDER BY seq DESC").fetchone()[0]
    verifier = vault.checkpoint_key
    vault.close()
    origin_line, rest = note.split("\n", 1)
    edited = origin_line + control + "\n" + rest
    with pytest.raises(NoteError, match="control"):
        open_checkpoint(edited, verifier, verified={edited})


def _hold_the_lock_forever(counter) -> None:
    counter.get_lock().acquire()
    time.sleep(600)


def test_a_job_counter_whose_lock_a_dead_process_holds_stops_handing_out_jobs(monkeypatch):
    """A worker killed inside the counter's lock (the out-of-memory killer, or the pool terminating its
    workers after another one died) must not hang the others: they stop taking jobs, and the calling
    process redoes what no result came back for."""
    monkeypatch.setattr(verify_module, "_LOCK_TIMEOUT_S", 0.5)
    context = get_context("fork")
    counter = context.Value("q", 0)
    assert verify_module._take(counter) == 0 and verify_module._take(counter) == 1
    holder = context.Process(target=_hold_the_lock_forever, args=(counter,))
    holder.start()
    deadline = time.monotonic() + 10
    while counter.get_lock().acquire(timeout=0.01):  # wait until the holder has it
        counter.get_lock().release()
        assert time.monotonic() < deadline
    os.kill(holder.pid, signal.SIGKILL)
    holder.join()
    assert verify_module._take(counter) is None


@pytest.mark.parametrize("opening", ['{"a":', '['])
def test_a_leaf_nested_a_thousand_deep_is_a_bad_record_with_any_number_of_workers(busy, tmp_path, monkeypatch, opening):
    """Deep enough to exhaust the decoder's or the encoder's stack at a depth that depends on the caller's:
    the record is reported the same way, never a RecursionError."""
    filled, _, _ = busy
    path = _copy(filled, tmp_path, "deep")
    closing = "}" if opening.startswith("{") else "]"
    leaf = (opening * 1000 + "1" + closing * 1000).encode()
    edit(path, "UPDATE records SET leaf = ?, leaf_hash = ? WHERE log = ? AND seq = 4", (leaf, leaf_hash(leaf), filled.case))
    single, multi = _reports(path, monkeypatch)
    assert not single["ok"] and single == multi
    assert (single["problem"]["log"], single["problem"]["seq"], single["problem"]["code"]) == (filled.case, 4, "bad-record")
    assert _forked_report(path) == single


# A worker that dies after some jobs (here: at its third, as the out-of-memory killer would end it).
DYING_WORKER = r"""
import json, os, sys, time
from reviewer.vault import Vault, verify
verify.CHUNK, verify.MIN_PROCESS_RECORDS = 3, 0
main, run, done = os.getpid(), verify._run, []
def run_or_die(conn, job):
    if os.getpid() != main:
        done.append(job)
        if len(done) == 3:
            with open(sys.argv[2], "a") as marks:
                marks.write("died\n")
            os._exit(9)
    else:
        time.sleep(0.05)  # the main process is slow: the workers get jobs before it has done them all
    return run(conn, job)
verify._run = run_or_die
vault = Vault.open(sys.argv[1])
print(json.dumps(vault.verify(workers=3).to_json()))
"""


@pytest.mark.parametrize("damage", ["none", "signature"])
def test_a_worker_that_dies_leaves_its_jobs_to_the_main_process(busy, tmp_path, monkeypatch, damage):
    """The jobs a dead worker took and never reported are redone: the report is the one of one process."""
    filled, _, _ = busy
    path = _copy(filled, tmp_path, damage)
    if damage == "signature":
        edit(path, "UPDATE records SET sig = zeroblob(64) WHERE log = ? AND seq = 9", (filled.case,))
    single = _single_report(path, monkeypatch)
    marks = tmp_path / "deaths"
    done = subprocess.run([sys.executable, "-c", DYING_WORKER, str(path), str(marks)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert marks.read_text() == "died\n" * 2  # both workers died with jobs taken and not reported
    assert json.loads(done.stdout) == single and single["ok"] == (damage == "none")


def _damage_an_index_page(path: Path, record_id: str) -> None:
    """Flip one character of a record id inside the page of the index on ``records.id``, as a bad sector
    would: the table itself still reads, only SQLite's integrity check sees the damage."""
    edit(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path / "vault.sqlite3")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    index = conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' "
                         "AND name LIKE 'sqlite_autoindex_records_%'").fetchall()
    conn.close()
    data = bytearray((path / "vault.sqlite3").read_bytes())
    needle = record_id.encode()
    for _, root in index:
        start = (root - 1) * page_size
        at = data.find(needle, start, start + page_size)
        if at >= 0:
            data[at + 5] = ord("0") if data[at + 5] != ord("0") else ord("1")
            (path / "vault.sqlite3").write_bytes(bytes(data))
            return
    raise AssertionError("the record id is in no index page")


@pytest.mark.parametrize("more", ["", "signature"])
def test_a_damaged_database_file_is_named_first_with_any_number_of_workers(busy, tmp_path, monkeypatch, more):
    """SQLite's integrity check runs as a worker job beside the record checks; a damaged file is still the
    problem reported, before a damaged record it may explain."""
    filled, _, _ = busy
    path = _copy(filled, tmp_path, "damaged")
    if more:
        edit(path, "UPDATE records SET sig = zeroblob(64) WHERE log = ? AND seq = 9", (filled.case,))
    _damage_an_index_page(path, row(filled.path, filled.case, 5)["id"])
    single, multi = _reports(path, monkeypatch)
    assert single == multi and single["problem"]["code"] == "database-damaged", single
    assert _forked_report(path) == single
