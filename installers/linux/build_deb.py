"""Package the PyInstaller bundle (dist/reviewer) as a Debian package with dpkg-deb.

    .venv/bin/python installers/linux/build_deb.py      # -> dist/reviewer_<version>_<arch>.deb

Layout: the bundle under /opt/reviewer, a relative symbolic link /usr/bin/reviewer (relative so that
the tree also works when unpacked with `dpkg -x` into any folder), the menu entry
/usr/share/applications/reviewer.desktop and the icon in the hicolor theme. The desktop libraries the
bundle leaves to the system (see HOST_DESKTOP_LIBS in installers/bundle_contents.py) are in Depends.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# Debian 12 names, with the 64-bit time_t names of Debian 13 / Ubuntu 24.04 as alternatives.
DEPENDS = [
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libfreetype6",
    "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3", "libegl1", "libgl1", "fonts-dejavu-core | fonts-liberation2",
]

CONTROL = """Package: reviewer
Version: {version}
Architecture: {arch}
Maintainer: Reviewer project <reviewer@localhost>
Installed-Size: {installed_kb}
Depends: {depends}
Section: graphics
Priority: optional
Description: offline review of reported sexual deepfakes and intimate images
 Reviewer lets victim-support staff and legal teams look at reported
 non-consensual intimate images with sensitive regions blurred by default,
 see detector results with their limits, and seal signed, hash-chained review
 records in a local encrypted vault. It never opens a network connection.
 .
 Run `reviewer selftest` after installing to check the model files, the
 detector, the vault code and the window system.
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: reviewer

Files: *
License: AGPL-3.0-or-later
Comment: The bundled sensitive-region detector weights (nudenet 320n.onnx, YOLOv8) are AGPL-3.0;
 see /opt/reviewer/_internal/models/ for the model card. The bundle contains Qt (LGPL-3.0),
 OpenCV (Apache-2.0) with FFmpeg (LGPL-2.1+), onnxruntime (MIT), Python (PSF) and other
 components under their own licences: each one, with its version, licence and licence texts, is
 listed in /opt/reviewer/_internal/licenses/THIRD-PARTY-NOTICES.txt.
"""


def version() -> str:
    text = (ROOT / "reviewer" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise SystemExit("build_deb: no __version__ in reviewer/__init__.py")
    return match.group(1)


def glibc_version() -> str:
    """The C library of the build machine: the bundle's libraries need at least this one."""
    name, _, ver = os.confstr("CS_GNU_LIBC_VERSION").partition(" ")
    if name != "glibc" or not ver:
        raise SystemExit("build_deb: not a glibc system")
    return ver


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def tree_kb(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def stage(bundle: Path, staging: Path, ver: str, arch: str) -> None:
    """Lay out the package tree in ``staging``."""
    opt = staging / "opt" / "reviewer"
    shutil.copytree(bundle, opt, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    os.symlink("../../opt/reviewer/reviewer", staging / "usr" / "bin" / "reviewer")
    apps = staging / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(HERE / "reviewer.desktop", apps / "reviewer.desktop")
    icons = ROOT / "resources" / "icons"
    for size_dir, name in (("256x256", "reviewer.png"), ("scalable", "reviewer.svg")):
        target = staging / "usr" / "share" / "icons" / "hicolor" / size_dir / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / name, target / name)
    doc = staging / "usr" / "share" / "doc" / "reviewer"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(CONTROL.format(
        version=ver, arch=arch, installed_kb=tree_kb(staging),
        depends=", ".join([f"libc6 (>= {glibc_version()})", *DEPENDS])), encoding="utf-8")
    for path in staging.rglob("*"):  # dpkg-deb insists on sane permissions
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "reviewer")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if not (args.bundle / "reviewer").is_file():
        print(f"build_deb: no bundle at {args.bundle}; run installers/build_bundle.py first", file=sys.stderr)
        return 1
    ver, arch = version(), architecture()
    out = args.out / f"reviewer_{ver}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="reviewer-deb-") as tmp:
        staging = Path(tmp) / "root"
        stage(args.bundle, staging, ver, arch)
        # gzip: a little larger than xz but several times faster to build and to install.
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(staging), str(out)], check=True)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
