"""Aligned double-JPEG (double quantisation) map: where a JPEG does NOT carry the earlier save the rest carries.

A photo straight from a camera or phone is a JPEG. An "undressing" edit repaints a region and the
result is saved again as JPEG. In every 8x8 block the editor left alone, each DCT coefficient has then
been quantised twice, first with the camera's step q1 and then with the file's step q2: its values
cluster on a comb (some multiples of q2 never occur, others twice as often). In a repainted block the
coefficients were quantised once, by q2 only, and fill every value. Lin et al. (2009, "Fast, automatic
and fine-grained tampered JPEG image detection via DCT coefficient analysis") and Bianchi and Piva
(2012, "Image forgery localization via block-grained analysis of JPEG artifacts") turn this into a
per-block likelihood; this module follows Bianchi and Piva's simplified model:

- the DCT of each 8x8 block of the luminance, on the file's grid, divided by the file's luminance
  table gives the quantised values k (the pixels are read back from the decoded RGB: the rounding this
  adds is the ``noise_dct`` below);
- for each low-frequency coefficient, the first step q1 is estimated by maximum likelihood (EM on the
  mixture "double-quantised with q1" / "single"), where double quantisation multiplies the smooth
  density of k by n(k) * q1 / q2, n(k) being how many first-quantised values land on k;
- a block's evidence is the sum over those coefficients of log(1 / (n(k) q1 / q2)), zero values
  excepted (they say nothing); smoothed over neighbouring blocks and turned into a probability with a
  prior of 10 % edited. Brighter = more likely edited (quantised once where the rest was twice).

Limits, stated with the map: it needs the file to keep the earlier 8x8 grid (lost after a resize, a
crop that is not a multiple of 8, or a screenshot) and a later save at a higher quality than the
earlier one (a second save at a lower quality, as platforms do, erases it); it says nothing on a
JPEG saved only once (no earlier grid: ``earlier_grid`` is False and the map is black).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ZIGZAG = np.array([0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27,
                   20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58,
                   59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63])  # zigzag index -> row*8 + col


@dataclass(frozen=True)
class JpegHeader:
    """What the map needs from a JPEG's header: its quantisation tables (natural order, 8x8), the
    table of each component, and whether the samples are YCbCr (False for Adobe RGB/CMYK files)."""

    tables: dict[int, np.ndarray]
    component_tables: tuple[int, ...]
    ycbcr: bool

    @property
    def luma_table(self) -> np.ndarray | None:
        """The 8x8 table of the first component (luminance), or None when absent."""
        if not self.component_tables:
            return self.tables.get(0)
        return self.tables.get(self.component_tables[0])


def read_jpeg_header(data: bytes) -> JpegHeader | None:
    """Quantisation tables and components from the segments before the first scan; None when ``data``
    is not a JPEG or its header is malformed (never raises: the map is then simply not made)."""
    if not data.startswith(b"\xff\xd8"):
        return None
    tables: dict[int, np.ndarray] = {}
    components: tuple[int, ...] = ()
    adobe_transform: int | None = None
    pos = 2
    try:
        while pos + 4 <= len(data):
            if data[pos] != 0xFF:
                return None
            marker = data[pos + 1]
            if marker == 0xFF:  # fill byte
                pos += 1
                continue
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                pos += 2
                continue
            length = int.from_bytes(data[pos + 2: pos + 4], "big")
            segment = data[pos + 4: pos + 2 + length]
            if marker == 0xDA:  # start of scan: every table the first scan needs is defined by now
                break
            if marker == 0xDB:
                p = 0
                while p < len(segment):
                    precision, ident = segment[p] >> 4, segment[p] & 0x0F
                    n = 128 if precision else 64
                    raw = segment[p + 1: p + 1 + n]
                    if len(raw) != n:
                        return None
                    values = np.frombuffer(raw, ">u2" if precision else np.uint8).astype(np.int64)
                    natural = np.empty(64, np.int64)
                    natural[ZIGZAG] = values  # the file stores tables in zigzag order
                    tables[ident] = natural.reshape(8, 8)
                    p += 1 + n
            elif 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                count = segment[5]
                components = tuple(segment[6 + 3 * i + 2] for i in range(count))
            elif marker == 0xEE and segment.startswith(b"Adobe") and len(segment) >= 12:
                adobe_transform = segment[11]
            pos += 2 + length
    except IndexError:
        return None
    if not tables:
        return None
    # Three components are YCbCr unless an Adobe marker says "no transform" (RGB); four are CMYK/YCCK.
    ycbcr = len(components) == 1 or (len(components) == 3 and adobe_transform != 0)
    return JpegHeader(tables, components, ycbcr)


# Orientation (EXIF 1-8) as numpy steps from the stored pixels to the displayed ones, and back.
def to_displayed(values: np.ndarray, orientation: int) -> np.ndarray:
    """``values`` (stored orientation) as displayed under EXIF ``orientation`` (as Pillow's transpose does)."""
    steps = {1: lambda a: a, 2: lambda a: a[:, ::-1], 3: lambda a: a[::-1, ::-1], 4: lambda a: a[::-1],
             5: lambda a: a.swapaxes(0, 1), 6: lambda a: np.rot90(a, -1), 7: lambda a: a[::-1, ::-1].swapaxes(0, 1),
             8: lambda a: np.rot90(a, 1)}
    return np.ascontiguousarray(steps.get(orientation, steps[1])(values))


def to_stored(values: np.ndarray, orientation: int) -> np.ndarray:
    """The inverse of ``to_displayed``."""
    inverse = {6: 8, 8: 6}.get(orientation, orientation)
    return to_displayed(values, inverse)


def _dct_matrix() -> np.ndarray:
    """The orthonormal 8-point DCT-II (JPEG's forward DCT is exactly its 2-D form)."""
    n = np.arange(8)
    matrix = np.sqrt(2 / 8) * np.cos((2 * n[None, :] + 1) * n[:, None] * np.pi / 16)
    matrix[0] /= np.sqrt(2)
    return matrix


def block_dct(luma: np.ndarray) -> np.ndarray:
    """(rows, cols, 8, 8) DCT coefficients of the whole 8x8 blocks of ``luma`` (float), level-shifted by 128."""
    rows, cols = luma.shape[0] // 8, luma.shape[1] // 8
    # float32: coefficients reach about 1000 and are divided by steps >= 1, so its 7 digits are plenty, and
    # a 12-megapixel photo's blocks take 48 MB instead of 96.
    blocks = (luma[: rows * 8, : cols * 8].astype(np.float32) - 128.0).reshape(rows, 8, cols, 8).transpose(0, 2, 1, 3)
    c = _dct_matrix().astype(np.float32)
    return np.einsum("ij,rcjk,lk->rcil", c, blocks, c, optimize=True)


def _normal_cdf(x: np.ndarray) -> np.ndarray:
    """Standard normal CDF, vectorised (Abramowitz and Stegun 7.1.26 for erf, error below 1.5e-7)."""
    z = np.abs(x) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = 1.0 - poly * np.exp(-z * z)
    return 0.5 * (1.0 + np.sign(x) * erf)


def comb_ratio(q1: int, q2: int, ks: np.ndarray, noise: float) -> np.ndarray:
    """r(k) = n(k) * q1 / q2: how much more (or less) often value k occurs after quantising with q1 then q2
    than after q2 alone, for a smooth coefficient density; ``noise`` (DCT units) is the rounding between."""
    centres = ks[:, None] * q2
    lowest = int(np.floor((ks.min() - 1) * q2 / q1)) - 2
    highest = int(np.ceil((ks.max() + 1) * q2 / q1)) + 2
    m = np.arange(lowest, highest + 1)[None, :] * q1
    upper = _normal_cdf((centres + q2 / 2 - m) / noise)
    lower = _normal_cdf((centres - q2 / 2 - m) / noise)
    return (upper - lower).sum(axis=1) * q1 / q2


@dataclass(frozen=True)
class FirstStep:
    """For one DCT frequency: the estimated first step, the share of coefficients fitting it, the gain in
    log-likelihood per coefficient over "quantised once"."""

    zigzag: int
    q2: int
    q1: int
    share: float
    gain: float


KMAX = 60  # values beyond +-KMAX are rare and left out of the fit and the evidence


def estimate_first_step(k: np.ndarray, q2: int, zigzag: int, *, noise: float, max_q1: int) -> FirstStep:
    """Maximum-likelihood first step for the quantised values ``k`` of one frequency (zeros excluded).

    For each candidate q1 the mixture share of double-quantised coefficients is fitted by EM; the q1
    with the highest log-likelihood wins (q1 == q2 means no evidence of a first quantisation).
    """
    values = k[(k != 0) & (np.abs(k) <= KMAX)]
    if values.size == 0:
        return FirstStep(zigzag, q2, q2, 0.0, 0.0)
    ks, counts = np.unique(values, return_counts=True)
    best = FirstStep(zigzag, q2, q2, 0.0, 0.0)
    total = counts.sum()
    for q1 in range(1, max_q1 + 1):
        if q1 == q2:
            continue
        ratio = comb_ratio(q1, q2, ks, noise)
        share = 0.5
        for _ in range(25):
            double = share * ratio
            posterior = double / (double + 1.0 - share)
            share = float(np.clip((counts * posterior).sum() / total, 1e-3, 1.0 - 1e-3))
        gain = float((counts * np.log(share * ratio + 1.0 - share)).sum() / total)
        if gain > best.gain:
            best = FirstStep(zigzag, q2, q1, share, gain)
    return best


# Parameters, recorded with every map.
FREQUENCIES = tuple(range(1, 16))  # zigzag positions 1..15: the AC coefficients most blocks carry
NOISE_DCT = 0.6  # rounding between the two saves, in DCT units (8-bit pixels, colour conversion)
MIN_GAIN = 0.03  # nats per coefficient: below this a frequency shows no earlier quantisation
MIN_VALUES = 200  # non-zero coefficients needed to fit a frequency
MIN_FREQUENCIES = 3  # frequencies with a coarser earlier step needed to say "earlier grid found"
CLIP = 3.0  # at most this much evidence (nats) from one coefficient
PRIOR_EDITED = 0.1
SMOOTH_BLOCKS = 1.5


@dataclass(frozen=True)
class DoubleQuantisation:
    """The map at block resolution (stored orientation) and what was found."""

    probability: np.ndarray  # (rows, cols) float32 in [0, 1]
    steps: tuple[FirstStep, ...]  # the frequencies used
    earlier_grid: bool
    file_steps: tuple[int, ...]


def analyse(luma: np.ndarray, table: np.ndarray) -> DoubleQuantisation:
    """The double-quantisation evidence of ``luma`` (HxW float, stored orientation, on the JPEG's grid)
    saved with the luminance ``table`` (8x8, natural order)."""
    import cv2

    coefficients = block_dct(luma)
    rows, cols = coefficients.shape[:2]
    evidence = np.zeros((rows, cols), np.float64)
    used: list[FirstStep] = []
    file_steps = []
    for zigzag in FREQUENCIES:
        u, v = divmod(int(ZIGZAG[zigzag]), 8)
        q2 = int(table[u, v])
        file_steps.append(q2)
        k = np.rint(coefficients[:, :, u, v] / q2).astype(np.int64)
        if np.count_nonzero(k) < MIN_VALUES:
            continue
        step = estimate_first_step(k.ravel(), q2, zigzag, noise=NOISE_DCT, max_q1=min(3 * q2 + 16, 64))
        # Only a coarser earlier step leaves a comb with empty values; a finer one (a later save at lower
        # quality) leaves too weak a trace to localise anything, and is not counted as an earlier grid.
        if step.q1 <= q2 or step.gain < MIN_GAIN:
            continue
        used.append(step)
        informative = (k != 0) & (np.abs(k) <= KMAX)
        ks = np.arange(-KMAX, KMAX + 1)
        ratio = comb_ratio(step.q1, q2, ks, NOISE_DCT)
        log_single = np.clip(-np.log(np.maximum(ratio, 1e-9)), -CLIP, CLIP)
        evidence += np.where(informative, log_single[np.clip(k, -KMAX, KMAX) + KMAX], 0.0)
    earlier = len(used) >= MIN_FREQUENCIES
    if not earlier:
        return DoubleQuantisation(np.zeros((rows, cols), np.float32), tuple(used), False, tuple(file_steps))
    # Edits cover many blocks: a block's evidence is averaged with its neighbours' (Gaussian over blocks),
    # which steadies the few coefficients of one block. No evidence (flat areas) leaves the prior: dark.
    smoothed = cv2.GaussianBlur(evidence, (0, 0), SMOOTH_BLOCKS, borderType=cv2.BORDER_REFLECT)
    logit = smoothed + np.log(PRIOR_EDITED / (1 - PRIOR_EDITED))
    probability = (1.0 / (1.0 + np.exp(-logit))).astype(np.float32)
    return DoubleQuantisation(probability, tuple(used), True, tuple(file_steps))


def luma_of(rgb: np.ndarray) -> np.ndarray:
    """JPEG's luminance (ITU-R BT.601, full range) of decoded RGB, unrounded (float32)."""
    luma = rgb[..., 0].astype(np.float32) * np.float32(0.299)
    luma += rgb[..., 1].astype(np.float32) * np.float32(0.587)
    luma += rgb[..., 2].astype(np.float32) * np.float32(0.114)
    return luma
