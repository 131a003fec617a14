"""The sensitive-region detector: agreement with nudenet's own wrapper, geometry, integrity, determinism."""

import json
import shutil

import numpy as np
import pytest
from nudenet import NudeDetector

from reviewer.detect import GROUPS, ModelIntegrityError, RegionDetector, Region, load_manifest
from reviewer.detect.errors import ModelFileMissing, UnknownModel
from reviewer.detect.regions import iou

from .conftest import sample_rgb

PHOTOS = ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"]


@pytest.fixture(scope="module")
def nudenet_wrapper():
    return NudeDetector()


def as_region(d: dict) -> Region:
    x, y, w, h = d["box"]
    return Region(x, y, x + w, y + h, d["class"], "", d["score"])


@pytest.mark.parametrize("name", PHOTOS)
def test_boxes_agree_with_the_nudenet_wrapper_given_an_rgb_array(name, detector, nudenet_wrapper):
    # NudeDetector.detect(ndarray) swaps RGB->BGR, then blobFromImage(swapRB=True) swaps back: the model
    # sees RGB, as in ours. Its path input feeds BGR, so it is not the reference here.
    rgb = sample_rgb(name)
    ours = [r for r in detector.detect(rgb).regions if r.score > 0.5]
    theirs = [as_region(d) for d in nudenet_wrapper.detect(rgb.copy()) if d["score"] > 0.5]
    assert sorted(r.label for r in ours) == sorted(r.label for r in theirs)
    for mine in ours:
        best = max(iou(mine, other) for other in theirs if other.label == mine.label)
        assert best >= 0.8, (name, mine, theirs)


def test_the_astronauts_face_is_found_and_shown_without_gender(detector):
    regions = detector.detect(sample_rgb("astronaut.png")).regions
    faces = [r for r in regions if r.group == "face"]
    assert faces and faces[0].score > 0.5
    face = faces[0]
    # The face of Eileen Collins in the 512x512 portrait is roughly at x 175-270, y 85-180.
    assert iou(face, Region(175, 85, 270, 180, "", "", 0)) > 0.7
    assert face.label in ("FACE_FEMALE", "FACE_MALE")  # raw label kept for the record
    assert face.group == "face" and "male" not in face.group  # what the interface shows: no gender


def test_boxes_are_in_full_image_pixels_when_given_a_reduced_decode(detector):
    import cv2

    rgb = sample_rgb("astronaut.png")
    big = cv2.resize(rgb, (2048, 2048), interpolation=cv2.INTER_CUBIC)
    full = detector.detect(big).regions
    reduced = detector.detect(rgb, full_size=(2048, 2048)).regions
    assert full and reduced
    assert full[0].label == reduced[0].label and iou(full[0], reduced[0]) > 0.9
    assert full[0].x1 > 900  # in 2048-pixel coordinates, not 512


def test_a_portrait_image_is_padded_only_to_a_multiple_of_32():
    from reviewer.detect.regions import letterbox

    box = letterbox(np.zeros((1000, 500, 3), np.uint8), 320, 32)
    assert box.blob.shape == (1, 3, 320, 160)
    box = letterbox(np.zeros((300, 451, 3), np.uint8), 320, 32)
    assert box.blob.shape == (1, 3, 224, 320)


def test_every_region_has_a_known_group_and_the_method_names_the_model(detector):
    entry = load_manifest()["nudenet-320n"]
    result = detector.detect(sample_rgb("coffee.png"), input_sha256="ab" * 32)
    assert all(r.group in GROUPS for r in result.regions)
    assert result.method["model_sha256"] == entry.sha256
    assert result.method["input_sha256"] == "ab" * 32
    assert result.method["params"]["channels"] == "RGB"


def test_two_runs_give_byte_identical_json(detector):
    rgb = sample_rgb("astronaut.png")
    first = json.dumps(detector.detect(rgb).to_json(), sort_keys=True)
    second = json.dumps(RegionDetector(threads=1).detect(rgb).to_json(), sort_keys=True)
    assert first == second


def _manifest_for(tmp_path, model_file, sha256, name="org-model"):
    entry = load_manifest()["nudenet-320n"]
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"format": 1, "models": [{
        "name": name, "version": "1", "file": model_file, "sha256": sha256, "licence": "AGPL-3.0",
        "labels": list(entry.labels), "groups": entry.groups, "input_size": [320, 320]}]}))
    return manifest


def test_a_model_whose_bytes_were_altered_is_refused(tmp_path, monkeypatch):
    entry = load_manifest()["nudenet-320n"]
    data = bytearray(entry.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "altered.onnx").write_bytes(bytes(data))
    manifest = _manifest_for(tmp_path, "altered.onnx", entry.sha256)
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(manifest))
    with pytest.raises(ModelIntegrityError) as caught:
        RegionDetector("org-model")
    assert caught.value.code == "model_integrity"
    assert "org-model" in caught.value.message and "changed or damaged" in caught.value.message


def test_an_organisation_can_add_its_own_model_with_a_manifest_entry(tmp_path, monkeypatch, detector):
    entry = load_manifest()["nudenet-320n"]
    shutil.copy(entry.path, tmp_path / "vetted.onnx")
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(_manifest_for(tmp_path, "vetted.onnx", entry.sha256)))
    theirs = RegionDetector("org-model").detect(sample_rgb("astronaut.png"))
    assert theirs.method["model"] == "org-model"
    assert [r.to_json() for r in theirs.regions] == [
        r.to_json() for r in detector.detect(sample_rgb("astronaut.png")).regions]


def test_a_missing_or_unknown_model_is_a_typed_error(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(_manifest_for(tmp_path, "absent.onnx", "0" * 64)))
    with pytest.raises(ModelFileMissing):
        RegionDetector("org-model")
    with pytest.raises(UnknownModel):
        RegionDetector("no-such-model")
