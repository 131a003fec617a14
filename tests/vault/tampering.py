"""What an attacker with the vault file does: plain sqlite3, foreign keys off, as the sqlite3 shell."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def edit(path: Path, statement: str, params: tuple = ()) -> None:
    """Run SQL on the vault file with a plain sqlite3 connection."""
    conn = sqlite3.connect(path / "vault.sqlite3")
    with conn:
        conn.execute(statement, params)
    conn.close()


def row(path: Path, log: str, seq: int) -> dict:
    """Every column of one record row, read the same way."""
    conn = sqlite3.connect(path / "vault.sqlite3")
    conn.row_factory = sqlite3.Row
    out = dict(conn.execute("SELECT * FROM records WHERE log = ? AND seq = ?", (log, seq)).fetchone())
    conn.close()
    return out
