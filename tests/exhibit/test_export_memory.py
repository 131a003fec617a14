"""An export with originals holds one original in memory at a time, not the whole case.

The media are small neutral pictures carrying a large private PNG chunk (which every decoder skips):
megabytes of original, almost nothing to decode or blur, so what the export keeps in memory is the
originals themselves. Python's tracemalloc sees every bytes object the export makes.
"""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
import zlib

from PIL import Image

from reviewer.exhibit import export_case
from reviewer.media import ingest_bytes
from reviewer.vault import Vault

from .conftest import synthetic_png

PADDING = 4 * 1024 * 1024
COUNT = 6


def padded_png(seed: int) -> bytes:
    """A valid 256x256 PNG with a 4 MB ancillary private chunk ("prVt") of random bytes before IEND."""
    png = synthetic_png(seed)
    payload = bytes(Image.effect_noise((1024, 1024), 64).tobytes()) * 4  # 4 MB, cheap to make
    payload = payload[:PADDING]
    chunk = struct.pack(">I", len(payload)) + b"prVt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"prVt" + payload) & 0xFFFFFFFF)
    return png[:-12] + chunk + png[-12:]


def test_exporting_originals_keeps_one_original_in_memory_at_a_time(tmp_path):
    session = Vault.create(tmp_path / "vault", reviewer_name="Alice Martin", passphrase="memory test passphrase")
    case = session.new_case("Large originals")
    originals = {}
    for seed in range(COUNT):
        data = padded_png(100 + seed)
        assert Image.open(io.BytesIO(data)).size == (256, 256)  # a picture every decoder reads
        media = ingest_bytes(data, f"large-{seed}.png")
        originals[session.ingest(case, media)] = data
    total = sum(len(d) for d in originals.values())
    del data, media

    tracemalloc.start()
    try:
        result = export_case(session.vault, session, case, tmp_path / "exhibit.zip", include_originals=True, lang="en")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    with zipfile.ZipFile(result.path) as archive:
        for media_id, data in originals.items():
            name = next(n for n in archive.namelist() if n.startswith(f"media/{media_id}/original."))
            assert archive.read(name) == data
    # All six originals together are 25 MB (the bundle used to hold them all: a 34 MB peak). One at a time,
    # with the transient copies of decrypting it, stays under four originals' worth.
    assert peak < 4 * PADDING < total, f"peak {peak / 1e6:.1f} MB for {total / 1e6:.1f} MB of originals"
