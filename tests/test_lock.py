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
    text = (ROOT / "requirements" / "requirements-lock.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n") if "==" in b and not b.lstrip().startswith("#")]
    assert blocks
    for entry in text.split("==")[1:]:
        head = entry.split("\n    #", 1)[0]
        assert "--hash=sha256:" in head, entry[:80]


def test_the_hashes_of_a_package_are_the_lines_of_its_entry_in_the_lock():
    sync = _sync_module()
    text = (ROOT / "requirements" / "requirements-lock.txt").read_text(encoding="utf-8")
    hashes = sync.locked_hashes("opencv-python-headless")
    entry = text.split("\nopencv-python-headless==", 1)[1].split("\n    #", 1)[0]
    assert hashes and all(f"--hash={h}" in entry for h in hashes) and entry.count("--hash=") == len(hashes)
    assert sync.locked_hashes("OpenCV_Python_Headless") == hashes  # names compare as pip compares them


def test_the_lock_without_one_package_keeps_every_other_entry_whole(tmp_path):
    # What the bundle's build venv installs (installers/build_bundle.py): the lock minus OpenCV, which it
    # builds itself; pip must still accept it in hash-checking mode, so every other entry is complete.
    sync = _sync_module()
    lock = ROOT / "requirements" / "requirements-lock.txt"
    rest = tmp_path / "rest.txt"
    rest.write_text(sync.lock_without({"opencv-python-headless"}), encoding="utf-8")
    pins = sync.locked_versions(lock)
    assert sync.locked_versions(rest) == {name: v for name, v in pins.items() if name != "opencv-python-headless"}
    for name in sync.locked_versions(rest):
        assert sync.locked_hashes(name, rest) == sync.locked_hashes(name, lock)
    assert "opencv-python-headless==" not in rest.read_text(encoding="utf-8")
