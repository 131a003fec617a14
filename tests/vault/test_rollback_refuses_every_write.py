"""A restored backup is refused for every write, not only export and seal (issue 15 Build 5, outside tester's
finding: ``reviewer ingest``, ``case new``, ``analyse``... still wrote to a restored backup, extending a history that
diverges from what this account already saw).

The vault folder is copied with ``cp -a`` before later writes, then put back as a person restoring a backup would;
every command that appends a record is run through the real command line on it and must exit 1 with the plain
message, leaving the database, the stored files and the remembered head as they were. The commands that only read
keep working."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.vault import Vault, heads
from reviewer.vault.errors import VaultDiverged, VaultRolledBack

PASSPHRASE = "correct horse battery"


def _cp_a(source: Path, target: Path) -> None:
    subprocess.run(["rm", "-rf", str(target)], check=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)


def _state(folder: Path, vault_id: str) -> tuple:
    """What a write would change: the records and checkpoints (read with the sqlite3 client), the stored files,
    and the head this account remembers."""
    database = folder / "vault.sqlite3"
    counts = subprocess.run(["sqlite3", "-readonly", str(database),
                             "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM checkpoints), "
                             "(SELECT count(*) FROM keys), (SELECT note FROM vault_head)"],
                            capture_output=True, text=True, check=True).stdout
    files = sorted(p.name for p in (folder / "blobs").rglob("*") if p.is_file())
    remembered = heads.load(vault_id)
    return counts, files, (remembered.size, remembered.root) if remembered else None


@pytest.fixture
def restored(filled, tmp_path, monkeypatch):
    """The vault folder put back from a ``cp -a`` copy taken before a later review (suspected minor); a second
    reviewer and a logged notice exist in the copy, so that revoking and replying can be tried on it."""
    from reviewer.takedown import notices

    bob = filled.session.enroll("Bob Durand", "bob passphrase 1")
    notice = notices.log_sent(filled.session, filled.case, platform="ExampleNet", channel="email",
                              urls=["https://example.invalid/post/123"], content_type="deepfake").id
    filled.vault.close()
    backup = tmp_path / "backup"
    _cp_a(filled.path, backup)
    later = Vault.open(filled.path).unlock(PASSPHRASE, "Alice Martin")
    later.seal_review(filled.case, filled.media[1], labels=["suspected-minor"])
    later.vault.close()
    _cp_a(backup, filled.path)
    monkeypatch.setenv("REVIEWER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("REVIEWER_NEW_PASSPHRASE", "carol passphrase 1")
    return filled, bob, notice


def _refused(capsys, *argv: str, lang: str = "en") -> str:
    capsys.readouterr()
    status = cli_main(["--lang", lang, *argv])
    out = capsys.readouterr()
    assert status == 1, (argv, out.out, out.err)
    return out.err + out.out


def test_every_command_that_writes_is_refused_on_a_restored_backup(restored, tmp_path, samples_dir, capsys,
                                                                    timestamp_authority):
    filled, bob, notice = restored
    folder, case, media = filled.path, filled.case, filled.media
    vault = ["--vault", str(folder)]
    hash_list = tmp_path / "list.txt"
    hash_list.write_text("pdq " + "f" * 64 + "\n", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body>post</body></html>", encoding="utf-8")
    # A timestamp requested from the restored copy itself (reading only), answered by a real OpenSSL authority.
    assert cli_main(["--lang", "en", "timestamp", "request", *vault, "--out", str(tmp_path / "v.tsq")]) == 0
    authority = timestamp_authority("Paris")
    authority.reply(tmp_path / "v.tsq", tmp_path / "v.tsr")

    commands = {
        "case new": ["case", "new", "Nouveau dossier", *vault],
        "case rename": ["case", "rename", case, "Autre titre", *vault],
        "case remove": ["case", "remove", case, media[0], "--reason", "added by mistake", *vault],
        "ingest": ["ingest", case, str(samples_dir / "coffee.png"), *vault],
        "analyse": ["analyse", case, media[1], *vault],
        "review": ["review", case, media[0], "--label", "not-sexual", *vault],
        "key new": ["key", "new", "Carol Petit", *vault],
        "key revoke": ["key", "revoke", "--reviewer", bob, "--by", "Alice Martin", *vault],
        "lists import": ["lists", "import", str(hash_list), *vault],
        "notice log": ["notice", "log", case, "--platform", "ExampleNet", "--channel", "email",
                       "--url", "https://example.invalid/post/123", "--content", "deepfake", *vault],
        "notice reply": ["notice", "reply", case, notice, "--status", "removed", *vault],
        "capture screenshot": ["capture", "screenshot", case, "--image", str(samples_dir / "coffee.png"),
                               "--html", str(page), "--url", "https://example.invalid/post/123",
                               "--at", "2026-03-14 21:05 +01:00", *vault],
        "timestamp import": ["timestamp", "import", str(tmp_path / "v.tsr"), "--tsa-cert",
                             str(authority.certificates), *vault],
        "export": ["export", case, "--out", str(tmp_path / "exhibit.zip"), *vault],
    }
    before = _state(folder, filled.vault.vault_id)
    for name, argv in commands.items():
        said = _refused(capsys, *argv)
        assert "older than the one this account last saw" in said, name
        assert f"case {case}" in said or 'case "Plainte Exemple"' in said, (name, said)
        assert "Put back the latest copy of the vault folder, or call your IT contact" in said, name
        assert _state(folder, filled.vault.vault_id) == before, name
    assert not (tmp_path / "exhibit.zip").exists()
    # In French, the same refusal.
    said = _refused(capsys, *commands["ingest"], lang="fr")
    assert "sauvegarde restaurée" in said and "rien ne peut donc être exporté de ce coffre ni y être ajouté" in said

    # What only reads keeps working on the restored copy.
    for argv in (["case", "list", *vault], ["case", "show", case, *vault], ["key", "list", *vault],
                 ["vault", "fingerprint", *vault], ["notice", "list", case, *vault]):
        assert cli_main(["--lang", "en", *argv]) == 0, argv
    capsys.readouterr()
    # The full verification reads it too, and says what happened (exit 2: not a clean vault).
    assert cli_main(["--lang", "en", "verify", *vault]) == 2
    assert "older" in capsys.readouterr().out


def test_the_session_refuses_before_any_file_is_stored_and_names_lost_cases_by_title(restored, samples_dir):
    filled, _bob, _notice = restored
    files = sorted(p.name for p in (filled.path / "blobs").rglob("*") if p.is_file())
    session = Vault.open(filled.path).unlock(PASSPHRASE, "Alice Martin")
    try:
        with pytest.raises(VaultRolledBack) as caught:
            session.ingest_file(filled.case, samples_dir / "rocket.jpg")
        assert 'case "Plainte Exemple"' in caught.value.message  # the window's words: its title, not its id
        with pytest.raises(VaultRolledBack):
            session.record_analysis(filled.case, filled.media[0], method={"id": "x"}, summary={},
                                    heatmaps={"noise": b"\x89PNG fake"})
        with pytest.raises(VaultRolledBack):
            with session.batch():
                session.new_case("Dans un lot")
    finally:
        session.vault.close()
    assert sorted(p.name for p in (filled.path / "blobs").rglob("*") if p.is_file()) == files


def test_a_diverging_copy_is_refused_for_writes_and_the_latest_copy_is_written_to(filled, tmp_path, monkeypatch):
    """A second copy written to by a colleague's account (their own remembered head) diverges from what this account
    saw: this account may read it but not write to it; the copy this account wrote last takes writes as before."""
    filled.vault.close()
    other = tmp_path / "other-copy"
    _cp_a(filled.path, other)
    mine = Vault.open(filled.path).unlock(PASSPHRASE)
    mine.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    mine.vault.close()
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "a-colleague"))
    colleague = Vault.open(other).unlock(PASSPHRASE)
    for _ in range(3):  # larger than this account's head, but not its continuation
        colleague.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    colleague.vault.close()
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    forked = Vault.open(other).unlock(PASSPHRASE)
    try:
        size = len(forked.vault.records(filled.case))
        with pytest.raises(VaultDiverged) as caught:
            forked.new_case("Sur la copie divergente")
        assert "another copy of it was changed separately" in caught.value.message
        assert len(forked.vault.records(filled.case)) == size
    finally:
        forked.vault.close()
    again = Vault.open(filled.path).unlock(PASSPHRASE)
    try:
        assert again.new_case("Sur la bonne copie")
    finally:
        again.vault.close()


def test_an_unseen_vault_and_a_vault_written_elsewhere_since_take_writes(filled, tmp_path, monkeypatch):
    filled.vault.close()
    monkeypatch.setenv("REVIEWER_STATE_DIR", str(tmp_path / "a-colleague"))
    colleague = Vault.open(filled.path).unlock(PASSPHRASE)  # never seen on this account: nothing to compare
    colleague.new_case("Dossier du collègue")
    colleague.vault.close()
    monkeypatch.delenv("REVIEWER_STATE_DIR")
    again = Vault.open(filled.path).unlock(PASSPHRASE)  # newer than this account's head: written to since
    try:
        case = again.new_case("Suite")
        assert heads.load(again.vault.vault_id).logs[case] == 1
    finally:
        again.vault.close()
