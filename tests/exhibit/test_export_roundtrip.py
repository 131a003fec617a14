"""Round trip: a real case exports, both verifiers accept it with the same words, the PDF shows the case."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.exhibit.bundle import export_case
from reviewer.exhibit.verify_exhibit import parse_canonical

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def exported(world, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "exhibit.zip"
    before = len(world.vault.records(world.case_a))
    result = export_case(world.vault, world.alice, world.case_a, out, lang="en", recipient="Parquet de Paris",
                         include_originals=True)
    return result, before


def standalone(bundle: Path, tmp_path: Path, lang: str = "en", key: str | None = None) -> subprocess.CompletedProcess:
    """Run the verifier shipped INSIDE the bundle, as the other side would (pinned to ``key`` if given)."""
    script = tmp_path / "verify_exhibit.py"
    with zipfile.ZipFile(bundle) as archive:
        script.write_bytes(archive.read("verify_exhibit.py"))
    pin = ["--expect-key", key] if key is not None else []
    return subprocess.run([sys.executable, str(script), "--lang", lang, *pin, str(bundle)], capture_output=True,
                          text=True, cwd=tmp_path)


def in_app(bundle: Path, capsys, lang: str = "en", key: str | None = None) -> tuple[int, str]:
    capsys.readouterr()
    pin = ["--expect-key", key] if key is not None else []
    status = cli_main(["--lang", lang, "verify-exhibit", *pin, str(bundle)])
    return status, capsys.readouterr().out


def test_both_verifiers_accept_the_bundle_with_identical_output(world, exported, tmp_path, capsys):
    result, _ = exported
    outside = standalone(result.path, tmp_path, key=world.vault.fingerprint)
    status, inside = in_app(result.path, capsys, key=world.vault.fingerprint)
    assert outside.returncode == 0, outside.stdout + outside.stderr
    assert status == 0
    assert outside.stdout == inside
    assert "RESULT: the exhibit of case" in inside and "signed by the expected vault" in inside
    assert "FAILED" not in inside


def test_french_output_is_identical_too(world, exported, tmp_path, capsys):
    result, _ = exported
    outside = standalone(result.path, tmp_path, "fr", key=world.vault.vkey)
    status, inside = in_app(result.path, capsys, "fr", key=world.vault.vkey)
    assert outside.stdout == inside
    assert "RÉSULTAT" in inside and status == 0


def test_unpacked_folder_verifies_like_the_zip(world, exported, tmp_path):
    result, _ = exported
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(folder)
    outcome = subprocess.run([sys.executable, str(folder / "verify_exhibit.py"), "--expect-key",
                              world.vault.fingerprint, str(folder)], capture_output=True, text=True, cwd=folder)
    assert outcome.returncode == 0, outcome.stdout
    if shutil.which("sha256sum"):
        sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
        assert sums.returncode == 0, sums.stdout + sums.stderr


def test_bundle_holds_records_as_signed_proofs_media_and_report(world, exported):
    result, _ = exported
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        records = world.vault.records(world.case_a)
        for record in records:
            if f"log/case/{record.seq:06d}.json" in names:
                assert archive.read(f"log/case/{record.seq:06d}.json") == record.leaf
        manifest = parse_canonical(archive.read("manifest.json"))
    case_records = [n for n in names if n.startswith("log/case/") and n.endswith(".sig")]
    assert len(case_records) == len(records) - 1  # every record but the export record written after
    for needed in ("report.pdf", "verify_exhibit.py", "VERIFY.md", "SHA256SUMS", "log/case/checkpoint",
                   "log/case/vault-proof", "log/keys/checkpoint", "log/keys/vault-proof"):
        assert needed in names
    assert set(manifest["files"]) == names - {"manifest.json", "manifest.sig"}
    video = world.media["video"]
    assert any(n.startswith(f"media/{video}/redacted-") for n in names)
    assert f"media/{world.media['astronaut.png']}/redacted.png" in names
    assert f"media/{world.media['astronaut.png']}/original.png" in names
    assert any(n.startswith(f"media/{world.media['astronaut.png']}/heatmaps/") for n in names)
    assert (ROOT / "reviewer" / "exhibit" / "verify_exhibit.py").read_bytes() == zipfile.ZipFile(result.path).read("verify_exhibit.py")


def test_export_record_names_the_bundle_sha256_and_recipient(world, exported):
    result, before = exported
    records = world.vault.records(world.case_a)
    assert len(records) == before + 1
    last = records[-1]
    assert last.type == "exhibit.exported"
    assert last.body["bundle_sha256"] == hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    assert world.alice.decrypt_record(last)["body"]["recipient"] == "Parquet de Paris"
    assert last.body["what"]["include_originals"] is True
    assert world.minor_media in last.body["what"]["withheld_suspected_minor"]


def test_redacted_derivative_blurs_the_detected_face(world, exported):
    import cv2
    import numpy as np

    from reviewer.media import decode_image

    result, _ = exported
    media_id = world.media["astronaut.png"]
    redacted = zipfile.ZipFile(result.path).read(f"media/{media_id}/redacted.png")
    original = decode_image(world.alice.read_media(media_id)).rgb
    shown = cv2.cvtColor(cv2.imdecode(np.frombuffer(redacted, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    assert shown.shape == original.shape
    # The face region (as recorded by the reveal) is strongly changed; the corner far from it is not.
    face = np.abs(shown[40:180, 200:310].astype(int) - original[40:180, 200:310]).mean()
    corner = np.abs(shown[-60:, :60].astype(int) - original[-60:, :60]).mean()
    assert face > 8 and corner < 1


def pdf_pages(pdf: bytes, tmp_path: Path) -> tuple[str, list[Path]]:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)
    return text, sorted(tmp_path.glob("page-*.png"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_report_renders_and_shows_the_case(world, exported, tmp_path):
    result, _ = exported
    text, pages = pdf_pages(zipfile.ZipFile(result.path).read("report.pdf"), tmp_path)
    assert pages
    astronaut = world.alice.vault.record(world.media["astronaut.png"]).body
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # Qt writes ligatures
    body, annex = flat.split("Technical annex", 1)
    for expected in ("Plainte Dupont contre X", "Alice Martin", "Bruno Petit", "Sexual deepfake of an adult",
                     "Non-conclusive", "uncovered", "Code pénal 226-8-1", "verify_exhibit.py", "suspected minor",
                     "Parquet de Paris"):
        assert expected in body, expected
    for expected in (astronaut["sha256"], astronaut["md5"], astronaut["pdq"]["hex"], "sexual-deepfake-adult",
                     "non-conclusive", "nudenet-320n", f"reviewer.vault/{world.vault.vault_id}/case/{world.case_a}"):
        assert expected in annex and expected not in body, expected
    if os.environ.get("EXHIBIT_KEEP_PAGES"):  # to look at the pages by hand
        for page in pages:
            shutil.copy(page, Path(os.environ["EXHIBIT_KEEP_PAGES"]) / page.name)
