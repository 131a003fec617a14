"""The forensic evaluation set: undress-like edits of neutral photos, with exact masks, made on demand.

Nothing here is stored: every case is rebuilt from the neutral photos below with fixed seeds, so two
runs give the same bytes (bench/forensics_bench.py uses the whole set; tests use ``small_set()``).

How one case is made, and why:
1. The photo as a camera would have left it: decoded, saved once as JPEG at a seeded quality 80-92
   (phones and cameras save JPEG; this is the "earlier grid" a double-quantisation map looks for).
   These bytes are also "the original photo" the victim would hold, for the reference comparison.
2. An edit over a torso-sized irregular mask (a seeded blob, 9-16 % of the picture, centred low as a
   torso is in a portrait), of one of five kinds mimicking what "undressing" tools do:
   inpaint_telea / inpaint_ns (OpenCV's cv2.inpaint: the region repainted from its border),
   splice (the region taken from another photo of the set), regenerate (a smooth repainting with noise
   added at the photo's own noise level, as a generator pasted back would leave), copy_move (the region
   copied from elsewhere in the same photo).
3. Post-processing as platforms do it (``CONDITIONS``): lossless PNG; JPEG q95 once; JPEG q90 then
   q75; downscaled to 60 % (as 1800 -> 1080 px) + JPEG q80; a "screenshot" at 50 % saved as PNG; a
   crop of 6 % off the top-left + 80 % resize + JPEG q85. The mask goes through the same geometry.
Controls are the same photos through the same post-processing, unedited.

The photos are small (300-640 px): the resize conditions are stated as ratios, which is what matters
to the cues (how many pixels are averaged), not the absolute sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PHOTOS = (
    ROOT / "resources" / "samples" / "astronaut.png",
    ROOT / "resources" / "samples" / "chelsea.png",
    ROOT / "resources" / "samples" / "coffee.png",
    ROOT / "resources" / "samples" / "rocket.jpg",
    ROOT / "tests" / "data" / "photos" / "camera.png",
    ROOT / "tests" / "data" / "photos" / "ihc.png",
)
EDITS = ("inpaint_telea", "inpaint_ns", "splice", "regenerate", "copy_move")
CONDITIONS = ("lossless", "jpeg95", "jpeg90_75", "resize60_q80", "screenshot50", "crop_resize_q85")
# Conditions after which the picture still carries the camera's 8x8 grid, aligned, under a single later
# save at a higher quality: the only one where the double-quantisation map has anything to read.
SINGLE_SAVE_JPEG = ("jpeg95",)


@dataclass(frozen=True)
class Case:
    """One picture of the set. ``mask`` (bool HxW, in the picture's own pixels) is all False for a control."""

    photo: str
    edit: str  # one of EDITS, or "none" for a control
    condition: str
    data: bytes  # the file as a platform would serve it
    name: str  # a file name with the right extension
    mask: np.ndarray
    original: bytes  # the photo as the camera saved it (the reference a victim holds)

    @property
    def edited(self) -> bool:
        return self.edit != "none"


def _rgb(path: Path) -> np.ndarray:
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if bgr is None:
        raise FileNotFoundError(path)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def jpeg_bytes(rgb: np.ndarray, quality: int) -> bytes:
    """``rgb`` saved as JPEG at ``quality`` (OpenCV's libjpeg, standard tables)."""
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def png_bytes(rgb: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    assert ok
    return data.tobytes()


def decoded(data: bytes) -> np.ndarray:
    return cv2.cvtColor(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def torso_mask(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """An irregular blob about the size of a torso in a portrait: 9-16 % of the picture, centred low."""
    h, w = shape[:2]
    cx, cy = w * rng.uniform(0.42, 0.58), h * rng.uniform(0.55, 0.68)
    rx, ry = w * rng.uniform(0.17, 0.22), h * rng.uniform(0.19, 0.24)
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    radius = np.ones_like(angles)
    for harmonic in range(2, 6):  # a wobbly outline, not an ellipse: edits follow clothing, not geometry
        radius += rng.uniform(0.03, 0.09) * np.cos(harmonic * angles + rng.uniform(0, 2 * np.pi))
    points = np.stack([cx + rx * radius * np.cos(angles), cy + ry * radius * np.sin(angles)], 1)
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [np.round(points).astype(np.int32)], 1)
    return mask.astype(bool)


def noise_sigma(rgb: np.ndarray) -> float:
    """The photo's noise level (Immerkaer 1996), in grey levels: what a regenerated region is given."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float64)
    kernel = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], np.float64)
    response = cv2.filter2D(grey, -1, kernel)[1:-1, 1:-1]
    return float(np.sqrt(np.pi / 2) * np.abs(response).mean() / 6.0)


def _filled(donor: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``donor`` scaled to cover ``shape`` (HxW) and centre-cropped to it."""
    h, w = shape[:2]
    scale = max(h / donor.shape[0], w / donor.shape[1])
    big = cv2.resize(donor, (max(w, round(donor.shape[1] * scale)), max(h, round(donor.shape[0] * scale))),
                     interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    y0, x0 = (big.shape[0] - h) // 2, (big.shape[1] - w) // 2
    return big[y0:y0 + h, x0:x0 + w]


def edited(photo: np.ndarray, mask: np.ndarray, kind: str, donor: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """``photo`` with the ``mask`` region replaced as an edit of ``kind`` does it."""
    m8 = mask.astype(np.uint8) * 255
    out = photo.copy()
    if kind == "inpaint_telea":
        return cv2.inpaint(photo, m8, 7, cv2.INPAINT_TELEA)
    if kind == "inpaint_ns":
        return cv2.inpaint(photo, m8, 7, cv2.INPAINT_NS)
    if kind == "splice":
        out[mask] = _filled(donor, photo.shape)[mask]
        return out
    if kind == "regenerate":
        # A generator's repainting: plausible low-frequency content (the border colours plus the donor's
        # shapes), its own fine texture replaced by noise at the photo's level, so noise maps see no gap.
        base = cv2.inpaint(photo, m8, 7, cv2.INPAINT_NS).astype(np.float64)
        shapes = cv2.GaussianBlur(_filled(donor, photo.shape).astype(np.float64), (0, 0), 4)
        shapes -= cv2.GaussianBlur(shapes, (0, 0), 25)
        content = base + 0.8 * shapes + rng.normal(0, noise_sigma(photo), photo.shape)
        out[mask] = np.clip(np.rint(content), 0, 255).astype(np.uint8)[mask]
        return out
    if kind == "copy_move":
        h, w = mask.shape
        ys, xs = np.nonzero(mask)
        # The largest shift that keeps the source inside the picture, up or sideways: another part of the scene.
        dy = -int(ys.min()) if rng.random() < 0.5 else 0
        dx = (w - 1 - int(xs.max())) if dy == 0 else int(rng.integers(-xs.min(), w - xs.max()))
        source = np.zeros_like(out)
        shifted = np.roll(np.roll(photo, -dy, axis=0), -dx, axis=1)  # pixel (y, x) <- (y + dy, x + dx)
        source[mask] = shifted[mask]
        out[mask] = source[mask]
        return out
    raise ValueError(kind)


def _resized(rgb: np.ndarray, mask: np.ndarray, factor: float, interpolation: int) -> tuple[np.ndarray, np.ndarray]:
    size = (max(1, round(rgb.shape[1] * factor)), max(1, round(rgb.shape[0] * factor)))
    small = cv2.resize(rgb, size, interpolation=interpolation)
    small_mask = cv2.resize(mask.astype(np.float32), size, interpolation=cv2.INTER_AREA) >= 0.5
    return small, small_mask


def processed(rgb: np.ndarray, mask: np.ndarray, condition: str) -> tuple[bytes, str, np.ndarray]:
    """(file bytes, extension, mask in the file's pixels) after ``condition``'s post-processing."""
    if condition == "lossless":
        return png_bytes(rgb), "png", mask
    if condition == "jpeg95":
        return jpeg_bytes(rgb, 95), "jpg", mask
    if condition == "jpeg90_75":
        return jpeg_bytes(decoded(jpeg_bytes(rgb, 90)), 75), "jpg", mask
    if condition == "resize60_q80":
        small, small_mask = _resized(rgb, mask, 0.6, cv2.INTER_AREA)
        return jpeg_bytes(small, 80), "jpg", small_mask
    if condition == "screenshot50":
        small, small_mask = _resized(rgb, mask, 0.5, cv2.INTER_LINEAR)
        return png_bytes(small), "png", small_mask
    if condition == "crop_resize_q85":
        h, w = mask.shape
        y0, x0 = round(0.06 * h), round(0.06 * w)  # off the 8x8 grid on purpose, as a crop usually is
        small, small_mask = _resized(rgb[y0:, x0:], mask[y0:, x0:], 0.8, cv2.INTER_CUBIC)
        return jpeg_bytes(small, 85), "jpg", small_mask
    raise ValueError(condition)


def camera_jpeg(photo_index: int) -> bytes:
    """The photo as a camera would have saved it: JPEG at a quality seeded per photo (80-92)."""
    rng = np.random.default_rng(1000 + photo_index)
    return jpeg_bytes(_rgb(PHOTOS[photo_index]), int(rng.integers(80, 93)))


def build(photos: tuple[int, ...] | None = None, edits: tuple[str, ...] = EDITS,
          conditions: tuple[str, ...] = CONDITIONS, controls: bool = True) -> list[Case]:
    """Every case for ``photos`` (indices into PHOTOS) x ``edits`` x ``conditions``, plus the unedited controls.

    Deterministic: the same arguments give the same bytes and masks. An edit's seed is its position among
    the kinds built (the controls first, then ``edits`` in order), so the bench's cases are those of
    ``build()`` with every edit kind; a test that means to meet the bench's exact case builds them all.
    """
    indices = tuple(range(len(PHOTOS))) if photos is None else photos
    cases: list[Case] = []
    for index in indices:
        original = camera_jpeg(index)
        photo = decoded(original)
        stem = PHOTOS[index].stem
        donor = decoded(camera_jpeg((index + 1) % len(PHOTOS)))
        kinds = (("none",) if controls else ()) + tuple(edits)
        for kind_number, kind in enumerate(kinds):
            rng = np.random.default_rng(index * 100 + kind_number)
            if kind == "none":
                mask, picture = np.zeros(photo.shape[:2], bool), photo
            else:
                mask = torso_mask(photo.shape, rng)
                picture = edited(photo, mask, kind, donor, rng)
            for condition in conditions:
                data, ext, file_mask = processed(picture, mask, condition)
                cases.append(Case(stem, kind, condition, data, f"{stem}-{kind}-{condition}.{ext}", file_mask, original))
    return cases


def small_set() -> list[Case]:
    """A few cases for tests: two photos, two edits, lossless and single-save JPEG, with controls."""
    return build(photos=(0, 2), edits=("inpaint_telea", "splice"), conditions=("lossless", "jpeg95"))


def another_shot(photo_index: int) -> bytes:
    """A different photograph of the same scene, made from one real photo: what a victim might hand over
    as "the original" when it is not the source of the suspect picture.

    A second shot differs from the first everywhere at the pixel level, not only in one region: the
    camera moved (another framing: shifted 7 %, zoomed 8 %, turned 2 degrees), depth makes near and far
    things shift differently (a smooth random displacement of a few pixels, as parallax), the light
    changed (exposure and white balance), something in the scene moved (a patch from elsewhere), and the
    sensor noise is new. Saved as a camera would (JPEG q90).
    """
    rng = np.random.default_rng(5000 + photo_index)
    photo = _rgb(PHOTOS[photo_index]).astype(np.float32)
    h, w = photo.shape[:2]
    angle, zoom = rng.choice([-2.0, 2.0]), 1.08
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), float(angle), zoom)
    matrix[:, 2] += (0.07 * w * rng.choice([-1, 1]), 0.05 * h * rng.choice([-1, 1]))
    grid_x, grid_y = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    parallax = [cv2.GaussianBlur(rng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), w / 10) for _ in range(2)]
    parallax = [p / (np.abs(p).max() + 1e-6) * 0.012 * w for p in parallax]
    inverse = cv2.invertAffineTransform(matrix)
    map_x = (inverse[0, 0] * grid_x + inverse[0, 1] * grid_y + inverse[0, 2] + parallax[0]).astype(np.float32)
    map_y = (inverse[1, 0] * grid_x + inverse[1, 1] * grid_y + inverse[1, 2] + parallax[1]).astype(np.float32)
    shot = cv2.remap(photo, map_x, map_y, cv2.INTER_CUBIC, borderMode=cv2.BORDER_REFLECT)
    moved = torso_mask(shot.shape, rng)
    shot[moved] = np.roll(shot, w // 3, axis=1)[moved]
    shot = shot * rng.uniform(0.85, 0.92) * rng.uniform(0.95, 1.05, 3) + rng.uniform(8, 14)
    shot += rng.normal(0, 2.5, shot.shape)
    return jpeg_bytes(np.clip(np.rint(shot), 0, 255).astype(np.uint8), 90)
