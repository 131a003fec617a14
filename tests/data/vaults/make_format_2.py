"""Make ``format-2/``: a small vault written by Reviewer's format-2 code, kept so that every later version is
tested against records it did not write itself (tests/vault/test_format_upgrade.py).

Run with the package of the last format-2 commit (85316e5) first on the path, from this folder:

    git archive 85316e5 reviewer resources | tar -x -C /tmp/reviewer-format-2
    PYTHONPATH=/tmp/reviewer-format-2 python make_format_2.py

The media is a synthetic picture (coloured shapes on a gradient); the passphrase is PASSPHRASE below.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import numpy as np
from PIL import Image

PASSPHRASE = "violet tractor quantum harbor 93"
HERE = Path(__file__).resolve().parent


def synthetic_png(seed: int, size: int = 96) -> bytes:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size]
    rgb = np.stack([(x * 2 + seed) % 256, (y * 2) % 256, ((x + y) + seed) % 256], axis=2).astype(np.uint8)
    for _ in range(4):
        x0, y0 = rng.integers(0, size - 30, 2)
        rgb[y0:y0 + 24, x0:x0 + 24] = rng.integers(0, 255, 3)
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "PNG")
    return out.getvalue()


def main() -> None:
    from reviewer.media import ingest_bytes
    from reviewer.vault import Vault
    from reviewer.vault.records import FORMAT_VERSION

    assert FORMAT_VERSION == 2, "run with the format-2 package first on the path"
    target = HERE / "format-2"
    shutil.rmtree(target, ignore_errors=True)
    session = Vault.create(target, reviewer_name="Camille Martin", passphrase=PASSPHRASE)
    try:
        case = session.new_case("Dossier format 2", notes="written by format 2")
        media = session.ingest(case, ingest_bytes(synthetic_png(3), "shapes.png"), acquired_by="Camille Martin",
                               how="upload")
        session.record_reveal(case, media, region={"index": 0, "x0": 11, "y0": 22, "x1": 33, "y1": 44,
                                                   "label": "FACE", "group": "face", "ended_by": "timeout"},
                              duration_s=2.0)
        session.seal_review(case, media, labels=["non-conclusive"], qualification="aucune", notes="format 2")
    finally:
        session.vault.close()


if __name__ == "__main__":
    main()
