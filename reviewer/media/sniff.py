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
    # MP4 and QuickTime share one container; phones name either way.
    "mp4": {".mp4", ".m4v", ".mov", ".qt", ".3gp"},
    "mov": {".mov", ".qt", ".mp4", ".m4v"},
    "webm": {".webm", ".mkv"},
    "avi": {".avi"},
    "mkv": {".mkv", ".webm"},
}

_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}


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
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _TYPES["tiff"]
    if head[4:8] == b"ftyp":
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
