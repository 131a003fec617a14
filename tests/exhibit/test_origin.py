"""Who made an exhibit: the signed manifest covers every file, and only a pinned vault key establishes origin.

Attacks tried as the other side would: swap report.pdf or a redacted PNG and recompute the manifest;
rebuild a whole exhibit from a second real vault (fresh keys, same reviewer names, a changed label);
re-sign a bundle's manifest with that other vault's key. Each is refused with a message naming it, and
without ``--expect-key`` no verifier ever exits 0.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from reviewer.cli import main as cli_main
from reviewer.exhibit import verify_exhibit as v
from reviewer.exhibit.bundle import export_case

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE, EXIT_ORIGIN_UNKNOWN = 0, 1, 2, 3


@pytest.fixture(scope="module")
def exhibit(world, tmp_path_factory):
    folder = tmp_path_factory.mktemp("origin")
    result = export_case(world.vault, world.alice, world.case_a, folder / "a.zip", lang="en")
    script = folder / "shipped_verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(result.path).read("verify_exhibit.py"))
    return result.path, script


@pytest.fixture(scope="module")
def forged_vault(tmp_path_factory):
    """A second real vault built as a forger would: same reviewer name and case title, a changed label."""
    from reviewer.media import ingest
    from reviewer.vault import Vault

    root = Path(__file__).resolve().parent.parent.parent
    folder = tmp_path_factory.mktemp("forger")
    session = Vault.create(folder / "vault", reviewer_name="Alice Martin", passphrase="forger passphrase 123")
    case = session.new_case("Plainte Dupont contre X", notes="Signalement Pharos du 3 mars")
    media = session.ingest(case, ingest(root / "resources" / "samples" / "astronaut.png"))
    session.seal_review(case, media, labels=["not-sexual"], notes="changed")
    bundle = export_case(session.vault, session, case, folder / "forged.zip", lang="en").path
    return session, bundle


def run_both(bundle: Path, script: Path, *pin: str) -> tuple[int, str]:
    """The shipped script in a fresh interpreter and ``reviewer verify-exhibit``: same status, same words."""
    outside = subprocess.run([sys.executable, "-I", str(script), "--lang", "en", *pin, str(bundle)],
                             capture_output=True, text=True)
    inside = subprocess.run([sys.executable, "-m", "reviewer", "--lang", "en", "verify-exhibit", *pin, str(bundle)],
                            capture_output=True, text=True)
    assert outside.stdout == inside.stdout, (outside.stdout, inside.stdout, inside.stderr)
    assert outside.returncode == inside.returncode
    return outside.returncode, outside.stdout


def test_the_cli_prints_the_stored_vkey_on_a_line_of_its_own_and_a_fingerprint(world, capsys):
    capsys.readouterr()
    assert cli_main(["vault", "fingerprint", "--vault", str(world.vault_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    with sqlite3.connect(world.vault_dir / "vault.sqlite3") as conn:
        stored = conn.execute("SELECT value FROM meta WHERE key = 'checkpoint_vkey'").fetchone()[0]
    assert lines[0] == stored
    assert lines[1] == v.fingerprint(stored)
    assert len(lines[1].replace("-", "")) == 24


def test_pinned_to_its_vault_the_bundle_verifies_by_vkey_or_fingerprint(world, exhibit):
    bundle, script = exhibit
    for key in (world.vault.vkey, world.vault.fingerprint, world.vault.fingerprint.upper().replace("-", " ")):
        status, report = run_both(bundle, script, "--expect-key", key)
        assert status == EXIT_OK, report
        assert "signed by the expected vault" in report


def test_without_a_pinned_key_a_sound_bundle_never_exits_0_and_says_how_to_check(world, exhibit):
    bundle, script = exhibit
    status, report = run_both(bundle, script)
    assert status == EXIT_ORIGIN_UNKNOWN
    assert "ORIGIN IS NOT ESTABLISHED" in report and "another channel" in report
    assert world.vault.vkey in report.splitlines()[-1]
    assert f"Vault key fingerprint: {world.vault.fingerprint}" in report
    assert "FAILED" not in report


def test_a_forgery_from_another_real_vault_is_refused_when_the_key_is_pinned(world, exhibit, forged_vault):
    _, script = exhibit
    forger, forged = forged_vault
    status, report = run_both(forged, script, "--expect-key", world.vault.fingerprint)
    assert status == EXIT_FAILED
    assert f"signed by vault key {forger.vault.fingerprint}, not by the expected key" in report
    # Unpinned, it is internally consistent (as any forgery can be) but never accepted as genuine.
    status, report = run_both(forged, script)
    assert status == EXIT_ORIGIN_UNKNOWN and forger.vault.vkey in report


def test_a_manifest_re_signed_by_another_vault_is_refused(world, exhibit, forged_vault, kit, tmp_path):
    bundle, script = exhibit
    forger, _ = forged_vault
    files = kit.bundle_files(bundle)
    manifest = v.parse_canonical(files[v.MANIFEST])
    # The forger names their own key in the manifest and signs it: the keys log still names the real one.
    files[v.MANIFEST] = v.canonical({**manifest, "key": forger.vault.vkey,
                                     "vault": forger.vault.vault_id}).encode()
    resigned = kit.reseal_manifest(files, sign=forger.sign_manifest)
    status, report = run_both(kit.write_bundle(tmp_path / "resigned.zip", resigned), script)
    assert status == EXIT_FAILED
    assert "not the one of the keys log" in report or "not valid" in report, report


def _replaced(kit, bundle: Path, name: str, data: bytes, tmp_path: Path) -> Path:
    files = kit.bundle_files(bundle)
    assert name in files
    return kit.write_bundle(tmp_path / "swapped.zip", kit.reseal_manifest({**files, name: data}, sign=None))


def test_a_replaced_report_pdf_with_a_recomputed_manifest_fails(world, exhibit, kit, tmp_path):
    bundle, script = exhibit
    evil_pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF\n"
    path = _replaced(kit, bundle, "report.pdf", evil_pdf, tmp_path)
    for pin in ((), ("--expect-key", world.vault.fingerprint)):
        status, report = run_both(path, script, *pin)
        assert status == EXIT_FAILED, report
        assert any(line.startswith("FAILED") and "manifest.sig does not verify" in line for line in report.splitlines())


def test_a_redacted_png_swapped_for_the_original_with_a_recomputed_manifest_fails(world, exhibit, kit, tmp_path):
    bundle, script = exhibit
    media = world.media["astronaut.png"]
    name = f"media/{media}/redacted.png"
    original = world.alice.read_media(media)
    unredacted = io.BytesIO()
    Image.open(io.BytesIO(original)).save(unredacted, "PNG")
    path = _replaced(kit, bundle, name, unredacted.getvalue(), tmp_path)
    status, report = run_both(path, script, "--expect-key", world.vault.fingerprint)
    assert status == EXIT_FAILED
    assert "manifest.sig does not verify" in report


def test_a_missing_manifest_signature_is_named(world, exhibit, kit, tmp_path):
    bundle, script = exhibit
    files = kit.bundle_files(bundle)
    del files[v.MANIFEST_SIG]
    status, report = run_both(kit.write_bundle(tmp_path / "nosig.zip", files), script)
    assert status == EXIT_FAILED and "manifest.sig is missing" in report


def test_any_changed_byte_of_the_manifest_breaks_its_signature(world, exhibit, kit, tmp_path):
    bundle, _ = exhibit
    files = kit.bundle_files(bundle)
    data = files[v.MANIFEST]
    for position in (0, 1, len(data) // 3, len(data) // 2, len(data) - 2):
        changed = bytearray(data)
        changed[position] ^= 0x20
        ok, lines = v.verify(kit.write_bundle(tmp_path / "m.zip", {**files, v.MANIFEST: bytes(changed)}), "en",
                             expect_key=world.vault.fingerprint)
        assert not ok, "\n".join(lines)
        assert any(line.startswith("FAILED") and "manifest" in line for line in lines)


def test_an_expected_key_that_is_no_key_is_a_usage_error(exhibit):
    bundle, script = exhibit
    status, report = run_both(bundle, script, "--expect-key", "hello")
    assert status == EXIT_UNREADABLE and "neither a vault key" in report


def test_python_api_reports_ok_only_for_a_sound_bundle(world, exhibit):
    bundle, _ = exhibit
    assert v.check(bundle, "en", world.vault.fingerprint).status == EXIT_OK
    assert v.check(bundle, "en").status == EXIT_ORIGIN_UNKNOWN
