"""Finding a media again: exact hashes, PDQ within the match distance, vPDQ for videos.

``PdqIndex`` keeps 256-bit PDQ hashes as four columns of uint64 words (one array per word, so each
comparison streams through memory once) and compares a query against all of them with XOR and popcount:
brute force, exact, about 4 ms per query at a million hashes here (bench/matching_bench.py).
``match_vpdq`` follows the vPDQ reference (ThreatExchange vpdq/README.md): frames of quality below 50 are
left out, duplicate frame hashes counted once, and two videos match when at least 80 % of the query's
frames are within the PDQ distance of some frame of the other.

A match is a hint that a picture was seen before, never a label: a reviewer looks and confirms, and that
confirmation is the sealed record (``reviewer.takedown.casematch``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from reviewer.media.pdq import MATCH_DISTANCE, USABLE_QUALITY

# The vPDQ reference's thresholds: a query video matches when this share of its frames match.
VPDQ_QUERY_MATCH_PERCENT = 80.0
VPDQ_INDEX_MATCH_PERCENT = 0.0


def pack_pdq(hexes: Sequence[str]) -> np.ndarray:
    """PDQ hex strings (64 digits each) as a (4, n) uint64 array, word 0 = the first 16 digits.

    Raises ValueError for a string that is not 64 hex digits.
    """
    if not hexes:
        return np.zeros((4, 0), dtype=np.uint64)
    joined = "".join(hexes)
    if len(joined) != 64 * len(hexes):
        raise ValueError("a PDQ hash is 64 hex digits")
    words = np.frombuffer(bytes.fromhex(joined), dtype=">u8").reshape(-1, 4)
    return np.ascontiguousarray(words.T.astype(np.uint64))


class PdqIndex:
    """PDQ hashes to search by Hamming distance; row ``i`` is the ``i``-th hash given."""

    def __init__(self, hexes: Sequence[str] = (), packed: np.ndarray | None = None) -> None:
        self.words = pack_pdq(hexes) if packed is None else packed
        if self.words.ndim != 2 or self.words.shape[0] != 4 or self.words.dtype != np.uint64:
            raise ValueError("packed PDQ words must be a (4, n) uint64 array")

    def __len__(self) -> int:
        return int(self.words.shape[1])

    def distances(self, query_hex: str) -> np.ndarray:
        """The Hamming distance (uint16) from ``query_hex`` to every hash of the index."""
        query = pack_pdq([query_hex])[:, 0]
        words = self.words
        out = np.bitwise_count(words[0] ^ query[0]).astype(np.uint16)
        for i in range(1, 4):
            out += np.bitwise_count(words[i] ^ query[i])
        return out

    def within(self, query_hex: str, distance: int = MATCH_DISTANCE) -> list[tuple[int, int]]:
        """``(row, distance)`` of every hash within ``distance`` of the query, nearest first."""
        if len(self) == 0:
            return []
        found = self.distances(query_hex)
        rows = np.flatnonzero(found <= distance)
        order = np.argsort(found[rows], kind="stable")
        return [(int(rows[i]), int(found[rows[i]])) for i in order]


@dataclass(frozen=True)
class VpdqResult:
    """How much two videos share: percentages of the query's and of the other's usable frames that match."""

    query_percent: float
    compared_percent: float

    @property
    def matched(self) -> bool:
        return (self.query_percent >= VPDQ_QUERY_MATCH_PERCENT
                and self.compared_percent >= VPDQ_INDEX_MATCH_PERCENT and self.query_percent > 0)


def usable_frames(frames: Sequence[tuple[str, int]]) -> list[str]:
    """The distinct frame hashes of quality >= 50, in order (``frames``: (hex, quality) pairs)."""
    seen: dict[str, None] = {}
    for hex_, quality in frames:
        if quality >= USABLE_QUALITY:
            seen.setdefault(hex_, None)
    return list(seen)


def match_vpdq(query: Sequence[str], compared: Sequence[str], distance: int = MATCH_DISTANCE) -> VpdqResult:
    """Compare two videos given as their usable, distinct frame hashes (``usable_frames``)."""
    if not query or not compared:
        return VpdqResult(0.0, 0.0)
    index = PdqIndex(compared)
    compared_hit = np.zeros(len(compared), dtype=bool)
    query_hits = 0
    for hex_ in query:
        near = index.distances(hex_) <= distance
        if near.any():
            query_hits += 1
            compared_hit |= near
    return VpdqResult(100.0 * query_hits / len(query), 100.0 * int(compared_hit.sum()) / len(compared))
