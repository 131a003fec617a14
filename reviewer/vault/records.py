"""Record types, their fields, the review label vocabulary, and the ``Record`` value.

The shape of every record is fixed in docs/vault-format.md section 4; ``check_shape`` enforces it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from reviewer import __version__
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.vault.canonical import b64u, canonical_bytes, is_record_time, parse_canonical
from reviewer.vault.merkle import leaf_hash

# The version of the records written now, and of the vault (PRAGMA user_version). Version 2 seals the
# legal qualification of a review (free text, in clear in version 1); version 3 seals the box of a
# revealed region (it outlines a body). Records of earlier versions are still read and verified with
# their own fields (``record_type``). docs/vault-format.md 4.3, docs/adr/0020-nothing-leaves-nothing-lingers.md.
FORMAT_VERSION = 3
READ_VERSIONS = (1, 2, 3)
KEYS_LOG = "keys"
SIGNATURE_DOMAIN = b"reviewer-record-v1\n"
APP = f"reviewer {__version__}"

# The fixed review vocabulary (id -> English text shown to the reviewer, translated at display).
LABELS: dict[str, str] = {
    "sexual-deepfake-adult": QT_TRANSLATE_NOOP("labels", "Sexual deepfake of an adult"),
    "suspected-minor": QT_TRANSLATE_NOOP("labels", "Suspected minor"),
    "intimate-image-nonconsensual": QT_TRANSLATE_NOOP("labels", "Real intimate image shared without consent"),
    "manipulated-not-sexual": QT_TRANSLATE_NOOP("labels", "Manipulated, not sexual"),
    "not-sexual": QT_TRANSLATE_NOOP("labels", "Not sexual"),
    "no-manipulation-found": QT_TRANSLATE_NOOP("labels", "No manipulation found"),
    "non-conclusive": QT_TRANSLATE_NOOP("labels", "Non-conclusive"),
}

COMMON_FIELDS = frozenset(
    {"v", "type", "id", "case", "seq", "prev", "salt", "signer", "keylog", "time", "app", "body", "sealed"}
)


@dataclass(frozen=True)
class RecordType:
    log_kind: str                    # "keys" or "case"
    body: frozenset[str]
    sealed: frozenset[str]
    first: bool = False              # True: only at seq 0; False: only at seq >= 1
    optional: frozenset[str] = frozenset()  # body members a record of this type may leave out

    @cached_property
    def members(self) -> frozenset[str]:
        """Every body member a record of this type may have."""
        return self.body | self.optional


def _t(log_kind: str, body: tuple[str, ...], sealed: tuple[str, ...] = (), first: bool = False,
       optional: tuple[str, ...] = ()) -> RecordType:
    return RecordType(log_kind, frozenset(body), frozenset(sealed), first, frozenset(optional))


TYPES: dict[str, RecordType] = {
    "vault.created": _t("keys", ("vault", "checkpoint_key", "key", "public_key", "name"), first=True),
    "key.enrolled": _t("keys", ("key", "public_key", "name")),
    "key.revoked": _t("keys", ("key",), ("reason",)),
    # A trusted timestamp (RFC 3161) of an earlier vault head, checked offline (reviewer.vault.timestamps).
    "timestamp.imported": _t("keys", ("note", "request", "reply", "certificates", "gen_time", "tsa")),
    # The checkpoint key replaced at a revocation, handed over by the old key (reviewer.vault.key_rotation).
    "checkpoint_key.rotated": _t("keys", ("checkpoint_key", "signs_from", "endorsement")),
    "case.opened": _t("case", (), ("title", "notes"), first=True),
    # A new title for the case (the title is sealed; the latest case.renamed, else case.opened, is the title).
    "case.renamed": _t("case", (), ("title",)),
    "media.ingested": _t(
        "case",
        ("sha256", "sha1", "md5", "size", "kind", "format", "mime", "width", "height", "frame_count",
         "duration_ms", "fps_milli", "pdq", "frame_pdqs", "blob"),
        ("name", "extension_note", "source", "acquired_by", "how", "metadata", "signals"),
    ),
    "analysis.run": _t("case", ("media", "method", "heatmaps"), ("summary",)),
    "region.revealed": _t("case", ("media", "duration_ms"), ("region",)),
    # A correction names the review it corrects (``supersedes``); a first review has no such member.
    "review.sealed": _t("case", ("media", "labels"), ("notes", "source", "qualification"), optional=("supersedes",)),
    "exhibit.exported": _t("case", ("bundle_sha256", "what"), ("recipient",)),
    "media.purged": _t("case", ("media", "blobs"), ("reason",)),
    # After the review (reviewer.takedown): hash lists, confirmed matches, web captures, the notices log.
    "hashlist.imported": _t("case", ("format", "sha256", "size", "counts", "blob"), ("name", "origin")),
    "match.reviewed": _t("case", ("media", "method", "distance", "on", "decision"), ("reference", "notes")),
    "capture.imported": _t("case", ("format", "captured_at", "files"), ("url", "title", "notes")),
    "notice.logged": _t("case", ("notice", "status"), ("entry",)),
    # The last ``ahead`` records claimed times ahead of the clock that sealed this one (a clock that was wrong);
    # ``floor`` is the time of the record before them. The one record that may claim a time earlier than its
    # predecessor's (docs/vault-format.md 4.3, ADR 0028).
    "time.corrected": _t("case", ("floor", "ahead"), ("note",)),
}

# What changed from one version to the next: the record types whose fields were different before.
_VERSION_2_TYPES: dict[str, RecordType] = {
    **TYPES,
    "region.revealed": _t("case", ("media", "region", "duration_ms")),
}
_VERSION_1_TYPES: dict[str, RecordType] = {
    **_VERSION_2_TYPES,
    "review.sealed": _t("case", ("media", "labels", "qualification"), ("notes", "source")),
}
_TYPES_BY_VERSION = {FORMAT_VERSION: TYPES, 2: _VERSION_2_TYPES, 1: _VERSION_1_TYPES}


def record_type(version: int, name: str) -> RecordType | None:
    """The fields of record type ``name`` in format ``version`` (None: unknown type or version)."""
    types = _TYPES_BY_VERSION.get(version)
    return types.get(name) if types is not None else None


_SEALED_MEMBERS = frozenset({"c", "e"})
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_CASE_ID = re.compile(r"[0-9a-f]{16}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_BLOB_ID = re.compile(r"[0-9a-f]{64}")


class RecordShapeError(ValueError):
    """A record does not have the fields and value forms of its type."""


def new_record_id() -> str:
    return os.urandom(16).hex()


def new_case_id() -> str:
    return os.urandom(8).hex()


def is_case_id(text: Any) -> bool:
    return isinstance(text, str) and bool(_CASE_ID.fullmatch(text))


def is_blob_id(text: Any) -> bool:
    return isinstance(text, str) and bool(_BLOB_ID.fullmatch(text))


def check_shape(fields: dict[str, Any]) -> RecordType:
    """Check the common fields and the member names of ``body``/``sealed``; return the type.

    Raise ``RecordShapeError`` with a short technical reason. (Verification calls this for every record:
    ``type(x) is int`` also refuses booleans, and ``keys()`` compares without building a set.)
    """
    if fields.keys() != COMMON_FIELDS:
        raise RecordShapeError(f"fields {sorted(set(fields) ^ COMMON_FIELDS)} missing or unexpected")
    version = fields["v"]
    if type(version) is not int or version not in READ_VERSIONS:  # not true, which equals 1
        raise RecordShapeError(f"format version {version!r}")
    rtype = fields["type"]
    kind = record_type(version, rtype) if type(rtype) is str else None
    if kind is None:
        raise RecordShapeError(f"unknown record type {rtype!r}")
    record_id = fields["id"]
    if type(record_id) is not str or not _HEX_ID.fullmatch(record_id):
        raise RecordShapeError("bad record id")
    case = fields["case"]
    if case != KEYS_LOG if kind.log_kind == "keys" else not is_case_id(case):
        raise RecordShapeError(f"record type {rtype} cannot be in log {case!r}")
    seq, prev = fields["seq"], fields["prev"]
    if type(seq) is not int or seq < 0:
        raise RecordShapeError("bad seq")
    if kind.first != (seq == 0):
        raise RecordShapeError(f"record type {rtype} cannot be at position {seq}")
    if (seq == 0) != (prev is None) or (seq and type(prev) is not str):
        raise RecordShapeError("bad prev")
    if type(fields["salt"]) is not str or type(fields["app"]) is not str:
        raise RecordShapeError("bad salt or app")
    signer = fields["signer"]
    if type(signer) is not str or not _KEY_ID.fullmatch(signer):
        raise RecordShapeError("bad signer")
    keylog = fields["keylog"]
    if type(keylog) is not int or keylog < 0:
        raise RecordShapeError("bad keylog")
    if not is_record_time(fields["time"]):
        raise RecordShapeError("bad time")
    body, sealed = fields["body"], fields["sealed"]
    if type(body) is not dict or not (kind.body <= body.keys() <= kind.members):
        raise RecordShapeError(f"body of {rtype} has the wrong members")
    if "supersedes" in body and (type(body["supersedes"]) is not str or not _HEX_ID.fullmatch(body["supersedes"])
                                 or body["supersedes"] == record_id):
        raise RecordShapeError("bad supersedes")
    if type(sealed) is not dict or sealed.keys() != kind.sealed:
        raise RecordShapeError(f"sealed part of {rtype} has the wrong members")
    for value in sealed.values():
        if type(value) is not dict or value.keys() != _SEALED_MEMBERS:
            raise RecordShapeError("malformed sealed field")
    return kind


MEDIA_REF_TYPES = frozenset({"analysis.run", "region.revealed", "review.sealed", "media.purged", "match.reviewed"})


def media_refs(fields: dict[str, Any]) -> str | None:
    """The media record id a record refers to, if any."""
    return fields["body"].get("media") if fields["type"] in MEDIA_REF_TYPES else None


def blob_refs(fields: dict[str, Any]) -> list[tuple[str, int, str | None]]:
    """(blob id, file size, plaintext sha256 hex) of every blob a record names."""
    body = fields["body"]
    if fields["type"] == "media.ingested":
        blob = body["blob"]
        return [(blob["id"], blob["size"], body["sha256"])] if blob is not None else []
    if fields["type"] == "analysis.run":
        return [(h["blob"]["id"], h["blob"]["size"], h["sha256"]) for h in body["heatmaps"].values()]
    if fields["type"] == "hashlist.imported":
        return [(body["blob"]["id"], body["blob"]["size"], body["sha256"])]
    if fields["type"] == "capture.imported":
        return [(f["blob"]["id"], f["blob"]["size"], f["sha256"]) for f in body["files"]]
    return []


@dataclass(frozen=True)
class Record:
    """One stored record: its canonical bytes (the Merkle leaf) and signature, plus copies for queries."""

    log: str
    seq: int
    id: str
    type: str
    signer: str
    time: str
    leaf: bytes
    signature: bytes

    @cached_property
    def fields(self) -> dict[str, Any]:
        """The parsed record (``body`` in clear, ``sealed`` still encrypted)."""
        return parse_canonical(self.leaf)

    @property
    def case(self) -> str:
        return self.log

    @property
    def body(self) -> dict[str, Any]:
        return self.fields["body"]

    @cached_property
    def leaf_hash(self) -> bytes:
        return leaf_hash(self.leaf)

    def to_json(self) -> dict[str, Any]:
        """The record as exported: the leaf (base64url of the exact bytes) and the signature."""
        return {"log": self.log, "seq": self.seq, "id": self.id, "type": self.type, "signer": self.signer,
                "time": self.time, "leaf": b64u(self.leaf), "sig": b64u(self.signature)}


def signature_message(leaf: bytes) -> bytes:
    return SIGNATURE_DOMAIN + leaf


def encode(fields: dict[str, Any]) -> bytes:
    """The canonical bytes of a record being built."""
    return canonical_bytes(fields)


def new_salt() -> str:
    return b64u(os.urandom(16))
