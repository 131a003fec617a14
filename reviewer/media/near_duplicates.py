"""Near-duplicate groups within a case: the same picture seen once, not once per copy.

A helpline receives the same picture as a JPEG, a PNG re-encode, a resized copy or a screenshot. Showing
each copy is needless exposure. Media group together when their SHA-256 are equal, when two images' PDQ
hashes are within ``MATCH_DISTANCE`` bits (both of quality >= 50, the reference's rule), or when two
videos' usable frame hashes match both ways for at least ``VIDEO_MATCH_FRACTION`` of their frames
(vPDQ's rule). Grouping is transitive (connected components); a group's representative is its first
media in the order given (the one added first), and each member keeps its distance to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from reviewer.media.pdq import MATCH_DISTANCE, USABLE_QUALITY

VIDEO_MATCH_FRACTION = 0.8
_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint16)
_BLOCK = 512  # rows compared at once: n x 512 x 32 bytes stays small for any case size


@dataclass(frozen=True)
class Hashes:
    """What grouping needs to know of one media: its id, SHA-256, kind, PDQ (hex, quality) and, for a
    video, its frames' PDQ as (hex, quality) pairs."""

    key: str
    sha256: str
    kind: str
    pdq: tuple[str, int] | None = None
    frame_pdqs: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Member:
    """A media in a group: how it matches the representative (``"same-file"``, ``"pdq"``, ``"video-frames"``)
    and the PDQ distance in bits (images; None for identical files and videos)."""

    key: str
    how: str
    distance: int | None


@dataclass(frozen=True)
class Group:
    representative: str
    members: tuple[Member, ...] = field(default=())  # the others, representative excluded

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.representative, *(m.key for m in self.members))


def _packed(hexes: Sequence[str]) -> np.ndarray:
    return np.frombuffer(bytes.fromhex("".join(hexes)), dtype=np.uint8).reshape(len(hexes), 32)


def pdq_distances(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Hamming distances between every PDQ hex of ``a`` and of ``b``: an int array len(a) x len(b)."""
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.int32)
    pa, pb = _packed(a), _packed(b)
    out = np.empty((len(a), len(b)), dtype=np.int32)
    for start in range(0, len(a), _BLOCK):
        block = pa[start:start + _BLOCK, None, :] ^ pb[None, :, :]
        out[start:start + _BLOCK] = _POPCOUNT[block].sum(axis=2)
    return out


def videos_match(a: Sequence[tuple[str, int]], b: Sequence[tuple[str, int]]) -> bool:
    """vPDQ's rule: at least 80% of each video's usable frame hashes have a match in the other's."""
    ua = [h for h, q in a if q >= USABLE_QUALITY]
    ub = [h for h, q in b if q >= USABLE_QUALITY]
    if not ua or not ub:
        return False
    close = pdq_distances(ua, ub) <= MATCH_DISTANCE
    return (close.any(axis=1).mean() >= VIDEO_MATCH_FRACTION) and (close.any(axis=0).mean() >= VIDEO_MATCH_FRACTION)


def group_near_duplicates(items: Sequence[Hashes]) -> list[Group]:
    """The groups of ``items`` (singletons included), in the order of their representatives."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)  # the earlier media stays the root

    first_of_sha: dict[str, int] = {}
    for i, item in enumerate(items):
        join(i, first_of_sha.setdefault(item.sha256, i))
    images = [i for i, item in enumerate(items)
              if item.kind == "image" and item.pdq is not None and item.pdq[1] >= USABLE_QUALITY]
    distances = pdq_distances([items[i].pdq[0] for i in images], [items[i].pdq[0] for i in images])
    for a, b in zip(*np.nonzero(np.triu(distances <= MATCH_DISTANCE, k=1))):
        join(images[a], images[b])
    videos = [i for i, item in enumerate(items) if item.kind == "video" and item.frame_pdqs]
    for n, a in enumerate(videos):
        for b in videos[n + 1:]:
            if root(a) != root(b) and videos_match(items[a].frame_pdqs, items[b].frame_pdqs):
                join(a, b)

    position = {i: n for n, i in enumerate(images)}
    groups: dict[int, list[Member]] = {}
    for i, item in enumerate(items):
        r = root(i)
        members = groups.setdefault(r, [])
        if i == r:
            continue
        rep = items[r]
        if item.sha256 == rep.sha256:
            members.append(Member(item.key, "same-file", 0 if item.kind == "image" else None))
        elif i in position and r in position:
            members.append(Member(item.key, "pdq", int(distances[position[r], position[i]])))
        else:
            members.append(Member(item.key, "video-frames", None))
    return [Group(items[r].key, tuple(members)) for r, members in sorted(groups.items())]
