"""Takedown fixtures: a real vault in tmp_path, real photos from resources/samples and copies made from them."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest

from reviewer.media import ingest
from reviewer.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def session(tmp_path):
    session = Vault.create(tmp_path / "vault", reviewer_name="Alice Martin", passphrase=PASSPHRASE)
    yield session
    session.vault.close()


@pytest.fixture
def copies(tmp_path, samples_dir) -> dict[str, Path]:
    """The rocket photo as a PNG re-encode and as a copy resized to 60 %, plus an unrelated photo."""
    rocket = cv2.imread(str(samples_dir / "rocket.jpg"), cv2.IMREAD_COLOR)
    png = tmp_path / "rocket-reencoded.png"
    cv2.imwrite(str(png), rocket)
    small = tmp_path / "rocket-small.jpg"
    height, width = rocket.shape[:2]
    cv2.imwrite(str(small), cv2.resize(rocket, (width * 3 // 5, height * 3 // 5), interpolation=cv2.INTER_AREA),
                [cv2.IMWRITE_JPEG_QUALITY, 80])
    return {"original": samples_dir / "rocket.jpg", "png": png, "small": small,
            "different": samples_dir / "coffee.png", "other": samples_dir / "chelsea.png"}


@pytest.fixture
def media_of():
    return ingest
