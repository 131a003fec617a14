"""The forensic cues on the small evaluation set (bench/forensics_set.py: real photos, undress-like edits
with exact masks), through the public entry points: the double-quantisation map finds edits pasted into a
JPEG photo saved once, knows when it has nothing to read, and only maps that earn it are shown by default."""

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from reviewer.detect import heatmaps_for
from reviewer.detect.cues import DEFAULT_MIN_AUC, cue_texts
from reviewer.media import ingest_bytes

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


fs = _load("forensics_set")
bench = _load("forensics_bench")


@pytest.fixture(scope="module")
def small_set():
    return fs.small_set()


@pytest.fixture(scope="module")
def maps_of(small_set):
    return {case.name: {h.id: h for h in heatmaps_for(ingest_bytes(case.data, case.name))} for case in small_set}


def test_the_set_is_deterministic_and_masks_are_torso_sized(small_set):
    again = fs.small_set()
    assert [c.data for c in again] == [c.data for c in small_set]
    for case in small_set:
        share = case.mask.mean()
        assert (0.08 < share < 0.2) if case.edited else share == 0


def test_double_quantisation_finds_edits_pasted_into_a_jpeg_photo_saved_once(small_set, maps_of):
    aucs = []
    for case in small_set:
        if case.condition != "jpeg95":
            assert "double_jpeg" not in maps_of[case.name]  # a PNG has no quantisation to read
            continue
        heatmap = maps_of[case.name]["double_jpeg"]
        assert heatmap.params["earlier_grid"] and heatmap.tier == "default"
        if case.edited:
            aucs.append(bench.pixel_auc(heatmap.values, bench.mask_at(case.mask, heatmap.values.shape)))
        else:  # the untouched photo saved twice: dark, nearly everywhere
            assert (heatmap.values >= 0.5).mean() < 0.05
    print(f"double_jpeg pixel AUC on single-save JPEG edits: {np.round(aucs, 3)}")
    assert len(aucs) == 4 and min(aucs) >= 0.85


@pytest.mark.parametrize("condition", ["jpeg90_75", "resize60_q80", "crop_resize_q85"])
def test_double_quantisation_says_it_has_nothing_to_read_after_platform_processing(condition):
    """A second, lower-quality save, a resize or a crop erase the earlier grid: the map is black and
    moves to the expert section with a note saying why, instead of showing noise as a finding."""
    case = fs.build(photos=(0,), edits=("splice",), conditions=(condition,), controls=False)[0]
    heatmap = {h.id: h for h in heatmaps_for(ingest_bytes(case.data, case.name))}["double_jpeg"]
    assert not heatmap.params["earlier_grid"]
    assert heatmap.tier == "expert" and float(heatmap.values.max()) == 0.0
    texts = cue_texts("double_jpeg", heatmap.params)
    assert texts["tier"] == "expert" and "earlier JPEG save" in texts["note"]


def test_a_single_save_camera_jpeg_has_no_earlier_grid():
    media = ingest_bytes(fs.camera_jpeg(2), "camera.jpg")
    heatmap = {h.id: h for h in heatmaps_for(media)}["double_jpeg"]
    assert not heatmap.params["earlier_grid"] and heatmap.tier == "expert"


def test_maps_shown_by_default_earn_it_on_the_pictures_they_are_shown_for(small_set, maps_of):
    shown: dict[str, list[float]] = {}
    for case in small_set:
        if not case.edited:
            continue
        for heatmap in maps_of[case.name].values():
            if heatmap.tier == "default":
                auc = bench.pixel_auc(heatmap.values, bench.mask_at(case.mask, heatmap.values.shape))
                shown.setdefault(heatmap.id, []).append(auc)
    print({k: round(float(np.mean(v)), 3) for k, v in shown.items()})
    assert set(shown) == {"double_jpeg"}  # the noise maps, ELA and ghosts are expert maps
    assert all(np.mean(v) >= DEFAULT_MIN_AUC for v in shown.values())


def test_every_map_result_records_method_version_parameters_and_libraries_and_repeats_byte_for_byte(small_set):
    case = next(c for c in small_set if c.condition == "jpeg95" and c.edited)
    first = heatmaps_for(ingest_bytes(case.data, case.name))
    second = heatmaps_for(ingest_bytes(case.data, case.name))
    for a, b in zip(first, second, strict=True):
        record = a.to_json()
        assert record["method"]["id"] == f"heatmap.{a.id}" and record["method"]["version"]
        assert record["params"] and {"numpy", "opencv-python-headless"} <= set(record["method"]["libraries"])
        assert json.dumps(record, sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)
        assert a.to_png_bytes() == b.to_png_bytes()


def test_every_cue_explains_itself_with_its_measured_figures_in_plain_words():
    from reviewer.detect.cues import CUES

    for cue_id in CUES:
        texts = cue_texts(cue_id, {"earlier_grid": True})
        assert texts["name"] and texts["meaning"] and texts["limits"]
        if CUES[cue_id].measured is not None:
            assert "pixel AUC" in texts["measured"] and "chance" in texts["measured"]
    assert "about as often as chance" in cue_texts("noise_variance")["measured"]


def test_double_quantisation_reads_the_stored_grid_of_a_rotated_phone_photo():
    """A phone stores the picture sideways with EXIF orientation 6: the 8x8 grid is the stored one, the map
    must still land on the edit as the picture is displayed."""
    import io

    from PIL import Image

    from reviewer.detect.double_jpeg import to_displayed, to_stored

    photo = fs.decoded(fs.camera_jpeg(0))
    stored_camera = fs.decoded(fs.jpeg_bytes(to_stored(photo, 6), 85))  # the phone's own save, sideways
    shown = to_displayed(stored_camera, 6)
    mask = fs.torso_mask(shown.shape, np.random.default_rng(3))
    edited = fs.edited(shown, mask, "splice", fs.decoded(fs.camera_jpeg(1)), np.random.default_rng(3))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    Image.fromarray(to_stored(edited, 6)).save(out, "JPEG", quality=95, exif=exif.tobytes())
    media = ingest_bytes(out.getvalue(), "phone.jpg")
    assert (media.width, media.height) == (shown.shape[1], shown.shape[0])
    heatmap = {h.id: h for h in heatmaps_for(media)}["double_jpeg"]
    assert heatmap.params["orientation"] == 6 and heatmap.params["earlier_grid"]
    assert bench.pixel_auc(heatmap.values, bench.mask_at(mask, heatmap.values.shape)) >= 0.85


# ---------------------------------------------------------------- comparison with the original photo

def _original(index: int):
    return ingest_bytes(fs.camera_jpeg(index), f"{fs.PHOTOS[index].stem}-original.jpg")


@pytest.mark.parametrize("index", [2, 3, 4])
def test_another_photograph_of_the_same_scene_is_refused_as_a_reference(index):
    """The cases of the bench (all edit kinds built, so the masks are the bench's): camera's splice after a
    resize is the closest call of the set (89 % of the points within a pixel, 40 % of the texture agreeing)."""
    from reviewer.detect import AlignmentFailed, ReferenceNotSamePhoto, compare_with_reference

    shot = ingest_bytes(fs.another_shot(index), "another-shot.jpg")
    cases = fs.build(photos=(index,), conditions=("lossless", "resize60_q80"))
    for case in [c for c in cases if c.edit in ("none", "splice")]:
        with pytest.raises(ReferenceNotSamePhoto) as caught:
            compare_with_reference(ingest_bytes(case.data, case.name), shot)
        assert isinstance(caught.value, AlignmentFailed)
        assert "does not appear to be the same photograph" in caught.value.message


def test_an_unrelated_photo_is_still_refused():
    from reviewer.detect import AlignmentFailed, compare_with_reference

    case = fs.build(photos=(0,), edits=("splice",), conditions=("lossless",), controls=False)[0]
    for other in (1, 2, 3):
        with pytest.raises(AlignmentFailed):
            compare_with_reference(ingest_bytes(case.data, case.name), _original(other))


@pytest.mark.parametrize("index", [0, 2, 4])
def test_the_true_original_is_accepted_after_resize_recompression_and_a_small_crop(index):
    """What a platform does to the fake (crop 4 %, shrink to 70 %, JPEG q80) must not make the victim's
    real original look like "another photograph"."""
    import cv2

    from reviewer.detect import compare_with_reference

    photo = fs.decoded(fs.camera_jpeg(index))
    rng = np.random.default_rng(11)
    mask = fs.torso_mask(photo.shape, rng)
    edited = fs.edited(photo, mask, "inpaint_ns", fs.decoded(fs.camera_jpeg(5)), rng)
    h, w = mask.shape
    y0, x0 = round(0.04 * h), round(0.04 * w)
    cropped, cropped_mask = edited[y0:h - y0, x0:w - x0], mask[y0:h - y0, x0:w - x0]
    size = (round(cropped.shape[1] * 0.7), round(cropped.shape[0] * 0.7))
    suspect = fs.jpeg_bytes(cv2.resize(cropped, size, interpolation=cv2.INTER_AREA), 80)
    result = compare_with_reference(ingest_bytes(suspect, "suspect.jpg"), _original(index))
    truth = bench.mask_at(cropped_mask, result.changed_mask.shape)
    assert bench.iou(result.changed_mask, truth) >= 0.6
    assert result.evidence["precise_inliers"] >= 0.78


def test_changed_area_matches_the_edit_on_the_small_set():
    from reviewer.detect import compare_with_reference

    ious: dict[str, list[float]] = {}
    cases = fs.build(photos=(0, 2), edits=("inpaint_telea", "splice", "regenerate"),
                     conditions=("lossless", "resize60_q80"))
    for case in cases:
        result = compare_with_reference(ingest_bytes(case.data, case.name), ingest_bytes(case.original, "original.jpg"))
        if case.edited:
            truth = bench.mask_at(case.mask, result.changed_mask.shape)
            ious.setdefault(case.condition, []).append(bench.iou(result.changed_mask, truth))
        else:  # the untouched photo: (almost) nothing changed, and the sentence says so
            assert result.changed_fraction < 0.01
            assert result.conclusion().startswith("No area differs clearly")
    print({k: round(float(np.mean(v)), 3) for k, v in ious.items()})
    assert np.mean(ious["lossless"]) >= 0.85
    assert np.mean(ious["resize60_q80"]) >= 0.7


def test_the_conclusion_says_how_much_where_and_how_sure_and_is_rebuilt_from_the_record_in_french():
    from reviewer import translations
    from reviewer.detect import compare_with_reference
    from reviewer.detect.compare import conclusion_sentence

    case = fs.build(photos=(0,), edits=("splice",), conditions=("lossless",), controls=False)[0]
    result = compare_with_reference(ingest_bytes(case.data, case.name), _original(0))
    sentence = result.conclusion()
    print(sentence)
    assert f"{100 * result.changed_fraction:.0f} % of the picture differs" in sentence
    assert result.where in ("centre", "lower middle") and result.where.split()[-1] in sentence
    assert "strong evidence" in sentence and result.sureness == "strong"
    record = json.loads(json.dumps(result.to_json()))
    assert record["conclusion"] == sentence and record["same_photograph"]["precise_inliers"] >= 0.78
    translations.install("fr")
    try:
        french = conclusion_sentence(record)
    finally:
        translations.install("en")
    assert "diffère de la photo d'origine" in french, french


def test_a_comparison_repeats_byte_for_byte_and_records_its_method():
    from reviewer.detect import compare_with_reference

    case = fs.build(photos=(2,), edits=("regenerate",), conditions=("resize60_q80",), controls=False)[0]
    runs = [compare_with_reference(ingest_bytes(case.data, case.name), _original(2)) for _ in range(2)]
    assert json.dumps(runs[0].to_json(), sort_keys=True) == json.dumps(runs[1].to_json(), sort_keys=True)
    assert [h.to_png_bytes() for h in runs[0].heatmaps] == [h.to_png_bytes() for h in runs[1].heatmaps]
    method = runs[0].method
    assert method["id"] == "detect.compare" and method["version"] == "2"
    assert {"numpy", "opencv-python-headless"} <= set(method["libraries"]) and method["params"]["thresholds"]
