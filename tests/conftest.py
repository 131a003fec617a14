"""Shared fixtures. Tests build real objects: real files, a real SQLite vault, the real model, real widgets."""

import os
import shutil
import subprocess
import time
from pathlib import Path

# Before any Qt import: every test runs headless. The Xvfb smoke test sets its own platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not touch the user's real vault or settings.
os.environ.setdefault("REVIEWER_LANG", "en")

import pytest  # noqa: E402

# Before any test module or conftest imports onnxruntime: the package switches its telemetry off
# (reviewer/offline.py), as the application does; a bare `import onnxruntime` would start the uploader.
import reviewer  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point the per-user data folder at a temporary one so no test sees the developer's vault."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(home))
    monkeypatch.delenv("REVIEWER_VAULT", raising=False)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """A fast key derivation (scrypt N = 2^10) for every in-process test, set on the module, never through
    the environment; each key records its own parameters. Tests of the real cost undo it
    (``monkeypatch.undo()``) or run the real entry point in a child process."""
    from reviewer.vault import crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", 2**10)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def xvfb_display():
    """Start Xvfb on a free display number; skip cleanly when Xvfb is not installed or cannot start."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed")
    for number in range(91, 120):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        process = subprocess.Popen([binary, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and process.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if process.poll() is None and Path(f"/tmp/.X11-unix/X{number}").exists():
            try:
                yield f":{number}"
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
            return
        process.kill()
    pytest.skip("Xvfb could not start")
