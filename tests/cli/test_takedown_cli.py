"""The after-review commands (lists, match, export-hashes, notice), run as a real child process on a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2

PASSPHRASE = "correct horse battery"
# The command with a fast key derivation set in the child (no environment variable can lower it).
FAST_KDF_REVIEWER = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")


def run(*args: str, lang: str = "en", env: dict | None = None):
    full_env = {**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, **(env or {})}
    return subprocess.run([sys.executable, FAST_KDF_REVIEWER, "--lang", lang, *args], capture_output=True, text=True,
                          env=full_env, stdin=subprocess.DEVNULL, timeout=180)


def ok(*args: str, **options) -> str:
    out = run(*args, **options)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_lists_match_exports_and_notices_from_the_command_line(tmp_path, samples_dir):
    vault = str(tmp_path / "vault")
    ini = tmp_path / "reviewer.ini"
    ini.write_text("[notifier]\nname = Association Exemple\nemail = signalements@exemple.org\n", encoding="utf-8")
    env = {"REVIEWER_ORG_CONFIG": str(ini)}
    ok("vault", "init", "--vault", vault, "--name", "Alice Martin")
    first = ok("case", "new", "Premier", "--vault", vault).split()[-1]
    second = ok("case", "new", "Second", "--vault", vault).split()[-1]
    ok("ingest", first, str(samples_dir / "rocket.jpg"), "--vault", vault)
    png = tmp_path / "rocket.png"
    cv2.imwrite(str(png), cv2.imread(str(samples_dir / "rocket.jpg")))
    ingested = json.loads(ok("ingest", second, str(png), "--url", "https://social.example/p/1", "--platform",
                             "ExampleNet", "--json", "--vault", vault))
    media = ingested["media"]
    ok("review", second, media, "--label", "sexual-deepfake-adult", "--vault", vault)

    listing = tmp_path / "partner.txt"
    listing.write_text("pdq " + "0f" * 32 + "\nvideo_md5 " + "ab" * 16 + "\n")
    imported = json.loads(ok("lists", "import", str(listing), "--json", "--vault", vault))
    assert imported["counts"]["pdq"] == 1 and imported["counts"]["video_md5"] == 1
    bad = tmp_path / "bad.txt"
    bad.write_text("pdq 12345\n")
    refused = run("lists", "import", str(bad), "--vault", vault, lang="fr")
    assert refused.returncode == 1 and "Rien n'a été importé" in refused.stderr

    found = json.loads(ok("match", second, "--json", "--vault", vault))[media]
    assert [(h["on"], h["method"], h["distance"]) for h in found] == [("case", "pdq", 0)]
    text = ok("match", second, "--vault", vault, lang="fr")
    assert "Déjà vu dans un autre dossier" in text
    ok("match-confirm", second, media[:8], "1", "--decision", "same-picture", "--vault", vault)
    wrong = run("match-confirm", second, media[:8], "7", "--decision", "same-picture", "--vault", vault)
    assert wrong.returncode == 1 and "7" in wrong.stderr

    for fmt in ("hma", "stopncii", "vics"):
        ok("export-hashes", second, "--format", fmt, "--out", str(tmp_path / f"hashes.{fmt}"), "--vault", vault)
    assert (tmp_path / "hashes.hma").read_text().startswith("pdq ")

    out = tmp_path / "notices"
    ok("notice", "prepare", second, "--out", str(out), "--vault", vault, env=env)
    assert sorted(p.name for p in out.iterdir()) == ["notice-1-en.txt", "notice-1-fr.txt", "pharos.txt"]
    assert "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE" in (out / "notice-1-fr.txt").read_text()
    logged = ok("notice", "log", second, "--platform", "ExampleNet", "--channel", "web-form", "--url",
                "https://social.example/p/1", "--content", "deepfake", "--at", "2026-12-06 10:00 +01:00",
                "--notice-file", str(out / "notice-1-en.txt"), "--vault", vault)
    notice = logged.split(":")[1].split(".")[0].strip()
    ok("notice", "reply", second, notice[:8], "--status", "removed", "--statement-id", "SOR-1", "--vault", vault)
    log = json.loads(ok("notice", "list", second, "--json", "--vault", vault))
    assert [(n["status"], [e["status"] for e in n["entries"]]) for n in log] == [("removed", ["sent", "removed"])]
    counts = json.loads(ok("notice", "count", "--year", "2026", "--json", "--vault", vault))
    assert counts["total"] == 1 and counts["rows"] == [
        {"platform": "ExampleNet", "content_type": "deepfake", "outcome": "removed", "count": 1}]
    ok("complaint", second, "--out", str(tmp_path / "annexe.txt"), "--vault", vault)
    annex = (tmp_path / "annexe.txt").read_text(encoding="utf-8")
    assert "Plainte contre X" in annex and "https://social.example/p/1" in annex and f"media/{media}/redacted.png" in annex
    custody = tmp_path / "custody.jsonld"
    ok("custody", second, "--out", str(custody), "--vault", vault, env={"REVIEWER_PASSPHRASE": ""})  # no passphrase
    assert json.loads(custody.read_text())["@graph"][0]["@type"] == "case-investigation:Investigation"
    ok("verify", "--vault", vault)  # every record written above verifies


def test_a_capture_from_the_command_line_and_a_source_with_time_and_zone(tmp_path, samples_dir):
    from tests.takedown.test_captures import PAGE, PICTURE, WARC_DATE, write_warc

    vault = str(tmp_path / "vault")
    ok("vault", "init", "--vault", vault, "--name", "Alice Martin")
    case = ok("case", "new", "Capture", "--vault", vault).split()[-1]
    warc = write_warc(tmp_path / "page.warc.gz", samples_dir)
    imported = json.loads(ok("capture", "import", case, str(warc), "--json", "--vault", vault))
    assert (imported["url"], imported["captured_at"]) == (PAGE, WARC_DATE)
    listed = json.loads(ok("capture", "list", imported["capture"], "--json", "--vault", vault))
    assert [i["url"] for i in listed] == [PICTURE]
    ok("capture", "ingest", case, imported["capture"], PICTURE, "--platform", "ExampleNet", "--vault", vault)
    refused = run("ingest", case, str(samples_dir / "coffee.png"), "--seen-at", "2026-03-14 21:05", "--vault", vault,
                  lang="fr")
    assert refused.returncode == 1 and "fuseau horaire" in refused.stderr
    ok("ingest", case, str(samples_dir / "coffee.png"), "--url", PAGE, "--seen-at", "2026-03-14 21:05 +01:00",
       "--vault", vault)
    ok("verify", "--vault", vault)
