"""PDQ against the reference vectors (ThreatExchange), computed the way ingest computes it."""

from __future__ import annotations

import json

import pytest

from reviewer.media import hamming, ingest, pdq_of
from reviewer.media.pdq import MATCH_DISTANCE


def expected(data_dir):
    return json.loads((data_dir / "pdq" / "expected-pdq.json").read_text())


def test_every_reference_photo_is_within_16_bits(data_dir):
    vectors = expected(data_dir)
    assert len(vectors) >= 15
    for relative, entry in vectors.items():
        media = ingest(data_dir / "pdq" / relative)
        assert media.pdq is not None
        if media.pdq.usable:
            assert hamming(media.pdq.hex, entry["pdq"]) <= 16, relative


@pytest.mark.parametrize("name", ["labelme-subset/q0003.jpg", "labelme-subset/q0004.jpg"])
def test_flat_images_are_reported_unusable(data_dir, name):
    media = ingest(data_dir / "pdq" / "reg-test-input" / name)
    assert media.pdq.quality < 50 and not media.pdq.usable


def test_small_jpg_is_unusable(data_dir):
    assert not ingest(data_dir / "pdq" / "misc-images" / "small.jpg").pdq.usable


def test_bridge_edits_match_the_original(data_dir):
    folder = data_dir / "pdq" / "bridge-mods"
    original = ingest(folder / "aaa-orig.jpg").pdq
    edits = sorted(p for p in folder.iterdir() if p.name != "aaa-orig.jpg")
    assert len(edits) == 11
    for edit in edits:
        assert hamming(original.hex, ingest(edit).pdq.hex) <= MATCH_DISTANCE, edit.name


def test_hamming_counts_bits():
    assert hamming("00" * 32, "00" * 32) == 0
    assert hamming("ff" * 32, "00" * 32) == 256
    assert hamming("80" + "00" * 31, "00" * 32) == 1
    with pytest.raises(ValueError):
        hamming("00", "0000")


def test_pdq_of_refuses_non_rgb():
    import numpy as np

    with pytest.raises(ValueError):
        pdq_of(np.zeros((8, 8), np.uint8))
