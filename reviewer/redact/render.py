"""What may be shown of an image: the safe view on screen, thumbnails, and the redacted derivative
that exports carry. One implementation (``render_safe``) serves all three, so what a court receives
is redacted exactly as the reviewer saw it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Collection, Sequence

import cv2
import numpy as np

from reviewer.redact.blur import gaussian_blurred, gaussian_sigma, pixel_block, pixelated
from reviewer.redact.boxes import Box, BoxLike, as_box, clip_box, feather_width, footprint, padded_box
from reviewer.redact.errors import InvalidImage, InvalidSetting

BLUR_METHODS = ("gaussian", "pixelate")
MIN_STRENGTH, MAX_STRENGTH = 0.5, 3.0


@dataclass(frozen=True)
class SafeViewSettings:
    """How sensitive content is hidden.

    blur_method: "gaussian" or "pixelate"; blur_strength: multiplier (0.5 to 3) of the region-relative
    blur size; grayscale: show the whole image in shades of grey. Raises InvalidSetting for a value
    outside these (settings come from the user's preferences or an organisation's config file).
    """

    blur_method: str = "gaussian"
    blur_strength: float = 1.0
    grayscale: bool = True

    def __post_init__(self) -> None:
        if self.blur_method not in BLUR_METHODS:
            raise InvalidSetting(f"blur_method={self.blur_method!r}", name="blur_method",
                                 value=self.blur_method, allowed=", ".join(BLUR_METHODS))
        strength = self.blur_strength
        if (isinstance(strength, bool) or not isinstance(strength, (int, float))
                or not math.isfinite(strength) or not MIN_STRENGTH <= strength <= MAX_STRENGTH):
            raise InvalidSetting(f"blur_strength={strength!r}", name="blur_strength", value=strength,
                                 allowed=f"{MIN_STRENGTH:g} – {MAX_STRENGTH:g}")
        if not isinstance(self.grayscale, bool):
            raise InvalidSetting(f"grayscale={self.grayscale!r}", name="grayscale", value=self.grayscale,
                                 allowed="true, false")


# Exports keep colour (a court or platform must be able to recognise the scene) and blur harder than
# the screen: the reviewer can reveal a region, the recipient of an exhibit cannot and need not.
EXPORT_SETTINGS = SafeViewSettings(blur_method="gaussian", blur_strength=2.0, grayscale=False)


def render_safe(rgb: np.ndarray, regions: Sequence[BoxLike], *, analysed: bool,
                settings: SafeViewSettings = SafeViewSettings(), revealed: Collection[int] = ()) -> np.ndarray:
    """What may be shown of ``rgb`` (HxWx3 uint8).

    analysed=False (analysis pending or failed): the whole image strongly blurred, whatever
    ``regions`` and ``revealed`` say. analysed=True: every region except the indices in ``revealed``
    blurred over its padded box (see ``boxes``), the pixels outside every region's footprint left
    exactly as they were. In both cases the image is converted to grayscale (``cv2.COLOR_RGB2GRAY``,
    replicated to three channels) when ``settings.grayscale``. Boxes may be reversed, empty or outside
    the image; they are clipped. Returns a new HxWx3 uint8 array; ``rgb`` is never modified.
    Raises InvalidImage when ``rgb`` is not an HxWx3 uint8 array.
    """
    return _as_rgb(_safe_view(rgb, regions, analysed, settings, revealed))


def redacted_derivative(rgb: np.ndarray, regions: Sequence[BoxLike], *, analysed: bool = True,
                        settings: SafeViewSettings = EXPORT_SETTINGS) -> np.ndarray:
    """The image exports carry: ``render_safe`` with colour kept and a stronger blur (EXPORT_SETTINGS),
    nothing revealed. Pass analysed=False for media whose analysis failed: the whole image is blurred.
    Returns a new HxWx3 uint8 array. Raises InvalidImage for a malformed ``rgb``.
    """
    return render_safe(rgb, regions, analysed=analysed, settings=settings)


def safe_thumbnail(rgb: np.ndarray, regions: Sequence[BoxLike], *, analysed: bool,
                   settings: SafeViewSettings = SafeViewSettings(), max_side: int = 256) -> np.ndarray:
    """A thumbnail whose longer side is at most ``max_side``, made from the full-resolution safe
    rendering and then reduced (INTER_AREA), so no unblurred detail can reach it through the
    reduction. Nothing is revealed in a thumbnail. Never enlarges. Returns HxWx3 uint8.
    Raises InvalidImage for a malformed ``rgb``; ValueError when ``max_side`` < 1.
    """
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1, got {max_side}")
    safe = _safe_view(rgb, regions, analysed, settings, ())
    height, width = safe.shape[:2]
    scale = max_side / max(height, width)
    if scale < 1:
        # Reducing the one grey channel before replicating it gives the same pixels for a third of the work.
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        safe = cv2.resize(safe, size, interpolation=cv2.INTER_AREA)
    return _as_rgb(safe)


def redact_heatmap(values: np.ndarray, regions: Sequence[BoxLike], *, full_size: tuple[int, int] | None = None,
                   revealed: Collection[int] = (), settings: SafeViewSettings = EXPORT_SETTINGS) -> np.ndarray:
    """A forensic map (HxW) with no detail left inside the sensitive regions.

    A map computed from a picture shows that picture's shapes (a face, a body), so every region
    except the indices in ``revealed`` is blurred over its padded box exactly as
    ``redacted_derivative`` blurs the image (same padding, feather band and strength). ``regions``
    are in pixels of the full image of ``full_size`` = (width, height) and are scaled, rounding
    outward, to the map's size (None: the map's own pixels). ``values``: float in [0, 1] (a
    detector's map) or uint8 (a recorded map's grey levels). Returns a new array of the same shape:
    uint8 for uint8 input, else float32 (blurred areas in steps of 1/255, the rest unchanged).
    Raises InvalidImage when ``values`` is not a non-empty 2-D array.
    """
    if not isinstance(values, np.ndarray) or values.ndim != 2 or values.size == 0:
        shape = getattr(values, "shape", None)
        raise InvalidImage(f"expected an HxW heatmap, got {type(values).__name__} of shape {shape}")
    height, width = values.shape
    if values.dtype == np.uint8:
        work = values.copy()
    else:
        clean = np.nan_to_num(values.astype(np.float32), nan=0.0, posinf=1.0, neginf=0.0)
        work = np.rint(np.clip(clean, 0.0, 1.0) * 255.0).astype(np.uint8)
    sx, sy = (1.0, 1.0) if full_size is None else (width / max(1, full_size[0]), height / max(1, full_size[1]))
    shown = {int(i) for i in revealed}
    changed = np.zeros((height, width), bool)
    for index, region in enumerate(regions):
        if index in shown:
            continue
        b = as_box(region).normalised()
        x0, y0 = math.floor(b.x0 * sx), math.floor(b.y0 * sy)
        scaled = Box(x0, y0, max(x0 + 1, math.ceil(b.x1 * sx)), max(y0 + 1, math.ceil(b.y1 * sy)))
        _blur_region(work, scaled, width, height, settings)
        area = clip_box(footprint(scaled), width, height)
        if area is not None:
            changed[area.y0:area.y1, area.x0:area.x1] = True
    if values.dtype == np.uint8:
        return work
    out = np.array(values, dtype=np.float32, copy=True)
    out[changed] = work[changed].astype(np.float32) / 255.0
    return out


def redacted_heatmap_png(png: bytes, regions: Sequence[BoxLike], *, full_size: tuple[int, int] | None = None,
                         revealed: Collection[int] = (), settings: SafeViewSettings = EXPORT_SETTINGS) -> np.ndarray:
    """One of our recorded heatmap PNGs (8-bit greyscale, ``Heatmap.to_png_bytes``) decoded and redacted by
    ``redact_heatmap``: the one way the window's overlays, the exhibit's heatmap copies and the scan's PNGs
    read a recorded map back. Returns the uint8 HxW map. Raises InvalidImage when ``png`` is not an image.
    """
    grey = cv2.imdecode(np.frombuffer(bytes(png), np.uint8), cv2.IMREAD_GRAYSCALE) if png else None
    if grey is None:
        raise InvalidImage(f"unreadable heatmap PNG ({len(png or b'')} bytes)")
    return redact_heatmap(grey, regions, full_size=full_size, revealed=revealed, settings=settings)


def _safe_view(rgb: np.ndarray, regions: Sequence[BoxLike], analysed: bool, settings: SafeViewSettings,
               revealed: Collection[int]) -> np.ndarray:
    """render_safe before the grey channel is replicated: HxW uint8 when grayscale, else a new HxWx3."""
    rgb = _checked_image(rgb)
    if not analysed:
        return _whole_blurred(rgb, settings)
    hidden = set(range(len(regions))) - {int(i) for i in revealed}
    if settings.grayscale:
        work = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)  # blur one channel instead of three
    else:
        work = rgb.copy()
    height, width = work.shape[:2]
    for index, region in enumerate(regions):
        if index in hidden:
            _blur_region(work, region, width, height, settings)
    return work


def _as_rgb(view: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(view, cv2.COLOR_GRAY2RGB) if view.ndim == 2 else view


def _checked_image(rgb: object) -> np.ndarray:
    if not isinstance(rgb, np.ndarray):
        raise InvalidImage(f"expected a numpy array, got {type(rgb).__name__}")
    if rgb.dtype != np.uint8 or rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.shape[0] < 1 or rgb.shape[1] < 1:
        raise InvalidImage(f"expected HxWx3 uint8, got shape {rgb.shape} dtype {rgb.dtype}")
    return np.ascontiguousarray(rgb)


def _whole_blurred(rgb: np.ndarray, settings: SafeViewSettings) -> np.ndarray:
    """The pending view: the image treated as one region covering everything, blurred by the chosen
    method; HxW when grayscale."""
    short = min(rgb.shape[:2])
    work = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if settings.grayscale else rgb
    if settings.blur_method == "pixelate":
        return pixelated(work, pixel_block(short, settings.blur_strength))
    return gaussian_blurred(work, gaussian_sigma(short, settings.blur_strength))


def _blur_region(work: np.ndarray, region: BoxLike, width: int, height: int, settings: SafeViewSettings) -> None:
    """Blur one region of ``work`` (HxW or HxWx3 uint8) in place: its padded box fully replaced by
    blurred content, the feather band outside it blended, nothing else touched."""
    padded = padded_box(region)
    feather = feather_width(padded)
    inner = clip_box(padded, width, height)
    if inner is None:
        return
    outer = clip_box(footprint(region), width, height)
    assert outer is not None  # contains inner
    crop = work[outer.y0:outer.y1, outer.x0:outer.x1]
    short = min(padded.width, padded.height)
    if settings.blur_method == "pixelate":
        # The grid starts at the padded box's corner, wherever the crop starts.
        origin = (padded.x0 - outer.x0, padded.y0 - outer.y0)
        blurred = pixelated(crop, pixel_block(short, settings.blur_strength), origin)
    else:
        blurred = gaussian_blurred(crop, gaussian_sigma(short, settings.blur_strength))
    # Weight of the blurred image per row and column of the crop: 1 inside the padded box, falling
    # linearly across the feather band, so the fade happens outside the box only.
    wy = _ramp(outer.y0, outer.y1, padded.y0, padded.y1, feather)
    wx = _ramp(outer.x0, outer.x1, padded.x0, padded.x1, feather)
    iy0, iy1 = inner.y0 - outer.y0, inner.y1 - outer.y0
    ix0, ix1 = inner.x0 - outer.x0, inner.x1 - outer.x0
    # Bands first (they read the crop's original pixels), then the interior is overwritten whole.
    for ys, xs in (
        (slice(0, iy0), slice(None)),
        (slice(iy1, None), slice(None)),
        (slice(iy0, iy1), slice(0, ix0)),
        (slice(iy0, iy1), slice(ix1, None)),
    ):
        weight = wy[ys, None] * wx[None, xs]
        if weight.size == 0:
            continue
        if crop.ndim == 3:
            weight = weight[..., None]
        mixed = blurred[ys, xs] * weight + crop[ys, xs] * (1.0 - weight)
        crop[ys, xs] = np.rint(mixed).astype(np.uint8)
    crop[iy0:iy1, ix0:ix1] = blurred[iy0:iy1, ix0:ix1]


def _ramp(start: int, stop: int, inner_start: int, inner_stop: int, feather: int) -> np.ndarray:
    """Per-pixel weights for positions start..stop-1: 1 inside [inner_start, inner_stop), then
    1 - d / (feather + 1) at distance d outside it."""
    pos = np.arange(start, stop, dtype=np.float32)
    distance = np.maximum(np.maximum(inner_start - pos, pos - (inner_stop - 1)), 0)
    return np.clip(1.0 - distance / (feather + 1), 0.0, 1.0).astype(np.float32)
