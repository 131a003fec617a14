"""What a reviewer sees of a picture, whatever the detector found, and who may look at what.

Version 1 blurred only the detector's regions, so the promise "nothing sensitive before a deliberate
reveal" held only as far as the detector's recall (NudeNet misses back views, partial bodies, low
resolution). Now the default view of every picture and video frame is the *whole* picture strongly
blurred and grey, with the detected regions outlined by the window; the reviewer chooses, deliberately
and for a limited time, what to uncover (``Target``):

- ``SOFTER``: the whole picture less blurred (shapes and scene, no detail), detected regions still blurred;
- a region index: that region uncovered, the rest as the base view;
- ``CLEAR``: the clear picture.

An organisation may choose region-only blurring as its base (``ViewingPolicy(base="regions")``),
knowingly: what the detector misses is then shown. Confirmation is asked before every reveal or before
the first reveal of each media, never once per session. A media sealed as suspected minor is not shown
at all; looking is a separate, confirmed, recorded action offered only to a reviewer who did not seal
it (four eyes), or never. These rules are Qt-free; the window only paints their output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Collection, Iterable, Sequence, Union

import cv2
import numpy as np

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.redact.blur import gaussian_blurred, gaussian_sigma
from reviewer.redact.boxes import BoxLike, clip_box, footprint
from reviewer.redact.errors import InvalidSetting
from reviewer.redact.render import SafeViewSettings, _as_rgb, _checked_image, _safe_view, _whole_blurred, safe_thumbnail

SOFTER = "softer"
CLEAR = "clear"
Target = Union[int, str]  # a region index, SOFTER or CLEAR
WHOLE_TARGETS = (SOFTER, CLEAR)

BASES = ("whole", "regions")
CONFIRMATIONS = ("every", "first-per-media")
MINOR_VIEWING = ("four-eyes", "never")
# The softer view blurs with a sigma of this fraction of the picture's short side at strength 1: the
# scene's layout stays readable, no body detail does (the default view uses 1/2, the region blur's size).
SOFTER_SIGMA_FRACTION = 1 / 40

REGIONS_BASE_RISK = QT_TRANSLATE_NOOP(
    "viewing", "Only the regions the detector found are blurred: whatever it missed (a back view, a partial "
               "body, a small or dark picture) is shown in clear. Choose this only if your organisation accepts "
               "that risk.")


@dataclass(frozen=True)
class ViewingPolicy:
    """The organisation's viewing rules (reviewer.ini, [viewing]); defaults protect the most.

    base: "whole" (every picture blurred whole until a reveal) or "regions" (only detected regions);
    confirm: "every" reveal, or the "first-per-media"; minor_viewing: "four-eyes" (a reviewer other than
    the one who sealed "suspected minor" may look, confirmed and recorded) or "never".
    Raises InvalidSetting for any other value.
    """

    base: str = "whole"
    confirm: str = "every"
    minor_viewing: str = "four-eyes"

    def __post_init__(self) -> None:
        for name, value, allowed in (("base", self.base, BASES), ("confirm", self.confirm, CONFIRMATIONS),
                                     ("minor_viewing", self.minor_viewing, MINOR_VIEWING)):
            if value not in allowed:
                raise InvalidSetting(f"{name}={value!r}", name=name, value=value, allowed=", ".join(allowed))


def check_target(target: object) -> Target:
    """``target`` as a valid Target; ValueError for anything else (a bool, a negative index, a word)."""
    if isinstance(target, str) and target in WHOLE_TARGETS:
        return target
    if isinstance(target, bool) or not isinstance(target, (int, np.integer)) or int(target) < 0:
        raise ValueError(f"a reveal target is a region index >= 0, {SOFTER!r} or {CLEAR!r}, got {target!r}")
    return int(target)


def render_view(rgb: np.ndarray, regions: Sequence[BoxLike], *, analysed: bool, policy: ViewingPolicy = ViewingPolicy(),
                uncovered: Collection[Target] = (), settings: SafeViewSettings = SafeViewSettings()) -> np.ndarray:
    """What the screen may show of ``rgb`` (HxWx3 uint8) now.

    Before analysis (``analysed`` False) and under the "whole" base with nothing uncovered: the whole
    picture strongly blurred. ``uncovered`` holds the targets whose timed reveal is running:
    CLEAR shows the picture (grey when ``settings.grayscale``); SOFTER the whole picture lightly
    blurred with every region not uncovered still fully blurred; a region index that region's padded
    box in clear over the base view. Under the "regions" base the base view is version 1's: regions
    blurred, the rest shown. Returns a new HxWx3 uint8 array. Raises InvalidImage for a malformed ``rgb``.
    """
    rgb = _checked_image(rgb)
    targets = {check_target(t) for t in uncovered}
    if not analysed:
        return _as_rgb(_whole_blurred(rgb, settings))
    if CLEAR in targets:
        return _as_rgb(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if settings.grayscale else rgb.copy())
    shown = {t for t in targets if isinstance(t, int)}
    if policy.base == "regions":
        return _as_rgb(_safe_view(rgb, regions, True, settings, shown))
    if SOFTER in targets:
        view = _safe_view(_softened(rgb, settings), regions, True, settings, ())
    else:
        view = _whole_blurred(rgb, settings)
    if shown:
        clear = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY) if settings.grayscale else rgb
        height, width = view.shape[:2]
        for index in sorted(shown):
            if index < len(regions):
                box = clip_box(footprint(regions[index]), width, height)
                if box is not None:
                    view[box.y0:box.y1, box.x0:box.x1] = clear[box.y0:box.y1, box.x0:box.x1]
    return _as_rgb(view)


def _softened(rgb: np.ndarray, settings: SafeViewSettings) -> np.ndarray:
    sigma = max(1.0, settings.blur_strength * SOFTER_SIGMA_FRACTION * min(rgb.shape[:2]))
    return gaussian_blurred(rgb, sigma)


def thumbnail(rgb: np.ndarray, regions: Sequence[BoxLike], *, analysed: bool, policy: ViewingPolicy = ViewingPolicy(),
              settings: SafeViewSettings = SafeViewSettings(), max_side: int = 256) -> np.ndarray:
    """A grid thumbnail by the same rules as the viewer's base view, never with anything uncovered: the
    whole picture blurred under the "whole" base (or before analysis), regions blurred under "regions";
    made at full resolution, then reduced. Returns HxWx3 uint8, longer side at most ``max_side``."""
    return safe_thumbnail(rgb, regions, analysed=analysed and policy.base == "regions", settings=settings,
                          max_side=max_side)


def needs_confirmation(policy: ViewingPolicy, media_id: str, confirmed_media: Iterable[str]) -> bool:
    """Whether a reveal on ``media_id`` must be confirmed first: always under "every", else until the
    reviewer confirmed once for this media (``confirmed_media``: the media confirmed in this session)."""
    return policy.confirm == "every" or media_id not in set(confirmed_media)


MINOR_NEVER = QT_TRANSLATE_NOOP(
    "viewing", "Your organisation does not allow anyone to look at a media sealed as suspected minor in "
               "Reviewer.")
MINOR_SAME_REVIEWER = QT_TRANSLATE_NOOP(
    "viewing", "You sealed this media as suspected minor. Another reviewer must check it (four-eyes rule).")


def minor_viewing_refusal(policy: ViewingPolicy, viewer_key: str, sealer_keys: Collection[str]) -> str | None:
    """Why ``viewer_key`` may not look at a media sealed as suspected minor by ``sealer_keys`` (a marked
    source text in the "viewing" context), or None when the confirmed, recorded look may be offered."""
    if policy.minor_viewing == "never":
        return MINOR_NEVER
    if viewer_key in set(sealer_keys):
        return MINOR_SAME_REVIEWER
    return None


def high_pass_correlation(shown: np.ndarray, clear: np.ndarray) -> float:
    """How much of ``clear``'s fine detail survives in ``shown`` (both HxW or HxWx3 uint8, same size): the
    correlation of their Laplacians, 0 when none survives. The pixel tests of safe viewing use it at every
    displayed size; a value under ~0.1 means nothing recognisable is left."""
    def grey(a: np.ndarray) -> np.ndarray:
        return (cv2.cvtColor(a, cv2.COLOR_RGB2GRAY) if a.ndim == 3 else a).astype(np.float32)

    a = cv2.Laplacian(grey(shown), cv2.CV_32F).ravel()
    b = cv2.Laplacian(grey(clear), cv2.CV_32F).ravel()
    a, b = a - a.mean(), b - b.mean()
    denominator = math.sqrt(float(a @ a) * float(b @ b))
    return 0.0 if denominator == 0 else float(a @ b) / denominator
