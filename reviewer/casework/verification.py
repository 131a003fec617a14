"""Incremental verification of an open case: the whole case once, then only what is new.

``reviewer verify`` checks a whole vault; a window that did that on every click paid O(records of the
case) per photo opened and per seal (6.2 s and 12.5 s in a case of 100k records). ``CaseVerifier``
verifies a case once when it opens (``verify_all``: the vault's full check, in the background), keeps the
Merkle right edge of the verified log, and afterwards checks only the records appended since
(``check_new``) with the vault's own record rules (``reviewer.vault.record_rules.check_record``: canonical form,
shape, position, copy columns, chain link, time, key-log size, signer, media references, signature), then that the
case's newest signed checkpoint is the verified tree extended by exactly those records. Extending the
verified right edge with the new leaves and comparing roots is the RFC 9162 consistency check between the
last verified checkpoint and the new one, without reading the old leaves again: the cost is the new
records, never the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from reviewer.casework.errors import CaseCheckFailed


@dataclass(frozen=True)
class CaseCheck:
    """The result of a check: ``ok``, how many records the verified log now holds, and how many were new.
    ``problem``: the plain-words message of the first thing wrong (empty when ok)."""

    ok: bool
    size: int
    checked: int
    problem: str = ""


class CaseVerifier:
    """Verification state of one case (one owner thread: the window's vault thread)."""

    def __init__(self, vault: Any, case_id: str) -> None:
        """``vault``: the ``Vault`` the new records are read from (the window's, on its vault thread)."""
        import threading

        self.vault = vault
        self.case_id = case_id
        self.size = 0            # records verified so far
        self._acc = None         # MerkleAccumulator of the verified leaves (None: not verified yet)
        self._last: bytes | None = None
        self._last_time = ""
        self._times: list[str] = []  # each verified record's claimed time (a time correction looks back over them)
        self._media: set[str] = set()  # media.ingested record ids of the verified records
        self._reviews: dict[str, str] = {}  # review.sealed record ids of the verified records -> their media
        self._keys: dict[str, Any] = {}
        self.failed: CaseCheck | None = None
        # verify_all may run on another thread (with its own read-only Vault) than check_new.
        self._lock = threading.Lock()

    def verify_all(self, session: Any = None, progress: Callable[[int, int], None] | None = None, *,
                   reader: Any = None) -> CaseCheck:
        """The full check of the case and the key log (``Vault.verify``), then the starting point of the
        incremental checks. ``session``: also decrypt and check sealed fields and files. ``reader``: another
        ``Vault`` on the same folder to read from (a read-only one, so that the long check runs beside the
        window's vault thread instead of holding it); default: ``vault``."""
        from reviewer.vault import queries
        from reviewer.vault.merkle import MerkleAccumulator

        reader = reader or self.vault
        report = reader.verify(self.case_id, session=session)
        if not report.ok:
            problem = report.problem
            message = getattr(problem, "message", "") if problem is not None else ""
            with self._lock:
                self.failed = CaseCheck(False, 0, 0, message)
            return self.failed
        acc = MerkleAccumulator()
        last = None
        last_time = ""
        times: list[str] = []
        media: set[str] = set()
        reviews: dict[str, str] = {}
        conn = reader.db.conn
        conn.execute("BEGIN")  # one snapshot: the leaves and the checkpoint read together, whatever is appended
        try:
            total = queries.log_size(reader, self.case_id)
            done = 0
            while done < total:
                for record in queries.records_from(reader, self.case_id, done, limit=10_000):
                    acc.append(record.leaf_hash)
                    last, last_time = record.leaf_hash, record.time
                    times.append(record.time)
                    if record.type == "media.ingested":
                        media.add(record.id)
                    elif record.type == "review.sealed":  # a later correction names one of these
                        reviews[record.id] = record.body["media"]
                    done += 1
                if progress is not None:
                    progress(done, total)
            note = queries.latest_checkpoint_at(reader, self.case_id)
        finally:
            conn.execute("COMMIT")
        with self._lock:
            self._acc, self._last, self.size, self.failed = acc, last, done, None
            self._last_time, self._media, self._reviews = last_time, media, reviews
            self._times = times
            return self._against_checkpoint(note, acc, done, 0)

    def check_new(self) -> CaseCheck | None:
        """Check the records appended since the last check (see the module's docstring); None while the case
        is still being verified. A case that failed stays failed (only ``verify_all`` starts again)."""
        from reviewer.vault import queries

        with self._lock:
            if self.failed is not None:
                return self.failed
            if self._acc is None:
                return None
            new = queries.records_from(self.vault, self.case_id, self.size)
            cursor = self._cursor(new)
            acc = self._acc.copy()
            for offset, record in enumerate(new):
                problem = self._check_record(cursor, record)
                if problem is not None:
                    self.failed = CaseCheck(False, self.size, offset, CaseCheckFailed(problem, seq=record.seq).message)
                    return self.failed
                acc.append(record.leaf_hash)
            check = self._against_checkpoint(queries.latest_checkpoint_at(self.vault, self.case_id), acc,
                                             self.size + len(new), len(new))
            if check.ok:
                self._acc, self._last, self.size = acc, cursor.prev, self.size + len(new)
                self._last_time, self._media, self._reviews = cursor.prev_time, cursor.media, cursor.reviews
                self._times = cursor.times
            return check

    def require_ok(self) -> None:
        """Raise ``CaseCheckFailed`` when the case failed a check."""
        if self.failed is not None:
            raise CaseCheckFailed(self.failed.problem, seq=self.failed.size + self.failed.checked)

    # -- internals -------------------------------------------------------------------------------------------

    def _against_checkpoint(self, found: tuple[int, str] | None, acc: Any, size: int, checked: int) -> CaseCheck:
        """The newest signed checkpoint of the case (``found``: its vault-level index and note) must be exactly the
        verified tree ``acc``, signed by the checkpoint key of its place (a revocation replaces the key)."""
        from reviewer.vault.checkpoint import NoteError, open_checkpoint
        from reviewer.vault.checkpoint import origin_of

        try:
            if found is None:
                raise NoteError("no checkpoint")
            index, note = found
            cp = open_checkpoint(note, self.vault.checkpoint_keys.at(index),
                                 origin_of(self.vault.vault_id, self.case_id))
        except NoteError as error:
            return self._fail(size, checked, f"checkpoint: {error}")
        if cp.size != size or cp.root != acc.root():
            return self._fail(size, checked, f"checkpoint size {cp.size} does not match the {size} verified records")
        return CaseCheck(True, size, checked)

    def _fail(self, size: int, checked: int, detail: str) -> CaseCheck:
        self.failed = CaseCheck(False, size, checked, CaseCheckFailed(detail, seq=size).message)
        return self.failed

    def _cursor(self, new: list[Any]) -> Any:
        """A cursor of the vault's record rules after the verified records, with the active reviewers' keys."""
        from reviewer.vault import queries
        from reviewer.vault.record_rules import LogCursor

        if any(record.signer not in self._keys for record in new):
            self._keys = self._active_keys()
        return LogCursor(self.case_id, self._keys, queries.log_size(self.vault, "keys"), seq=self.size,
                         prev=self._last, prev_time=self._last_time, media=set(self._media),
                         reviews=dict(self._reviews), times=list(self._times),
                         genesis_time=self.vault.created)

    @staticmethod
    def _check_record(cursor: Any, record: Any) -> str | None:
        """The technical reason ``record`` is not the valid next record of ``cursor``, or None."""
        from reviewer.vault.record_rules import Misplaced, RecordFault, check_record

        try:
            check_record(cursor, record.seq, record.id, record.type, record.signer, record.time, record.leaf,
                         record.leaf_hash, record.signature)
        except Misplaced:
            return "out of place"
        except RecordFault as fault:
            return f"{fault.code}: {fault.detail}" if fault.detail else fault.code
        return None

    def _active_keys(self) -> dict[str, Any]:
        """Key id -> ``KeyState`` of each active reviewer (the incremental check accepts only those)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        from reviewer.vault.canonical import from_b64u
        from reviewer.vault.record_rules import KeyState

        # enrolled_at -1: enrolled before any record of the case could name it (the full check saw the log).
        return {r["key_id"]: KeyState(Ed25519PublicKey.from_public_bytes(from_b64u(r["public_key"])), -1)
                for r in self.vault.reviewers() if r["active"]}
