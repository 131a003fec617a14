"""Synthetic test images for the redaction tests: a smooth coloured background (which blurring barely
changes) with high-frequency patterns (checkerboards, noise, text drawn with OpenCV) placed in a box,
and measures of how much of a pattern survives."""

from __future__ import annotations

from types import SimpleNamespace

import cv2
import numpy as np
import pytest

from reviewer.redact import Box, footprint


def background(height: int = 240, width: int = 320) -> np.ndarray:
    """A smooth colour gradient: every channel different, no fine detail of its own."""
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    r = 40 + 150 * x / max(width - 1, 1)
    g = 200 - 120 * y / max(height - 1, 1)
    b = 90 + 60 * (x + y) / max(width + height - 2, 1)
    return np.dstack([r, g, b]).round().astype(np.uint8)


def checkerboard(height: int, width: int, period: int, phase: int = 0) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width]
    return ((((x + phase) // period) + (y // period)) % 2 * 255).astype(np.uint8)


def noise(height: int, width: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width), dtype=np.uint8)


def text(height: int, width: int, lines: list[str]) -> np.ndarray:
    out = np.zeros((height, width), np.uint8)
    for i, line in enumerate(lines):
        cv2.putText(out, line, (4, 30 + 35 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 255, 2, cv2.LINE_AA)
    return out


def with_pattern(image: np.ndarray, box: Box, pattern: np.ndarray) -> np.ndarray:
    """A copy of ``image`` with the grey ``pattern`` written into ``box`` on all three channels."""
    out = image.copy()
    out[box.y0:box.y1, box.x0:box.x1] = pattern[..., None]
    return out


def gray(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def gray3(rgb: np.ndarray) -> np.ndarray:
    """The exact grayscale view the contract promises: RGB2GRAY replicated to three channels."""
    return cv2.cvtColor(gray(rgb), cv2.COLOR_GRAY2RGB)


def crop(image: np.ndarray, box: Box) -> np.ndarray:
    return image[box.y0:box.y1, box.x0:box.x1]


def laplacian_variance(image: np.ndarray) -> float:
    """High-frequency energy: large for fine detail, near zero for a smooth surface."""
    g = gray(image) if image.ndim == 3 else image
    return float(cv2.Laplacian(g, cv2.CV_64F).var())


def ncc(a: np.ndarray, b: np.ndarray) -> float:
    """Zero-mean normalised cross-correlation of two equal-size grey images (0 for a constant one)."""
    a = a.astype(np.float64) - a.mean()
    b = b.astype(np.float64) - b.mean()
    denominator = np.sqrt((a * a).sum() * (b * b).sum())
    return 0.0 if denominator == 0 else float((a * b).sum() / denominator)


def outside_mask(shape: tuple[int, int], boxes) -> np.ndarray:
    """True where no box's footprint (padded box plus feather band) reaches."""
    mask = np.ones(shape, bool)
    for box in boxes:
        f = footprint(box).normalised()
        mask[max(f.y0, 0):max(f.y1, 0), max(f.x0, 0):max(f.x1, 0)] = False
    return mask


@pytest.fixture(scope="session")
def px() -> SimpleNamespace:
    """The helpers above, for the test modules (conftest functions cannot be imported directly)."""
    return SimpleNamespace(
        background=background, checkerboard=checkerboard, noise=noise, text=text, with_pattern=with_pattern,
        gray=gray, gray3=gray3, crop=crop, laplacian_variance=laplacian_variance, ncc=ncc,
        outside_mask=outside_mask,
    )


@pytest.fixture
def astronaut(samples_dir) -> np.ndarray:
    """A neutral sample photo (a face, a spacesuit) as RGB."""
    bgr = cv2.imread(str(samples_dir / "astronaut.png"), cv2.IMREAD_COLOR)
    assert bgr is not None
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
