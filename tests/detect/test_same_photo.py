"""The one-sentence answer to "is it the same photo?", from real comparisons of the demo photos with edited copies
(crop, re-encode, paste), another shot of a scene and an unrelated photo. No Qt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from reviewer.detect import AlignmentFailed, compare_with_reference
from reviewer.detect.same_photo import (
    NOT_ALIGNED,
    NOT_SAME,
    SAME_EDITED,
    SAME_EDITED_LIKELY,
    SAME_UNCHANGED,
    refusal_answer,
    same_photo_answer,
    same_photo_sentence,
)
from reviewer.media import ingest, ingest_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "resources" / "samples"


def _bench_set():
    if "forensics_set" in sys.modules:
        return sys.modules["forensics_set"]
    spec = importlib.util.spec_from_file_location("forensics_set", ROOT / "bench" / "forensics_set.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["forensics_set"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _rgb(name: str) -> np.ndarray:
    return cv2.cvtColor(cv2.imread(str(SAMPLES / name), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def _encoded(rgb: np.ndarray, ext: str, quality: int = 90) -> bytes:
    params = [cv2.IMWRITE_JPEG_QUALITY, quality] if ext == ".jpg" else []
    ok, data = cv2.imencode(ext, cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), params)
    assert ok
    return data.tobytes()


def _pasted(photo: np.ndarray, donor: np.ndarray) -> np.ndarray:
    """A block of another photo pasted over the middle of ``photo`` (what a crude edit does)."""
    out = photo.copy()
    h, w = out.shape[:2]
    y0, x0, side = h // 3, w // 3, min(h, w) // 3
    out[y0:y0 + side, x0:x0 + side] = cv2.resize(donor, (side, side), interpolation=cv2.INTER_AREA)
    return out


def _answer(suspect: bytes, name: str, original) -> str:
    try:
        comparison = compare_with_reference(ingest_bytes(suspect, name), original)
    except AlignmentFailed as refused:
        return refusal_answer(refused)
    return same_photo_answer(comparison.to_json())


@pytest.fixture(scope="module")
def astronaut():
    return ingest(SAMPLES / "astronaut.png")


def test_a_cropped_re_encoded_copy_is_the_same_photo_without_edit(astronaut):
    photo = _rgb("astronaut.png")
    cropped = photo[20:-24, 16:-12]
    assert _answer(_encoded(cropped, ".jpg", 85), "copy.jpg", astronaut) == SAME_UNCHANGED


def test_a_pasted_block_is_the_same_photo_edited(astronaut):
    edited = _pasted(_rgb("astronaut.png"), _rgb("coffee.png"))
    assert _answer(_encoded(edited, ".png"), "edited.png", astronaut) == SAME_EDITED
    # Then shrunk and saved again by a platform: still the same photo, edited; at most less sure of the outline.
    small = cv2.resize(edited, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
    assert _answer(_encoded(small, ".jpg", 80), "shared.jpg", astronaut) in (SAME_EDITED, SAME_EDITED_LIKELY)


def test_another_shot_of_the_scene_and_an_unrelated_photo_are_probably_not_the_same(astronaut):
    fs = _bench_set()
    original = ingest_bytes(fs.camera_jpeg(2), "original.jpg")
    assert _answer(fs.another_shot(2), "another-shot.jpg", original) == NOT_SAME
    assert _answer(_encoded(_rgb("chelsea.png"), ".png"), "chelsea.png", astronaut) in (NOT_SAME, NOT_ALIGNED)


def test_each_answer_is_one_plain_sentence_in_both_languages():
    from reviewer.translations import fixed_language  # reads the compiled French messages (QtCore's QTranslator)

    answers = (SAME_EDITED, SAME_EDITED_LIKELY, SAME_UNCHANGED, NOT_SAME, NOT_ALIGNED)
    english = [same_photo_sentence(a, lambda _c, text: text) for a in answers]
    assert len(set(english)) == 5 and all(s.endswith(".") and s.count(". ") == 0 for s in english)
    assert "very probably the same photo, edited" in english[0] and "probably not the same photo" in english[3]
    french = [same_photo_sentence(a, fixed_language("fr")) for a in answers]
    assert french[0] == "Les deux images sont très probablement la même photo retouchée."
    assert french[3].startswith("Les deux images ne sont probablement pas la même photo")
