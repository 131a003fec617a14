"""Model registry, sensitive-region detector, forensic heatmaps, reference comparison. No Qt.

Importing this package is cheap: onnxruntime and OpenCV load when a detector or a map is made.
"""

from reviewer.detect.errors import AlignmentFailed, DetectError, ModelIntegrityError
from reviewer.detect.registry import GROUPS, ModelEntry, load_manifest
from reviewer.detect.regions import Detections, Region, RegionDetector
from reviewer.detect.heatmaps import Heatmap, heatmaps_for

__all__ = ["AlignmentFailed", "DetectError", "Detections", "GROUPS", "ModelEntry", "ModelIntegrityError",
           "Heatmap", "Region", "RegionDetector", "heatmaps_for", "load_manifest"]
