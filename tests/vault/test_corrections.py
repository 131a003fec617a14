"""A correction seals a new review that names the one it corrects; verification checks what it names."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import zipfile

import pytest

from reviewer.exhibit import export_case, verify_bundle
from reviewer.media import ingest
from reviewer.vault import NotLatestReview, Vault


@pytest.fixture
def reviewed(session, samples_dir):
    """A case with two media, the first reviewed once."""
    case = session.new_case("Corrections")
    first = session.ingest(case, ingest(samples_dir / "coffee.png"))
    second = session.ingest(case, ingest(samples_dir / "rocket.jpg"))
    review = session.seal_review(case, first, labels=["non-conclusive"], notes="first look")
    return case, first, second, review


def test_a_correction_names_the_review_it_corrects_and_verifies(session, reviewed, vault_dir):
    case, first, _second, review = reviewed
    correction = session.seal_review(case, first, labels=["not-sexual"], supersedes=review.id)
    assert correction.fields["body"] == {"media": first, "labels": ["not-sexual"], "supersedes": review.id}
    # A first review has no such member at all (not null): its shape is unchanged.
    assert "supersedes" not in review.fields["body"]
    # A correction of the correction names the correction.
    again = session.seal_review(case, first, labels=["non-conclusive"], supersedes=correction.id)
    assert again.fields["body"]["supersedes"] == correction.id
    report = session.vault.verify(case, session=session)
    assert report.ok, report.problem
    with Vault.open(vault_dir, read_only=True) as reader:
        assert reader.verify().ok


def test_a_correction_of_anything_but_the_latest_review_is_refused(session, reviewed):
    case, first, second, review = reviewed
    newer = session.seal_review(case, first, labels=["not-sexual"])
    before = len(session.vault.records(case))
    with pytest.raises(NotLatestReview) as caught:  # someone sealed another decision meanwhile
        session.seal_review(case, first, labels=["no-manipulation-found"], supersedes=review.id)
    assert "Nothing was sealed" in caught.value.message
    with pytest.raises(NotLatestReview) as caught:  # the latest review of another media
        session.seal_review(case, second, labels=["not-sexual"], supersedes=newer.id)
    assert "There is no decision to correct" in caught.value.message  # not "sealed in the meantime": untrue here
    with pytest.raises(NotLatestReview) as caught:  # a media never reviewed has nothing to correct
        session.seal_review(case, second, labels=["not-sexual"], supersedes="0" * 32)
    assert "There is no decision to correct" in caught.value.message
    assert len(session.vault.records(case)) == before


def _append_signed(session, case, body):
    """What an insider holding a key could write: a correctly signed record the API would refuse."""
    with session._write() as conn:
        return session._append(conn, case, "review.sealed", body, {"notes": "", "source": None, "qualification": ""})


@pytest.mark.parametrize("target", ["other-media", "later", "itself-shape"])
def test_verification_refuses_a_correction_naming_no_earlier_review_of_its_media(session, reviewed, vault_dir, target):
    case, first, second, review = reviewed
    other = session.seal_review(case, second, labels=["not-sexual"])
    if target == "other-media":
        bad = _append_signed(session, case, {"media": first, "labels": ["not-sexual"], "supersedes": other.id})
    elif target == "later":  # names a review id that does not exist (yet)
        bad = _append_signed(session, case, {"media": first, "labels": ["not-sexual"], "supersedes": "ab" * 16})
    else:
        bad = _append_signed(session, case, {"media": first, "labels": ["not-sexual"], "supersedes": "not an id"})
    for workers in (1, 2):
        with Vault.open(vault_dir, read_only=True) as reader:
            report = reader.verify(workers=workers)
        assert not report.ok
        assert (report.problem.code, report.problem.seq) == ("bad-record", bad.seq)


def test_the_standalone_exhibit_verifier_accepts_a_correction(session, reviewed, tmp_path):
    case, first, _second, review = reviewed
    session.seal_review(case, first, labels=["not-sexual"], supersedes=review.id)
    bundle = export_case(session.vault, session, case, tmp_path / "exhibit.zip", lang="en")
    ok, lines = verify_bundle(bundle.path)
    assert ok, lines


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang, expected", [
    ("fr", "Corrigé le {when} par Alice Martin, en remplacement de la décision du {earlier}"),
    ("en", "Corrected on {when} by Alice Martin, replacing the decision of {earlier}"),
])
def test_the_exhibit_report_says_corrected_on_by(session, reviewed, tmp_path, lang, expected):
    from reviewer import local_format

    case, first, _second, review = reviewed
    correction = session.seal_review(case, first, labels=["not-sexual"], supersedes=review.id)
    result = export_case(session.vault, session, case, tmp_path / "exhibit.zip", lang=lang)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(zipfile.ZipFile(result.path).read("report.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    when = local_format.date_time(correction.fields["time"], lang)
    earlier = local_format.date_time(review.fields["time"], lang)
    assert expected.format(when=when, earlier=earlier) in text
