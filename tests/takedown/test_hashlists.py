"""Hash lists: files written by the tests from the public field lists (HMA signal lines, VICS 2.0 Media items,
CSV), read back, stored as signed records, and matched against media of other cases."""

from __future__ import annotations

import json
import os

import pytest

from reviewer.media import hamming, ingest
from reviewer.media.pdq import MATCH_DISTANCE
from reviewer.takedown.errors import EmptyHashList, InvalidDecision, UnknownMatch, UnreadableHashList
from reviewer.takedown.hashlists import detect_format, parse_hash_list
from reviewer.takedown.seen_before import SeenBefore, confirm, find_matches, hit_numbered, import_hash_list
from reviewer.vault import Vault

RANDOM_PDQ = [os.urandom(32).hex() for _ in range(200)]


def hma_file(pdq: list[str], video_md5: list[str] = (), extra: str = "") -> bytes:
    """An HMA list as python-threatexchange writes one: `<signal type> <signal>` per line."""
    lines = [f"pdq {h}" for h in pdq] + [f"video_md5 {h}" for h in video_md5]
    return ("\n".join(lines) + "\n" + extra).encode()


def vics_file(items: list[dict]) -> bytes:
    """A VICS 2.0 document: OData envelope, Media items with the Project VIC field names."""
    return json.dumps({
        "odata.metadata": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Cases",
        "value": [{"CaseID": 1, "SourceApplicationName": "test", "Media": items}],
    }).encode()


def test_hma_lines_are_read_with_vpdq_and_unknown_signal_types(data_dir):
    frames = [line.split(",") for line in (data_dir / "video" / "chair-19-sd-bar.vpdq.txt").read_text().split()][:5]
    vpdq = json.dumps([f"{h},{q},{float(s):.3}" for _, q, h, s in frames])
    data = hma_file(RANDOM_PDQ[:3], ["d41d8cd98f00b204e9800998ecf8427e"],
                    f"vpdq {vpdq}\nurl https://example.invalid/x\n# a comment\n")
    hashes = parse_hash_list(data, name="hma.txt")
    assert detect_format(data) == "hma"
    assert hashes.pdq == RANDOM_PDQ[:3]
    assert hashes.video_md5 == ["d41d8cd98f00b204e9800998ecf8427e"]
    assert [f.hex for f in hashes.vpdq[0]] == [f[2] for f in frames]
    assert hashes.counts()["ignored"] == 1


def test_vics_media_items_and_csv_with_a_header():
    vics = vics_file([
        {"MediaID": 1, "Category": 0, "MD5": "ADEBF3FA3C9BE7F73825E1CB9E2DEA09",
         "SHA1": "2B037F69C566DFDB3A5A79E5360D085959BDDE4C", "MediaSize": 2835, "IsPrecategorized": "false",
         "MediaFiles": [{"MD5": "ADEBF3FA3C9BE7F73825E1CB9E2DEA09", "FileName": "x.jpg"}]},
        {"MediaID": 2, "Category": None, "PhotoDNA": "AAAA", "IsPrecategorized": False},
    ])
    hashes = parse_hash_list(vics, name="vics.json")
    assert hashes.format == "vics"
    assert hashes.md5 == ["adebf3fa3c9be7f73825e1cb9e2dea09"] and hashes.sha1 == ["2b037f69c566dfdb3a5a79e5360d085959bdde4c"]
    assert hashes.ignored == 1 and hashes.categories == {"0": 1, "None": 1}

    csv = f"sha256,pdq,quality\n{'ab' * 32},{RANDOM_PDQ[0]},90\n,{RANDOM_PDQ[1]},20\n".encode()
    hashes = parse_hash_list(csv, name="list.csv")
    assert hashes.sha256 == ["ab" * 32] and hashes.pdq == [RANDOM_PDQ[0]] and hashes.too_flat == 1


@pytest.mark.parametrize("data, where", [
    (b"pdq 1234\n", 1),
    (b"pdq " + b"0" * 64 + b"\npdq\n", 2),
    (b"pdq " + b"0" * 64 + b"\npdq " + b"g" * 64 + b"\n", 2),  # the quick path for plain pdq lines too
    (b"hash\n" + b"ab" * 32 + b"\n", 1),  # one column named nothing we know: a PDQ or a SHA-256?
    (b'{"value": [{"MD5": "xyz"}]}', 1),
])
def test_unreadable_lists_name_the_first_bad_line(data, where):
    with pytest.raises(UnreadableHashList) as caught:
        parse_hash_list(data, name="bad")
    assert caught.value.params["where"] == where
    assert "Nothing was imported" in caught.value.message


def test_a_list_with_nothing_usable_is_refused():
    with pytest.raises(EmptyHashList):
        parse_hash_list(b"url https://example.invalid\n", name="urls.txt")


@pytest.fixture
def matched(session, copies):
    """Case A holds the rocket photo; case B its PNG re-encode, a resized copy and a different photo; an HMA
    list holds the rocket's PDQ among random ones, a VICS list the MD5 of chelsea."""
    originals = {k: ingest(p) for k, p in copies.items()}
    case_a = session.new_case("Premier dossier")
    media_a = session.ingest(case_a, originals["original"])
    session.seal_review(case_a, media_a, labels=["sexual-deepfake-adult"])
    case_b = session.new_case("Second dossier")
    media_b = {k: session.ingest(case_b, originals[k]) for k in ("png", "small", "different", "other")}
    rocket_pdq = originals["original"].pdq.hex
    _, hma_record, _ = import_hash_list(session, hma_file(RANDOM_PDQ + [rocket_pdq]), name="partner-hma.txt",
                                       origin="shared by a partner helpline")
    _, vics_record, _ = import_hash_list(session, vics_file([{"MediaID": 7, "Category": None,
                                                               "MD5": originals["other"].md5.upper()}]), name="police.json")
    return session, case_a, case_b, media_b, hma_record, vics_record, originals


def test_matching_finds_reencode_and_resized_copy_in_another_case_and_on_a_list(matched):
    session, case_a, case_b, media_b, hma_record, vics_record, originals = matched
    seen = SeenBefore.for_vault(session)
    for kind in ("png", "small"):
        hits = seen.lookup(case_b, session.vault.record(media_b[kind]).body)
        assert {(h.on, h.method) for h in hits} == {("case", "pdq"), ("list", "pdq")}, kind
        case_hit = next(h for h in hits if h.on == "case")
        assert case_hit.reference == {"sha256": originals["original"].sha256}  # what a confirmation seals
        assert case_hit.other_labels == ("sexual-deepfake-adult",) and "reviewed there as" in case_hit.describe()
        assert case_hit.other_case == case_a
        list_hit = next(h for h in hits if h.on == "list")
        assert list_hit.reference["list"] == hma_record.id and list_hit.reference["name"] == "partner-hma.txt"
        assert list_hit.distance == hamming(originals[kind].pdq.hex, originals["original"].pdq.hex) <= MATCH_DISTANCE
    # The PNG re-encode has the very same pixels: distance 0; the resized copy is near but not equal.
    assert seen.lookup(case_b, session.vault.record(media_b["png"]).body)[0].distance == 0
    assert not seen.lookup(case_b, session.vault.record(media_b["different"]).body)
    chelsea = seen.lookup(case_b, session.vault.record(media_b["other"]).body)
    assert [(h.on, h.method, h.reference["list"]) for h in chelsea] == [("list", "md5", vics_record.id)]
    # Its own case is left out (grouping inside a case is the case view's job): the original in case A is
    # seen in case B (the re-encode and the resized copy) and on the HMA list, never in case A itself.
    original = session.vault.media(case_a)[0]["id"]
    hits = seen.lookup(case_a, session.vault.record(original).body)
    assert sorted(h.other_media for h in hits if h.on == "case") == sorted([media_b["png"], media_b["small"]])
    assert {h.other_case for h in hits if h.on == "case"} == {case_b}


def test_a_confirmation_is_sealed_verified_and_survives_reopening(matched, tmp_path):
    session, case_a, case_b, media_b, *_ = matched
    hits = find_matches(session, case_b, media_b["small"])
    with pytest.raises(UnknownMatch):
        hit_numbered(hits, 99)
    with pytest.raises(InvalidDecision):
        confirm(session, case_b, media_b["small"], hits[0], "probably")
    record = confirm(session, case_b, media_b["small"], hit_numbered(hits, 1), "same-picture", "same rocket, smaller")
    path = session.vault.path
    session.vault.close()
    vault = Vault.open(path)
    reopened = vault.unlock("correct horse battery")
    stored = reopened.decrypt_record(vault.record(record.id))["body"]
    assert stored["decision"] == "same-picture" and stored["media"] == media_b["small"]
    assert stored["reference"] == hits[0].reference and stored["notes"] == "same rocket, smaller"
    report = vault.verify(None, reopened)
    assert report.ok, report.text()
    session.vault = vault  # the fixture closes this one


def test_list_file_is_kept_encrypted_and_checked_by_verification(matched):
    session, *_, hma_record, _, _ = matched
    blob = hma_record.body["blob"]
    stored = (session.vault.path / "blobs" / blob["id"][:2] / blob["id"]).read_bytes()
    assert b"pdq " not in stored  # encrypted at rest
    assert session.read_blob(blob["id"]).startswith(b"pdq ")
    assert session.vault.verify(None, session).ok
