"""The verifier shipped in a bundle runs in a fresh virtual environment that has only `cryptography`."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from reviewer.cli import main as cli_main
from reviewer.exhibit.bundle import export_case
from reviewer.vault.records import FORMAT_VERSION


def distributions_of_cryptography() -> list[Path]:
    """cryptography and what it needs at run time (cffi and pycparser where installed), as paths."""
    site = Path(sysconfig.get_paths()["purelib"])
    wanted = []
    for pattern in ("cryptography", "cryptography-*.dist-info", "cffi", "cffi-*.dist-info", "_cffi_backend*",
                    "pycparser", "pycparser-*.dist-info"):
        wanted += sorted(site.glob(pattern))
    return wanted


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bare-venv") / "venv"
    # No pip, no system site-packages: nothing but the standard library...
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # ...plus cryptography, linked from this environment (there is no network to install it).
    for path in distributions_of_cryptography():
        (site / path.name).symlink_to(path, target_is_directory=path.is_dir())
    return python


def test_the_bare_venv_has_cryptography_and_nothing_of_ours(bare_venv):
    ok = subprocess.run([str(bare_venv), "-c", "import cryptography.hazmat.primitives.asymmetric.ed25519"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    for module in ("numpy", "PySide6", "reviewer", "rfc8785", "cv2"):
        missing = subprocess.run([str(bare_venv), "-c", f"import {module}"], capture_output=True, text=True,
                                 cwd=bare_venv.parent)
        assert missing.returncode != 0, f"{module} must not be importable in the bare venv"


def test_the_shipped_verifier_runs_there_with_the_same_output(world, bare_venv, tmp_path, capsys):
    bundle = export_case(world.vault, world.alice, world.case_a, tmp_path / "exhibit.zip", lang="en").path
    script = tmp_path / "unpacked" / "verify_exhibit.py"
    script.parent.mkdir()
    script.write_bytes(zipfile.ZipFile(bundle).read("verify_exhibit.py"))
    outside = subprocess.run([str(bare_venv), "-I", str(script), "--lang", "en", "--expect-key",
                              world.vault.fingerprint, str(bundle)], capture_output=True, text=True, cwd=script.parent)
    assert outside.returncode == 0, outside.stdout + outside.stderr
    capsys.readouterr()
    assert cli_main(["--lang", "en", "verify-exhibit", "--expect-key", world.vault.fingerprint, str(bundle)]) == 0
    assert capsys.readouterr().out == outside.stdout
    # And it notices a change there too.
    files = {n: zipfile.ZipFile(bundle).read(n) for n in zipfile.ZipFile(bundle).namelist()}
    files["log/case/000002.json"] = files["log/case/000002.json"].replace(
        f'"v":{FORMAT_VERSION}'.encode(), f'"v":{FORMAT_VERSION + 1}'.encode())  # a version it does not know
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    failed = subprocess.run([str(bare_venv), "-I", str(script), str(broken)], capture_output=True, text=True,
                            cwd=script.parent, env={**os.environ, "LANG": "C"})
    assert failed.returncode == 1
    assert "log/case/000002.json" in failed.stdout


def test_without_cryptography_the_verifier_says_what_is_missing(world, tmp_path):
    root = tmp_path / "empty-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    bundle = export_case(world.vault, world.alice, world.case_a, tmp_path / "exhibit.zip", lang="en").path
    script = tmp_path / "verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(bundle).read("verify_exhibit.py"))
    outcome = subprocess.run([str(python), "-I", str(script), "--lang", "en", str(bundle)], capture_output=True,
                             text=True, cwd=tmp_path)
    assert outcome.returncode == 2
    assert "needs the Python package 'cryptography'" in outcome.stdout
    assert "nothing was checked" in outcome.stdout


def test_the_shipped_verifier_follows_a_replaced_signing_key_there_too(bare_venv, tmp_path, samples_dir):
    """A vault whose checkpoint key was replaced at a revocation (docs/vault-format.md 4.8): the bare venv's
    verifier follows the chain from the vault's identity, with nothing but `cryptography`."""
    from reviewer.media import ingest
    from reviewer.vault import Vault
    from reviewer.vault.checkpoint import fingerprint

    alice = Vault.create(tmp_path / "vault", reviewer_name="Alice Martin", passphrase="correct horse battery")
    bruno = alice.enroll("Bruno Petit", "second reviewer passphrase")
    case = alice.new_case("Plainte")
    alice.ingest(case, ingest(samples_dir / "rocket.jpg"))
    alice.revoke(bruno, "left")
    alice.new_case("After")
    identity, current = alice.vault.vkey, alice.vault.checkpoint_keys.current.vkey()
    bundle = export_case(alice.vault, alice, case, tmp_path / "rotated.zip", lang="en").path
    alice.vault.close()
    script = tmp_path / "verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(bundle).read("verify_exhibit.py"))
    for expect in (fingerprint(identity), fingerprint(current)):
        out = subprocess.run([str(bare_venv), "-I", str(script), "--lang", "en", "--expect-key", expect, str(bundle)],
                             capture_output=True, text=True, cwd=tmp_path)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "the vault's signing key was replaced on" in out.stdout
