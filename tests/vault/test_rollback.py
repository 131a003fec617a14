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


def test_two_diverging_copies_are_a_fork(filled, tmp_path, capsys):
    other = tmp_path / "other-copy"
    filled.vault.close()
    shutil.copytree(filled.path, other)
    first = Vault.open(filled.path).unlock("correct horse battery")
    first.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    first.vault.close()
    second = Vault.open(other).unlock("correct horse battery")
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.vault.close()
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


def test_restoring_the_whole_data_folder_does_not_restore_what_this_account_saw(tmp_path, monkeypatch):
    """The default vault lives in the user data folder; the heads this account saw do not. A backup of the data
    folder put back (vault and all) is still seen as a restored backup (an outside tester's finding: both
    were in the data folder, so restoring it restored the head too and a suspected-minor label vanished unseen)."""
    from pathlib import Path

    from reviewer.media import ingest

    passphrase = "correct horse battery"
    monkeypatch.delenv("REVIEWER_STATE_DIR", raising=False)
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "home" / ".local" / "share" / "Reviewer"))
    from reviewer.paths import default_vault_dir, user_data_dir

    assert not heads.state_dir().resolve().is_relative_to(user_data_dir().resolve())
    samples = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
    session = Vault.create(default_vault_dir(), reviewer_name="Camille Martin", passphrase=passphrase)
    case = session.new_case("Complaint")
    media = session.ingest(case, ingest(samples / "rocket.jpg"))
    session.vault.close()
    shutil.copytree(user_data_dir(), tmp_path / "backup")  # the whole data folder
    session = Vault.open(default_vault_dir()).unlock(passphrase)
    session.seal_review(case, media, labels=["suspected-minor"])
    session.vault.close()
    shutil.rmtree(user_data_dir())
    shutil.copytree(tmp_path / "backup", user_data_dir())  # put back

    vault = Vault.open(default_vault_dir())
    try:
        report = vault.verify()
        assert not report.ok and report.problem.code == "vault-rolled-back"
    finally:
        vault.close()
    monkeypatch.setenv("REVIEWER_PASSPHRASE", passphrase)
    assert cli_main(["export", case, "--out", str(tmp_path / "exhibit.zip"), "--include-originals"]) != 0
    assert not (tmp_path / "exhibit.zip").exists()
