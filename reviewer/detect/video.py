"""Sensitive regions in a video: detection on sampled frames, boxes carried to every frame between.

Boxes of neighbouring samples are paired when they have the same label and overlap (IoU >= 0.3);
paired boxes move linearly between the two samples; unpaired ones are held over the whole interval
(a region that appears or vanishes stays blurred for the half-second around it: over-blurring is the
safe error). Every carried box is padded by PAD of its size, as motion between samples is unknown.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reviewer.detect.errors import NotAVideo
from reviewer.detect.registry import GROUPS
from reviewer.detect.regions import Region, iou

if TYPE_CHECKING:
    from reviewer.detect.regions import RegionDetector
    from reviewer.media import Media

METHOD_ID = "detect.video_regions"
METHOD_VERSION = "1"
MATCH_IOU = 0.3
PAD = 0.1


@dataclass(frozen=True)
class Sample:
    index: int
    seconds: float
    regions: tuple[Region, ...]


@dataclass(frozen=True)
class VideoDetections:
    """Detections on sampled frames of a video of ``frame_count`` frames, ``width`` x ``height``."""

    samples: tuple[Sample, ...]
    frame_count: int
    width: int
    height: int
    method: dict = field(default_factory=dict)

    def _pad(self, region: Region) -> Region:
        dx, dy = PAD * (region.x1 - region.x0) / 2, PAD * (region.y1 - region.y0) / 2
        return Region(max(0, int(region.x0 - dx)), max(0, int(region.y0 - dy)),
                      min(self.width, int(region.x1 + dx + 0.999)), min(self.height, int(region.y1 + dy + 0.999)),
                      region.label, region.group, region.score)

    def regions_at(self, frame_index: int) -> tuple[Region, ...]:
        """Regions to blur on frame ``frame_index`` (padded; interpolated or held between samples)."""
        if not self.samples:
            return ()
        indices = [s.index for s in self.samples]
        pos = bisect.bisect_right(indices, frame_index)
        if pos == 0:
            return tuple(self._pad(r) for r in self.samples[0].regions)
        before = self.samples[pos - 1]
        if before.index == frame_index or pos == len(self.samples):
            return tuple(self._pad(r) for r in before.regions)
        after = self.samples[pos]
        t = (frame_index - before.index) / (after.index - before.index)
        out: list[Region] = []
        unused = list(after.regions)
        for region in before.regions:
            candidates = [(iou(region, other), i) for i, other in enumerate(unused) if other.label == region.label]
            best = max(candidates, default=(0.0, -1))
            if best[0] >= MATCH_IOU:
                other = unused.pop(best[1])
                out.append(Region(
                    round(region.x0 + t * (other.x0 - region.x0)), round(region.y0 + t * (other.y0 - region.y0)),
                    round(region.x1 + t * (other.x1 - region.x1)), round(region.y1 + t * (other.y1 - region.y1)),
                    region.label, region.group, max(region.score, other.score)))
            else:
                out.append(region)
        out.extend(unused)
        return tuple(self._pad(r) for r in out)

    def summary(self) -> dict[str, Any]:
        """Per group: sampled frames showing it, highest score, first time seen (seconds)."""
        groups: dict[str, Any] = {}
        for group in GROUPS:
            hits = [(s, max(r.score for r in s.regions if r.group == group)) for s in self.samples
                    if any(r.group == group for r in s.regions)]
            groups[group] = {"sampled_frames": len(hits), "max_score": max((h[1] for h in hits), default=0.0),
                             "first_seconds": round(hits[0][0].seconds, 3) if hits else None}
        return {"sampled_frames": len(self.samples), "frame_count": self.frame_count,
                "frames_with_regions": sum(1 for s in self.samples if s.regions), "groups": groups}

    def to_json(self) -> dict[str, Any]:
        return {"method": self.method, "summary": self.summary(),
                "samples": [{"index": s.index, "seconds": round(s.seconds, 3),
                             "regions": [r.to_json() for r in s.regions]} for s in self.samples]}


def detect_video(media: Media, detector: RegionDetector, *, per_second: float = 2.0) -> VideoDetections:
    """Run ``detector`` on ``per_second`` frames per second of video ``media`` (always frame 0 too).

    Raises NotAVideo for a still image and the media package's errors for unreadable videos.
    """
    if media.kind != "video":
        raise NotAVideo(f"{media.name} is a {media.kind}")
    samples = []
    with media.video() as reader:
        for frame in reader.frames(every_s=1.0 / per_second):
            found = detector.detect(frame.rgb, full_size=(reader.width, reader.height), input_sha256=media.sha256)
            samples.append(Sample(frame.index, frame.seconds, found.regions))
        width, height, count = reader.width, reader.height, reader.frame_count
    method = detector.method(media.sha256)
    method = {**method, "id": METHOD_ID, "version": METHOD_VERSION,
              "params": {**method["params"], "per_second": per_second, "match_iou": MATCH_IOU, "pad": PAD,
                         "between_samples": "linear when paired by label and IoU, else held"}}
    return VideoDetections(tuple(samples), count, width, height, method)
