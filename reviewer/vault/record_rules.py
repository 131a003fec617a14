"""The rules one stored record must meet, written once (docs/vault-format.md 8.1 step 1).

Three readers check records: the exact scan of a log (``reviewer.vault.verify``), the chunk scan that
checks a case log in pieces in worker processes, and the incremental check of an open case
(``reviewer.casework.verification``). They differ only in what they know about the records before the
one they check, so that knowledge is a ``LogCursor``; ``check_record`` applies every rule, in the
documented order, against it. A cursor that starts in the middle of a log (a chunk) does not know the
previous record: it keeps what the chunk's first record claims (``first_prev``, ``first_time``) and the
keys each record was signed with at which key-log size (``signers``), and the main process links the
chunks with exactly the checks a cursor from the start would have made.

Imports nothing but the vault's Qt-free modules: worker processes load it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewer.vault.canonical import NotCanonical, b64u, parse_canonical
from reviewer.vault.merkle import leaf_hash
from reviewer.vault.minors import SUSPECTED_MINOR
from reviewer.vault.records import (
    KEYS_LOG, LABELS, RecordShapeError, RecordType, blob_refs, check_shape, media_refs, signature_message)


class RecordFault(Exception):
    """A record breaks a rule: ``code`` (docs/vault-format.md 8.1), where (``log``, ``seq``, ``record``) and why."""

    def __init__(self, code: str, log: str | None, seq: int | None, record: str | None, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.log = log
        self.seq = seq
        self.record = record
        self.detail = detail


class Misplaced(Exception):
    """The row at this position is not the record of this position (a gap, or a moved record): the
    caller, which sees the other rows, names what is missing or moved."""


@dataclass
class KeyState:
    """A reviewer key as the verified key log says: where it was enrolled and revoked (key-log positions)."""

    public: Ed25519PublicKey
    enrolled_at: int
    revoked_at: int | None = None
    name: str = ""
    genesis_time: str = ""  # the vault.created record's time (only for the first key)


def labels_valid(labels: Any) -> bool:
    """True when ``labels`` is a non-empty list of distinct words of the vocabulary."""
    return (type(labels) is list and bool(labels) and all(type(label) is str and label in LABELS for label in labels)
            and len(set(labels)) == len(labels))


def key_valid_at(state: KeyState | None, effective_keylog: int) -> str | None:
    """None when a key may sign a record whose effective key-log size is ``effective_keylog`` (4.5), else
    the problem code: ``unknown-key`` (not enrolled below it) or ``revoked-key`` (revoked below it)."""
    if state is None or state.enrolled_at >= effective_keylog:
        return "unknown-key"
    if state.revoked_at is not None and state.revoked_at < effective_keylog:
        return "revoked-key"
    return None


@dataclass
class LogCursor:
    """Where the check of one log stands: the next position, the record before it, the keys to sign with.

    ``keys``: key id -> ``KeyState`` of the verified key log (for the key log itself, filled as it is read
    by ``keys_record``). ``keys_log_size``: its length. A cursor made with ``linked=False`` starts in the
    middle of a case log (a chunk): it cannot check the link to the record before its first, the keys at
    the effective key-log size, nor references to media ingested before it, and records instead what
    the caller needs to make those checks (``first_prev``, ``first_time``, ``signers``, ``outside_refs``).
    """

    log: str
    keys: dict[str, KeyState]
    keys_log_size: int
    seq: int = 0
    prev: bytes | None = None
    prev_time: str = ""
    keylog: int = 0  # the effective key-log size so far: the running maximum of "keylog" along the log
    linked: bool = True
    genesis_time: str = ""  # the vault.created record's time: no record may claim to be older than the vault
    keys_record: Callable[[dict[str, Any], "LogCursor"], Ed25519PublicKey] | None = None
    hashes: list[bytes] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # the claimed time of each record passed, as ``hashes``
    media: set[str] = field(default_factory=set)  # media.ingested record ids seen so far
    reviews: dict[str, str] = field(default_factory=dict)  # review.sealed record ids seen so far -> their media
    minors: set[str] = field(default_factory=set)  # media a review seen so far labels suspected minor
    blobs: list[tuple[str, int, str | None, str, int, str]] = field(default_factory=list)  # id, size, sha, log, seq, rid
    purged: set[str] = field(default_factory=set)
    last_signed: dict[str, int] = field(default_factory=dict)  # signer -> position of its last record
    # Only for a cursor that is not linked:
    first_prev: str | None = None
    first_time: str = ""
    signers: set[tuple[str, int]] = field(default_factory=set)  # (signer, effective key-log size inside the chunk)
    outside_refs: set[str] = field(default_factory=set)  # media named before being ingested inside the chunk
    outside_supersedes: list[tuple[str, str]] = field(default_factory=list)  # (corrected review, media) before it

    def signer_key(self, fields: dict[str, Any]) -> Ed25519PublicKey:
        signer = fields["signer"]
        state = self.keys.get(signer)
        if not self.linked:
            # Checked by the caller once the chunks are linked; a key the log never enrolled fails here.
            if state is None:
                raise RecordFault("unknown-key", self.log, fields["seq"], fields["id"], f"signer {signer}")
            self.signers.add((signer, self.keylog))
            return state.public
        code = key_valid_at(state, self.keylog)
        if code is not None:
            raise RecordFault(code, self.log, fields["seq"], fields["id"], f"signer {signer}")
        return state.public


def check_record(cursor: LogCursor, seq: Any, rid: Any, rtype: Any, signer: Any, rtime: Any, leaf: Any,
                 stored_hash: Any, sig: Any, *,
                 signatures: list[tuple[Ed25519PublicKey, bytes, bytes]] | None = None
                 ) -> tuple[dict[str, Any], RecordType]:
    """Check the stored row of the next record of ``cursor``'s log and advance the cursor past it.

    The row's columns are given as read (any SQLite type). The checks run in the order of
    docs/vault-format.md 8.1 step 1: canonical form and shape, place and copy columns, leaf hash, chain,
    time, key-log size, signer key, record-type rules, signature. Return the parsed record and its type.
    Raise ``RecordFault`` for the first rule broken, or ``Misplaced`` when the row is not the record of
    this position. The cursor changes only when the record passes.

    With ``signatures`` (a list), the signature itself is not checked here but appended as (key, signature,
    signed message) for the caller to check later; the caller must then treat every record it passed this
    way as unchecked until they all verify. The chunk scan does so: it only asks whether a whole chunk is
    clean, and Ed25519 runs about 10% faster in a loop of its own than between the parsing of records
    (its tables stay in the processor's cache).
    """
    log, index = cursor.log, cursor.seq
    try:
        fields = parse_canonical(leaf)
        kind = check_shape(fields)
    except (NotCanonical, RecordShapeError, TypeError) as exc:
        if seq != index:
            raise Misplaced() from None
        raise RecordFault("bad-record", log, seq, rid, str(exc)) from None
    if fields["case"] != log:
        # Named where it belongs, not where it was moved.
        raise RecordFault("column-mismatch", fields["case"], fields["seq"], fields["id"],
                          f"stored in log {log} at position {seq}")
    if seq != index:
        raise Misplaced()
    if (fields["id"], fields["type"], fields["signer"], fields["time"], fields["seq"]) != (rid, rtype, signer, rtime, seq):
        raise RecordFault("column-mismatch", log, seq, fields["id"], "copy columns differ")
    h = leaf_hash(leaf)
    if stored_hash != h:  # also when rewritten as TEXT
        raise RecordFault("leaf-hash-mismatch", log, seq, rid)
    if not cursor.linked and not cursor.hashes:
        cursor.first_prev, cursor.first_time = fields["prev"], fields["time"]
    elif fields["prev"] != (b64u(cursor.prev) if cursor.prev is not None else None):
        raise RecordFault("broken-chain", log, seq, rid)
    elif fields["time"] < cursor.prev_time and fields["type"] != "time.corrected":
        raise RecordFault("time-backwards", log, seq, rid, f"{fields['time']} < {cursor.prev_time}")
    if fields["type"] == "time.corrected":
        _check_time_correction(cursor, fields)
    if fields["time"] < cursor.genesis_time:  # also a case's first record, which has no record before it
        raise RecordFault("time-before-vault", log, seq, rid, f"{fields['time']} < {cursor.genesis_time}")
    keylog = fields["keylog"]
    if log == KEYS_LOG and keylog != seq or keylog > cursor.keys_log_size:
        raise RecordFault("bad-record", log, seq, rid, "keylog out of range")
    effective = max(cursor.keylog, keylog)
    saved = cursor.keylog
    cursor.keylog = effective
    try:
        if log == KEYS_LOG:
            public = cursor.keys_record(fields, cursor)
        else:
            public = cursor.signer_key(fields)
            _case_rules(cursor, fields)
    except BaseException:
        cursor.keylog = saved
        raise
    if type(sig) is not bytes or len(sig) != 64:
        cursor.keylog = saved
        raise RecordFault("bad-signature", log, seq, rid, "signature is not 64 bytes")
    if signatures is not None:
        signatures.append((public, sig, signature_message(leaf)))
    else:
        try:
            public.verify(sig, signature_message(leaf))
        except InvalidSignature:
            cursor.keylog = saved
            raise RecordFault("bad-signature", log, seq, rid) from None
    # Passed: the cursor moves past it.
    cursor.seq = index + 1
    cursor.prev = h
    cursor.prev_time = fields["time"]
    cursor.hashes.append(h)
    cursor.times.append(fields["time"])
    cursor.last_signed[fields["signer"]] = seq
    if fields["type"] == "media.ingested":
        cursor.media.add(rid)
    elif fields["type"] == "review.sealed":
        body = fields["body"]
        cursor.reviews[rid] = body["media"]
        if SUSPECTED_MINOR in body["labels"]:
            cursor.minors.add(body["media"])
    elif fields["type"] == "media.purged":
        cursor.purged.update(fields["body"]["blobs"])
    for blob_id, size, sha in blob_refs(fields):
        cursor.blobs.append((blob_id, int(size), sha, log, seq, rid))
    return fields, kind


def time_correction_problem(times: list[str], genesis_time: str, fields: dict[str, Any]) -> str | None:
    """Why a ``time.corrected`` record breaks its rule (docs/vault-format.md 4.3), None when it keeps it. ``times``:
    the claimed times of every earlier record of its log, in order. Its body says that its ``ahead`` predecessors
    (at least one) claimed times ahead of its own, and that ``floor`` is the time of the record before them (the
    vault's creation when there is none); it may not claim a time earlier than ``floor``. Time thus still never
    goes back past a record that a correction has not named. Shared with the exhibit's own verifier."""
    body, time = fields["body"], fields["time"]
    ahead, floor = body.get("ahead"), body.get("floor")
    if type(ahead) is not int or not isinstance(floor, str) or not 1 <= ahead <= len(times):
        return "ahead must count 1 or more earlier records"
    wrong = times[len(times) - ahead:]
    before = times[len(times) - ahead - 1] if ahead < len(times) else genesis_time
    if floor != before:
        return f"floor {floor} is not the time of the record before those it corrects ({before})"
    if time < floor or not all(claimed > time for claimed in wrong):
        return f"{time} is not between {floor} and the times it corrects"
    return None


def _check_time_correction(cursor: LogCursor, fields: dict[str, Any]) -> None:
    """``time_correction_problem`` on the cursor's log. A chunk (an unlinked cursor) does not hold the times before
    it: a correction there that reaches past its start is left to the exact scan of the whole log (rare)."""
    ahead = fields["body"].get("ahead")
    if not cursor.linked and (type(ahead) is not int or ahead >= len(cursor.times)):
        raise Misplaced()
    why = time_correction_problem(cursor.times, cursor.genesis_time, fields)
    if why is not None:
        raise RecordFault("time-backwards", fields["case"], fields["seq"], fields["id"], why)


def _case_rules(cursor: LogCursor, fields: dict[str, Any]) -> None:
    """The rules of case records: media references, labels, well-formed blob references."""
    log, seq, rid, body, rtype = fields["case"], fields["seq"], fields["id"], fields["body"], fields["type"]
    try:
        ref = media_refs(fields)
        if ref is not None and ref not in cursor.media:
            if cursor.linked:
                raise RecordFault("bad-record", log, seq, rid, "refers to an unknown media")
            cursor.outside_refs.add(ref)
        if rtype == "review.sealed":
            if not labels_valid(body["labels"]):
                raise RecordFault("bad-record", log, seq, rid, "labels")
            # A correction names an earlier review of the same media (docs/vault-format.md 4.3).
            target = body.get("supersedes")
            if target is not None and (target == rid or cursor.reviews.get(target, body["media"]) != body["media"]
                                       or target not in cursor.reviews and cursor.linked):
                raise RecordFault("bad-record", log, seq, rid, "corrects no earlier review of this media")
            if target is not None and target not in cursor.reviews:
                cursor.outside_supersedes.append((target, body["media"]))
        if rtype == "media.purged" and not (type(body["blobs"]) is list and all(type(b) is str for b in body["blobs"])):
            raise RecordFault("bad-record", log, seq, rid, "purged blobs")
        for _blob_id, size, _sha in blob_refs(fields):
            int(size)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:  # a body member of the wrong kind
        raise RecordFault("bad-record", log, seq, rid, f"body: {exc}") from None
