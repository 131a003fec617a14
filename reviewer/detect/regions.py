"""Sensitive-region detector: our own pre- and post-processing around an ONNX YOLOv8 detector.

Differences from the ``nudenet`` wrapper, and why:
- the model gets RGB (the wrapper feeds BGR when given a path);
- the image is resized so its long side is the model input size and padded only up to a multiple
  of the stride (32), not to a square, so a portrait photo costs less and keeps its resolution;
- shrinking uses area interpolation (the wrapper's linear resize aliases large photos);
- the output is decoded with numpy in one pass and NMS is class-aware, so a face box never
  suppresses an overlapping body-part box of another label;
- boxes are mapped back to the full displayed image, whatever size was decoded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from reviewer.detect.registry import GROUPS, ModelEntry, load_session, model_entry
from reviewer.libraries import library_versions

if TYPE_CHECKING:
    from reviewer.media import Media

METHOD_ID = "detect.regions"
# 2: detect_media takes the reduced decode Media kept from ingest (libjpeg scaling to 480-512 px, then
# area shrink to the input size) instead of decoding the bytes a second time: same boxes (IoU >= 0.98 on
# the benchmark photos), scores may differ in the last digits.
METHOD_VERSION = "2"
PAD_VALUE = 114  # the letterbox grey YOLOv8 was trained with
SCORE_DIGITS = 4  # scores in JSON are rounded so that float noise never changes the bytes


@dataclass(frozen=True)
class Region:
    """A detected region in FULL displayed-image pixels (x1, y1 exclusive).

    ``group`` is one of GROUPS and is what the interface shows (a face never shows a gender);
    ``label`` is the model's raw label, kept for the record. ``score`` is a model score, not a verdict.
    """

    x0: int
    y0: int
    x1: int
    y1: int
    label: str
    group: str
    score: float

    @property
    def area(self) -> int:
        return max(0, self.x1 - self.x0) * max(0, self.y1 - self.y0)

    def to_json(self) -> dict[str, Any]:
        return {"x0": self.x0, "y0": self.y0, "x1": self.x1, "y1": self.y1, "label": self.label,
                "group": self.group, "score": self.score}

    @classmethod
    def from_json(cls, raw: dict) -> Region:
        return cls(int(raw["x0"]), int(raw["y0"]), int(raw["x1"]), int(raw["y1"]), str(raw["label"]),
                   str(raw["group"]), float(raw["score"]))


def iou(a: Region, b: Region) -> float:
    """Intersection over union of two regions (0 when either is empty)."""
    ix = max(0, min(a.x1, b.x1) - max(a.x0, b.x0))
    iy = max(0, min(a.y1, b.y1) - max(a.y0, b.y0))
    inter = ix * iy
    union = a.area + b.area - inter
    return inter / union if union > 0 else 0.0


@dataclass(frozen=True)
class Detections:
    """Regions found in one image, with the method record that makes the result reproducible."""

    regions: tuple[Region, ...]
    method: dict
    image_size: tuple[int, int] = (0, 0)  # (width, height) of the full displayed image

    def summary(self) -> dict[str, Any]:
        """Per group: region count and highest score (0 when none). Scores are cues, never verdicts."""
        out: dict[str, Any] = {}
        for group in GROUPS:
            scores = [r.score for r in self.regions if r.group == group]
            out[group] = {"count": len(scores), "max_score": max(scores) if scores else 0.0}
        return out

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "image_size": list(self.image_size),
                "regions": [r.to_json() for r in self.regions], "summary": self.summary()}


@dataclass
class _Letterbox:
    blob: np.ndarray  # 1x3xHxW float32, RGB in [0, 1]
    ratio: float  # model-input pixels per decoded pixel


def letterbox(rgb: np.ndarray, side: int, stride: int) -> _Letterbox:
    """Resize so the long side is ``side``, pad right/bottom with grey to a multiple of ``stride``."""
    import cv2

    height, width = rgb.shape[:2]
    ratio = side / max(height, width)
    new_w, new_h = max(1, round(width * ratio)), max(1, round(height * ratio))
    interpolation = cv2.INTER_AREA if ratio < 1 else cv2.INTER_LINEAR
    resized = cv2.resize(rgb, (new_w, new_h), interpolation=interpolation) if ratio != 1 else rgb
    pad_w, pad_h = math.ceil(new_w / stride) * stride, math.ceil(new_h / stride) * stride
    canvas = np.full((pad_h, pad_w, 3), PAD_VALUE, dtype=np.uint8)
    canvas[:new_h, :new_w] = resized
    blob = np.ascontiguousarray(canvas.transpose(2, 0, 1)[None], dtype=np.float32)
    blob *= 1.0 / 255.0
    return _Letterbox(blob, ratio)


class RegionDetector:
    """Finds sensitive regions with a model from the registry. The ONNX session is created once.

    ``threshold`` is the lowest score kept, ``iou`` the NMS overlap limit (per label), ``threads``
    the onnxruntime intra-op threads. Construction raises UnknownModel, ModelFileMissing or
    ModelIntegrityError (the model bytes do not match the manifest: nothing is loaded).
    ``detect`` may be called from several threads at once (onnxruntime sessions are thread-safe).
    """

    def __init__(self, model: str = "nudenet-320n", *, threshold: float = 0.25, iou: float = 0.45,
                 threads: int | None = None, entry: ModelEntry | None = None) -> None:
        self.entry = entry or model_entry(model)
        self.threshold = float(threshold)
        self.iou = float(iou)
        self.session = load_session(self.entry, threads=threads)
        self._input_name = self.session.get_inputs()[0].name

    @property
    def params(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "nms_iou": self.iou, "nms": "per-label",
                "input_long_side": max(self.entry.input_size), "stride": self.entry.stride,
                "pad": "right-bottom", "pad_value": PAD_VALUE, "channels": "RGB", "resize": "area"}

    def method(self, input_sha256: str = "") -> dict[str, Any]:
        return {"id": METHOD_ID, "version": METHOD_VERSION, "model": self.entry.name,
                "model_version": self.entry.version, "model_sha256": self.entry.sha256,
                "params": self.params, "input_sha256": input_sha256, "libraries": library_versions()}

    def detect(self, rgb: np.ndarray, *, full_size: tuple[int, int] | None = None,
               input_sha256: str = "") -> Detections:
        """Regions in ``rgb`` (HxWx3 uint8, RGB), in pixels of ``full_size`` (width, height).

        ``full_size`` is the size of the displayed image when ``rgb`` is a reduced decode of it
        (default: the array's own size). Raises ValueError for an array that is not HxWx3 uint8.
        """
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 1:
            raise ValueError(f"expected an HxWx3 uint8 RGB array, got {rgb.shape} {rgb.dtype}")
        height, width = rgb.shape[:2]
        full_w, full_h = full_size or (width, height)
        box = letterbox(rgb, max(self.entry.input_size), self.entry.stride)
        (output,) = self.session.run(None, {self._input_name: box.blob})
        regions = self._regions(output[0], box.ratio, full_w / width, full_h / height, full_w, full_h)
        return Detections(regions, self.method(input_sha256), (int(full_w), int(full_h)))

    def _regions(self, output: np.ndarray, ratio: float, sx: float, sy: float, full_w: int,
                 full_h: int) -> tuple[Region, ...]:
        import cv2

        rows = output.T  # [N, 4 + classes]
        class_scores = rows[:, 4:]
        class_ids = class_scores.argmax(axis=1)
        scores = class_scores[np.arange(len(rows)), class_ids]
        keep = scores >= self.threshold
        if not keep.any():
            return ()
        rows, class_ids, scores = rows[keep], class_ids[keep], scores[keep]
        cx, cy, w, h = (rows[:, i].astype(np.float64) for i in range(4))
        x0 = np.clip((cx - w / 2) / ratio * sx, 0, full_w)
        y0 = np.clip((cy - h / 2) / ratio * sy, 0, full_h)
        x1 = np.clip((cx + w / 2) / ratio * sx, 0, full_w)
        y1 = np.clip((cy + h / 2) / ratio * sy, 0, full_h)
        xywh = np.stack([x0, y0, x1 - x0, y1 - y0], axis=1)
        kept = cv2.dnn.NMSBoxesBatched(xywh.tolist(), scores.astype(float).tolist(), class_ids.tolist(),
                                       self.threshold, self.iou)
        regions = []
        for i in np.asarray(kept, dtype=int).reshape(-1):
            label = self.entry.labels[int(class_ids[i])]
            regions.append(Region(
                int(math.floor(x0[i])), int(math.floor(y0[i])), int(math.ceil(x1[i])), int(math.ceil(y1[i])),
                label, self.entry.group_of(label), round(float(scores[i]), SCORE_DIGITS)))
        regions = [r for r in regions if r.area > 0]
        # A stable order (score, then position) so that two runs write the same bytes.
        regions.sort(key=lambda r: (-r.score, r.label, r.x0, r.y0, r.x1, r.y1))
        return tuple(regions)

    def detect_media(self, media: Media) -> Detections:
        """Regions of a still image ``media``, decoded at the model input size (cheap for big photos).

        Raises NotAStillImage for a video, and the media package's errors when decoding fails.
        """
        from reviewer.detect.errors import NotAStillImage

        if media.kind != "image":
            raise NotAStillImage(f"{media.name} is a {media.kind}")
        # The model sees at most input-size pixels: Media serves them from the reduced decode it made at
        # ingest (no second decode of the bytes); larger model inputs decode the bytes at 1/2..1/8 scale.
        decoded = media.decode(max_side=max(self.entry.input_size))
        return self.detect(decoded.rgb, full_size=(media.width, media.height), input_sha256=media.sha256)
