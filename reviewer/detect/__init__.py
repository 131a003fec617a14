"""Model registry, sensitive-region detector, forensic heatmaps, reference comparison. No Qt.

Importing this package is cheap: onnxruntime and OpenCV load when a detector or a map is made.
"""

from reviewer.detect.errors import AlignmentFailed, DetectError, ModelIntegrityError
from reviewer.detect.registry import GROUPS, ModelEntry, load_manifest
from reviewer.detect.regions import Detections, Region, RegionDetector

__all__ = ["AlignmentFailed", "DetectError", "Detections", "GROUPS", "ModelEntry", "ModelIntegrityError",
           "Region", "RegionDetector", "load_manifest"]
