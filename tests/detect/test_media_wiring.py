"""The detect entry points on real Media objects from reviewer.media (ingest of files made here)."""

import json

import cv2
import numpy as np
import pytest

from reviewer.detect import AlignmentFailed, RegionDetector, compare_with_reference, heatmaps_for
from reviewer.detect.errors import NotAStillImage
from reviewer.detect.regions import iou
from reviewer.media import ingest, ingest_bytes

from .conftest import SAMPLES, sample_rgb


def as_media(rgb: np.ndarray, name: str, quality: int | None = None):
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    if quality is None:
        ok, data = cv2.imencode(".png", bgr)
    else:
        ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return ingest_bytes(data.tobytes(), name)


def test_detect_media_decodes_a_large_photo_small_and_reports_full_size_boxes(detector):
    big = cv2.resize(sample_rgb("astronaut.png"), (3000, 3000), interpolation=cv2.INTER_CUBIC)
    media = as_media(big, "big.jpg", quality=92)
    found = detector.detect_media(media)
    direct = detector.detect(big)
    assert found.image_size == (3000, 3000)
    assert found.method["input_sha256"] == media.sha256
    face, reference = found.regions[0], direct.regions[0]
    assert face.group == "face" and face.label == reference.label and iou(face, reference) > 0.9


def test_a_12_megapixel_photo_is_detected_from_the_decode_kept_at_ingest(detector):
    from reviewer.media import decode_image

    big = cv2.resize(sample_rgb("astronaut.png"), (4000, 3000), interpolation=cv2.INTER_CUBIC)
    media = as_media(big, "big.jpg", quality=90)
    served = media.decode(max_side=320)
    assert served.rgb.shape == (240, 320, 3) and not served.rgb.flags.writeable  # from the kept decode
    found = detector.detect_media(media)
    assert found.method["version"] == "2"
    # The same boxes as from a separate decode of the bytes (the path before the kept decode) and
    # as from the full-resolution pixels.
    separate = detector.detect(decode_image(media.data, max_side=320).rgb, full_size=(4000, 3000))
    full = detector.detect(big)
    for reference in (separate, full):
        strong = [r for r in reference.regions if r.score > 0.5]
        assert strong
        assert sorted(r.label for r in found.regions if r.score > 0.5) == sorted(r.label for r in strong)
        for region in strong:
            assert max(iou(region, mine) for mine in found.regions if mine.label == region.label) > 0.9
    assert json.dumps(found.to_json()) == json.dumps(detector.detect_media(media).to_json())


def test_heatmaps_for_a_jpeg_media_include_double_jpeg_and_ela_at_a_fixed_quality_and_are_repeatable(detector):
    media = as_media(sample_rgb("coffee.png"), "coffee.jpg", quality=80)
    detections = detector.detect_media(media)
    first = heatmaps_for(media, detections)
    assert [h.id for h in first] == ["region_density", "noise_residual", "noise_variance", "double_jpeg", "ela",
                                     "jpeg_ghost"]
    assert first[4].params["quality"] == 90  # ELA resaves at the documented quality, not the file's (80)
    assert first[5].params["file_quality"] == 80
    assert all(h.method["input_sha256"] == media.sha256 for h in first)
    assert first[0].method["model_sha256"] == detections.method["model_sha256"]
    second = heatmaps_for(media, detections)
    assert [h.to_png_bytes() for h in first] == [h.to_png_bytes() for h in second]
    assert [json.dumps(h.to_json(), sort_keys=True) for h in first] == [
        json.dumps(h.to_json(), sort_keys=True) for h in second]
    png = ingest(SAMPLES / "astronaut.png")
    assert "ela" not in [h.id for h in heatmaps_for(png)]


def test_compare_with_reference_on_media_reports_pdq_distance_and_the_pasted_box():
    original_rgb = sample_rgb("astronaut.png")
    suspect_rgb = cv2.resize(original_rgb, (768, 768), interpolation=cv2.INTER_CUBIC)  # upscaled copy
    suspect_rgb[450:630, 225:405] = cv2.resize(sample_rgb("rocket.jpg"), (180, 180))
    original, suspect = as_media(original_rgb, "original.png"), as_media(suspect_rgb, "suspect.jpg", 90)
    result = compare_with_reference(suspect, original)
    assert result.pdq_distance is not None and result.pdq_distance <= 128
    assert result.method["input_sha256"] == suspect.sha256 and result.method["reference_sha256"] == original.sha256
    assert len(result.changed_boxes) == 1  # the paste, and no spurious strips along the frame edges
    x0, y0, x1, y1 = result.changed_boxes[0]
    assert abs(x0 - 225) < 20 and abs(y0 - 450) < 20 and abs(x1 - 405) < 20 and abs(y1 - 630) < 20
    assert abs(result.homography[0][0] - 1.5) < 0.01  # original pixels -> 1.5x larger suspect pixels


def test_comparing_with_a_video_or_an_unrelated_photo_is_refused():
    video = ingest(SAMPLES.parent.parent / "tests" / "data" / "video" / "chair-19-sd-bar.mp4")
    photo = ingest(SAMPLES / "coffee.png")
    with pytest.raises(NotAStillImage):
        compare_with_reference(video, photo)
    with pytest.raises(AlignmentFailed):
        compare_with_reference(ingest(SAMPLES / "chelsea.png"), photo)


def test_a_user_manifest_in_the_data_folder_is_read(tmp_path, monkeypatch):
    import shutil

    from reviewer.detect import load_manifest
    from reviewer.paths import user_data_dir

    entry = load_manifest()["nudenet-320n"]
    folder = user_data_dir() / "models"
    folder.mkdir(parents=True)
    shutil.copy(entry.path, folder / "ours.onnx")
    (folder / "manifest.json").write_text(json.dumps({"models": [{
        "name": "org-vetted", "version": "2", "file": "ours.onnx", "sha256": entry.sha256, "licence": "AGPL-3.0",
        "labels": list(entry.labels), "groups": entry.groups}]}))
    assert load_manifest()["org-vetted"].path == (folder / "ours.onnx").resolve()
    assert RegionDetector("org-vetted").detect(sample_rgb("astronaut.png")).regions[0].group == "face"
