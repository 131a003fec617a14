"""What must never be in a bundle: another case's data, and any picture of a suspected minor."""

from __future__ import annotations

import re
import unicodedata
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest

from reviewer.exhibit.bundle import export_case


def pdf_streams(pdf: bytes) -> list[bytes]:
    """Every stream of a PDF, inflated when it is FlateDecode (as QPdfWriter writes text and images)."""
    out = []
    for match in re.finditer(rb"stream\r?\n", pdf):
        start = match.end()
        end = pdf.find(b"endstream", start)
        raw = pdf[start:end]
        try:
            out.append(zlib.decompressobj().decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def searchable(name: str, data: bytes, tmp_path: Path) -> list[bytes]:
    """The file's bytes plus every decoded form a string could hide in."""
    forms = [data]
    if name.endswith(".pdf"):
        forms += pdf_streams(data)
        path = tmp_path / "search.pdf"
        path.write_bytes(data)
        if shutil.which("pdftotext"):
            forms.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout)
    if name.endswith(".png"):
        import cv2

        forms.append(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED).tobytes())
    return forms


@pytest.fixture(scope="module")
def bundle_with_everything(world, tmp_path_factory):
    # Originals included and French report: the widest bundle that can be made of case A.
    out = tmp_path_factory.mktemp("isolation") / "exhibit.zip"
    export_case(world.vault, world.alice, world.case_a, out, lang="fr", include_originals=True,
                recipient="Avocat de la victime")
    return out


def test_bundle_contains_nothing_from_another_case(world, kit, bundle_with_everything, tmp_path):
    needles = [s.encode() for s in kit.secrets] + [s.encode() for s in world.case_b_ids]
    needles += [n.lower() for n in needles]
    files = kit.bundle_files(bundle_with_everything)
    assert len(files) > 20
    for name, data in files.items():
        assert b"zebrafinch" not in name.encode().lower()
        for form in searchable(name, data, tmp_path):
            lowered = form.lower()
            for needle in needles:
                assert needle.lower() not in lowered, f"{needle!r} of case B found in {name}"
                assert needle.decode().encode("utf-16-be").lower() not in lowered, f"{needle!r} (UTF-16) in {name}"


def test_the_searcher_would_find_case_b_in_case_b_bundle(world, kit, tmp_path):
    # The same search on case B's own bundle finds its strings: the test above can fail.
    out = export_case(world.vault, world.bruno, world.case_b, tmp_path / "b.zip", lang="en").path
    found = set()
    for name, data in kit.bundle_files(out).items():
        for form in searchable(name, data, tmp_path):
            found |= {s for s in kit.secrets if s.lower().encode() in form.lower()}
    assert {kit.secrets[0], kit.secrets[1], kit.secrets[3]} <= found


def rows_of(rgb: np.ndarray) -> list[bytes]:
    """Distinctive slices of the decoded pixels: if any appears verbatim, the picture is in the file."""
    height = rgb.shape[0]
    return [rgb[y].tobytes() for y in (height // 4, height // 2, 3 * height // 4)] + \
           [np.ascontiguousarray(rgb[height // 2, :, ::-1]).tobytes()]  # BGR order too


def test_suspected_minor_media_never_appear_whatever_the_flags(world, kit, bundle_with_everything, tmp_path):
    minor = world.minor_media
    files = kit.bundle_files(bundle_with_everything)
    assert not [n for n in files if n.startswith(f"media/{minor}/")], "no file of any kind for this media"
    original = world.minor_bytes
    slices = rows_of(world.minor_rgb)
    gray = np.asarray(world.minor_rgb.mean(axis=2), dtype=np.uint8)
    slices.append(gray[gray.shape[0] // 2].tobytes())
    for name, data in files.items():
        assert original[100:4100] not in data, f"original bytes of the minor media in {name}"
        for form in searchable(name, data, tmp_path):
            for piece in slices:
                assert piece not in form, f"decoded pixels of the minor media in {name}"
    # The report says why, in the report's language.
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(files["report.pdf"])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "mineur présumé" in text
    assert "Mineur présumé" in text.split("Annexe technique")[0]  # the sealed label, in the report's language
    assert world.vault.record(minor).body["sha256"] in text


def test_the_pixel_search_would_find_an_included_picture(world, kit, bundle_with_everything, tmp_path):
    # Positive control: the astronaut original is in this bundle, and the same search finds its pixels.
    from reviewer.media import decode_image

    media_id = world.media["astronaut.png"]
    rgb = decode_image(world.alice.read_media(media_id)).rgb
    files = kit.bundle_files(bundle_with_everything)
    name = f"media/{media_id}/original.png"
    assert any(piece in form for form in searchable(name, files[name], tmp_path) for piece in rows_of(rgb))


def test_without_originals_only_redacted_pictures_are_exported(world, kit, tmp_path):
    import cv2

    out = export_case(world.vault, world.alice, world.case_a, tmp_path / "redacted.zip", lang="en").path
    files = kit.bundle_files(out)
    assert not [n for n in files if "/original." in n or "/heatmaps/" in n]
    assert f"media/{world.media['rocket.jpg']}/redacted.png" in files
    assert not [n for n in files if n.startswith(f"media/{world.minor_media}/")]
    # Heatmaps come blurred over the sensitive regions; the recorded bytes themselves are not there.
    media_id = world.media["astronaut.png"]
    analysis = next(r for r in world.vault.records(world.case_a)
                    if r.type == "analysis.run" and r.body["media"] == media_id)
    for heatmap_id, entry in analysis.body["heatmaps"].items():
        recorded = world.alice.read_blob(entry["blob"]["id"], entry["blob"]["size"])
        shipped = files[f"media/{media_id}/heatmaps-redacted/{heatmap_id}.png"]
        assert all(recorded not in data for data in files.values())
        a = cv2.imdecode(np.frombuffer(recorded, np.uint8), cv2.IMREAD_GRAYSCALE).astype(int)
        b = cv2.imdecode(np.frombuffer(shipped, np.uint8), cv2.IMREAD_GRAYSCALE).astype(int)
        assert a.shape == b.shape and np.abs(a - b).max() > 0


def test_recipients_of_earlier_exhibits_are_not_disclosed(world, kit, tmp_path):
    export_case(world.vault, world.alice, world.case_a, tmp_path / "first.zip", lang="en",
                recipient="Cabinet Zebrafinch-Recipient")
    second = export_case(world.vault, world.alice, world.case_a, tmp_path / "second.zip", lang="en").path
    files = kit.bundle_files(second)
    assert any(b'"exhibit.exported"' in data for name, data in files.items() if name.startswith("log/case/"))
    for name, data in files.items():
        for form in searchable(name, data, tmp_path):
            assert b"zebrafinch-recipient" not in form.lower(), name
