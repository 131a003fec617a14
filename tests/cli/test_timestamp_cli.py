"""`reviewer timestamp request|import` as real child processes, a real OpenSSL timestamp authority, a real
exhibit checked with the exact `openssl ts -verify` command its VERIFY.md gives."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from reviewer.exhibit.bundle import VERIFY_TEMPLATE

from .test_vault_cli import _case, run, vault  # noqa: F401  (the vault fixture)


def _request(vault: Path, out: Path) -> dict:
    done = run("timestamp", "request", "--vault", str(vault), "--out", str(out), "--json", passphrase=None)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _openssl_commands_of_verify_md() -> list[str]:
    """The `openssl ts -verify` command lines VERIFY.md shows (English and French parts)."""
    text = VERIFY_TEMPLATE.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.startswith("    openssl ts -verify")]


def test_request_reply_import_verify_export_and_openssl_checks_the_exported_token(
        vault, samples_dir, timestamp_authority, tmp_path):
    case = _case(vault)
    ingested = run("ingest", case, str(samples_dir / "coffee.png"), "--vault", str(vault), "--json")
    assert ingested.returncode == 0, ingested.stderr
    media = json.loads(ingested.stdout)["media"]
    authority = timestamp_authority("Paris")

    request = _request(vault, tmp_path / "vault.tsq")
    assert (tmp_path / "vault.tsq").read_bytes()[:1] == b"\x30"  # a DER SEQUENCE: the TimeStampReq
    authority.reply(tmp_path / "vault.tsq", tmp_path / "vault.tsr")
    imported = run("timestamp", "import", str(tmp_path / "vault.tsr"), "--tsa-cert", str(authority.certificates),
                   "--vault", str(vault), "--json")
    assert imported.returncode == 0, imported.stderr
    sealed = json.loads(imported.stdout)
    assert sealed["vault_size"] == request["vault_size"]

    verified = run("verify", "--json", "--vault", str(vault), passphrase=None)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    report = json.loads(verified.stdout)
    [stamp] = report["timestamps"]
    assert stamp["gen_time"] == sealed["gen_time"] and stamp["record"] == sealed["record"]
    assert stamp["tsa"] == "CN=Paris TSA" and stamp["note"] == request["note"]
    # A review sealed after the request: the exhibit shows the stamp covers the case's records before it only.
    assert run("review", case, media, "--label", "non-conclusive", "--vault", str(vault)).returncode == 0
    later_case = _case(vault, "Dossier B")
    words = run("verify", "--vault", str(vault), passphrase=None, lang="fr")
    assert words.returncode == 0 and "Horodatage de confiance" in words.stdout and sealed["gen_time"] in words.stdout

    bundle = tmp_path / "exhibit.zip"
    exported = run("export", case, "--out", str(bundle), "--vault", str(vault), "--lang", "en")
    assert exported.returncode == 0, exported.stderr
    folder = tmp_path / "exhibit"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(folder)
        manifest = json.loads(archive.read("manifest.json"))
    record = sealed["record"]
    for suffix in ("tsr", "tsq", "note", "pem"):  # separate files, each listed in the signed manifest
        assert f"timestamps/{record}.{suffix}" in manifest["files"]
    assert (folder / "timestamps" / f"{record}.tsr").read_bytes() == (tmp_path / "vault.tsr").read_bytes()
    assert (folder / "timestamps" / f"{record}.note").read_text(encoding="utf-8") == request["note"]

    # The report a lawyer files says it in words (read with the real pdftotext).
    text = " ".join(subprocess.run(["pdftotext", str(folder / "report.pdf"), "-"], capture_output=True, text=True,
                                   check=True, timeout=60).stdout.split())
    assert "Trusted timestamps (RFC 3161)" in text
    assert f"CN=Paris TSA states that the vault's signed state of {request['vault_size']} checkpoints" in text
    assert f"existed at {sealed['gen_time']}. It covers records 0 to 1 of this case." in text

    commands = _openssl_commands_of_verify_md()
    assert len(commands) == 2  # the same command in the English and the French part
    for command in set(commands):
        done = subprocess.run(command.replace("<id>", record).split(), cwd=folder, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stdout + done.stderr
    # With the authority's CA obtained from the authority itself, as VERIFY.md recommends.
    own = subprocess.run(["openssl", "ts", "-verify", "-data", f"timestamps/{record}.note", "-in",
                          f"timestamps/{record}.tsr", "-CAfile", str(authority.ca), "-untrusted",
                          f"timestamps/{record}.pem"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert own.returncode == 0, own.stderr
    # ... and the same command fails on bytes that were not stamped.
    (folder / "other.note").write_text(request["note"].replace("\n", " \n", 1), encoding="utf-8")
    wrong = subprocess.run(commands[0].replace("<id>", record).replace(f"timestamps/{record}.note", "other.note")
                           .split(), cwd=folder, capture_output=True, text=True, timeout=60)
    assert wrong.returncode != 0

    fingerprint = run("vault", "fingerprint", "--vault", str(vault), passphrase=None).stdout.split("\n")[1]
    checked = subprocess.run([sys.executable, str(folder / "verify_exhibit.py"), "--expect-key", fingerprint,
                              str(bundle)], capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout
    assert re.search(r"OK +trusted timestamps: 1,", checked.stdout), checked.stdout
    # case.opened and media.ingested (0 and 1) were in the stamped head; the review (2) came after it.
    assert f"trusted timestamp {record}: records 0 to 1 of this case existed at {sealed['gen_time']}" in checked.stdout

    later = tmp_path / "later.zip"
    assert run("export", later_case, "--out", str(later), "--vault", str(vault)).returncode == 0
    checked = subprocess.run([sys.executable, str(folder / "verify_exhibit.py"), "--lang", "fr", "--expect-key",
                              fingerprint, str(later)], capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout
    assert f"l'horodatage de confiance {record} ({sealed['gen_time']}) est antérieur" in checked.stdout


def test_a_reply_to_another_request_is_refused_in_plain_words(vault, timestamp_authority, tmp_path):
    authority = timestamp_authority("Paris")
    _request(vault, tmp_path / "vault.tsq")
    (tmp_path / "other.txt").write_bytes(b"another document\n")
    subprocess.run(["openssl", "ts", "-query", "-data", str(tmp_path / "other.txt"), "-sha256", "-cert",
                    "-out", str(tmp_path / "other.tsq")], check=True, capture_output=True)
    authority.reply(tmp_path / "other.tsq", tmp_path / "other.tsr")

    for lang, words in (("en", "it answers another request"), ("fr", "elle répond à une autre demande")):
        refused = run("timestamp", "import", str(tmp_path / "other.tsr"), "--tsa-cert", str(authority.certificates),
                      "--vault", str(vault), lang=lang)
        assert refused.returncode == 1
        assert words in refused.stderr and "Traceback" not in refused.stderr
    report = json.loads(run("verify", "--json", "--vault", str(vault), passphrase=None).stdout)
    assert report["ok"] and report["timestamps"] == []


def test_a_reply_of_an_authority_that_does_not_chain_to_the_given_certificate_is_refused(
        vault, timestamp_authority, tmp_path):
    expected, rogue = timestamp_authority("Paris"), timestamp_authority("Rogue")
    _request(vault, tmp_path / "vault.tsq")
    rogue.reply(tmp_path / "vault.tsq", tmp_path / "vault.tsr")
    refused = run("timestamp", "import", str(tmp_path / "vault.tsr"), "--tsa-cert", str(expected.certificates),
                  "--vault", str(vault), "--json")
    assert refused.returncode == 1
    error = json.loads(refused.stdout)
    assert error["error"] == "vault.timestamp_refused"
    assert "not signed by the timestamp authority whose certificate you gave" in error["message"]


def test_missing_files_are_named_without_a_traceback(vault, tmp_path):
    missing = run("timestamp", "import", str(tmp_path / "none.tsr"), "--tsa-cert", str(tmp_path / "none.pem"),
                  "--vault", str(vault))
    assert missing.returncode == 1 and "none.tsr could not be read" in missing.stderr
    unwritable = run("timestamp", "request", "--vault", str(vault), "--out", str(tmp_path / "no" / "such" / "x.tsq"),
                     passphrase=None)
    assert unwritable.returncode == 1 and "could not be written" in unwritable.stderr
