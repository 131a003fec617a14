"""Mistakes an outside tester made on purpose get plain words, not a traceback or a false reason."""

from __future__ import annotations

import sqlite3

from .test_damaged_vault_cli import make_vault, run


def test_a_vault_cannot_be_made_where_a_file_is(tmp_path):
    taken = tmp_path / "report.txt"
    taken.write_text("a file, not a folder")
    for target in (taken, taken / "vault"):
        result = run("vault", "init", "--vault", str(target), "--name", "Alice Martin", "--no-recovery-key",
                     state=tmp_path / "state")
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert "is already a file, not a folder" in result.stderr
    assert taken.read_text() == "a file, not a folder"


def test_correcting_a_decision_that_does_not_exist_says_so(tmp_path):
    vault = make_vault(tmp_path)
    with sqlite3.connect(vault / "vault.sqlite3") as conn:
        case, media = conn.execute("SELECT log, id FROM records WHERE type = 'media.ingested'").fetchone()
        before = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    result = run("review", "--vault", str(vault), case, media, "--label", "not-sexual",
                 "--corrects", "0123456789abcdef0123456789abcdef", state=tmp_path / "state")
    assert result.returncode == 1
    assert "There is no decision to correct" in result.stderr and "in the meantime" not in result.stderr
    with sqlite3.connect(vault / "vault.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == before


def test_verify_answers_with_a_report_for_what_opening_refuses(tmp_path):
    """Planted SQL, an edited or deleted vault identity: `reviewer verify` names it in its report (exit 2), as
    docs/vault-format.md 8.1 says, not with an error that tells the user to run a verification."""
    import json
    import shutil

    vault = make_vault(tmp_path)
    edits = {
        "view": ("CREATE VIEW watcher AS SELECT 1", "unknown-schema"),
        "trigger": ("CREATE TRIGGER planted AFTER INSERT ON records BEGIN SELECT 1; END", "unknown-schema"),
        "vault id deleted": ("DELETE FROM meta WHERE key = 'vault_id'", "meta-mismatch"),
        "vault key deleted": ("DELETE FROM meta WHERE key = 'checkpoint_vkey'", "meta-mismatch"),
        "vault key edited": ("UPDATE meta SET value = 'x' WHERE key = 'checkpoint_vkey'", "meta-mismatch"),
        "vault id edited": ("UPDATE meta SET value = '00' WHERE key = 'vault_id'", None),
    }
    for name, (sql, code) in edits.items():
        copy = tmp_path / name.replace(" ", "-")
        shutil.copytree(vault, copy)
        with sqlite3.connect(copy / "vault.sqlite3") as conn:
            conn.execute(sql)
        result = run("verify", "--vault", str(copy), "--json", state=tmp_path / "state")
        assert result.returncode == 2 and "Traceback" not in result.stderr, (name, result.stderr)
        report = json.loads(result.stdout)
        assert not report["ok"] and (code is None or report["problem"]["code"] == code), (name, report)
