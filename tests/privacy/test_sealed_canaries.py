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
