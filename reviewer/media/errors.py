"""Typed errors for files that cannot be read, one class per failure kind."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class MediaError(ReviewerError):
    """Any reason why a file could not be turned into a trustworthy description."""

    code = "media"
    template = QT_TRANSLATE_NOOP("errors", "This file could not be read. Nothing was changed.")


class UnsupportedType(MediaError):
    code = "media.unsupported_type"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This file is not a picture or video the reviewer can open. Supported: JPEG, PNG, WebP, GIF, BMP, "
        "TIFF, MP4, MOV, WebM and AVI.",
    )


class CorruptFile(MediaError):
    code = "media.corrupt"
    template = QT_TRANSLATE_NOOP(
        "errors", "This file is damaged or incomplete, so it cannot be shown. Nothing was changed."
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
