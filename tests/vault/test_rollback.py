"""Rollback and fork are seen: the head last written or verified is kept outside the vault folder.

Tried as it happens: the vault folder is restored from an older copy (dropping a later "suspected
minor" review), or two copies of one vault are used separately; a vault never seen on this account
verifies normally.
"""

from __future__ import annotations

import json
import shutil

from reviewer.cli import main as cli_main
from reviewer.vault import Vault, heads


def _restore(backup, target):
    shutil.rmtree(target)
    shutil.copytree(backup, target)


def test_the_head_is_remembered_outside_the_vault_on_every_write(filled):
    known = heads.load(filled.vault.vault_id)
    assert known is not None and known.note == filled.vault.vault_checkpoint()
    assert not heads.state_dir().resolve().is_relative_to(filled.path.resolve())
    filled.session.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    again = heads.load(filled.vault.vault_id)
    assert again.size > known.size and again.note == filled.vault.vault_checkpoint()
    assert again.logs[filled.case] == len(filled.vault.records(filled.case))


def test_a_restored_backup_is_named_with_what_it_lost(filled, tmp_path, capsys):
    backup = tmp_path / "backup"
    filled.vault.close()
    shutil.copytree(filled.path, backup)
    session = Vault.open(filled.path).unlock("correct horse battery")
    record = session.seal_review(filled.case, filled.media[1], labels=["suspected-minor"])
    session.vault.close()
    _restore(backup, filled.path)
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(filled.path), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["problem"]["code"] == "vault-rolled-back"
    assert "restored backup" in report["message"]
    assert f"case {filled.case}, records {record.seq} to {record.seq}" in report["message"]


def test_two_diverging_copies_are_a_fork(filled, tmp_path, capsys, monkeypatch):
    other = tmp_path / "other-copy"
    filled.vault.close()
    shutil.copytree(filled.path, other)
    first = Vault.open(filled.path).unlock("correct horse battery")
    first.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    first.vault.close()
    # The other copy is written to on another account (this one refuses to write to an older copy).
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "another-account"))
    second = Vault.open(other).unlock("correct horse battery")
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.vault.close()
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(other), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["problem"]["code"] == "vault-forked", report
    assert "went another way" in report["message"]


def test_a_vault_never_seen_on_this_account_verifies_and_is_then_remembered(filled, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "another-account"))
    assert heads.load(filled.vault.vault_id) is None
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(filled.path)]) == 0
    assert heads.load(filled.vault.vault_id).note == filled.vault.vault_checkpoint()


def test_the_head_is_keyed_by_identity_so_a_moved_copy_is_still_recognised(filled, tmp_path, capsys):
    backup = tmp_path / "elsewhere" / "renamed"
    filled.vault.close()
    shutil.copytree(filled.path, backup)
    session = Vault.open(filled.path).unlock("correct horse battery")
    session.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    session.vault.close()
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(backup)]) == 2
    assert "older than the one last used on this computer" in capsys.readouterr().out
