"""Analyse stored media as the window does, recording only what the case lacks (``reviewer analyse``).

For each media: the sensitive-region detection (an ``analysis.run`` with the detector's method) and,
for a still image, the forensic heatmaps (an ``analysis.run`` listing its maps). An analysis already
recorded with the same method, version and model is reused, never run or recorded again; the stored
bytes are read back and decoded only when something has to be computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from reviewer.casework.pipeline import MediaProgress, Step, next_step
from reviewer.casework.service import CaseService, current_heatmaps_method


@dataclass
class MediaAnalysis:
    """What analysing one stored media gave: the regions (images), the maps, and the records appended."""

    media_id: str
    name: str
    kind: str
    detections: Any = None            # reviewer.detect.Detections (images)
    video: Any = None                 # reviewer.detect.VideoDetections (videos analysed now)
    heatmaps: list = field(default_factory=list)
    recorded: list[str] = field(default_factory=list)   # "detection", "heatmaps": records appended now
    reused: list[str] = field(default_factory=list)     # the same, read from earlier records
    skipped: str | None = None        # "purged": nothing left to analyse


def analyse_media(service: CaseService, case_id: str, media_id: str, detector: Any, *, heatmaps: bool = True,
                  media: Any = None) -> MediaAnalysis:
    """Bring one stored media's analyses up to date (see the module's docstring). ``detector``: a
    ``RegionDetector``. ``media``: its ``Media`` when already in memory (else read back when needed).
    Raises the typed errors of reading (``TamperedVault``, ``MediaPurged``), decoding and detection."""
    from reviewer.detect.heatmaps import heatmaps_for
    from reviewer.detect.video import detect_video

    item = service.case(case_id).get(media_id)
    if item is None:
        from reviewer.casework.errors import MediaNotInCase

        raise MediaNotInCase(media=media_id[:12])
    out = MediaAnalysis(media_id, item.name, item.kind)
    if item.purged:
        out.skipped = "purged"
        return out
    progress = MediaProgress(media_id=media_id, kind=item.kind, described=True)
    method = detection_method(detector, item.kind)
    while True:
        step = next_step(progress, service.case(case_id).get(media_id), detection_method=method,
                         heatmaps_method=current_heatmaps_method(), want_heatmaps=heatmaps)
        if step is Step.DONE:
            return out
        if step in (Step.DETECT, Step.DETECT_UNRECORDED, Step.HEATMAPS) and media is None:
            media = _describe(service, media_id, item.name)
        if step is Step.REUSE_DETECTION:
            out.detections = service.recorded_detections(case_id, media_id)
            out.reused.append("detection")
            progress = progress.with_(detected=True)
        elif step in (Step.DETECT, Step.DETECT_UNRECORDED):
            if item.kind == "video":
                out.video = detect_video(media, detector)
                found, summary = out.video, out.video.to_json()
            else:
                out.detections = found = detector.detect_media(media)
                summary = found.to_json()
            if service.record_detection(case_id, media_id, found.method, summary) is not None:
                out.recorded.append("detection")
            else:
                out.reused.append("detection")
            progress = progress.with_(detected=True)
        elif step is Step.REUSE_HEATMAPS:
            out.heatmaps = service.recorded_heatmaps(case_id, media_id) or []
            out.reused.append("heatmaps")
            progress = progress.with_(heatmaps=True)
        elif step is Step.HEATMAPS:
            maps = heatmaps_for(media, out.detections)
            out.heatmaps = maps
            if service.record_heatmaps(case_id, media_id, maps) is not None:
                out.recorded.append("heatmaps")
            progress = progress.with_(heatmaps=True)
        else:  # pragma: no cover - READ_FILE / READ_BACK / STORE cannot follow a stored, described media
            raise AssertionError(step)


def detection_method(detector: Any, kind: str) -> dict:
    """The method a detection of a ``kind`` ("image" or "video") media by ``detector`` would record, as far as
    ``method_identity`` looks at it (id, version, model, threshold): what a recorded detection is compared with."""
    from reviewer.detect import video

    method = dict(detector.method())
    if kind == "video":
        method.update(id=video.METHOD_ID, version=video.METHOD_VERSION)
    return method


def analyse_case(service: CaseService, case_id: str, detector: Any, media_ids: Sequence[str] | None = None, *,
                 heatmaps: bool = True, progress: Callable[[int, int, MediaAnalysis], None] | None = None
                 ) -> list[MediaAnalysis]:
    """``analyse_media`` for ``media_ids`` (default: every media of the case not purged), in order;
    ``progress(done, total, result)`` after each."""
    ids = list(media_ids) if media_ids else service.open_case(case_id).media_ids()
    results = []
    for done, media_id in enumerate(ids, start=1):
        result = analyse_media(service, case_id, media_id, detector, heatmaps=heatmaps)
        results.append(result)
        if progress is not None:
            progress(done, len(ids), result)
    return results


def _describe(service: CaseService, media_id: str, name: str) -> Any:
    """The stored media read back and described (``CaseService.stored``): an image's bytes checked against
    their signed SHA-256; a video rebuilt from its record over its encrypted store, never whole in memory."""
    return service.stored(media_id).describe()
