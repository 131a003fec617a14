"""Vault fixtures: real vault folders in tmp_path, real media from resources/samples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest

from reviewer.media import Media, ingest
from reviewer.vault import Vault, VaultSession

PASSPHRASE = "correct horse battery"
SOURCE = {"url": "https://example.invalid/post/123", "platform": "ExampleNet", "account": "@someone", "seen": "2026-01-05"}
NOTES = "Victim named Jeanne Exemple recognised her face; original photo from her profile."


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def texts() -> dict:
    """The sensitive values the filled vault stores (to check they are encrypted and round-trip)."""
    return {"source": SOURCE, "notes": NOTES}


@pytest.fixture
def make_heatmap():
    return heatmap_png


def heatmap_png(seed: int = 0) -> bytes:
    """A synthetic gradient PNG standing in for a heatmap (generated, no imagery)."""
    y, x = np.mgrid[0:48, 0:64]
    image = ((x * 4 + y * 2 + seed * 17) % 256).astype(np.uint8)
    ok, png = cv2.imencode(".png", image)
    assert ok
    return png.tobytes()


@dataclass
class Filled:
    path: Path
    session: VaultSession
    case: str
    other_case: str
    media: list[str]
    files: list[Path]

    @property
    def vault(self) -> Vault:
        return self.session.vault


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir):
    session = Vault.create(vault_dir, reviewer_name="Alice Martin", passphrase=PASSPHRASE)
    yield session
    session.vault.close()


@pytest.fixture
def samples(samples_dir) -> list[Media]:
    return [ingest(samples_dir / name) for name in ("coffee.png", "rocket.jpg")]


@pytest.fixture
def filled(session, vault_dir, samples, samples_dir) -> Filled:
    """A vault with two cases; the first has two media, an analysis with heatmaps, reveals and reviews."""
    case = session.new_case("Plainte Exemple", notes="first contact by phone")
    media = [session.ingest(case, m, source=SOURCE, acquired_by="Alice", how="saved from the platform") for m in samples]
    session.record_analysis(case, media[0], method={"id": "noise-residual", "version": "1", "params": {"sigma": 1.5}},
                            summary={"score": 0.42, "regions": 2}, heatmaps={"noise": heatmap_png(1), "ela": heatmap_png(2)})
    session.record_reveal(case, media[0], region={"index": 0, "x0": 1, "y0": 2, "x1": 30, "y1": 40, "group": "face"},
                          duration_s=2.35)
    session.seal_review(case, media[0], labels=["sexual-deepfake-adult"], qualification="226-8-1", notes=NOTES,
                        source=SOURCE)
    session.seal_review(case, media[1], labels=["non-conclusive"], notes="nothing visible")
    other = session.new_case("Autre dossier")
    session.seal_review(other, session.ingest(other, samples[0]), labels=["not-sexual"])
    return Filled(vault_dir, session, case, other, media, [samples_dir / "coffee.png", samples_dir / "rocket.jpg"])
