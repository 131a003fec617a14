"""The .deb layout, built with the real dpkg-deb around a stand-in bundle (fast: no PyInstaller run)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_deb", ROOT / "installers" / "linux" / "build_deb.py")
build_deb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_deb)

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian)")


@pytest.fixture
def package(tmp_path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "reviewer").write_text("#!/bin/sh\necho stand-in\n")
    (bundle / "reviewer").chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("x")
    assert build_deb.main(["--bundle", str(bundle), "--out", str(tmp_path)]) == 0
    (deb,) = tmp_path.glob("reviewer_*.deb")
    return deb


def test_the_package_installs_the_bundle_the_command_and_the_menu_entry(package, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    command = root / "usr" / "bin" / "reviewer"
    assert command.is_symlink() and not os.readlink(command).startswith("/")  # works under any root
    assert command.resolve() == (root / "opt" / "reviewer" / "reviewer").resolve()
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout == "stand-in\n"
    desktop = (root / "usr" / "share" / "applications" / "reviewer.desktop").read_text(encoding="utf-8")
    assert "Exec=reviewer gui" in desktop and "Icon=reviewer" in desktop
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "reviewer.png").is_file()
    assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "reviewer.svg").is_file()


def test_the_control_file_asks_for_this_glibc_and_the_desktop_libraries(package):
    fields = subprocess.run(["dpkg-deb", "-f", str(package), "Package", "Version", "Depends", "Installed-Size"],
                            capture_output=True, text=True, check=True).stdout
    glibc = os.confstr("CS_GNU_LIBC_VERSION").split()[1]
    assert "Package: reviewer" in fields
    assert f"libc6 (>= {glibc})" in fields
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libegl1"):
        assert library in fields
    # dpkg-deb --root-owner-group: files belong to root whoever built the package.
    listing = subprocess.run(["dpkg-deb", "-c", str(package)], capture_output=True, text=True, check=True).stdout
    assert all(" root/root " in line for line in listing.splitlines())
