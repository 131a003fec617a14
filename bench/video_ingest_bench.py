"""Peak memory of ingesting a large video into a vault, against the file's size, same run.

Builds a 1080p H.264 MP4 of synthetic noise (ffmpeg's testsrc2 + noise, encoded once for a few seconds,
then joined to itself without re-encoding up to the wanted size) in a temporary folder, never committed.
Then, each in a fresh process that imports the application and opens a new vault (as `reviewer ingest`):
  - baseline: ingest tests/data/video/chair-19-sd-bar.mp4 (2 MB): what the process needs anyway;
  - ingest of the large video with ``VaultSession.ingest_file`` (hash while streaming into the encrypted
    store, then per-second PDQ decoded from the store), then a streamed SHA-256 of the stored bytes.
Prints the peak resident memory (VmHWM) of each, and the growth against the file size (target: peak
<= 300 MB for a 1 GB video, <= 400 MB for 500 MB; holding the file in memory would cost at least its size).
Needs ffmpeg (for the test video only; the application does not). Never fails on memory or timing.
Run: .venv/bin/python bench/video_ingest_bench.py [--sizes-mb 500 1024]
`bench/scale_bench.py` can import ``video_ingest_peak_rss_mb``.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "data" / "video" / "chair-19-sd-bar.mp4"

# Runs in the child: a fresh vault, one ingest, a streamed hash of what was stored, the peak RSS.
_CHILD = r"""
import hashlib, json, os, sys, time
from reviewer.vault import Vault, crypto
crypto.SCRYPT_N = 2**10  # a fast key derivation, in-process (no environment can lower it): not what is measured
path, vault_dir = sys.argv[1], sys.argv[2]
session = Vault.create(vault_dir, reviewer_name="Bench", passphrase="correct horse battery")
case = session.new_case("bench")
start = time.perf_counter()
media_id, media = session.ingest_file(case, path)
seconds = time.perf_counter() - start
digest = hashlib.sha256()
with session.open_media(media_id) as stored:
    while chunk := stored.read(1 << 20):
        digest.update(chunk)
session.vault.close()
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_mb": peak_kb / 1024, "seconds": seconds, "frames": media.frame_count,
                  "width": media.width, "height": media.height, "codec_sha256": media.sha256,
                  "stored_sha256": digest.hexdigest(), "frame_pdqs": len(media.frame_pdqs)}))
"""


def make_video(path: Path, size_mb: int) -> Path:
    """A 1080p H.264 MP4 of at least ``size_mb`` MB: 4 s of encoded noise, joined to itself (no re-encode)."""
    if shutil.which("ffmpeg") is None:
        raise SystemExit("video_ingest_bench needs ffmpeg to make its test video (apt-get install ffmpeg)")
    segment = path.with_name("segment.mp4")
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc2=size=1920x1080:rate=30:duration=4", "-vf", "noise=alls=30:allf=t+u",
                    "-c:v", "libx264", "-preset", "ultrafast", "-crf", "14", "-pix_fmt", "yuv420p", str(segment)],
                   check=True)
    copies = max(1, math.ceil(size_mb * 1024**2 / segment.stat().st_size))  # at least the size asked
    listing = path.with_name("list.txt")
    listing.write_text("".join(f"file '{segment}'\n" for _ in range(copies)))
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                    str(listing), "-c", "copy", "-movflags", "+faststart", str(path)], check=True)
    segment.unlink()
    return path


def ingest_in_child(path: Path, folder: Path) -> dict:
    """Ingest ``path`` into a new vault in a fresh process; its peak RSS, time and hashes."""
    vault = Path(tempfile.mkdtemp(dir=folder, prefix="vault-"))
    shutil.rmtree(vault)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(vault)], capture_output=True, text=True,
                         cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    shutil.rmtree(vault, ignore_errors=True)
    return json.loads(out.stdout)


def video_ingest_peak_rss_mb(size_mb: int = 1024, folder: Path | None = None) -> dict:
    """Peak RSS (MB) of ingesting a generated ``size_mb`` 1080p H.264 video, with the small-clip baseline:
    {"file_mb", "peak_mb", "baseline_mb", "frames", "hash_ok", "seconds"}."""
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = make_video(Path(tmp) / f"big-{size_mb}.mp4", size_mb)
        file_mb = path.stat().st_size / 1024**2
        import hashlib

        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        baseline = ingest_in_child(SMALL, Path(tmp))
        big = ingest_in_child(path, Path(tmp))
    return {"file_mb": file_mb, "peak_mb": big["peak_mb"], "baseline_mb": baseline["peak_mb"],
            "frames": big["frames"], "seconds": big["seconds"], "frame_pdqs": big["frame_pdqs"],
            "hash_ok": big["stored_sha256"] == big["codec_sha256"] == digest.hexdigest()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", type=int, nargs="+", default=[500, 1024])
    args = parser.parse_args()
    for size_mb in args.sizes_mb:
        r = video_ingest_peak_rss_mb(size_mb)
        target = 300 if size_mb >= 1000 else 400
        print(f"video ingest {r['file_mb']:.0f} MB (1080p H.264, {r['frames']} frames, {r['frame_pdqs']} frame PDQs, "
              f"{r['seconds']:.1f} s): peak RSS {r['peak_mb']:.0f} MB (target <= {target}); 2 MB clip baseline "
              f"{r['baseline_mb']:.0f} MB; growth {r['peak_mb'] - r['baseline_mb']:.0f} MB = "
              f"{(r['peak_mb'] - r['baseline_mb']) / r['file_mb']:.3f} x file size; stored bytes hash to the "
              f"file's SHA-256: {'yes' if r['hash_ok'] else 'NO'}")


if __name__ == "__main__":
    main()
