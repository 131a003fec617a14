"""Reading the small files a command is given (an outside checkpoint, a timestamp reply, a certificate chain):
regular files only, read once, never more than their kind can be, so that a FIFO, a device or a huge file ends
in the command's own plain error at once instead of a wait or an exhausted memory."""

from __future__ import annotations

from pathlib import Path

from reviewer.errors import ReviewerError


def read_small_file(path: Path, limit: int, error: type[ReviewerError]) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them. Raise ``error(detail, path=...)`` when
    it is missing, not a regular file (a folder, a FIFO, a device: never opened for reading, so never waited
    on), larger than ``limit``, or unreadable."""
    from reviewer.media.describe import read_file_once
    from reviewer.media.limits import Limits

    try:
        return read_file_once(path, Limits(max_file_bytes=limit, max_image_bytes=limit))
    except ReviewerError as exc:  # the media layer's own words (missing, special file, too large) as detail
        raise error(exc.message, path=str(path)) from exc
