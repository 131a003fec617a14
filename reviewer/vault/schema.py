"""The vault database's expected schema, and the check that a database has exactly it (docs/vault-format.md 3).

A vault holds only the tables and indexes that ``store.SCHEMA`` creates: an extra table, a view or a
trigger is refused, since SQLite would run a planted trigger on the application's next write. The
comparison uses sqlite-utils' introspection (tables, their columns and declared SQL, views,
triggers, indexes) on the vault and on a reference database built in memory from the same SCHEMA,
so that a new column or table in SCHEMA is covered without a second list to keep in step.
"""

from __future__ import annotations

import functools
import sqlite3

import sqlite_utils

from reviewer.vault.store import SCHEMA

# Derived tables added after vaults already existed: ``Vault.open`` creates each (the index filled from the
# signed records) the first time a vault is opened for writing, so a vault made before them and only ever
# read (a copy on read-only media, a vault verified before it is used) lacks them without being altered.
# Their absence is not reported; what they should hold is still checked (the minor index, section 3.1).
ADDED_AT_OPEN = frozenset({"suspected_minors", "thumbnails"})


def _shape(db: sqlite_utils.Database) -> dict[str, object]:
    """Everything about a schema that the check compares: names, columns, SQL (whitespace ignored)."""
    tables = {}
    for name in db.table_names():
        table = db[name]
        tables[name] = ([(c.name, c.type, c.notnull, c.is_pk) for c in table.columns],
                        "".join(table.schema.split()),
                        sorted((i.name, tuple(i.columns), bool(i.unique)) for i in table.indexes))
    return {"tables": tables, "views": sorted(db.view_names()),
            "triggers": sorted((t.name, t.table) for t in db.triggers)}


@functools.lru_cache(maxsize=1)
def _reference() -> dict[str, object]:
    conn = sqlite3.connect(":memory:")
    try:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        return _shape(sqlite_utils.Database(conn))
    finally:
        conn.close()


def schema_differences(conn: sqlite3.Connection) -> list[str]:
    """How the database's schema differs from the vault format's (empty when it is exactly it).

    Each item is a short technical phrase ("unknown trigger t1", "table keys differs"). Never raises
    for a readable database.
    """
    found, expected = _shape(sqlite_utils.Database(conn)), _reference()
    out = [f"unknown view {name}" for name in found["views"]]
    out += [f"unknown trigger {name} on {table}" for name, table in found["triggers"]]
    for name in sorted(set(found["tables"]) | set(expected["tables"])):
        if name not in expected["tables"]:
            out.append(f"unknown table {name}")
        elif name not in found["tables"]:
            if name not in ADDED_AT_OPEN:
                out.append(f"missing table {name}")
        elif found["tables"][name] != expected["tables"][name]:
            out.append(f"table {name} differs")
    return out

