"""`reviewer selftest` on the source tree: real model, real onnxruntime, real vault, a real Qt child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reviewer import selftest
from reviewer.detect.registry import load_manifest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "reviewer", "selftest", *args], capture_output=True, text=True,
                          env=full_env, timeout=300, cwd=ROOT)


def altered_model_manifest(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the shipped model with one byte changed, and a manifest that names the copy under the
    shipped model's name (the registry's override mechanism), so the shipped file stays untouched."""
    entry = load_manifest([ROOT / "models" / "manifest.json"])["nudenet-320n"]
    model = tmp_path / "320n.onnx"
    shutil.copyfile(entry.path, model)
    with open(model, "r+b") as handle:
        handle.seek(4096)
        byte = handle.read(1)
        handle.seek(4096)
        handle.write(bytes([byte[0] ^ 0x01]))
    document = json.loads((ROOT / "models" / "manifest.json").read_text(encoding="utf-8"))
    document["models"][0]["file"] = "320n.onnx"  # relative to this manifest
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps(document), encoding="utf-8")
    return model, manifest


def test_selftest_passes_on_an_intact_installation():
    done = run_cli("--json")
    report = json.loads(done.stdout)
    failed = {check["id"]: check["detail"] for check in report["checks"] if not check["ok"]}
    assert not failed, f"self-test failures: {failed}"
    assert [check["id"] for check in report["checks"]] == ["models", "detector", "vault", "qt"]
    assert done.returncode == 0


def test_a_changed_model_file_fails_selftest_and_the_report_names_it(tmp_path):
    model, manifest = altered_model_manifest(tmp_path)
    done = run_cli("--no-qt", env={"REVIEWER_MODEL_MANIFEST": str(manifest), "REVIEWER_LANG": "en"})
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    models_line = next(line for line in lines if "Model files match" in line)
    assert models_line.startswith("[FAIL]")
    assert str(model) in models_line
    # The detector refuses the changed file as well: it is never loaded.
    detector_line = next(line for line in lines if "detector finds the face" in line)
    assert detector_line.startswith("[FAIL]") and "changed or damaged" in detector_line
    assert "check(s) failed" in lines[-1]


def test_the_detector_check_finds_the_face_in_the_sample():
    result = selftest.run_check("detector")
    assert result.ok, result.detail
    assert selftest.SAMPLE in result.detail


def test_a_missing_component_is_reported_as_not_installed_never_as_passed(monkeypatch):
    # A None entry in sys.modules makes `import reviewer.vault` raise ImportError, as in a broken bundle.
    monkeypatch.setitem(sys.modules, "reviewer.vault", None)
    result = selftest.run_check("vault")
    assert not result.ok
    assert "component not installed" in result.detail and "reviewer.vault" in result.detail
    monkeypatch.setitem(sys.modules, "reviewer.detect.registry", None)
    assert not selftest.run_check("models").ok


def test_qt_check_fails_plainly_when_the_platform_cannot_start(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    result = selftest.check_qt()
    assert not result.ok
    assert "Qt could not start" in result.detail


def test_qt_check_reports_the_platform_that_started(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    result = selftest.check_qt()
    assert result.ok, result.detail
    assert result.detail == "platform offscreen"


def test_report_is_ok_only_when_every_check_passed():
    passed = selftest.CheckResult("models", True, "fine")
    failed = selftest.CheckResult("qt", False, "no display")
    assert selftest.SelftestReport((passed,), "/x").ok
    assert not selftest.SelftestReport((passed, failed), "/x").ok
    assert not selftest.SelftestReport((), "/x").ok  # nothing checked is not a pass
    text = selftest.SelftestReport((passed, failed), "/x").to_text()
    assert "[PASS] Model files match their manifest: fine" in text
    assert "[FAIL] The window system starts: no display" in text
