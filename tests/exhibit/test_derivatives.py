"""Redacted derivatives: recorded regions blurred; no recorded region means the whole picture is blurred."""

from __future__ import annotations

import cv2
import numpy as np

from reviewer.exhibit import derivatives
from reviewer.media import decode_image
from reviewer.redact import Box


def decoded(png: bytes) -> np.ndarray:
    return cv2.cvtColor(cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def changed(a: np.ndarray, b: np.ndarray, ys: slice, xs: slice) -> float:
    return float(np.abs(a[ys, xs].astype(int) - b[ys, xs]).mean())


def test_only_the_recorded_regions_are_blurred(samples_dir):
    data = (samples_dir / "coffee.png").read_bytes()
    original = decode_image(data).rgb
    made = derivatives.image_derivative(original, [Box(100, 100, 300, 250)], analysed=True)
    out = decoded(made.png)
    assert made.regions == 1 and not made.whole_blurred
    assert changed(out, original, slice(140, 210), slice(140, 260)) > 5
    assert changed(out, original, slice(-40, None), slice(-40, None)) == 0


def test_no_recorded_region_blurs_everything(samples_dir):
    data = (samples_dir / "coffee.png").read_bytes()
    original = decode_image(data).rgb
    for analysed in (True, False):  # analysed but nothing found, or never analysed
        made = derivatives.image_derivative(original, [], analysed=analysed)
        out = decoded(made.png)
        assert made.whole_blurred
        assert changed(out, original, slice(0, 80), slice(0, 80)) > 1
        assert changed(out, original, slice(-80, None), slice(-80, None)) > 1


def test_regions_are_found_in_recorded_summaries_at_any_depth():
    summary = {"image_size": [512, 512], "regions": [{"x0": 1, "y0": 2, "x1": 30, "y1": 40, "score": "0.9"}],
               "samples": [{"index": 3, "regions": [{"x0": "5", "y0": 6, "x1": 7, "y1": 8}]}]}
    assert derivatives.regions_from_values([summary, None, {"index": 0, "x0": 9, "y0": 9, "x1": 19, "y1": 19}]) == [
        Box(1, 2, 30, 40), Box(5, 6, 7, 8), Box(9, 9, 19, 19)]


def test_heatmap_copy_is_blurred_over_scaled_regions():
    values = np.zeros((128, 128), np.uint8)
    values[::4, :] = 255  # fine stripes that a blur destroys
    png = cv2.imencode(".png", values)[1].tobytes()
    out = decoded(derivatives.heatmap_derivative(png, [Box(0, 0, 256, 256)], (512, 512), analysed=True))[..., 0]
    # The region covers the top-left quarter of the full image, so the top-left quarter of the map.
    assert out[10:50, 10:50].std() < values[10:50, 10:50].std() / 2
    assert np.array_equal(out[100:, 100:], values[100:, 100:])
