"""A key row zeroed, filled, copied or with an envelope key off the curve is named by plain ``reviewer verify``,
with what it makes unreadable (issue 15 Build 8, outside tester: a zeroed ``wrapped_data_key`` of the right size
passed plain verify and was only named with the passphrase).

Real vault folders edited with the sqlite3 client, as an insider would; the real command line reads them. What
plain verification cannot see (random bytes of the right size under the passphrase) is shown too, with the
answer the passphrase gives."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from reviewer.cli import main as cli_main
from reviewer.vault import Vault, keystore

PASSPHRASE = "correct horse battery"


def sqlite3_edit(folder, statement: str) -> None:
    subprocess.run(["sqlite3", str(folder / "vault.sqlite3"), statement], check=True, capture_output=True)


def plain_verify(folder, capsys, *extra: str) -> tuple[int, dict]:
    capsys.readouterr()
    status = cli_main(["--lang", "en", "verify", "--json", "--vault", str(folder), *extra])
    out = capsys.readouterr().out
    return status, (json.loads(out) if out.strip() else {})


@pytest.fixture
def two_reviewers(filled):
    """The filled vault with a second reviewer, Bob; closed."""
    filled.session.enroll("Bob Durand", "bob passphrase 1")
    filled.vault.close()
    return filled.path


def test_an_honest_vault_with_rotations_and_envelopes_shows_nothing(filled, capsys):
    bob = filled.session.enroll("Bob Durand", "bob passphrase 1")
    filled.session.enroll_recovery_key()
    filled.session.revoke(bob, "left the association")  # Alice's and the recovery key's rows now hold envelopes
    filled.vault.close()
    status, report = plain_verify(filled.path, capsys)
    assert status == 0 and report["ok"], report


@pytest.mark.parametrize("column", ["wrapped_data_key", "wrapped_private"])
def test_a_zeroed_secret_of_the_only_key_is_named_with_everything_it_locks(filled, capsys, column):
    filled.vault.close()
    sqlite3_edit(filled.path, f"UPDATE keys SET {column} = zeroblob(60) WHERE name = 'Alice Martin'")
    status, report = plain_verify(filled.path, capsys)
    problem = report["problem"]
    assert status == 2 and (problem["code"], problem["field"]) == ("key-row-damaged-last", "Alice Martin"), report
    assert column in problem["detail"] and "zeroed" in problem["detail"]
    assert "no other reviewer or recovery key is left" in report["message"]
    assert "nobody can add to it or read its encrypted details" in report["message"]


def test_a_zeroed_secret_when_another_key_remains_names_the_row_only(two_reviewers, capsys):
    sqlite3_edit(two_reviewers, "UPDATE keys SET wrapped_data_key = zeroblob(60) WHERE name = 'Alice Martin'")
    status, report = plain_verify(two_reviewers, capsys)
    problem = report["problem"]
    assert status == 2 and (problem["code"], problem["field"]) == ("key-row-damaged", "Alice Martin"), report
    # The one left is named as able to open it: Bob's passphrase still opens the vault and its details.
    bob = Vault.open(two_reviewers).unlock("bob passphrase 1", "Bob Durand")
    try:
        assert bob.cases()[0]["title"] == "Plainte Exemple"
    finally:
        bob.vault.close()


def test_a_zeroed_scrypt_salt_is_named(two_reviewers, capsys):
    sqlite3_edit(two_reviewers, "UPDATE keys SET kdf = json_set(kdf, '$.salt', 'AAAAAAAAAAAAAAAAAAAAAA') "
                                "WHERE name = 'Bob Durand'")
    status, report = plain_verify(two_reviewers, capsys)
    assert status == 2 and report["problem"]["field"] == "Bob Durand" and "salt" in report["problem"]["detail"]


def test_a_secret_copied_from_another_row_is_named(two_reviewers, capsys):
    sqlite3_edit(two_reviewers, "UPDATE keys SET wrapped_private = (SELECT wrapped_private FROM keys WHERE "
                                "name = 'Bob Durand') WHERE name = 'Alice Martin'")
    status, report = plain_verify(two_reviewers, capsys)
    problem = report["problem"]
    assert status == 2 and problem["code"] == "key-row-damaged", report
    assert problem["field"] in ("Alice Martin", "Bob Durand") and "the same as in wrapped_private" in problem["detail"]


def test_an_envelope_whose_key_is_not_on_the_curve_is_named(filled, capsys):
    bob = filled.session.enroll("Bob Durand", "bob passphrase 1")
    filled.session.revoke(bob, "left")  # Alice's row now holds the new data key in an envelope (92 bytes)
    filled.vault.close()
    while True:  # random bytes that no X25519 key generation gives (on the twist, or not canonical)
        twist = os.urandom(32)
        if keystore.curve_point_problem(twist) is not None:
            break
    sqlite3_edit(filled.path, f"UPDATE keys SET wrapped_data_key = CAST(x'{twist.hex()}' || substr(wrapped_data_key, 33) AS BLOB) "
                              "WHERE name = 'Alice Martin'")
    status, report = plain_verify(filled.path, capsys)
    problem = report["problem"]
    assert status == 2 and (problem["code"], problem["field"]) == ("key-row-damaged-last", "Alice Martin"), report
    assert "X25519" in problem["detail"] or "Curve25519" in problem["detail"]


def test_a_truncated_secret_is_named(filled, capsys):
    filled.vault.close()
    sqlite3_edit(filled.path, "UPDATE keys SET wrapped_private = substr(wrapped_private, 1, 59)")
    status, report = plain_verify(filled.path, capsys)
    assert status == 2 and report["problem"]["code"] == "key-row-damaged-last", report


def test_random_bytes_of_the_right_size_are_seen_only_with_the_passphrase(filled, capsys, monkeypatch):
    """What plain verification cannot see (docs/vault-format.md 6.7): AES-GCM output is random-looking, so random
    bytes in its place look alike without the key. The passphrase then names the row, never blaming itself."""
    filled.vault.close()
    sqlite3_edit(filled.path, f"UPDATE keys SET wrapped_private = x'{os.urandom(60).hex()}'")
    status, report = plain_verify(filled.path, capsys)
    assert status == 0 and report["ok"], "plain verification was not expected to see this; update 6.7 if it does"
    monkeypatch.setenv("REVIEWER_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert cli_main(["--lang", "en", "verify", "--decrypt", "--vault", str(filled.path)]) == 1
    said = capsys.readouterr().err
    assert "stored key of reviewer Alice Martin was changed or damaged" in said and "passphrase is not correct" not in said
