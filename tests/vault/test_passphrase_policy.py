"""One passphrase policy for the API, the CLI and the window: common, short and patterned passphrases are
refused with a reason in plain words, long unrelated words are accepted; keys cost scrypt N >= 2^17
whatever the environment says, older keys still open and are strengthened on unlock, and verify names them."""

from __future__ import annotations

import json

import pytest

from reviewer.i18n import translate
from reviewer.vault import Vault, WeakPassphrase, crypto, keys
from reviewer.vault.passphrase_policy import MIN_LENGTH, WHY_COMMON, WHY_GUESSABLE, WHY_NAME, WHY_TOO_SHORT, assess

ACCEPTED = ("correct horse battery staple 42", "violet tractor quantum harbor 93", "cheval agrafe pile correcte")
REFUSED = ("password", "12345678", "aaaaaaaa", "azertyuiop", "P@ssw0rd", "Password123!", "motdepasse2024",
           "aaaaaaaaaaaaaaaaaaaa", "123456789012345", "qwertyuiopasdf", "jetaime2024!", "")


@pytest.mark.parametrize("text", ACCEPTED)
def test_long_unrelated_words_are_accepted(text):
    assert assess(text).acceptable


@pytest.mark.parametrize("text", REFUSED)
def test_common_short_and_patterned_passphrases_are_refused(text):
    verdict = assess(text)
    assert not verdict.acceptable and verdict.why is not None


def test_each_refusal_says_why():
    assert assess("password").why == WHY_COMMON and assess("password").common
    assert assess("P@ssw0rd").why == WHY_COMMON  # l33t variations of a common one are still common
    assert assess("Zq8#vY2!").why == WHY_TOO_SHORT  # random, but 8 characters
    assert assess("aaaaaaaaaaaaaaaaaaaa").why == WHY_GUESSABLE  # long, but a repeat
    # The reviewer's own name makes a passphrase weaker: "camille martin" is the first thing to try.
    assert assess("Camille Martin 1990", ["Camille Martin"]).why == WHY_NAME
    assert assess("camille-martin-camille", ["Camille Martin"]).why == WHY_NAME
    assert assess("Camille rides violet tractors", ["Camille Martin"]).acceptable


def test_the_refusal_is_a_typed_error_with_a_plain_message_in_english_and_french(tmp_path):
    with pytest.raises(WeakPassphrase) as caught:
        Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase="password")
    assert "most common passwords" in caught.value.message and str(MIN_LENGTH) in caught.value.message
    assert not (tmp_path / "v").exists()  # nothing created
    french = translate("errors", WHY_COMMON)
    assert french  # the reason is a marked text (its French is checked by tests/test_translations.py)


def test_enrolling_with_a_weak_passphrase_writes_no_key_row(tmp_path):
    session = Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase=ACCEPTED[0])
    try:
        before = session.vault.db.conn.execute("SELECT count(*) FROM keys").fetchone()[0]
        records = len(session.vault.records("keys"))
        for weak in ("12345678", "Bob Durand 1", "aaaaaaaaaaaaa"):
            with pytest.raises(WeakPassphrase):
                session.enroll("Bob Durand", weak)
        assert session.vault.db.conn.execute("SELECT count(*) FROM keys").fetchone()[0] == before
        assert len(session.vault.records("keys")) == records
    finally:
        session.vault.close()


def test_new_keys_cost_scrypt_n_2_17_with_r_8_and_p_1(tmp_path, monkeypatch):
    monkeypatch.undo()  # the real cost, not the suite's fast one
    monkeypatch.setenv("REVIEWER_INSECURE_FAST_KDF", "1")  # the old switch: it must change nothing
    session = Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase=ACCEPTED[1])
    try:
        (kdf,) = [json.loads(r[0]) for r in session.vault.db.conn.execute("SELECT kdf FROM keys")]
        assert (kdf["alg"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 2**17, 8, 1)
        assert session.vault.keys_below_policy() == []
    finally:
        session.vault.close()


def test_argon2id_with_owasp_parameters_meets_the_policy_and_less_does_not(monkeypatch):
    monkeypatch.undo()  # the real policy
    assert crypto.kdf_meets_policy({"alg": "argon2id", "m": 19456, "t": 2, "p": 1, "salt": "AAAA"})
    assert not crypto.kdf_meets_policy({"alg": "argon2id", "m": 19456, "t": 1, "p": 1, "salt": "AAAA"})
    assert not crypto.kdf_meets_policy({"alg": "argon2id", "m": 8192, "t": 3, "p": 1, "salt": "AAAA"})
    assert not crypto.kdf_meets_policy({"alg": "scrypt", "n": 2**16, "r": 8, "p": 1, "salt": "AAAA"})
    assert crypto.kdf_meets_policy({"alg": "scrypt", "n": 2**17, "r": 8, "p": 1, "salt": "AAAA"})
    assert not crypto.kdf_meets_policy({"alg": "pbkdf2", "iterations": 10**6})


def test_an_argon2id_key_unlocks(tmp_path, monkeypatch):
    salt = crypto.b64u(b"s" * 16)
    monkeypatch.setattr(crypto, "kdf_parameters",
                        lambda: {"alg": "argon2id", "m": 19456, "t": 2, "p": 1, "salt": salt})
    session = Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase=ACCEPTED[0])
    session.vault.close()
    vault = Vault.open(tmp_path / "v")
    try:
        assert vault.unlock(ACCEPTED[0]).name == "Camille"
        assert vault.keys_below_policy() == []
    finally:
        vault.close()


def test_an_older_weak_key_still_opens_is_flagged_and_is_strengthened_on_unlock(tmp_path, monkeypatch):
    # A vault made with the old fast switch: scrypt N = 2^10 (4 ms a guess).
    session = Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase=ACCEPTED[0])
    session.vault.close()
    monkeypatch.setattr(crypto, "SCRYPT_N", 2**11)  # today's policy, above the stored 2^10 (kept fast)
    vault = Vault.open(tmp_path / "v", read_only=True)
    try:
        flagged = vault.keys_below_policy()
        assert [(k["name"], k["kdf"]["n"]) for k in flagged] == [("Camille", 2**10)]
        assert "salt" not in flagged[0]["kdf"]
        assert vault.verify().ok  # the records are intact: the weakness is reported beside, not as damage
    finally:
        vault.close()
    vault = Vault.open(tmp_path / "v")
    try:
        session = vault.unlock(ACCEPTED[0])
        assert session.name == "Camille"
        (kdf,) = [json.loads(r[0]) for r in vault.db.conn.execute("SELECT kdf FROM keys")]
        assert kdf["n"] == 2**11
        assert vault.keys_below_policy() == []
    finally:
        vault.close()
    vault = Vault.open(tmp_path / "v")  # the same passphrase opens the strengthened key
    try:
        session = vault.unlock(ACCEPTED[0])
        session.new_case("after the upgrade")
        assert vault.verify(session=session).ok
    finally:
        vault.close()


def test_key_rows_of_revoked_keys_are_not_flagged(tmp_path, monkeypatch):
    session = Vault.create(tmp_path / "v", reviewer_name="Camille", passphrase=ACCEPTED[0])
    try:
        bob = session.enroll("Bob Durand", ACCEPTED[1])
        monkeypatch.setattr(crypto, "SCRYPT_N", 2**11)
        assert {k["name"] for k in session.vault.keys_below_policy()} == {"Camille", "Bob Durand"}
        session.revoke(bob, "left the association")
        assert {k["name"] for k in session.vault.keys_below_policy()} == {"Camille"}
    finally:
        session.vault.close()
    assert keys  # the module the policy check lives beside
