"""Case-layer fixtures: a real vault in tmp_path, real sample photos, the real model. No Qt anywhere."""

from __future__ import annotations

import pytest

from reviewer.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def vault_dir(tmp_path):
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir):
    session = Vault.create(vault_dir, reviewer_name="Alice Martin", passphrase=PASSPHRASE)
    yield session
    session.vault.close()


@pytest.fixture
def reopen(vault_dir):
    """``reopen()`` -> a new session on a new Vault object, as after restarting the application."""
    opened = []

    def make():
        vault = Vault.open(vault_dir)
        opened.append(vault)
        return vault.unlock(PASSPHRASE)

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture(scope="session")
def detector():
    from reviewer.detect import RegionDetector

    return RegionDetector()


def record_types(vault_dir, case_id) -> list[str]:
    """The record types of a case as any reader of the vault file sees them."""
    vault = Vault.open(vault_dir, read_only=True)
    try:
        return [r.type for r in vault.records(case_id)]
    finally:
        vault.close()
