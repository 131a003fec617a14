"""decode_image: real sample files and synthetic images in every colour mode."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from reviewer.media import DEFAULT_LIMITS, DecodedImage, decode_image


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def gradient(w: int = 64, h: int = 48) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    return np.dstack([x * 255 // (w - 1), y * 255 // (h - 1), (x + y) % 256]).astype(np.uint8)


@pytest.mark.parametrize("name", ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"])
def test_samples_decode_to_rgb_of_the_header_size(samples_dir, name):
    data = (samples_dir / name).read_bytes()
    decoded = decode_image(data)
    with Image.open(io.BytesIO(data)) as image:
        w, h = image.size
    assert isinstance(decoded, DecodedImage)
    assert decoded.rgb.shape == (h, w, 3) and decoded.rgb.dtype == np.uint8
    assert decoded.rgb.flags["C_CONTIGUOUS"]
    assert decoded.full_size == (w, h) and decoded.scale == 1.0


@pytest.mark.parametrize("name", ["astronaut.png", "rocket.jpg"])
def test_reduced_decode_respects_max_side_and_reports_scale(samples_dir, name):
    decoded = decode_image((samples_dir / name).read_bytes(), max_side=100)
    h, w = decoded.rgb.shape[:2]
    assert max(w, h) == 100
    assert decoded.scale == pytest.approx(w / decoded.full_size[0])
    full = decode_image((samples_dir / name).read_bytes())
    # Same picture: the reduced decode matches a shrunk full decode closely.
    import cv2

    shrunk = cv2.resize(full.rgb, (w, h), interpolation=cv2.INTER_AREA)
    assert np.abs(shrunk.astype(int) - decoded.rgb.astype(int)).mean() < 6


@pytest.mark.parametrize(
    "mode",
    ["L", "P", "CMYK", "I;16", "I", "LA", "RGBA", "1", "RGB"],
)
def test_colour_modes_become_8bit_rgb(mode):
    rgb = gradient()
    base = Image.fromarray(rgb)
    if mode == "I;16":
        grey16 = (np.asarray(base.convert("L")).astype(np.uint16) * 257)
        image = Image.fromarray(grey16)
        assert image.mode == "I;16"
    elif mode == "I":
        image = Image.fromarray(np.asarray(base.convert("L")).astype(np.int32) * 257)
    else:
        image = base.convert(mode)
    fmt = "TIFF" if mode in ("CMYK", "I") else "PNG"
    decoded = decode_image(encode(image, fmt))
    assert decoded.rgb.shape == (48, 64, 3) and decoded.rgb.dtype == np.uint8
    expected_grey = np.asarray(base.convert("L")).astype(int)
    if mode in ("L", "I;16", "I", "LA"):
        assert np.abs(decoded.rgb[:, :, 0].astype(int) - expected_grey).max() <= 1
    if mode in ("LA", "RGBA"):
        assert decoded.alpha is not None and decoded.alpha.shape == (48, 64)
    else:
        assert decoded.alpha is None
    if mode in ("RGB", "CMYK", "RGBA"):
        assert np.abs(decoded.rgb.astype(int) - rgb.astype(int)).max() <= 2


def test_sixteen_bit_rgb_png_is_reduced_to_8bit(tmp_path):
    import cv2

    rgb16 = gradient().astype(np.uint16) * 257
    ok, png = cv2.imencode(".png", rgb16[:, :, ::-1])
    assert ok
    decoded = decode_image(png.tobytes())
    assert decoded.rgb.dtype == np.uint8
    assert np.abs(decoded.rgb.astype(int) - gradient().astype(int)).max() <= 1


def test_transparent_palette_keeps_alpha():
    image = Image.new("RGBA", (20, 10), (255, 0, 0, 255))
    image.paste((0, 0, 0, 0), (0, 0, 10, 10))
    decoded = decode_image(encode(image.convert("P"), "PNG", transparency=0) if False else encode(image, "PNG"))
    assert decoded.alpha is not None
    assert decoded.alpha[:, :10].max() == 0 and decoded.alpha[:, 10:].min() == 255


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied(orientation):
    # A 40x20 picture whose left half is red; stored so that each orientation shows it upright.
    upright = np.zeros((20, 40, 3), np.uint8)
    upright[:, :20] = (255, 0, 0)
    inverse = {
        1: None,
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_90,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_270,
    }[orientation]
    stored = Image.fromarray(upright)
    if inverse is not None:
        stored = stored.transpose(inverse)
    exif = Image.Exif()
    exif[0x0112] = orientation
    decoded = decode_image(encode(stored, "JPEG", quality=95, exif=exif.tobytes()))
    assert decoded.full_size == (40, 20)
    assert decoded.rgb.shape == (20, 40, 3)
    assert decoded.rgb[10, 5, 0] > 200 and decoded.rgb[10, 35, 0] < 60


_INVERSE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90,
            7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}


def png_with_exif_chunk(stored: Image.Image, orientation: int, *, before: bytes) -> bytes:
    """A PNG of ``stored`` with an eXIf chunk (orientation tag) inserted before the first ``before`` chunk."""
    import struct
    import zlib

    plain = encode(stored, "PNG")
    exif = Image.Exif()
    exif[0x0112] = orientation
    body = exif.tobytes()
    chunk = struct.pack(">I", len(body)) + b"eXIf" + body + struct.pack(">I", zlib.crc32(b"eXIf" + body))
    at = plain.index(before) - 4  # the chunk starts with its length
    return plain[:at] + chunk + plain[at:]


@pytest.mark.parametrize("orientation", range(1, 9))
def test_png_exif_orientation_before_the_pixels_is_applied_as_browsers_do(orientation):
    upright = np.zeros((20, 40, 3), np.uint8)
    upright[:, :20] = (255, 0, 0)
    stored = Image.fromarray(upright)
    if _INVERSE[orientation] is not None:
        stored = stored.transpose(_INVERSE[orientation])
    data = png_with_exif_chunk(stored, orientation, before=b"IDAT")
    decoded = decode_image(data)
    assert decoded.full_size == (40, 20)
    assert decoded.rgb.shape == (20, 40, 3)
    assert decoded.rgb[10, 5, 0] == 255 and decoded.rgb[10, 35, 0] == 0


def test_png_exif_after_the_pixels_is_ignored_as_browsers_do():
    upright = np.zeros((20, 40, 3), np.uint8)
    upright[:, :20] = (255, 0, 0)
    data = png_with_exif_chunk(Image.fromarray(upright), 6, before=b"IEND")
    decoded = decode_image(data)
    assert decoded.rgb.shape == (20, 40, 3) and decoded.rgb[10, 5, 0] == 255


def test_png_orientation_reaches_the_described_size_and_pdq(tmp_path):
    from reviewer.media import ingest

    upright = gradient(64, 48)
    path = tmp_path / "turned.png"
    path.write_bytes(png_with_exif_chunk(Image.fromarray(upright).transpose(Image.Transpose.ROTATE_90), 6,
                                         before=b"IDAT"))
    plain = tmp_path / "plain.png"
    plain.write_bytes(encode(Image.fromarray(upright), "PNG"))
    turned, reference = ingest(path), ingest(plain)
    assert (turned.width, turned.height) == (64, 48)
    assert turned.pdq.hex == reference.pdq.hex  # the same picture once shown upright


@pytest.mark.filterwarnings("ignore:Corrupt EXIF")  # Pillow warns; the app silences PIL warnings
def test_png_with_a_damaged_exif_chunk_is_shown_as_stored():
    import struct
    import zlib

    plain = encode(Image.fromarray(gradient(64, 48)), "PNG")
    body = b"MM\x00*garbage that is not a TIFF directory"
    chunk = struct.pack(">I", len(body)) + b"eXIf" + body + struct.pack(">I", zlib.crc32(b"eXIf" + body))
    at = plain.index(b"IDAT") - 4
    decoded = decode_image(plain[:at] + chunk + plain[at:])
    assert decoded.rgb.shape == (48, 64, 3)


def test_reduced_jpeg_decode_applies_orientation_too():
    upright = np.zeros((200, 400, 3), np.uint8)
    upright[:, :200] = (255, 0, 0)
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(Image.fromarray(upright).transpose(Image.Transpose.ROTATE_90), "JPEG", exif=exif.tobytes())
    decoded = decode_image(data, max_side=100)
    assert decoded.rgb.shape == (50, 100, 3)
    assert decoded.full_size == (400, 200)
    assert decoded.rgb[25, 10, 0] > 200 and decoded.rgb[25, 90, 0] < 60


@pytest.mark.parametrize("fmt", ["WEBP", "BMP", "TIFF", "GIF", "JPEG", "PNG"])
def test_every_supported_image_format_decodes(fmt):
    rgb = gradient()
    decoded = decode_image(encode(Image.fromarray(rgb), fmt))
    assert decoded.rgb.shape == (48, 64, 3)
    tolerance = 40 if fmt in ("GIF", "JPEG", "WEBP") else 0
    assert np.abs(decoded.rgb.astype(int) - rgb.astype(int)).mean() <= tolerance


def test_gif_gives_first_frame():
    frames = [Image.new("RGB", (16, 16), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    decoded = decode_image(data)
    assert tuple(decoded.rgb[8, 8]) == (255, 0, 0)


def test_default_limits_are_safe():
    assert DEFAULT_LIMITS.max_pixels == 100_000_000
    assert DEFAULT_LIMITS.max_image_bytes == 256 * 1024**2


def test_read_header_gives_displayed_size_without_decoding():
    from reviewer.media.images import read_header

    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    data = encode(Image.new("RGB", (80, 20)), "JPEG", exif=exif.tobytes())
    header = read_header(data)
    assert header.stored_size == (80, 20) and header.size == (20, 80) and header.orientation == 6


def test_multi_picture_jpeg_gives_its_first_picture():
    first, second = Image.new("RGB", (40, 30), (200, 0, 0)), Image.new("RGB", (40, 30), (0, 200, 0))
    data = encode(first, "MPO", save_all=True, append_images=[second])
    decoded = decode_image(data)
    assert decoded.rgb.shape == (30, 40, 3) and decoded.rgb[5, 5, 0] > 150
