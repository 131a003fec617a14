"""Narrow reads of one log that cost what they return, not the size of the log or of the vault.

The case layer (``reviewer.casework``) keeps a read model of a case up to date from these: it asks for
the records after the last one it has seen, never for the whole case again. Each query uses the
``records`` primary key (log, seq), so its cost grows with the rows it returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.vault.records import Record

if TYPE_CHECKING:
    from reviewer.vault.vault import Vault

_COLUMNS = "log, seq, id, type, signer, time, leaf, sig"


def log_size(vault: Vault, log: str) -> int:
    """How many records ``log`` (a case id or ``"keys"``) holds: 0 for an unknown or empty log."""
    row = vault.db.conn.execute("SELECT max(seq) FROM records WHERE log = ?", (log,)).fetchone()
    return 0 if row is None or row[0] is None else int(row[0]) + 1


def records_from(vault: Vault, log: str, start: int, limit: int | None = None) -> list[Record]:
    """The records of ``log`` whose seq is ``start`` or more, in order (at most ``limit`` of them)."""
    sql = f"SELECT {_COLUMNS} FROM records WHERE log = ? AND seq >= ? ORDER BY seq"
    params: tuple = (log, start)
    if limit is not None:
        sql += " LIMIT ?"
        params = (log, start, int(limit))
    return [Record(log=r[0], seq=r[1], id=r[2], type=r[3], signer=r[4], time=r[5], leaf=bytes(r[6]),
                   signature=bytes(r[7])) for r in vault.db.conn.execute(sql, params)]


def latest_checkpoint(vault: Vault, log: str) -> str | None:
    """The newest signed checkpoint note of ``log``, or None when it has none."""
    found = latest_checkpoint_at(vault, log)
    return None if found is None else found[1]


def latest_checkpoint_at(vault: Vault, log: str) -> tuple[int, str] | None:
    """The newest signed checkpoint of ``log`` with its index in the vault-level log, which says the key that
    signed it (``Vault.checkpoint_keys.at``), or None when it has none."""
    row = vault.db.conn.execute(
        "SELECT seq, note FROM checkpoints WHERE log = ? ORDER BY seq DESC LIMIT 1", (log,)).fetchone()
    return None if row is None else (int(row[0]), row[1])
