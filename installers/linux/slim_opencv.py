"""The slim OpenCV the Linux bundle ships: built once from source, then cached under build/.

    .venv/bin/python installers/linux/slim_opencv.py     # build (or find) the wheel, print its path

The PyPI wheel of opencv-python-headless carries every OpenCV module, OpenBLAS (for LAPACK) and a full
FFmpeg with libvpx's encoders: about 150 MB of the bundle. This builds the release that
requirements/requirements-lock.txt pins from its PyPI source distribution (downloaded with its hash checked against
the lock's, and known to this script: see TESTED_SDISTS) with only the modules the application calls (core, imgproc, geometry, flann,
imgcodecs, videoio, features, video), dnn's non-maximum suppression alone (opencv_dnn_nms/: the
application calls cv2.dnn.NMSBoxesBatched and nothing else of dnn), no LAPACK/OpenBLAS/OpenCL/IPP, and
links into cv2 a static FFmpeg reduced to the decoders, demuxers and parsers of the videos users
bring, with dav1d for AV1 (FFmpeg and dav1d from the Debian source packages, so their security fixes
are Debian's). The development
venv keeps the PyPI wheel; only the bundle's build venv gets this one (docs/adr/0009-packaging.md).

Every command runs under `nice -n 19`. Artefacts are keyed by the OpenCV version and a hash of the
build options, so a second `make installer` reuses them. Needs the Debian packages listed in
BUILD_PACKAGES (the Makefile's `installer` target installs them) and network access at build time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "requirements"))
import sync_venv  # noqa: E402  (reads requirements/requirements-lock.txt: one place parses the lock)

LOCK = ROOT / "requirements" / "requirements-lock.txt"
BUILD = ROOT / "build"
FFMPEG_DIR = BUILD / "slim-ffmpeg"
OPENCV_DIR = BUILD / "slim-opencv"
NICE = ["nice", "-n", "19"]
JOBS = str(os.cpu_count() or 2)

DAV1D_DIR = BUILD / "slim-dav1d"

# What the build needs from Debian (compilers, CMake, nasm for FFmpeg's, dav1d's and libjpeg-turbo's
# SIMD, meson for dav1d, dpkg-dev for `apt-get source`).
BUILD_PACKAGES = ["build-essential", "cmake", "ninja-build", "meson", "pkg-config", "nasm", "dpkg-dev",
                  "xz-utils"]

# AV1 (social platforms re-encode uploads to it, in MP4 and WebM): FFmpeg 5.1's own av1 decoder only
# drives hardware decoders, so software decoding needs a library. dav1d is the small, fast one (libaom
# carries an encoder and is several times bigger); static and position-independent so that it is
# linked into cv2 like FFmpeg. 8- and 10-bit (HDR uploads are 10-bit); no tools, tests or logging.
DAV1D_MESON = [
    "--buildtype=release", "--default-library=static", "-Db_staticpic=true", "--libdir=lib",
    "-Dbitdepths=8,16", "-Denable_tools=false", "-Denable_tests=false", "-Denable_examples=false",
    "-Denable_docs=false", "-Dlogging=false",
]

# Video that reaches the application: phone and camera recordings (H.264/HEVC in MP4/MOV), web video
# (VP8/VP9 in WebM/Matroska), older AVI/MPEG files (MPEG-4 part 2, H.263, MPEG-1/2, Motion JPEG).
# AV1 (MP4, WebM/Matroska) through libdav1d: FFmpeg's native av1 decoder is hardware-only.
FFMPEG_CONFIGURE = [
    "--enable-static", "--disable-shared", "--enable-pic",
    # dav1d's static pkg-config flags (-lpthread...) go into libavcodec.pc, which OpenCV's CMake reads.
    "--pkg-config-flags=--static", "--enable-libdav1d",
    "--disable-programs", "--disable-doc", "--disable-avdevice", "--disable-avfilter", "--disable-postproc",
    "--disable-swresample", "--disable-network", "--disable-autodetect", "--disable-debug",
    "--disable-everything",
    "--enable-decoder=h264,hevc,mpeg4,h263,mpeg1video,mpeg2video,vp8,vp9,mjpeg,libdav1d",
    "--enable-demuxer=mov,matroska,avi,mpegts,mpegps,m4v,h264,hevc",
    "--enable-parser=h264,hevc,mpeg4video,mpegvideo,h263,vp8,vp9,mjpeg,av1",
    "--enable-bsf=h264_mp4toannexb,hevc_mp4toannexb,mpeg4_unpack_bframes",
    "--enable-protocol=file", "--enable-swscale",
]

# The modules reviewer/ calls (grep `cv2.` there): resize/cvtColor/blur/morphology (imgproc),
# imencode/imdecode (imgcodecs), VideoCapture from a stream (videoio), SIFT/BFMatcher (features),
# findHomography (geometry, with flann), findTransformECC (video), NMSBoxesBatched (dnn_nms, instead of
# the whole dnn module: 20 MB of networks and layers, and protobuf, for one function).
OPENCV_MODULES = "core,imgproc,geometry,flann,imgcodecs,videoio,features,video,dnn_nms,python3"
DNN_NMS_MODULE = HERE / "opencv_dnn_nms"
OPENCV_CMAKE_ARGS = [
    "-DPYTHON3_LIMITED_API=ON",  # one cv2.abi3.so, as setup.py and the PyPI wheel build it
    f"-DBUILD_LIST={OPENCV_MODULES}",
    "-DWITH_LAPACK=OFF", "-DWITH_OPENCL=OFF", "-DWITH_IPP=OFF", "-DWITH_ITT=OFF", "-DCV_TRACE=OFF",
    "-DWITH_PROTOBUF=OFF", "-DBUILD_PROTOBUF=OFF", "-DWITH_FLATBUFFERS=OFF", "-DWITH_EIGEN=OFF",
    "-DWITH_VA=OFF", "-DWITH_VA_INTEL=OFF", "-DWITH_V4L=OFF", "-DWITH_GSTREAMER=OFF", "-DWITH_1394=OFF",
    # Image files are read by Pillow; OpenCV only encodes/decodes PNG and JPEG buffers it made itself.
    "-DWITH_WEBP=OFF", "-DWITH_AVIF=OFF", "-DWITH_TIFF=OFF", "-DWITH_OPENJPEG=OFF", "-DWITH_JASPER=OFF",
    "-DWITH_OPENEXR=OFF",
    "-DBUILD_OPENEXR=OFF", "-DWITH_UNIFONT=OFF", "-DWITH_IMGCODEC_HDR=OFF", "-DWITH_IMGCODEC_SUNRASTER=OFF",
    "-DWITH_IMGCODEC_PFM=OFF", "-DWITH_IMGCODEC_PXM=OFF", "-DWITH_IMGCODEC_GIF=OFF",
    # OpenCV 5.1 shapes putText's text with a HarfBuzz built from source (or the machine's, which the
    # bundle would then need): the application never draws text with OpenCV.
    "-DWITH_HARFBUZZ=OFF",
    # Codec libraries built in, so cv2 needs nothing from the machine but libc and libstdc++.
    "-DBUILD_ZLIB=ON", "-DBUILD_PNG=ON", "-DBUILD_JPEG=ON",
    "-DWITH_FFMPEG=ON", "-DOPENCV_FFMPEG_ENABLE_LIBAVDEVICE=OFF",
    # Baseline x86-64-v2 (SSE4.2 and POPCNT: every x86-64 CPU since 2009-2011, and what Windows 11 24H2
    # requires): the PyPI wheel's SSE3 baseline compiles every SSE4.1 kernel twice. AVX2 stays dispatched.
    "-DCPU_BASELINE=SSE4_2", "-DCPU_DISPATCH=AVX,FP16,AVX2", "-DENABLE_PRECOMPILED_HEADERS=OFF",
    # FFmpeg's symbols stay inside cv2 (another library in the process may carry its own FFmpeg).
    "-DCMAKE_MODULE_LINKER_FLAGS=-Wl,--exclude-libs,ALL", "-DCMAKE_SHARED_LINKER_FLAGS=-Wl,--exclude-libs,ALL",
]


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
        log: Path | None = None) -> None:
    """Run ``command`` at the lowest CPU priority; its output goes to ``log`` when given. Raises
    SystemExit naming the command (and the log's last lines) when it fails."""
    print("slim-opencv:", " ".join(command[:6]), "..." if len(command) > 6 else "", flush=True)
    if log is None:
        done = subprocess.run([*NICE, *command], cwd=cwd, env=env)
    else:
        with log.open("w") as out:
            done = subprocess.run([*NICE, *command], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:]) if log else ""
        raise SystemExit(f"slim-opencv: failed ({done.returncode}): {' '.join(command)}\n{tail}")


def options_key() -> str:
    """Short hash of every build option: changing one rebuilds instead of reusing a stale artefact."""
    text = "\n".join([*DAV1D_MESON, *FFMPEG_CONFIGURE, *OPENCV_CMAKE_ARGS, *SDIST_BUILD_REQUIREMENTS,
                      json.dumps(SOURCE_PATCH)])
    for path in sorted(DNN_NMS_MODULE.rglob("*")):
        if path.is_file():
            text += f"\n{path.relative_to(DNN_NMS_MODULE)}\n{path.read_text()}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def opencv_version() -> str:
    """The opencv-python-headless version requirements/requirements-lock.txt pins and this script knows: the
    bundle ships that release, only built differently (the development venv installs the same
    version's PyPI wheel). Raises SystemExit as locked_release does."""
    return locked_release()[0]


def deb_src_sources(apt_dir: Path) -> Path:
    """A private apt sources folder with a deb-src entry for every deb entry of the machine's own
    sources (the system's apt configuration is not changed). Returns that folder."""
    parts = apt_dir / "sources.list.d"
    shutil.rmtree(parts, ignore_errors=True)
    parts.mkdir(parents=True)
    system = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for index, path in enumerate(p for p in system if p.is_file()):
        text = path.read_text(errors="replace")
        if path.suffix == ".sources":
            (parts / f"{index}.sources").write_text(re.sub(r"(?m)^Types:.*$", "Types: deb-src", text))
        elif path.suffix == ".list" or path.name == "sources.list":
            lines = [re.sub(r"^deb(\s)", r"deb-src\1", line) for line in text.splitlines()
                     if re.match(r"^deb\s", line)]
            (parts / f"{index}.list").write_text("\n".join(lines) + "\n")
    return parts


def fetch_debian_source(package: str, work: Path) -> Path:
    """Debian's source package ``package`` (with Debian's patches applied) unpacked in ``work``/src;
    returns that folder."""
    apt = work / "apt"
    for sub in ("lists/partial", "cache/archives/partial"):
        (apt / sub).mkdir(parents=True, exist_ok=True)
    (apt / "sources.list").write_text("")
    options = ["-o", f"Dir::Etc::SourceList={apt / 'sources.list'}",
               "-o", f"Dir::Etc::SourceParts={deb_src_sources(apt)}",
               "-o", f"Dir::State::Lists={apt / 'lists'}", "-o", f"Dir::Cache={apt / 'cache'}"]
    run(["apt-get", *options, "-qq", "update"])
    for old in work.glob(f"{package}_*"):
        old.unlink()
    run(["apt-get", *options, "-qq", "source", "--download-only", package], cwd=work)
    dsc = sorted(work.glob(f"{package}_*.dsc"))[-1]
    shutil.rmtree(work / "src", ignore_errors=True)
    run(["dpkg-source", "-x", dsc.name, "src"], cwd=work)
    return work / "src"


def debian_source_version(work: Path) -> str:
    """The Debian version of the source package unpacked in ``work``/src (from its changelog)."""
    first = (work / "src" / "debian" / "changelog").read_text(errors="replace").splitlines()[0]
    match = re.match(r"^(\S+) \(([^)]+)\)", first)
    if not match:
        raise SystemExit(f"slim-opencv: cannot read the version in {work / 'src' / 'debian' / 'changelog'}")
    return match.group(2)


def static_components() -> list[dict]:
    """The libraries linked statically into the slim cv2, for the bundle's licence notices: name,
    version, licence, licence files (paths on this machine) and where the exact source is. FFmpeg is
    built without --enable-gpl or --enable-version3, so its licence is the LGPL 2.1 or later."""
    out = []
    for name, work, licence, files in [
        ("FFmpeg", FFMPEG_DIR, "LGPL-2.1-or-later", ["COPYING.LGPLv2.1", "LICENSE.md", "debian/copyright"]),
        ("dav1d", DAV1D_DIR, "BSD-2-Clause", ["COPYING", "debian/copyright"]),
    ]:
        version = debian_source_version(work)
        out.append({"name": name, "version": version, "licence": licence,
                    "files": [str(work / "src" / file) for file in files if (work / "src" / file).is_file()],
                    "note": f"linked statically into cv2 (the slim OpenCV); source: Debian's source package "
                            f"{name.lower()} {version} (`apt-get source {name.lower()}={version}`)"})
    return out


def dav1d_prefix() -> Path:
    """A static, position-independent libdav1d with its pkg-config file, built when missing or built
    with other options. Returns its install prefix."""
    prefix = DAV1D_DIR / "prefix"
    stamp = prefix / "meson-options"
    options = "\n".join(DAV1D_MESON)
    if stamp.is_file() and stamp.read_text() == options and (prefix / "lib" / "libdav1d.a").is_file():
        return prefix
    DAV1D_DIR.mkdir(parents=True, exist_ok=True)
    source = fetch_debian_source("dav1d", DAV1D_DIR)
    shutil.rmtree(prefix, ignore_errors=True)
    shutil.rmtree(DAV1D_DIR / "meson-build", ignore_errors=True)
    run(["meson", "setup", str(DAV1D_DIR / "meson-build"), str(source), f"--prefix={prefix}", *DAV1D_MESON],
        log=DAV1D_DIR / "setup.log")
    run(["ninja", "-C", str(DAV1D_DIR / "meson-build"), f"-j{JOBS}", "install"], log=DAV1D_DIR / "build.log")
    stamp.write_text(options)
    return prefix


def ffmpeg_prefix() -> Path:
    """A static, position-independent FFmpeg (libavcodec/format/util, libswscale) with pkg-config
    files and dav1d linked in, built when missing or built with other options. Returns its install
    prefix."""
    prefix = FFMPEG_DIR / "prefix"
    stamp = prefix / "configure-options"
    options = "\n".join([*DAV1D_MESON, *FFMPEG_CONFIGURE])
    if stamp.is_file() and stamp.read_text() == options and (prefix / "lib" / "libavcodec.a").is_file():
        return prefix
    dav1d = dav1d_prefix()
    FFMPEG_DIR.mkdir(parents=True, exist_ok=True)
    source = fetch_debian_source("ffmpeg", FFMPEG_DIR)
    shutil.rmtree(prefix, ignore_errors=True)
    env = {**os.environ, "PKG_CONFIG_PATH": str(dav1d / "lib" / "pkgconfig")}
    run(["./configure", f"--prefix={prefix}", *FFMPEG_CONFIGURE], cwd=source, env=env,
        log=FFMPEG_DIR / "configure.log")
    run(["make", f"-j{JOBS}"], cwd=source, env=env, log=FFMPEG_DIR / "make.log")
    run(["make", "install"], cwd=source, log=FFMPEG_DIR / "install.log")
    stamp.write_text(options)
    return prefix


# The source distributions this script's options and patch were written for and checked against
# (version -> SHA-256 of the .tar.gz). A lock that names another release stops the build here with a
# message, instead of building something nobody checked: `make lock-upgrade` does not update this.
TESTED_SDISTS = {
    "5.1.0.95": "9002add14b121b9a0d64dcaff48e5cac69a7987efcf2847f7db075c2d3b9633b",
}

# The one change made to the source: the typing-stub generator assumes every module is built (it refines
# calibrateCamera, dnn's layer classes...), so here it fails with a warning only, and cmake/package's
# install script would then stop on its missing output (py.typed, cv2/typing/). The bundle needs no
# type stubs: both become optional. (before, after) pairs, each "before" found exactly once.
SOURCE_PATCH = {
    "cmake/package/install_package.cmake": [
        ('opencv_python_install("" GLOB "${_loader}/py.typed")',
         'opencv_python_install("" OPTIONAL GLOB "${_loader}/py.typed")'),
        ('foreach(_subpackage mat_wrapper misc utils typing)\n'
         '  opencv_python_install(${_subpackage} RECURSE GLOB "${_loader}/${_subpackage}/*.py")\nendforeach()',
         'foreach(_subpackage mat_wrapper misc utils)\n'
         '  opencv_python_install(${_subpackage} RECURSE GLOB "${_loader}/${_subpackage}/*.py")\nendforeach()\n'
         'opencv_python_install(typing OPTIONAL RECURSE GLOB "${_loader}/typing/*.py")'),
    ],
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def locked_release(lock: Path = LOCK) -> tuple[str, str]:
    """(version, source distribution SHA-256) of the opencv-python-headless release ``lock`` pins,
    when this script knows that release (TESTED_SDISTS) and the lock lists that very file among the
    release's hashes. Raises SystemExit with what to do otherwise (after `make lock-upgrade` brings a
    new OpenCV, say), so that no build silently differs from the one that was checked."""
    version = sync_venv.locked_versions(lock)["opencv-python-headless"]
    tested = TESTED_SDISTS.get(version)
    if tested is None:
        raise SystemExit(
            f"slim-opencv: {lock.name} pins opencv-python-headless {version}, but this script was written and "
            f"checked for {', '.join(TESTED_SDISTS)}. Build the new release once, check SOURCE_PATCH and the "
            f"bundle tests (make installer && make installer-test), then add its source distribution's "
            f"SHA-256 to TESTED_SDISTS in {__file__}.")
    if f"sha256:{tested}" not in sync_venv.locked_hashes("opencv-python-headless", lock):
        raise SystemExit(f"slim-opencv: {lock.name} does not list the source distribution of "
                         f"opencv-python-headless {version} that this script knows (sha256 {tested}); "
                         f"the lock and TESTED_SDISTS in {__file__} disagree")
    return version, tested


def download_locked_sdist() -> Path:
    """The source distribution of the locked opencv-python-headless (see locked_release) in
    build/slim-opencv, downloaded by pip in hash-checking mode with the lock's own hashes for that
    package, then checked against TESTED_SDISTS. Raises SystemExit when either check fails. Returns
    the archive's path."""
    version, tested = locked_release()
    OPENCV_DIR.mkdir(parents=True, exist_ok=True)
    archive = OPENCV_DIR / f"opencv_python_headless-{version}.tar.gz"
    if not archive.is_file():
        requirement = OPENCV_DIR / "locked-requirement.txt"
        hashes = " ".join(f"--hash={h}" for h in sync_venv.locked_hashes("opencv-python-headless", LOCK))
        requirement.write_text(f"opencv-python-headless=={version} {hashes}\n")
        # --no-binary for this package only: pip's metadata step may fetch its build requirements as wheels.
        run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes", "--no-binary",
             "opencv-python-headless", "-r", str(requirement), "-d", str(OPENCV_DIR)])
    digest = sha256_of(archive)
    if digest != tested:
        archive.unlink()
        raise SystemExit(f"slim-opencv: {archive.name} has sha256 {digest}, not the {tested} that "
                         f"requirements/requirements-lock.txt and this script name; it was removed")
    return archive


def opencv_source(version: str) -> Path:
    """The opencv-python-headless ``version`` source distribution (the locked one, hash-checked),
    unpacked under build/ and patched with SOURCE_PATCH. Returns the source tree."""
    if version != opencv_version():
        raise SystemExit(f"slim-opencv: asked for OpenCV {version}, the lock pins {opencv_version()}")
    archive = download_locked_sdist()
    tree = OPENCV_DIR / f"opencv_python_headless-{version}"
    if (tree / "setup.py").is_file() and (tree / ".slim-patched").is_file():
        return tree
    shutil.rmtree(tree, ignore_errors=True)
    with tarfile.open(archive) as tar:
        tar.extractall(OPENCV_DIR, filter="data")
    for name, changes in SOURCE_PATCH.items():
        path = tree / name
        text = path.read_text()
        for before, after in changes:
            if text.count(before) != 1:
                raise SystemExit(f"slim-opencv: {path} changed; update SOURCE_PATCH in {__file__}")
            text = text.replace(before, after)
        path.write_text(text)
    (tree / ".slim-patched").write_text(sha256_of(archive))
    return tree


def source_record(version: str) -> dict[str, str]:
    """What the slim wheel of ``version`` is built from: the package, version, source archive's name
    and SHA-256 (the lock's), and the build options' key. Written next to the wheel and copied into
    dist/reviewer-build.json, so a bundle says which source its OpenCV came from."""
    return {"package": "opencv-python-headless", "version": version,
            "sdist": f"opencv_python_headless-{version}.tar.gz", "sha256": TESTED_SDISTS[version],
            "options": options_key()}


def extra_modules(tree: Path) -> Path:
    """The folder of extra OpenCV modules for the build: opencv_dnn_nms/ with dnn's version.hpp (which
    defines dnn's inline namespace) copied in from the source ``tree``. Returns the folder."""
    modules = OPENCV_DIR / "extra-modules"
    shutil.rmtree(modules, ignore_errors=True)
    shutil.copytree(DNN_NMS_MODULE, modules / "dnn_nms")
    version = tree / "opencv" / "modules" / "dnn" / "include" / "opencv2" / "dnn" / "version.hpp"
    (modules / "dnn_nms" / "include" / "opencv2" / "dnn_nms").mkdir(parents=True)
    shutil.copy2(version, modules / "dnn_nms" / "include" / "opencv2" / "dnn_nms" / "version.hpp")
    return modules


# The source distribution's build requirements (its pyproject.toml, for CPython 3.11 on x86-64), pinned
# so that two builds of the same lock use the same tools: numpy and setuptools as it pins them, and
# wheel 0.45, the last with its own bdist_wheel (later ones need setuptools >= 70.1).
SDIST_BUILD_REQUIREMENTS = ["numpy==2.0.2", "scikit-build==0.19.1", "setuptools==59.2.0", "packaging==26.4",
                            "wheel==0.45.1"]


def build_venv() -> Path:
    """A venv with the source distribution's build requirements (pyproject.toml's, for this Python),
    kept under build/ so that a rebuild finds the same paths in CMake's cache and only recompiles
    what changed (pip's default throw-away build environment would force a full rebuild). Returns
    its python."""
    venv = OPENCV_DIR / "build-venv"
    python = venv / "bin" / "python"
    requirements = SDIST_BUILD_REQUIREMENTS
    stamp = venv / "requirements"
    if python.is_file() and stamp.is_file() and stamp.read_text() == "\n".join(requirements):
        return python
    shutil.rmtree(venv, ignore_errors=True)
    run([sys.executable, "-m", "venv", str(venv)])
    run([str(python), "-m", "pip", "install", "--quiet", *requirements])
    stamp.write_text("\n".join(requirements))
    return python


def slim_wheel() -> Path:
    """The slim opencv-python-headless wheel for the current version and options; built when missing
    (about 15 minutes on two cores). Returns the wheel's path."""
    version = opencv_version()
    out = OPENCV_DIR / f"wheel-{version}-{options_key()}"
    wheels = sorted(out.glob("opencv_python_headless-*.whl"))
    if wheels and (out / "source.json").is_file():
        return wheels[-1]
    prefix = ffmpeg_prefix()
    tree = opencv_source(version)
    python = build_venv()
    numpy_include = subprocess.run([str(python), "-c", "import numpy; print(numpy.get_include())"],
                                   capture_output=True, text=True, check=True).stdout.strip()
    # The CMake cache kept from an earlier build remembers pkg-config's answer for FFmpeg: forget it, so
    # that FFmpeg's current link libraries (libdav1d...) are read from libavcodec.pc again.
    cmake_args = [*OPENCV_CMAKE_ARGS, "-U__pkg_config_checked_FFMPEG*",
                  f"-DOPENCV_EXTRA_MODULES_PATH={extra_modules(tree)}",
                  f"-DPYTHON3_NUMPY_INCLUDE_DIRS={numpy_include}"]
    env = {**os.environ, "ENABLE_HEADLESS": "1", "PKG_CONFIG_PATH": str(prefix / "lib" / "pkgconfig"),
           "CMAKE_ARGS": " ".join(cmake_args), "CMAKE_BUILD_PARALLEL_LEVEL": JOBS, "MAKEFLAGS": f"-j{JOBS}"}
    out.mkdir(parents=True, exist_ok=True)
    run([str(python), "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v", "-w", str(out), str(tree)],
        env=env, log=OPENCV_DIR / "build.log")
    wheels = sorted(out.glob("opencv_python_headless-*.whl"))
    if not wheels:
        raise SystemExit(f"slim-opencv: pip wheel made no wheel in {out}")
    (out / "source.json").write_text(json.dumps(source_record(version), indent=2))
    return wheels[-1]


if __name__ == "__main__":
    print(slim_wheel())
