"""Read a file's bytes once, hash them, decode safely, read metadata and provenance. No Qt.

The public surface is fixed in docs/api.md.
"""

from __future__ import annotations

from reviewer.media.errors import (
    CorruptFile, DecodeTimeout, IncompleteVideo, MediaError, TooLarge, UndecodableVideo, UnreadableFile,
    UnsupportedCompression, UnsupportedType)
from reviewer.media.images import DecodedImage, decode_image
from reviewer.media.describe import Media, described_video, ingest, ingest_bytes
from reviewer.media.limits import DEFAULT_LIMITS, Limits
from reviewer.media.pdq import FramePdq, Pdq, hamming, pdq_of
from reviewer.media.provenance import Signal
from reviewer.media.video import Extent, Frame, VideoReader

__all__ = [
    "ingest", "ingest_bytes", "described_video", "decode_image", "Media", "DecodedImage", "Limits", "DEFAULT_LIMITS",
    "VideoReader", "Frame", "Extent", "Pdq", "FramePdq", "Signal", "pdq_of", "hamming",
    "MediaError", "UnsupportedType", "UnsupportedCompression", "CorruptFile", "UndecodableVideo", "IncompleteVideo",
    "TooLarge", "UnreadableFile", "DecodeTimeout",
]
