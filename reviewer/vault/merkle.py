"""RFC 9162 Merkle tree hashing, proofs and their verification.

Verification follows the transparency-dev/merkle reference, with its stricter rules: a consistency
proof from size 0 is rejected (it proves nothing) and every hash must be exactly 32 bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


class ProofError(ValueError):
    """A Merkle proof does not verify (wrong shape, wrong size or hashes that do not match)."""


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class MerkleAccumulator:
    """The right edge of a growing tree: appends and roots in O(log n) without keeping every leaf.

    Holds the roots of the perfect subtrees that make up the tree, left to right; the RFC 9162 root
    is their fold from the right.
    """

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[bytes] = []

    def append(self, hash_: bytes) -> None:
        self._stack.append(hash_)
        self.size += 1
        n = self.size
        while n & 1 == 0:
            right = self._stack.pop()
            left = self._stack.pop()
            self._stack.append(node_hash(left, right))
            n >>= 1

    def append_subtree(self, root: bytes, height: int) -> None:
        """Append ``2**height`` leaves at once, given the root of their perfect subtree.

        Only at a size that is a multiple of ``2**height``, where the RFC 9162 tree holds those leaves
        as one perfect subtree; raise ``ValueError`` elsewhere.
        """
        if self.size % (1 << height):
            raise ValueError("a perfect subtree can only start at a multiple of its size")
        self._stack.append(root)
        self.size += 1 << height
        n = self.size >> height
        while n & 1 == 0:
            right = self._stack.pop()
            left = self._stack.pop()
            self._stack.append(node_hash(left, right))
            n >>= 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        out = self._stack[-1]
        for left in reversed(self._stack[:-1]):
            out = node_hash(left, out)
        return out

    def copy(self) -> MerkleAccumulator:
        other = MerkleAccumulator()
        other.size = self.size
        other._stack = list(self._stack)
        return other


def perfect_root(leaf_hashes: Sequence[bytes]) -> bytes:
    """The root of a perfect subtree: a power-of-two number of leaf hashes, paired level by level."""
    level = list(leaf_hashes)
    if not level or len(level) & (len(level) - 1):
        raise ValueError("a perfect subtree has a power-of-two number of leaves")
    while len(level) > 1:
        level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level), 2)]
    return level[0]


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """The RFC 9162 root of a tree with these leaf hashes."""
    acc = MerkleAccumulator()
    for h in leaf_hashes:
        acc.append(h)
    return acc.root()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_path(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """RFC 9162 PATH(index, D[n]): sibling hashes from the leaf up. Raises ``ProofError`` if out of range."""
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ProofError(f"index {index} outside a tree of size {n}")
    return _path(index, leaf_hashes)


def _path(m: int, leaves: Sequence[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return _path(m, leaves[:k]) + [root_of(leaves[k:])]
    return _path(m - k, leaves[k:]) + [root_of(leaves[:k])]


def consistency_path(old_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """RFC 9162 PROOF(old_size, D[n]). Raises ``ProofError`` unless 0 < old_size <= n."""
    n = len(leaf_hashes)
    if not 0 < old_size <= n:
        raise ProofError(f"no consistency proof from size {old_size} to {n}")
    if old_size == n:
        return []
    return _subproof(old_size, leaf_hashes, True)


def _subproof(m: int, leaves: Sequence[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [root_of(leaves)]
    k = _split(n)
    if m <= k:
        return _subproof(m, leaves[:k], complete) + [root_of(leaves[k:])]
    return _subproof(m - k, leaves[k:], False) + [root_of(leaves[:k])]


def _check_hash(value: bytes, what: str) -> None:
    if not isinstance(value, (bytes, bytearray)) or len(value) != HASH_SIZE:
        raise ProofError(f"{what} is not a {HASH_SIZE}-byte hash")


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root implied by an inclusion proof of the leaf hash ``leaf`` at ``index`` in ``size``."""
    if index < 0 or index >= size:
        raise ProofError(f"index {index} is outside a tree of size {size}")
    _check_hash(leaf, "leaf hash")
    for h in proof:
        _check_hash(h, "proof hash")
    inner = (index ^ (size - 1)).bit_length()
    border = bin(index >> inner).count("1")
    if len(proof) != inner + border:
        raise ProofError(f"proof has {len(proof)} hashes, expected {inner + border}")
    res = _chain_inner(leaf, proof[:inner], index)
    return _chain_border_right(res, proof[inner:])


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Check that leaf hash ``leaf`` is at ``index`` in the tree of ``size`` with ``root``; raise ``ProofError``."""
    _check_hash(root, "root")
    if root_from_inclusion(index, size, leaf, proof) != root:
        raise ProofError("inclusion proof does not lead to the root")


def verify_consistency(size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes) -> None:
    """Check that the tree (size1, root1) is a prefix of (size2, root2); raise ``ProofError``."""
    _check_hash(root1, "first root")
    _check_hash(root2, "second root")
    for h in proof:
        _check_hash(h, "proof hash")
    if size1 < 0 or size2 < size1:
        raise ProofError("the second tree is smaller than the first")
    if size1 == 0:
        raise ProofError("a consistency proof from an empty tree proves nothing")
    if size1 == size2:
        if proof:
            raise ProofError("trees of equal size need an empty proof")
        if root1 != root2:
            raise ProofError("trees of equal size have different roots")
        return
    if not proof:
        raise ProofError("empty consistency proof")
    inner = ((size1 - 1) ^ (size2 - 1)).bit_length()
    border = bin((size1 - 1) >> inner).count("1")
    shift = (size1 & -size1).bit_length() - 1
    inner -= shift
    if size1 == 1 << shift:
        seed, start = root1, 0
    else:
        seed, start = proof[0], 1
    if len(proof) != start + inner + border:
        raise ProofError(f"proof has {len(proof)} hashes, expected {start + inner + border}")
    proof = proof[start:]
    mask = (size1 - 1) >> shift
    hash1 = _chain_inner_right(seed, proof[:inner], mask)
    hash1 = _chain_border_right(hash1, proof[inner:])
    if hash1 != root1:
        raise ProofError("consistency proof does not lead to the first root")
    hash2 = _chain_inner(seed, proof[:inner], mask)
    hash2 = _chain_border_right(hash2, proof[inner:])
    if hash2 != root2:
        raise ProofError("consistency proof does not lead to the second root")


def _chain_inner(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        seed = node_hash(seed, h) if (index >> i) & 1 == 0 else node_hash(h, seed)
    return seed


def _chain_inner_right(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        if (index >> i) & 1 == 1:
            seed = node_hash(h, seed)
    return seed


def _chain_border_right(seed: bytes, proof: Sequence[bytes]) -> bytes:
    for h in proof:
        seed = node_hash(h, seed)
    return seed
