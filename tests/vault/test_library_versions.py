"""Results name the libraries that produced them, as installed from the lock, and repeat byte for byte."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from reviewer.detect import RegionDetector
from reviewer.media import ingest
from tests.conftest import ROOT

RESULT_LIBRARIES = ("opencv-python-headless", "onnxruntime", "numpy", "pillow", "pdqhash", "c2pa-python")


def _locked() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("sync_venv", ROOT / "requirements" / "sync_venv.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pins = module.locked_versions()
    return {name: pins[name] for name in RESULT_LIBRARIES}


def _reviewer(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, check=True)


def test_an_analysis_run_record_names_the_locked_library_versions(session, samples_dir):
    media = ingest(samples_dir / "astronaut.png")
    case = session.new_case("Versions")
    media_id = session.ingest(case, media)
    found = RegionDetector().detect_media(media)
    record = session.record_analysis(case, media_id, method=found.method, summary=found.to_json())

    stored = session.vault.record(record.id).body["method"]["libraries"]
    assert {name: stored[name] for name in RESULT_LIBRARIES} == _locked()
    assert stored["python"] == ".".join(map(str, sys.version_info[:3]))


def test_version_verbose_prints_every_library_with_its_locked_version():
    lines = _reviewer("--version", "--verbose").stdout.splitlines()
    printed = dict(line.split(" ", 1) for line in lines[1:])
    assert lines[0].startswith("reviewer ")
    assert {name: printed[name] for name in RESULT_LIBRARIES} == _locked()


def test_inspect_names_the_libraries_and_two_runs_print_identical_bytes(samples_dir):
    files = [str(samples_dir / "rocket.jpg"), str(ROOT / "tests" / "data" / "video" / "pattern-sd-grey-bar.mp4")]
    first, second = _reviewer("inspect", *files).stdout, _reviewer("inspect", *files).stdout
    assert first == second
    for line in first.splitlines():
        assert {k: v for k, v in json.loads(line)["libraries"].items() if k in RESULT_LIBRARIES} == _locked()
