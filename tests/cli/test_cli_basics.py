import subprocess
import sys

import pytest

from reviewer import __version__
from reviewer.cli import main


def test_version_prints_the_package_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"reviewer {__version__}"


def test_python_dash_m_runs_the_same_command_line():
    out = subprocess.run([sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"reviewer {__version__}"


def _threads_after_numpy(env_extra: dict[str, str]) -> tuple[str, int]:
    """(OPENBLAS_NUM_THREADS, threads of the process) in a fresh Python that imports reviewer, then numpy."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"} | env_extra
    script = ("import os, reviewer, numpy; "
              "print(os.environ.get('OPENBLAS_NUM_THREADS'), len(os.listdir('/proc/self/task')))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    value, threads = out.stdout.split()
    return value, int(threads)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_numpy_starts_no_spinning_blas_threads_under_reviewer():
    # numpy's OpenBLAS would start a thread per extra core that spins ~0.1 s of CPU at every start.
    value, threads = _threads_after_numpy({})
    assert value == "1"
    assert threads == 1
    # A value the user chose is kept.
    assert _threads_after_numpy({"OPENBLAS_NUM_THREADS": "2"})[0] == "2"
