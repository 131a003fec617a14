"""Key loss is not evidence loss: the recovery key printed at vault creation opens the vault.

Tried as an organisation would meet it: the only reviewer's key row is damaged (plain sqlite3) and
her passphrase no longer opens anything; the code kept in the safe enrols a new reviewer, who reads
the evidence back.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PASSPHRASE = "correct horse battery staple"


def run(*args: str, passphrase: str = PASSPHRASE, new: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "REVIEWER_PASSPHRASE": passphrase, "REVIEWER_LANG": "en"}
    if new is not None:
        env["REVIEWER_NEW_PASSPHRASE"] = new
    # The command with a fast key derivation set in the child (no environment variable can lower it).
    return subprocess.run([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def test_the_recovery_code_opens_a_vault_whose_only_reviewer_lost_her_key(tmp_path):
    vault = str(tmp_path / "vault")
    created = run("vault", "init", "--vault", vault, "--name", "Alice Martin")
    assert created.returncode == 0, created.stderr
    code = re.search(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", created.stdout, re.M).group(1)
    assert "shown only this once" in created.stdout and "Vault fingerprint" in created.stdout
    case = run("case", "new", "--vault", vault, "Dossier").stdout.split()[-1]
    stored = run("ingest", "--vault", vault, case, str(ROOT / "resources" / "samples" / "coffee.png"), "--json")
    assert stored.returncode == 0, stored.stderr

    with sqlite3.connect(Path(vault) / "vault.sqlite3") as conn:
        conn.execute("UPDATE keys SET wrapped_data_key = zeroblob(60) WHERE name = 'Alice Martin'")
    assert run("case", "list", "--vault", vault, "--reviewer", "Alice Martin").returncode != 0
    # Of the right size, but zeroed: no honest row holds that, so even plain verification names her row and says
    # that the recovery key still opens the vault (docs/vault-format.md 6.7); with the recovery key, the same.
    for extra, passphrase in (((), PASSPHRASE), (("--decrypt", "--reviewer", "Recovery key"), code)):
        damaged = run("verify", "--vault", vault, *extra, passphrase=passphrase)
        assert damaged.returncode == 2 and "stored key of reviewer Alice Martin" in damaged.stdout, damaged.stdout
        assert "the recovery key, can still open it" in damaged.stdout

    enrolled = run("key", "new", "--vault", vault, "--reviewer", "Recovery key", "Bruno Petit", passphrase=code,
                   new="bruno's new passphrase")
    assert enrolled.returncode == 0, enrolled.stderr
    listed = run("case", "list", "--vault", vault, "--reviewer", "Bruno Petit", "--json",
                 passphrase="bruno's new passphrase")
    assert listed.returncode == 0 and '"Dossier"' in listed.stdout


def test_the_recovery_key_is_an_enrolled_key_in_the_signed_key_log(tmp_path):
    vault = str(tmp_path / "vault")
    assert run("vault", "init", "--vault", vault, "--name", "Alice Martin").returncode == 0
    listed = run("key", "list", "--vault", vault, "--json")
    assert [k["name"] for k in __import__("json").loads(listed.stdout)] == ["Alice Martin", "Recovery key"]
    assert run("verify", "--vault", vault).returncode == 0
    none = run("vault", "init", "--vault", str(tmp_path / "bare"), "--name", "Alice Martin", "--no-recovery-key")
    assert none.returncode == 0 and "Recovery key" not in none.stdout
