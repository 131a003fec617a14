"""A case's hashes for others: HMA list, StopNCII receipt, VICS 2.0 JSON; vPDQ against the reference hashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.media import ingest
from reviewer.takedown import hashexports
from reviewer.takedown.hashlists import VpdqFrame, parse_hash_list
from reviewer.takedown.matching import match_vpdq, usable_frames


def reference_frames(path) -> list[VpdqFrame]:
    """The reference vPDQ file (`frame,quality,hex,seconds` per line) as frames."""
    out = []
    for line in path.read_text().split():
        _, quality, hex_, seconds = line.split(",")
        out.append(VpdqFrame(hex_, int(quality), float(seconds)))
    return out


@pytest.fixture
def case(session, samples_dir, data_dir):
    case_id = session.new_case("Dossier Exemple")
    rocket = session.ingest(case_id, ingest(samples_dir / "rocket.jpg"))
    chelsea = session.ingest(case_id, ingest(samples_dir / "chelsea.png"))
    video = session.ingest(case_id, ingest(data_dir / "video" / "chair-19-sd-bar.mp4"))
    session.seal_review(case_id, rocket, labels=["sexual-deepfake-adult"])
    session.seal_review(case_id, chelsea, labels=["suspected-minor"])
    return case_id, {"rocket": rocket, "chelsea": chelsea, "video": video}


def test_vics_export_gives_a_suspected_minor_as_hashes_only_with_category_null(session, case, tmp_path):
    case_id, ids = case
    media = hashexports.case_media(session.vault, case_id)
    document = hashexports.vics_json(media)
    assert document["@odata.context"].endswith("2.0.xml/Default/$metadata#Media")
    by_md5 = {item["MD5"].lower(): item for item in document["value"]}
    minor = next(m for m in media if m.id == ids["chelsea"])
    item = by_md5[minor.md5]
    assert item == {"MediaID": item["MediaID"], "Category": None, "MD5": minor.md5.upper(),
                    "SHA1": minor.sha1.upper(), "IsPrecategorized": False}
    adult = by_md5[next(m for m in media if m.id == ids["rocket"]).md5]
    assert adult["Category"] is None and adult["IsPrecategorized"] is False and adult["MimeType"] == "image/jpeg"
    # Written as the command line writes it, and read back as a VICS list by our own reader.
    out = tmp_path / "case.json"
    fast_kdf = Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py"  # the command, fast key derivation
    subprocess.run([sys.executable, str(fast_kdf), "export-hashes", case_id, "--format", "vics", "--out", str(out),
                    "--vault", str(session.vault.path)], check=True, capture_output=True,
                   env={**os.environ, "REVIEWER_PASSPHRASE": "correct horse battery"})
    text = out.read_text()
    assert json.loads(text) == document
    assert "Dossier" not in text and "chelsea" not in text  # no title, no file name
    assert sorted(parse_hash_list(text.encode(), name="x").md5) == sorted(m.md5 for m in media)


def test_hma_list_and_stopncii_receipt_hold_hashes_and_no_names(session, case):
    case_id, ids = case
    media = hashexports.case_media(session.vault, case_id)
    hma = parse_hash_list(hashexports.hma_list(media).encode(), name="case.txt")
    images = [m for m in media if m.kind == "image"]
    video = next(m for m in media if m.kind == "video")
    assert hma.pdq == [m.pdq["hex"] for m in images]
    assert hma.video_md5 == [video.md5]
    assert [f.hex for f in hma.vpdq[0]] == [f.hex for f in video.frames]
    receipt = hashexports.stopncii_receipt(media, case_id, "2026-12-06")
    for item in images:
        assert f"PDQ: {item.pdq['hex']}" in receipt
    for item in media:
        assert f"MD5: {item.md5}" in receipt
    assert "chelsea" not in receipt and "rocket" not in receipt and "Dossier" not in receipt
    assert "Take It Down" in receipt  # the suspected minor is pointed to the service for minors


@pytest.mark.parametrize("name", ["chair-19-sd-bar", "doorknob-hd-no-bar"])
def test_our_per_second_vpdq_matches_the_reference_and_not_another_video(data_dir, name):
    ours = ingest(data_dir / "video" / f"{name}.mp4")  # one PDQ per second, as HMA hashes videos
    exchange = [VpdqFrame(f.pdq.hex, f.pdq.quality, f.seconds).exchange() for f in ours.frame_pdqs]
    parsed = parse_hash_list(f"vpdq {json.dumps(exchange)}\n".encode(), name="ours").vpdq[0]
    query = usable_frames([(f.hex, f.quality) for f in parsed])
    reference = usable_frames([(f.hex, f.quality) for f in reference_frames(data_dir / "video" / f"{name}.vpdq.txt")])
    result = match_vpdq(query, reference)
    print(name, result)
    assert result.matched and result.query_percent >= 95
    other = "pattern-sd-grey-bar"
    different = usable_frames([(f.hex, f.quality) for f in reference_frames(data_dir / "video" / f"{other}.vpdq.txt")])
    assert not match_vpdq(query, different).matched


def test_a_copy_of_a_suspected_minor_in_another_case_also_leaves_as_hashes_only(session, case, tmp_path, samples_dir):
    import cv2

    copy = tmp_path / "copy.png"
    cv2.imwrite(str(copy), cv2.imread(str(samples_dir / "chelsea.png")), [cv2.IMWRITE_PNG_COMPRESSION, 9])
    other = session.new_case("Autre dossier")
    copied = ingest(copy)
    session.ingest(other, copied)  # not reviewed here; its picture is labelled suspected minor in `case`
    item = hashexports.vics_json(hashexports.case_media(session.vault, other))["value"][0]
    assert item["MD5"] == copied.md5.upper() and item["Category"] is None and item["IsPrecategorized"] is False
    assert "MediaSize" not in item and "MimeType" not in item
