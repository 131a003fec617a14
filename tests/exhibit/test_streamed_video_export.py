"""A stored video is exported from its encrypted store as a stream: never read whole into memory, and its
original in the exhibit is exactly the file that was given."""

from __future__ import annotations

import zipfile

from reviewer.exhibit.bundle import export_case
from reviewer.vault import blobs

from .conftest import VIDEO


def test_a_stored_video_is_exported_from_its_store_never_read_whole(world, tmp_path, monkeypatch):
    given = VIDEO.read_bytes()
    whole_reads: list[int] = []
    real_read = blobs.BlobStore.read

    def counted_read(self, blob_id, key, size=None):
        out = real_read(self, blob_id, key, size)
        whole_reads.append(len(out))
        return out

    monkeypatch.setattr(blobs.BlobStore, "read", counted_read)
    out = tmp_path / "exhibit.zip"
    export_case(world.vault, world.alice, world.case_a, out, lang="en", recipient="Parquet de Paris",
                include_originals=True)
    video = world.media["video"]
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert archive.read(f"media/{video}/original.mp4") == given
    assert any(name.startswith(f"media/{video}/redacted-") for name in names)
    assert whole_reads, "the images and heatmaps are still read as blobs"
    assert all(size != len(given) for size in whole_reads), whole_reads
