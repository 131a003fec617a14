"""A video added in the window goes straight into the encrypted store (no clear copy anywhere), and a reopened
video is read from the store as it is decoded, never whole into memory."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from .grid import all_analysed

pytestmark = pytest.mark.slow


def _noise_video(path: Path, frames: int = 48) -> bytes:
    """An MP4 of random noise (every stretch of its bytes is unique to it); returns its bytes."""
    rng = np.random.default_rng(7)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 12, (320, 240))
    assert writer.isOpened()
    for _ in range(frames):
        writer.write(rng.integers(0, 256, (240, 320, 3), dtype=np.uint8))
    writer.release()
    return path.read_bytes()


class CopyWatcher:
    """Scans ``folder`` (all but ``excluded``) on a thread, as fast as it can, for a file holding ``probe``."""

    def __init__(self, folder: Path, excluded: list[Path], probe: bytes) -> None:
        self.folder, self.excluded, self.probe = folder, [str(p) for p in excluded], probe
        self.found: set[str] = set()
        self.scans = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> CopyWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            for root, dirs, files in os.walk(self.folder):
                dirs[:] = [d for d in dirs if os.path.join(root, d) not in self.excluded]
                for name in files:
                    path = os.path.join(root, name)
                    try:
                        with open(path, "rb") as handle:
                            if self.probe in handle.read():
                                self.found.add(path)
                    except OSError:
                        pass  # gone between the listing and the read
            self.scans += 1


def test_a_video_added_in_the_window_leaves_no_clear_copy_and_reopens_from_the_store(
        qtbot, ready_window, tmp_path, monkeypatch, vault_records):
    from reviewer.media import ingest
    from reviewer.vault import blobs

    window = ready_window
    source = tmp_path / "given"
    source.mkdir()
    video = source / "clip.mp4"
    data = _noise_video(video)
    probe = data[len(data) // 2:len(data) // 2 + 256]  # a stretch of the media data, nowhere else
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where any temporary copy would go
    monkeypatch.setenv("TMPDIR", str(temp))
    watched = [window.vault_dir, source]

    # The watcher sees a clear temporary copy when one is made (the media library's own default, without a store).
    with CopyWatcher(tmp_path, watched, probe) as control:
        kept = ingest(video)
        assert kept.kind == "video"
    assert control.found, "the watcher must see the private temporary copy media.ingest makes without a store"
    del kept

    with CopyWatcher(tmp_path, watched, probe) as watcher:
        with qtbot.waitSignal(window.batchFinished, timeout=300_000):
            window.add_paths([str(video)])
    assert watcher.scans > 3 and not watcher.found, watcher.found
    qtbot.waitUntil(lambda: all_analysed(window, 1), timeout=60_000)
    ingested = [body for kind, body in vault_records(window.vault_dir, window.case_id) if kind == "media.ingested"]
    assert [body["sha256"] for body in ingested] == [hashlib.sha256(data).hexdigest()]

    # Reopened: the stored video is decoded from its encrypted store as it is read; no read of the whole blob.
    whole_reads: list[int] = []
    real_read = blobs.BlobStore.read

    def counted_read(self, blob_id, key, size=None):
        out = real_read(self, blob_id, key, size)
        whole_reads.append(len(out))
        return out

    monkeypatch.setattr(blobs.BlobStore, "read", counted_read)
    case = window.case_id
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(window.rendered, timeout=120_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    reopened = window.current
    assert reopened.media.kind == "video" and reopened.media.data == b""
    assert reopened.media.sha256 == hashlib.sha256(data).hexdigest()
    assert window.video_panel.sheet.count() > 0
    assert all(size < len(data) for size in whole_reads), whole_reads
    with reopened.media.open() as stream:  # what it decodes is exactly the bytes given
        assert hashlib.sha256(stream.read()).hexdigest() == hashlib.sha256(data).hexdigest()
    assert window.runner.wait(60_000)
