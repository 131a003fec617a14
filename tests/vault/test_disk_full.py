"""A full disk gives a typed error and leaves the vault whole (on a real, tiny tmpfs mounted for the test)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

CHILD = r"""
import json, os, sys
from pathlib import Path
from reviewer.media import ingest_bytes
from reviewer.vault import Vault, DiskFull, crypto
import numpy as np, cv2
crypto.SCRYPT_N = 2**10  # a fast key derivation for the test, in-process (see tests/conftest.py, fast_kdf)
folder = Path(sys.argv[1])
session = Vault.create(folder / "vault", reviewer_name="Alice", passphrase="correct horse battery")
case = session.new_case("full disk")
rng = np.random.default_rng(1)
stored, error = 0, None
for i in range(200):
    noise = rng.integers(0, 256, (256, 256, 3), dtype=np.uint8)  # incompressible synthetic pattern
    media = ingest_bytes(cv2.imencode(".png", noise)[1].tobytes(), f"noise-{i}.png")
    try:
        session.ingest(case, media)
        session.seal_review(case, session.vault.records(case)[-1].id, labels=["non-conclusive"])
        stored += 1
    except DiskFull as exc:
        error = [exc.code, exc.message]
        break
session.vault.close()
vault = Vault.open(folder / "vault", read_only=True)
report = vault.verify()
print(json.dumps({"stored": stored, "error": error, "ok": report.ok, "text": report.text(),
                  "media": len(vault.media(case))}))
"""


def test_a_full_disk_is_a_typed_error_and_the_vault_still_verifies(tmp_path):
    if not shutil.which("unshare"):
        pytest.skip("needs unshare to mount a small tmpfs")
    script = 'mount -t tmpfs -o size=3m tmpfs "$1" && exec "$2" -c "$3" "$1"'
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(tmp_path), sys.executable, CHILD],
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    if result.returncode != 0 and "mount" in result.stderr:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["error"] is not None and out["error"][0] == "vault.disk_full", out
    assert "disk is full" in out["error"][1]
    assert out["stored"] > 0 and out["ok"], out
    assert out["media"] in (out["stored"], out["stored"] + 1)  # the last ingest may have landed before its review
