"""A stored media read back for the window and ``reviewer analyse``: an image's bytes checked against their
signed hash; a video rebuilt from its record and decoded from its encrypted store, never loaded whole. No Qt."""

from __future__ import annotations

import hashlib

import numpy as np

from reviewer.casework import CaseService
from reviewer.vault import blobs

VIDEO = "doorknob-hd-no-bar.mp4"


def test_a_stored_video_is_described_from_its_record_and_decoded_from_the_store(session, reopen, data_dir,
                                                                              samples_dir, monkeypatch):
    service = CaseService(session)
    case_id = service.new_case("Dossier vidéo")
    path = data_dir / "video" / VIDEO
    video_id, added = service.add_file(case_id, path, acquired_by="Alice")
    image_id, _image = service.add_file(case_id, samples_dir / "rocket.jpg", acquired_by="Alice")

    whole_reads: list[int] = []
    real_read = blobs.BlobStore.read
    monkeypatch.setattr(blobs.BlobStore, "read",
                        lambda self, *a, **k: (lambda out: (whole_reads.append(len(out)), out)[1])(real_read(self, *a, **k)))
    restarted = CaseService(reopen())  # nothing of the first session's memory
    stored = restarted.stored(video_id)
    assert (stored.kind, stored.name, stored.data) == ("video", VIDEO, None)
    media = stored.describe()
    # The description is the one recorded at ingest, not a new decode of the whole video.
    for field in ("sha256", "sha1", "md5", "size", "format", "width", "height", "frame_count", "pdq", "metadata"):
        assert getattr(media, field) == getattr(added, field), field
    assert [f.pdq.hex for f in media.frame_pdqs] == [f.pdq.hex for f in added.frame_pdqs]
    assert abs(media.fps - added.fps) < 1e-3 and abs(media.duration_s - added.duration_s) < 1e-3
    assert media.data == b"" and whole_reads == []
    # Its frames come from the encrypted store: the same pixels as the file's.
    with media.video() as stored_reader, added.video() as added_reader:
        for mine, theirs in zip(stored_reader.keyframes(3), added_reader.keyframes(3)):
            assert mine.index == theirs.index and np.array_equal(mine.rgb, theirs.rgb)
    with media.open() as stream:
        assert hashlib.sha256(stream.read()).hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()
    assert whole_reads == []

    # An image is read whole (small), checked against its signed hash, and described as a new file is.
    image = restarted.stored(image_id)
    assert image.kind == "image" and image.data == (samples_dir / "rocket.jpg").read_bytes()
    assert image.describe().sha256 == hashlib.sha256(image.data).hexdigest()
