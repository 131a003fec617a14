"""The built bundle (dist/reviewer) runs on its own: selftest passes, and fails naming a changed model.

Slow, and skipped when no bundle was built or it is older than the sources: `make test` never builds
installers (that takes minutes); `make installer && make installer-test` is the full check of the
installed .deb.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "reviewer"
EXECUTABLE = BUNDLE / "reviewer"
BUILD_RECORD = ROOT / "dist" / "reviewer-build.json"  # written by installers/build_bundle.py


def load_installer_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def newest_source_mtime() -> float:
    sources = [*ROOT.joinpath("reviewer").rglob("*.py"), ROOT / "models" / "manifest.json",
               *ROOT.joinpath("installers").glob("*.py"), ROOT / "installers" / "reviewer.spec"]
    return max(path.stat().st_mtime for path in sources if path.exists())


def bundle_skip_reason() -> str | None:
    if not EXECUTABLE.is_file() or not BUILD_RECORD.is_file():
        return "no bundle in dist/ (make installer builds it)"
    if BUILD_RECORD.stat().st_mtime < newest_source_mtime():
        return "the bundle in dist/ is older than the sources (run make installer)"
    return None


pytestmark = [pytest.mark.slow, pytest.mark.skipif(bundle_skip_reason() is not None,
                                                    reason=bundle_skip_reason() or "")]


def run_bundle(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    """The bundle with a bare environment: no PATH to any Python, no source tree, a fresh home."""
    env = {"HOME": str(home), "PATH": "/nonexistent", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "REVIEWER_LANG": "en"}
    return subprocess.run([str(executable), *args], capture_output=True, text=True, env=env, cwd=home,
                          timeout=300)


def test_bundled_selftest_passes_without_python_or_the_source_tree(tmp_path):
    done = run_bundle(EXECUTABLE, "selftest", "--json", home=tmp_path)
    report = json.loads(done.stdout)
    assert report["app_root"].startswith(str(BUNDLE))  # the bundle's files, not the source tree
    failed = {check["id"]: check["detail"] for check in report["checks"] if not check["ok"]}
    assert not failed, f"self-test failures in the bundle: {failed}"
    assert done.returncode == 0


def test_changing_the_bundled_model_fails_selftest_and_names_the_file(tmp_path):
    # A copy of the bundle made of hard links (instant, no extra space); the model is replaced by a new
    # file, so the original bundle's model is never written to.
    copy = tmp_path / "reviewer"
    shutil.copytree(BUNDLE, copy, symlinks=True, copy_function=os.link)
    model = copy / "_internal" / "nudenet" / "320n.onnx"
    data = bytearray(model.read_bytes())
    data[4096] ^= 0x01
    model.unlink()
    model.write_bytes(bytes(data))
    home = tmp_path / "home"
    home.mkdir()
    done = run_bundle(copy / "reviewer", "selftest", "--no-qt", home=home)
    assert done.returncode == 1
    models_line = next(line for line in done.stdout.splitlines() if "Model files match" in line)
    assert models_line.startswith("[FAIL]") and str(model) in models_line


def test_bundled_opencv_decodes_video_exactly_like_the_source_tree(tmp_path):
    # The FFmpeg libraries of OpenCV are what a trimmed bundle is most likely to lose.
    from reviewer.media import ingest

    video = ROOT / "tests" / "data" / "video" / "doorknob-hd-no-bar.mp4"
    done = run_bundle(EXECUTABLE, "inspect", str(video), home=tmp_path)
    assert done.returncode == 0, done.stderr
    bundled = json.loads(done.stdout.splitlines()[0])
    expected = ingest(video).to_json()
    assert bundled["kind"] == "video" and bundled["frame_count"] > 0
    for key in ("sha256", "width", "height", "frame_count", "pdq", "frame_pdqs"):
        assert bundled[key] == expected[key], key


@pytest.mark.parametrize(("fourcc", "suffix"), [("mp4v", ".mp4"), ("MJPG", ".avi"), ("VP80", ".webm"),
                                               ("VP90", ".webm")])
def test_bundled_opencv_decodes_the_other_codecs_users_bring(tmp_path, fourcc, suffix):
    # The bundle's FFmpeg keeps only some decoders and demuxers (installers/linux/slim_opencv.py): a
    # synthetic clip of each other codec, written by the development venv's OpenCV, decodes in the
    # bundle to the same frames as in the development venv.
    import cv2
    import numpy as np

    from reviewer.media import ingest

    video = tmp_path / f"clip{suffix}"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*fourcc), 10, (320, 240))
    if not writer.isOpened():
        pytest.skip(f"the development OpenCV cannot write {fourcc}")
    for index in range(20):
        frame = np.zeros((240, 320, 3), np.uint8)
        cv2.rectangle(frame, (10 + 12 * index, 40), (90 + 12 * index, 200), (40, 180, 250), -1)
        cv2.circle(frame, (250, 60 + 6 * index), 30, (250, 250, 250), -1)
        writer.write(frame)
    writer.release()
    done = run_bundle(EXECUTABLE, "inspect", str(video), home=tmp_path)
    assert done.returncode == 0, done.stderr
    bundled = json.loads(done.stdout.splitlines()[0])
    expected = ingest(video).to_json()
    for key in ("kind", "width", "height", "frame_count", "frame_pdqs"):
        assert bundled[key] == expected[key], key


def write_synthetic_y4m(path: Path, frames: int, fps: int = 10) -> None:
    """A raw YUV 4:2:0 clip (the input of aomenc and vpxenc) of moving shapes on a changing background."""
    import cv2
    import numpy as np

    with path.open("wb") as out:
        out.write(f"YUV4MPEG2 W320 H240 F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for index in range(frames):
            frame = np.zeros((240, 320, 3), np.uint8)
            frame[:] = (60 + 4 * index, 90, 30)
            cv2.rectangle(frame, (10 + 7 * index, 40), (90 + 7 * index, 200), (40, 180, 250), -1)
            cv2.circle(frame, (250, 40 + 5 * index), 30, (250, 250, 250), -1)
            out.write(b"FRAME\n" + cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420).tobytes())


def remux_into_mp4(source: Path, target: Path) -> bool:
    """Copy the encoded packets of ``source`` into an MP4 file with the development OpenCV's raw
    (no re-encoding) capture and writer modes. Returns False when that OpenCV cannot."""
    import cv2

    capture = cv2.VideoCapture(str(source), cv2.CAP_FFMPEG, [cv2.CAP_PROP_FORMAT, -1])
    packets = []
    while capture.isOpened() and capture.grab():
        packets.append(capture.retrieve()[1])
    capture.release()
    writer = cv2.VideoWriter(str(target), cv2.CAP_FFMPEG, cv2.VideoWriter_fourcc(*"av01"), 10, (320, 240),
                             [cv2.VIDEOWRITER_PROP_RAW_VIDEO, 1])
    if not packets or not writer.isOpened():
        return False
    for packet in packets:
        writer.write(packet)
    writer.release()
    return target.is_file() and target.stat().st_size > 0


@pytest.mark.parametrize("suffix", [".webm", ".mp4"])
def test_bundled_opencv_decodes_av1_to_the_frames_of_the_reference_decoder(tmp_path, suffix):
    """AV1 (what social platforms re-encode uploads to) decodes in the bundle through Debian's dav1d,
    frame for frame as libaom, AV1's reference decoder, and as the development venv's PyPI OpenCV
    (FFmpeg 8 with its own dav1d) decode it.

    A lossy AV1 clip made by aomenc (inter frames, loop filter, CDEF: the decoder's real work) is
    decoded by aomdec (libaom), those exact frames are re-encoded losslessly as VP9, and the bundle's
    per-frame PDQ hashes of the AV1 clip must equal the development venv's of that VP9 clip, and the
    development venv's of the AV1 clip itself. AV1 decoding is bit-exact by specification, so
    equality, not closeness, is expected. The MP4 variant carries the same AV1 packets in MP4 (the
    container of most downloaded AV1 clips); WebM is the other one.
    """
    from reviewer.media import ingest

    tools = {name: shutil.which(name) for name in ("aomenc", "aomdec", "vpxenc")}
    if not all(tools.values()):
        pytest.skip("aomenc, aomdec and vpxenc are needed (Debian aom-tools and vpx-tools; make installer)")
    source, decoded = tmp_path / "source.y4m", tmp_path / "decoded.y4m"
    av1, reference = tmp_path / "av1.webm", tmp_path / "reference.webm"
    write_synthetic_y4m(source, frames=30)
    quiet = {"capture_output": True, "check": True, "timeout": 120}
    subprocess.run([tools["aomenc"], "--quiet", "--good", "--cpu-used=6", "--end-usage=q", "--cq-level=40",
                    "-o", str(av1), str(source)], **quiet)
    subprocess.run([tools["aomdec"], "-o", str(decoded), str(av1)], **quiet)
    subprocess.run([tools["vpxenc"], "--quiet", "--codec=vp9", "--lossless=1", "--good", "--cpu-used=4",
                    "-o", str(reference), str(decoded)], **quiet)
    video = av1
    if suffix == ".mp4":
        video = tmp_path / "av1.mp4"
        if not remux_into_mp4(av1, video):
            pytest.skip("the development OpenCV cannot copy AV1 packets into MP4")
    done = run_bundle(EXECUTABLE, "inspect", "--frames", "every", str(video), home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    bundled = json.loads(done.stdout.splitlines()[0])
    expected = ingest(reference, frame_pdq="every").to_json()
    assert len(expected["frame_pdqs"]) == 30  # every frame of the reference decodes in the venv
    # frame_count is the container's estimate, not decoded frames: the decoded frames are compared.
    for key in ("kind", "width", "height", "frame_pdqs"):
        assert bundled[key] == expected[key], key
    assert bundled["frame_pdqs"] == ingest(video, frame_pdq="every").to_json()["frame_pdqs"]


def test_bundle_exports_an_exhibit_whose_standalone_verifier_passes(tmp_path):
    # The whole path a legal team relies on, run by the frozen application: vault, case, ingest, review,
    # export (PDF report with Qt, the verifier's source copied into the exhibit), then verification.
    home = tmp_path / "home"
    home.mkdir()
    vault = str(tmp_path / "vault")
    secret = {"REVIEWER_PASSPHRASE": "a long enough passphrase for tests 7", "REVIEWER_NEW_PASSPHRASE":
              "a long enough passphrase for tests 7"}

    def step(*args: str) -> str:
        env = {"HOME": str(home), "PATH": "/nonexistent", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "REVIEWER_LANG": "en", **secret}
        done = subprocess.run([str(EXECUTABLE), *args], capture_output=True, text=True, env=env, cwd=home,
                              timeout=300, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, f"{args[0]}: {done.stdout}\n{done.stderr}"
        return done.stdout

    step("vault", "init", "--vault", vault, "--name", "Tester")
    step("case", "new", "--vault", vault, "Bundle test")
    (case,) = json.loads(step("case", "list", "--vault", vault, "--json"))
    ingested = json.loads(step("ingest", "--vault", vault, "--json", case["id"],
                               str(ROOT / "resources" / "samples" / "coffee.png")).splitlines()[0])
    step("review", "--vault", vault, "--label", "not-sexual", case["id"], ingested["media"])
    exhibit = tmp_path / "exhibit.zip"
    step("export", "--vault", vault, "--out", str(exhibit), "--recipient", "Court", case["id"])
    import zipfile

    with zipfile.ZipFile(exhibit) as archive:
        shipped = archive.read("verify_exhibit.py")
        assert shipped == (ROOT / "reviewer" / "exhibit" / "verify_exhibit.py").read_bytes()
        assert archive.read("report.pdf").startswith(b"%PDF")
    # The fingerprint as the sender gives it through another channel: without it, origin is not established.
    fingerprint = json.loads(step("vault", "fingerprint", "--vault", vault, "--json"))["fingerprint"]
    step("verify-exhibit", "--expect-key", fingerprint, str(exhibit))


def test_bundle_scans_a_folder_with_worker_threads(tmp_path):
    # Several workers share the bundle's one model session; the files are analysed in parallel.
    report = tmp_path / "scan.jsonl"
    done = run_bundle(EXECUTABLE, "scan", "--jobs", "3", "--out", str(report), str(ROOT / "resources" / "samples"),
                      home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    analysed = {Path(line["path"]).name for line in lines if "error" not in line}
    assert analysed == {"astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"}


def test_bundle_verifies_a_large_vault_with_spawned_worker_processes(tmp_path):
    # Above MIN_PROCESS_RECORDS the verifier spawns workers: in a frozen program each one is the
    # executable again, which works only because the entry point calls multiprocessing.freeze_support().
    from reviewer.media import ingest
    from reviewer.vault import Vault
    from reviewer.vault.verify import MIN_PROCESS_RECORDS

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: the verifier does not start worker processes")
    session = Vault.create(tmp_path / "vault", reviewer_name="Tester", passphrase="a long enough passphrase 1")
    case = session.new_case("Large")
    media = session.ingest(case, ingest(ROOT / "resources" / "samples" / "coffee.png"))
    for _ in range(MIN_PROCESS_RECORDS):
        session.record_reveal(case, media, region={"x0": 0, "y0": 0, "x1": 8, "y1": 8, "group": "face"},
                              duration_s=1.0)
    session.vault.close()
    done = run_bundle(EXECUTABLE, "verify", "--vault", str(tmp_path / "vault"), "--json", home=tmp_path)
    report = json.loads(done.stdout)
    assert report["ok"] and report["checked"]["records"] > MIN_PROCESS_RECORDS, done.stderr
    assert done.returncode == 0
    # Without freeze_support the verifier still ends "ok" (this process takes the jobs itself), but each
    # child reruns the command line and argparse complains: the worker path must be silent.
    assert done.stderr == ""


def test_bundled_icu_sorts_and_formats_english_and_french_like_the_full_data():
    # The bundle's ICU data is cut to English and French (installers/linux/icu_data.py); the development
    # venv's PySide6 holds the full data of the same ICU.
    import PySide6

    icu_data = load_installer_module("icu_data", ROOT / "installers" / "linux" / "icu_data.py")
    bundled = sorted(BUNDLE.rglob("libicudata.so.*"))
    full = sorted(Path(PySide6.__file__).parent.rglob("libicudata.so.*"))
    if not bundled or not full or bundled[0].name != full[0].name:
        pytest.skip("no ICU of the same version in both the bundle and the venv's PySide6")
    assert icu_data.samples_in_fresh_process(bundled[0].parent) == icu_data.samples_in_fresh_process(full[0].parent)


def test_the_bundle_build_venv_opencv_has_everything_the_application_calls():
    # The bundle's OpenCV is a build with only some modules (installers/linux/slim_opencv.py): every
    # cv2.<name>(.<name>...) the application's code uses must exist in it. Run in the build venv the
    # bundle was made from (skipped when the bundle was built from the development venv).
    import ast

    python = ROOT / "build" / "bundle-venv" / "bin" / "python"
    if not python.is_file():
        pytest.skip("no build/bundle-venv (bundle built with --dev-venv or not on Linux)")
    used = set()
    for path in (ROOT / "reviewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            chain = []
            while isinstance(node, ast.Attribute):
                chain.insert(0, node.attr)
                node = node.value
            if isinstance(node, ast.Name) and node.id == "cv2" and chain:
                used.add(".".join(chain))
    assert "VideoCapture" in used and "dnn.NMSBoxesBatched" in used  # the scan found the code's calls
    script = ("import cv2, functools, sys\n"
              "missing = [n for n in sys.argv[1:] if functools.reduce(lambda o, a: getattr(o, a, None), "
              "n.split('.'), cv2) is None]\n"
              "print(cv2.__file__); print(' '.join(missing))")
    done = subprocess.run([str(python), "-c", script, *sorted(used)], capture_output=True, text=True, check=True)
    where, missing = (done.stdout.splitlines() + [""])[:2]
    assert where.startswith(str(ROOT / "build" / "bundle-venv"))
    assert missing == "", f"missing from the bundle's OpenCV: {missing}"


def test_a_slim_bundle_is_under_the_size_target():
    record = json.loads(BUILD_RECORD.read_text(encoding="utf-8"))
    if not record.get("slim"):
        pytest.skip("bundle built from the development venv (--dev-venv): the PyPI OpenCV is above the target")
    assert record["bytes"] < 250e6, "\n".join(record["report"])


def lock_module():
    return load_installer_module("sync_venv", ROOT / "requirements" / "sync_venv.py")


def test_the_bundled_opencv_is_the_locked_release_built_from_the_locked_source(tmp_path):
    # The build record names the OpenCV source (installers/build_bundle.py), and the frozen cv2 itself,
    # loaded on its own, reports the same release: what `make installer` built is what the lock pins.
    sync = lock_module()
    locked = sync.locked_versions()["opencv-python-headless"]
    record = json.loads(BUILD_RECORD.read_text(encoding="utf-8"))
    source = record["opencv_source"]
    assert source["package"] == "opencv-python-headless" and source["version"] == locked
    if record["slim"]:
        assert source["sdist"] == f"opencv_python_headless-{locked}.tar.gz"
        assert f"sha256:{source['sha256']}" in sync.locked_hashes("opencv-python-headless")
    (extension,) = (BUNDLE / "_internal" / "cv2").glob("cv2*.so")
    script = ("import importlib.util, sys\n"
              "spec = importlib.util.spec_from_file_location('cv2', sys.argv[1])\n"
              "cv2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(cv2)\n"
              "print(cv2.__file__); print(cv2.__version__)")
    done = subprocess.run([sys.executable, "-I", "-c", script, str(extension)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    where, native = done.stdout.split()
    assert where == str(extension)
    # cv2.__version__ is OpenCV's own (5.1.0); the distribution adds the wheel's build number (.95).
    assert locked == native or locked.startswith(native + ".")


def test_the_frozen_application_reports_the_locked_versions_of_the_libraries_behind_its_results(tmp_path):
    # reviewer/libraries.py reads the libraries' metadata, which the spec ships: a result made by the
    # installed application names the same exact versions as one made in the development venv.
    sync = lock_module()
    pins = sync.locked_versions()
    done = run_bundle(EXECUTABLE, "--version", "--verbose", home=tmp_path)
    assert done.returncode == 0, done.stderr
    printed = dict(line.split(" ", 1) for line in done.stdout.splitlines()[1:])
    from reviewer.libraries import LIBRARIES

    for distribution, _module in LIBRARIES:
        assert printed[distribution] == pins[distribution], distribution
    report = json.loads(run_bundle(EXECUTABLE, "selftest", "--json", "--no-qt", home=tmp_path).stdout)
    assert {name: report["libraries"][name] for name, _module in LIBRARIES} == \
        {name: pins[name] for name, _module in LIBRARIES}


def test_every_bundled_package_is_the_locked_version_and_its_licence_is_in_the_notices():
    sync = lock_module()
    contents = load_installer_module("bundle_contents", ROOT / "installers" / "bundle_contents.py")
    folder = BUNDLE / "_internal" / contents.NOTICES_FOLDER
    listed = contents.read_notices((folder / contents.NOTICES_FILE).read_text(encoding="utf-8"))
    pins = sync.locked_versions()
    from packaging.utils import canonicalize_name

    packages = {canonicalize_name(name): version for name, (version, _licence) in listed.items()}
    # What the application imports at run time is there, at the lock's version; nothing else in the
    # notices is a Python package outside the lock (Python itself and what cv2 links in are not packages).
    assert {"opencv-python-headless", "onnxruntime", "numpy", "pillow", "pyside6-essentials", "shiboken6",
            "cryptography", "c2pa-python", "pdqhash", "nudenet", "orjson", "rfc8785", "sqlite-utils"} <= set(packages)
    assert {name: pins.get(name) for name in packages if name in pins} == \
        {name: version for name, version in packages.items() if name in pins}
    record = json.loads(BUILD_RECORD.read_text(encoding="utf-8"))
    outside = {name for name in packages if name not in pins}
    assert outside <= ({"python", "ffmpeg", "dav1d"} if record["slim"] else {"python"})
    # Every licence file named in the notices is in the bundle, with text in it.
    for line in (folder / contents.NOTICES_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith(f"    {contents.NOTICES_FOLDER}/"):
            assert (BUNDLE / "_internal" / line.strip()).stat().st_size > 0, line


@pytest.mark.parametrize("name", ["made-here/rocket-iphone-orientation6.heic", "pillow-heif/pug.heic",
                                  "made-here/rocket-orientation6.avif", "pillow/rot3mir1.avif"])
def test_the_bundle_reads_heic_and_avif_photos_exactly_like_the_source_tree(tmp_path, name):
    # HEIC through pillow-heif (libheif, libde265; its x265 encoder replaced by a stub in the bundle,
    # installers/linux/stub_library.py) and AVIF through Pillow's own plugin (kept in the bundle).
    from reviewer.media import ingest

    photo = ROOT / "tests" / "data" / "corpus" / name
    done = run_bundle(EXECUTABLE, "inspect", str(photo), home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    bundled = json.loads(done.stdout.splitlines()[0])
    expected = ingest(photo).to_json()
    for key in ("kind", "format", "width", "height", "sha256", "pdq"):
        assert bundled[key] == expected[key], key


def test_the_heic_encoder_is_not_in_the_bundle_and_the_notices_say_so():
    contents = load_installer_module("bundle_contents", ROOT / "installers" / "bundle_contents.py")
    stubs = sorted((BUNDLE / "_internal").rglob("libx265-*"))
    if not stubs:
        pytest.skip("no x265 in this bundle (no pillow-heif)")
    assert all(path.stat().st_size < 100_000 for path in stubs)  # the encoder itself is 23 MB
    notices = (BUNDLE / "_internal" / contents.NOTICES_FOLDER / contents.NOTICES_FILE).read_text(encoding="utf-8")
    assert all(f"    {path.name}: " in notices for path in stubs)


@pytest.mark.host_network
def test_the_frozen_application_opens_no_network_socket_and_writes_no_telemetry(tmp_path):
    # The bundle starts through installers/reviewer_entry.py, not reviewer/__main__.py: the switch that
    # keeps onnxruntime's telemetry off (reviewer/offline.py) must hold there too. Run in the machine's
    # own network namespace (make test's second pass), where an uploader would really try.
    from tests.privacy.test_no_network import in_empty_network_namespace, network_attempts

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (make system-deps installs it)")
    if in_empty_network_namespace():
        pytest.skip("in an empty network namespace: make test runs this test outside it")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/nonexistent", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "REVIEWER_LANG": "en"}
    for index, args in enumerate([["selftest", "--no-qt"],
                                  ["scan", "--jobs", "2", "--out", str(tmp_path / "scan.jsonl"),
                                   str(ROOT / "resources" / "samples")]]):
        trace = tmp_path / f"trace-{index}.txt"
        done = subprocess.run([strace, "-f", "-qq", "-e", "trace=network", "-o", str(trace), str(EXECUTABLE), *args],
                              env=env, cwd=home, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        assert network_attempts(trace.read_text(errors="replace")) == [], args[0]
    assert not (home / ".cache" / "Microsoft").exists()
