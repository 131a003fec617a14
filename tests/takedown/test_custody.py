"""The chain of custody as CASE/UCO JSON-LD, validated by case-utils (SHACL shapes of the CASE ontology)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reviewer.media import ingest
from reviewer.takedown import notices
from reviewer.takedown.custody import case_uco_jsonld


def test_the_chain_of_custody_validates_against_case_and_holds_no_sealed_value(session, samples_dir, tmp_path):
    case_id = session.new_case("Dossier de Jeanne Exemple")
    media = session.ingest(case_id, ingest(samples_dir / "rocket.jpg"), source={"url": "https://social.example/p/1"})
    session.record_analysis(case_id, media, method={"id": "noise-residual", "version": "1"}, summary={"score": 0.5})
    session.seal_review(case_id, media, labels=["sexual-deepfake-adult"], notes="Jeanne recognised her face")
    notices.log_sent(session, case_id, platform="ExampleNet", channel="email", urls=["https://social.example/p/1"],
                     content_type="deepfake", at="2026-12-06 10:00 +01:00")
    document = case_uco_jsonld(session.vault, case_id)
    path = tmp_path / "custody.jsonld"
    path.write_text(json.dumps(document), encoding="utf-8")

    validator = Path(sys.executable).parent / "case_validate"
    out = subprocess.run([str(validator), "--format", "human", str(path)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0 and "Conforms: True" in out.stdout, out.stdout[-3000:] + out.stderr[-2000:]
    assert "Severity" not in out.stdout  # not even a warning

    actions = [n for n in document["@graph"] if n["@type"] == "case-investigation:InvestigativeAction"]
    assert len(actions) == len(session.vault.records(case_id))
    assert {a["uco-core:name"] for a in actions} >= {"Media acquired and hashed", "Review sealed", "Takedown notice logged"}
    body = session.vault.record(media).body
    text = json.dumps(document)
    assert body["sha256"].upper() in text and body["md5"].upper() in text
    assert "Jeanne" not in text and "social.example" not in text and "rocket" not in text  # sealed values stay sealed
