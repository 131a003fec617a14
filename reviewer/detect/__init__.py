"""Model registry, sensitive-region detector, forensic heatmaps, reference comparison. No Qt.

Importing this package is cheap: each name below loads its module on first use (PEP 562), and
onnxruntime and OpenCV load when a detector or a map is made. ``reviewer scan`` needs only the
registry and the detector to start building its model session; the rest loads while it builds.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "Comparison": "compare", "compare_with_reference": "compare",
    "AlignmentFailed": "errors", "DetectError": "errors", "ModelIntegrityError": "errors",
    "ReferenceNotSamePhoto": "errors",
    "Heatmap": "heatmaps", "heatmaps_for": "heatmaps",
    "GROUPS": "registry", "ModelEntry": "registry", "load_manifest": "registry",
    "Detections": "regions", "Region": "regions", "RegionDetector": "regions",
    "VideoDetections": "video", "detect_video": "video",
}

__all__ = sorted(_HOME)

if TYPE_CHECKING:
    from reviewer.detect.compare import Comparison, compare_with_reference
    from reviewer.detect.errors import AlignmentFailed, DetectError, ModelIntegrityError, ReferenceNotSamePhoto
    from reviewer.detect.heatmaps import Heatmap, heatmaps_for
    from reviewer.detect.registry import GROUPS, ModelEntry, load_manifest
    from reviewer.detect.regions import Detections, Region, RegionDetector
    from reviewer.detect.video import VideoDetections, detect_video


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
