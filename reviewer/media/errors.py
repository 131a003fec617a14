"""Typed errors for files that cannot be read, one class per failure kind."""

from __future__ import annotations

from reviewer.errors import ReviewerError, without_object_reprs
from reviewer.i18n import QT_TRANSLATE_NOOP, translate


class MediaError(ReviewerError):
    """Any reason why a file could not be turned into a trustworthy description.

    Text parameters (``why``, ``what``) are themselves marked source texts, translated with the
    message and filled from the same numeric parameters (e.g. what="{width} x {height} pixels").
    """

    code = "media"
    template = QT_TRANSLATE_NOOP("errors", "This file could not be read. Nothing was changed.")

    @property
    def message(self) -> str:
        numbers = {k: v for k, v in self.params.items() if not isinstance(v, str)}
        texts = {k: translate("errors", v).format(**numbers) for k, v in self.params.items() if isinstance(v, str)}
        return translate("errors", self.template).format(**numbers, **texts)


class UnsupportedType(MediaError):
    code = "media.unsupported_type"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This file is not a picture or video the reviewer can open. Supported: JPEG, PNG, WebP, GIF, BMP, "
        "TIFF, HEIC, AVIF, MP4, MOV, WebM and AVI.",
    )


class CorruptFile(MediaError):
    code = "media.corrupt"
    template = QT_TRANSLATE_NOOP(
        "errors", "This file is damaged or incomplete, so it cannot be shown. Nothing was changed."
    )


class UndecodableVideo(CorruptFile):
    """A video whose container opens but none of whose frames decode: damaged, or in a format (codec) this
    build's FFmpeg lacks, which the two cannot tell apart. A CorruptFile, with the codec named."""

    code = "media.undecodable_video"
    template = QT_TRANSLATE_NOOP(
        "errors", "No picture could be decoded from this video ({codec}). It may be damaged, or compressed in a "
        "format this copy of the reviewer cannot decode. Nothing was changed."
    )


class IncompleteVideo(CorruptFile):
    """A video cut off (a partial download or copy) before anything could be decoded: an MP4 or QuickTime
    file whose index (the "moov" box FFmpeg needs to find any frame) is missing or incomplete, or a file
    that ends before its first complete frame. A CorruptFile that says why in plain words. (A file cut off
    later opens, with the frames it holds and a ``video.ends_early`` signal.)"""

    code = "media.incomplete_video"
    template = QT_TRANSLATE_NOOP(
        "errors", "This video file is incomplete: it was cut off (for example by an interrupted download or copy) "
        "before any picture could be decoded, so there is nothing to show. Ask for a complete copy of the file. "
        "Nothing was changed."
    )


class UnsupportedCompression(MediaError):
    """A file of a supported type whose pixels are compressed in a way no decoder of this build reads
    (a TIFF compressed with WebP, JPEG XL, LERC...). Not damage: another program may well open it."""

    code = "media.unsupported_compression"
    template = QT_TRANSLATE_NOOP(
        "errors", "This picture is compressed in a way ({compression}) that this copy of the reviewer cannot "
        "decode. The file is not necessarily damaged; another program may open it. Nothing was changed."
    )


class TooLarge(MediaError):
    code = "media.too_large"
    template = QT_TRANSLATE_NOOP(
        "errors", "This file is too large to open safely ({what}). It was not opened."
    )


class UnreadableFile(MediaError):
    code = "media.unreadable"
    template = QT_TRANSLATE_NOOP(
        "errors", "This file could not be read: {why}. Check that it exists and that you may open it."
    )


class DecodeTimeout(MediaError):
    code = "media.timeout"
    template = QT_TRANSLATE_NOOP(
        "errors", "Opening this file took longer than {seconds} seconds, so it was stopped. It may be damaged."
    )


# Reasons and sizes used as ``why`` / ``what`` parameters (translated with the message).
WHY_MISSING = QT_TRANSLATE_NOOP("errors", "it does not exist")
WHY_DENIED = QT_TRANSLATE_NOOP("errors", "you do not have permission to open it")
WHY_FOLDER = QT_TRANSLATE_NOOP("errors", "it is a folder, not a file")
WHY_SPECIAL = QT_TRANSLATE_NOOP("errors", "it is not an ordinary file")
WHY_LOOP = QT_TRANSLATE_NOOP("errors", "it is a link that points back to itself")
WHY_PATH = QT_TRANSLATE_NOOP("errors", "a folder in its path does not exist")
WHY_NAME = QT_TRANSLATE_NOOP("errors", "its name is too long")
WHY_DISK = QT_TRANSLATE_NOOP("errors", "the disk reported a read error")
WHY_OTHER = QT_TRANSLATE_NOOP("errors", "the system refused to read it")
WHAT_MEGABYTES = QT_TRANSLATE_NOOP("errors", "{megabytes} MB")
WHAT_PIXELS = QT_TRANSLATE_NOOP("errors", "{width} x {height} pixels")
WHAT_FRAMES = QT_TRANSLATE_NOOP("errors", "more than {frames} frames")
WHAT_MINUTES = QT_TRANSLATE_NOOP("errors", "{minutes} minutes long")


def too_many_bytes(size: int, limit: int) -> TooLarge:
    """The TooLarge error for a file of ``size`` bytes over ``limit``."""
    return TooLarge(f"{size} bytes > limit {limit}", what=WHAT_MEGABYTES, megabytes=max(1, round(size / 1024**2)))


def described(error: BaseException) -> str:
    """A decoder's exception as a short technical detail for ``MediaError.detail``: its kind and message,
    without object reprs or memory addresses, on one line."""
    text = " ".join(without_object_reprs(str(error)).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
