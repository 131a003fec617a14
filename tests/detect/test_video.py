"""Video regions: detection on sampled frames of a real video, and boxes carried to every frame."""

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from reviewer.detect import Region, VideoDetections, detect_video
from reviewer.detect.errors import NotAVideo
from reviewer.detect.video import Sample
from reviewer.media import ingest

from .conftest import SAMPLES, sample_rgb

VIDEO = Path(__file__).resolve().parent.parent / "data" / "video" / "chair-19-sd-bar.mp4"


def face(x0, y0, x1, y1, score=0.8, label="FACE_FEMALE"):
    return Region(x0, y0, x1, y1, label, "face", score)


def test_boxes_move_linearly_between_paired_samples_and_are_padded():
    video = VideoDetections((Sample(0, 0.0, (face(100, 100, 200, 200),)),
                             Sample(10, 0.5, (face(120, 100, 220, 200),))), 20, 640, 480)
    (middle,) = video.regions_at(5)
    # Halfway: x 110..210, padded by 10 % of the 100-px width (5 px each side).
    assert (middle.x0, middle.y0, middle.x1, middle.y1) == (105, 95, 215, 205)
    assert video.regions_at(0)[0].x0 == 95 and video.regions_at(10)[0].x0 == 115
    assert video.regions_at(19)[0].x0 == 115  # after the last sample: held


def test_unpaired_boxes_are_held_across_the_interval_so_every_frame_is_covered():
    video = VideoDetections((Sample(0, 0.0, (face(0, 0, 50, 50),)),
                             Sample(10, 0.5, (face(300, 300, 350, 350), Region(10, 10, 40, 40, "BELLY_EXPOSED", "other", 0.4)))),
                            11, 640, 480)
    for index in range(1, 10):
        boxes = video.regions_at(index)
        assert len(boxes) == 3  # the vanished face, the new face, and the new belly box
        assert {b.label for b in boxes} == {"FACE_FEMALE", "BELLY_EXPOSED"}


def test_a_real_video_is_sampled_twice_a_second_and_every_frame_gets_regions(detector, tmp_path):
    media = ingest(VIDEO)
    result = detect_video(media, detector)
    seconds = [s.seconds for s in result.samples]
    assert seconds[0] == 0.0
    assert all(0.45 <= b - a <= 0.55 for a, b in zip(seconds, seconds[1:]))
    assert len(result.samples) == pytest.approx(media.duration_s * 2, abs=1.5)
    summary = result.summary()
    assert summary["frame_count"] == media.frame_count and summary["sampled_frames"] == len(result.samples)
    assert all(isinstance(result.regions_at(i), tuple) for i in range(media.frame_count))
    assert result.method["input_sha256"] == media.sha256 and result.method["params"]["per_second"] == 2.0
    again = detect_video(media, detector)
    assert json.dumps(result.to_json(), sort_keys=True) == json.dumps(again.to_json(), sort_keys=True)


def test_a_face_in_a_video_is_carried_to_every_frame(detector, tmp_path):
    # A short clip made here: the astronaut portrait sliding right by 2 px per frame, 10 fps.
    path = tmp_path / "slide.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10.0, (640, 512))
    portrait = cv2.cvtColor(sample_rgb("astronaut.png"), cv2.COLOR_RGB2BGR)
    for i in range(20):
        canvas = np.zeros((512, 640, 3), np.uint8)
        canvas[:, 2 * i: 2 * i + 512] = portrait
        writer.write(canvas)
    writer.release()
    media = ingest(path)
    result = detect_video(media, detector)
    assert [s.index for s in result.samples] == [0, 5, 10, 15]
    for index in range(media.frame_count):
        faces = [r for r in result.regions_at(index) if r.group == "face"]
        assert faces, index
        # The true face moves with the slide: its left edge is near 173 + 2*index.
        assert abs(faces[0].x0 + 5 - (173 + 2 * index)) < 12, (index, faces[0])
    assert result.summary()["groups"]["face"]["sampled_frames"] == 4


def test_a_still_image_is_refused_by_detect_video(detector):
    with pytest.raises(NotAVideo):
        detect_video(ingest(SAMPLES / "coffee.png"), detector)


def test_a_variable_frame_rate_video_is_sampled_by_presentation_time(detector, data_dir):
    """1 s at 30 fps then 2 s at 10 fps (tests/data/synthetic): samples every half second of presentation time,
    so the index step changes from 15 frames to 5 where the rate changes; every frame, to the last, has regions."""
    media = ingest(data_dir / "synthetic" / "vfr-30-then-10fps.mp4")
    result = detect_video(media, detector)
    assert [(s.index, round(s.seconds, 3)) for s in result.samples] == [
        (0, 0.0), (15, 0.5), (30, 1.0), (35, 1.5), (40, 2.0), (45, 2.5)]
    assert result.summary()["frame_count"] == media.frame_count == 50
    assert all(isinstance(result.regions_at(i), tuple) for i in range(media.frame_count))


def test_a_cut_video_is_sampled_over_the_part_it_holds(detector, data_dir):
    """A partial download (the first 30 % of a real MP4): detection runs over the frames it holds, no further."""
    data = (data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes()
    from reviewer.media import ingest_bytes

    media = ingest_bytes(data[: int(len(data) * 0.3)], "partial.mp4")
    result = detect_video(media, detector)
    assert result.samples[-1].index < media.frame_count < 564
    assert result.summary()["frame_count"] == media.frame_count
    assert len(result.samples) == pytest.approx(media.duration_s * 2, abs=1)
