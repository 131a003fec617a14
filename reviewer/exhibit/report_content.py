"""What the PDF report of an exhibit says, as plain data (no Qt).

``bundle.py`` fills these from the case's verified records; ``report_pdf.py`` lays them out. Keeping
the two apart means the report's facts are built and tested without Qt, and the PDF step only draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LogLine:
    """One record of the case log, in order."""

    seq: int
    time: str
    kind: str
    signer: str
    leaf_hash: str


@dataclass(frozen=True)
class AnalysisEntry:
    method: dict
    summary: dict
    heatmaps: tuple[str, ...]  # bundle paths of the heatmap PNGs
    signer: str
    time: str


@dataclass(frozen=True)
class DecisionEntry:
    labels: tuple[str, ...]
    qualification: str
    notes: str
    source: dict
    signer: str
    time: str
    record: str = ""           # the review.sealed record id
    supersedes: str | None = None  # a correction: the record id of the decision it corrected


@dataclass(frozen=True)
class RevealEntry:
    region: dict
    duration_s: float
    signer: str
    time: str


@dataclass(frozen=True)
class MediaEntry:
    media_id: str
    name: str
    kind: str
    format: str
    size: int
    width: int
    height: int
    duration_s: float | None
    sha256: str
    sha1: str
    md5: str
    pdq: str | None
    pdq_quality: int | None
    frame_pdq_count: int
    thumbnail_png: bytes | None  # redacted derivative (or, for video, a redacted keyframe); None when none
    files: tuple[str, ...]  # bundle paths holding this media (derivatives, original when included)
    original_included: bool
    withheld_reason: str  # why the original is not in the bundle ("" when it is)
    signals: tuple[dict, ...] = ()
    added_at: str = ""  # when the media was added to the case (record time, RFC 3339)
    added_by: str = ""
    detected: tuple[tuple[str, int], ...] = ()  # (region group, count) from the region detector's record
    analyses: tuple[AnalysisEntry, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()
    reveals: tuple[RevealEntry, ...] = ()


@dataclass(frozen=True)
class SignerEntry:
    name: str
    key_id: str
    public_key: str  # base64 Ed25519 public key
    role: str  # "reviewer" or "vault"


@dataclass(frozen=True)
class TimestampEntry:
    """A trusted timestamp (RFC 3161) of the vault, sealed in its keys log (docs/vault-format.md 4.6)."""

    record_id: str
    gen_time: str  # the authority's time (RFC 3339 UTC)
    tsa: str  # the authority's certificate subject
    vault_size: int  # checkpoints in the stamped vault head
    covered: int  # how many of the case's first records the stamped head holds (0: the case came later)


@dataclass(frozen=True)
class ReportContent:
    case_id: str
    title: str
    notes: str
    created_at: str
    exported_at: str
    exported_by: str
    recipient: str
    app_version: str
    record_count: int
    case_checkpoint: str
    vault_checkpoint: str
    vault_key: str = ""  # the vault's checkpoint key (vkey string) that signed the manifest
    vault_fingerprint: str = ""  # its short fingerprint, to compare with one received through another channel
    # The fingerprint of the vault's identity (the key of its creation, what `reviewer vault fingerprint` prints
    # first) and when the signing key last replaced it at a revocation ("" when it never was: both are the same).
    identity_fingerprint: str = ""
    key_replaced: str = ""
    media: tuple[MediaEntry, ...] = ()
    signers: tuple[SignerEntry, ...] = ()
    log: tuple[LogLine, ...] = ()
    # Reasons why items are absent from the bundle, in plain words (already in the report language).
    notices: tuple[str, ...] = field(default=())
    timestamps: tuple[TimestampEntry, ...] = ()
