"""The two ways of destroying detail in a crop: strong Gaussian blur and pixelation.

Both work on a reduced copy of the crop, so their cost does not grow with the blur radius and a
20-megapixel image stays interactive. Reducing first is also what makes them safe: everything the
output holds is interpolated from a handful of averaged samples across the region's short side
(about 4 for the Gaussian at strength 1, 3 blocks for pixelation; twice as many at the weakest
strength), so no fine detail can survive.
Inputs are uint8 arrays HxW (grayscale) or HxWx3; outputs have the same shape and type.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

# Sizes at strength 1, as a fraction of the region's (padded) short side. They are twice the least
# that hides detail (sigma >= 1/4, block >= 1/6 of the short side), so that the weakest allowed
# strength, 0.5, still meets that floor.
GAUSSIAN_SIGMA_FRACTION = 1 / 2
PIXEL_BLOCK_FRACTION = 1 / 3
# The Gaussian is applied on a copy reduced so that its sigma there is this many pixels.
_REDUCED_SIGMA_PX = 2.0


def gaussian_blurred(crop: np.ndarray, sigma_px: float) -> np.ndarray:
    """``crop`` blurred with a Gaussian of ``sigma_px`` pixels (at the crop's resolution).

    Implemented as area-reduce, small Gaussian, bilinear enlarge and a box filter one reduced pixel
    wide (which smooths the bilinear kinks), equivalent to a Gaussian of about ``sigma_px``.
    """
    h, w = crop.shape[:2]
    factor = max(1.0, sigma_px / _REDUCED_SIGMA_PX)
    sw, sh = max(1, round(w / factor)), max(1, round(h / factor))
    small = cv2.resize(crop, (sw, sh), interpolation=cv2.INTER_AREA) if (sw, sh) != (w, h) else crop
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(sigma_px * sw / w, 0.5), sigmaY=max(sigma_px * sh / h, 0.5),
                             borderType=cv2.BORDER_REFLECT_101)
    if (sw, sh) == (w, h):
        return small
    out = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    kx, ky = max(1, round(w / sw)), max(1, round(h / sh))
    if kx > 1 or ky > 1:
        out = cv2.blur(out, (kx, ky), borderType=cv2.BORDER_REFLECT_101)
    return out


def pixelated(crop: np.ndarray, block_px: int, origin: tuple[int, int] = (0, 0)) -> np.ndarray:
    """``crop`` as flat blocks of ``block_px`` pixels, their edges softened by a light box blur.

    ``origin`` (x, y) is where in the crop the block grid starts (the padded box's corner), so blocks
    line up with the region rather than with the feather band.
    """
    h, w = crop.shape[:2]
    block = max(1, int(block_px))
    if block == 1:
        return crop.copy()
    ox, oy = origin[0] % block, origin[1] % block
    # Extend the crop so the grid covers it in whole blocks, replicating edge pixels (no new detail).
    left, top = (block - ox) % block, (block - oy) % block
    right = (-(w + left)) % block
    bottom = (-(h + top)) % block
    grown = cv2.copyMakeBorder(crop, top, bottom, left, right, cv2.BORDER_REPLICATE)
    gh, gw = grown.shape[:2]
    small = cv2.resize(grown, (gw // block, gh // block), interpolation=cv2.INTER_AREA)  # exact block means
    blocks = cv2.resize(small, (gw, gh), interpolation=cv2.INTER_NEAREST)
    k = max(1, block // 3)
    if k > 1:
        blocks = cv2.blur(blocks, (k, k), borderType=cv2.BORDER_REPLICATE)
    return np.ascontiguousarray(blocks[top:top + h, left:left + w])


def gaussian_sigma(short_side: int, strength: float) -> float:
    """Sigma in pixels for a region whose padded short side is ``short_side``."""
    return max(1.0, strength * GAUSSIAN_SIGMA_FRACTION * short_side)


def pixel_block(short_side: int, strength: float) -> int:
    """Block size in pixels for a region whose padded short side is ``short_side``."""
    return max(2, math.ceil(strength * PIXEL_BLOCK_FRACTION * short_side))
