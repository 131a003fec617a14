"""Work the window runs in workers: each function takes the task ``control`` first (see workers.py).

These functions only call the Qt-free packages in the order the window needs and shape their
results for display; the algorithms live in media, detect and redact. Nothing here touches a widget,
and nothing here touches the vault (vault calls go through the vault's single worker).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from reviewer.errors import ReviewerError
from reviewer.redact import Box, SafeViewSettings, ViewingPolicy
from reviewer.redact import render_view as policy_view, thumbnail as policy_thumbnail
from reviewer.ui.imaging import heatmap_rgba, qimage_copy
from reviewer.ui.settings import UiSettings
from reviewer.ui.workers import TaskControl

THUMBNAIL_SIDE = 160
CONTACT_SHEET_FRAMES = 12
MEDIA_SUFFIXES = frozenset(
    # .heic/.heif (phone photos) and .avif are read since issue 18; a folder of iPhone photos must not be skipped.
    ".jpg .jpeg .jpe .png .webp .gif .bmp .tif .tiff .heic .heif .avif .mp4 .m4v .mov .webm .avi .mkv".split()
)


def safe_settings(settings: UiSettings, *, grayscale: bool | None = None) -> SafeViewSettings:
    """The redaction settings for the window's preferences (``grayscale`` overrides the default)."""
    return SafeViewSettings(
        blur_method=settings.blur_method,
        blur_strength=settings.blur_strength,
        grayscale=settings.grayscale if grayscale is None else grayscale,
    )


def scaled_boxes(regions: Sequence[Any], scale: float) -> list[Box]:
    """Regions in full-image pixels as Boxes in a rendering ``scale`` times the full size (rounded outward)."""
    return [
        Box(math.floor(r.x0 * scale), math.floor(r.y0 * scale), math.ceil(r.x1 * scale), math.ceil(r.y1 * scale))
        for r in regions
    ]


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named, plus the media files inside named folders (recursively, sorted, hidden ones skipped)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(
                sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in MEDIA_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            out.append(path)
    return out


class SharedDetector:
    """One RegionDetector for the whole window, created on first use in a worker (loading takes time)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._detector = None
        self._blocked: type[ReviewerError] | None = None
        self._lock = threading.Lock()

    def block(self, error: type[ReviewerError]) -> None:
        """Never hand out the model again: every later ``get`` raises ``error()`` (the start-up self-test
        failed, so the model or its runtime cannot be trusted)."""
        with self._lock:
            self._blocked = error
            self._detector = None

    def loaded(self):
        """The detector when already loaded (never loads it, never raises), else None."""
        with self._lock:
            return None if self._blocked is not None else self._detector

    def get(self):
        """The detector, loaded on first call; raises the blocking error, or the registry's typed error
        when the model file is missing or changed."""
        with self._lock:
            if self._blocked is not None:
                raise self._blocked()  # a fresh instance per call: tasks on several threads raise it
            if self._detector is None:
                from reviewer.detect import RegionDetector

                self._detector = RegionDetector(threshold=self.threshold)
            return self._detector


# -- images --------------------------------------------------------------------------------------
@dataclass
class View:
    """A decoded image kept for rendering: the reduced pixels and how they map to the full image."""

    rgb: np.ndarray
    scale: float
    full_size: tuple[int, int]


@dataclass
class Rendering:
    """A safe rendering ready to show: ``rgb`` at ``view.scale`` of the full image."""

    rgb: np.ndarray
    view: View
    analysed: bool
    revealed: frozenset = frozenset()  # the reveal targets it shows (region indices, "softer", "clear")


def decode_view(control: TaskControl, media, max_side: int | None) -> View:
    """Decode ``media`` (an image) at most ``max_side`` pixels on its long side (None = full size)."""
    decoded = media.decode(max_side=max_side)
    control.check()
    return View(np.ascontiguousarray(decoded.rgb), decoded.scale, tuple(decoded.full_size))


def render_view(
    control: TaskControl, view: View, regions: Sequence[Any] | None, settings: SafeViewSettings,
    revealed: frozenset = frozenset(), policy: ViewingPolicy = ViewingPolicy(),
) -> Rendering:
    """What the screen may show of ``view`` under the organisation's ``policy`` (``redact.render_view``):
    the whole picture blurred while ``regions`` is None (not analysed yet) and, under the default "whole"
    base, until a reveal; ``revealed`` holds the running reveals (region indices, SOFTER, CLEAR)."""
    analysed = regions is not None
    boxes = scaled_boxes(regions or (), view.scale)
    shown = frozenset(revealed) if analysed else frozenset()
    rgb = policy_view(view.rgb, boxes, analysed=analysed, policy=policy, uncovered=shown, settings=settings)
    return Rendering(np.ascontiguousarray(rgb), view, analysed, shown)


def first_safe_rendering(control: TaskControl, media, max_side: int, settings: SafeViewSettings,
                         regions: Sequence[Any] | None, policy: ViewingPolicy = ViewingPolicy()) -> Rendering:
    """Reduced decode (the screen needs no more) then the safe rendering: the first thing painted."""
    view = decode_view(control, media, max_side)
    return render_view(control, view, regions, settings, policy=policy)


THUMBNAIL_FORMAT = 1  # raise when the way thumbnails are made changes: every cached one is then made again


@dataclass(frozen=True)
class Thumbnail:
    """A safe thumbnail: the ``image`` the grid shows and the same pixels as a ``png`` for the vault's cache."""

    image: Any           # QImage
    png: bytes
    analysed: bool       # blurred from known regions (False: whole-blurred, the regions not known yet)
    variant: str         # what it was made as (``thumbnail_variant``)


def thumbnail_variant(settings: SafeViewSettings, policy: ViewingPolicy) -> str:
    """What a cached thumbnail was made under (size, format, viewing policy, redaction settings): another
    variant is never shown, it is made again (a changed policy must never show an older, clearer thumbnail).
    A hash: computed in workers, never on the GUI thread."""
    import hashlib

    made_as = repr((THUMBNAIL_FORMAT, THUMBNAIL_SIDE, policy, replace(settings, grayscale=True)))
    return hashlib.sha256(made_as.encode()).hexdigest()[:32]


def thumbnail(control: TaskControl, media, regions: Sequence[Any] | None, settings: SafeViewSettings,
              policy: ViewingPolicy = ViewingPolicy()) -> Thumbnail:
    """A safe thumbnail by ``redact.thumbnail`` (whole picture blurred under the "whole" base, and always until
    ``regions`` is known); videos use their middle frame."""
    import cv2

    if media.kind == "video":
        with media.video() as reader:
            frame = reader.keyframes(1)[0]
        rgb, scale = frame.rgb, frame.rgb.shape[1] / max(1, media.width)
    else:
        decoded = media.decode(max_side=THUMBNAIL_SIDE * 4)
        rgb, scale = decoded.rgb, decoded.scale
    control.check()
    small = np.ascontiguousarray(policy_thumbnail(
        np.ascontiguousarray(rgb), scaled_boxes(regions or (), scale), analysed=regions is not None, policy=policy,
        settings=replace(settings, grayscale=True), max_side=THUMBNAIL_SIDE))
    ok, png = cv2.imencode(".png", np.ascontiguousarray(small[..., ::-1]))
    if not ok:  # pragma: no cover - encoding a small RGB array cannot fail
        raise RuntimeError("PNG encoding of a thumbnail failed")
    return Thumbnail(qimage_copy(small), png.tobytes(), regions is not None, thumbnail_variant(settings, policy))


def thumbnail_from_png(control: TaskControl, png: bytes):
    """The QImage of a cached thumbnail (our own small PNG, never media bytes); None when it does not read, or
    is not what a safe thumbnail can be (larger than one, or in colour: ours are always grey), and is then made
    again. The cache opens with the vault's current key only, but a reviewer who can unlock the vault could
    still put a picture there: at least it is never a colour one."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    if image.isNull() or max(image.width(), image.height()) > THUMBNAIL_SIDE or not image.allGray():
        return None
    return image.convertToFormat(QImage.Format.Format_RGB888)


# -- ingest and detection ------------------------------------------------------------------------
@dataclass
class Analysis:
    """What detection found for one media: ``regions`` for images, ``video`` for videos."""

    detections: Any = None          # reviewer.detect.Detections (images)
    video: Any = None               # reviewer.detect.VideoDetections (videos)
    method: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)

    @property
    def regions(self) -> tuple:
        if self.detections is not None:
            return tuple(self.detections.regions)
        return ()


def detect_media(control: TaskControl, media, detector: SharedDetector) -> Analysis:
    """Run the sensitive-region detector (tracked regions for a video)."""
    from reviewer.detect import detect_video

    model = detector.get()
    control.check()
    if media.kind == "video":
        video = detect_video(media, model)
        return Analysis(video=video, method=dict(video.method), summary=video.to_json())
    detections = model.detect_media(media)
    return Analysis(detections=detections, method=dict(detections.method), summary=detections.to_json())


def analysed_thumbnail(control: TaskControl, media, result: Analysis, settings: SafeViewSettings,
                       policy: ViewingPolicy = ViewingPolicy()):
    """The thumbnail once ``result`` is known, under ``policy`` (a video: from its middle frame's regions)."""
    if media.kind == "video":
        regions = result.video.regions_at(media.frame_count // 2) if media.frame_count else ()
    else:
        regions = result.regions
    return thumbnail(control, media, regions, settings, policy)


@dataclass
class HeatmapView:
    id: str
    name: str
    explanation: str
    limits: str
    rgba: np.ndarray       # coloured overlay (HxWx4), sensitive regions already without detail
    png: bytes             # what the vault records (the detector's map as computed)
    method: dict
    params: dict


def safe_overlay(values: np.ndarray, regions: Sequence[Any], full_size: tuple[int, int]) -> np.ndarray:
    """The coloured overlay of a [0,1] map with every sensitive region blurred by ``redact_heatmap``:
    a map shows the shapes of the picture (a face's eyes and mouth in a noise residual), so the
    overlay must hide inside a region what the safe rendering hides. ``regions`` in full-image pixels."""
    from reviewer.redact import redact_heatmap

    return heatmap_rgba(redact_heatmap(values, scaled_boxes(regions, 1.0), full_size=full_size))


def _heatmap_views(heatmaps: Sequence[Any], regions: Sequence[Any], full_size: tuple[int, int],
                   control: TaskControl, *, with_png: bool) -> list[HeatmapView]:
    out = []
    for heatmap in heatmaps:
        control.check()
        out.append(HeatmapView(heatmap.id, heatmap.name, heatmap.explanation, heatmap.limits,
                               safe_overlay(heatmap.values, regions, full_size),
                               heatmap.to_png_bytes() if with_png else b"", dict(heatmap.method),
                               dict(heatmap.params)))
    return out


def compute_heatmaps(control: TaskControl, media, detections) -> list[HeatmapView]:
    """The forensic heatmaps of an analysed image, coloured for the overlay with the sensitive regions
    blurred. None offered while ``detections`` is None (analysis pending or failed): nobody knows yet
    where the sensitive regions are."""
    from reviewer.detect import heatmaps_for

    if detections is None:
        return []
    maps = heatmaps_for(media, detections)
    return _heatmap_views(maps, detections.regions, (media.width, media.height), control, with_png=True)


def overlays_from_pngs(control: TaskControl, views: Sequence[Any], regions: Sequence[Any],
                       full_size: tuple[int, int]) -> list[HeatmapView]:
    """``views`` (HeatmapViews whose overlays were let go to save memory, or heatmaps read back from their
    record) with their coloured overlays built from their 8-bit maps (``png``, what the vault recorded):
    cheap, where computing the maps again takes seconds for a large photo. ``regions`` (full-image pixels)
    are blurred by ``reviewer.redact.redacted_heatmap_png``, as in ``compute_heatmaps``."""
    from reviewer.redact import redacted_heatmap_png

    out = []
    for view in views:
        control.check()
        grey = redacted_heatmap_png(view.png, scaled_boxes(regions, 1.0), full_size=full_size)
        rgba = heatmap_rgba(grey.astype(np.float32) / np.float32(255))
        out.append(HeatmapView(view.id, view.name, view.explanation, view.limits, rgba, bytes(view.png),
                               dict(view.method), dict(view.params)))
    return out


def compare_files(control: TaskControl, suspect, original_path: Path, detections):
    """Ingest the original photo and compare the suspect media with it; return (original, Comparison,
    overlays of the comparison's maps with the suspect's sensitive regions blurred; none while
    ``detections`` is None)."""
    from reviewer.detect import compare_with_reference
    from reviewer.media import ingest

    original = ingest(original_path)
    control.check()
    comparison = compare_with_reference(suspect, original, detections)
    overlays = [] if detections is None else _heatmap_views(
        comparison.heatmaps, detections.regions, (suspect.width, suspect.height), control, with_png=False)
    return original, comparison, overlays


# -- video -----------------------------------------------------------------------------------------
@dataclass
class SheetFrame:
    index: int
    seconds: float
    image: Any             # QImage (safe)


def contact_sheet(control: TaskControl, media, video_detections, settings: SafeViewSettings,
                  count: int = CONTACT_SHEET_FRAMES, policy: ViewingPolicy = ViewingPolicy()) -> list[SheetFrame]:
    """Safe keyframes: every frame whole-blurred until the video is analysed, then as ``policy`` says."""
    frames = []
    with media.video() as reader:
        for frame in reader.keyframes(count):
            control.check()
            frames.append(SheetFrame(frame.index, frame.seconds,
                                     qimage_copy(safe_frame(frame, media, video_detections, settings, 320, policy))))
    return frames


def safe_frame(frame, media, video_detections, settings: SafeViewSettings, max_side: int | None = None,
               policy: ViewingPolicy = ViewingPolicy()) -> np.ndarray:
    """One video frame as it may be shown under ``policy`` (``redact.render_view``, nothing uncovered),
    from the tracked regions at that frame."""
    from reviewer.ui.imaging import fit_within

    rgb = np.ascontiguousarray(frame.rgb)
    scale = rgb.shape[1] / max(1, media.width)
    regions = None if video_detections is None else video_detections.regions_at(frame.index)
    safe = policy_view(rgb, scaled_boxes(regions or (), scale), analysed=regions is not None, policy=policy,
                       settings=settings)
    return np.ascontiguousarray(fit_within(safe, max_side) if max_side else safe)


def video_frame(control: TaskControl, media, index: int, video_detections, settings: SafeViewSettings,
                policy: ViewingPolicy = ViewingPolicy()) -> Rendering:
    """Frame ``index`` of a video, safe under ``policy``, as a Rendering for the viewer."""
    with media.video() as reader:
        frame = reader.frame_at(index)
    control.check()
    rgb = safe_frame(frame, media, video_detections, settings, policy=policy)
    view = View(rgb, rgb.shape[1] / max(1, media.width), (media.width, media.height))
    return Rendering(rgb, view, video_detections is not None)
