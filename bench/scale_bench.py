"""How the window and the case layer scale with the size of a case, in one run, on neutral generated images.

Builds, in a temporary folder, one vault (a fast KDF in-process; records appended in batches) holding:
  - grid cases of 100 and 1,000 small generated pictures (coloured gradients and noise, no imagery),
    their detections recorded as ``reviewer analyse`` records them;
  - cases of 1k and 100k records (10 photos, then 100 small pictures with reveal records as filler) for
    opening a photo and sealing;
  - a small case (3 photos) exported again in a second vault that holds nothing else.
Then, in the real window (offscreen):
  - grid: selection of the case -> every row listed and the thumbnails on screen painted, per case size,
    and the growth exponent from 100 to 1,000 media (1.0 = linear); the longest GUI-thread stall while the
    1,000-media case opens (a 5 ms timer's longest gap);
  - open: selecting a photo -> its region-blurred paint, its history shown and the new records checked,
    median over the case's photos, in the 100k-record case against the 1k-record one;
  - seal: sealing a review -> the record appended and checked (history refreshed), same ratio.
Export (the Qt-free exhibit export): the small case alone in its vault vs beside the 100k-record case.
Video: peak RSS of ``reviewer ingest`` (a child process: the normal ingest path) of a generated
1 GB MP4 (SCALE_VIDEO_MB to change the size; 0 skips it).
Prints each measure, then ``scale summary: grid_exponent=X open_ratio=Y seal_ratio=Z video_rss_mb=W``.
Targets: grid_exponent <= 1.05, open_ratio <= 1.5, seal_ratio <= 1.5, video_rss_mb <= 300, export ratio
<= 1.2, GUI stall < 100 ms. Never fails on timing.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/scale_bench.py
"""

from __future__ import annotations

import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REVIEWER_DATA_DIR", tempfile.mkdtemp(prefix="scale-bench-user-"))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reviewer  # noqa: E402,F401  first: it switches onnxruntime's telemetry off (reviewer/offline.py)
import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from reviewer.vault import crypto  # noqa: E402

# Vaults made for this run only: a fast key derivation, set in-process as the tests do (no environment
# variable can lower it); the child command below is tests/reviewer_fast_kdf.py for the same reason.
crypto.SCRYPT_N = 2**10

PASSPHRASE = "scale bench passphrase"
GRID_SIZES = (100, 1000)
SMALL, LARGE = 1_000, 100_000
PHOTOS = 10
VIDEO_MB = int(os.environ.get("SCALE_VIDEO_MB", "1024"))


def picture(seed: int, side: int = 96) -> bytes:
    """A neutral generated PNG (a gradient, a few discs and noise), different for every seed."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:side, 0:side].astype(np.float32)
    base = np.stack([(x * rng.uniform(0.5, 2.5) + seed) % 256, (y * rng.uniform(0.5, 2.5)) % 256,
                     ((x + y) * rng.uniform(0.2, 1.5)) % 256], axis=-1)
    image = np.clip(base + rng.normal(0, 12, base.shape), 0, 255).astype(np.uint8)
    for _ in range(3):
        centre = tuple(int(v) for v in rng.integers(0, side, 2))
        cv2.circle(image, centre, int(rng.integers(4, side // 4)), tuple(int(v) for v in rng.integers(0, 255, 3)), -1)
    ok, png = cv2.imencode(".png", image)
    assert ok
    return png.tobytes()


def photo(seed: int) -> bytes:
    """A 1600x1200 neutral JPEG: large enough that opening it decodes and renders for real."""
    rng = np.random.default_rng(seed)
    small = cv2.imdecode(np.frombuffer(picture(seed, 64), np.uint8), cv2.IMREAD_COLOR)
    big = cv2.resize(small, (1600, 1200), interpolation=cv2.INTER_CUBIC)
    big = np.clip(big + rng.normal(0, 6, big.shape), 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", big, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return jpeg.tobytes()


def build_vault(folder: Path) -> dict:
    """The bench vault (see the module's docstring); returns the case ids."""
    from reviewer.casework import CaseService
    from reviewer.casework.analyse import analyse_case
    from reviewer.detect import RegionDetector
    from reviewer.media import ingest_bytes
    from reviewer.vault import Vault

    started = time.perf_counter()
    session = Vault.create(folder, reviewer_name="Bench", passphrase=PASSPHRASE)
    service = CaseService(session)
    detector = RegionDetector()
    cases: dict = {}
    seed = 0
    for size in GRID_SIZES:
        case_id = service.new_case(f"Grid {size}")
        with session.batch():
            for _ in range(size):
                seed += 1
                service.add_media(case_id, ingest_bytes(picture(seed), f"picture-{seed:05d}.png"))
        analyse_case(service, case_id, detector, heatmaps=False)
        cases[f"grid{size}"] = case_id
        print(f"  grid case of {size} media built ({time.perf_counter() - started:.0f} s)", flush=True)
    for records in (SMALL, LARGE):
        case_id = service.new_case(f"{records} records")
        with session.batch():
            media = [service.add_media(case_id, ingest_bytes(photo(seed + i), f"photo-{i}.jpg")) for i in range(PHOTOS)]
        seed += PHOTOS
        analyse_case(service, case_id, detector, heatmaps=False)
        # The filler goes to other media of the case (100 small pictures, reveals on them), so the photos
        # opened have the same few records in both cases: what grows is the case, not their history.
        with session.batch():
            others = [service.add_media(case_id, ingest_bytes(picture(seed + i), f"other-{i}.png")) for i in range(100)]
        seed += 100
        analyse_case(service, case_id, detector, heatmaps=False)
        filler = records - service.case(case_id).size
        region = {"index": 0, "x0": 0, "y0": 0, "x1": 10, "y1": 10, "label": "FACE_FEMALE", "group": "face",
                  "revealed_s": 1.0, "ended_by": "timeout"}
        done = 0
        while done < filler:
            with session.batch():
                for _ in range(min(10_000, filler - done)):
                    session.record_reveal(case_id, others[done % len(others)], region=region, duration_s=1.0)
                    done += 1
        cases[f"records{records}"] = case_id
        print(f"  case of {records} records built ({time.perf_counter() - started:.0f} s)", flush=True)
    cases["export"] = export_case(service, seed + 1000)
    session.vault.close()
    print(f"vault built in {time.perf_counter() - started:.0f} s", flush=True)
    return cases


def export_case(service, seed: int) -> str:
    from reviewer.media import ingest_bytes

    case_id = service.new_case("Small case to export")
    for i in range(3):
        media_id = service.add_media(case_id, ingest_bytes(photo(seed + i), f"export-{i}.jpg"))
        service.seal_review(case_id, media_id, labels=["non-conclusive"])
    return case_id


def export_seconds(vault_dir: Path, case_id: str, out: Path, runs: int = 2) -> float:
    from reviewer.exhibit import export_case as export
    from reviewer.vault import Vault

    times = []
    with Vault.open(vault_dir) as vault:
        session = vault.unlock(PASSPHRASE)
        for run in range(runs):
            target = out.with_name(f"{out.stem}-{run}.zip")
            started = time.perf_counter()
            export(vault, session, case_id, target, lang="en")
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def wait_for(signal, predicate, timeout_s: float = 600.0) -> None:
    """Run the event loop until ``predicate()`` holds after an emission of ``signal`` (no busy polling)."""
    if predicate():
        return
    loop = QEventLoop()

    def check(*_args) -> None:
        if predicate():
            loop.quit()

    signal.connect(check)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    signal.disconnect(check)
    if not predicate():
        raise TimeoutError("the window did not get there in time")


def wait_until(predicate, timeout_s: float = 120.0) -> None:
    """Run the event loop until ``predicate()`` holds, checked every 2 ms (the measures below wait for
    several signals, in whatever order they come)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: predicate() and loop.quit())
    poll.start()
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(int(timeout_s * 1000))
    if not predicate():
        loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError("the window did not get there in time")


def settle(window, timeout_s: float = 600.0) -> None:
    """Until every task of the window is done (checked every 20 ms from the event loop)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: window.runner.active == 0 and loop.quit())
    poll.start()
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(int(timeout_s * 1000))
    loop.exec()
    poll.stop()


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread while it runs."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self._last = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.longest


def unlocked_window(vault_dir: Path):
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    window = MainWindow(vault_dir, UiSettings(language="en"), selftest=False)
    window.resize(1280, 820)
    window.show()
    window.start()
    wait_for(window.vaultReady, lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), 60)
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    unlocked = []
    window.vaultReady.connect(lambda: unlocked.append(True))
    window.unlock_dialog.unlock_button.click()
    wait_for(window.vaultReady, lambda: bool(unlocked), 120)
    wait_for(window.detectorReady, lambda: window.detector.loaded() is not None, 120)
    settle(window)
    return window


def show_grid(window, case_id: str, size: int, meter: StallMeter | None = None) -> float:
    """Seconds from choosing the case to every row listed, the media on screen painted from their recorded
    regions and the case verified (every task of the opening done)."""
    window.open_case(None)
    settle(window)
    if meter is not None:
        meter.start()
    started = time.perf_counter()
    window.open_case(case_id)
    wait_for(window.caseChecked, lambda: window.grid_model.rowCount() == size and window.case_check is not None)
    settle(window)
    elapsed = time.perf_counter() - started
    if meter is not None:
        meter.stop()
    return elapsed


class Until:
    """Flags set by the window's signals, connected for one measure and disconnected after it."""

    def __init__(self, **connections) -> None:
        self.seen = {name: False for name in connections}
        self._slots = []
        for name, (signal, accept) in connections.items():
            def slot(*args, name=name, accept=accept) -> None:
                if accept(*args):
                    self.seen[name] = True
            signal.connect(slot)
            self._slots.append((signal, slot))

    def done(self) -> bool:
        return all(self.seen.values())

    def close(self) -> None:
        for signal, slot in self._slots:
            signal.disconnect(slot)


def open_and_seal(window, case_id: str) -> tuple[float, float]:
    """Median seconds to open each photo of the case (region-blurred paint, history, check of new records)
    and to seal a review of it (record appended, history refreshed and checked)."""
    window.open_case(case_id)
    wait_for(window.caseChecked, lambda: window.case_check is not None, 900)
    settle(window)
    opens, seals = [], []
    for row in range(1, PHOTOS):
        until = Until(history=(window.historyShown, lambda: True),
                      paint=(window.rendered, lambda state: state == "analysed"),
                      check=(window.caseChecked, lambda ok: True))
        started = time.perf_counter()
        window.select_media(row)
        wait_until(until.done)
        opens.append(time.perf_counter() - started)
        until.close()
        settle(window)
        sealed = Until(sealed=(window.recordAppended, lambda kind: kind == "review.sealed"))
        # The history and the check that follow the seal (the window's "case changed" refresh).
        until = Until(history=(window.historyShown, lambda: sealed.done()),
                      check=(window.caseChecked, lambda ok: sealed.done()))
        started = time.perf_counter()
        window.seal({"labels": ["non-conclusive"], "qualification": "", "notes": "bench", "source": None})
        wait_until(until.done)
        seals.append(time.perf_counter() - started)
        sealed.close()
        until.close()
        settle(window)
    return statistics.median(opens), statistics.median(seals)


def make_video(path: Path, megabytes: int) -> None:
    """A neutral 1080p MP4 of about ``megabytes`` MB: moving gradients over a few precomputed noise fields
    (noise keeps the encoder from compressing it much, so the file is large for its length)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 25, (1920, 1080))
    rng = np.random.default_rng(3)
    noise = [rng.integers(0, 90, (1080, 1920, 3), dtype=np.uint8) for _ in range(8)]
    ramp = np.tile(np.arange(1920, dtype=np.uint16)[None, :, None], (1080, 1, 3))
    frame = 0
    while frame % 25 or not path.exists() or path.stat().st_size < megabytes * 1024 * 1024:
        base = ((ramp + frame * 5) % 160).astype(np.uint8)
        writer.write(base + noise[frame % len(noise)])
        frame += 1
    writer.release()


def video_peak_rss_mb(folder: Path, megabytes: int) -> float | None:
    """Peak RSS (MB) of ``reviewer ingest`` of a generated video of ``megabytes`` MB, in a child process."""
    if megabytes <= 0:
        return None
    from reviewer.vault import Vault

    video = folder / "video.mp4"
    started = time.perf_counter()
    make_video(video, megabytes)
    size_mb = video.stat().st_size / 1024 / 1024
    vault_dir = folder / "video-vault"
    # The key records its own derivation cost and the child unlocks with it: scrypt at N=2^17 holds 128 MiB
    # for a moment at unlock, whatever is ingested after, and RSS keeps that peak. The measure is of the
    # ingest, so this vault's key gets the tests' fast derivation (as the child's own command does).
    from reviewer.vault import crypto

    real_n, crypto.SCRYPT_N = crypto.SCRYPT_N, 2**10
    try:
        session = Vault.create(vault_dir, reviewer_name="Bench", passphrase=PASSPHRASE)
    finally:
        crypto.SCRYPT_N = real_n
    case_id = session.new_case("Video")
    session.vault.close()
    env = {**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen([sys.executable, str(ROOT / "tests" / "reviewer_fast_kdf.py"), "ingest", "--vault", str(vault_dir), case_id,
                              str(video), "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = child.communicate()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB -> MB (Linux)
    status = "ok" if child.returncode == 0 else f"failed ({err.decode(errors='replace').strip()[-200:]})"
    print(f"video: {size_mb:.0f} MB MP4 ingested by `reviewer ingest` ({status}) in "
          f"{time.perf_counter() - started:.0f} s with its generation; peak RSS {peak:.0f} MB", flush=True)
    return peak


def main() -> int:
    from reviewer.ui.app import make_application

    app = make_application("en")  # noqa: F841 - the application must live while the window does
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as tmp:
        folder = Path(tmp)
        # The video first: its child's peak RSS is the largest child's, and no other child runs before it.
        video_rss = video_peak_rss_mb(folder, VIDEO_MB)
        if video_rss is not None:
            (folder / "video.mp4").unlink()

        cases = build_vault(folder / "vault")
        alone = folder / "alone"
        from reviewer.casework import CaseService
        from reviewer.vault import Vault

        session = Vault.create(alone, reviewer_name="Bench", passphrase=PASSPHRASE)
        alone_case = export_case(CaseService(session), 10_000 + 1000)
        session.vault.close()
        export_alone = export_seconds(alone, alone_case, folder / "alone.zip")
        export_beside = export_seconds(folder / "vault", cases["export"], folder / "beside.zip")
        print(f"export of a 3-photo case: {export_alone * 1000:.0f} ms alone, {export_beside * 1000:.0f} ms beside "
              f"a {LARGE}-record case: ratio {export_beside / export_alone:.2f} (target <= 1.2)", flush=True)

        window = unlocked_window(folder / "vault")
        grid_times = {}
        meter = StallMeter()
        for size in GRID_SIZES:
            runs = [show_grid(window, cases[f"grid{size}"], size, meter if size == max(GRID_SIZES) else None)
                    for _ in range(2)]
            grid_times[size] = min(runs)
            print(f"grid of {size:5d} media shown in {grid_times[size] * 1000:7.0f} ms", flush=True)
        low, high = min(GRID_SIZES), max(GRID_SIZES)
        grid_exponent = math.log(grid_times[high] / grid_times[low]) / math.log(high / low)
        print(f"grid growth exponent from {low} to {high} media: {grid_exponent:.2f} (1.0 = linear; target <= 1.05)")
        print(f"longest GUI-thread stall while the {high}-media case opened: {meter.longest} ms (target < 100 ms)",
              flush=True)

        timings = {}
        for records in (SMALL, LARGE):
            timings[records] = open_and_seal(window, cases[f"records{records}"])
            print(f"case of {records:6d} records: open a photo {timings[records][0] * 1000:6.0f} ms, "
                  f"seal {timings[records][1] * 1000:6.0f} ms", flush=True)
        open_ratio = timings[LARGE][0] / timings[SMALL][0]
        seal_ratio = timings[LARGE][1] / timings[SMALL][1]
        window.close()
    rss = "skipped" if video_rss is None else f"{video_rss:.0f}"
    print(f"scale summary: grid_exponent={grid_exponent:.2f} open_ratio={open_ratio:.2f} "
          f"seal_ratio={seal_ratio:.2f} video_rss_mb={rss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
