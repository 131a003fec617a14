"""Verification of a whole vault (or one case) that names the first thing wrong (docs/vault-format.md 8).

The main thread parses and chains a log's records, then a thread pool checks their signatures:
``cryptography`` releases the GIL during Ed25519 verification, so threads use every core without the
cost of copying records to other processes.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.vault import crypto
from reviewer.vault.blobs import BlobProblem, decrypt_stream
from reviewer.vault.canonical import NotCanonical, b64u, from_b64u, parse_canonical
from reviewer.vault.checkpoint import NoteError, open_checkpoint, peek_checkpoint
from reviewer.vault.keys import key_id as key_id_of
from reviewer.vault.merkle import MerkleAccumulator, leaf_hash
from reviewer.vault.records import KEYS_LOG, LABELS, RecordShapeError, blob_refs, check_shape, media_refs, signature_message

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
    "bad-signature": QT_TRANSLATE_NOOP(
        "vault", "The signature of record {seq} of {log} ({record}) is not valid: the record was changed after it "
                 "was signed."),
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
}
_OK = QT_TRANSLATE_NOOP(
    "vault", "The vault is intact: {records} records in {logs} logs, {blobs} stored files and {checkpoints} "
             "checkpoints were checked.")
_DECRYPTED = QT_TRANSLATE_NOOP("vault", "All encrypted fields and files were decrypted and checked too.")
_NOT_DECRYPTED = QT_TRANSLATE_NOOP(
    "vault", "Encrypted fields and files were checked without being opened (no passphrase given).")
_KEYS_LOG = QT_TRANSLATE_NOOP("vault", "the key log")
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

    @property
    def ok(self) -> bool:
        return self.problem is None

    def text(self) -> str:
        """The outcome in plain words, in the current language."""
        if self.problem is not None:
            return self.problem.message
        first = translate("vault", _OK).format(**self.checked)
        return first + " " + translate("vault", _DECRYPTED if self.decrypted else _NOT_DECRYPTED)

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "vault": self.vault_id, "checked": dict(self.checked), "decrypted": self.decrypted,
                "problem": self.problem.to_json() if self.problem else None, "message": self.text()}


class _Stop(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@dataclass
class _KeyState:
    public: Ed25519PublicKey
    enrolled_at: int
    revoked_at: int | None = None


@dataclass
class _LogResult:
    hashes: list[bytes] = field(default_factory=list)
    records: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)  # (seq, id, fields)


def _verify_chunk(tasks: list[tuple[int, Ed25519PublicKey, bytes, bytes]]) -> int | None:
    for seq, public, message, signature in tasks:
        try:
            public.verify(signature, message)
        except InvalidSignature:
            return seq
    return None


def verify_vault(vault: Vault, *, case_id: str | None = None, session: VaultSession | None = None,
                 trusted_checkpoints=(), workers: int | None = None) -> VerifyReport:
    """Check the vault (all logs, or the key log and ``case_id``) and return a ``VerifyReport``.

    With a ``session`` sealed fields and blobs are decrypted and checked as well. Checkpoints kept
    outside the vault (``trusted_checkpoints``, note texts) detect a cut tail or a rewritten history.
    Never raises for a damaged vault: the damage is the report.
    """
    report = VerifyReport(vault_id=vault.vault_id, decrypted=session is not None)
    workers = workers or os.cpu_count() or 2
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            _Verification(vault, report, pool, workers, case_id, session).run(list(trusted_checkpoints))
        except _Stop as stop:
            report.problem = stop.problem
    return report


class _Verification:
    def __init__(self, vault: Vault, report: VerifyReport, pool: ThreadPoolExecutor, workers: int,
                 case_id: str | None, session: VaultSession | None) -> None:
        self.vault = vault
        self.workers = workers
        self.conn = vault.db.conn
        self.report = report
        self.pool = pool
        self.case_id = case_id
        self.session = session
        self.keys: dict[str, _KeyState] = {}
        self.keys_log_size = 0
        self.logs: dict[str, _LogResult] = {}
        self.blobs: list[tuple[str, int, str | None, str, int, str]] = []  # id, size, sha, log, seq, record
        self.purged: set[str] = set()

    # -- driver ------------------------------------------------------------------------------------------

    def run(self, trusted: list[str]) -> None:
        names = self._log_names()
        self.keys_log_size = self.conn.execute("SELECT count(*) FROM records WHERE log = ?", (KEYS_LOG,)).fetchone()[0]
        for log in names:
            self._verify_log(log)
            self.report.checked["logs"] += 1
        self._check_trusted(trusted)
        self._check_checkpoints(names)
        self._check_vault_head()
        self._check_blobs()
        if self.session is not None:
            self._check_sealed()

    def _log_names(self) -> list[str]:
        known = {r[0] for r in self.conn.execute("SELECT id FROM logs")}
        known |= {r[0] for r in self.conn.execute("SELECT DISTINCT log FROM records")}
        if self.case_id is not None:
            known &= {KEYS_LOG, self.case_id}
            known.add(self.case_id)
        known.add(KEYS_LOG)
        return sorted(known, key=lambda x: (x != KEYS_LOG, x))

    # -- records -----------------------------------------------------------------------------------------

    def _verify_log(self, log: str) -> None:
        rows = self.conn.execute(
            "SELECT seq, id, type, signer, time, leaf, leaf_hash, sig FROM records WHERE log = ? ORDER BY seq", (log,)
        ).fetchall()
        result = _LogResult()
        self.logs[log] = result
        tasks: list[tuple[int, Ed25519PublicKey, bytes, bytes]] = []
        struct_problem: Problem | None = None
        prev: bytes | None = None
        effective_keylog = 0
        media: dict[str, bool] = {}
        if not rows and log == KEYS_LOG:
            raise _Stop(self._gap(log, rows, 0))
        for index, row in enumerate(rows):
            seq, rid, rtype, signer, rtime, leaf, stored_hash, sig = row
            leaf = bytes(leaf)
            try:
                try:
                    fields = parse_canonical(leaf)
                    kind = check_shape(fields)
                except (NotCanonical, RecordShapeError) as exc:
                    if seq != index:
                        raise _Stop(self._gap(log, rows, index)) from None
                    raise _Stop(Problem("bad-record", log, seq, rid, detail=str(exc))) from None
                if fields["case"] != log:
                    # Name the record where it belongs, not where it was moved.
                    raise _Stop(Problem("column-mismatch", fields["case"], fields["seq"], fields["id"],
                                        detail=f"stored in log {log} at position {seq}"))
                if seq != index:
                    raise _Stop(self._gap(log, rows, index))
                if (fields["id"], fields["type"], fields["signer"], fields["time"], fields["seq"]) != (
                        rid, rtype, signer, rtime, seq):
                    raise _Stop(Problem("column-mismatch", log, seq, fields["id"], detail="copy columns differ"))
                h = leaf_hash(leaf)
                if bytes(stored_hash) != h:
                    raise _Stop(Problem("leaf-hash-mismatch", log, seq, rid))
                if fields["prev"] != (b64u(prev) if prev is not None else None):
                    raise _Stop(Problem("broken-chain", log, seq, rid))
                keylog = fields["keylog"]
                if log == KEYS_LOG and keylog != seq or keylog > self.keys_log_size:
                    raise _Stop(Problem("bad-record", log, seq, rid, detail="keylog out of range"))
                effective_keylog = max(effective_keylog, keylog)
                if log == KEYS_LOG:
                    public = self._keys_record(fields)
                else:
                    public = self._signer_key(fields, effective_keylog)
                    self._case_record(fields, kind, media)
                if not isinstance(sig, (bytes, memoryview)) or len(bytes(sig)) != 64:
                    raise _Stop(Problem("bad-signature", log, seq, rid, detail="signature is not 64 bytes"))
            except _Stop as stop:
                struct_problem = stop.problem
                break
            tasks.append((seq, public, signature_message(leaf), bytes(sig)))
            result.hashes.append(h)
            result.records.append((seq, rid, fields))
            prev = h
        # Signatures are checked after parsing, not during it: a verifying thread needs the GIL for a
        # moment between two signatures, and a parsing thread holding it would make it wait each time.
        size = max(1, -(-len(tasks) // self.workers))
        futures = [self.pool.submit(_verify_chunk, tasks[i : i + size]) for i in range(0, len(tasks), size)]
        for future in futures:
            bad = future.result()
            if bad is not None:
                record = rows[bad][1]
                if struct_problem is None or bad < struct_problem.seq:
                    struct_problem = Problem("bad-signature", log, bad, record)
                break
        if struct_problem is not None:
            raise _Stop(struct_problem)
        self.report.checked["records"] += len(rows)

    def _gap(self, log: str, rows: list, index: int) -> Problem:
        """A row is not where it should be: name the moved record if one claims this position."""
        for row in rows[index:]:
            try:
                fields = parse_canonical(bytes(row[5]))
            except NotCanonical:
                continue
            if fields.get("seq") == index:
                return Problem("column-mismatch", log, index, fields.get("id"), detail=f"stored at position {row[0]}")
        for other_log, leaf in self.conn.execute("SELECT log, leaf FROM records WHERE log != ?", (log,)):
            try:
                fields = parse_canonical(bytes(leaf))
            except NotCanonical:
                continue
            if fields.get("case") == log and fields.get("seq") == index:
                return Problem("column-mismatch", log, index, fields.get("id"), detail=f"stored in log {other_log}")
        return Problem("missing-record", log, index, None)

    def _keys_record(self, fields: dict[str, Any]) -> Ed25519PublicKey:
        seq, rid, body, rtype = fields["seq"], fields["id"], fields["body"], fields["type"]
        if rtype in ("vault.created", "key.enrolled"):
            try:
                public_bytes = from_b64u(body["public_key"])
                public = Ed25519PublicKey.from_public_bytes(public_bytes)
            except (ValueError, TypeError) as exc:
                raise _Stop(Problem("bad-record", KEYS_LOG, seq, rid, detail=f"public key: {exc}")) from None
            if key_id_of(public_bytes) != body["key"] or body["key"] in self.keys:
                raise _Stop(Problem("bad-record", KEYS_LOG, seq, rid, detail="key id or duplicate enrolment"))
            if rtype == "vault.created":
                if body["vault"] != self.vault.vault_id or body["checkpoint_key"] != self.vault.checkpoint_key.vkey():
                    raise _Stop(Problem("vault-identity-mismatch", KEYS_LOG, seq, rid))
                if fields["signer"] != body["key"]:
                    raise _Stop(Problem("unknown-key", KEYS_LOG, seq, rid, detail="genesis not self-signed"))
                self.keys[body["key"]] = _KeyState(public, 0)
                return public
            signer = self._signer_key(fields, seq)
            self.keys[body["key"]] = _KeyState(public, seq)
            return signer
        signer = self._signer_key(fields, seq)
        target = self.keys.get(body["key"])
        if target is None or target.revoked_at is not None:
            raise _Stop(Problem("bad-record", KEYS_LOG, seq, rid, detail="revokes an unknown or revoked key"))
        target.revoked_at = seq
        return signer

    def _signer_key(self, fields: dict[str, Any], effective_keylog: int) -> Ed25519PublicKey:
        state = self.keys.get(fields["signer"])
        where = (fields["case"], fields["seq"], fields["id"])
        if state is None or state.enrolled_at >= effective_keylog:
            raise _Stop(Problem("unknown-key", *where, detail=f"signer {fields['signer']}"))
        if state.revoked_at is not None and state.revoked_at < effective_keylog:
            raise _Stop(Problem("revoked-key", *where, detail=f"signer {fields['signer']}"))
        return state.public

    def _case_record(self, fields: dict[str, Any], kind, media: dict[str, bool]) -> None:
        log, seq, rid, body, rtype = fields["case"], fields["seq"], fields["id"], fields["body"], fields["type"]
        ref = media_refs(fields)
        if ref is not None and ref not in media:
            raise _Stop(Problem("bad-record", log, seq, rid, detail="refers to an unknown media"))
        if rtype == "media.ingested":
            media[rid] = True
        elif rtype == "review.sealed":
            labels = body["labels"]
            if not isinstance(labels, list) or not labels or len(set(labels)) != len(labels) or any(
                    label not in LABELS for label in labels):
                raise _Stop(Problem("bad-record", log, seq, rid, detail="labels"))
        elif rtype == "media.purged":
            self.purged.update(body["blobs"])
        try:
            for blob_id, size, sha in blob_refs(fields):
                self.blobs.append((blob_id, int(size), sha, log, seq, rid))
        except (KeyError, TypeError, ValueError) as exc:
            raise _Stop(Problem("bad-record", log, seq, rid, detail=f"blob reference: {exc}")) from None

    # -- checkpoints ---------------------------------------------------------------------------------------

    def _roots(self, log: str, sizes: set[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        acc = MerkleAccumulator()
        if 0 in sizes:
            out[0] = acc.root()
        for h in self.logs[log].hashes:
            acc.append(h)
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

    def _check_trusted(self, notes: list[str]) -> None:
        seen: dict[tuple[str | None, int], bytes] = {}
        for note in notes:
            try:
                origin = peek_checkpoint(note).origin
                log = self._log_of_origin(origin)
                cp = open_checkpoint(note, self.vault.checkpoint_key)
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
        records = self.logs[log].records
        return records[seq][1] if 0 <= seq < len(records) else None

    def _internal_roots(self, log: str) -> dict[int, bytes]:
        out = {}
        for (note,) in self.conn.execute("SELECT note FROM checkpoints WHERE log = ?", (log,)):
            try:
                cp = open_checkpoint(note, self.vault.checkpoint_key)
            except NoteError:
                continue
            out[cp.size] = cp.root
        return out

    def _check_checkpoints(self, names: list[str]) -> None:
        rows = self.conn.execute("SELECT seq, log, size, note, leaf_hash FROM checkpoints ORDER BY seq").fetchall()
        self.vault_leaves: list[bytes] = []
        last_size: dict[str, int] = {}
        by_log: dict[str, list[tuple[int, bytes, int]]] = defaultdict(list)  # log -> (size, root, row seq)
        for index, (seq, log, size, note, stored_hash) in enumerate(rows):
            h = leaf_hash(note.encode("utf-8"))
            if seq != index or bytes(stored_hash) != h:
                raise _Stop(Problem("vault-log-mismatch", None, index, detail="checkpoint rows changed or removed"))
            self.vault_leaves.append(h)
            if self.case_id is not None and log not in (KEYS_LOG, self.case_id):
                continue
            try:
                cp = open_checkpoint(note, self.vault.checkpoint_key, _origin(self.vault.vault_id, log))
            except NoteError as exc:
                raise _Stop(Problem("bad-checkpoint", log, None, detail=str(exc))) from None
            if cp.size != size or cp.size < last_size.get(log, 0):
                raise _Stop(Problem("bad-checkpoint", log, None, detail="size column or order"))
            last_size[log] = cp.size
            by_log[log].append((cp.size, cp.root, seq))
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
        try:
            cp = open_checkpoint(row[0], self.vault.checkpoint_key, _origin(self.vault.vault_id, None))
        except NoteError as exc:
            raise _Stop(Problem("vault-log-mismatch", None, None, detail=str(exc))) from None
        acc = MerkleAccumulator()
        for h in self.vault_leaves:
            acc.append(h)
        if cp.size != acc.size or cp.root != acc.root():
            raise _Stop(Problem("vault-log-mismatch", None, None, expected=cp.size, found=acc.size,
                                detail="vault head does not match the checkpoints"))

    # -- blobs and sealed fields -----------------------------------------------------------------------------

    def _check_blobs(self) -> None:
        checked = 0
        for blob_id, size, sha, log, seq, rid in self.blobs:
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
        for log, result in self.logs.items():
            for seq, rid, fields in result.records:
                for name, sealed in fields["sealed"].items():
                    try:
                        sealer.open(rid, name, sealed)
                    except crypto.DecryptionFailed as exc:
                        raise _Stop(Problem("sealed-field-mismatch", log, seq, rid, field=name, detail=str(exc))) from None


def _origin(vault_id: str, log: str | None) -> str:
    from reviewer.vault.vault import origin_of

    return origin_of(vault_id, log)
