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
    assert "2019-03-01T10:00:00.000Z" in refused.value.message and "clock" in refused.value.message
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
