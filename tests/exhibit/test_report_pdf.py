"""The PDF report renders with standard tools, shows its content, in French or English, from a worker thread too."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from reviewer.exhibit.report_content import (AnalysisEntry, DecisionEntry, LogLine, MediaEntry, ReportContent,
                                             RevealEntry, SignerEntry)
from reviewer.exhibit.report_pdf import render_report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def thumbnail(samples_dir: Path) -> bytes:
    out = io.BytesIO()
    Image.open(samples_dir / "coffee.png").convert("RGB").resize((160, 120)).save(out, "PNG")
    return out.getvalue()


def content(samples_dir: Path) -> ReportContent:
    item = MediaEntry(
        media_id="m-7f3a", name="coffee.png", kind="image", format="png", size=123_456, width=640, height=480,
        duration_s=None, sha256="5" * 64, sha1="1" * 40, md5="d" * 32, pdq="f0" * 32, pdq_quality=94,
        frame_pdq_count=0, thumbnail_png=thumbnail(samples_dir), files=("media/m-7f3a/redacted.png",),
        original_included=False, withheld_reason="",
        signals=({"id": "c2pa.absent", "value": "none", "meaning": "No Content Credentials.", "limits": "Absence proves nothing."},),
        analyses=(AnalysisEntry({"id": "nudenet-320n", "version": "3.4.2", "model_sha256": "ab" * 32},
                                {"regions": 2}, ("heatmaps/m-7f3a/noise.png",), "Alice Martin", "2026-03-01T10:00:00Z"),),
        decisions=(DecisionEntry(("non-conclusive",), "", "First look", {}, "Alice Martin", "2026-03-01T10:03:00Z"),
                   DecisionEntry(("sexual-deepfake-adult",), "Code pénal 226-8-1", "Montage evident",
                                 {"url": "https://example.invalid/p/1", "platform": "ExampleNet", "seen": "2026-02-28"},
                                 "Bruno Petit", "2026-03-01T10:05:00Z")),
        reveals=(RevealEntry({"index": 0, "label": "FACE"}, 4.0, "Alice Martin", "2026-03-01T10:02:00Z"),),
    )
    return ReportContent(
        case_id="case-42", title="Plainte Dupont", notes="", created_at="2026-03-01T09:00:00Z",
        exported_at="2026-03-02T08:00:00Z", exported_by="Alice Martin", recipient="Parquet de Paris", app_version="0.1.0",
        record_count=5, case_checkpoint="reviewer/case/case-42\n5\nROOTHASH=\n\n— vault sig\n",
        vault_checkpoint="reviewer/vault\n3\nVAULTROOT=\n", media=(item,),
        signers=(SignerEntry("Alice Martin", "1a2b3c4d", "PUBKEYALICE", "reviewer"),),
        log=tuple(LogLine(i, "2026-03-01T10:00:00Z", "reveal", "Alice Martin", "ee" * 32) for i in range(5)),
    )


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # Qt writes ligatures (fi, ffi) that pdftotext keeps


def test_report_shows_decisions_in_words_and_hashes_only_in_the_annex(samples_dir, tmp_path):
    pdf = render_report_pdf(content(samples_dir), lang="en")
    body, annex = " ".join(pdf_text(pdf, tmp_path).split()).split("Technical annex", 1)
    for expected in ("Exhibit report", "Plainte Dupont", "Bruno Petit", "Sexual deepfake of an adult",
                     "Replaced by the decision of 1 March 2026 at 10:05 UTC (Bruno Petit)", "uncovered 1 time(s)",
                     "https://example.invalid/p/1", "28 February 2026", "verify_exhibit.py", "Parquet de Paris"):
        assert expected in body, expected
    for expected in ("5" * 64, "1" * 40, "d" * 32, "f0" * 32, "nudenet-320n", "ab" * 32, "sexual-deepfake-adult",
                     "ROOTHASH=", "VAULTROOT="):
        assert expected in annex and expected not in body, expected


def test_report_pages_render_with_pdftoppm_and_show_the_thumbnail_in_grey(samples_dir, tmp_path):
    (tmp_path / "report.pdf").write_bytes(render_report_pdf(content(samples_dir), lang="en"))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "report.pdf"), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    first = np.asarray(Image.open(pages[0]).convert("RGB")).astype(int)
    saturation = first.max(axis=2) - first.min(axis=2)
    assert (saturation > 20).sum() == 0  # nothing in colour, the coffee photo included
    assert (first.mean(axis=2) < 200).sum() > 500  # but the picture is there


def test_report_in_french(samples_dir, tmp_path):
    text = " ".join(pdf_text(render_report_pdf(content(samples_dir), lang="fr"), tmp_path).split())
    assert "Rapport de pièce" in text and "Exhibit report" not in text
    body = text.split("Annexe technique", 1)[0]
    assert "Remplacée par la décision du 1er mars 2026 à 10:05 UTC (Bruno Petit)" in body
    assert "Hypertrucage sexuel d'un adulte" in body
    # One media: the singular, in the summary and in the cover letter (not "1 médias").
    assert "1 média, dont 1 avec une décision scellée" in body and "1 médias" not in text


def test_report_renders_from_a_worker_thread(samples_dir, tmp_path):
    render_report_pdf(content(samples_dir), lang="en")  # the QGuiApplication exists from here on
    result: dict[str, object] = {}

    def work() -> None:
        try:
            result["pdf"] = render_report_pdf(content(samples_dir), lang="en")
        except BaseException as exc:  # reported to the test thread
            result["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert "error" not in result, result.get("error")
    assert "Plainte Dupont" in pdf_text(result["pdf"], tmp_path)


def test_long_logs_are_cut_in_the_report_with_a_note(samples_dir, tmp_path):
    from dataclasses import replace

    from reviewer.exhibit.report_pdf import MAX_TABLE_ROWS

    base = content(samples_dir)
    long = replace(base, log=tuple(LogLine(i, "t", "region.revealed", "Alice Martin", "ee" * 32)
                                   for i in range(MAX_TABLE_ROWS + 50)))
    text = pdf_text(render_report_pdf(long, lang="en"), tmp_path)
    assert f"{MAX_TABLE_ROWS} of {MAX_TABLE_ROWS + 50} rows shown" in " ".join(text.split())


def test_provenance_signals_are_shown_in_the_report_language(samples_dir, tmp_path):
    from dataclasses import replace

    from reviewer.exhibit.report_pdf import ReportLanguage
    from reviewer.media import ingest

    signals = tuple(s.to_json() for s in ingest(samples_dir / "coffee.png").signals)
    assert signals
    base = content(samples_dir)
    item = replace(base.media[0], signals=signals)
    text = " ".join(pdf_text(render_report_pdf(replace(base, media=(item,)), lang="fr"), tmp_path).split())
    french = ReportLanguage("fr").translate("media", signals[0]["meaning"])
    assert french != signals[0]["meaning"]
    assert " ".join(french.split())[:40] in text


@pytest.mark.parametrize("lang, expected", [("en", ("Noise residual", "as often as chance", "Expert map")),
                                            ("fr", ("Résidu de bruit", "hasard", "Carte pour experts"))])
def test_report_states_each_heatmaps_measured_limits_in_the_reports_language(samples_dir, tmp_path, lang, expected):
    heatmaps = AnalysisEntry({"id": "detect.heatmaps"}, {"noise_residual": {"name": "Noise residual", "params": {}}},
                             ("media/m-7f3a/heatmaps-redacted/noise_residual.png",), "Alice Martin",
                             "2026-03-01T10:01:00Z")
    base = content(samples_dir)
    item = base.media[0]
    report = ReportContent(**{**base.__dict__, "media": (MediaEntry(**{**item.__dict__, "analyses": (heatmaps,)}),)})
    text = " ".join(pdf_text(render_report_pdf(report, lang=lang), tmp_path).split())
    for words in expected:
        assert words in text, words


def test_report_heads_a_recorded_comparison_with_its_conclusion_in_the_reports_language(samples_dir, tmp_path):
    summary = {"changed_fraction": 0.18, "where": "lower middle", "sureness": "strong", "changed_in_regions": 0.9,
               "regions_changed": 0.7, "conclusion": "About 18 % of the picture differs from the original photo"}
    comparison = AnalysisEntry({"id": "detect.compare", "version": "2"}, summary, (), "Alice Martin",
                               "2026-03-01T10:03:00Z")
    base = content(samples_dir)
    item = base.media[0]
    report = ReportContent(**{**base.__dict__, "media": (MediaEntry(**{**item.__dict__, "analyses": (comparison,)}),)})
    text = " ".join(pdf_text(render_report_pdf(report, lang="fr"), tmp_path).split())
    assert "Environ 18 % de l'image diffère de la photo d'origine, surtout en bas, au milieu de l'image." in text
    assert "élément solide" in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_character_of_the_signed_checkpoints_is_on_the_page(samples_dir, tmp_path, lang):
    """A real signed note's signature line (key name and signature, about 140 characters) is longer than
    the page is wide: it wraps instead of running off the page's edge, where the signature's end was lost."""
    import dataclasses
    import hashlib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from reviewer.vault.checkpoint import Checkpoint, key_name_of, origin_of, sign_checkpoint

    vault_id, key = "e08fb8097af6016ab4e7db70f824a777", Ed25519PrivateKey.generate()
    notes = [sign_checkpoint(Checkpoint(origin_of(vault_id, log), size, hashlib.sha256(b"%d" % size).digest()),
                             key_name_of(vault_id), key) for log, size in (("f0d155a4ee591e4e", 3), (None, 5))]
    report = dataclasses.replace(content(samples_dir), case_checkpoint=notes[0], vault_checkpoint=notes[1])
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report_pdf(report, lang=lang))
    # Without -layout: the text as placed, inside the page's box only (what a printed page shows).
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    joined = "".join(text.split())
    for note in notes:
        for line in note.splitlines():
            assert "".join(line.split()) in joined, line
