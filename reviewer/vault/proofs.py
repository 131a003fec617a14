"""Text forms of proofs: C2SP tlog-proof (inclusion) and the vault's consistency proof (docs/vault-format.md 7.4-7.5)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.vault.canonical import b64, from_b64
from reviewer.vault.checkpoint import Checkpoint, NoteVerifier, open_checkpoint
from reviewer.vault.merkle import ProofError, leaf_hash, verify_consistency, verify_inclusion

TLOG_PROOF_HEADER = "c2sp.org/tlog-proof@v1"
CONSISTENCY_HEADER = "reviewer.vault/consistency-proof@v1"
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")


def format_inclusion_proof(index: int, path: Sequence[bytes], checkpoint_note: str) -> str:
    lines = [TLOG_PROOF_HEADER, f"index {index}", *(b64(h) for h in path)]
    return "\n".join(lines) + "\n\n" + checkpoint_note


@dataclass(frozen=True)
class InclusionProof:
    index: int
    path: tuple[bytes, ...]
    checkpoint_note: str
    extra: bytes | None = None


def parse_inclusion_proof(text: str) -> InclusionProof:
    """Parse a C2SP tlog-proof (the checkpoint is not verified here); raise ``ProofError``."""
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise ProofError("no checkpoint in the proof")
    lines = head.split("\n")
    if lines[0] != TLOG_PROOF_HEADER:
        raise ProofError("not a c2sp.org/tlog-proof@v1")
    pos = 1
    extra = None
    if pos < len(lines) and lines[pos].startswith("extra "):
        try:
            extra = from_b64(lines[pos][6:])
        except ValueError as exc:
            raise ProofError("bad extra data") from exc
        pos += 1
    if pos >= len(lines) or not lines[pos].startswith("index ") or not _DECIMAL.fullmatch(lines[pos][6:]):
        raise ProofError("bad index line")
    index = int(lines[pos][6:])
    try:
        path = tuple(from_b64(line) for line in lines[pos + 1 :])
    except ValueError as exc:
        raise ProofError("bad proof hash") from exc
    return InclusionProof(index, path, note, extra)


def verify_inclusion_proof(text: str, leaf: bytes, verifier: NoteVerifier, origin: str | None = None) -> Checkpoint:
    """Check that the record bytes ``leaf`` are in the checkpointed tree; return the checkpoint.

    Raise ``ProofError`` (or ``checkpoint.NoteError`` for a bad checkpoint).
    """
    proof = parse_inclusion_proof(text)
    checkpoint = open_checkpoint(proof.checkpoint_note, verifier, origin)
    verify_inclusion(proof.index, checkpoint.size, leaf_hash(leaf), proof.path, checkpoint.root)
    return checkpoint


def format_consistency_proof(old_size: int, new_size: int, path: Sequence[bytes]) -> str:
    return "\n".join([CONSISTENCY_HEADER, f"old {old_size}", f"new {new_size}", *(b64(h) for h in path)]) + "\n"


def parse_consistency_proof(text: str) -> tuple[int, int, tuple[bytes, ...]]:
    """(old size, new size, hashes) of a consistency proof text; raise ``ProofError``."""
    if not text.endswith("\n"):
        raise ProofError("a consistency proof ends with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or lines[0] != CONSISTENCY_HEADER:
        raise ProofError("not a reviewer.vault/consistency-proof@v1")
    sizes = []
    for line, word in ((lines[1], "old "), (lines[2], "new ")):
        if not line.startswith(word) or not _DECIMAL.fullmatch(line[4:]):
            raise ProofError("bad size line")
        sizes.append(int(line[4:]))
    try:
        path = tuple(from_b64(line) for line in lines[3:])
    except ValueError as exc:
        raise ProofError("bad proof hash") from exc
    return sizes[0], sizes[1], path


def verify_consistency_proof(text: str, old: Checkpoint, new: Checkpoint) -> None:
    """Check a consistency proof between two (already verified) checkpoints of one log; raise ``ProofError``."""
    old_size, new_size, path = parse_consistency_proof(text)
    if old.origin != new.origin:
        raise ProofError("checkpoints of different logs")
    if (old_size, new_size) != (old.size, new.size):
        raise ProofError("proof sizes do not match the checkpoints")
    verify_consistency(old_size, new_size, path, old.root, new.root)
