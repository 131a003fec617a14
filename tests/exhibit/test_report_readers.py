"""The report a lawyer files (issue 21): plain words in one language before the annex, grey pictures, PDF/A."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
                                reason="poppler-utils or qpdf not installed")

ENGLISH_STOP_WORDS = {"the", "and", "of", "to", "is", "was", "with", "by", "on", "this", "that", "from", "not",
                      "are", "it", "for", "be", "as", "has", "in"}
FRENCH_STOP_WORDS = {"le", "la", "les", "et", "des", "du", "est", "une", "un", "dans", "pour", "par", "sur",
                     "que", "qui", "ce", "au", "aux", "pas", "en"}
MODEL_LABEL = re.compile(r"\b[A-Z]+_(?:EXPOSED|COVERED|FEMALE|MALE)\b|\bFACE_[A-Z]+\b")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
FRENCH_DATE = re.compile(r"\b(?:1er|\d{1,2}) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                         r"novembre|décembre) \d{4} à \d{2}:\d{2} UTC")
ENGLISH_DATE = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December) \d{4} at \d{2}:\d{2} UTC")


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """A case with images, a video, reveals, a correction and two reviewers, exported in both languages."""
    from tests.exhibit.conftest import build_world
    from reviewer.exhibit import export_case

    world = build_world(tmp_path_factory.mktemp("world"))
    # A correction by the other reviewer: the first decision must read as replaced.
    world.alice.seal_review(world.case_a, world.media["rocket.jpg"], labels=["not-sexual", "no-manipulation-found"],
                            notes="Photo de fusée, rien de sexuel")
    out = {}
    for lang in ("fr", "en"):
        path = tmp_path_factory.mktemp(lang) / f"exhibit-{lang}.zip"
        export_case(world.vault, world.alice, world.case_a, path, recipient="Parquet de Paris", lang=lang)
        out[lang] = zipfile.ZipFile(path)
    return world, out


def text_of(pdf: bytes, folder: Path) -> str:
    path = folder / "r.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def words(text: str) -> list[str]:
    return re.findall(r"[a-zàâçéèêëîïôûùüÿœæ']+", text.lower())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_main_body_is_plain_words_in_one_language(exports, tmp_path, lang):
    world, zips = exports
    text = text_of(zips[lang].read("report.pdf"), tmp_path)
    annex_title = "Annexe technique" if lang == "fr" else "Technical annex"
    assert annex_title in text
    body = text.split(annex_title, 1)[0]
    found = words(body)
    foreign = ENGLISH_STOP_WORDS if lang == "fr" else FRENCH_STOP_WORDS
    # File names, URLs and notes typed by reviewers are data, not sentences: a handful of stray words at most.
    assert sum(w in foreign for w in found) <= 3, [w for w in found if w in foreign]
    assert not MODEL_LABEL.search(body), MODEL_LABEL.search(body)
    assert not ISO_TIME.search(body), ISO_TIME.search(body)
    assert "{" not in body and "}" not in body  # no JSON
    assert (FRENCH_DATE if lang == "fr" else ENGLISH_DATE).search(body)
    replaced = "Remplacée par la décision du" if lang == "fr" else "Replaced by the decision of"
    assert replaced in body  # the correction is marked


def test_every_picture_in_the_report_is_grey(exports, tmp_path):
    _, zips = exports
    for lang, bundle in zips.items():
        path = tmp_path / f"{lang}.pdf"
        path.write_bytes(bundle.read("report.pdf"))
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
        assert rows, "the report shows the media"
        assert {row[5] for row in rows} == {"gray"}, listing


@pytest.mark.parametrize("name", ["report.pdf", "cover-letter.pdf"])
def test_the_pdfs_are_pdf_a_with_embedded_fonts_and_pass_qpdf(exports, tmp_path, name):
    _, zips = exports
    path = tmp_path / name
    data = zips["fr"].read(name)
    path.write_bytes(data)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, check.stdout + check.stderr
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True, check=True).stdout
    assert b'pdfaid:part="1"' in qdf and b'pdfaid:conformance="B"' in qdf
    assert b"/S /GTS_PDFA1" in qdf or b"/S/GTS_PDFA1" in qdf
    assert b"/DestOutputProfile" in qdf
    assert re.search(rb"/ID \[", qdf)
    assert b"/Encrypt" not in qdf and b"/JavaScript" not in qdf and b"/JS " not in qdf
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_the_cover_letter_is_one_page_with_the_fingerprint_to_check(exports, tmp_path):
    world, zips = exports
    path = tmp_path / "letter.pdf"
    path.write_bytes(zips["fr"].read("cover-letter.pdf"))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\b", info)
    text = text_of(zips["fr"].read("cover-letter.pdf"), tmp_path)
    report = text_of(zips["fr"].read("report.pdf"), tmp_path)
    fingerprint = re.search(r"python verify_exhibit\.py --expect-key (\S+)", text).group(1)
    assert fingerprint in report and "téléphone" in text
