"""Process hardening at start: the running window has core dumps off (RLIMIT_CORE 0, soft and hard) and
is not dumpable, even when it was started with core dumps allowed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _allow_core_dumps() -> None:
    # The child starts as a desktop session might start it: core files allowed, as large as the hard
    # limit lets them be (unlimited on most systems).
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def core_limit_line(pid: int) -> str:
    return next(line for line in Path(f"/proc/{pid}/limits").read_text().splitlines()
                if line.startswith("Max core file size"))


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/<pid>/limits is Linux's")
def test_the_running_window_has_a_core_file_size_of_zero(xvfb_display, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display, "REVIEWER_DATA_DIR": str(tmp_path / "data")}
    window = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "gui", "--vault", str(tmp_path / "vault"), "--quit-after", "30"],
        env=env, stdout=subprocess.DEVNULL, stderr=(tmp_path / "stderr.txt").open("wb"), preexec_fn=_allow_core_dumps)
    try:
        # Started with core dumps allowed (_allow_core_dumps): only the application brings the limit to 0,
        # at start (reviewer.hardening). Poll until it has got there, while the window runs.
        seen = core_limit_line(window.pid)
        while window.poll() is None and seen.split()[-3:] != ["0", "0", "bytes"]:
            time.sleep(0.2)
            seen = core_limit_line(window.pid)
        assert window.poll() is None, (tmp_path / "stderr.txt").read_text(errors="replace")
        assert seen.split()[-3:] == ["0", "0", "bytes"], seen
    finally:
        window.terminate()
        window.wait(30)


def test_a_command_is_not_dumpable_and_has_no_core_limit_whatever_it_inherited():
    # PR_GET_DUMPABLE can only be read by the process itself: a command run through the real entry
    # point (reviewer.cli.main) reports both, as the kernel sees them.
    code = (
        "import ctypes, json, resource, sys\n"
        "from reviewer import cli\n"
        "try:\n"
        "    cli.main(['inspect', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"
        "print(json.dumps({'dumpable': dumpable, 'core': resource.getrlimit(resource.RLIMIT_CORE)}), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            preexec_fn=_allow_core_dumps)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stderr.strip().splitlines()[-1])
    assert state["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert state["dumpable"] == 0
