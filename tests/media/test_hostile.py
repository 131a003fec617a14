"""Hostile and broken inputs: each gives its own typed error, quickly, without crashing the process."""

from __future__ import annotations

import io
import json
import os
import resource
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from reviewer.media import (
    CorruptFile,
    UndecodableVideo,
    DecodeTimeout,
    Limits,
    MediaError,
    TooLarge,
    UnreadableFile,
    UnsupportedType,
    decode_image,
    ingest,
    ingest_bytes,
)

ROOT = Path(__file__).resolve().parents[2]


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A few-KB PNG whose header claims width x height 8-bit grey pixels (the start of a zero image)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 4, 9)  # four rows of zeros; a decoder would want them all
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b"")


def many_frame_gif(frames: int) -> bytes:
    """A 4x4 GIF with ``frames`` frames, built by repeating one frame's blocks (no encoder loop)."""
    one = io.BytesIO()
    Image.new("P", (4, 4), 1).save(one, "GIF")
    data = one.getvalue()
    start = data.index(b"\x2c")  # first image descriptor
    header, frame = data[:start], data[start:-1]  # drop the trailer
    return header + frame * frames + b"\x3b"


def test_empty_file_is_corrupt(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(CorruptFile):
        ingest(path)


def test_random_bytes_are_unsupported(tmp_path):
    path = tmp_path / "noise.jpg"
    path.write_bytes(os.urandom(4096).replace(b"\xff\xd8", b"\x00\x00"))
    with pytest.raises(UnsupportedType) as caught:
        ingest(path)
    assert caught.value.code == "media.unsupported_type"


@pytest.mark.parametrize("name,keep", [("rocket.jpg", 0.5), ("rocket.jpg", 0.05), ("chelsea.png", 0.5)])
def test_truncated_files_are_corrupt(samples_dir, tmp_path, name, keep):
    data = (samples_dir / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(CorruptFile):
        ingest(path)


def test_decompression_bomb_is_refused_from_the_header_without_allocating(tmp_path):
    data = bomb_png()
    assert len(data) < 16 * 1024
    path = tmp_path / "bomb.png"
    path.write_bytes(data)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    with pytest.raises(TooLarge) as caught:
        ingest(path)
    with pytest.raises(TooLarge):
        decode_image(data, max_side=64)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    # A decode would need 2.5 GB for grey pixels alone.
    assert grown_mib < 200
    assert "50000 x 50000" in caught.value.message


def test_pixel_limit_is_configurable(samples_dir):
    data = (samples_dir / "astronaut.png").read_bytes()
    with pytest.raises(TooLarge):
        decode_image(data, limits=Limits(max_pixels=512 * 511))
    assert decode_image(data, limits=Limits(max_pixels=512 * 512)).rgb.shape == (512, 512, 3)


def test_file_size_limits(samples_dir, tmp_path):
    path = samples_dir / "rocket.jpg"
    with pytest.raises(TooLarge):
        ingest(path, Limits(max_file_bytes=1000))
    with pytest.raises(TooLarge):
        ingest(path, Limits(max_image_bytes=1000))


def test_gif_with_thousands_of_frames_is_counted_or_refused():
    data = many_frame_gif(3000)
    media = ingest_bytes(data, "many.gif")
    assert media.frame_count == 3000
    assert media.decode().rgb.shape == (4, 4, 3)
    with pytest.raises(TooLarge) as caught:
        ingest_bytes(data, "many.gif", Limits(max_gif_frames=1000))
    assert "1000" in caught.value.message


def test_animated_webp_frames_are_counted_and_bounded():
    frames = [Image.new("RGB", (8, 8), (i * 20 % 256, 0, 0)) for i in range(30)]
    out = io.BytesIO()
    frames[0].save(out, "WEBP", save_all=True, append_images=frames[1:], lossless=True)
    assert ingest_bytes(out.getvalue(), "a.webp").frame_count == 30
    with pytest.raises(TooLarge):
        ingest_bytes(out.getvalue(), "a.webp", Limits(max_gif_frames=10))


def test_zero_length_video(tmp_path):
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"")
    with pytest.raises(CorruptFile):
        ingest(path)


def test_video_cut_after_its_header_is_corrupt(data_dir, tmp_path):
    data = (data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[:2000])
    with pytest.raises(CorruptFile):
        ingest(path)


def test_directory_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        ingest(tmp_path)
    assert "folder" in caught.value.message


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile):
        ingest(tmp_path / "nothing-here.jpg")


def test_symlink_loop_is_unreadable(tmp_path):
    (tmp_path / "a.jpg").symlink_to(tmp_path / "b.jpg")
    (tmp_path / "b.jpg").symlink_to(tmp_path / "a.jpg")
    with pytest.raises(UnreadableFile) as caught:
        ingest(tmp_path / "a.jpg")
    assert "itself" in caught.value.message


def run_inspect(path: Path, *, user: int | None = None) -> tuple[int, dict]:
    """Run ``reviewer inspect`` in a child process (a hang or crash there cannot take the suite down)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "--lang", "en", "inspect", str(path)],
        capture_output=True, text=True, timeout=120, env=env, user=user, cwd=ROOT,
    )
    return done.returncode, json.loads(done.stdout.splitlines()[-1])


def test_fifo_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    # No writer ever opens the pipe: a reader that blocked would hang until the timeout.
    status, out = run_inspect(fifo)
    assert status == 1 and out["error"] == "media.unreadable"


def test_socket_file_is_refused(tmp_path):
    path = Path(tempfile.mkdtemp(dir="/tmp")) / "sock.png"  # AF_UNIX paths must be short
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(UnreadableFile):
            ingest(path)
    finally:
        server.close()
        path.unlink()
        path.parent.rmdir()


_READ_IN_CHILD = """
import json, sys
from reviewer.media import MediaError, ingest
try:
    ingest(sys.argv[1])
    print(json.dumps({"read": True}))
except MediaError as error:
    print(json.dumps(error.to_json()))
"""


def test_file_without_read_permission(samples_dir, tmp_path):
    path = tmp_path / "locked.jpg"
    path.write_bytes((samples_dir / "rocket.jpg").read_bytes())
    path.chmod(0o000)
    if os.geteuid() != 0:
        with pytest.raises(UnreadableFile) as caught:
            ingest(path)
        assert "permission" in caught.value.message
        return
    # chmod 000 does not stop root. As root, read from a child in a new user namespace where we are
    # the unprivileged uid 1000: there the file's owner (us) has no read permission and no capability.
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--map-user=1000", "true"], capture_output=True).returncode:
        pytest.skip("running as root and user namespaces are not available to drop privileges")
    done = subprocess.run(
        [unshare, "--map-user=1000", "--map-group=1000", sys.executable, "-c", _READ_IN_CHILD, str(path)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out = json.loads(done.stdout.splitlines()[-1])
    assert out.get("error") == "media.unreadable", done.stderr
    assert "permission" in out["message"]


def test_decode_time_bound_gives_decode_timeout():
    image = Image.effect_noise((3000, 3000), 64).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    with pytest.raises(DecodeTimeout) as caught:
        decode_image(out.getvalue(), limits=Limits(decode_timeout_s=1e-4))
    assert caught.value.code == "media.timeout"


def test_every_error_is_a_media_error_with_a_stable_code():
    classes = (UnsupportedType, CorruptFile, UndecodableVideo, TooLarge, UnreadableFile, DecodeTimeout)
    assert len({cls.code for cls in classes}) == len(classes)
    assert all(issubclass(cls, MediaError) for cls in classes)


def test_inspect_reports_errors_per_file_and_exit_status(samples_dir, tmp_path, capsys):
    from reviewer.cli import main

    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert main(["inspect", str(samples_dir / "rocket.jpg"), str(empty)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["sha256"] and lines[1]["error"] == "media.corrupt"


def test_an_image_with_a_side_over_the_limit_is_refused_from_its_header():
    # 70,000 x 2 is only 140,000 pixels, but no viewer, scaler or detector handles such a strip.
    data = bomb_png(70_000, 2)
    with pytest.raises(TooLarge) as caught:
        ingest_bytes(data, "strip.png")
    assert "70000 x 2" in caught.value.message
    assert ingest_bytes(data, "strip.png", Limits(max_side=70_000)).width == 70_000
