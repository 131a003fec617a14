"""A vault older than, or diverging from, what this account last saw is refused for export and sealing when
it is opened, not only by ``reviewer verify`` (issue 15 Build 5, attack a4: after restoring an older copy of
the vault folder, which dropped a later "suspected minor" label, ``reviewer export --include-originals``
exited 0 and shipped the original).

Real vault folders copied and restored as a person would, the real command line, the head kept in the
account's state folder."""

from __future__ import annotations

import shutil

import pytest

from reviewer.cli import main as cli_main
from reviewer.exhibit import export_case
from reviewer.vault import Vault, head_check, heads
from reviewer.vault.errors import VaultDiverged

PASSPHRASE = "correct horse battery"


def _copy(source, target):
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def _open(path):
    return Vault.open(path).unlock(PASSPHRASE)


def _records(path, case) -> int:
    vault = Vault.open(path, read_only=True)
    try:
        return len(vault.records(case))
    finally:
        vault.close()


@pytest.fixture
def restored(filled, tmp_path):
    """The vault folder restored from a backup taken before a media was sealed suspected minor; the latest
    copy (with the label) kept aside. Returns (filled, the labelled media, the label's record, latest copy)."""
    backup, latest = tmp_path / "backup", tmp_path / "latest"
    filled.vault.close()
    _copy(filled.path, backup)
    session = _open(filled.path)
    record = session.seal_review(filled.case, filled.media[1], labels=["suspected-minor"])
    session.vault.close()
    _copy(filled.path, latest)
    _copy(backup, filled.path)
    return filled, filled.media[1], record, latest


def test_a_restored_backup_is_compared_at_opening_and_names_what_it_lost(restored):
    filled, _media, record, _latest = restored
    vault = Vault.open(filled.path, read_only=True)
    try:
        comparison = head_check.compare_with_remembered(vault)
    finally:
        vault.close()
    assert comparison.state == head_check.OLDER and comparison.behind
    assert comparison.found_size < comparison.remembered_size
    assert [(lost.log, lost.first, lost.last) for lost in comparison.lost] == [(filled.case, record.seq, record.seq)]
    assert comparison.seen == heads.load(filled.vault.vault_id).seen


def test_the_command_line_refuses_to_export_or_seal_from_a_restored_backup(restored, tmp_path, monkeypatch, capsys):
    filled, media, record, latest = restored
    monkeypatch.setenv("REVIEWER_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "exhibit.zip"
    before = _records(filled.path, filled.case)
    capsys.readouterr()
    assert cli_main(["--lang", "en", "export", "--vault", str(filled.path), filled.case, "--out", str(out),
                     "--include-originals"]) == 1
    said = capsys.readouterr().err
    assert "older than the one this account last saw" in said and "restored backup" in said
    assert f"case {filled.case}, records {record.seq} to {record.seq}" in said
    assert "Put back the latest copy of the vault folder, or call your IT contact" in said
    assert not out.exists() and list(tmp_path.glob("exhibit*")) == []
    # Sealing is refused as well: a review added to the old copy would fork the vault.
    assert cli_main(["--lang", "en", "review", "--vault", str(filled.path), filled.case, media,
                     "--label", "not-sexual"]) == 1
    assert "restored backup" in capsys.readouterr().err
    assert _records(filled.path, filled.case) == before
    # In French too.
    assert cli_main(["--lang", "fr", "export", "--vault", str(filled.path), filled.case, "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "sauvegarde restaurée" in said and "contact informatique" in said
    # Doing what the message says works: with the latest copy put back, the export succeeds and withholds
    # the media sealed suspected minor.
    _copy(latest, filled.path)
    assert cli_main(["--lang", "en", "export", "--vault", str(filled.path), filled.case, "--out", str(out),
                     "--include-originals"]) == 0
    vault = Vault.open(filled.path, read_only=True)
    try:
        assert media in vault.withheld_media(filled.case)
    finally:
        vault.close()


def test_the_exporter_itself_refuses_a_diverging_copy(filled, tmp_path, monkeypatch):
    other = tmp_path / "other-copy"
    filled.vault.close()
    _copy(filled.path, other)
    first = _open(filled.path)
    first.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    first.vault.close()
    # The other copy is written to elsewhere (another account: this one refuses to write to an older copy).
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "a-colleague"))
    second = _open(other)
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    second.vault.close()
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    second = _open(other)
    assert head_check.compare_with_remembered(second.vault).state == head_check.DIVERGED
    out = tmp_path / "fork.zip"
    with pytest.raises(VaultDiverged) as caught:
        export_case(second.vault, second, filled.case, out, lang="en")
    assert "another copy of it was changed separately" in caught.value.message
    assert not out.exists()
    second.vault.close()
    # The copy this account wrote to last is its own continuation: it exports.
    first = _open(filled.path)
    assert head_check.compare_with_remembered(first.vault).state == head_check.SAME
    assert export_case(first.vault, first, filled.case, tmp_path / "ok.zip", lang="en").path.exists()
    first.vault.close()


def test_a_vault_written_elsewhere_since_or_never_seen_opens_as_usual(filled, tmp_path, monkeypatch):
    filled.vault.close()
    mine = heads.load(filled.vault.vault_id)
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "a-colleague"))
    colleague = _open(filled.path)
    assert head_check.compare_with_remembered(colleague.vault).state == head_check.UNKNOWN
    colleague.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    colleague.vault.close()
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    assert heads.load(filled.vault.vault_id).size == mine.size
    again = _open(filled.path)
    comparison = head_check.require_current_head(again.vault)
    assert comparison.state == head_check.NEWER and not comparison.behind
    assert export_case(again.vault, again, filled.case, tmp_path / "ok.zip", lang="en").path.exists()
    again.vault.close()
