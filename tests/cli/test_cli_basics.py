import subprocess
import sys

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
