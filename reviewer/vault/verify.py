"""Verification of a whole vault (or one case) that names the first thing wrong (docs/vault-format.md 8).

Two scans of the records, one answer, and one set of record rules: both apply
``reviewer.vault.record_rules.check_record`` (as does the open case's incremental check). The key log is
always checked by the exact scan
(``_Verification._verify_log``): one record after the other, it names the first failure. Case logs are
first checked in chunks of ``CHUNK`` records, each on its own (parse, canonical form, shape, copy
columns, leaf hash, chain inside the chunk, signature), by worker processes that read the SQLite file
themselves and return only leaf hashes, the root of the chunk's Merkle subtree and a few facts; the
main process links the chunks (chain, keys valid at the record's key-log size, media references). A
chunk that is not clean in every respect sends its whole log to the exact scan, so a report never
depends on the number of workers. The workers also check the signatures of the checkpoint notes and run
SQLite's integrity check (one job among the others; a damaged file is still the problem reported first).
Processes, not threads: parsing holds the GIL (about 9 us a record beside 62 us of Ed25519), which
capped threads well below two cores. Every process, the calling one included, takes the next job from
a shared counter, so none waits long for the others at the end, and sends each result back as soon as it
is ready (a pipe per worker, read between the calling process's own jobs). The labels "suspected minor"
are gathered while the records are checked, so the index of them is checked without reading the records
again. See docs/adr/0005-vault.md.
"""

from __future__ import annotations

import bisect
import hashlib
import multiprocessing
import os
import pickle
import sqlite3
import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewer.errors import Moment
from reviewer.i18n import QT_TRANSLATE_NOOP, language_of, translate
from reviewer.vault import crypto, heads, key_rotation, keystore, minors, thumbnails
from reviewer.vault.blobs import BlobProblem, decrypt_stream
from reviewer.vault.canonical import NotCanonical, b64, b64u, from_b64u, parse_canonical
from reviewer.vault.checkpoint import (NoteError, NoteVerifier, fingerprint, open_checkpoint, open_note, origin_of,
                                       peek_checkpoint)
from reviewer.vault.keys import ENVELOPE_SIZE, OLDER_DATA_KEYS, WRAPPED_SIZE
from reviewer.vault.keys import key_id as key_id_of
from reviewer.vault.keys import stored_text
from reviewer.vault.merkle import MerkleAccumulator, leaf_hash, perfect_root
from reviewer.vault.record_rules import KeyState, LogCursor, Misplaced, RecordFault, check_record, key_valid_at
from reviewer.vault.records import FORMAT_VERSION, KEYS_LOG

if TYPE_CHECKING:
    from reviewer.vault.vault import Vault, VaultSession


MESSAGES: dict[str, str] = {
    "missing-record": QT_TRANSLATE_NOOP("vault", "Record {seq} of {log} is missing: the history has a gap there."),
    "bad-record": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) is damaged or was edited: it is not a valid record."),
    "column-mismatch": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) was edited: its stored details do not match its signed content."),
    "leaf-hash-mismatch": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) was edited: its stored fingerprint does not match its content."),
    "broken-chain": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) does not follow the record before it: the chain is broken, so a "
                 "record was changed, removed or put out of order."),
    "unknown-key": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) is signed by a key that was never enrolled in this vault."),
    "revoked-key": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) is signed by a key that had already been revoked."),
    "time-before-vault": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) claims a time before the vault was created: its time was forged, "
                 "or it was sealed on a computer whose clock was wrong."),
    "time-backwards": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) claims a time earlier than the record before it: time never "
                 "goes backwards along a log, so its time or its place was forged (or a clock was set back)."),
    "bad-signature": QT_TRANSLATE_NOOP(
        "vault", "The signature of record {seq} of {log} ({record}) is not valid: the record was changed after it "
                 "was signed."),
    "old-checkpoint-key": QT_TRANSLATE_NOOP(
        "vault", "A signed checkpoint of {log} was signed with the vault's old signing key, which was replaced when "
                 "a reviewer was revoked ({field}): whoever signed it kept the old key. The history after that "
                 "revocation was rewritten or added to by someone who should no longer be able to."),
    "vault-identity-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The vault's identity or checkpoint key was changed: it does not match the vault's first signed "
                 "record."),
    "bad-checkpoint": QT_TRANSLATE_NOOP(
        "vault", "A signed checkpoint of {log} is not valid (wrong signature or format)."),
    "truncated-log": QT_TRANSLATE_NOOP(
        "vault", "Records at the end of {log} are missing: a signed checkpoint covers {expected} records but only "
                 "{found} remain."),
    "checkpoint-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The records of {log} do not match its signed checkpoint of {expected} records: a record from "
                 "position {seq} on was changed or replaced."),
    "forked-checkpoints": QT_TRANSLATE_NOOP(
        "vault", "Two different signed checkpoints of {log} exist for {expected} records: the history was forked "
                 "(two copies went different ways)."),
    "unsealed-records": QT_TRANSLATE_NOOP(
        "vault", "Record {seq} of {log} ({record}) is not covered by any signed checkpoint."),
    "missing-case": QT_TRANSLATE_NOOP(
        "vault", "The vault's signed log names {log}, but its records are gone: the case was deleted."),
    "vault-log-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The vault's own signed log of checkpoints was changed or cut."),
    "blob-missing": QT_TRANSLATE_NOOP(
        "vault", "The stored file {blob} named by record {seq} of {log} is missing."),
    "blob-altered": QT_TRANSLATE_NOOP(
        "vault", "The stored file {blob} named by record {seq} of {log} was changed."),
    "sealed-field-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The encrypted field '{field}' of record {seq} of {log} ({record}) does not match what was signed."),
    "database-damaged": QT_TRANSLATE_NOOP(
        "vault", "The vault's database file is damaged: SQLite's own integrity check fails."),
    "database-unreadable": QT_TRANSLATE_NOOP(
        "vault", "Part of the vault's database cannot be read: a stored value was damaged or changed outside the "
                 "application."),
    "unknown-schema": QT_TRANSLATE_NOOP(
        "vault", "The vault's database holds something that is not part of a vault (an extra table, view or "
                 "trigger, or a changed table): it was edited outside the application."),
    "meta-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The vault's stored facts were changed ({field}): they do not match its signed records."),
    "logs-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The vault's list of logs was changed ({log}): it does not match the signed records."),
    "key-row-missing": QT_TRANSLATE_NOOP(
        "vault", "The stored key of reviewer {field} ({record}) is missing: their passphrase can no longer open "
                 "the vault. Their signed records stay valid; another reviewer, or the recovery key, can still "
                 "open it."),
    "key-row-missing-last": QT_TRANSLATE_NOOP(
        "vault", "The stored key of reviewer {field} ({record}) is missing, and no other reviewer or recovery key "
                 "is left to open the vault: nobody can add to it or read its encrypted details until that key is "
                 "put back from a backup of the vault. Its signed records stay valid and can still be verified."),
    "key-row-damaged": QT_TRANSLATE_NOOP(
        "vault", "The stored key of reviewer {field} ({record}) was changed or damaged: it does not match the signed "
                 "key log or is not what the application writes, so their passphrase can no longer open the vault. "
                 "Their signed records stay valid; another reviewer, or the recovery key, can still open it."),
    "key-row-damaged-last": QT_TRANSLATE_NOOP(
        "vault", "The stored key of reviewer {field} ({record}) was changed or damaged, and no other reviewer or "
                 "recovery key is left to open the vault: nobody can add to it or read its encrypted details "
                 "(titles, notes, media, heatmaps) until that key is put back from a backup of the vault. Its "
                 "signed records stay valid and can still be verified."),
    "blob-row-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The stored details of file {blob} named by record {seq} of {log} were changed (its size, key or "
                 "record)."),
    "key-store-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The vault's stored keys or facts were changed outside the application: their seal does not "
                 "match."),
    "vault-rolled-back": QT_TRANSLATE_NOOP(
        "vault", "This vault is older than the one last used on this computer: {expected} saved steps were seen "
                 "here, only {found} remain. It looks like a restored backup or an old copy; what was recorded "
                 "after it is missing from it: {field}."),
    "vault-forked": QT_TRANSLATE_NOOP(
        "vault", "This vault does not continue the state last seen on this computer ({expected} saved steps): its "
                 "history went another way. Two copies of it were used separately, or it was rewritten."),
    "bad-timestamp": QT_TRANSLATE_NOOP(
        "vault", "The trusted timestamp in record {seq} of {log} ({record}) does not check: its token, its "
                 "certificates or the vault state it stamps were changed."),
    "minor-index-mismatch": QT_TRANSLATE_NOOP(
        "vault", "The list of media labelled suspected minor was changed: it does not match the signed reviews "
                 "(media {record}). Exports could show a picture that must stay hidden."),
    "thumbnail-mismatch": QT_TRANSLATE_NOOP(
        "vault", "A small picture kept for the list of media (media {record}) was not made by this vault with its "
                 "current key: someone put it there. It is not evidence, but do not open the case before your IT "
                 "team has looked: it could show what should stay blurred."),
}
_OK = QT_TRANSLATE_NOOP(
    "vault", "The vault is intact: {records} records in {logs} logs, {blobs} stored files and {checkpoints} "
             "checkpoints were checked.")
_DECRYPTED = QT_TRANSLATE_NOOP("vault", "All encrypted fields and files were decrypted and checked too.")
_NOT_DECRYPTED = QT_TRANSLATE_NOOP(
    "vault", "Encrypted fields and files were checked without being opened (no passphrase given).")
_TIMESTAMP = QT_TRANSLATE_NOOP(
    "vault", "Trusted timestamp: {tsa} states that the vault's signed state of {size} checkpoints existed at {time}.")
_KEY_REPLACED = QT_TRANSLATE_NOOP(
    "vault", "The vault's signing key was replaced on {time}, when a reviewer was revoked: the key it replaced signed "
             "the handover, and everything since is signed with the new key (fingerprint {fingerprint}).")
_KEYS_LOG = QT_TRANSLATE_NOOP("vault", "the key log")
_LOST = QT_TRANSLATE_NOOP("vault", "{log}, records {first} to {last}")
_CASE = QT_TRANSLATE_NOOP("vault", "case {case}")
_VAULT_LOG = QT_TRANSLATE_NOOP("vault", "the vault's log")


def log_label(log: str | None) -> str:
    """Plain words for a log: "the key log", "case 0123…" or "the vault's log"."""
    if log is None:
        return translate("vault", _VAULT_LOG)
    if log == KEYS_LOG:
        return translate("vault", _KEYS_LOG)
    return translate("vault", _CASE).format(case=log)


@dataclass(frozen=True)
class Problem:
    """The first thing found wrong: a stable ``code`` and where (log, seq, record id, blob id)."""

    code: str
    log: str | None = None
    seq: int | None = None
    record: str | None = None
    blob: str | None = None
    detail: str = ""
    expected: int | None = None
    found: int | None = None
    field: str | None = None

    @property
    def message(self) -> str:
        return translate("vault", MESSAGES[self.code]).format(
            seq=self.seq if self.seq is not None else "?", log=log_label(self.log), record=self.record or "?",
            blob=self.blob or "?", expected=self.expected, found=self.found, field=self.field or "?")

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "log": self.log, "seq": self.seq, "record": self.record, "blob": self.blob,
                "expected": self.expected, "found": self.found, "field": self.field, "detail": self.detail,
                "message": self.message}


@dataclass
class VerifyReport:
    """Outcome of a verification: ``ok``, what was checked, and the first ``problem`` (or None)."""

    vault_id: str
    problem: Problem | None = None
    decrypted: bool = False
    checked: dict[str, int] = field(default_factory=lambda: {"logs": 0, "records": 0, "blobs": 0, "checkpoints": 0})
    # One entry per sealed trusted timestamp that checked (docs/vault-format.md 4.6, 8.2).
    timestamps: list[dict[str, Any]] = field(default_factory=list)
    # One entry per replacement of the checkpoint key, oldest first (docs/vault-format.md 4.8, 8.2).
    checkpoint_keys: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def text(self) -> str:
        """The outcome in plain words, in the current language."""
        if self.problem is not None:
            return self.problem.message
        first = translate("vault", _OK).format(**self.checked)
        lines = [first + " " + translate("vault", _DECRYPTED if self.decrypted else _NOT_DECRYPTED)]
        lines += [translate("vault", _TIMESTAMP).format(tsa=t["tsa"], size=t["vault_size"], time=t["gen_time"])
                  for t in self.timestamps]
        # The time in words in the message's language, as every message of the application writes it.
        lines += [translate("vault", _KEY_REPLACED).format(time=Moment(k["time"]).in_words(language_of(translate)),
                                                           fingerprint=k["fingerprint"])
                  for k in self.checkpoint_keys]
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "vault": self.vault_id, "checked": dict(self.checked), "decrypted": self.decrypted,
                "problem": self.problem.to_json() if self.problem else None, "message": self.text(),
                "timestamps": [dict(t) for t in self.timestamps] if self.ok else [],
                "checkpoint_keys": [dict(k) for k in self.checkpoint_keys] if self.ok else []}


class _Stop(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass
class _LogResult:
    hashes: list[bytes] = field(default_factory=list)  # leaf hashes in seq order
    subtrees: dict[int, tuple[int, bytes]] = field(default_factory=dict)  # start -> (leaves, root): perfect subtrees
    last_signed: dict[str, int] = field(default_factory=dict)  # signer -> position of its last record


# -- the chunk scan (runs in worker processes too: imports nothing beyond this module's) -----------------

CHUNK = 128  # records per job (about 15 ms of work): the core that finishes first waits at most that long.
# A power of two, so that a full chunk is one perfect subtree of the log's Merkle tree (``_Chunk.root``).
NOTES_CHUNK = 50  # checkpoint notes per job
MIN_PROCESS_RECORDS = 2500  # below this, a worker process costs about what it saves


@dataclass(frozen=True)
class _Job:
    database: str  # file URI of vault.sqlite3, opened read-only by worker processes
    log: str
    start: int  # seq range [start, end)
    end: int
    keys: dict[str, bytes]  # key id -> public key, for every key of the verified key log
    keys_log_size: int
    genesis_time: str = ""  # the vault.created record's time (LogCursor.genesis_time)


@dataclass(frozen=True)
class _NotesJob:
    """Check the signatures of checkpoint rows [start, end) ahead of ``_check_checkpoints``."""

    database: str
    start: int
    end: int
    keys: key_rotation.CheckpointKeys  # which key signs each vault-level leaf


@dataclass(frozen=True)
class _DatabaseJob:
    """SQLite's full integrity check of the file (it reads every page): one job among the others, so that
    it runs beside the record checks instead of before them (``_Verification._check_integrity``)."""

    database: str


@dataclass
class _Chunk:
    """What a clean chunk tells the main process: its leaf hashes and the facts that link it to the others."""

    first_prev: str | None  # "prev" of its first record, checked against the previous chunk's last hash
    first_time: str  # time of its first record, not earlier than the previous chunk's last time
    last_time: str
    hashes: bytes  # leaf hashes, 32 bytes each, in seq order
    root: bytes | None  # Merkle root of the chunk's leaves when they form a perfect subtree of the log's tree
    signers: set[tuple[str, int]]  # (signer, running maximum of keylog inside the chunk)
    top: int  # the running maximum of keylog at the end of the chunk
    ingested: set[str]  # media.ingested record ids
    outside_refs: set[str]  # media named before any ingest of it inside the chunk
    blobs: list[tuple[str, int, str | None, str, int, str]]  # as _Verification.blobs
    purged: set[str]
    last_signed: dict[str, int]  # signer -> position of its last record in the chunk
    reviews: dict[str, str] = field(default_factory=dict)  # review.sealed record id -> its media
    # (corrected review id, media) of each correction whose corrected review is before the chunk
    outside_supersedes: list[tuple[str, str]] = field(default_factory=list)
    minors: set[str] = field(default_factory=set)  # media a review of the chunk labels suspected minor


def _blob(column: str) -> str:
    # A binary column rewritten as TEXT (as the sqlite3 shell does with a quoted value) reads as NULL:
    # it is reported as damaged, and bytes that are not UTF-8 cannot make the read itself fail.
    return f"CASE WHEN typeof({column}) = 'blob' THEN {column} END"


def _text(column: str) -> str:
    # A TEXT cell as its bytes (decoded by ``stored_text``, so that bytes that are not UTF-8 cannot make the
    # read fail), any other type as NULL.
    return f"CASE WHEN typeof({column}) = 'text' THEN CAST({column} AS BLOB) END"


def _strict_blob(column: str) -> str:
    # A BLOB cell as it is, NULL as NULL, any other type as an empty BLOB: never the value a check expects.
    return f"CASE typeof({column}) WHEN 'blob' THEN {column} WHEN 'null' THEN NULL ELSE x'' END"


_RECORD_COLUMNS = f"seq, id, type, signer, time, {_blob('leaf')}, {_blob('leaf_hash')}, {_blob('sig')}"


def _scan_chunk(conn: sqlite3.Connection, job: _Job) -> _Chunk | None:
    """Check records ``job.start`` to ``job.end - 1`` of a case log on their own; None if any is not clean.

    The rules are ``check_record``'s, on a cursor that starts inside the log: what needs earlier chunks
    (chain and time across chunks, keys at the effective key-log size, media ingested earlier) is left
    to the main process, which links the chunks with the facts returned (``_Verification._accept``).
    """
    try:
        rows = conn.execute(
            # Plain columns, not _RECORD_COLUMNS: a column rewritten as TEXT fails a check, or the read
            # itself if it is not UTF-8, and either sends the log to the exact scan.
            "SELECT seq, id, type, signer, time, leaf, leaf_hash, sig FROM records WHERE log = ? AND seq >= ? "
            "AND seq < ? ORDER BY seq", (job.log, job.start, job.end)).fetchall()
    except sqlite3.Error:
        return None
    if len(rows) != job.end - job.start:
        return None
    try:
        keys = {key: KeyState(Ed25519PublicKey.from_public_bytes(public), 0) for key, public in job.keys.items()}
        cursor = LogCursor(job.log, keys, job.keys_log_size, seq=job.start, linked=False,
                           genesis_time=job.genesis_time)
        signatures: list[tuple[Ed25519PublicKey, bytes, bytes]] = []
        for row in rows:
            check_record(cursor, *row, signatures=signatures)
        for public, signature, message in signatures:  # in a loop of their own: see check_record
            public.verify(signature, message)
    except (RecordFault, Misplaced, ValueError, TypeError, KeyError, AttributeError, InvalidSignature):
        return None
    hashes = cursor.hashes
    size = len(hashes)
    root = perfect_root(hashes) if size & (size - 1) == 0 and job.start % size == 0 else None  # a perfect subtree
    return _Chunk(cursor.first_prev, cursor.first_time, cursor.prev_time, b"".join(hashes), root, cursor.signers,
                  cursor.keylog, cursor.media, cursor.outside_refs, cursor.blobs, cursor.purged, cursor.last_signed,
                  cursor.reviews, cursor.outside_supersedes, cursor.minors)


def _check_notes(conn: sqlite3.Connection, job: _NotesJob) -> frozenset[tuple[bytes, str]]:
    """(key id, note) of each checkpoint row ``job.start`` to ``job.end - 1`` whose signature checks under the key
    that must sign its place (``CheckpointKeys.at``); the others left out."""
    try:
        rows = conn.execute("SELECT seq, note FROM checkpoints WHERE seq >= ? AND seq < ?",
                            (job.start, job.end)).fetchall()
    except sqlite3.Error:
        return frozenset()
    good = set()
    for seq, note in rows:
        verifier = job.keys.at(seq)
        try:
            open_note(note, verifier)
        except (NoteError, TypeError):
            continue
        good.add((verifier.key_id, note))
    return frozenset(good)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's full ``integrity_check`` of ``conn``'s file (it reads the whole file): its complaints (at
    most five), empty when sound. Never raises: a check SQLite cannot run gives its error as the complaint."""
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result[:5]


_AnyJob = _Job | _NotesJob | _DatabaseJob


def _run(conn: sqlite3.Connection, job: _AnyJob) -> _Chunk | frozenset[str] | list[str] | None:
    if isinstance(job, _NotesJob):
        return _check_notes(conn, job)
    if isinstance(job, _DatabaseJob):
        return integrity_problems(conn)
    return _scan_chunk(conn, job)


# The counter's lock is held for microseconds; a process that cannot get it for this long is waiting on a
# process that died holding it (killed, or terminated by the pool after another worker died).
_LOCK_TIMEOUT_S = 10.0


def _take(counter) -> int | None:
    """The index of the next job nobody has taken (every process shares ``counter``); None when the
    counter's lock cannot be had: the caller stops taking jobs, and the calling process redoes what is missing."""
    lock = counter.get_lock()
    if not lock.acquire(timeout=_LOCK_TIMEOUT_S):
        return None
    try:
        index = counter.value
        counter.value = index + 1
    finally:
        lock.release()
    return index


_worker_counter = None  # set in each worker process by _init_worker


def _init_worker(counter) -> None:
    global _worker_counter
    _worker_counter = counter
    # A spawned worker is a fresh process: it inherits the zero core-file limit but not "not dumpable"
    # (reviewer.hardening), and it holds decrypted fields when verifying with --decrypt.
    from reviewer.hardening import harden_process

    harden_process()


def _work(jobs: list[_AnyJob], deliver: Callable[[int, Any], None]) -> None:
    """Take jobs until none is left, handing each result to ``deliver(index, result)``."""
    if not jobs:
        return
    try:
        conn = sqlite3.connect(jobs[0].database, uri=True, check_same_thread=False)
    except sqlite3.Error:
        return  # the main process does what is missing
    try:
        while (index := _take(_worker_counter)) is not None and index < len(jobs):
            deliver(index, _run(conn, jobs[index]))
    finally:
        conn.close()


def _worker_main(sender, jobs: list[_AnyJob], counter) -> None:
    """The body of a worker process: each result goes back through ``sender`` as soon as it is ready, as
    (job index, result), then None.

    A plain process and a pipe rather than a pool: the jobs reach a forked worker without being pickled,
    the main process reads the results between its own jobs instead of all at the end, and nothing is left
    to shut down (the pool cost about 20 ms a verification: starting its management thread, pickling the
    jobs, handing the results over at the end, joining its queues).
    """
    try:
        _init_worker(counter)
        _work(jobs, lambda index, result: sender.send((index, result)))
        sender.send(None)
    except (OSError, EOFError):  # the main process has gone, or stopped listening: nothing to report to
        pass
    finally:
        sender.close()


# Libraries that run threads of their own which may hold a lock at the moment of a fork.
_THREADED_LIBRARIES = ("PySide6", "onnxruntime", "cv2")


def _start_method() -> str:
    """fork where it is safe, spawn elsewhere.

    fork starts a worker in about 3 ms instead of 80-100 ms of a core for a new interpreter, but a
    forked child inherits every lock as it was. So fork only on Linux (macOS and Windows do not fork
    safely), with no other Python thread, and before Qt, onnxruntime or OpenCV has started its
    threads: the command line. (numpy, which sqlite-utils imports, starts idle OpenBLAS threads that
    shut themselves down at a fork; the workers never call numpy.) The window spawns.
    """
    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(name in sys.modules for name in _THREADED_LIBRARIES)):
        return "fork"
    return "spawn"


def _receive(receivers: list, results: dict[int, Any], *, wait: bool) -> list:
    """Read what the workers have sent into ``results`` (all of it, or only what is there already when not
    ``wait``); return the receivers still to be heard from. A worker that ends (None), dies or sends
    something unreadable is heard no more: the jobs it took and did not report are redone by the caller."""
    still = []
    for receiver in receivers:
        try:
            while wait or receiver.poll():
                message = receiver.recv()
                if message is None:
                    break
                index, result = message
                results[index] = result
            else:
                still.append(receiver)
        except (EOFError, OSError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
            pass
    return still


def verify_vault(vault: Vault, *, case_id: str | None = None, session: VaultSession | None = None,
                 trusted_checkpoints=(), workers: int | None = None, remembered_head: bool = True,
                 progress: Callable[[int, int, str], None] | None = None) -> VerifyReport:
    """Check the vault (all logs, or the key log and ``case_id``) and return a ``VerifyReport``.

    With a ``session`` sealed fields and blobs are decrypted and checked as well. Checkpoints kept
    outside the vault (``trusted_checkpoints``, note texts) detect a cut tail or a rewritten history.
    ``workers`` (default: the number of CPUs) counts this process; the others are worker processes
    (forked or spawned: ``_start_method``), used only above ``MIN_PROCESS_RECORDS`` case records. The
    report is the same for any number of workers. With ``remembered_head`` (the default) the vault
    must not be older than, nor inconsistent with, the head this account last saw (``reviewer.vault.heads``),
    and a clean verification of the whole vault becomes the remembered head. Never raises for a damaged
    vault: the damage is the report.

    ``progress(done, total, step)`` is called between steps (``step``: "database", "records" per log,
    "checkpoints", "blobs" per stored file, "sealed" per log); an exception it raises (a cancel) stops the
    verification and propagates, with nothing written (the remembered head is written only at the end).
    """
    report = VerifyReport(vault_id=vault.vault_id, decrypted=session is not None)
    run = _Verification(vault, report, workers or os.cpu_count() or 1, case_id, session)
    run.progress = progress or (lambda done, total, step: None)
    run.remembered = heads.load(vault.vault_id) if remembered_head else None
    try:
        run.run(list(trusted_checkpoints))
    except _Stop as stop:
        report.problem = stop.problem
    except sqlite3.Error as exc:
        # The one place a read that SQLite refuses (a damaged page, a cell that is not UTF-8) becomes the
        # report's own words, whichever step met it.
        report.problem = run.unreadable(exc)
    finally:
        for process in run.exiting:  # long gone by now: waiting for them costs nothing
            process.join()
    if report.ok and case_id is None and remembered_head:
        run.remember_head()
    return report


class _Verification:
    def __init__(self, vault: Vault, report: VerifyReport, workers: int, case_id: str | None,
                 session: VaultSession | None) -> None:
        self.vault = vault
        self.workers = workers
        self.conn = vault.db.conn
        self.report = report
        self.case_id = case_id
        self.session = session
        self.keys: dict[str, KeyState] = {}
        self.keys_log_size = 0
        self.logs: dict[str, _LogResult] = {}
        self.blobs: list[tuple[str, int, str | None, str, int, str]] = []  # id, size, sha, log, seq, record
        self.purged: set[str] = set()
        # key id -> notes whose signature by that key a worker already checked
        self.verified_notes: dict[bytes, set[str]] = defaultdict(set)
        # The chain of checkpoint keys (4.8), complete once the key log is verified.
        self.chain = key_rotation.CheckpointKeys(vault.checkpoint_key)
        self.remembered: heads.RememberedHead | None = None
        # case log -> (checkpoint size, key-log size checkpointed before it), in vault-level order (4.7)
        self.keys_before: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.progress: Callable[[int, int, str], None] = lambda done, total, step: None
        self.timestamp_records: list[dict[str, Any]] = []  # timestamp.imported records of the keys log
        self.integrity: list[str] | None = None  # SQLite's integrity complaints, once checked
        self.exiting: list[multiprocessing.process.BaseProcess] = []  # workers done with their jobs
        self.minor_media: dict[str, str] = {}  # media labelled suspected minor by a verified review -> its log

    # -- driver ------------------------------------------------------------------------------------------

    def run(self, trusted: list[str]) -> None:
        self.progress(0, 1, "database")
        # SQLite's integrity check reads the whole file: in a large vault it runs as one of the worker
        # jobs, beside the record checks. A damaged file is still named first: whatever fails before its
        # answer is in waits for it (a damaged page explains a damaged record).
        try:
            self._check_schema()
            names = self._log_names()
            self.progress(0, len(names), "records")
            self.keys_log_size = self.conn.execute(
                "SELECT count(*) FROM records WHERE log = ?", (KEYS_LOG,)).fetchone()[0]
            self._verify_log(KEYS_LOG)  # names[0]: it gives the keys every other log is checked with
            cases = names[1:]
            chunks = self._scan_cases(cases)
        except (_Stop, sqlite3.DatabaseError):
            self._check_integrity()
            raise
        self._check_integrity()
        self.report.checked["logs"] += 1
        self.progress(1, len(names), "records")
        for done, log in enumerate(cases, 2):
            if not self._accept(log, chunks[log]):
                self._verify_log(log)
            self.report.checked["logs"] += 1
            self.progress(done, len(names), "records")
        self.progress(0, 1, "checkpoints")
        self._check_trusted(trusted)
        self._check_checkpoints(names)
        self._check_vault_head()
        self.report.checkpoint_keys = [
            {"record": r.record, "seq": r.seq, "time": r.time, "signs_from": r.start, "vkey": r.verifier.vkey(),
             "fingerprint": fingerprint(r.verifier.vkey())} for r in self.chain.rotations]
        self._check_timestamps()
        self._check_remembered_head()
        self._check_signers_sealed_in_time()
        self._check_minor_index()
        self._check_meta()
        self._check_logs_table(names)
        self._check_key_rows()
        self._check_blob_rows()
        self._check_thumbnails()
        self._check_blobs()
        if self.session is not None:
            self._check_sealed()
            if not self.session.key_store_intact():
                raise _Stop(Problem("key-store-mismatch", KEYS_LOG, None, detail="meta.key_store_mac"))

    def _log_names(self) -> list[str]:
        known = {r[0] for r in self.conn.execute("SELECT id FROM logs")}
        known |= {r[0] for r in self.conn.execute("SELECT DISTINCT log FROM records")}
        if self.case_id is not None:
            known &= {KEYS_LOG, self.case_id}
            known.add(self.case_id)
        known.add(KEYS_LOG)
        return sorted(known, key=lambda x: (x != KEYS_LOG, x))

    # -- records: the chunk scan -------------------------------------------------------------------------

    def _scan_cases(self, logs: list[str]) -> dict[str, list[_Chunk | None]]:
        """Chunk-scan the case logs, in worker processes when there are enough records to pay for them.

        In parallel, the signatures of the checkpoint notes are checked as well (``self.verified_notes``).
        """
        counts = dict(self.conn.execute("SELECT log, count(*) FROM records GROUP BY log").fetchall())
        database = self.conn.execute("PRAGMA database_list").fetchone()[2]
        uri = Path(database).as_uri() + "?mode=ro" if database else ""
        keys = {key: state.public.public_bytes_raw() for key, state in self.keys.items()}
        jobs = [_Job(uri, log, start, min(start + CHUNK, counts[log]), keys, self.keys_log_size, self._genesis_time())
                for log in logs for start in range(0, counts.get(log, 0), CHUNK)]
        # Worker processes read committed rows only: inside an open transaction this process scans alone.
        parallel = (self.workers > 1 and database and not self.conn.in_transaction
                    and sum(job.end - job.start for job in jobs) >= MIN_PROCESS_RECORDS)
        if parallel:
            notes = self.conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0]
            extra_jobs: list[_AnyJob] = [_DatabaseJob(uri)]  # first: the longest job
            extra_jobs += [_NotesJob(uri, start, min(start + NOTES_CHUNK, notes), self.chain)
                           for start in range(0, notes, NOTES_CHUNK)]
            results = self._run_jobs(extra_jobs + jobs)
            self.integrity = results[0]
            for note_set in results[1:len(extra_jobs)]:
                for key_id, note in note_set or frozenset():
                    self.verified_notes[key_id].add(note)
            results = results[len(extra_jobs):]
        else:
            results = [_scan_chunk(self.conn, job) for job in jobs]
        out: dict[str, list[_Chunk | None]] = {log: [] for log in logs}
        for job, result in zip(jobs, results):
            out[job.log].append(result)
        return out

    def _run_jobs(self, jobs: list[_AnyJob]) -> list[Any]:
        """Run the jobs on every core: worker processes and this one take the next job from a shared counter.

        A worker that cannot start, dies or sends nothing usable leaves its jobs to this process.
        """
        context = multiprocessing.get_context(_start_method())
        counter = context.Value("q", 0)
        results: dict[int, Any] = {}
        workers = []
        finished = False
        try:
            for _ in range(self.workers - 1):
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_worker_main, args=(sender, jobs, counter), daemon=True)
                try:
                    process.start()
                except OSError:  # no process could be started: this one does its share
                    receiver.close()
                    break
                finally:
                    sender.close()  # the worker's copy stays open: its end is seen when the worker ends
                workers.append((process, receiver))
            listening = [receiver for _, receiver in workers]
            while (index := _take(counter)) is not None and index < len(jobs):
                results[index] = _run(self.conn, jobs[index])
                listening = _receive(listening, results, wait=False)
            while listening:
                listening = _receive(listening, results, wait=True)
            finished = True
        finally:
            for process, receiver in workers:
                receiver.close()
                if finished:  # it has sent everything and is exiting: reaped at the end (verify_vault)
                    self.exiting.append(process)
                else:  # interrupted here (Ctrl-C): workers do not outlive a verification
                    process.kill()
                    process.join()
        return [results[i] if i in results else _run(self.conn, job) for i, job in enumerate(jobs)]

    def _accept(self, log: str, chunks: list[_Chunk | None]) -> bool:
        """Link a log's clean chunks: chain, signer keys at the running key-log size, media references.

        Return False (nothing recorded) if any chunk is not clean or a link fails.
        """
        hashes: list[bytes] = []
        subtrees: dict[int, tuple[int, bytes]] = {}
        media: set[str] = set()
        reviews: dict[str, str] = {}
        top = 0
        last_time = ""
        for chunk in chunks:
            if chunk is None or chunk.first_prev != (b64u(hashes[-1]) if hashes else None) \
                    or chunk.first_time < last_time:
                return False
            last_time = chunk.last_time
            for signer, keylog in chunk.signers:
                if key_valid_at(self.keys[signer], max(top, keylog)) is not None:
                    return False
            if not chunk.outside_refs <= media:
                return False
            media |= chunk.ingested
            if any(reviews.get(target) != media_id for target, media_id in chunk.outside_supersedes):
                return False
            reviews.update(chunk.reviews)
            top = max(top, chunk.top)
            if chunk.root is not None:
                subtrees[len(hashes)] = (len(chunk.hashes) // 32, chunk.root)
            hashes.extend(chunk.hashes[i : i + 32] for i in range(0, len(chunk.hashes), 32))
        result = self.logs[log] = _LogResult(hashes, subtrees)
        for chunk in chunks:
            self.blobs.extend(chunk.blobs)
            self.purged |= chunk.purged
            result.last_signed.update(chunk.last_signed)
            self.minor_media.update(dict.fromkeys(chunk.minors, log))
        self.report.checked["records"] += len(hashes)
        return True

    # -- records: the exact scan --------------------------------------------------------------------------

    def _verify_log(self, log: str) -> None:
        """Check every record of ``log`` in order with ``check_record``; stop at the first broken rule."""
        rows = self.conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE log = ? ORDER BY seq", (log,)
        ).fetchall()
        if not rows and log == KEYS_LOG:
            raise _Stop(self._gap(log, rows, 0))
        cursor = LogCursor(log, self.keys, self.keys_log_size, keys_record=self._keys_record,
                           genesis_time=self._genesis_time())
        try:
            for row in rows:
                check_record(cursor, *row)
        except Misplaced:
            raise _Stop(self._gap(log, rows, cursor.seq)) from None
        except RecordFault as fault:
            raise _Stop(Problem(fault.code, fault.log, fault.seq, fault.record, detail=fault.detail)) from None
        self.logs[log] = _LogResult(cursor.hashes, last_signed=cursor.last_signed)
        self.blobs.extend(cursor.blobs)
        self.purged |= cursor.purged
        self.minor_media.update(dict.fromkeys(cursor.minors, log))
        self.report.checked["records"] += len(rows)

    def _gap(self, log: str, rows: list, index: int) -> Problem:
        """A row is not where it should be: name the moved record if one claims this position."""
        for row in rows[index:]:
            try:
                fields = parse_canonical(row[5])
            except NotCanonical:
                continue
            if fields.get("seq") == index:
                return Problem("column-mismatch", log, index, fields.get("id"), detail=f"stored at position {row[0]}")
        for other_log, leaf in self.conn.execute(f"SELECT log, {_blob('leaf')} FROM records WHERE log != ?", (log,)):
            try:
                fields = parse_canonical(leaf)
            except NotCanonical:
                continue
            if fields.get("case") == log and fields.get("seq") == index:
                return Problem("column-mismatch", log, index, fields.get("id"), detail=f"stored in log {other_log}")
        return Problem("missing-record", log, index, None)

    def _genesis_time(self) -> str:
        """The time of the verified vault.created record ("" before the key log is read)."""
        return next((state.genesis_time for state in self.keys.values() if state.enrolled_at == 0), "")

    def _keys_record(self, fields: dict[str, Any], cursor: LogCursor) -> Ed25519PublicKey:
        """The rules of the key log's records (8.1 step 1); return the signer's public key."""
        seq, rid, body, rtype = fields["seq"], fields["id"], fields["body"], fields["type"]
        if rtype in ("vault.created", "key.enrolled"):
            try:
                public_bytes = from_b64u(body["public_key"])
                public = Ed25519PublicKey.from_public_bytes(public_bytes)
            except (ValueError, TypeError) as exc:
                raise RecordFault("bad-record", KEYS_LOG, seq, rid, f"public key: {exc}") from None
            if key_id_of(public_bytes) != body["key"] or body["key"] in self.keys:
                raise RecordFault("bad-record", KEYS_LOG, seq, rid, "key id or duplicate enrolment")
            if rtype == "vault.created":
                if body["vault"] != self.vault.vault_id or body["checkpoint_key"] != self.vault.checkpoint_key.vkey():
                    raise RecordFault("vault-identity-mismatch", KEYS_LOG, seq, rid)
                if fields["signer"] != body["key"]:
                    raise RecordFault("unknown-key", KEYS_LOG, seq, rid, "genesis not self-signed")
                self.keys[body["key"]] = KeyState(public, 0, None, str(body["name"]), fields["time"])
                return public
            signer = cursor.signer_key(fields)
            self.keys[body["key"]] = KeyState(public, seq, None, str(body["name"]))
            return signer
        signer = cursor.signer_key(fields)
        if rtype == "timestamp.imported":
            self.timestamp_records.append(fields)  # its token is checked once the vault-level log is read
            return signer
        if rtype == key_rotation.ROTATED:
            # Handed over by the key it replaces (4.8); where it starts is checked with the vault-level log.
            try:
                rotation, endorsement = key_rotation.parse_rotation(fields)
                self.chain = self.chain.extended(rotation, self.vault.vault_id, endorsement)
            except key_rotation.RotationInvalid as exc:
                raise RecordFault("bad-record", KEYS_LOG, seq, rid, f"checkpoint key rotation: {exc}") from None
            return signer
        target = self.keys.get(body["key"])
        if target is None or target.revoked_at is not None:
            raise RecordFault("bad-record", KEYS_LOG, seq, rid, "revokes an unknown or revoked key")
        target.revoked_at = seq
        return signer

    # -- checkpoints ---------------------------------------------------------------------------------------

    def _roots(self, log: str, sizes: set[int]) -> dict[int, bytes]:
        """The log's Merkle root at each of ``sizes`` (those up to its length).

        A chunk whose leaves a worker hashed into one perfect subtree is added at once, unless a wanted
        size falls inside it.
        """
        out: dict[int, bytes] = {}
        acc = MerkleAccumulator()
        result = self.logs[log]
        hashes, subtrees = result.hashes, result.subtrees
        if 0 in sizes:
            out[0] = acc.root()
        ordered = sorted(sizes)
        position = 0
        while position < len(hashes):
            subtree = subtrees.get(position)
            if subtree is not None:
                leaves, root = subtree
                wanted = bisect.bisect_right(ordered, position)  # the first wanted size above position
                if wanted == len(ordered) or ordered[wanted] >= position + leaves:
                    acc.append_subtree(root, leaves.bit_length() - 1)
                    position += leaves
                    if acc.size in sizes:
                        out[acc.size] = acc.root()
                    continue
            acc.append(hashes[position])
            position += 1
            if acc.size in sizes:
                out[acc.size] = acc.root()
        return out

    def _log_of_origin(self, origin: str) -> str | None:
        prefix = f"reviewer.vault/{self.vault.vault_id}"
        if origin == prefix:
            return None
        if origin == prefix + "/keys":
            return KEYS_LOG
        if origin.startswith(prefix + "/case/"):
            return origin[len(prefix) + 6:]
        return "?"

    def _first_bad(self, log: str, size: int, verified: list[tuple[int, bytes]]) -> int:
        """The earliest position that can be blamed: the size of the largest checkpoint still matching."""
        sizes = {s for s, _ in verified if s <= size}
        roots = self._roots(log, sizes)
        good = [s for s, root in verified if s <= size and roots.get(s) == root]
        return max(good, default=0)

    def _open_any(self, note: str) -> Any:
        """A checkpoint kept outside, whose place in the vault-level log is not known: signed by any key of the
        chain (it may have been kept before a revocation)."""
        error: NoteError | None = None
        for verifier in reversed(self.chain.all):
            try:
                return open_checkpoint(note, verifier)
            except NoteError as exc:
                error = error or exc
        raise error or NoteError("no key")

    def _open_at(self, note: str, index: int, origin: str | None, log: str | None) -> Any:
        """Open the checkpoint at leaf ``index`` of the vault-level log with the key that must sign it there;
        one signed only by a key the chain had replaced by then is ``old-checkpoint-key`` (4.8)."""
        verifier = self.chain.at(index)
        try:
            return open_checkpoint(note, verifier, origin, self.verified_notes.get(verifier.key_id, ()))
        except NoteError as exc:
            self._stop_if_old_key(note, verifier, log, str(exc))
            raise

    def _stop_if_old_key(self, note: str, verifier: NoteVerifier, log: str | None, detail: str) -> None:
        for older in self.chain.older_than(verifier):
            try:
                open_note(note, older)
            except NoteError:
                continue
            rotation = next(r for r in self.chain.rotations if r.verifier == verifier)
            raise _Stop(Problem("old-checkpoint-key", log, None, rotation.record,
                                field=Moment(rotation.time).in_words(language_of(translate)),
                                detail=f"signed by {older.vkey()}, replaced from vault-level leaf {rotation.start} "
                                       f"on by {verifier.vkey()} ({detail})"))

    def _check_trusted(self, notes: list[str]) -> None:
        seen: dict[tuple[str | None, int], bytes] = {}
        for note in notes:
            try:
                origin = peek_checkpoint(note).origin
                log = self._log_of_origin(origin)
                cp = self._open_any(note)
            except NoteError as exc:
                raise _Stop(Problem("bad-checkpoint", None, detail=f"outside checkpoint: {exc}")) from None
            if log == "?":
                raise _Stop(Problem("bad-checkpoint", None, detail="outside checkpoint of another vault"))
            previous = seen.setdefault((log, cp.size), cp.root)
            if previous != cp.root:
                raise _Stop(Problem("forked-checkpoints", log, None, expected=cp.size, detail="outside checkpoints"))
            if log is None:
                self._check_vault_log_prefix(cp.size, cp.root)
                continue
            if self.case_id is not None and log not in (KEYS_LOG, self.case_id):
                continue
            result = self.logs.get(log) or _LogResult()
            self.logs.setdefault(log, result)
            found = len(result.hashes)
            if cp.size > found:
                raise _Stop(Problem("truncated-log", log, found, expected=cp.size, found=found))
            if self._roots(log, {cp.size})[cp.size] != cp.root:
                internal = self._internal_roots(log).get(cp.size)
                if internal is not None and internal != cp.root:
                    raise _Stop(Problem("forked-checkpoints", log, None, expected=cp.size))
                first = self._first_bad(log, cp.size, list(self._internal_roots(log).items()))
                raise _Stop(Problem("checkpoint-mismatch", log, first, self._record_at(log, first),
                                    expected=cp.size))

    def _record_at(self, log: str, seq: int) -> str | None:
        # Called once every log is verified: the id column then equals each leaf's id.
        row = self.conn.execute("SELECT id FROM records WHERE log = ? AND seq = ?", (log, seq)).fetchone()
        return row[0] if row is not None and 0 <= seq < len(self.logs[log].hashes) else None

    def _internal_roots(self, log: str) -> dict[int, bytes]:
        out = {}
        for seq, note in self.conn.execute("SELECT seq, note FROM checkpoints WHERE log = ?", (log,)):
            verifier = self.chain.at(seq)
            try:
                cp = open_checkpoint(note, verifier, verified=self.verified_notes.get(verifier.key_id, ()))
            except NoteError:
                continue
            out[cp.size] = cp.root
        return out

    def _check_checkpoints(self, names: list[str]) -> None:
        rows = self.conn.execute("SELECT seq, log, size, note, leaf_hash FROM checkpoints ORDER BY seq").fetchall()
        self.vault_leaves: list[bytes] = []
        last_size: dict[str, int] = {}
        by_log: dict[str, list[tuple[int, bytes, int]]] = defaultdict(list)  # log -> (size, root, row seq)
        # Each replacement of the checkpoint key starts exactly at the key log's first checkpoint covering its
        # record (4.8): the new key signs that leaf and every later one.
        starts = {rotation.start: rotation for rotation in self.chain.rotations}
        uncovered = list(self.chain.rotations)
        for index, (seq, log, size, note, stored_hash) in enumerate(rows):
            h = leaf_hash(note.encode("utf-8")) if isinstance(note, str) else None
            if seq != index or h is None or stored_hash != h:
                raise _Stop(Problem("vault-log-mismatch", None, index, detail="checkpoint rows changed or removed"))
            self.vault_leaves.append(h)
            rotation = starts.get(seq)
            misplaced = rotation is not None and not (log == KEYS_LOG and isinstance(size, int) and size > rotation.seq)
            if self.case_id is None or log in (KEYS_LOG, self.case_id):
                try:  # first: a leaf signed with a replaced key is named as such wherever it stands
                    cp = self._open_at(note, seq, _origin(self.vault.vault_id, log), log)
                except NoteError as exc:
                    raise _Stop(Problem("bad-checkpoint", log, None, detail=str(exc))) from None
            if misplaced:
                raise _Stop(Problem("bad-checkpoint", KEYS_LOG, None, rotation.record,
                                    detail=f"vault-level leaf {seq}, where the new checkpoint key starts, is not the "
                                           f"key log's checkpoint of its replacement"))
            if self.case_id is not None and log not in (KEYS_LOG, self.case_id):
                continue
            if cp.size != size or cp.size < last_size.get(log, 0):
                raise _Stop(Problem("bad-checkpoint", log, None, detail="size column or order"))
            if log == KEYS_LOG:
                for rotation in [r for r in uncovered if cp.size > r.seq]:
                    if seq != rotation.start:
                        raise _Stop(Problem("bad-checkpoint", KEYS_LOG, None, rotation.record,
                                            detail=f"the checkpoint key's replacement is first sealed at vault-level "
                                                   f"leaf {seq}, not at {rotation.start} where it says it starts"))
                    uncovered.remove(rotation)
            last_size[log] = cp.size
            by_log[log].append((cp.size, cp.root, seq))
            if log != KEYS_LOG:
                self.keys_before[log].append((cp.size, last_size.get(KEYS_LOG, 0)))
        self.report.checked["checkpoints"] = len(rows)
        for log, checkpoints in by_log.items():
            result = self.logs.get(log)
            if result is None or not result.hashes:
                raise _Stop(Problem("missing-case", log, None))
            found = len(result.hashes)
            roots = self._roots(log, {size for size, _, _ in checkpoints if size <= found})
            by_size: dict[int, bytes] = {}
            for size, root, _ in checkpoints:
                if by_size.setdefault(size, root) != root:
                    raise _Stop(Problem("forked-checkpoints", log, None, expected=size))
            for size, root, _ in checkpoints:
                if size > found:
                    raise _Stop(Problem("truncated-log", log, found, expected=size, found=found))
                if roots[size] != root:
                    first = self._first_bad(log, size, [(s, r) for s, r, _ in checkpoints])
                    raise _Stop(Problem("checkpoint-mismatch", log, first, self._record_at(log, first), expected=size))
        for log in names:
            result = self.logs.get(log)
            if result is None or not result.hashes:
                continue
            covered = max((size for size, _, _ in by_log.get(log, [])), default=0)
            if covered < len(result.hashes):
                raise _Stop(Problem("unsealed-records", log, covered, self._record_at(log, covered)))

    def _check_signers_sealed_in_time(self) -> None:
        """No case record is signed by a key revoked in the key log as of the latest key-log checkpoint
        before the first checkpoint of its case that covers it (docs/vault-format.md 4.7).

        The record's own ``keylog`` is a claim of its signer; the order of checkpoints in the vault-level
        log is the vault's (signed by the checkpoint key, bound to the head checked before). So a revoked
        key that appends to a case untouched since its revocation, claiming an old ``keylog`` and an old
        time, is caught: the checkpoint that first covers the record comes after the revocation's.
        """
        for log, checkpoints in sorted(self.keys_before.items()):
            result = self.logs.get(log)
            if result is None:
                continue
            for signer, last in sorted(result.last_signed.items()):
                revoked_at = self.keys[signer].revoked_at
                if revoked_at is None:
                    continue
                # Records below ``sealed`` were covered by a checkpoint made before the revocation was.
                sealed = 0
                for size, keys_size in checkpoints:
                    if keys_size > revoked_at:
                        break
                    sealed = max(sealed, size)
                if last < sealed:
                    continue
                seq, rid = self.conn.execute(
                    "SELECT seq, id FROM records WHERE log = ? AND signer = ? AND seq >= ? ORDER BY seq LIMIT 1",
                    (log, signer, sealed)).fetchone()
                raise _Stop(Problem("revoked-key", log, seq, rid,
                                    detail=f"signer {signer} revoked at key-log position {revoked_at}, before the "
                                           f"first checkpoint covering this record"))

    def _check_vault_log_prefix(self, size: int, root: bytes) -> None:
        hashes = [bytes(r[0]) for r in self.conn.execute("SELECT leaf_hash FROM checkpoints ORDER BY seq LIMIT ?", (size,))]
        acc = MerkleAccumulator()
        for note_hash in hashes:
            acc.append(note_hash)
        if len(hashes) < size or acc.root() != root:
            raise _Stop(Problem("vault-log-mismatch", None, None, expected=size, found=len(hashes),
                                detail="outside vault checkpoint"))

    def _check_vault_head(self) -> None:
        row = self.conn.execute("SELECT note FROM vault_head WHERE id = 1").fetchone()
        if row is None:
            raise _Stop(Problem("vault-log-mismatch", None, None, detail="no signed vault head"))
        # Signed by the key current at the vault-level log's size (4.8), not by one it replaced.
        verifier = self.chain.for_head(len(self.vault_leaves))
        try:
            cp = open_checkpoint(row[0], verifier, _origin(self.vault.vault_id, None))
        except NoteError as exc:
            self._stop_if_old_key(row[0], verifier, None, f"vault head: {exc}")
            raise _Stop(Problem("vault-log-mismatch", None, None, detail=str(exc))) from None
        acc = MerkleAccumulator()
        for h in self.vault_leaves:
            acc.append(h)
        if cp.size != acc.size or cp.root != acc.root():
            raise _Stop(Problem("vault-log-mismatch", None, None, expected=cp.size, found=acc.size,
                                detail="vault head does not match the checkpoints"))

    def _check_timestamps(self) -> None:
        """Each sealed trusted timestamp (4.6): its token checks again, offline, against the certificates it
        stores, and the vault head it stamps is signed by this vault and is a state of its vault-level log."""
        if not self.timestamp_records:
            return
        # Imported here: asn1crypto is loaded only for a vault that holds timestamps.
        from reviewer.vault import timestamps
        from reviewer.vault.errors import TimestampRefused

        for fields in self.timestamp_records:
            where = (KEYS_LOG, fields["seq"], fields["id"])
            body = fields["body"]
            try:
                token = timestamps.check_sealed(body)
                # The stamped head is checked with the key current at its size (4.8).
                cp = open_checkpoint(body["note"], self.chain.for_head(peek_checkpoint(body["note"]).size),
                                     _origin(self.vault.vault_id, None))
            except TimestampRefused as exc:
                raise _Stop(Problem("bad-timestamp", *where, detail=exc.detail or exc.code)) from None
            except (NoteError, ValueError, TypeError, KeyError) as exc:
                raise _Stop(Problem("bad-timestamp", *where, detail=str(exc))) from None
            acc = MerkleAccumulator()
            for h in self.vault_leaves[: cp.size]:
                acc.append(h)
            if acc.size != cp.size or acc.root() != cp.root:
                raise _Stop(Problem("bad-timestamp", *where, detail="the stamped head is not a state of this vault"))
            self.report.timestamps.append({"record": fields["id"], "seq": fields["seq"], "gen_time": token.gen_time,
                                           "tsa": token.tsa, "serial": str(token.serial), "vault_size": cp.size,
                                           "vault_root": b64(cp.root), "note": body["note"]})

    # -- the head remembered outside the vault ---------------------------------------------------------------

    def _check_remembered_head(self) -> None:
        """The vault is not older than, nor inconsistent with, the head this account last saw (7.6)."""
        known = self.remembered
        if known is None:
            return  # never seen on this account: nothing to compare with
        size = len(self.vault_leaves)
        if size < known.size:
            found = dict(self.conn.execute("SELECT log, count(*) FROM records GROUP BY log").fetchall())
            lost = [translate("vault", _LOST).format(log=log_label(log), first=found.get(log, 0), last=count - 1)
                    for log, count in sorted(known.logs.items(), key=lambda x: (x[0] != KEYS_LOG, x[0]))
                    if found.get(log, 0) < count]
            raise _Stop(Problem("vault-rolled-back", None, None, expected=known.size, found=size,
                                field="; ".join(lost) or "?", detail=f"remembered head of {known.seen}"))
        acc = MerkleAccumulator()
        for h in self.vault_leaves[: known.size]:
            acc.append(h)
        if acc.root() != known.root:
            raise _Stop(Problem("vault-forked", None, None, expected=known.size, found=size,
                                detail=f"remembered head of {known.seen}"))

    def remember_head(self) -> None:
        """After a clean verification of the whole vault: its head becomes the one remembered."""
        note = self.conn.execute("SELECT note FROM vault_head WHERE id = 1").fetchone()[0]
        acc = MerkleAccumulator()
        for h in self.vault_leaves:
            acc.append(h)
        logs = {log: len(result.hashes) for log, result in self.logs.items()}
        heads.save(heads.RememberedHead(self.vault.vault_id, acc.size, acc.root(), note, logs))

    # -- the database and the derived tables -----------------------------------------------------------------

    def _check_integrity(self) -> None:
        """SQLite's full integrity check, unless a worker job already made it (``self.integrity``)."""
        if self.integrity is None:
            self.integrity = integrity_problems(self.conn)
        if self.integrity:
            raise _Stop(Problem("database-damaged", None, None, detail="; ".join(self.integrity)))

    def unreadable(self, exc: sqlite3.Error) -> Problem:
        """The problem to report when SQLite refused a read: its integrity check's complaints when the file
        is damaged (``database-damaged``), else the refused read itself (``database-unreadable``)."""
        if self.integrity is None:
            self.integrity = integrity_problems(self.conn)
        if self.integrity:
            return Problem("database-damaged", None, None, detail="; ".join(self.integrity))
        return Problem("database-unreadable", None, None, detail=str(exc))

    def _check_schema(self) -> None:
        """Exactly the vault's schema: no extra table, view or trigger."""
        # Imported here: it loads sqlite-utils, which the worker processes never need.
        from reviewer.vault.schema import schema_differences

        differences = schema_differences(self.conn)
        if differences:
            raise _Stop(Problem("unknown-schema", None, None, detail="; ".join(differences)))

    def _check_meta(self) -> None:
        """Every ``meta`` row is one the format names, as text, and agrees with the signed key log."""
        genesis = next((k for k in self.keys.values() if k.enrolled_at == 0), None)
        rows = {key: (value, kind) for key, value, kind in
                self.conn.execute("SELECT key, value, typeof(value) FROM meta")}
        expected_keys = {"format", "vault_id", "checkpoint_vkey", "checkpoint_key_wrapped", "created", "key_store_mac",
                         thumbnails.META_KEY}
        revocations = sum(1 for state in self.keys.values() if state.revoked_at is not None)
        if revocations:  # each revocation rotated the data key, unless made before rotation existed (6.6)
            expected_keys.add(OLDER_DATA_KEYS)
        for key in sorted(set(rows) | expected_keys):
            if key == OLDER_DATA_KEYS and key not in rows:
                continue  # a vault whose revocations all predate key rotation
            if key == thumbnails.META_KEY and key not in rows:
                continue  # a vault made before the thumbnail MAC, not written since (its removal breaks the key store MAC)
            value, kind = rows.get(key, (None, "null"))
            good = kind == "text" and key in expected_keys
            if good and key == "format":
                # The format version the vault was last written with: the same as PRAGMA user_version (an
                # older vault is brought to the current version when a writer opens it, reviewer/vault/store.py).
                user_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                good = value == str(user_version) and 1 <= user_version <= FORMAT_VERSION
            elif good and key == "vault_id":
                good = value == self.vault.vault_id
            elif good and key == "checkpoint_vkey":
                good = value == self.vault.checkpoint_key.vkey()
            elif good and key == "created":
                good = genesis is not None and value == genesis.genesis_time
            elif good and key == OLDER_DATA_KEYS:  # nonce + 32 bytes per earlier epoch + tag, at most one per revocation
                try:
                    epochs, rest = divmod(len(from_b64u(value)) - 28, 32)
                    good = rest == 0 and 1 <= epochs <= revocations
                except ValueError:
                    good = False
            elif good:  # wrapped checkpoint key: nonce + 32 + tag, never zeroed (keystore); MAC: 32 bytes
                try:
                    good = (keystore.wrapped_problem(from_b64u(value), 60) is None if key == "checkpoint_key_wrapped"
                            else len(from_b64u(value)) == 32)
                except ValueError:
                    good = False
            if not good:
                raise _Stop(Problem("meta-mismatch", None, None, field=key, detail=f"meta row {key!r}"))

    def _check_logs_table(self, names: list[str]) -> None:
        """``logs`` holds one row per log with records (``keys`` of kind keys, cases of kind case), no other."""
        rows = dict(self.conn.execute("SELECT id, kind FROM logs"))
        scope = set(names) if self.case_id is None else {KEYS_LOG, self.case_id}
        for log in sorted(scope | (set(rows) if self.case_id is None else set())):
            has_records = bool(self.logs.get(log) and self.logs[log].hashes)
            wanted = ("keys" if log == KEYS_LOG else "case") if has_records else None
            if rows.get(log) != wanted:
                raise _Stop(Problem("logs-mismatch", log, None, detail=f"logs row {rows.get(log)!r}"))

    def _check_key_rows(self) -> None:
        """Every enrolled key has its ``keys`` row with the signed id, name and public key, a valid KDF,
        and wrapped secrets of the right size (none once revoked); no other row."""
        # Read so that no cell can make the read fail (text that is not UTF-8, a BLOB rewritten as TEXT): a
        # TEXT cell as its bytes, decoded here, and a cell of the wrong type as a value that never checks.
        rows = {}
        for row in self.conn.execute(f"SELECT {_text('key_id')}, {_text('name')}, {_strict_blob('public_key')}, "
                                     f"{_text('kdf')}, {_strict_blob('wrapped_private')}, "
                                     f"{_strict_blob('wrapped_data_key')} FROM keys"):
            key_id, name, kdf = (stored_text(row[i]) for i in (0, 1, 3))
            rows[key_id] = (key_id, name, row[2], kdf, row[4], row[5])
        # What the stored secrets of active rows show without the passphrase (keystore: a zeroed, filled or copied
        # cell, an envelope key off the curve), so that a damaged row is named before its owner is locked out.
        visible = {key_id: _visible_damage(row) for key_id, row in rows.items()}
        visible.update(keystore.shared_randomness({key_id: (row[3], row[4], row[5]) for key_id, row
                                                   in rows.items() if row[4] is not None and not visible[key_id]}))
        # Keys that could still open the vault: unrevoked, with a row holding secrets of the right shape.
        openers = {key_id for key_id, state in self.keys.items() if state.revoked_at is None and key_id in rows
                   and isinstance(rows[key_id][4], bytes) and len(rows[key_id][4]) == WRAPPED_SIZE
                   and not visible.get(key_id)}
        for key_id, state in self.keys.items():
            row = rows.pop(key_id, None)
            if row is None:
                # Say only what is true about who else can open the vault.
                code = "key-row-missing" if openers - {key_id} else "key-row-missing-last"
                raise _Stop(Problem(code, KEYS_LOG, state.enrolled_at, key_id, field=state.name))
            _, name, public, kdf, wrapped_private, wrapped_data_key = row
            revoked = state.revoked_at is not None
            # The data key is wrapped under the passphrase (60 bytes) or, after a key rotation and until
            # its owner's next unlock, in an envelope to their key (92 bytes), 6.6.
            good = (name == state.name and isinstance(public, bytes) and public == state.public.public_bytes_raw()
                    and _kdf_valid(kdf)
                    and (wrapped_private is None and wrapped_data_key is None if revoked else
                         isinstance(wrapped_private, bytes) and len(wrapped_private) == WRAPPED_SIZE
                         and isinstance(wrapped_data_key, bytes) and len(wrapped_data_key) in (WRAPPED_SIZE, ENVELOPE_SIZE)))
            why = "" if revoked else visible.get(key_id) or ""
            if not good or why:
                # Say what it makes unreadable: with no other key left, everything encrypted in the vault.
                code = "key-row-damaged" if openers - {key_id} else "key-row-damaged-last"
                raise _Stop(Problem(code, KEYS_LOG, state.enrolled_at, key_id, field=state.name, detail=why))
        for key_id in sorted(rows, key=str):
            raise _Stop(Problem("key-row-damaged", KEYS_LOG, None, str(key_id), field="?", detail="not enrolled"))

    def _check_blob_rows(self) -> None:
        """Each live blob has its ``blobs`` row with the recorded size, the first record naming it and a
        wrapped key of the right size; purged blobs and blobs nobody names have none."""
        expected: dict[str, tuple[int, str, str, int]] = {}
        for blob_id, size, _sha, log, seq, rid in self.blobs:
            if blob_id not in self.purged:
                expected.setdefault(blob_id, (size, rid, log, seq))
        rows = {r[0]: r for r in self.conn.execute("SELECT id, size, wrapped_key, record FROM blobs")}
        for blob_id, (size, rid, log, seq) in expected.items():
            row = rows.pop(blob_id, None)
            if row is None or row[1] != size or row[3] != rid or not isinstance(row[2], bytes) or len(row[2]) != 60:
                raise _Stop(Problem("blob-row-mismatch", log, seq, rid, blob=blob_id,
                                    detail="missing row" if row is None else "row differs"))
        if self.case_id is None:
            for blob_id in sorted(rows, key=str):
                raise _Stop(Problem("blob-row-mismatch", None, None, None, blob=str(blob_id), detail="no record names it"))


    def _check_thumbnails(self) -> None:
        """Each ``thumbnails`` row belongs to a stored media of the verified logs, and, with the passphrase,
        opens with the current data key under its media and variant as a PNG (docs/vault-format.md 3.2). A
        missing row is no problem: the cache is made again. The vault's own writer seals with the current key
        only, and reads with it only, so a row sealed before a revocation (or by someone who kept an older
        key) is reported here and never shown."""
        if not thumbnails.table_exists(self.conn):
            return
        media_blob = {rid: blob_id for blob_id, _, _, _, _, rid in self.blobs}
        for media, variant, sealed in self.conn.execute("SELECT media, variant, sealed FROM thumbnails ORDER BY media"):
            row = self.conn.execute("SELECT log, seq FROM records WHERE id = ? AND type = 'media.ingested'",
                                    (media,)).fetchone() if isinstance(media, str) else None
            if row is None:
                raise _Stop(Problem("thumbnail-mismatch", None, None, str(media), detail="no such stored media"))
            log, seq = row
            if log not in self.logs:
                continue  # a media of a case this check does not cover (one case verified)
            blob = media_blob.get(media)
            good = (blob is not None and blob not in self.purged and isinstance(variant, str)
                    and isinstance(sealed, bytes) and 28 < len(sealed) <= thumbnails.MAX_PNG_BYTES + 28)
            if good and self.session is not None:
                png = self.session.open_thumbnail(media, variant, sealed)
                good = png is not None and png.startswith(b"\x89PNG\r\n\x1a\n")
            if not good:
                raise _Stop(Problem("thumbnail-mismatch", log, seq, media, detail="row does not open or is not a PNG"))
        if self.session is not None and not self.session.thumbnails_intact():
            raise _Stop(Problem("thumbnail-mismatch", None, None, detail="a row was removed, added or replaced "
                                                                     "outside the application (meta.thumbnails_mac)"))

    def _check_minor_index(self) -> None:
        """The suspected-minor index holds exactly the media the signed reviews label (section 3.1)."""
        # Only the records verified above are read: with one case, that case's rows only.
        stored = {row.media: row for row in minors.stored_rows(self.conn)
                  if self.case_id is None or row.log == self.case_id}
        # Labels gathered while the records were checked: the records are not read a second time.
        expected = {row.media: row for row in minors.rows_for(self.conn, self.minor_media)}
        for media in sorted(set(stored) | set(expected)):
            if stored.get(media) != expected.get(media):
                row = stored.get(media) or expected.get(media)
                raise _Stop(Problem("minor-index-mismatch", row.log, None, media,
                                    detail="missing row" if media not in stored else "row differs from the records"))

    # -- blobs and sealed fields -----------------------------------------------------------------------------

    def _check_blobs(self) -> None:
        checked = 0
        for index, (blob_id, size, sha, log, seq, rid) in enumerate(self.blobs):
            self.progress(index, len(self.blobs), "blobs")
            if blob_id in self.purged:
                continue
            try:
                if self.session is None:
                    self.vault.blobs.check_file(blob_id, size)
                else:
                    data = self.vault.blobs.read_file(blob_id, size)
                    try:
                        key = self.session.blob_key(blob_id)
                    except crypto.DecryptionFailed:
                        raise BlobProblem("blob-altered", blob_id, "its key does not open") from None
                    if key is None:
                        raise BlobProblem("blob-missing", blob_id, "its key is missing")
                    try:
                        plain = decrypt_stream(key, data)
                    except crypto.DecryptionFailed as exc:
                        raise BlobProblem("blob-altered", blob_id, str(exc)) from None
                    if sha is not None and hashlib.sha256(plain).hexdigest() != sha:
                        raise BlobProblem("blob-altered", blob_id, "decrypted bytes do not match the recorded SHA-256")
            except BlobProblem as problem:
                raise _Stop(Problem(problem.kind, log, seq, rid, blob=blob_id, detail=problem.detail)) from None
            checked += 1
        self.report.checked["blobs"] = checked

    def _check_sealed(self) -> None:
        sealer = self.session._sealer
        for index, (log, result) in enumerate(self.logs.items()):
            self.progress(index, len(self.logs), "sealed")
            rows = self.conn.execute("SELECT seq, id, leaf FROM records WHERE log = ? ORDER BY seq LIMIT ?",
                                     (log, len(result.hashes)))
            for seq, rid, leaf in rows:
                for name, sealed in parse_canonical(bytes(leaf))["sealed"].items():
                    try:
                        sealer.open(rid, name, sealed)
                    except crypto.DecryptionFailed as exc:
                        raise _Stop(Problem("sealed-field-mismatch", log, seq, rid, field=name, detail=str(exc))) from None


def _visible_damage(row: tuple) -> str:
    """What an active key row's secrets show to be wrong without the passphrase (``keystore.row_problem``), ""
    when nothing (or the row is revoked: its secrets are NULL, checked with the rest of the row)."""
    _, _, _, kdf, wrapped_private, wrapped_data_key = row
    if wrapped_private is None:
        return ""
    return keystore.row_problem(kdf, wrapped_private, wrapped_data_key) or ""


def _kdf_valid(text: Any) -> bool:
    """A ``keys.kdf`` value within what readers accept (docs/vault-format.md 6.2)."""
    import json

    try:
        kdf = json.loads(text) if isinstance(text, str) else None
        if isinstance(kdf, dict) and isinstance(kdf.get("alg"), str) and kdf["alg"] != "scrypt":
            return True  # another derivation: its own code bounds it, and the key-store MAC covers the cell
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        return (kdf["alg"] == "scrypt" and set(kdf) == {"alg", "n", "r", "p", "salt"}
                and all(type(x) is int for x in (n, r, p)) and 2**10 <= n <= 2**22 and n & (n - 1) == 0
                and 1 <= r <= 32 and 1 <= p <= 16 and len(from_b64u(kdf["salt"])) == 16)
    except (ValueError, TypeError, KeyError):
        return False


_origin = origin_of  # the one definition, in reviewer.vault.checkpoint
