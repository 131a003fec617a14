"""The vault commands, run as a real child process on a real vault folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery"


# The real entry point with a fast key derivation set in the child (no environment variable can lower it).
FAST_KDF_REVIEWER = str(Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py")


def run(*args: str, env: dict | None = None, passphrase: str | None = PASSPHRASE, lang: str = "en",
        fast_kdf: bool = True):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("REVIEWER_PASSPHRASE", None)
    if passphrase is not None:
        full_env["REVIEWER_PASSPHRASE"] = passphrase
    entry = [FAST_KDF_REVIEWER] if fast_kdf else ["-m", "reviewer"]
    return subprocess.run([sys.executable, *entry, "--lang", lang, *args], capture_output=True, text=True,
                          env=full_env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def vault(tmp_path) -> Path:
    path = tmp_path / "vault"
    out = run("vault", "init", "--vault", str(path), "--name", "Alice Martin")
    assert out.returncode == 0, out.stderr
    assert "Alice Martin" in out.stdout
    return path


def _case(vault: Path, title: str = "Dossier A") -> str:
    out = run("case", "new", title, "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    return out.stdout.split()[-1]


def test_the_whole_workflow_from_the_command_line(vault, samples_dir):
    case = _case(vault)
    out = run("ingest", case[:6], str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg"),
              "--url", "https://example.invalid/p/1", "--platform", "ExampleNet", "--json", "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    ingested = [json.loads(line) for line in out.stdout.splitlines()]
    assert [Path(i["file"]).name for i in ingested] == ["coffee.png", "rocket.jpg"]
    media = ingested[0]["media"]
    out = run("review", case, media[:8], "--label", "intimate-image-nonconsensual", "--label", "suspected-minor",
              "--note", "visible face", "--json", "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["seq"] == 3
    cases = json.loads(run("case", "list", "--json", "--vault", str(vault)).stdout)
    assert [(c["id"], c["title"], c["media"], c["records"]) for c in cases] == [(case, "Dossier A", 2, 4)]
    report = run("verify", "--json", "--vault", str(vault), passphrase=None)
    assert report.returncode == 0 and json.loads(report.stdout)["ok"] is True
    decrypted = run("verify", "--decrypt", "--json", "--vault", str(vault))
    assert json.loads(decrypted.stdout)["decrypted"] is True


def test_keys_are_enrolled_listed_and_revoked(vault):
    out = run("key", "new", "Bob Durand", "--vault", str(vault), env={"REVIEWER_NEW_PASSPHRASE": "bob passphrase 1"})
    assert out.returncode == 0, out.stderr
    bob = out.stdout.split()[-1].rstrip(".")
    listed = json.loads(run("key", "list", "--json", "--vault", str(vault), passphrase=None).stdout)
    # The recovery key made by "vault init" is enrolled like a reviewer.
    assert [(k["name"], k["active"]) for k in listed] == [("Alice Martin", True), ("Recovery key", True),
                                                          ("Bob Durand", True)]
    assert bob in {k["key_id"] for k in listed}
    case = _case(vault)  # Bob can work...
    out = run("case", "new", "Dossier B", "--reviewer", "Bob Durand", "--vault", str(vault), passphrase="bob passphrase 1")
    assert out.returncode == 0, out.stderr
    assert run("key", "revoke", bob, "--reason", "left", "--vault", str(vault)).returncode == 0
    out = run("case", "new", "Dossier C", "--reviewer", "Bob Durand", "--vault", str(vault), passphrase="bob passphrase 1")
    assert out.returncode == 1 and "Bob Durand" in out.stderr  # ... until revoked
    assert run("verify", "--vault", str(vault), passphrase=None).returncode == 0
    assert case


def test_the_passphrase_is_never_taken_from_the_command_line(vault):
    out = run("case", "new", "X", "--passphrase", PASSPHRASE, "--vault", str(vault))
    assert out.returncode == 2 and "unrecognized arguments" in out.stderr


def test_without_a_terminal_or_the_variable_the_passphrase_is_asked_for_plainly(vault):
    out = run("case", "new", "X", "--vault", str(vault), passphrase=None)
    assert out.returncode == 1 and "REVIEWER_PASSPHRASE" in out.stderr


def test_wrong_passphrase_and_missing_vault_are_plain_errors(vault, tmp_path):
    wrong = run("case", "new", "X", "--vault", str(vault), passphrase="not the one at all")
    assert wrong.returncode == 1 and "passphrase is not correct" in wrong.stderr
    missing = run("verify", "--json", "--vault", str(tmp_path / "nowhere"))
    assert missing.returncode == 1
    assert json.loads(missing.stdout)["error"] == "vault.missing"


def test_verify_names_the_tampered_record_in_words_and_json(vault, samples_dir):
    case = _case(vault)
    run("ingest", case, str(samples_dir / "coffee.png"), "--vault", str(vault))
    conn = sqlite3.connect(vault / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE records SET sig = zeroblob(64) WHERE log = ? AND seq = 1", (case,))
    record = conn.execute("SELECT id FROM records WHERE log = ? AND seq = 1", (case,)).fetchone()[0]
    conn.close()
    words = run("verify", "--vault", str(vault), passphrase=None)
    assert words.returncode == 2 and record in words.stdout and "signature" in words.stdout
    report = json.loads(run("verify", "--json", "--vault", str(vault), passphrase=None).stdout)
    assert report["problem"]["code"] == "bad-signature" and report["problem"]["record"] == record
    french = run("verify", "--vault", str(vault), passphrase=None, lang="fr")
    assert record in french.stdout and "signature" in french.stdout and french.stdout != words.stdout


def test_a_checkpoint_kept_outside_detects_a_cut_tail(vault, tmp_path):
    case = _case(vault)
    outside = tmp_path / "checkpoint.txt"
    outside.write_text(run("vault", "checkpoint", "--case", case, "--vault", str(vault)).stdout)
    run("case", "new", "another", "--vault", str(vault))
    assert run("verify", "--checkpoint", str(outside), "--vault", str(vault)).returncode == 0
    conn = sqlite3.connect(vault / "vault.sqlite3")
    with conn:
        conn.execute("DELETE FROM records WHERE log = ?", (case,))
        conn.execute("DELETE FROM checkpoints WHERE log = ?", (case,))
    conn.close()
    out = run("verify", "--json", "--checkpoint", str(outside), "--vault", str(vault), passphrase=None)
    problem = json.loads(out.stdout)["problem"]
    assert out.returncode == 2 and problem["code"] == "truncated-log" and problem["log"] == case


@pytest.mark.parametrize("weak", ["password", "12345678", "aaaaaaaa"])
def test_vault_init_refuses_a_weak_passphrase_says_why_and_creates_nothing(tmp_path, weak):
    path = tmp_path / "vault"
    out = run("vault", "init", "--vault", str(path), "--name", "Alice Martin", passphrase=weak)
    assert out.returncode == 1
    assert "cannot be used" in out.stderr and "12" in out.stderr
    assert not path.exists()
    french = run("vault", "init", "--vault", str(path), "--name", "Alice Martin", passphrase=weak, lang="fr")
    assert french.returncode == 1 and "phrase secrète" in french.stderr and not path.exists()


@pytest.mark.parametrize("weak", ["password", "12345678", "aaaaaaaa"])
def test_key_new_refuses_a_weak_passphrase_and_writes_no_key_row(vault, weak):
    out = run("key", "new", "Bob Durand", "--vault", str(vault), env={"REVIEWER_NEW_PASSPHRASE": weak})
    assert out.returncode == 1 and "cannot be used" in out.stderr
    conn = sqlite3.connect(vault / "vault.sqlite3")
    try:
        # Only the keys "vault init" made (the first reviewer and the recovery key): no row for Bob.
        assert conn.execute("SELECT name FROM keys ORDER BY rowid").fetchall() == [("Alice Martin",), ("Recovery key",)]
        assert conn.execute("SELECT count(*) FROM records WHERE log = 'keys'").fetchone()[0] == 2  # vault.created and the recovery key's key.enrolled
    finally:
        conn.close()


@pytest.mark.slow
def test_the_real_command_makes_n_2_17_keys_even_with_the_old_fast_switch_set(tmp_path):
    path = tmp_path / "vault"
    out = run("vault", "init", "--vault", str(path), "--name", "Alice Martin", fast_kdf=False,
              passphrase="violet tractor quantum harbor 93", env={"REVIEWER_INSECURE_FAST_KDF": "1"})
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(path / "vault.sqlite3")
    try:
        kdfs = [json.loads(row[0]) for row in conn.execute("SELECT kdf FROM keys")]  # the reviewer's, the recovery key's
    finally:
        conn.close()
    assert len(kdfs) == 2
    for kdf in kdfs:
        assert (kdf["alg"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**17, 8, 1)
    report = run("verify", "--json", "--vault", str(path), passphrase=None, fast_kdf=False)
    assert json.loads(report.stdout)["weak_keys"] == []


def test_verify_flags_a_key_below_the_policy(vault):
    # The vault fixture's keys were made with the tests' fast derivation (N = 2^10): the real command sees
    # a key below its policy, says so, and still reports the records intact.
    words = run("verify", "--vault", str(vault), passphrase=None, fast_kdf=False)
    assert words.returncode == 0 and "Alice Martin" in words.stdout and "weaker" in words.stdout
    report = json.loads(run("verify", "--json", "--vault", str(vault), passphrase=None, fast_kdf=False).stdout)
    assert report["ok"] is True
    assert [(k["name"], k["kdf"]["n"]) for k in report["weak_keys"]] == [("Alice Martin", 2**10),
                                                                          ("Recovery key", 2**10)]
