"""Every stored cell is accounted for: any edit of any cell, or deletion of any row, fails ``reviewer verify --decrypt``.

The cells are enumerated from the real vault's own schema (sqlite_master and PRAGMA table_info), so a
column or table added later is covered without touching this test. Each edit is made with plain
sqlite3 on a copy of the vault folder, as an attacker with the file would.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.vault import Vault


@pytest.fixture
def rich(filled, passphrase, tmp_path):
    """The filled vault plus a second active reviewer, a revoked one and a suspected-minor label, closed."""
    session = filled.session
    session.enroll("Chloé Bernard", passphrase + " two")
    revoked = session.enroll("Bruno Petit", passphrase + " three")
    session.revoke(revoked, "left the team")
    session.seal_review(filled.other_case, filled.vault.media(filled.other_case)[0]["id"], labels=["suspected-minor"])
    filled.vault.close()
    return filled.path


def _cells(path: Path) -> list[tuple[str, str, int]]:
    """(table, column, rowid) of every cell of every table, from the schema the file itself declares."""
    conn = sqlite3.connect(path / "vault.sqlite3")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = []
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for (rowid,) in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid"):
                out += [(table, column, rowid) for column in columns]
        return out
    finally:
        conn.close()


def _changed(value):
    """Other values of the same kind an attacker would try, most plausible first."""
    if isinstance(value, bytes):
        flipped = bytearray(value or b"\x00")
        flipped[len(flipped) // 2] ^= 0x01
        return [bytes(flipped)]
    if isinstance(value, str):
        last = value[-1:] or "x"
        return [value[:-1] + ("0" if last != "0" else "1"), value + "x"]
    if isinstance(value, int):
        return [value + 1, value - 1, value + 1000]
    return [b"\x00" * 60, "x", 1]  # NULL: something in its place


def _verify_decrypt(path: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    try:
        status = cli_main(["verify", "--vault", str(path), "--decrypt", "--reviewer", "Alice Martin"])
    except SystemExit as exc:  # argparse or a typed error turned into an exit
        status = exc.code
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def _copy(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def test_the_untouched_vault_verifies_with_decryption(rich, passphrase, monkeypatch, capsys):
    monkeypatch.setenv("REVIEWER_PASSPHRASE", passphrase)
    status, out = _verify_decrypt(rich, capsys)
    assert status == 0, out


def test_every_cell_edit_and_every_row_deletion_is_detected(rich, passphrase, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("REVIEWER_PASSPHRASE", passphrase)
    cells = _cells(rich)
    tables = {table for table, _, _ in cells}
    assert {"records", "keys", "meta", "logs", "blobs", "checkpoints", "vault_head", "suspected_minors"} <= tables
    missed, tried = [], 0
    work = tmp_path / "work"
    for table, column, rowid in cells:
        with sqlite3.connect(rich / "vault.sqlite3") as conn:
            value = conn.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()[0]
        for candidate in _changed(value):
            copy = _copy(rich, work)
            conn = sqlite3.connect(copy / "vault.sqlite3")
            try:
                with conn:
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (candidate, rowid))
            except sqlite3.IntegrityError:
                continue  # the schema itself refuses this value: try the next one
            finally:
                conn.close()
            tried += 1
            status, out = _verify_decrypt(copy, capsys)
            if status == 0:
                missed.append(f"{table}.{column} rowid {rowid}: {value!r} -> {candidate!r}")
            break
    for table, _, rowid in sorted({(t, "", r) for t, _, r in cells}):
        copy = _copy(rich, work)
        with sqlite3.connect(copy / "vault.sqlite3") as conn:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        tried += 1
        status, out = _verify_decrypt(copy, capsys)
        if status == 0:
            missed.append(f"deleted {table} rowid {rowid}")
    assert tried > 300
    assert not missed, "\n".join(missed)


def test_a_planted_trigger_is_refused_on_open_and_reported_by_verify(rich, passphrase, monkeypatch, capsys):
    from reviewer.vault import TamperedVault

    with sqlite3.connect(rich / "vault.sqlite3") as conn:
        conn.execute("CREATE TABLE audit (x)")
        conn.execute("CREATE TRIGGER wipe AFTER INSERT ON records BEGIN DELETE FROM blobs; END")
    with pytest.raises(TamperedVault):
        Vault.open(rich)
    with sqlite3.connect(rich / "vault.sqlite3") as conn:
        conn.execute("DROP TRIGGER wipe")
    monkeypatch.setenv("REVIEWER_PASSPHRASE", passphrase)
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(rich), "--json"]) == 2
    assert '"unknown-schema"' in capsys.readouterr().out


def test_a_deleted_key_row_is_named_with_what_it_makes_unreadable(rich, capsys):
    with sqlite3.connect(rich / "vault.sqlite3") as conn:
        conn.execute("DELETE FROM keys WHERE name = 'Chloé Bernard'")
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(rich)]) == 2
    out = capsys.readouterr().out
    assert "Chloé Bernard" in out and "is missing" in out and "passphrase can no longer open" in out


def test_trusted_schema_is_off_on_every_connection(rich):
    with Vault.open(rich) as vault:
        assert vault.db.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
