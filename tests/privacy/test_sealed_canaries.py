"""Every field a user types is sealed: canaries typed into each free-text field (case title and notes, source
URL, platform, account, date seen, who acquired it and how, file name, review notes, legal qualification,
revocation reason, export recipient, purge reason) are absent from the raw bytes of every file of the vault
folder, the WAL included, while the vault is open and after it is closed; and they read back with the
passphrase."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reviewer.media import ingest
from reviewer.vault import Vault

PASSPHRASE = "violet tractor quantum harbor 93"


def canary(field: str) -> str:
    return f"CANARY-{field}-{os.urandom(4).hex()}"


def raw_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def leaks(folder: Path, canaries: dict[str, str]) -> list[tuple[str, str]]:
    """(field, file) for every canary found in a file, as UTF-8 or as UTF-16 (either byte order)."""
    found = []
    for name, data in raw_bytes(folder).items():
        for field, text in canaries.items():
            if any(form in data for form in (text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be"))):
                found.append((field, name))
    return found


def test_no_typed_text_is_readable_in_any_file_of_the_vault_folder(tmp_path, samples_dir):
    typed = {name: canary(name) for name in (
        "title", "case_notes", "url", "platform", "account", "date_seen", "acquired_by", "how", "file_name",
        "review_notes", "qualification", "review_url", "revocation_reason", "recipient", "purge_reason")}
    named = tmp_path / "incoming" / f"{typed['file_name']}.jpg"
    named.parent.mkdir()
    shutil.copy(samples_dir / "rocket.jpg", named)
    folder = tmp_path / "vault"
    session = Vault.create(folder, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    try:
        case = session.new_case(typed["title"], notes=typed["case_notes"])
        source = {"url": f"https://example.invalid/{typed['url']}", "platform": typed["platform"],
                  "account": typed["account"], "date_seen": typed["date_seen"]}
        media = session.ingest(case, ingest(named), source=source, acquired_by=typed["acquired_by"], how=typed["how"])
        session.seal_review(case, media, labels=["non-conclusive"], qualification=typed["qualification"],
                            notes=typed["review_notes"], source={"url": typed["review_url"]})
        bob = session.enroll("Bob Durand", "correct horse battery staple 42")
        session.revoke(bob, typed["revocation_reason"])
        session.record_export(case, bundle_sha256="0" * 64, recipient=typed["recipient"], what={"media": 1})
        other = session.ingest(case, ingest(samples_dir / "coffee.png"))
        session.purge_media(case, other, typed["purge_reason"])
        # Open: the WAL holds the latest pages.
        assert (folder / "vault.sqlite3-wal").exists()
        assert leaks(folder, typed) == []
        # The values are there, for whoever has the passphrase.
        review = session.decrypt_record(session.vault.records(case)[2])["body"]
        assert (review["qualification"], review["notes"]) == (typed["qualification"], typed["review_notes"])
        assert session.media(case)[0]["name"] == named.name
    finally:
        session.vault.close()
    assert leaks(folder, typed) == []
    vault = Vault.open(folder, read_only=True)
    try:
        assert vault.verify().ok  # verification without the passphrase still checks every record
    finally:
        vault.close()


def test_a_revealed_region_box_is_sealed_and_disclosed_only_in_an_exhibit(tmp_path, samples_dir):
    """Format 3: the box of a revealed region (it outlines a body) is in no file of the vault folder; it reads
    back with the passphrase, verification passes with and without it, and an exhibit discloses it as an
    opening that the shipped verifier checks against the signed commitment."""
    import json
    import subprocess
    import sys
    import zipfile

    from reviewer.exhibit.bundle import export_case

    label = canary("region_label")
    # Coordinates no picture has: ten digits each, so finding them in a file is never a coincidence.
    box = {"index": 0, "x0": 1357924680, "y0": 2468013579, "x1": 3579246801, "y1": 4680135792,
           "label": label, "group": "face", "started_at": "2026-12-06T17:00:00.000Z", "duration_s": "2.5",
           "ended_by": "timeout"}
    typed = {"label": label, **{name: str(box[name]) for name in ("x0", "y0", "x1", "y1")}}
    folder = tmp_path / "vault"
    session = Vault.create(folder, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    try:
        case = session.new_case("Dossier")
        media = session.ingest(case, ingest(samples_dir / "rocket.jpg"))
        reveal = session.record_reveal(case, media, region=box, duration_s=2.5)
        assert "region" not in reveal.fields["body"] and "region" in reveal.fields["sealed"]
        assert (folder / "vault.sqlite3-wal").exists()
        assert leaks(folder, typed) == []
        assert session.decrypt_record(reveal)["body"]["region"] == box
        report = session.vault.verify(session=session)  # the sealed box checked against its commitment
        assert report.ok, report.text()
        bundle = export_case(session.vault, session, case, tmp_path / "exhibit.zip", lang="en").path
        fingerprint = session.vault.fingerprint
    finally:
        session.vault.close()
    assert leaks(folder, typed) == []
    with Vault.open(folder, read_only=True) as vault:
        assert vault.verify().ok  # without the passphrase: signatures, chain, logs, blobs
    # The exhibit gives the box's opening beside the record, and its own verifier checks it.
    with zipfile.ZipFile(bundle) as archive:
        leaf = json.loads(archive.read(f"log/case/{reveal.seq:06d}.json"))
        assert leaf["type"] == "region.revealed" and "region" in leaf["sealed"]
        opening = json.loads(json.loads(archive.read(f"log/case/{reveal.seq:06d}.open.json"))["region"])
        assert opening["value"] == box
        script = tmp_path / "verify_exhibit.py"
        script.write_bytes(archive.read("verify_exhibit.py"))
    checked = subprocess.run([sys.executable, "-I", str(script), "--lang", "en", "--expect-key", fingerprint,
                              str(bundle)], capture_output=True, text=True, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "disclosed values match the commitments" in checked.stdout
