"""``reviewer case rename`` and ``reviewer case remove``: the window's Rename the case and Remove from the case, from
the command line (the same case-layer rules), run as separate programs on a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PASSPHRASE = "correct horse battery staple"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, "REVIEWER_LANG": "en"}
    return subprocess.run([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_rename_and_remove_from_the_command_line(tmp_path):
    vault = str(tmp_path / "vault")
    assert run("vault", "init", "--vault", vault, "--name", "Alice Martin", "--no-recovery-key").returncode == 0
    case = run("case", "new", "--vault", vault, "Dossier").stdout.split()[-1]
    stored = run("ingest", "--vault", vault, case, str(ROOT / "resources" / "samples" / "coffee.png"), "--json")
    media_id = json.loads(stored.stdout.splitlines()[-1])["media"]

    renamed = run("case", "rename", "--vault", vault, case[:8], "Dossier Dupont")
    assert renamed.returncode == 0 and "renamed" in renamed.stdout, renamed.stderr
    again = run("case", "rename", "--vault", vault, case, "Dossier Dupont")
    assert again.returncode == 0 and "nothing was recorded" in again.stdout
    listed = json.loads(run("case", "list", "--vault", vault, "--json").stdout)
    assert [c["title"] for c in listed] == ["Dossier Dupont"]

    missing = run("case", "remove", "--vault", vault, case, media_id[:10], "--reason", "  ")
    assert missing.returncode != 0 and "Say why the media is removed" in missing.stderr + missing.stdout
    removed = run("case", "remove", "--vault", vault, case, media_id[:10], "--reason", "Added by mistake")
    assert removed.returncode == 0 and "removed from case" in removed.stdout, removed.stderr
    verified = run("verify", "--vault", vault, "--decrypt", "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True
