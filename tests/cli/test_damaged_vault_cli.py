"""A damaged or edited vault gets `reviewer verify`'s report or a plain typed error, never a traceback.

Reproduces the outside attack of issue 15 (Build 8) on real vault files: one byte flipped in a page of the
SQLite file, key rows edited with a plain sqlite3 connection (as the sqlite3 shell would), a binary file
given as a kept checkpoint, and the only reviewer revoking their own key. Each runs the real command in a
child process (tests/reviewer_fast_kdf.py) and checks its exit status and words.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PASSPHRASE = "correct horse battery staple"
SAMPLE = ROOT / "resources" / "samples" / "coffee.png"


def run(*args: str, state: Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    env = {**os.environ, "REVIEWER_PASSPHRASE": passphrase, "REVIEWER_STATE_DIR": str(state)}
    return subprocess.run([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), "--lang", "en", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def make_vault(tmp_path: Path, *, recovery: bool = False) -> Path:
    """A vault of one reviewer (Alice Martin) with one case holding one photo, closed (WAL folded in)."""
    vault = tmp_path / "vault"
    state = tmp_path / "state"
    init = ["vault", "init", "--vault", str(vault), "--name", "Alice Martin"]
    assert run(*init, *([] if recovery else ["--no-recovery-key"]), state=state).returncode == 0
    case = run("case", "new", "--vault", str(vault), "Dossier", state=state).stdout.split()[-1]
    assert run("ingest", "--vault", str(vault), case, str(SAMPLE), state=state).returncode == 0
    return vault


def edit(vault: Path, statement: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(vault / "vault.sqlite3")
    with conn:
        conn.execute(statement, params)
    conn.close()


def flip_page_header(vault: Path, table: str) -> None:
    """XOR byte 3 of the b-tree page header of ``table``'s root page (its cell count), as the attack did."""
    conn = sqlite3.connect(vault / "vault.sqlite3")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    offset = (root - 1) * page_size + 3 + (100 if root == 1 else 0)
    with open(vault / "vault.sqlite3", "r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ 0x5A]))


def verify(vault: Path, state: Path, *extra: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    result = run("verify", "--vault", str(vault), *extra, state=state, passphrase=passphrase)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def problem(vault: Path, state: Path, *extra: str) -> dict:
    result = verify(vault, state, "--json", *extra)
    assert result.returncode == 2, (result.stdout, result.stderr)
    return json.loads(result.stdout)["problem"]


@pytest.mark.parametrize("table", ["meta", "keys", "records"])
def test_a_flipped_byte_in_a_page_is_reported_as_a_damaged_file_with_and_without_the_passphrase(tmp_path, table):
    vault = make_vault(tmp_path)
    flip_page_header(vault, table)
    for extra in ((), ("--decrypt",)):
        found = problem(vault, tmp_path / "state", *extra)
        assert found["code"] == "database-damaged", found
        assert found["detail"], "SQLite's own complaint is kept"
        plain = verify(vault, tmp_path / "state", *extra)
        assert plain.returncode == 2 and "database file is damaged" in plain.stdout, plain.stdout
    # Any other command meets the damage in plain words too (exit 1, documented for errors).
    listed = run("case", "list", "--vault", str(vault), state=tmp_path / "state")
    assert listed.returncode == 1 and "Traceback" not in listed.stderr, listed.stderr
    assert listed.stderr.startswith("reviewer: ") and ("damaged" in listed.stderr or "not an evidence vault"
                                                        in listed.stderr), listed.stderr


@pytest.mark.parametrize("column", ["wrapped_private", "name"])
def test_a_key_row_cell_rewritten_as_text_that_is_not_utf8_names_the_row(tmp_path, column):
    vault = make_vault(tmp_path)
    edit(vault, f"UPDATE keys SET {column} = CAST(x'ff00fe' AS TEXT)")
    for extra in ((), ("--decrypt",)):
        found = problem(vault, tmp_path / "state", *extra)
        # Her key is the vault's only one: nothing encrypted can be read until it is put back ("-last").
        assert (found["code"], found["field"]) == ("key-row-damaged-last", "Alice Martin"), found


def test_a_binary_file_given_as_a_kept_checkpoint_is_refused_in_plain_words(tmp_path):
    vault = make_vault(tmp_path)
    kept = tmp_path / "kept.checkpoint"
    kept.write_bytes(bytes(range(256)) * 4)
    result = verify(vault, tmp_path / "state", "--checkpoint", str(kept))
    assert result.returncode == 1 and "is not a checkpoint" in result.stderr and str(kept) in result.stderr


def flip_in_blob_cell(vault: Path, column: str, index: int) -> None:
    """One bit flipped inside a BLOB cell of the key row, the cell staying a BLOB of the same size."""
    conn = sqlite3.connect(vault / "vault.sqlite3")
    value = bytearray(conn.execute(f"SELECT {column} FROM keys WHERE name = 'Alice Martin'").fetchone()[0])
    value[index] ^= 1
    with conn:
        conn.execute(f"UPDATE keys SET {column} = ? WHERE name = 'Alice Martin'", (bytes(value),))
    conn.close()


@pytest.mark.parametrize("column", ["wrapped_private", "wrapped_data_key"])
def test_a_flipped_bit_in_a_key_row_secret_is_not_blamed_on_the_passphrase(tmp_path, column):
    vault = make_vault(tmp_path)
    flip_in_blob_cell(vault, column, 30)
    result = verify(vault, tmp_path / "state", "--decrypt")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "stored key of reviewer Alice Martin" in result.stderr, result.stderr
    assert "passphrase is not correct" not in result.stderr
    # Only what is true about who else can open it: this vault has no other key.
    assert "No other key can open the vault" in result.stderr, result.stderr
    # A wrong passphrase is still called so, on the same damaged row: it opens neither of its two secrets.
    wrong = verify(vault, tmp_path / "state", "--decrypt", passphrase="not the right passphrase at all")
    assert wrong.returncode == 1 and "passphrase is not correct" in wrong.stderr, wrong.stderr


def test_a_deleted_key_row_says_who_else_can_open_the_vault(tmp_path):
    alone = make_vault(tmp_path / "alone")
    edit(alone, "DELETE FROM keys")
    for extra in ((), ("--decrypt",)):
        found = problem(alone, tmp_path / "state", *extra)
        assert (found["code"], found["field"]) == ("key-row-missing-last", "Alice Martin"), found
        assert "no other reviewer or recovery key is left" in found["message"]
    # Without --decrypt the answer is the same; with it no empty reviewer name ("called  ") is printed.
    assert "called" not in verify(alone, tmp_path / "state", "--decrypt").stdout

    kept = make_vault(tmp_path / "kept", recovery=True)
    edit(kept, "DELETE FROM keys WHERE name = 'Alice Martin'")
    found = problem(kept, tmp_path / "state")
    assert found["code"] == "key-row-missing" and "the recovery key, can still open it" in found["message"]


@pytest.mark.parametrize("statement, code", [
    ("UPDATE keys SET key_id = '0123456789abcdef'", "key-row-missing-last"),
    ("UPDATE meta SET value = '00000000000000000000000000000000' WHERE key = 'vault_id'", "vault-identity-mismatch"),
])
def test_an_edited_key_id_or_vault_identity_is_named_not_blamed_on_the_passphrase(tmp_path, statement, code):
    vault = make_vault(tmp_path)
    edit(vault, statement)
    for extra in ((), ("--decrypt",)):
        assert problem(vault, tmp_path / "state", *extra)["code"] == code


def test_the_only_reviewer_cannot_revoke_their_own_key(tmp_path):
    vault = make_vault(tmp_path)
    state = tmp_path / "state"
    me = json.loads(run("key", "list", "--vault", str(vault), "--json", state=state).stdout)[0]["key_id"]
    refused = run("key", "revoke", "--vault", str(vault), "--reviewer", me, "--reason", "oops", state=state)
    assert refused.returncode == 1 and "last one that can open the vault" in refused.stderr, refused.stderr
    assert re.search(r"Nothing was changed", refused.stderr)
    # Nothing was written: the key is active and the vault still opens and verifies with its passphrase.
    assert json.loads(run("key", "list", "--vault", str(vault), "--json", state=state).stdout)[0]["active"]
    assert verify(vault, state, "--decrypt").returncode == 0
