"""Crash safety: a child process seals records in a loop and is killed with SIGKILL at random moments.

Every record whose seal returned (the child prints its position right after) must survive, the vault
must verify, and nothing half-written may be visible.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from reviewer.vault import Vault

CHILD = r"""
import os, sys
from reviewer.vault import Vault
vault = Vault.open(sys.argv[1])
session = vault.unlock(os.environ["REVIEWER_PASSPHRASE"])
case, media = sys.argv[2], sys.argv[3]
print("ready", flush=True)
i = 0
while True:
    i += 1
    if i % 4 == 0:  # a record naming new blobs: files must be durable before the record commits
        record = session.record_analysis(case, media, method={"id": "crash-test"}, summary={"i": i},
                                         heatmaps={"h": os.urandom(150_000)})
    else:
        record = session.seal_review(case, media, labels=["non-conclusive"], notes=f"note {i}")
    print(record.seq, flush=True)
"""

ROUNDS = 50


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_returned_seal(filled, passphrase):
    case, media = filled.case, filled.media[0]
    filled.vault.close()
    rng = random.Random(1234)
    env = {**os.environ, "REVIEWER_PASSPHRASE": passphrase}
    returned: set[int] = set()
    started = time.monotonic()
    for round_ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(filled.path), case, media],
                                 stdout=subprocess.PIPE, env=env, text=True)
        if round_ % 10 == 9:
            time.sleep(rng.uniform(0, 0.3))  # sometimes while it is still opening the vault
        else:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        lines = [line.strip() for line in child.stdout.read().splitlines()]
        child.stdout.close()
        returned.update(int(line) for line in lines if line.isdigit())
        conn = sqlite3.connect(filled.path / "vault.sqlite3")
        stored = {row[0] for row in conn.execute("SELECT seq FROM records WHERE log = ?", (case,))}
        conn.close()
        missing = returned - stored
        assert not missing, f"round {round_}: seals that returned were lost: {sorted(missing)}"
    elapsed = time.monotonic() - started
    assert len(returned) >= ROUNDS, "the child should have sealed records in most rounds"
    vault = Vault.open(filled.path)
    try:
        report = vault.verify(session=vault.unlock(passphrase))
        assert report.ok, report.text()
        # Every blob the records name is complete and decrypts (checked by verify); only temp files may
        # remain, in blobs/tmp, where readers never look.
        named = {row[0] for row in vault.db.conn.execute("SELECT id FROM blobs")}
        on_disk = {p.name for p in (filled.path / "blobs").glob("??/*")}
        assert named <= on_disk
    finally:
        vault.close()
    print(f"{ROUNDS} kills in {elapsed:.1f} s, {len(returned)} seals returned")
