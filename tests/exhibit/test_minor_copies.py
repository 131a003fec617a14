"""Suspected minor by content: copies and re-encodes of a labelled media are withheld from every export.

A synthetic picture (never real imagery) is ingested in two cases, once as is and once re-encoded,
and only then labelled "suspected minor" in one case. Every export still succeeds, lists the copies
as withheld with the reason, and the verifiers refuse a bundle in which a copy reappears.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from reviewer.cli import main as cli_main
from reviewer.exhibit import verify_exhibit as v
from reviewer.exhibit.bundle import export_case

PASS = "minor copies passphrase"


@dataclass
class Copies:
    vault_dir: Path
    session: object
    labelled_case: str
    other_case: str
    labelled: str  # the media labelled suspected minor (labelled_case)
    same_case_copy: str  # the same bytes, same case
    reencoded_elsewhere: str  # a PNG re-encode, other case
    copy_elsewhere: str  # the same bytes, other case
    unrelated: str  # another picture, other case
    later_copy: str  # the same bytes ingested after the label, other case


def _reencode(png: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(out, "PNG", compress_level=1)
    return out.getvalue()


def synthetic_png(seed: int, size: int = 256) -> bytes:
    """A neutral synthetic picture (coloured squares on a gradient), different for each seed."""
    import numpy as np

    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size]
    rgb = np.stack([(x + seed * 7) % 256, (y * 2 + seed) % 256, ((x + y) // 2) % 256], axis=2).astype(np.uint8)
    for _ in range(6):
        x0, y0 = rng.integers(0, size - 60, 2)
        rgb[y0:y0 + 50, x0:x0 + 50] = rng.integers(0, 255, 3)
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    from reviewer.media import ingest_bytes
    from reviewer.vault import Vault

    base = tmp_path_factory.mktemp("minor-copies")
    session = Vault.create(base / "vault", reviewer_name="Claire Roux", passphrase=PASS)
    picture = synthetic_png(11)
    reencoded = _reencode(picture)
    assert reencoded != picture
    labelled_case = session.new_case("Dossier A")
    other_case = session.new_case("Dossier B")
    item = ingest_bytes(picture, "photo.png")
    assert item.pdq is not None and item.pdq.usable
    labelled = session.ingest(labelled_case, item)
    same_case_copy = session.ingest(labelled_case, ingest_bytes(picture, "copie.png"))
    reencoded_elsewhere = session.ingest(other_case, ingest_bytes(reencoded, "reencode.png"))
    copy_elsewhere = session.ingest(other_case, ingest_bytes(picture, "copie-b.png"))
    unrelated = session.ingest(other_case, ingest_bytes(synthetic_png(29), "autre.png"))
    # The label comes after every copy was ingested.
    session.seal_review(labelled_case, labelled, labels=["suspected-minor"])
    later_copy = session.ingest(other_case, ingest_bytes(picture, "plus-tard.png"))
    return Copies(base / "vault", session, labelled_case, other_case, labelled, same_case_copy,
                  reencoded_elsewhere, copy_elsewhere, unrelated, later_copy)


def _media_files(bundle: Path, media_id: str) -> list[str]:
    return [n for n in zipfile.ZipFile(bundle).namelist() if n.startswith(f"media/{media_id}/")]


def test_the_vault_withholds_copies_in_any_case_whenever_labelled(copies):
    vault = copies.session.vault
    assert vault.withheld_media(copies.labelled_case) == {copies.labelled: "labelled",
                                                         copies.same_case_copy: "same-file"}
    assert vault.withheld_media(copies.other_case) == {copies.reencoded_elsewhere: "similar-picture",
                                                      copies.copy_elsewhere: "same-file",
                                                      copies.later_copy: "same-file"}


def test_an_export_with_originals_withholds_every_copy_and_says_why(copies, tmp_path):
    result = export_case(copies.session.vault, copies.session, copies.other_case, tmp_path / "b.zip", lang="en",
                         include_originals=True)
    for media in (copies.reencoded_elsewhere, copies.copy_elsewhere, copies.later_copy):
        assert _media_files(result.path, media) == []
        assert media in result.withheld_media
    assert f"media/{copies.unrelated}/original.png" in zipfile.ZipFile(result.path).namelist()
    manifest = v.parse_canonical(zipfile.ZipFile(result.path).read(v.MANIFEST))
    assert manifest["withheld"] == {copies.reencoded_elsewhere: "similar-picture", copies.copy_elsewhere: "same-file",
                                    copies.later_copy: "same-file"}
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(zipfile.ZipFile(result.path).read("report.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # the PDF sets "fi" as one ligature
    assert "same file (same SHA-256) as a media labelled" in text
    assert "PDQ distance of 31 or less" in text
    ok, lines = v.verify(result.path, "en", expect_key=copies.session.vault.fingerprint)
    assert ok, "\n".join(lines)


def test_the_same_case_copy_is_withheld_and_the_verifier_enforces_it_from_the_records(copies, kit, tmp_path):
    vault = copies.session.vault
    result = export_case(vault, copies.session, copies.labelled_case, tmp_path / "a.zip", lang="en",
                         include_originals=True)
    assert _media_files(result.path, copies.same_case_copy) == []
    # An insider who holds the vault key puts the copy back and drops it from the signed withheld list:
    # the verifier still finds it from the signed records' hashes.
    files = kit.bundle_files(result.path)
    manifest = v.parse_canonical(files[v.MANIFEST])
    files[v.MANIFEST] = v.canonical({**manifest, "withheld": {copies.labelled: "labelled"}}).encode()
    files[f"media/{copies.same_case_copy}/original.png"] = copies.session.read_media(copies.same_case_copy)
    forged = kit.write_bundle(tmp_path / "forged.zip", kit.reseal_manifest(files, sign=copies.session.sign_manifest))
    capsys_free = v.check(forged, "en", vault.fingerprint)
    assert capsys_free.status == v.EXIT_FAILED
    assert any(f"media/{copies.same_case_copy}/original.png" in line and "matching picture" in line
               for line in capsys_free.lines if line.startswith("FAILED")), capsys_free.lines


def test_a_copy_put_back_against_the_signed_withheld_list_is_refused(copies, kit, tmp_path):
    vault = copies.session.vault
    result = export_case(vault, copies.session, copies.other_case, tmp_path / "b.zip", lang="en")
    files = kit.bundle_files(result.path)
    files[f"media/{copies.copy_elsewhere}/original.png"] = copies.session.read_media(copies.copy_elsewhere)
    forged = kit.write_bundle(tmp_path / "forged.zip", kit.reseal_manifest(files, sign=copies.session.sign_manifest))
    outcome = v.check(forged, "en", vault.fingerprint)
    assert outcome.status == v.EXIT_FAILED
    assert any("suspected minor" in line and copies.copy_elsewhere in line for line in outcome.lines)


def test_a_deleted_index_row_is_reported_by_verify_and_still_withholds_in_its_case(copies, tmp_path, capsys):
    import shutil

    copy = tmp_path / "vault"
    shutil.copytree(copies.vault_dir, copy)  # the -wal file too: nothing is being written now
    with sqlite3.connect(copy / "vault.sqlite3") as conn:
        conn.execute("DELETE FROM suspected_minors")
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(copy), "--json"]) == 2
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["problem"]["code"] == "minor-index-mismatch"
    assert "suspected minor" in report["message"]
    from reviewer.vault import Vault

    with Vault.open(copy) as vault:
        assert copies.labelled in vault.withheld_media(copies.labelled_case)
