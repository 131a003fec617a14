"""Size of the frozen bundle (dist/reviewer), then its start-up cost against the same commands from the
source venv.

The size report (total unpacked, by component, largest files) is installers/build_bundle.py's. Then
the bundle's slim OpenCV (build/bundle-venv, see installers/linux/slim_opencv.py: no IPP, FFmpeg 5.1)
against the development venv's PyPI OpenCV on the operations the application repeats, as a ratio.
AV1 decoding (Debian's dav1d 1.0 in the slim build, the wheel's own dav1d in PyPI's FFmpeg 8) is timed
on a synthetic 720p clip in both, against VP9 decoding of the same frames in each (needs aomenc and
vpxenc, which `make installer` installs).

What IT staff and reviewers feel: how long `reviewer --version` (interpreter and command line only)
and `reviewer selftest --no-qt` (model hash, detector, vault) take when started from the one-folder
bundle, as a ratio to the same command run by the venv's Python in the same run (the baseline).
Median of RUNS each. Skips (exit 0) when no bundle was built (`make installer`). Never fails on timing.
Run: .venv/bin/python bench/bundle_bench.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "reviewer" / "reviewer"
RUNS = 5


def median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, cwd=env["HOME"])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# The OpenCV work the application repeats: thumbnails and heat maps (resize, blur, colour), PNG/JPEG
# buffers, and decoding a whole video from memory. Prints seconds per operation, best of 5.
OPENCV_OPERATIONS = r"""
import io, sys, timeit
import cv2, numpy as np
rng = np.random.default_rng(1)
image = cv2.GaussianBlur(rng.integers(0, 256, (1080, 1920, 3), dtype=np.uint8), (0, 0), 3)
video = open(sys.argv[1], "rb").read()
def decode():
    capture = cv2.VideoCapture(io.BytesIO(video), cv2.CAP_FFMPEG, [])
    while capture.read()[0]:
        pass
operations = {
    "resize INTER_AREA 1920x1080 -> 320": lambda: cv2.resize(image, (320, 180), interpolation=cv2.INTER_AREA),
    "GaussianBlur sigma 8": lambda: cv2.GaussianBlur(image, (0, 0), 8),
    "cvtColor RGB2GRAY": lambda: cv2.cvtColor(image, cv2.COLOR_RGB2GRAY),
    "imencode PNG": lambda: cv2.imencode(".png", image),
    "imencode JPEG": lambda: cv2.imencode(".jpg", image),
    "decode test video from memory": decode,
}
for name, operation in operations.items():
    print(f"{name}\t{min(timeit.repeat(operation, number=1, repeat=5))}")
"""


def opencv_seconds(python: Path) -> dict[str, float]:
    video = ROOT / "tests" / "data" / "video" / "chair-19-sd-bar.mp4"
    done = subprocess.run([str(python), "-c", OPENCV_OPERATIONS, str(video)], capture_output=True, text=True,
                          check=True)
    return {name: float(value) for name, value in (line.split("\t") for line in done.stdout.splitlines())}


# Whole-file decoding of each file named on the command line, best of 3, seconds.
DECODE_FILES = r"""
import sys, timeit
import cv2
def decode(path):
    capture = cv2.VideoCapture(path, cv2.CAP_FFMPEG)
    frames = 0
    while capture.read()[0]:
        frames += 1
    return frames
for path in sys.argv[1:]:
    print(f"{decode(path)}\t{min(timeit.repeat(lambda: decode(path), number=1, repeat=3))}")
"""


def av1_against_vp9(builds: dict[str, Path], folder: Path) -> None:
    """Print each build's (name -> python) AV1 decoding time of a synthetic 1280x720 clip against its
    VP9 decoding of the same frames and bitrate, then the first build's AV1 time as a ratio to the
    last's. Prints a skip line when aomenc or vpxenc is missing."""
    import shutil

    import numpy as np

    if not (shutil.which("aomenc") and shutil.which("vpxenc")):
        print("AV1 decoding: aomenc/vpxenc not installed (make installer installs them); skipped")
        return
    source = folder / "source.y4m"
    width, height, frames = 1280, 720, 60
    rows, columns = np.mgrid[0:height, 0:width]
    with source.open("wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F30:1 Ip A1:1 C420jpeg\n".encode())
        for index in range(frames):  # moving gradients and a moving bright box: neutral synthetic content
            luma = ((rows + columns * 2 + index * 9) % 220 + 16).astype(np.uint8)
            luma[200:520, 100 + index * 12:400 + index * 12] = 235
            chroma = np.full((height // 2, width // 2), 128, np.uint8)
            chroma[:, : (index * 10) % (width // 2)] = 90
            out.write(b"FRAME\n" + luma.tobytes() + chroma.tobytes() + chroma[::-1].tobytes())
    av1, vp9 = folder / "clip-av1.webm", folder / "clip-vp9.webm"
    common = ["--quiet", "--rt", "--cpu-used=8", "--lag-in-frames=0", "--end-usage=cbr", "--target-bitrate=2000"]
    subprocess.run(["aomenc", *common, "-o", str(av1), str(source)], check=True, capture_output=True)
    subprocess.run(["vpxenc", "--codec=vp9", *common, "-o", str(vp9), str(source)], check=True, capture_output=True)
    av1_seconds = {}
    for name, python in builds.items():
        done = subprocess.run([str(python), "-c", DECODE_FILES, str(av1), str(vp9)], capture_output=True,
                              text=True, check=True)
        (av1_frames, av1_s), (vp9_frames, vp9_s) = [line.split("\t") for line in done.stdout.splitlines()]
        av1_seconds[name] = float(av1_s)
        print(f"OpenCV decode 1280x720 x{frames} frames, {name}: AV1 {float(av1_s) * 1000:.0f} ms "
              f"({av1_frames} frames), VP9 {float(vp9_s) * 1000:.0f} ms ({vp9_frames} frames), "
              f"ratio AV1/VP9 {float(av1_s) / float(vp9_s):.2f} (best of 3)")
    (first, first_s), *_, (last, last_s) = av1_seconds.items()
    print(f"OpenCV AV1 decode: ratio {first}/{last} {first_s / last_s:.2f}")


def main() -> int:
    if not BUNDLE.is_file():
        print("bundle_bench: no bundle in dist/ (make installer); skipped")
        return 0
    sys.path.insert(0, str(ROOT / "installers"))
    import build_bundle

    _total, lines = build_bundle.size_report(BUNDLE.parent)
    print("\n".join(lines))
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
               "REVIEWER_LANG": "en", "REVIEWER_DATA_DIR": home}
        source = [sys.executable, "-m", "reviewer"]
        for args in (["--version"], ["selftest", "--no-qt"]):
            baseline = median_seconds([*source, *args], {**env, "PYTHONPATH": str(ROOT)})
            frozen = median_seconds([str(BUNDLE), *args], env)
            label = " ".join(args)
            print(f"reviewer {label}: bundle {frozen * 1000:.0f} ms, venv {baseline * 1000:.0f} ms, "
                  f"ratio bundle/venv {frozen / baseline:.2f} (median of {RUNS})")
    slim_python = ROOT / "build" / "bundle-venv" / "bin" / "python"
    if slim_python.is_file():
        slim, pypi = opencv_seconds(slim_python), opencv_seconds(Path(sys.executable))
        for name, seconds in slim.items():
            print(f"OpenCV {name}: bundle's slim build {seconds * 1000:.1f} ms, PyPI wheel "
                  f"{pypi[name] * 1000:.1f} ms, ratio slim/PyPI {seconds / pypi[name]:.2f} (best of 5)")
        with tempfile.TemporaryDirectory() as folder:
            av1_against_vp9({"bundle's slim build (dav1d 1.0)": slim_python,
                             "PyPI wheel (FFmpeg 8, its dav1d)": Path(sys.executable)}, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
