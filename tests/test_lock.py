"""The venv holds exactly the lock's versions: what CI tests on a fresh clone is what runs here."""

import importlib.util

from tests.conftest import ROOT


def _sync_module():
    spec = importlib.util.spec_from_file_location("sync_venv", ROOT / "requirements" / "sync_venv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_installed_package_is_the_locked_version_and_nothing_else_is_installed():
    sync = _sync_module()
    pins = sync.locked_versions()
    installed = sync.installed_versions()
    assert {"opencv-python-headless", "onnxruntime", "numpy", "pillow", "pdqhash", "c2pa-python"} <= set(pins)
    assert {name: installed.get(name) for name in pins} == pins
    assert set(installed) - set(pins) <= {sync.PROJECT}


def test_every_locked_package_carries_a_hash():
    text = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n") if "==" in b and not b.lstrip().startswith("#")]
    assert blocks
    for entry in text.split("==")[1:]:
        head = entry.split("\n    #", 1)[0]
        assert "--hash=sha256:" in head, entry[:80]
