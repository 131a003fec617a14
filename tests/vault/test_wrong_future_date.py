"""A record dated far in the future no longer blocks its case for ever (outside tester: a laptop whose clock said
2099 once, and every later seal in that case was refused as "clock behind"). The rule stays (time never goes back
along a log, issue 15 Build 6); the way out is a sealed correction that says the last records' dates were wrong
(docs/adr/0028-a-wrong-date-is-corrected-not-hidden.md).

The clock is the session's injectable one (a laptop with a wrong date); the command line, the vault's verification
(with and without workers), the window's incremental check and the exhibit's own verifier read the result; a
forged correction is made by an insider who holds a reviewer key."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reviewer.casework.verification import CaseVerifier
from reviewer.cli import main as cli_main
from reviewer.exhibit import export_case
from reviewer.exhibit.bundle import VERIFIER_SOURCE
from reviewer.vault import ClockBehind, NoTimeAhead, Vault
from reviewer.vault.canonical import now_rfc3339

PASSPHRASE = "correct horse battery"
FUTURE = ["2099-01-01T09:00:00.000Z", "2099-01-01T09:05:00.000Z", "2099-01-01T09:10:00.000Z"]


@pytest.fixture
def wrong_clock_once(filled):
    """The filled vault after a session whose clock said 2099 sealed three records in the first case; closed."""
    session = filled.session
    times = iter(FUTURE)
    session.clock = lambda: next(times)
    session.record_reveal(filled.case, filled.media[0], region={"index": 0}, duration_s=1)
    session.seal_review(filled.case, filled.media[0], labels=["non-conclusive"])
    session.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
    filled.vault.close()
    return filled


def _cli(capsys, *argv: str, lang: str = "en") -> tuple[int, str]:
    capsys.readouterr()
    status = cli_main(["--lang", lang, *argv])
    out = capsys.readouterr()
    return status, out.out + out.err


def test_a_seal_after_a_future_date_is_refused_with_the_date_and_the_way_out(wrong_clock_once, capsys,
                                                                              monkeypatch):
    filled = wrong_clock_once
    monkeypatch.setenv("REVIEWER_PASSPHRASE", PASSPHRASE)
    vault = ["--vault", str(filled.path)]
    status, said = _cli(capsys, "review", filled.case, filled.media[0], "--label", "not-sexual", *vault)
    assert status == 1 and "1 January 2099 at 09:10 UTC" in said, said  # the blocking record's date, in words
    assert "Check the computer's date and time" in said and "reviewer case correct-time" in said
    status, said = _cli(capsys, "review", filled.case, filled.media[0], "--label", "not-sexual", *vault, lang="fr")
    assert status == 1 and "reviewer case correct-time" in said and "1er janvier 2099" in said

    # The way out: one sealed correction, then the case takes records again, and everything still verifies.
    status, said = _cli(capsys, "case", "correct-time", filled.case, "--note", "clock of the laptop was 2099", *vault)
    assert status == 0 and "(records corrected: 3)" in said, said
    status, said = _cli(capsys, "review", filled.case, filled.media[0], "--label", "not-sexual", *vault)
    assert status == 0, said
    status, said = _cli(capsys, "verify", "--json", *vault)
    assert status == 0 and json.loads(said)["ok"], said
    reader = Vault.open(filled.path, read_only=True)
    try:
        records = reader.records(filled.case)
        correction = next(r for r in records if r.type == "time.corrected")
        assert correction.body["ahead"] == 3 and correction.body["floor"] < FUTURE[0] <= records[correction.seq - 1].time
        assert [r.time for r in records[correction.seq - 3:correction.seq]] == FUTURE  # kept as they were
        assert reader.verify(workers=2).ok  # the chunked verification falls back to the exact scan for it
    finally:
        reader.close()


def test_nothing_to_correct_is_said_plainly(filled, capsys, monkeypatch):
    filled.vault.close()
    monkeypatch.setenv("REVIEWER_PASSPHRASE", PASSPHRASE)
    status, said = _cli(capsys, "case", "correct-time", filled.case, "--vault", str(filled.path))
    assert status == 1 and "No record of this case is dated after this computer's clock" in said
    session = Vault.open(filled.path).unlock(PASSPHRASE)
    try:
        size = len(session.vault.records(filled.case))
        with pytest.raises(NoTimeAhead):
            session.correct_times(filled.case)
        assert len(session.vault.records(filled.case)) == size
    finally:
        session.vault.close()


def test_the_window_check_and_the_exhibit_verifier_accept_the_correction(wrong_clock_once, tmp_path):
    filled = wrong_clock_once
    session = Vault.open(filled.path).unlock(PASSPHRASE)
    try:
        checker = CaseVerifier(session.vault, filled.case)
        assert checker.verify_all().ok
        session.correct_times(filled.case, "the laptop's clock was wrong")
        session.seal_review(filled.case, filled.media[1], labels=["non-conclusive"])
        assert checker.check_new().ok  # the window's incremental check of the new records
        with pytest.raises(ClockBehind):  # and the rule holds after it: no record before the correction
            session.clock = lambda: "2026-01-01T00:00:00.000Z"
            session.seal_review(filled.case, filled.media[1], labels=["not-sexual"])
        session.clock = now_rfc3339
        bundle = export_case(session.vault, session, filled.case, tmp_path / "exhibit.zip", lang="en").path
        vkey = session.vault.vkey
    finally:
        session.vault.close()
    verified = subprocess.run([sys.executable, str(VERIFIER_SOURCE), "--expect-key", vkey, str(bundle)],
                              capture_output=True, text=True, timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_forged_correction_that_reaches_past_the_wrong_records_fails_verification(wrong_clock_once):
    """An insider with a reviewer key signs a correction whose floor is earlier than the record before the wrong
    ones (to date later records before earlier evidence): verification names it as a backwards step."""
    filled = wrong_clock_once
    session = Vault.open(filled.path).unlock(PASSPHRASE)
    try:
        created = session.vault.created
        session.clock = lambda: created
        with session._write() as conn:  # the insider's own code, signing with her key
            session._append(conn, filled.case, "time.corrected", {"floor": created, "ahead": 3}, {"note": ""})
        report = session.vault.verify()
        assert not report.ok and report.problem.code == "time-backwards", report.problem
    finally:
        session.vault.close()
