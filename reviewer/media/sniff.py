"""Recognise a file's type from its first bytes, never from its name."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.media.errors import UnsupportedType


@dataclass(frozen=True)
class FileType:
    kind: str  # "image" | "video"
    format: str  # "jpeg", "png", ..., "mp4"
    mime: str


_TYPES = {
    "jpeg": FileType("image", "jpeg", "image/jpeg"),
    "png": FileType("image", "png", "image/png"),
    "webp": FileType("image", "webp", "image/webp"),
    "gif": FileType("image", "gif", "image/gif"),
    "bmp": FileType("image", "bmp", "image/bmp"),
    "tiff": FileType("image", "tiff", "image/tiff"),
    # HEIF images: HEVC-coded (iPhone photos) or another codec in the same container; AVIF is AV1 in it.
    "heic": FileType("image", "heic", "image/heic"),
    "heif": FileType("image", "heif", "image/heif"),
    "avif": FileType("image", "avif", "image/avif"),
    "mp4": FileType("video", "mp4", "video/mp4"),
    "mov": FileType("video", "mov", "video/quicktime"),
    "webm": FileType("video", "webm", "video/webm"),
    "avi": FileType("video", "avi", "video/x-msvideo"),
    # WebM is a restricted Matroska; a general Matroska file is read the same way but named honestly.
    "mkv": FileType("video", "mkv", "video/x-matroska"),
}

# Names a file of each format may carry without the mismatch being worth a note.
EXTENSIONS = {
    "jpeg": {".jpg", ".jpeg", ".jpe", ".jfif"},
    "png": {".png"},
    "webp": {".webp"},
    "gif": {".gif"},
    "bmp": {".bmp", ".dib"},
    "tiff": {".tif", ".tiff"},
    "heic": {".heic", ".heif", ".hif"},
    "heif": {".heif", ".heic", ".hif"},
    "avif": {".avif", ".avifs"},
    # MP4 and QuickTime share one container; phones name either way.
    "mp4": {".mp4", ".m4v", ".mov", ".qt", ".3gp"},
    "mov": {".mov", ".qt", ".mp4", ".m4v"},
    "webm": {".webm", ".mkv"},
    "avi": {".avi"},
    "mkv": {".mkv", ".webm"},
}

_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
# ISO BMFF brands (ISO/IEC 23008-12, MIAF, AV1-ISOBMFF) of still images and image sequences: a photo, not
# a video, even though the container is the MP4 one. Checked in the major brand, then the compatible ones.
_AVIF_BRANDS = {b"avif", b"avis"}
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2", b"miaf"}
# A video file may list image brands among its compatible ones only together with a video brand.
_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"qt  ", b"M4V ", b"3gp4", b"3gp5", b"3gp6"}


def _bmff_brands(data: bytes) -> list[bytes]:
    """The major then the compatible brands of an ISO BMFF ``ftyp`` box at offset 0 (bounded by its size)."""
    size = int.from_bytes(data[0:4], "big")
    end = min(len(data), size if 16 <= size <= 4096 else 16)
    return [data[8:12]] + [data[i:i + 4] for i in range(16, end - 3, 4)]


def _image_in_bmff(data: bytes) -> FileType | None:
    """The still-image type an ``ftyp`` box declares (AVIF, HEIC, HEIF), or None for a video."""
    brands = _bmff_brands(data)
    major, listed = brands[0], set(brands)
    if major in _AVIF_BRANDS or (listed & _AVIF_BRANDS and not listed & _VIDEO_BRANDS):
        return _TYPES["avif"]
    if major in _HEIC_BRANDS or (listed & _HEIC_BRANDS and not listed & _VIDEO_BRANDS):
        return _TYPES["heic"]
    if major in _HEIF_BRANDS:
        return _TYPES["heif"]
    return None


def detect_type(data: bytes) -> FileType:
    """Return the type the bytes are, from their signature; UnsupportedType when none is recognised."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return _TYPES["jpeg"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _TYPES["png"]
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return _TYPES["gif"]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _TYPES["webp"]
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return _TYPES["avi"]
    if head[:2] == b"BM" and len(head) >= 26 and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64, 108, 124):
        return _TYPES["bmp"]
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):  # classic TIFF and BigTIFF
        return _TYPES["tiff"]
    if head[4:8] == b"ftyp":
        image = _image_in_bmff(data[:4096])
        if image is not None:
            return image
        brand = head[8:12]
        return _TYPES["mov"] if brand == b"qt  " else _TYPES["mp4"]
    if head[4:8] in _QUICKTIME_ATOMS:
        return _TYPES["mov"]
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML; its DocType says WebM or Matroska
        return _TYPES["webm"] if b"webm" in data[:128] else _TYPES["mkv"]
    raise UnsupportedType("no known file signature in the first bytes")


def extension_note(name: str, file_type: FileType) -> str | None:
    """A short English note when the file name's extension does not match its content, else None."""
    dot = name.rfind(".")
    ext = name[dot:].lower() if dot > 0 else ""
    if ext in EXTENSIONS[file_type.format]:
        return None
    shown = ext or "(none)"
    return f"The name's extension {shown} does not match the content, which is {file_type.format.upper()}."
