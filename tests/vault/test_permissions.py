"""The vault folder is 0700 and every file in it 0600 at every moment, -wal and -shm included, with the
usual umask 022; an older vault is brought in line when opened; SQLite overwrites deleted content."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from reviewer.media import ingest
from reviewer.vault import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows keeps vaults private by ACL)")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    """Every entry under ``root`` (and root itself) with its permission bits."""
    out = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        out[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return out


def assert_private(root: Path) -> dict[str, int]:
    seen = modes(root)
    wrong = {name: oct(mode) for name, mode in seen.items()
             if mode != (0o700 if (root / name).is_dir() else 0o600)}
    assert wrong == {}, wrong
    return seen


def test_a_new_vault_is_private_at_every_step_wal_and_shm_included(tmp_path, umask_022, passphrase, samples_dir):
    path = tmp_path / "vault"
    session = Vault.create(path, reviewer_name="Camille", passphrase=passphrase)
    try:
        seen = assert_private(path)
        assert {"vault.sqlite3", "vault.sqlite3-wal", "vault.sqlite3-shm"} <= set(seen)  # open: WAL in use
        case = session.new_case("Dossier")
        session.ingest(case, ingest(samples_dir / "rocket.jpg"))
        seen = assert_private(path)
        assert any(name.startswith("blobs/") and len(name) > 40 for name in seen)  # a blob file and its folder
        # A second connection, as the verification workers or a reader open one, keeps them so.
        reader = Vault.open(path, read_only=True)
        reader.close()
        assert_private(path)
    finally:
        session.vault.close()
    assert_private(path)


def test_wal_and_shm_made_by_a_plain_sqlite_client_follow_the_database_file(tmp_path, umask_022, passphrase):
    path = tmp_path / "vault"
    Vault.create(path, reviewer_name="Camille", passphrase=passphrase).vault.close()
    for suffix in ("-wal", "-shm"):
        (path / f"vault.sqlite3{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path / "vault.sqlite3")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE probe (x)")  # writes the WAL
    try:
        assert_private(path)
    finally:
        conn.close()


def test_an_older_vault_with_open_permissions_is_made_private_when_opened(tmp_path, passphrase, samples_dir):
    path = tmp_path / "vault"
    session = Vault.create(path, reviewer_name="Camille", passphrase=passphrase)
    session.ingest(session.new_case("Dossier"), ingest(samples_dir / "rocket.jpg"))
    session.vault.close()
    for entry in [path, *path.rglob("*")]:
        entry.chmod(0o755 if entry.is_dir() else 0o644)  # as version 1 left them
    vault = Vault.open(path)
    try:
        assert_private(path)
    finally:
        vault.close()


def test_an_existing_empty_folder_becomes_private(tmp_path, umask_022, passphrase):
    path = tmp_path / "chosen"
    path.mkdir(mode=0o755)
    Vault.create(path, reviewer_name="Camille", passphrase=passphrase).vault.close()
    assert_private(path)


def test_secure_delete_is_on_so_a_purged_value_leaves_no_trace(tmp_path, passphrase, samples_dir):
    path = tmp_path / "vault"
    session = Vault.create(path, reviewer_name="Camille", passphrase=passphrase)
    try:
        assert session.vault.db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        canary = os.urandom(24).hex().encode()
        with session.vault.db.conn:
            session.vault.db.conn.execute("CREATE TABLE scratch (v BLOB)")
            session.vault.db.conn.execute("INSERT INTO scratch VALUES (?)", (canary * 40,))
        session.vault.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with session.vault.db.conn:
            session.vault.db.conn.execute("DELETE FROM scratch")
            session.vault.db.conn.execute("DROP TABLE scratch")
    finally:
        session.vault.close()
    raw = b"".join(p.read_bytes() for p in path.rglob("*") if p.is_file())
    assert canary not in raw
