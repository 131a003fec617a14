"""A vault in a folder that cannot be written gives a typed error; it can still be verified read-only.

As root, permissions do not stop writes, so the folder is made truly read-only with a read-only bind
mount inside a private user and mount namespace (``unshare -rm``), as on a CD or a locked share.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CHECK = r"""
import json, sys
from pathlib import Path
from reviewer.vault import Vault, ReadOnlyVault
folder = Path(sys.argv[1])
out = {}
try:
    Vault.create(folder / "new", reviewer_name="Eve", passphrase="correct horse battery")
except ReadOnlyVault as error:
    out["create"] = [error.code, error.message]
try:
    Vault.open(folder / "vault")
except ReadOnlyVault as error:
    out["open"] = [error.code, error.message]
with Vault.open(folder / "vault", read_only=True) as vault:
    out["verify"] = vault.verify().ok
    out["cases"] = len(vault.cases())
print(json.dumps(out))
"""


def _run_read_only(folder: Path) -> dict:
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            result = subprocess.run([sys.executable, "-c", CHECK, str(folder)], capture_output=True, text=True)
        finally:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
    else:
        if not shutil.which("unshare"):
            pytest.skip("running as root without unshare: no way to make a read-only folder")
        script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" -c "$3" "$1"'
        result = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(folder), sys.executable, CHECK],
                                capture_output=True, text=True)
        if result.returncode != 0 and "mount" in result.stderr:
            pytest.skip(f"read-only bind mount not permitted here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_read_only_folder_gives_typed_errors_and_still_verifies(filled, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    filled.vault.close()  # folds the WAL into the file, as a copy onto read-only media would be
    shutil.copytree(filled.path, folder / "vault")
    out = _run_read_only(folder)
    assert out["create"][0] == "vault.read_only" and str(folder / "new") in out["create"][1]
    assert out["open"][0] == "vault.read_only" and "cannot be written" in out["open"][1]
    assert out["verify"] is True and out["cases"] == 2
