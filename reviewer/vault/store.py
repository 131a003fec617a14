"""The one place that opens a vault's SQLite database (docs/vault-format.md section 3)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from reviewer.vault.errors import (
    DiskFull,
    NewerVaultFormat,
    NotAVault,
    ReadOnlyVault,
    TamperedVault,
    VaultError,
    VaultExists,
    VaultFolderUnusable,
    VaultMissing,
    WHAT_DATABASE,
)
from reviewer.vault.permissions import create_private_file, make_private_dir, make_tree_private
from reviewer.vault.records import FORMAT_VERSION

DB_NAME = "vault.sqlite3"
BLOBS_DIR = "blobs"
APPLICATION_ID = 0x52565731  # "RVW1"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE logs (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('keys', 'case')));
CREATE TABLE records (
  log TEXT NOT NULL REFERENCES logs(id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  signer TEXT NOT NULL,
  time TEXT NOT NULL,
  leaf BLOB NOT NULL,
  leaf_hash BLOB NOT NULL,
  sig BLOB NOT NULL,
  PRIMARY KEY (log, seq)
);
CREATE TABLE keys (
  key_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  public_key BLOB NOT NULL,
  kdf TEXT NOT NULL,
  wrapped_private BLOB,
  wrapped_data_key BLOB
);
CREATE TABLE blobs (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  wrapped_key BLOB NOT NULL,
  record TEXT NOT NULL REFERENCES records(id)
);
CREATE TABLE checkpoints (
  seq INTEGER PRIMARY KEY,
  log TEXT NOT NULL REFERENCES logs(id),
  size INTEGER NOT NULL,
  note TEXT NOT NULL,
  leaf_hash BLOB NOT NULL
);
CREATE INDEX checkpoints_by_log ON checkpoints (log, size);
CREATE TABLE vault_head (id INTEGER PRIMARY KEY CHECK (id = 1), note TEXT NOT NULL);
CREATE TABLE suspected_minors (
  media TEXT PRIMARY KEY REFERENCES records(id),
  log TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  pdq TEXT,
  quality INTEGER
);
CREATE TABLE thumbnails (
  media TEXT PRIMARY KEY REFERENCES records(id),
  variant TEXT NOT NULL,
  sealed BLOB NOT NULL
);
"""


def _configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")
    # Functions and virtual tables named in the schema (views, triggers, defaults) never run: a vault's
    # schema is data an attacker can write, not code this application trusts.
    conn.execute("PRAGMA trusted_schema = OFF")
    if not read_only:
        # WAL + FULL: every commit is durable once COMMIT returns (NORMAL could lose the last ones
        # on power loss, which for evidence is not acceptable).
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise VaultError(f"could not switch to WAL (got {mode})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted content (a purged media's rows, erased wrapped keys, old pages) is overwritten with zeros
    # instead of lingering in free pages and the WAL, where a copy of the folder would still hold it.
    conn.execute("PRAGMA secure_delete = ON")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # On read-only media a WAL database without its -shm file can only be read as immutable.
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, check_same_thread=False)
        return conn
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False)


def connect_read_only(directory: Path) -> sqlite3.Connection:
    """A plain read-only connection to the vault file in ``directory``, with none of ``open_database``'s
    checks: for looking at a file too damaged to open as a vault. Raise ``sqlite3.Error``."""
    return _connect(Path(directory) / DB_NAME, read_only=True)


def create_database(directory: Path) -> sqlite_utils.Database:
    """Create the vault folder and an empty database; raise ``VaultExists`` or ``ReadOnlyVault``."""
    directory = Path(directory)
    db_path = directory / DB_NAME
    if db_path.exists():
        raise VaultExists(path=str(directory))
    try:
        # Private from the first moment (reviewer.vault.permissions): 0700 folders, 0600 files.
        make_private_dir(directory)
        make_private_dir(directory / BLOBS_DIR)
        make_private_dir(directory / BLOBS_DIR / "tmp")
        probe = directory / f".write-test-{os.getpid()}"
        os.close(create_private_file(probe))
        probe.unlink()
        # SQLite gives -wal and -shm the mode of the database file: create that file 0600, empty.
        os.close(create_private_file(db_path))
    except PermissionError as exc:
        raise ReadOnlyVault(str(exc), path=str(directory)) from exc
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyVault(str(exc), path=str(directory)) from exc
        if exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.ENAMETOOLONG, errno.EINVAL, errno.ELOOP):
            raise VaultFolderUnusable(str(exc), path=str(directory)) from exc  # e.g. the name of a file
        raise
    conn = _connect(db_path, read_only=False)
    try:
        _configure(conn, read_only=False)
        conn.execute("BEGIN IMMEDIATE")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def open_database(directory: Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open an existing vault database and check it; raise a typed ``VaultError``.

    Checks, in order: the file exists (``VaultMissing``), the folder is writable unless ``read_only``
    (``ReadOnlyVault``), it is a vault (``NotAVault``), its format is known (``NewerVaultFormat``) and
    it holds no view or trigger (``TamperedVault``: SQLite would run a planted trigger on the next
    write). These read a few pages whatever the vault's size; SQLite's full ``integrity_check``, which
    reads the whole file, is part of ``reviewer verify`` (``reviewer.vault.verify``).
    """
    directory = Path(directory)
    db_path = directory / DB_NAME
    if not db_path.is_file():
        raise VaultMissing(path=str(directory))
    if not read_only and not (os.access(directory, os.W_OK) and os.access(db_path, os.W_OK)):
        raise ReadOnlyVault(path=str(directory))
    if not read_only:
        make_tree_private(directory)  # vaults made before the rule were 0755/0644
    try:
        conn = _connect(db_path, read_only)
    except sqlite3.Error as exc:
        raise NotAVault(str(exc), path=str(directory)) from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NotAVault(str(exc), path=str(directory)) from exc
        if app_id != APPLICATION_ID:
            raise NotAVault(f"application_id {app_id:#x}", path=str(directory))
        if version > FORMAT_VERSION:
            raise NewerVaultFormat(found=version, supported=FORMAT_VERSION)
        if version < 1:
            raise NotAVault(f"user_version {version}", path=str(directory))
        try:
            _configure(conn, read_only)
            planted = planted_code(conn)
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise ReadOnlyVault(str(exc), path=str(directory)) from exc
            raise NotAVault(str(exc), path=str(directory)) from exc
        except sqlite3.DatabaseError as exc:
            raise TamperedVault(str(exc), what=WHAT_DATABASE) from exc
        if planted:
            raise TamperedVault("; ".join(planted[:5]), what=WHAT_DATABASE)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def planted_code(conn: sqlite3.Connection) -> list[str]:
    """Views and triggers in the database (a vault has none): the cheap check made on every open."""
    return [f"{kind} {name}" for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")]


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``); rolled back on any exception.

    SQLite errors a user can cause are turned into typed errors (disk full, read-only).
    """
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise typed_error(exc, conn) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise typed_error(exc, conn) from exc
        raise


def typed_error(exc: sqlite3.Error, conn: sqlite3.Connection | None = None) -> VaultError:
    """The typed error for an SQLite failure met while using a vault (the one place that words them).

    A full disk is ``DiskFull``; a read-only file or folder ``ReadOnlyVault``; a damaged file ("database disk
    image is malformed", a page that is not a database page) or a stored text that is not UTF-8 (a cell
    rewritten outside the application) ``TamperedVault`` naming the database file, with SQLite's complaint
    as the detail; anything else (a lock held too long) a plain ``VaultError``. Never raises.
    """
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "full" in text:
        return DiskFull(text)
    if isinstance(exc, sqlite3.OperationalError) and ("readonly" in text or "read-only" in text):
        path = ""
        with contextlib.suppress(sqlite3.Error, TypeError):
            path = str(Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent) if conn else ""
        return ReadOnlyVault(text, path=path)
    # Plain DatabaseError (not its Operational/Integrity/... subclasses) is what SQLite raises for a damaged
    # file; an undecodable TEXT cell comes as an OperationalError worded "Could not decode to UTF-8".
    if type(exc) is sqlite3.DatabaseError or "malformed" in text or "decode" in text.lower():
        return TamperedVault(text, what=WHAT_DATABASE)
    return VaultError(text)
