"""A video goes from the user's file into the encrypted store in one streamed read, and is described from
the store: never held in memory, never read from the user's path again (issue 14, point 6)."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.media import UndecodableVideo, ingest, ingest_bytes, pdq_of
from reviewer.media.describe import private_copy
from reviewer.vault.blobs import CHUNK, BlobProblem, BlobStore

ROOT = Path(__file__).resolve().parents[2]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 333])
def test_a_blob_written_as_a_stream_reads_back_whole_and_from_any_offset(tmp_path, size):
    store, key = BlobStore(tmp_path / "blobs"), os.urandom(32)
    plaintext = os.urandom(size)
    # Pieces of uneven sizes, as a file's reads and a re-chunking writer may produce them.
    pieces = [plaintext[i : i + 7777] for i in range(0, size, 7777)]
    blob_id, file_size = store.write_stream(key, iter(pieces))
    assert store.read(blob_id, key, file_size) == plaintext  # the same format as write()
    with store.open(blob_id, key, file_size) as stream:
        assert stream.read() == plaintext
        for offset in (0, size // 3, max(0, size - 5), CHUNK - 2):
            stream.seek(offset)
            assert stream.read(CHUNK + 9) == plaintext[offset : offset + CHUNK + 9]
        assert stream.seek(0, os.SEEK_END) == size


def test_an_altered_or_cut_blob_fails_when_read_as_a_stream(tmp_path):
    store, key = BlobStore(tmp_path / "blobs"), os.urandom(32)
    plaintext = os.urandom(3 * CHUNK)
    blob_id, file_size = store.write_stream(key, [plaintext])
    path = store.path(blob_id)
    data = bytearray(path.read_bytes())
    data[-100] ^= 1  # inside the last chunk
    path.write_bytes(bytes(data))
    with store.open(blob_id, key, file_size) as stream:
        assert stream.read(CHUNK) == plaintext[:CHUNK]  # the first chunks still authenticate
        stream.seek(2 * CHUNK + 10)
        with pytest.raises(BlobProblem) as caught:
            stream.read(10)
        assert caught.value.kind == "blob-altered"
    path.write_bytes(bytes(data[: -(CHUNK // 2)]))
    with pytest.raises(BlobProblem):
        store.open(blob_id, key, file_size)


def test_a_video_is_stored_by_streaming_and_described_from_the_store(session, data_dir, tmp_path):
    path = tmp_path / "evidence.mp4"
    path.write_bytes((data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes())
    expected = ingest_bytes(path.read_bytes(), "evidence.mp4")
    case = session.new_case("Plainte")
    media_id, media = session.ingest_file(case, path, how="saved from the platform")
    path.unlink()  # whatever follows reads the store, never the user's file
    assert media.data == b"" and media.size == expected.size
    assert media.to_json() == expected.to_json()
    with session.open_media(media_id) as stored:
        assert hashlib.sha256(stored.read()).hexdigest() == expected.sha256 == media.sha256
    assert session.read_media(media_id) == expected.data
    with media.video() as reader:
        assert pdq_of(reader.frame_at(media.frame_count // 2).rgb).hex == media.pdq.hex
    record = session.decrypt_record(session.vault.record(media_id))
    assert record["body"]["frame_count"] == 564 and record["body"]["sha256"] == expected.sha256
    assert len(record["body"]["frame_pdqs"]) == len(expected.frame_pdqs) == 19
    assert session.vault.verify(case, session).ok


def test_an_image_through_ingest_file_is_stored_as_before(session, samples_dir):
    case = session.new_case("Plainte")
    media_id, media = session.ingest_file(case, samples_dir / "rocket.jpg")
    assert media.data == (samples_dir / "rocket.jpg").read_bytes()
    assert session.read_media(media_id) == media.data


def test_a_streamed_video_media_can_still_be_stored_with_ingest(session, data_dir):
    """ingest(path) alone streams a video into a private temporary copy; session.ingest copies that into the
    store chunk by chunk, checking the SHA-256 on the way."""
    media = ingest(data_dir / "video" / "test-padded-dimensions.mp4")
    assert media.data == b""
    case = session.new_case("Plainte")
    media_id = session.ingest(case, media)
    assert session.read_media(media_id) == (data_dir / "video" / "test-padded-dimensions.mp4").read_bytes()


def test_a_video_that_cannot_be_decoded_leaves_no_blob_and_no_record(session, data_dir, tmp_path):
    data = bytearray((data_dir / "video" / "chair-19-sd-bar.mp4").read_bytes())
    payload = data.find(b"mdat") + 8 + 2000
    data[payload : len(data) - 100] = bytes(len(data) - 100 - payload)  # frames zeroed: nothing decodes
    path = tmp_path / "zeroed.mp4"
    path.write_bytes(bytes(data))
    case = session.new_case("Plainte")
    before = len(session.vault.records(case))
    with pytest.raises(UndecodableVideo):
        session.ingest_file(case, path)
    assert len(session.vault.records(case)) == before
    blobs = session.vault.blobs.root
    assert [p for p in blobs.rglob("*") if p.is_file()] == []


def test_the_bytes_described_are_the_bytes_read_even_if_the_file_changes_right_after(data_dir, tmp_path):
    path = tmp_path / "evidence.mp4"
    original = (data_dir / "video" / "test-padded-dimensions.mp4").read_bytes()
    path.write_bytes(original)

    def store_then_swap(chunks):
        opener = private_copy(chunks)
        path.write_bytes((data_dir / "video" / "doorknob-hd-no-bar.mp4").read_bytes())  # replaced on disk
        return opener

    media = ingest(path, store=store_then_swap)
    assert media.sha256 == hashlib.sha256(original).hexdigest()
    assert media.to_json() == {**ingest_bytes(original, "evidence.mp4").to_json()}


def test_the_private_copy_is_readable_by_its_owner_only_and_removed_with_the_media(data_dir):
    media = ingest(data_dir / "video" / "test-padded-dimensions.mp4", frame_pdq="none")
    with media.open() as copy:
        name = Path(copy.name)
        assert stat.S_IMODE(name.stat().st_mode) == 0o600
        assert stat.S_IMODE(name.parent.stat().st_mode) == 0o700
        assert hashlib.sha256(copy.read()).hexdigest() == media.sha256
    del media, copy
    gc.collect()
    assert not name.exists() and not name.parent.exists()


_CHILD = r"""
import json, os, sys
from reviewer.vault import Vault, crypto
crypto.SCRYPT_N = 2**10  # a fast key derivation, in-process (no environment can lower it): not what is measured
session = Vault.create(sys.argv[2], reviewer_name="Test", passphrase="correct horse battery")
media_id, media = session.ingest_file(session.new_case("memory"), sys.argv[1])
session.vault.close()
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"peak_mb": peak_kb / 1024, "sha256": media.sha256, "frames": media.frame_count}))
"""


def _peak_rss_of_ingest(path: Path, vault: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(vault)], capture_output=True, text=True,
                         cwd=ROOT, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak RSS from /proc")
def test_ingesting_a_large_video_does_not_hold_it_in_memory(data_dir, tmp_path):
    """A real MP4 followed by a 300 MB top-level "free" box (legal MP4 padding): the file is 300 MB larger,
    the pictures are the same. Each is ingested in a fresh process; the peak memory must not grow with the
    file (holding it, as before, would add at least its 300 MB). The large video at full scale, 1080p H.264,
    is measured by bench/video_ingest_bench.py."""
    small = data_dir / "video" / "chair-19-sd-bar.mp4"
    padded = tmp_path / "padded.mp4"
    padding = 300 * 1024**2
    with open(padded, "wb") as out:
        out.write(small.read_bytes())
        out.write(struct.pack(">I4s", padding, b"free"))
        zeros = bytes(CHUNK * 16)
        for _ in range((padding - 8) // len(zeros)):
            out.write(zeros)
        out.write(bytes((padding - 8) % len(zeros)))
    baseline = _peak_rss_of_ingest(small, tmp_path / "v1")
    large = _peak_rss_of_ingest(padded, tmp_path / "v2")
    assert large["frames"] == baseline["frames"] == 564
    assert large["sha256"] == sha256_of(padded)
    growth = large["peak_mb"] - baseline["peak_mb"]
    print(f"peak RSS {baseline['peak_mb']:.0f} MB for 2 MB, {large['peak_mb']:.0f} MB for 302 MB: +{growth:.0f} MB")
    assert growth < 30
