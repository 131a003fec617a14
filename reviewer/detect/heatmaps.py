"""Forensic heatmaps: where an image is locally inconsistent. Each is a cue, never proof.

Every map is float32 in [0, 1] at the "analysis resolution" (the full displayed image shrunk so its
long side is at most ``MAX_SIDE``), computed from the full-resolution pixels (noise and JPEG traces do
not survive a reduced decode); brighter always means "more likely edited". Each carries its name, a
one-line explanation and its limits (English source texts from reviewer.detect.cues, in the ``heatmaps``
context), its tier ("default" only where it was measured to find edits reliably, else "expert"), the
parameters used and the method record. For display use ``reviewer.detect.cues.cue_texts(id, params)``,
which adds the measured reliability in plain words. Measured figures: docs/adr/0013-forensic-cues.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.libraries import library_versions

if TYPE_CHECKING:
    from reviewer.detect.regions import Detections
    from reviewer.media import Media

METHOD_VERSION = "2"  # 2: double-JPEG map, ELA at a fixed quality 90, ghosts oriented, cue tiers
MAX_SIDE = 1024
ELA_FULL_SCALE = 3.0  # grey levels of mean resave difference shown at full brightness
CUE = QT_TRANSLATE_NOOP("heatmaps", "An inconsistency cue, never proof of editing.")


@dataclass(frozen=True)
class Heatmap:
    """One map. ``values`` is float32 HxW in [0, 1]; ``params`` holds what was used (resolution, quality...)."""

    id: str
    name: str
    explanation: str
    limits: str
    values: np.ndarray = field(repr=False, compare=False)
    params: dict
    method: dict
    tier: str = "default"  # "default": shown to a non-expert; "expert": hidden until asked (reviewer.detect.cues)

    def to_png_bytes(self) -> bytes:
        """8-bit greyscale PNG of the values (0 -> 0, 1 -> 255); the same values give the same bytes."""
        import cv2

        grey = np.clip(np.rint(self.values * 255.0), 0, 255).astype(np.uint8)
        ok, png = cv2.imencode(".png", grey, [cv2.IMWRITE_PNG_COMPRESSION, 6])
        if not ok:  # pragma: no cover - encoding a uint8 array in memory does not fail
            raise RuntimeError("PNG encoding failed")
        return png.tobytes()

    def to_json(self) -> dict[str, Any]:
        """Everything but the pixels, with summary statistics rounded so JSON bytes are stable."""
        v = self.values
        return {"id": self.id, "name": self.name, "explanation": self.explanation, "limits": self.limits,
                "cue": CUE, "tier": self.tier, "params": self.params, "method": self.method,
                "stats": {"mean": round(float(v.mean()), 4), "p99": round(float(np.percentile(v, 99)), 4),
                          "max": round(float(v.max()), 4)}}


def analysis_size(width: int, height: int) -> tuple[int, int]:
    """(width, height) of the maps for an image of ``width`` x ``height``."""
    scale = min(1.0, MAX_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _shrink(values: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    import cv2

    if (values.shape[1], values.shape[0]) == size:
        return values.astype(np.float32)
    return cv2.resize(values.astype(np.float32, copy=False), size, interpolation=cv2.INTER_AREA)


def _grey(rgb: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)


def _method(map_id: str, params: dict, input_sha256: str, model_sha256: str | None = None) -> dict:
    return {"id": f"heatmap.{map_id}", "version": METHOD_VERSION, "model_sha256": model_sha256,
            "params": params, "input_sha256": input_sha256, "libraries": library_versions()}


def _made(map_id: str, values: np.ndarray, params: dict, input_sha256: str, model_sha256: str | None = None) -> Heatmap:
    """A Heatmap with its texts and tier from reviewer.detect.cues and its method record."""
    from reviewer.detect.cues import CUES, tier

    cue = CUES[map_id]
    return Heatmap(map_id, cue.name, cue.meaning, cue.limits, values, params,
                   _method(map_id, params, input_sha256, model_sha256), tier(map_id, params))


def _deviation_score(level: np.ndarray, k: float) -> np.ndarray:
    """How far each local noise level is from the image's typical level, on a log scale.

    Robust z = |log level - median| / (1.4826 MAD); the map is 1 - exp(-z / k), which keeps the order
    of every pixel (no clipping into ties) and reaches 0.63 at k robust deviations. Lower AND higher
    noise than the rest both count: a smoothed (inpainted) patch is quieter, a pasted noisy one louder.
    """
    # The same operations in the same order as 1 - exp(-(|log(level + 0.05) - median| / mad) / k), done in
    # place: a 12-megapixel map in float64 is 96 MB, and each fresh temporary costs its page faults.
    logs = level.astype(np.float64)
    logs += 0.05
    np.log(logs, out=logs)
    median = np.median(logs)
    z = logs
    z -= median
    np.abs(z, out=z)
    mad = 1.4826 * np.median(z)
    z /= max(mad, 1e-3)
    np.negative(z, out=z)
    z /= k
    np.exp(z, out=z)
    np.subtract(1.0, z, out=z)
    return z.astype(np.float32)


def noise_residual(rgb: np.ndarray, input_sha256: str = "", *, window_sigma: float = 4.0,
                   k: float = 3.0) -> Heatmap:
    """Residual after a 3x3 median denoise, its local level, scored as deviation from the image's typical level."""
    import cv2

    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # The median of whole grey levels, taken on 8 bits (a third faster than on float32, same values).
    residual = cv2.absdiff(grey, cv2.medianBlur(grey, 3)).astype(np.float32)
    level = cv2.GaussianBlur(residual, (0, 0), window_sigma)
    size = analysis_size(rgb.shape[1], rgb.shape[0])
    values = _shrink(_deviation_score(level, k), size)
    params = {"denoise": "median 3x3", "window_sigma_px": window_sigma, "k_mad": k,
              "resolution": list(size), "computed_at": [rgb.shape[1], rgb.shape[0]]}
    return _made("noise_residual", values, params, input_sha256)


def _block_mad(values: np.ndarray, block: int) -> np.ndarray:
    """Per ``block`` x ``block`` tile, the median absolute deviation (tiles cut from the top-left)."""
    rows, cols = values.shape[0] // block, values.shape[1] // block
    tiles = values[: rows * block, : cols * block].reshape(rows, block, cols, block).transpose(0, 2, 1, 3)
    tiles = tiles.reshape(rows, cols, block * block)
    median = np.median(tiles, axis=2, keepdims=True)
    return np.median(np.abs(tiles - median), axis=2)


def local_noise_variance(rgb: np.ndarray, input_sha256: str = "", *, block: int = 8, k: float = 3.0) -> Heatmap:
    """Blockwise robust noise estimate (MAD of a Laplacian-difference filter), scored as deviation."""
    import cv2

    grey = _grey(rgb)
    if min(grey.shape) < block:  # a tiny image (an icon): one block per pixel row/column at least
        block = max(1, min(grey.shape))
    # Immerkaer's kernel cancels smooth image structure; its response to white noise has std 6*sigma.
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], np.float32)
    high = cv2.filter2D(grey, -1, kernel, borderType=cv2.BORDER_REFLECT)
    sigma = 1.4826 * _block_mad(high, block) / 6.0
    size = analysis_size(rgb.shape[1], rgb.shape[0])
    score = _deviation_score(sigma, k)
    values = cv2.resize(score, size, interpolation=cv2.INTER_NEAREST).astype(np.float32)
    params = {"estimator": "MAD of Immerkaer Laplacian difference", "block_px": block, "k_mad": k,
              "resolution": list(size), "block_grid": [int(sigma.shape[1]), int(sigma.shape[0])]}
    return _made("noise_variance", values, params, input_sha256)


def jpeg_quality(data: bytes) -> int | None:
    """Estimate the IJG quality (1-100) of a JPEG from its luminance quantisation table, or None.

    Reads only the header (no pixel decoding): the table is compared with the standard table scaled
    for each quality, and the closest quality wins.
    """
    from reviewer.detect.double_jpeg import read_jpeg_header

    header = read_jpeg_header(data)
    table = None if header is None else header.luma_table
    if table is None:
        return None
    table = table.ravel()
    best, best_error = None, None
    for quality in range(1, 101):
        scale = 5000 / quality if quality < 50 else 200 - 2 * quality
        expected = np.clip((_STD_LUMA * scale + 50) // 100, 1, 255)
        error = int(np.abs(np.sort(expected) - np.sort(table)).sum())
        if best_error is None or error < best_error:
            best, best_error = quality, error
    return best


_STD_LUMA = np.array([16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57,
                      69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64,
                      81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99],
                     dtype=np.int64)


def _bgr(rgb: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def _recompressed(bgr: np.ndarray, quality: int) -> np.ndarray:
    """``bgr`` (OpenCV's channel order) saved as JPEG at ``quality`` in memory and read back, still BGR (our
    own bytes, not a user file). Compared in BGR: the mean over the channels does not depend on their order,
    and the image is converted once instead of twice per quality."""
    import cv2

    ok, buffer = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:  # pragma: no cover
        raise RuntimeError("JPEG encoding failed")
    return cv2.imdecode(buffer, cv2.IMREAD_COLOR)


class _Workspace:
    """Buffers for comparing an HxWx3 image with its resaved copies, reused from one comparison to the next.

    Allocated afresh for each of the thirteen comparisons of a JPEG (ELA and twelve ghost qualities), the
    temporaries of a 12-megapixel comparison cost more to fault in and zero than the arithmetic on them.
    """

    def __init__(self, shape: tuple[int, ...]) -> None:
        height, width = shape[:2]
        self.u8 = np.empty((height, width, 3), np.uint8)
        self.planes = [np.empty((height, width), np.uint8) for _ in range(3)]
        self.u16 = np.empty((height, width), np.uint16)
        self.total = np.empty((height, width), np.float32)
        self.blurred = np.empty((height, width), np.float32)

    def mean_abs_difference(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Per pixel, the mean over the three channels of |a - b| (float32), in ``self.total``: the next
        call overwrites it."""
        import cv2

        # The channel sum is exact in 16 bits (at most 765) and is divided by 3 in float32 as numpy's mean over
        # the channel axis does, so the values are numpy's; numpy's reduction over an axis of length 3 took
        # 165 ms for 12 megapixels, this 13 ms.
        cv2.split(cv2.absdiff(a, b, dst=self.u8), self.planes)
        cv2.add(self.planes[0], self.planes[1], dst=self.u16, dtype=cv2.CV_16U)
        cv2.add(self.u16, self.planes[2], dst=self.u16, dtype=cv2.CV_16U)
        np.copyto(self.total, self.u16)
        np.divide(self.total, np.float32(3), out=self.total)
        return self.total


def _abs_difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pixel, the mean over the three channels of |a - b| (float32), in a new array."""
    return _Workspace(a.shape).mean_abs_difference(a, b)


ELA_QUALITY = 90  # the textbook choice (Krawetz 2007); fixed, so maps of different files compare


def error_level(rgb: np.ndarray, quality: int = ELA_QUALITY, input_sha256: str = "", *, window_sigma: float = 8.0,
                full_scale: float = ELA_FULL_SCALE) -> Heatmap:
    """Error level analysis: the local difference after resaving at ``quality`` (JPEG input only).

    Parts saved as often and as strongly as the rest barely change; a part with another compression
    history changes more. ``full_scale`` grey levels of mean difference map to 1 (fixed, so a bright
    map means a large difference, not the brightest part of a quiet picture).
    """
    import cv2

    # Resave errors are sparse (most pixels round back exactly): a wide window turns them into a level.
    bgr = _bgr(rgb)
    difference = cv2.GaussianBlur(_abs_difference(bgr, _recompressed(bgr, quality)), (0, 0), window_sigma)
    size = analysis_size(rgb.shape[1], rgb.shape[0])
    values = np.clip(_shrink(difference, size) / full_scale, 0, 1).astype(np.float32)
    params = {"quality": int(quality), "window_sigma_px": window_sigma, "full_scale_grey_levels": full_scale,
              "resolution": list(size)}
    return _made("ela", values, params, input_sha256)


def _squared(values: np.ndarray) -> np.ndarray:
    """``values`` squared in place (it is a temporary: no second 48 MB array for a 12-megapixel image)."""
    return np.multiply(values, values, out=values)


def jpeg_ghost(rgb: np.ndarray, file_quality: int, input_sha256: str = "", *, lowest: int = 40,
               step: int = 5, window_sigma: float = 6.0, eps: float = 4.0) -> Heatmap:
    """JPEG ghosts (Farid 2009), oriented so that brighter means "saved differently from most of the picture".

    For each quality q from ``lowest`` to 95 the local squared difference D_q(x) after resaving at q
    is computed, then normalised per pixel across q: d_q = (D_q - min_q D + eps) / (max_q D - min_q D + eps)
    (``eps`` keeps flat areas, where every D is tiny, dark). A part saved earlier at q shows a dip
    (d_q near 0). Which side is suspect depends on the picture: when a pasted part was saved at q and
    the rest not, the dip marks the pasted part; when the photo was saved at q and a repainted part
    pasted into it was not (an "undressing" edit), the dip covers the untouched majority and the
    repainted part is the one WITHOUT it. So at each candidate quality (below the file's) the map is
    the distance of each pixel's d_q from the picture's median d_q, kept on the minority side: bright
    = a history unlike most of the picture's. The quality with the largest contrast (99th percentile
    minus median) is shown.
    """
    import cv2

    qualities = list(range(lowest, 96, step))
    candidates = [q for q in qualities if q <= int(file_quality) - 2 * step]
    size = analysis_size(rgb.shape[1], rgb.shape[0])
    bgr = _bgr(rgb)
    work = _Workspace(bgr.shape)
    layers = []
    for q in qualities:
        squared = _squared(work.mean_abs_difference(bgr, _recompressed(bgr, q)))
        # _shrink returns a new array (a copy when no shrink is needed): the buffers are reused next round.
        layers.append(_shrink(cv2.GaussianBlur(squared, (0, 0), window_sigma, dst=work.blurred), size))
    stack = np.stack(layers)
    low, high = stack.min(axis=0), stack.max(axis=0)
    best_q, values, best_contrast, majority = None, np.zeros(stack.shape[1:], np.float32), -1.0, None
    for i, quality in enumerate(qualities):
        if quality not in candidates:
            continue
        normalised = (stack[i] - low + eps) / (high - low + eps)
        median = float(np.median(normalised))
        if median < 0.5:  # most of the picture dips at this quality: bright where a part does not
            score, side = (normalised - median) / max(1.0 - median, 1e-6), "dip"
        else:  # most of the picture does not dip: bright where a part does (the textbook ghost)
            score, side = (median - normalised) / max(median, 1e-6), "no_dip"
        score = np.clip(score, 0, 1)
        contrast = float(np.percentile(score, 99) - np.median(score))
        if contrast > best_contrast:
            best_q, values, best_contrast, majority = quality, score, contrast, side
    values = np.clip(values, 0, 1).astype(np.float32)
    params = {"file_quality": int(file_quality), "qualities": qualities, "window_sigma_px": window_sigma,
              "eps": eps, "resolution": list(size), "shown_quality": best_q, "majority": majority}
    return _made("jpeg_ghost", values, params, input_sha256)


def double_quantisation(rgb: np.ndarray, jpeg_bytes: bytes, input_sha256: str = "", *,
                        orientation: int = 1) -> Heatmap | None:
    """The aligned double-JPEG map of reviewer.detect.double_jpeg for a JPEG file, or None when the file's
    header gives no luminance table (or its samples are not YCbCr/grey). ``rgb`` is the decoded picture as
    displayed; ``orientation`` the file's EXIF orientation (the 8x8 grid is the stored picture's)."""
    import cv2

    from reviewer.detect import double_jpeg as dj

    header = dj.read_jpeg_header(jpeg_bytes)
    table = None if header is None else header.luma_table
    if table is None or not header.ycbcr:
        return None
    stored = dj.to_stored(rgb, orientation)
    found = dj.analyse(dj.luma_of(stored), table)
    height, width = stored.shape[:2]
    rows, cols = found.probability.shape
    # Each block's value over its 8x8 pixels; the partial blocks at the right and bottom edges (outside
    # the whole-block grid) take their neighbour's.
    blocks = cv2.resize(found.probability, (max(1, cols * 8), max(1, rows * 8)), interpolation=cv2.INTER_NEAREST)
    if rows == 0 or cols == 0:
        full = np.zeros((height, width), np.float32)
    else:
        full = cv2.copyMakeBorder(blocks, 0, height - rows * 8, 0, width - cols * 8, cv2.BORDER_REPLICATE)
    displayed = dj.to_displayed(full, orientation)
    size = analysis_size(displayed.shape[1], displayed.shape[0])
    values = np.clip(_shrink(displayed, size), 0, 1).astype(np.float32)
    params = {"earlier_grid": found.earlier_grid, "orientation": int(orientation), "resolution": list(size),
              "frequencies_zigzag": list(dj.FREQUENCIES), "noise_dct": dj.NOISE_DCT, "min_gain": dj.MIN_GAIN,
              "min_frequencies": dj.MIN_FREQUENCIES, "prior_edited": dj.PRIOR_EDITED,
              "smooth_blocks": dj.SMOOTH_BLOCKS, "file_steps": list(found.file_steps),
              "first_steps": [{"zigzag": f.zigzag, "q2": f.q2, "q1": f.q1, "share": round(f.share, 4),
                               "gain": round(f.gain, 4)} for f in found.steps]}
    return _made("double_jpeg", values, params, input_sha256)


def region_density(detections: Detections, width: int, height: int) -> Heatmap:
    """Where the detector found sensitive regions, each weighted by its score (a smoothed overlay)."""
    import cv2

    size = analysis_size(width, height)
    sx, sy = size[0] / width, size[1] / height
    values = np.zeros((size[1], size[0]), np.float32)
    for region in detections.regions:
        if region.group == "other":
            continue
        x0, y0 = int(region.x0 * sx), int(region.y0 * sy)
        x1, y1 = max(x0 + 1, int(np.ceil(region.x1 * sx))), max(y0 + 1, int(np.ceil(region.y1 * sy)))
        block = values[y0:y1, x0:x1]
        np.maximum(block, np.float32(region.score), out=block)
    sigma = 0.01 * max(size)
    values = np.clip(cv2.GaussianBlur(values, (0, 0), sigma), 0, 1).astype(np.float32)
    params = {"groups": ["exposed", "covered", "face"], "blur_sigma_px": round(sigma, 3), "resolution": list(size)}
    return _made("region_density", values, params, detections.method.get("input_sha256", ""),
                 detections.method.get("model_sha256"))


def heatmaps_for_array(rgb: np.ndarray, *, jpeg_bytes: bytes | None = None, detections: Detections | None = None,
                       full_size: tuple[int, int] | None = None, input_sha256: str = "",
                       orientation: int = 1) -> list[Heatmap]:
    """All maps for a full-resolution RGB image (as displayed); the double-quantisation map, ELA and ghosts
    only when ``jpeg_bytes`` (its file, whose EXIF ``orientation`` turned it upright) is given."""
    width, height = full_size or (rgb.shape[1], rgb.shape[0])
    maps: list[Heatmap] = []
    if detections is not None:
        maps.append(region_density(detections, width, height))
    maps.append(noise_residual(rgb, input_sha256))
    maps.append(local_noise_variance(rgb, input_sha256))
    if jpeg_bytes is not None:
        dq = double_quantisation(rgb, jpeg_bytes, input_sha256, orientation=orientation)
        if dq is not None:
            maps.append(dq)
        maps.append(error_level(rgb, ELA_QUALITY, input_sha256))
        # No readable table (rare): the ghost then assumes the usual 90; the quality used is recorded either way.
        maps.append(jpeg_ghost(rgb, jpeg_quality(jpeg_bytes) or 90, input_sha256))
    return maps


def heatmaps_for(media: Media, detections: Detections | None = None) -> list[Heatmap]:
    """The maps of a still image (full-resolution decode). Raises NotAStillImage for a video,
    and the media package's typed errors when the image cannot be decoded."""
    from reviewer.detect.errors import NotAStillImage

    if media.kind != "image":
        raise NotAStillImage(f"{media.name} is a {media.kind}")
    from reviewer.media.images import read_header

    decoded = media.decode()
    jpeg = media.format == "jpeg"
    return heatmaps_for_array(decoded.rgb, jpeg_bytes=media.data if jpeg else None,
                              detections=detections, full_size=(media.width, media.height),
                              input_sha256=media.sha256,
                              orientation=read_header(media.data, media.limits).orientation if jpeg else 1)
