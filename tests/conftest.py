"""Shared fixtures. Tests build real objects: real files, a real SQLite vault, the real model, real widgets."""

import os
from pathlib import Path

# Before any Qt import: every test runs headless. The Xvfb smoke test sets its own platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not touch the user's real vault or settings.
os.environ.setdefault("REVIEWER_LANG", "en")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point the per-user data folder at a temporary one so no test sees the developer's vault."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(home))
    monkeypatch.delenv("REVIEWER_VAULT", raising=False)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
