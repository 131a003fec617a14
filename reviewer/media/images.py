"""Decode still images safely: size checked from the header first, colour normalised, EXIF orientation applied.

This is the one place that turns image bytes into pixels. Pillow reads the header lazily, so the
dimensions are known (and refused when too large) before any pixel buffer is allocated. JPEGs are
decoded at a reduced scale by libjpeg itself (Pillow's draft mode) when a smaller image is asked for,
which is much cheaper than decoding at full size and shrinking.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, UnidentifiedImageError

from reviewer.media.deadline import run_with_deadline
from reviewer.media.errors import (
    WHAT_FRAMES, WHAT_PIXELS, CorruptFile, MediaError, TooLarge, UnsupportedCompression, UnsupportedType, described,
    too_many_bytes)
from reviewer.media.limits import DEFAULT_LIMITS, Limits
from reviewer.media.sniff import detect_type

# Pillow's own bomb guard is global; keep it at our default so both agree. Our per-call check
# (Limits.max_pixels, from the header) is the rule; Pillow's hard error (at twice its limit) is a backstop.
Image.MAX_IMAGE_PIXELS = DEFAULT_LIMITS.max_pixels
# Installed once rather than with catch_warnings around each decode, which is not thread-safe and
# decodes run in worker threads: our own pixel check is the rule, so Pillow's bomb warning is noise,
# and so are its warnings about malformed tags it skips in hostile files (the file is still described).
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")


def _register_heif() -> None:
    """Let Pillow open HEIC/HEIF through pillow-heif (libheif + libde265), main picture only.

    Thumbnails, depth maps and auxiliary images (iPhone portrait mattes) are never shown nor hashed, so
    they are not decoded. libheif applies the container's rotation and mirror (irot/imir) while decoding,
    and pillow-heif sets the EXIF orientation it exposes to 1, as HEIF readers must (MIAF): the EXIF
    value an iPhone also writes is not applied a second time.
    """
    import pillow_heif

    pillow_heif.options.THUMBNAILS = False
    pillow_heif.options.DEPTH_IMAGES = False
    pillow_heif.options.AUX_IMAGES = False
    pillow_heif.register_heif_opener()


_register_heif()

# Pillow's own plugins, plus pillow-heif's "HEIF"; AVIF is Pillow's own (libavif with dav1d, Pillow >= 11.3),
# which exposes the AVIF rotation and mirror as an EXIF orientation, applied below like any other.
_PIL_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF", "bmp": "BMP", "tiff": "TIFF",
                "heic": "HEIF", "heif": "HEIF", "avif": "AVIF"}

# EXIF orientation -> Pillow transpose that shows the picture upright.
_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# Everything Pillow raises for a malformed file; anything else is a bug and must surface.
_DECODER_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, KeyError, TypeError,
                   ZeroDivisionError, MemoryError)


@dataclass(frozen=True)
class DecodedImage:
    """Pixels ready to show or analyse.

    rgb: HxWx3 uint8, C-contiguous, upright (EXIF orientation applied).
    alpha: HxW uint8 or None when the image has no transparency.
    scale: decoded width / full displayed width (1.0 at full size).
    full_size: (width, height) of the full displayed image.
    """

    rgb: np.ndarray
    alpha: np.ndarray | None
    scale: float
    full_size: tuple[int, int]


@dataclass(frozen=True)
class ImageHeader:
    """What the header says, read without decoding pixels."""

    format: str
    stored_size: tuple[int, int]  # as stored, before orientation
    orientation: int  # EXIF orientation 1..8 (1 when absent)
    frame_count: int
    bilevel: bool = False  # one bit per pixel (fax and scanned-document TIFFs, 1-bit PNG/BMP)

    @property
    def size(self) -> tuple[int, int]:
        """Displayed (width, height), after EXIF orientation."""
        w, h = self.stored_size
        return (h, w) if self.orientation in (5, 6, 7, 8) else (w, h)


def gif_frame_count(data: bytes, limit: int) -> int:
    """Count the frames of a GIF by walking its blocks (no decoding); TooLarge past ``limit`` frames.

    A truncated or damaged GIF returns the frames found before the damage; decoding the first frame
    decides whether the file is usable at all.
    """
    n = len(data)
    if n < 13:
        return 0
    pos = 13
    packed = data[10]
    if packed & 0x80:
        pos += 3 * (2 ** ((packed & 0x07) + 1))
    frames = 0

    def skip_sub_blocks(p: int) -> int:
        while p < n:
            size = data[p]
            p += 1
            if size == 0:
                return p
            p += size
        return n

    while pos < n:
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            pos = skip_sub_blocks(pos + 2)
        elif block == 0x2C:  # image descriptor
            frames += 1
            if frames > limit:
                raise TooLarge(f"GIF has more than {limit} frames", what=WHAT_FRAMES, frames=limit)
            if pos + 10 > n:
                break
            local = data[pos + 9]
            pos += 10
            if local & 0x80:
                pos += 3 * (2 ** ((local & 0x07) + 1))
            pos = skip_sub_blocks(pos + 1)  # +1: LZW minimum code size
        else:
            break
    return frames


def check_image_bytes(data: bytes, limits: Limits) -> None:
    if len(data) > limits.max_image_bytes:
        raise too_many_bytes(len(data), limits.max_image_bytes)


def _header_size(data: bytes) -> tuple[int, int]:
    """Width and height straight from a PNG IHDR (for the message when Pillow refuses to open)."""
    if data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def _open(data: bytes, fmt: str, limits: Limits) -> Image.Image:
    """Open lazily (header only) and refuse dimensions over the pixel limit before any decoding."""
    try:
        image = Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[fmt]])
    except Image.DecompressionBombError as error:
        w, h = _header_size(data)
        raise TooLarge(str(error), what=WHAT_PIXELS, width=w, height=h) from None
    except UnidentifiedImageError:
        if fmt == "tiff":
            _refuse_unknown_tiff_compression(data)
        # Pillow's own message names the stream object ("<_io.BytesIO object at 0x...>"): say what it means.
        raise CorruptFile(f"{fmt}: the {fmt.upper()} decoder does not recognise the data") from None
    except _DECODER_ERRORS as error:
        if fmt == "bmp" and "bitfields" in str(error):
            # A valid BMP whose channel masks Pillow does not handle (bmpsuite's rgb32bf). OpenCV opens it
            # but ignores the masks and shows wrong colours: refusing is better than a wrong picture.
            raise UnsupportedCompression(f"bmp header: {described(error)}", compression="BMP bit fields") from None
        raise CorruptFile(f"{fmt} header: {described(error)}") from None
    w, h = image.size
    if w <= 0 or h <= 0:
        raise CorruptFile(f"{fmt}: empty dimensions {w}x{h}")
    if max(w, h) > limits.max_side:
        raise TooLarge(f"{w}x{h}: a side over max_side {limits.max_side}", what=WHAT_PIXELS, width=w, height=h)
    if w * h > limits.max_pixels:
        raise TooLarge(f"{w}x{h} = {w * h} pixels > max_pixels {limits.max_pixels}", what=WHAT_PIXELS, width=w, height=h)
    return image


def _orientation(image: Image.Image, fmt: str, data: bytes) -> int:
    """The EXIF orientation the reviewer applies: from the EXIF block only.

    Pillow's getexif() also takes an XMP tiff:Orientation when EXIF has none; browsers and ImageMagick
    ignore it, and so does the reviewer. AVIF's rotation and mirror boxes reach us as EXIF (Pillow maps
    them); HEIF's are applied by libheif, which leaves 1 here. PNG's eXIf chunk is read from the bytes
    (Pillow finds it only by decoding the pixels).
    """
    try:
        if fmt == "png":
            value = _png_orientation(data)
        elif fmt == "tiff":
            value = image.tag_v2.get(0x0112, 1)
        elif fmt in ("jpeg", "webp", "heic", "heif", "avif") and image.info.get("exif"):
            exif = Image.Exif()
            exif.load(image.info["exif"])
            value = exif.get(0x0112, 1)
        else:
            return 1
    except _DECODER_ERRORS:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _png_orientation(data: bytes) -> int:
    """The orientation in a PNG's eXIf chunk when that chunk comes before the image data, else 1.

    Browsers apply it (Chromium since 2024, Safari) and ignore an eXIf after the first IDAT, as the web
    platform tests require (PNG Third Edition: a decoder may have drawn the picture by then); the
    reviewer shows a PNG as they do. Only the chunk headers before IDAT are walked, as Pillow's own
    header read does.
    """
    pos, end = 8, len(data)
    while pos + 8 <= end:
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind in (b"IDAT", b"IEND"):
            return 1
        if kind == b"eXIf":
            exif = Image.Exif()
            exif.load(data[pos + 8:pos + 8 + length])
            return exif.get(0x0112, 1)
        pos += 12 + length
    return 1


def read_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> ImageHeader:
    """Read format, size, orientation and frame count from an image's header without decoding pixels.

    Raises UnsupportedType (not an image), TooLarge (bytes, pixels or GIF frames over the limits) or
    CorruptFile (header unreadable).
    """
    check_image_bytes(data, limits)
    file_type = detect_type(data)
    if file_type.kind != "image":
        raise UnsupportedType(f"{file_type.format} is not a still image")
    image = _open(data, file_type.format, limits)
    return _header(data, image, file_type.format, limits)


def _header(data: bytes, image: Image.Image, fmt: str, limits: Limits) -> ImageHeader:
    if fmt == "gif":
        frames = max(1, gif_frame_count(data, limits.max_gif_frames))
    elif fmt in ("webp", "heic", "heif", "avif"):
        # From the animation header or the HEIF item list (a burst, an AVIF sequence), no decoding.
        frames = int(getattr(image, "n_frames", 1))
        if frames > limits.max_gif_frames:
            raise TooLarge(f"{fmt} has {frames} frames", what=WHAT_FRAMES, frames=limits.max_gif_frames)
    else:
        frames = 1
    stored = image.size
    if fmt == "tiff":
        # Pillow's TIFF reader gives the displayed size already (it applies Orientation itself when it loads):
        # the stored size is what the tags say.
        tags = image.tag_v2
        stored = (tags.get(256, stored[0]), tags.get(257, stored[1]))
    return ImageHeader(fmt, stored, _orientation(image, fmt, data), frames, bilevel=image.mode == "1")


# TIFF compressions Pillow's libtiff decodes; WebP (50001) is decoded strip by strip by Pillow's WebP reader;
# any other (JPEG XL, LERC, JPEG 2000...) is "not supported", not "damaged". OpenCV is no fallback: the
# bundle's slim OpenCV has no TIFF reader, and dev and bundle must give the same answer.
_PILLOW_TIFF_COMPRESSIONS = {1, 2, 3, 4, 5, 6, 7, 8, 32771, 32773, 32809, 32946, 34676, 34677, 34925, 50000}
_TIFF_COMPRESSION_NAMES = {50001: "WebP", 50002: "JPEG XL", 34887: "LERC", 34712: "JPEG 2000", 33003: "JPEG 2000",
                           33005: "JPEG 2000", 34892: "lossy JPEG (DNG)", 52546: "JPEG XL (DNG)"}


def _refuse_unknown_tiff_compression(data: bytes) -> None:
    """UnsupportedCompression when the first IFD names a compression Pillow does not know at all (its open
    fails then, as for a damaged file); returns when the IFD cannot be read or the compression is known."""
    from PIL import TiffImagePlugin

    try:
        stream = io.BytesIO(data)
        ifd = TiffImagePlugin.ImageFileDirectory_v2(stream.read(16 if data[2:4] in (b"+\x00", b"\x00+") else 8))
        stream.seek(ifd.next)
        ifd.load(stream)
        compression = ifd.get(259, 1)
    except _DECODER_ERRORS:
        return
    if isinstance(compression, int) and compression not in TiffImagePlugin.COMPRESSION_INFO:
        raise _unsupported_tiff(compression)


def _unsupported_tiff(compression: int) -> UnsupportedCompression:
    """The error for a TIFF whose compression no decoder here reads, naming it for the person."""
    name = _TIFF_COMPRESSION_NAMES.get(compression, f"code {compression}")
    return UnsupportedCompression(f"tiff: compression {compression} ({name}) not decoded", compression=name)


def _tiff_webp(data: bytes, image: Image.Image, header: ImageHeader) -> Image.Image:
    """The pixels of a WebP-compressed TIFF (compression 50001), which Pillow's libtiff cannot decode.

    Each strip or tile of such a TIFF is a whole WebP image (libtiff's WebP codec), so Pillow's own WebP
    decoder reads them one by one and they are laid out as the tags say. Only after the header's pixel
    count passed the limits. Raises UnsupportedCompression for a layout this does not cover (separate colour
    planes, other than 8-bit RGB/RGBA/grey), CorruptFile for a strip that is not a WebP image of its size.
    """
    tags = image.tag_v2
    width, height = header.stored_size
    samples = tags.get(277, 1)
    modes = {1: "L", 3: "RGB", 4: "RGBA"}
    if tags.get(284, 1) != 1 or samples not in modes or set(tags.get(258, (8,))) != {8}:
        raise UnsupportedCompression("tiff: WebP with an unusual layout", compression="WebP")
    if 322 in tags:
        cell = (tags[322], tags[323])
        offsets, counts = tags.get(324, ()), tags.get(325, ())
    else:
        cell = (width, tags.get(278, height))
        offsets, counts = tags.get(273, ()), tags.get(279, ())
    columns = -(-width // max(1, cell[0]))
    cells = columns * -(-height // max(1, cell[1]))
    if not offsets or len(offsets) != len(counts) or len(offsets) != cells:
        raise CorruptFile(f"tiff: {len(offsets)} WebP strips or tiles for {cells} places")
    out = Image.new(modes[samples], (width, height))
    for i, (offset, count) in enumerate(zip(offsets, counts)):
        piece = Image.open(io.BytesIO(data[offset:offset + count]), formats=["WEBP"])
        if piece.width > cell[0] or piece.height > cell[1]:
            raise CorruptFile(f"tiff: WebP piece {i} is {piece.size}, larger than {cell}")
        piece.load()
        out.paste(piece.convert(out.mode), ((i % columns) * cell[0], (i // columns) * cell[1]))
    return out


def _to_rgb_alpha(image: Image.Image) -> tuple[np.ndarray, np.ndarray | None]:
    """8-bit RGB plus optional alpha from any Pillow mode (grey, palette, CMYK, 16-bit, float...)."""
    mode = image.mode
    if mode.startswith("I;16") or mode in ("I", "F"):
        values = np.asarray(image)
        if mode == "F":
            grey = np.clip(values, 0, 255).astype(np.uint8)
        else:
            # 16-bit samples: keep the high byte (values are 0..65535).
            grey = (np.clip(values.astype(np.int64), 0, 65535) >> 8).astype(np.uint8)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)), None
    has_alpha = "A" in mode or "a" in mode or "transparency" in image.info
    if has_alpha:
        rgba = np.asarray(image.convert("RGBA"))
        return np.ascontiguousarray(rgba[:, :, :3]), np.ascontiguousarray(rgba[:, :, 3])
    if mode != "RGB":
        image = image.convert("RGB")
    return np.ascontiguousarray(np.asarray(image)), None


def _shrink(array: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    import cv2

    # Area averaging is the right filter for large reductions but costs 5x more at fractional
    # ratios; below 2x (what remains after libjpeg's own 1/2-1/8 scaling) bilinear barely aliases.
    ratio = array.shape[1] / size[0]
    method = cv2.INTER_AREA if ratio >= 2 else cv2.INTER_LINEAR
    return np.ascontiguousarray(cv2.resize(array, size, interpolation=method))


def reduced_size(full_size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """(width, height) of a ``full_size`` image shrunk so its long side is ``max_side`` (never enlarged)."""
    full_w, full_h = full_size
    if max(full_w, full_h) <= max_side:
        return full_w, full_h
    ratio = max_side / max(full_w, full_h)
    return max(1, round(full_w * ratio)), max(1, round(full_h * ratio))


def decode_with_header(data: bytes, fmt: str, max_side: int | None, limits: Limits, *,
                       draft_side: int | None = None) -> tuple[DecodedImage, ImageHeader]:
    """Decode (see decode_image) and also return the header read on the way.

    ``draft_side`` (JPEG only, <= ``max_side``): let libjpeg's DCT scaling go down to this long side
    instead of ``max_side``, so the result's long side lies between the two (shrunk to ``max_side``
    when above it). The 1/8 scale is the cheapest decode and an exact 8x8 block average.
    """
    image = _open(data, fmt, limits)
    header = _header(data, image, fmt, limits)
    full_w, full_h = header.size
    target = None  # (width, height) as displayed
    if max_side is not None and max(full_w, full_h) > max_side:
        target = reduced_size(header.size, max_side)
        if fmt == "jpeg":
            # libjpeg scales by 1/2, 1/4 or 1/8 while decoding; draft keeps the result >= what it is given,
            # which is in stored orientation.
            low = reduced_size(header.size, min(max_side, draft_side or max_side))
            draft = (low[1], low[0]) if header.orientation in (5, 6, 7, 8) else low
            image.draft("RGB" if image.mode in ("RGB", "YCbCr") else image.mode, draft)
    try:
        try:
            image.load()
            # Pillow's TIFF reader applies Orientation itself on load and then drops the tag: not twice.
            oriented = fmt == "tiff" and 0x0112 not in image.tag_v2
        except _DECODER_ERRORS:
            if fmt != "tiff":
                raise
            compression = image.tag_v2.get(259, 1)
            if compression == 50001:
                image, oriented = _tiff_webp(data, image, header), False
            elif compression not in _PILLOW_TIFF_COMPRESSIONS:
                raise _unsupported_tiff(compression) from None
            else:
                raise
        if header.orientation != 1 and not oriented:
            image = image.transpose(_ORIENTATION[header.orientation])
        rgb, alpha = _to_rgb_alpha(image)
    except MediaError:
        raise
    except _DECODER_ERRORS as error:
        raise CorruptFile(f"{fmt} pixels: {described(error)}") from None
    if target is not None:
        h, w = rgb.shape[:2]
        if w > target[0] or h > target[1]:
            rgb = _shrink(rgb, target)
            if alpha is not None:
                alpha = _shrink(alpha, target)
    decoded = DecodedImage(rgb=rgb, alpha=alpha, scale=scale_of((rgb.shape[1], rgb.shape[0]), (full_w, full_h)),
                           full_size=(full_w, full_h))
    return decoded, header


def scale_of(size: tuple[int, int], full_size: tuple[int, int]) -> float:
    """The factor from full-size pixels to a reduced image of ``size`` (width, height), 1.0 when not reduced.

    Taken from the longer side: the shorter one, rounded to whole pixels, can be off by much more (120x592
    shown at 19x96: 19/120 = 0.158 would put the bottom of a box 2.3 px above its place; 96/592 = 0.162).
    """
    if size == tuple(full_size):
        return 1.0
    return size[0] / full_size[0] if full_size[0] >= full_size[1] else size[1] / full_size[1]


def decode_image(data: bytes, *, max_side: int | None = None, limits: Limits = DEFAULT_LIMITS) -> DecodedImage:
    """Decode image bytes into upright 8-bit RGB (+ alpha), at most ``max_side`` pixels on the long side.

    The type comes from the bytes. GIFs give their first frame. Raises UnsupportedType (not a
    supported image), TooLarge (file bytes, pixel count from the header, or GIF frames over
    ``limits``), CorruptFile (damaged or truncated) or DecodeTimeout (over ``limits.decode_timeout_s``).
    """
    if max_side is not None and max_side < 1:
        raise ValueError("max_side must be at least 1")
    check_image_bytes(data, limits)
    fmt = detect_type(data)
    if fmt.kind != "image":
        raise UnsupportedType(f"{fmt.format} is not a still image")
    return run_with_deadline(lambda: decode_with_header(data, fmt.format, max_side, limits), limits.decode_timeout_s)[0]
