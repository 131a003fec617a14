"""A vault of an older format (1, 2) still opens and verifies; the first unlock by this version brings it to
the current format (PRAGMA user_version and meta.format, with the key store's MAC rewritten), so that an
older Reviewer refuses it instead of calling its new records damaged; its older records stay as they are."""

from __future__ import annotations

import sqlite3

from reviewer.vault import Vault, keystore
from reviewer.vault.records import FORMAT_VERSION

PASSPHRASE = "violet tractor quantum harbor 93"


def _as_format_1(path, data_key: bytes) -> None:
    conn = sqlite3.connect(path / "vault.sqlite3", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
        keystore.store_mac(conn, data_key)  # as a version-1 writer holding the data key would have left it
        conn.execute("COMMIT")
    finally:
        conn.close()


def _format(path) -> tuple[int, str]:
    conn = sqlite3.connect(path / "vault.sqlite3")
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0])
    finally:
        conn.close()


def test_a_format_1_vault_verifies_and_is_brought_to_the_current_format_at_unlock(tmp_path):
    path = tmp_path / "vault"
    session = Vault.create(path, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    data_key = session._data_key
    session.vault.close()
    _as_format_1(path, data_key)
    with Vault.open(path, read_only=True) as vault:
        assert vault.verify().ok
    vault = Vault.open(path)
    try:
        assert _format(path) == (1, "1")  # opening alone changes nothing
        session = vault.unlock(PASSPHRASE)
        assert _format(path) == (FORMAT_VERSION, str(FORMAT_VERSION))
        case = session.new_case("Dossier")
        assert session.vault.records(case)[0].fields["v"] == FORMAT_VERSION
        report = vault.verify(session=session)
        assert report.ok, report.text()
        assert session.key_store_intact()
    finally:
        vault.close()


def test_a_vault_written_by_format_2_verifies_reads_and_exports_beside_format_3_records(tmp_path):
    """A real format-2 vault (tests/data/vaults/format-2, written by the format-2 code): its reveal keeps its
    box in clear and still verifies; after the upgrade at unlock a new reveal seals its box (format 3), both
    are read, verified with and without the passphrase, and exported to an exhibit its own verifier accepts."""
    import json
    import shutil
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    from reviewer.exhibit.bundle import export_case

    path = tmp_path / "vault"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data" / "vaults" / "format-2", path)
    with Vault.open(path, read_only=True) as vault:
        report = vault.verify()
        assert report.ok, report.text()
        case = vault.cases()[0]["id"]
        old = next(r for r in vault.records(case) if r.type == "region.revealed")
    assert old.fields["v"] == 2 and old.body["region"]["x0"] == 11 and old.fields["sealed"] == {}
    vault = Vault.open(path)
    try:
        session = vault.unlock(PASSPHRASE)
        assert _format(path) == (FORMAT_VERSION, str(FORMAT_VERSION))
        media = vault.media(case)[0]["id"]
        new = session.record_reveal(case, media, region={"index": 0, "x0": 55, "y0": 66, "x1": 77, "y1": 88},
                                    duration_s=1.0)
        assert new.fields["v"] == FORMAT_VERSION == 3 and "region" not in new.body
        assert session.decrypt_record(old)["body"]["region"]["x0"] == 11
        assert session.decrypt_record(new)["body"]["region"]["x0"] == 55
        report = vault.verify(session=session)
        assert report.ok, report.text()
        bundle = export_case(vault, session, case, tmp_path / "exhibit.zip", lang="en").path
        fingerprint = vault.fingerprint
    finally:
        vault.close()
    with Vault.open(path, read_only=True) as vault:
        assert vault.verify().ok
    with zipfile.ZipFile(bundle) as archive:
        assert json.loads(archive.read(f"log/case/{old.seq:06d}.json"))["body"]["region"]["x0"] == 11
        opened = json.loads(archive.read(f"log/case/{new.seq:06d}.open.json"))
        assert json.loads(opened["region"])["value"]["x0"] == 55
        script = tmp_path / "verify_exhibit.py"
        script.write_bytes(archive.read("verify_exhibit.py"))
    checked = subprocess.run([sys.executable, "-I", str(script), "--lang", "en", "--expect-key", fingerprint,
                              str(bundle)], capture_output=True, text=True, cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
