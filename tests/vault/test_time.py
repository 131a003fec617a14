"""Time goes forward: a seal under a clock set back is refused, and a backwards step fails verification.

The clock is set back through the session's injectable clock (a laptop with a wrong date); a forged
backwards step is made by an insider who holds a reviewer key and re-signs a record with an earlier
time (the chain and the checkpoints are rebuilt, so only the time rule can object).
"""

from __future__ import annotations

import json

import pytest

from reviewer.cli import main as cli_main
from reviewer.vault import ClockBehind


def test_a_seal_is_refused_when_the_clock_is_behind_the_last_record(filled):
    session, vault = filled.session, filled.vault
    before = len(vault.records(filled.case))
    head = vault.vault_checkpoint()
    session.clock = lambda: "2019-03-01T10:00:00.000Z"
    with pytest.raises(ClockBehind) as refused:
        session.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    assert "1 March 2019 at 10:00 UTC" in refused.value.message and "clock" in refused.value.message
    assert len(vault.records(filled.case)) == before and vault.vault_checkpoint() == head
    # A batch is refused whole.
    with pytest.raises(ClockBehind), session.batch():
        session.record_reveal(filled.case, filled.media[0], region={"index": 0}, duration_s=1)
    assert len(vault.records(filled.case)) == before
    assert vault.verify().ok


def test_a_clock_equal_to_the_last_record_or_later_is_accepted(filled):
    last = filled.vault.records(filled.case)[-1].time
    filled.session.clock = lambda: last
    record = filled.session.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    assert record.time == last and filled.vault.verify().ok


def test_a_record_re_signed_with_an_earlier_time_fails_verification(filled, capsys):
    """An insider re-signs the last record of a case dated before its predecessor, rebuilding chain and checkpoints."""
    import sqlite3

    from reviewer.vault.canonical import parse_canonical
    from reviewer.vault.records import encode, signature_message
    from reviewer.vault.merkle import leaf_hash

    session = filled.session
    last = filled.vault.records(filled.case)[-1]
    fields = parse_canonical(last.leaf)
    fields["time"] = "2019-03-01T10:00:00.000Z"
    leaf = encode(fields)
    sig = session._private.sign(signature_message(leaf))
    conn = sqlite3.connect(filled.path / "vault.sqlite3")
    with conn:
        conn.execute("UPDATE records SET leaf = ?, leaf_hash = ?, sig = ?, time = ? WHERE id = ?",
                     (leaf, leaf_hash(leaf), sig, fields["time"], last.id))
    conn.close()
    capsys.readouterr()
    assert cli_main(["verify", "--vault", str(filled.path), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    # Records are checked before checkpoints, so the backwards step itself is named.
    assert report["problem"]["code"] == "time-backwards"
    assert report["problem"]["record"] == last.id and "earlier than the record before it" in report["message"]


def test_worker_processes_name_the_same_backwards_step_as_the_exact_scan(filled):
    """Above MIN_PROCESS_RECORDS the case is chunk-scanned by worker processes: same answer."""
    import sqlite3

    from reviewer.vault.canonical import parse_canonical
    from reviewer.vault.merkle import leaf_hash
    from reviewer.vault.records import encode, signature_message
    from reviewer.vault.verify import CHUNK, MIN_PROCESS_RECORDS

    session = filled.session
    with session.batch():
        for _ in range(MIN_PROCESS_RECORDS + 100):
            session.record_reveal(filled.case, filled.media[0], region={"index": 0}, duration_s=1)
    target = filled.vault.records(filled.case)[CHUNK]  # the first record of the second chunk
    fields = parse_canonical(target.leaf)
    fields["time"] = "2019-03-01T10:00:00.000Z"
    leaf = encode(fields)
    with sqlite3.connect(filled.path / "vault.sqlite3") as conn:
        conn.execute("UPDATE records SET leaf = ?, leaf_hash = ?, sig = ?, time = ? WHERE id = ?",
                     (leaf, leaf_hash(leaf), session._private.sign(signature_message(leaf)), fields["time"],
                      target.id))
    for workers in (1, 2):
        problem = filled.vault.verify(workers=workers, remembered_head=False).problem
        assert (problem.code, problem.seq) == ("time-backwards", CHUNK), (workers, problem)


def test_a_new_case_under_a_clock_set_before_the_vault_existed_is_refused(filled):
    """A case's first record has no record before it in its log: the vault's creation is its floor (an outside
    tester sealed a new case under a clock set to 2019 in a vault made in 2026, and it verified)."""
    session, vault = filled.session, filled.vault
    cases, head = len(vault.cases()), vault.vault_checkpoint()
    session.clock = lambda: "2019-03-01T10:00:00.000Z"
    with pytest.raises(ClockBehind) as refused:
        session.new_case("Dossier antidaté")
    assert "1 March 2019 at 10:00 UTC" in refused.value.message
    assert len(vault.cases()) == cases and vault.vault_checkpoint() == head


def test_a_record_claiming_a_time_before_the_vault_fails_verification_with_any_number_of_workers(
        filled, samples_dir, tmp_path, monkeypatch):
    """An older application (or a forger) sealed a new case under a clock before the vault's creation: the
    vault's verification, with one process or with workers, and the exhibit's verifier name it."""
    from reviewer.exhibit import export_case
    from reviewer.exhibit.verify import verify_bundle
    from reviewer.media import ingest
    from reviewer.vault import verify as verify_module
    from reviewer.vault.canonical import now_rfc3339

    session, vault = filled.session, filled.vault
    monkeypatch.setitem(vault._meta, "created", "")  # as a version without the check did
    session.clock = lambda: "2019-03-01T10:00:00.000Z"
    case = session.new_case("Dossier antidaté")
    session.ingest(case, ingest(samples_dir / "rocket.jpg"))
    monkeypatch.setattr(verify_module, "MIN_PROCESS_RECORDS", 0)
    monkeypatch.setattr(verify_module, "CHUNK", 2)
    for workers in (1, 3):
        problem = vault.verify(workers=workers, remembered_head=False).problem
        assert (problem.code, problem.log, problem.seq) == ("time-before-vault", case, 0), (workers, problem)
        assert "before the vault was created" in problem.message
    session.clock = now_rfc3339  # the export is sealed at the right time
    bundle = export_case(vault, session, case, tmp_path / "antedated.zip", lang="en")
    ok, lines = verify_bundle(bundle.path, "en")
    assert not ok and any("before the vault was created" in line for line in lines), lines


def test_a_wrong_future_date_in_the_key_log_never_blocks_a_revocation(filled):
    """An enrolment sealed under a clock set to 2099 (by mistake, or by the reviewer about to be revoked, to make
    themselves unrevocable: an outside tester's finding) blocks other key changes, not a revocation: its records
    take the time of the record before them, verification still holds, and the revoked key opens nothing."""
    from reviewer.vault import UnknownReviewer, Vault, WrongPassphrase

    session = filled.session
    bob = session.enroll("Bob Durand", "bob's own passphrase for this")
    real_clock = session.clock
    session.clock = lambda: "2099-01-01T00:00:00.000Z"
    session.enroll("Eve Morel", "eve's own passphrase for this")
    session.clock = real_clock
    with pytest.raises(ClockBehind):  # other key changes still wait for the date to be right
        session.enroll("Yann Le Goff", "yann's own passphrase for this")
    before = len(session.vault.records("keys"))
    session.revoke(bob, "left the organisation")
    added = session.vault.records("keys")[before:]
    assert {record.type for record in added} >= {"key.revoked"}
    assert all(record.time == "2099-01-01T00:00:00.000Z" for record in added)  # never earlier than before
    assert session.vault.verify().ok
    assert session.vault.verify(workers=1).ok
    with pytest.raises((WrongPassphrase, UnknownReviewer)):
        Vault.open(filled.path).unlock("bob's own passphrase for this", bob)
    assert not next(r for r in session.vault.reviewers() if r["key_id"] == bob)["active"]
