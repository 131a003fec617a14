"""Build the one-folder bundle with PyInstaller (dist/reviewer) and print its size with a breakdown.

    .venv/bin/python installers/build_bundle.py            # build, then report
    .venv/bin/python installers/build_bundle.py --report   # report on an existing dist/reviewer

Runs on the OS it builds for (PyInstaller does not cross-build). The target is under 250 MB
unpacked; the report says plainly when the bundle is above it, and what the largest parts are.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 250

# Which component a file belongs to, by the first matching part of its path inside _internal/.
COMPONENTS = [
    ("OpenCV (cv2, with FFmpeg and OpenBLAS)", ("cv2", "opencv_python_headless.libs")),
    ("Qt (PySide6: QtCore, QtGui, QtWidgets, plugins, ICU)", ("PySide6", "shiboken6")),
    ("onnxruntime", ("onnxruntime",)),
    ("numpy (with OpenBLAS)", ("numpy", "numpy.libs")),
    ("c2pa (Content Credentials reader)", ("c2pa",)),
    ("detection model (nudenet 320n.onnx)", ("nudenet",)),
    ("cryptography", ("cryptography",)),
    ("Pillow", ("PIL", "pillow.libs")),
    ("application resources and models/", ("resources", "models")),
    ("Python runtime and standard library", ("python3.11", "base_library.zip", "lib-dynload")),
]


def component_of(relative: Path) -> str:
    parts = relative.parts
    if parts and parts[0] == "_internal":
        parts = parts[1:]
    for name, prefixes in COMPONENTS:
        if parts and parts[0] in prefixes:
            return name
    if parts and parts[0].startswith("libpython"):
        return "Python runtime and standard library"
    if len(parts) == 1 and ".so" in parts[0] or parts and parts[0].endswith((".dll", ".dylib")):
        return "system libraries copied from the build machine"
    return "other Python packages and the launcher"


def bundle_files(bundle: Path) -> list[tuple[Path, int]]:
    """Every regular file of the bundle (symbolic links are not counted twice) with its size."""
    out = []
    for dirpath, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                out.append((path.relative_to(bundle), path.stat().st_size))
    return out


def size_report(bundle: Path, largest: int = 12) -> tuple[int, list[str]]:
    """Total bytes of ``bundle`` and the report lines: total, per component, then the largest files."""
    files = bundle_files(bundle)
    total = sum(size for _path, size in files)
    per_component: dict[str, int] = defaultdict(int)
    for path, size in files:
        per_component[component_of(path)] += size
    verdict = "under" if total < TARGET_MB * 1e6 else "ABOVE"
    lines = [f"bundle {bundle}: {total / 1e6:.1f} MB unpacked in {len(files)} files "
             f"({verdict} the {TARGET_MB} MB target)", "by component:"]
    for name, size in sorted(per_component.items(), key=lambda item: -item[1]):
        lines.append(f"  {size / 1e6:7.1f} MB  {100 * size / total:4.1f}%  {name}")
    lines.append("largest files:")
    for path, size in sorted(files, key=lambda item: -item[1])[:largest]:
        lines.append(f"  {size / 1e6:7.1f} MB  {path.as_posix()}")
    return total, lines


def build(dist: Path, work: Path) -> None:
    import PyInstaller.__main__

    PyInstaller.__main__.run([
        str(ROOT / "installers" / "reviewer.spec"), "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ])


def strip_debug_info(bundle: Path) -> int:
    """Remove DWARF debug sections from the bundle's ELF files that carry them (the build machine's
    libpython has 16 MB of them); code and dynamic symbols stay. Only files with a .debug_info
    section are touched, so wheel libraries that were already stripped are left byte-for-byte alone.
    Returns the bytes saved."""
    if sys.platform != "linux" or not shutil.which("strip") or not shutil.which("readelf"):
        return 0
    saved = 0
    for path, _size in bundle_files(bundle):
        full = bundle / path
        if ".so" not in full.name:
            continue
        sections = subprocess.run(["readelf", "-S", "-W", str(full)], capture_output=True, text=True).stdout
        if ".debug_info" not in sections:
            continue
        before = full.stat().st_size
        subprocess.run(["strip", "--strip-debug", str(full)], check=True)
        saved += before - full.stat().st_size
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only report on an existing bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    bundle = args.dist / "reviewer"
    if not args.report:
        build(args.dist, args.work)
        print(f"debug information stripped: {strip_debug_info(bundle) / 1e6:.1f} MB")
    if not (bundle / ("reviewer.exe" if sys.platform == "win32" else "reviewer")).exists():
        print(f"build_bundle: no bundle in {bundle}", file=sys.stderr)
        return 1
    total, lines = size_report(bundle)
    print("\n".join(lines))
    if not args.report:
        # Written after every build: tests compare its time with the sources' to skip a stale bundle.
        record = {"bundle": str(bundle), "bytes": total, "built": time.time(), "report": lines}
        (args.dist / "reviewer-build.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
