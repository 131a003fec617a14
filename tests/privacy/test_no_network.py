"""Nothing leaves the laptop: the real window (a minute on a case, with detection and heatmaps), ``reviewer
scan`` and ``reviewer selftest`` run under ``strace -f -e trace=network`` and open no AF_INET or AF_INET6
socket and ask no name resolver; nothing is written under ~/.cache/Microsoft (onnxruntime's telemetry).

These tests must run in the machine's normal network namespace: in an empty one (``unshare -n``, which
``make test`` uses for the rest of the suite) a library may see no network and not even try. ``make test``
runs the ``host_network`` tests in a second pass outside the namespace; inside one they skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.host_network

HERE = Path(__file__).resolve().parent
# A socket of an Internet family, or a connect/send to an Internet address, by any thread of any process.
_INET = re.compile(r"\bAF_INET6?\b")
# Name resolution that goes through a local daemon (systemd-resolved's varlink socket, nscd's hosts cache).
_RESOLVER = re.compile(r'sun_path="[^"]*(resolve|nscd)[^"]*"')


def network_attempts(trace: str) -> list[str]:
    """The strace lines (``-e trace=network``) that touch the Internet or a name resolver."""
    return [line for line in trace.splitlines() if _INET.search(line) or _RESOLVER.search(line)]


def in_empty_network_namespace() -> bool:
    """True when this process sees only the loopback interface (``unshare -n``)."""
    lines = Path("/proc/self/net/dev").read_text().splitlines()[2:]
    return [line.split(":", 1)[0].strip() for line in lines] == ["lo"]


@pytest.fixture
def traced(tmp_path):
    """``run(argv, env)`` runs argv under strace with a fresh home folder; returns (process, network lines)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (make system-deps installs it)")
    if in_empty_network_namespace():
        pytest.skip("in an empty network namespace: make test runs this test outside it")
    home = tmp_path / "home"
    home.mkdir()

    def run(argv: list[str], env: dict[str, str] | None = None, timeout: float = 300):
        trace_file = tmp_path / f"trace-{len(list(tmp_path.glob('trace-*')))}.txt"
        environment = {k: v for k, v in os.environ.items()
                       if k not in ("XDG_CACHE_HOME", "ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED")}
        environment.update({"HOME": str(home), "REVIEWER_DATA_DIR": str(tmp_path / "data"), **(env or {})})
        process = subprocess.run([strace, "-f", "-qq", "-e", "trace=network", "-o", str(trace_file), *argv],
                                 env=environment, capture_output=True, text=True, timeout=timeout)
        return process, network_attempts(trace_file.read_text(errors="replace"))

    run.home = home
    return run


def test_the_trace_catches_an_internet_socket(traced):
    # The check itself: a process that makes a UDP socket and connects it to the loopback (no packet
    # is sent) is caught, so a clean trace below means something.
    code = "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.connect(('127.0.0.1', 9))"
    process, attempts = traced([sys.executable, "-c", code])
    assert process.returncode == 0, process.stderr
    assert any("socket(AF_INET" in line for line in attempts)
    assert any("connect(" in line and "127.0.0.1" in line for line in attempts)


@pytest.mark.slow
@pytest.mark.xvfb
def test_the_window_open_a_minute_with_detection_and_heatmaps_uses_no_network(traced, xvfb_display, tmp_path,
                                                                            samples_dir):
    report = tmp_path / "session.json"
    samples = sorted(str(p) for p in samples_dir.iterdir() if p.suffix in (".png", ".jpg"))
    process, attempts = traced(
        [sys.executable, str(HERE / "window_session.py"), "--vault", str(tmp_path / "vault"),
         "--report", str(report), "--seconds", "60", *samples],
        env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display, "REVIEWER_LANG": "fr"})
    assert process.returncode == 0, process.stderr[-3000:]
    session = json.loads(report.read_text())
    # The session did what a reviewer does: vault, case, files ingested and analysed, heatmaps computed.
    assert session["vault_ready"] and session["case"] and session["files_added"], session
    assert session["records"].count("media.ingested") == len(samples)
    # Each photo's detection, and the heatmaps of at least the photos opened (recorded as analyses too).
    assert session["records"].count("analysis.run") >= len(samples) + 1
    assert session["heatmaps_shown"] >= 1
    assert attempts == []
    assert not (traced.home / ".cache" / "Microsoft").exists()


@pytest.mark.slow
def test_scan_with_heatmaps_uses_no_network(traced, tmp_path, samples_dir):
    folder = tmp_path / "reported"
    folder.mkdir()
    for sample in samples_dir.iterdir():
        if sample.suffix in (".png", ".jpg"):
            shutil.copy(sample, folder / sample.name)
    out = tmp_path / "scan.jsonl"
    process, attempts = traced([sys.executable, "-m", "reviewer", "scan", str(folder), "--out", str(out),
                                "--heatmaps", str(tmp_path / "maps")])
    assert process.returncode == 0, process.stderr[-3000:]
    assert [json.loads(line).get("error") for line in out.read_text().splitlines()] == [None] * 4
    assert attempts == []
    assert not (traced.home / ".cache" / "Microsoft").exists()


@pytest.mark.slow
def test_selftest_uses_no_network(traced):
    process, attempts = traced([sys.executable, "-m", "reviewer", "selftest"])
    assert process.returncode == 0, process.stdout + process.stderr
    assert attempts == []
    assert not (traced.home / ".cache" / "Microsoft").exists()
