"""The complaint annex: pre-filled from the case, with every evidence item pointing at a file of the exhibit."""

from __future__ import annotations

import re
import zipfile

from reviewer.media import ingest
from reviewer.takedown import notices
from reviewer.takedown.complaint import complaint_annex
from reviewer.translations import fixed_language

URL = "https://social.example/@someone/post/4711"


def test_the_annex_is_prefilled_and_points_into_the_exhibit(session, samples_dir, tmp_path):
    from reviewer.exhibit.bundle import export_case

    case_id = session.new_case("Dossier Exemple")
    rocket = session.ingest(case_id, ingest(samples_dir / "rocket.jpg"),
                            source={"url": URL, "platform": "ExampleNet", "seen_at": "2026-03-14T21:05:00+01:00"})
    chelsea = session.ingest(case_id, ingest(samples_dir / "chelsea.png"))
    session.seal_review(case_id, rocket, labels=["sexual-deepfake-adult"], qualification="art. 226-8-1 du Code pénal")
    session.seal_review(case_id, chelsea, labels=["suspected-minor"])
    sent = notices.log_sent(session, case_id, platform="ExampleNet", channel="web-form", urls=[URL],
                            content_type="deepfake", at="2026-03-15 10:00 +01:00")
    notices.log_update(session, case_id, sent.id, status="removed", statement_id="SOR-77")
    bundle = tmp_path / "piece.zip"
    export_case(session.vault, session, case_id, bundle, lang="fr")

    text = complaint_annex(session, case_id, date="2026-12-06", translate=fixed_language("fr"))
    assert "contre X" in text and "[à compléter]" in text.lower()
    assert URL in text and "2026-03-14T21:05:00+01:00" in text and "226-8-1" in text
    assert "ExampleNet" in text and "SOR-77" in text and "Contenu retiré" in text
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        import hashlib
        assert hashlib.sha256(bundle.read_bytes()).hexdigest() in text
    pointed = re.findall(r"(?:log/case/\d{6}\.json|media/[0-9a-f]{32}/redacted\.png)", text)
    assert f"media/{rocket}/redacted.png" in pointed and len(pointed) >= 3
    assert set(pointed) <= names  # every item points at a file that is in the exhibit
    assert f"media/{chelsea}/" not in text  # a suspected minor is fingerprints only
    assert "mineur présumé" in text.lower()

    named = complaint_annex(session, case_id, date="2026-12-06", author="Jean Exemple", translate=fixed_language("en"))
    assert "Complaint against Jean Exemple" in named and "against X" not in named
