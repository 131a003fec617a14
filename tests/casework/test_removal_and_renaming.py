"""Removing a media added by mistake and renaming a case: rules of the case layer, on a real vault (no Qt)."""

from __future__ import annotations

import subprocess
import zipfile

import pytest

from reviewer.casework import CaseService
from reviewer.casework.errors import (
    CaseTitleInvalid,
    MediaAlreadyRemoved,
    RemovalReasonMissing,
    SuspectedMinorKept,
)
from reviewer.media import ingest
from tests.casework.conftest import record_types


def _case_with(session, samples_dir, names):
    service = CaseService(session)
    case = service.new_case("Dossier Martin")
    ids = [service.add_media(case, ingest(samples_dir / name)) for name in names]
    return service, case, ids


def test_a_removed_media_leaves_the_listing_its_hashes_and_records_stay(session, samples_dir, reopen, vault_dir):
    service, case, (coffee, rocket) = _case_with(session, samples_dir, ["coffee.png", "rocket.jpg"])
    service.seal_review(case, coffee, labels=["not-sexual"])
    preview = service.removal_preview(case, coffee)
    assert (preview.name, preview.kind, preview.labels, preview.exports) == ("coffee.png", "image", ("not-sexual",), 0)

    record = service.remove_media(case, coffee, "  Ajouté   par erreur ")
    assert record.type == "media.purged"
    assert session.decrypt_record(session.vault.record(record.id))["body"]["reason"] == "Ajouté par erreur"
    assert service.case(case).media_ids() == [rocket]
    assert record_types(vault_dir, case)[-1] == "media.purged"
    # After a restart: gone from the listing, its ingest (hashes) and review still in the log, the vault verifies.
    again = CaseService(reopen())
    model = again.open_case(case)
    assert model.media_ids() == [rocket] and model.media_ids(purged=True) == [coffee, rocket]
    assert model.get(coffee).sha256 and model.get(coffee).review.labels == ("not-sexual",)
    report = again.vault.verify(session=again.session)
    assert report.ok, report.text()
    with pytest.raises(MediaAlreadyRemoved):
        again.remove_media(case, coffee, "encore")


def test_a_reason_is_required_and_nothing_is_recorded_without_one(session, samples_dir, vault_dir):
    service, case, (coffee,) = _case_with(session, samples_dir, ["coffee.png"])
    before = record_types(vault_dir, case)
    with pytest.raises(RemovalReasonMissing):
        service.remove_media(case, coffee, "   ")
    assert record_types(vault_dir, case) == before
    assert service.read_media(coffee)  # the bytes are still there


def test_a_suspected_minor_and_its_copies_elsewhere_are_never_removed(session, samples_dir, vault_dir):
    service, case, (coffee,) = _case_with(session, samples_dir, ["coffee.png"])
    service.seal_review(case, coffee, labels=["suspected-minor"])
    with pytest.raises(SuspectedMinorKept) as refused:
        service.remove_media(case, coffee, "Ajouté par erreur")
    assert "suspected minor" in refused.value.message
    # The same picture added to another case is withheld there too (by its hash): not removable either.
    other = service.new_case("Autre dossier")
    copy = service.add_media(other, ingest(samples_dir / "coffee.png"))
    with pytest.raises(SuspectedMinorKept):
        service.removal_preview(other, copy)
    assert "media.purged" not in record_types(vault_dir, case) + record_types(vault_dir, other)
    assert service.read_media(coffee) and service.read_media(copy)


def test_an_exhibit_after_a_removal_has_no_picture_of_it_and_verifies(session, samples_dir, tmp_path):
    from reviewer.exhibit import export_case, verify_bundle

    service, case, (coffee, rocket) = _case_with(session, samples_dir, ["coffee.png", "rocket.jpg"])
    service.remove_media(case, coffee, "Ajouté par erreur")
    result = export_case(session.vault, session, case, tmp_path / "piece.zip", lang="fr")
    with zipfile.ZipFile(result.path) as bundle:
        names = bundle.namelist()
    assert not [n for n in names if n.startswith(f"media/{coffee}/")]
    assert [n for n in names if n.startswith(f"media/{rocket}/")]
    ok, lines = verify_bundle(result.path, lang="en")
    assert ok, lines


def test_renaming_a_case_is_a_sealed_record_seen_after_a_restart(session, samples_dir, reopen, vault_dir, tmp_path):
    from reviewer.exhibit import export_case, verify_bundle

    service, case, (coffee,) = _case_with(session, samples_dir, ["coffee.png"])
    record = service.rename_case(case, "  Dossier   Dupont 2026 ")
    assert record.type == "case.renamed" and record.fields["body"] == {}
    assert "Dupont" not in record.leaf.decode()  # the title is sealed, never in clear in the log
    assert service.rename_case(case, "Dossier Dupont 2026") is None  # the same title: nothing recorded
    assert record_types(vault_dir, case).count("case.renamed") == 1

    again = CaseService(reopen())
    assert [c.title for c in again.cases()] == ["Dossier Dupont 2026"]
    titles = again.title_history(case)
    assert [(row.type, title) for row, title in titles] == [("case.opened", "Dossier Martin"),
                                                             ("case.renamed", "Dossier Dupont 2026")]
    assert titles[1][0].signer == again.session.key_id
    assert "case.renamed" in [row.type for row in again.history(case, coffee)]
    assert again.vault.verify(session=again.session).ok
    # The exhibit carries the new title and its standalone verifier knows the record.
    result = export_case(again.vault, again.session, case, tmp_path / "piece.zip", lang="fr")
    ok, lines = verify_bundle(result.path, lang="en")
    assert ok, lines
    with zipfile.ZipFile(result.path) as bundle:
        (tmp_path / "report.pdf").write_bytes(bundle.read("report.pdf"))
    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Dossier Dupont 2026" in text and "Dossier Martin" not in text


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_an_empty_or_overlong_title_is_refused(session, vault_dir, title):
    service = CaseService(session)
    case = service.new_case("Dossier Martin")
    with pytest.raises(CaseTitleInvalid) as refused:
        service.rename_case(case, title)
    assert "200" in refused.value.message
    assert record_types(vault_dir, case) == ["case.opened"]
