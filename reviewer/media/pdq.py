"""PDQ perceptual hashes (Meta's reference algorithm through pdqhash) and their comparison."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Below this quality the reference implementation says the hash is too flat to compare.
USABLE_QUALITY = 50
# The distance at which the reference treats two PDQ hashes as the same picture.
MATCH_DISTANCE = 31


@dataclass(frozen=True)
class Pdq:
    """A 256-bit PDQ hash as 64 lowercase hex digits (reference bit order) and its quality 0..100."""

    hex: str
    quality: int

    @property
    def usable(self) -> bool:
        """True when the hash is reliable enough to match against others (quality >= 50)."""
        return self.quality >= USABLE_QUALITY

    def to_json(self) -> dict:
        return {"hex": self.hex, "quality": self.quality, "usable": self.usable}


@dataclass(frozen=True)
class FramePdq:
    """The PDQ hash of one video frame."""

    index: int
    seconds: float
    pdq: Pdq

    def to_json(self) -> dict:
        return {"index": self.index, "seconds": round(self.seconds, 3), **self.pdq.to_json()}


def pdq_of(rgb: np.ndarray) -> Pdq:
    """Hash an HxWx3 uint8 RGB image with PDQ.

    The hex digits read the reference's bit vector from its first bit, four bits per digit, which is
    how ThreatExchange writes its vectors. Raises ValueError for an array that is not HxWx3 uint8.
    """
    import pdqhash

    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise ValueError(f"pdq_of needs an HxWx3 uint8 array, got {rgb.shape} {rgb.dtype}")
    bits, quality = pdqhash.compute(np.ascontiguousarray(rgb))
    packed = np.packbits(np.asarray(bits, dtype=np.uint8))
    return Pdq(hex=packed.tobytes().hex(), quality=int(quality))


def hamming(a_hex: str, b_hex: str) -> int:
    """Number of differing bits between two PDQ hex strings of equal length (ValueError otherwise)."""
    if len(a_hex) != len(b_hex):
        raise ValueError("PDQ hashes of different lengths cannot be compared")
    return (int(a_hex, 16) ^ int(b_hex, 16)).bit_count()
