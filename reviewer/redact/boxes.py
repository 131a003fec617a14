"""Region boxes: the margin and feather added around each detection, clipping, and click hit-testing.

Detectors are imprecise, so every box is padded by a margin proportional to its size before it is
blurred, and the blur fades into the surrounding image over a thin band *outside* the padded box
(never inside it, so no original pixel inside the padded box survives). A box therefore changes the
pixels of its *footprint* (padded box plus feather band) and nothing else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral
from typing import Protocol, Sequence

# Margin added on every side: a fraction of the box's longer side plus a few pixels, so that a
# detection that cuts a body part slightly short still covers it.
PAD_FRACTION = 0.10
PAD_MIN_PX = 2
# Feather band outside the padded box where the blur fades into the untouched image.
FEATHER_FRACTION = 0.04
FEATHER_MIN_PX = 2


@dataclass(frozen=True)
class Box:
    """A rectangle in image pixels; ``x1``/``y1`` are exclusive. Coordinates may lie outside the
    image or be given in reverse order; rendering normalises and clips them.

    Raises TypeError when a coordinate is not an integer (round outward before building a Box).
    """

    x0: int
    y0: int
    x1: int
    y1: int

    def __post_init__(self) -> None:
        for name in ("x0", "y0", "x1", "y1"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, Integral):
                raise TypeError(f"Box.{name} must be an integer pixel coordinate, got {value!r}")
            object.__setattr__(self, name, int(value))  # numpy integers become plain ints

    @property
    def width(self) -> int:
        return abs(self.x1 - self.x0)

    @property
    def height(self) -> int:
        return abs(self.y1 - self.y0)

    def normalised(self) -> Box:
        """The same rectangle with x0 <= x1 and y0 <= y1."""
        return Box(min(self.x0, self.x1), min(self.y0, self.y1), max(self.x0, self.x1), max(self.y0, self.y1))

    def contains(self, x: float, y: float) -> bool:
        b = self.normalised()
        return b.x0 <= x < b.x1 and b.y0 <= y < b.y1


class BoxLike(Protocol):
    """Anything with integer pixel corners, e.g. a ``Box`` or a detector's ``Region``."""

    x0: int
    y0: int
    x1: int
    y1: int


def as_box(region: BoxLike) -> Box:
    """A ``Box`` with the corners of ``region`` (a Box, a detector Region...). TypeError if not integers."""
    if isinstance(region, Box):
        return region
    return Box(region.x0, region.y0, region.x1, region.y1)


def padded_box(box: BoxLike) -> Box:
    """The box grown by the detection margin on every side (not clipped to the image)."""
    b = as_box(box).normalised()
    pad = math.ceil(PAD_FRACTION * max(b.width, b.height)) + PAD_MIN_PX
    return Box(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad)


def feather_width(padded: Box) -> int:
    """Width in pixels of the fade band outside a padded box."""
    return math.ceil(FEATHER_FRACTION * max(padded.width, padded.height)) + FEATHER_MIN_PX


def footprint(box: BoxLike) -> Box:
    """Every pixel rendering may change for ``box``: the padded box plus its feather band (unclipped)."""
    p = padded_box(box)
    f = feather_width(p)
    return Box(p.x0 - f, p.y0 - f, p.x1 + f, p.y1 + f)


def clip_box(box: Box, width: int, height: int) -> Box | None:
    """``box`` (normalised) limited to a ``width`` x ``height`` image, or None when nothing is left."""
    b = box.normalised()
    x0, y0 = max(b.x0, 0), max(b.y0, 0)
    x1, y1 = min(b.x1, width), min(b.y1, height)
    if x0 >= x1 or y0 >= y1:
        return None
    return Box(x0, y0, x1, y1)


def region_at(regions: Sequence[BoxLike], x: float, y: float) -> int | None:
    """The index of the region a click at image pixel (x, y) hits, or None.

    The hit area is the padded box (what the viewer shows blurred). When boxes are nested or
    overlap, the smallest padded area wins, then the lowest index, so a small region inside a
    larger one can still be picked.
    """
    best: tuple[int, int] | None = None
    for index, region in enumerate(regions):
        p = padded_box(region)
        if p.contains(x, y):
            key = (p.width * p.height, index)
            if best is None or key < best:
                best = key
    return None if best is None else best[1]
