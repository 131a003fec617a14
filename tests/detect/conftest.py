"""Fixtures for the detector tests: the real model, loaded once per session (it is verified and reused)."""

from pathlib import Path

import cv2
import numpy as np
import pytest

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"


@pytest.fixture(scope="session")
def detector():
    from reviewer.detect import RegionDetector

    return RegionDetector()


def sample_rgb(name: str) -> np.ndarray:
    """A demo photo as an RGB array (test-side reading; the application decodes through reviewer.media)."""
    bgr = cv2.imread(str(SAMPLES / name), cv2.IMREAD_COLOR)
    assert bgr is not None, name
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def pixel_auc(scores: np.ndarray, mask: np.ndarray) -> float:
    """Area under the ROC curve of ``scores`` separating mask pixels from the rest (Mann-Whitney, ties halved)."""
    s = scores.astype(np.float64).ravel()
    m = mask.astype(bool).ravel()
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=np.float64)
    sorted_s = s[order]
    # Average ranks of tied values so a flat map scores exactly 0.5.
    _, first, counts = np.unique(sorted_s, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    pos = m.sum()
    neg = len(m) - pos
    return float((ranks[m].sum() - pos * (pos + 1) / 2.0) / (pos * neg))
