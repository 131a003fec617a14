"""Model registry, sensitive-region detector, forensic heatmaps, reference comparison. No Qt.

Importing this package is cheap: onnxruntime and OpenCV load when a detector or a map is made.
"""

from reviewer.detect.compare import Comparison, compare_with_reference
from reviewer.detect.errors import AlignmentFailed, DetectError, ModelIntegrityError
from reviewer.detect.heatmaps import Heatmap, heatmaps_for
from reviewer.detect.registry import GROUPS, ModelEntry, load_manifest
from reviewer.detect.regions import Detections, Region, RegionDetector
from reviewer.detect.video import VideoDetections, detect_video

__all__ = ["AlignmentFailed", "Comparison", "DetectError", "Detections", "GROUPS", "Heatmap", "ModelEntry",
           "ModelIntegrityError", "Region", "RegionDetector", "VideoDetections", "compare_with_reference",
           "detect_video", "heatmaps_for", "load_manifest"]
