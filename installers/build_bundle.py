"""Build the one-folder bundle with PyInstaller (dist/reviewer) and print its size with a breakdown.

    .venv/bin/python installers/build_bundle.py            # build, then report
    .venv/bin/python installers/build_bundle.py --report   # report on an existing dist/reviewer

Runs on the OS it builds for (PyInstaller does not cross-build). The target is under 250 MB
unpacked; the report says plainly when the bundle is above it, and what the largest parts are.

On Linux, PyInstaller runs in a separate venv, build/bundle-venv: every package of requirements/requirements-lock.txt
(hash-checked, PyInstaller included), except OpenCV, which is the slim build of the locked release made by
installers/linux/slim_opencv.py; after the build,
Qt's ICU data is cut to English and French (installers/linux/icu_data.py). `--dev-venv` builds from
the running venv with the PyPI OpenCV instead (bigger, but needs no compiler). See ADR 0009.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 250

# Which component a file belongs to, by the first matching part of its path inside _internal/.
COMPONENTS = [
    ("OpenCV (cv2, with FFmpeg)", ("cv2", "opencv_python_headless.libs")),
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


def bundle_venv_python(venv: Path, wheel: Path) -> Path:
    """Python of ``venv``, (re)made when missing or stale: every package of requirements/requirements-lock.txt at
    its locked version, checked against the lock's hashes (PyInstaller and its hooks included), except
    OpenCV, which is ``wheel`` (the slim build of the locked release); then this project, editable, as
    the Makefile installs it. A new lock or pyproject.toml remakes the venv; a new wheel only replaces
    OpenCV in it. Stops (CalledProcessError) when the venv does not hold exactly the lock's versions
    afterwards. Returns the venv's python."""
    sys.path.insert(0, str(ROOT / "requirements"))
    import sync_venv

    lock = sync_venv.lock_without({"opencv-python-headless"})
    lock_key = hashlib.sha256("\n".join([lock, (ROOT / "pyproject.toml").read_text()]).encode()).hexdigest()
    wheel_key = f"{wheel}\n{wheel.stat().st_size}\n{wheel.stat().st_mtime_ns}"
    python = venv / "bin" / "python"
    lock_stamp, wheel_stamp = venv / "reviewer-lock-stamp", venv / "reviewer-opencv-stamp"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps"]
    fresh = not (python.is_file() and lock_stamp.is_file() and lock_stamp.read_text() == lock_key)
    if fresh:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        (venv / "lock-without-opencv.txt").write_text(lock)
    if fresh or not wheel_stamp.is_file() or wheel_stamp.read_text() != wheel_key:
        # The slim wheel first, so that nothing below can bring the PyPI OpenCV.
        subprocess.run([*pip, "--force-reinstall", str(wheel)], check=True)
    if fresh:
        # The rest of the lock as it is (the lock is complete: nothing is resolved), then the project.
        subprocess.run([*pip, "--require-hashes", "-r", str(venv / "lock-without-opencv.txt")], check=True)
        subprocess.run([*pip, "--no-build-isolation", "-e", str(ROOT)], check=True)
    # The same check as the development venv's: every locked version present, nothing else.
    subprocess.run([str(python), str(ROOT / "requirements" / "sync_venv.py")], check=True)
    lock_stamp.write_text(lock_key)
    wheel_stamp.write_text(wheel_key)
    return python


def build(dist: Path, work: Path, python: Path, static_components: list[dict]) -> None:
    """Run PyInstaller on reviewer.spec with ``python`` (a venv that has PyInstaller);
    ``static_components`` (libraries linked into another, see slim_opencv.static_components) go into
    the bundle's licence notices with the packages'."""
    work.mkdir(parents=True, exist_ok=True)
    listing = work / "static-components.json"
    listing.write_text(json.dumps(static_components, indent=2), encoding="utf-8")
    subprocess.run([
        str(python), "-m", "PyInstaller", str(ROOT / "installers" / "reviewer.spec"), "--noconfirm", "--clean",
        "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
    ], check=True, env={**os.environ, "REVIEWER_STATIC_COMPONENTS": str(listing)})


def strip_symbols(bundle: Path) -> int:
    """Remove debug sections and the static symbol table from the bundle's shared libraries that carry
    them (the build machine's libpython has 16 MB of DWARF, cv2 and cryptography 3-4 MB of symbols);
    code and the dynamic symbols the loader uses stay. Libraries that carry neither are left
    byte-for-byte alone, and so are those in a wheel's `<name>.libs` folder: auditwheel rewrote them
    with patchelf, and strip then breaks their program headers (numpy's OpenBLAS no longer loads).
    Returns the bytes saved."""
    if sys.platform != "linux" or not shutil.which("strip") or not shutil.which("readelf"):
        return 0
    saved = 0
    for path, _size in bundle_files(bundle):
        full = bundle / path
        if ".so" not in full.name or any(part.endswith(".libs") for part in path.parts):
            continue
        sections = subprocess.run(["readelf", "-S", "-W", str(full)], capture_output=True, text=True).stdout
        if ".debug_info" not in sections and " .symtab " not in sections:
            continue
        before = full.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(full)], check=True)
        saved += before - full.stat().st_size
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="only report on an existing bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--dev-venv", action="store_true",
                        help="build from the running venv (PyPI OpenCV, full ICU data) instead of build/bundle-venv")
    args = parser.parse_args(argv)
    bundle = args.dist / "reviewer"
    if not args.report:
        slim = sys.platform == "linux" and not args.dev_venv
        if slim:
            sys.path.insert(0, str(ROOT / "installers" / "linux"))
            import slim_opencv

            wheel = slim_opencv.slim_wheel()
            python = bundle_venv_python(ROOT / "build" / "bundle-venv", wheel)
            opencv = json.loads((wheel.parent / "source.json").read_text(encoding="utf-8"))
            static = slim_opencv.static_components()
        else:
            python, static = Path(sys.executable), []
            opencv = {"package": "opencv-python-headless", "version": metadata.version("opencv-python-headless"),
                      "wheel": "PyPI (the development venv's)"}
        build(args.dist, args.work, python, static)
        print(f"OpenCV: {json.dumps(opencv)}")
        print(f"debug information and symbol tables stripped: {strip_symbols(bundle) / 1e6:.1f} MB")
        if sys.platform == "linux":
            sys.path.insert(0, str(ROOT / "installers" / "linux"))
            import stub_library

            stubs = stub_library.stub_unused_libraries(bundle)
            for name, saved, why in stubs:
                print(f"{name}: {why}: {saved / 1e6:.1f} MB saved")
            sys.path.insert(0, str(ROOT / "installers"))
            import bundle_contents

            bundle_contents.note_stubs(bundle / "_internal" / bundle_contents.NOTICES_FOLDER /
                                       bundle_contents.NOTICES_FILE, stubs)
        if slim:
            import icu_data

            # PyInstaller adds a symbolic link to the library at the top: replace the file it points to.
            for library in sorted(path for path in bundle.rglob("libicudata.so.*") if not path.is_symlink()):
                saved = icu_data.cut_down(library)
                print(f"ICU data cut to {', '.join(icu_data.LANGUAGES)}: {saved / 1e6:.1f} MB saved")
    if not (bundle / ("reviewer.exe" if sys.platform == "win32" else "reviewer")).exists():
        print(f"build_bundle: no bundle in {bundle}", file=sys.stderr)
        return 1
    total, lines = size_report(bundle)
    print("\n".join(lines))
    if not args.report:
        # Written after every build: tests compare its time with the sources' to skip a stale bundle.
        record = {"bundle": str(bundle), "bytes": total, "built": time.time(), "report": lines, "slim": slim,
                  "opencv_source": opencv}
        (args.dist / "reviewer-build.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
