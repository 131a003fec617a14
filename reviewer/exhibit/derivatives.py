"""Redacted PNG derivatives of a case's media, the only pictures an exhibit carries by default.

Images: the sensitive regions recorded for the media (every ``analysis.run`` summary that lists
``regions``, plus every revealed region) are blurred with ``reviewer.redact.redacted_derivative``
when the region detector's own record (``detect.regions``) found regions; otherwise (no detection
record, or one that found nothing: detectors miss back views and more) the whole image is blurred,
since nothing tells what is sensitive. Reveal boxes or other analyses alone never narrow the blur.
Videos: a few evenly spaced keyframes, each blurred over the regions a fresh detector run finds on
that very frame (recorded video analyses do not give per-frame boxes for arbitrary frames), at the
fixed export threshold ``EXPORT_THRESHOLD`` whatever the reviewer's current setting; a frame where
the detector finds nothing, or cannot run, is blurred whole. Suspected-minor media never reach this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO, Iterable

import numpy as np

from reviewer.redact import SOFTER, Box, SafeViewSettings, redacted_derivative, redacted_heatmap_png, render_view

VIDEO_KEYFRAMES = 4
# The detector's default score threshold: what an exhibit hides must not depend on the slider the
# reviewer happened to leave in the window.
EXPORT_THRESHOLD = 0.25


@dataclass(frozen=True)
class Derivative:
    name: str  # file name inside media/<id>/ ("redacted.png" or "redacted-N.png")
    png: bytes
    regions: int  # how many regions were blurred (0 with whole_blurred)
    whole_blurred: bool


def regions_from_values(values: Iterable[Any]) -> list[Box]:
    """Boxes found in recorded values: dicts with integer-like x0, y0, x1, y1, searched recursively."""
    out: list[Box] = []

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            if all(k in value for k in ("x0", "y0", "x1", "y1")):
                try:
                    out.append(Box(int(value["x0"]), int(value["y0"]), int(value["x1"]), int(value["y1"])))
                except (TypeError, ValueError):
                    pass
                return
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    for value in values:
        visit(value)
    return out


def png_bytes(rgb: np.ndarray) -> bytes:
    """Lossless PNG of an HxWx3 RGB array, with no metadata."""
    import cv2

    ok, encoded = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    if not ok:
        raise ValueError("PNG encoding failed")
    return encoded.tobytes()


def image_derivative(rgb: np.ndarray, regions: list[Box], *, analysed: bool) -> Derivative:
    """The redacted derivative of an image (its decoded pixels at full displayed size, colour kept)."""
    safe = redacted_derivative(rgb, regions, analysed=analysed and bool(regions))
    whole = not (analysed and regions)
    return Derivative("redacted.png", png_bytes(safe), 0 if whole else len(regions), whole)


def video_derivatives(data: bytes | BinaryIO, detector: Any | None) -> tuple[list[Derivative], bytes]:
    """Redacted keyframes of a video (``data``: its bytes, or a seekable stream of them, read as frames are
    decoded), and the report's picture of it (``report_thumbnail_png`` of the middle keyframe, its detected
    regions outlined); ``detector`` is a RegionDetector or None (whole frames blurred)."""
    from reviewer.media.video import VideoReader

    out = []
    with VideoReader(data) as reader:
        frames = reader.keyframes(VIDEO_KEYFRAMES)
    thumbnail = b""
    for number, frame in enumerate(frames, start=1):
        regions: list[Box] = []
        analysed = False
        if detector is not None:
            try:
                found = detector.detect(frame.rgb)
                regions = [Box(r.x0, r.y0, r.x1, r.y1) for r in found.regions]
                analysed = True
            except Exception:  # noqa: BLE001 - any detector failure means: hide the whole frame
                analysed = False
        # As for images: a frame where the detector found nothing is blurred whole (detectors miss things).
        narrowed = analysed and bool(regions)
        safe = redacted_derivative(frame.rgb, regions, analysed=narrowed)
        out.append(Derivative(f"redacted-{number}.png", png_bytes(safe), len(regions) if narrowed else 0, not narrowed))
        if number == len(frames) // 2 + 1:
            thumbnail = report_thumbnail_png(frame.rgb, regions)
    return out, thumbnail


def heatmap_derivative(png: bytes, regions: list[Box], full_size: tuple[int, int], *, analysed: bool) -> bytes:
    """A recorded heatmap PNG with the media's sensitive regions blurred by ``reviewer.redact.redact_heatmap``
    (the rule the window's overlay follows; boxes are scaled from ``full_size`` (width, height) to the map's
    size), or wholly blurred when no region is known. A map can show the shapes of the picture it was
    computed from, so by default exhibits carry only this form."""
    import cv2

    if analysed and regions:
        return png_bytes(cv2.cvtColor(redacted_heatmap_png(png, regions, full_size=full_size), cv2.COLOR_GRAY2RGB))
    grey = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    return png_bytes(redacted_derivative(cv2.cvtColor(grey, cv2.COLOR_GRAY2RGB), [], analysed=False))


REPORT_THUMBNAIL_SIDE = 360


def report_thumbnail_png(rgb: np.ndarray, regions: list[Box], max_side: int = REPORT_THUMBNAIL_SIDE) -> bytes:
    """The report's picture of a media, as the reviewer's softer view shows it: grey, the whole picture
    blurred (reviewer.redact.SOFTER: the scene's layout, no detail), every detected region blurred fully
    and outlined. Reduced to ``max_side`` and written as a one-channel (greyscale) PNG, so that the PDF
    holds no colour picture of a media."""
    import cv2

    grey = render_view(rgb, regions, analysed=True, uncovered=[SOFTER],
                       settings=SafeViewSettings(grayscale=True))[..., 0].copy()
    height, width = grey.shape
    thickness = max(2, round(max(height, width) / 200))
    for box in regions:
        b = box.normalised()
        cv2.rectangle(grey, (b.x0, b.y0), (b.x1 - 1, b.y1 - 1), 255, thickness + 2)
        cv2.rectangle(grey, (b.x0, b.y0), (b.x1 - 1, b.y1 - 1), 0, thickness)
    scale = max_side / max(height, width)
    if scale < 1:
        grey = cv2.resize(grey, (max(1, round(width * scale)), max(1, round(height * scale))),
                          interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".png", grey)
    if not ok:
        raise ValueError("PNG encoding failed")
    return encoded.tobytes()
