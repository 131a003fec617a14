"""Verification takes a vault and reads it; it does not import the vault's writer (no vault <-> verify cycle)."""

from __future__ import annotations

import subprocess
import sys


def test_verification_loads_without_the_vault_module_or_sqlite_utils():
    # Also what keeps the verification worker processes light: they import reviewer.vault.verify only.
    code = ("import sys, reviewer.vault.verify; "
            "print(sorted(m for m in ('reviewer.vault.vault', 'sqlite_utils') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
