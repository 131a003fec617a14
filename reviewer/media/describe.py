"""The one entry point from a file to an immutable, hashed description: ``ingest`` and ``Media``."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from reviewer.libraries import library_versions
from reviewer.media.errors import (
    WHY_DENIED,
    WHY_DISK,
    WHY_FOLDER,
    WHY_LOOP,
    WHY_MISSING,
    WHY_NAME,
    WHY_OTHER,
    WHY_PATH,
    WHY_SPECIAL,
    CorruptFile,
    UnreadableFile,
    UnsupportedType,
    too_many_bytes,
)
from reviewer.media.images import (
    DecodedImage, check_image_bytes, decode_image, decode_with_header, reduced_size, scale_of)
from reviewer.media.limits import DEFAULT_LIMITS, Limits
from reviewer.media.deadline import run_with_deadline
from reviewer.media.pdq import FramePdq, Pdq, pdq_of
from reviewer.media.provenance import Signal, extension_signal, read_provenance
from reviewer.media.sniff import FileType, detect_type, extension_note
from reviewer.media.video import Extent, VideoReader

# PDQ is computed from a reduced decode: the algorithm downsamples to 64x64 anyway, and at this
# size it meets the reference vectors (tests/media/test_pdq_vectors.py) at a fraction of the cost.
PDQ_SIDE = 512
# A JPEG may stop at libjpeg's next smaller scale down to this long side instead of decoding at the
# larger scale and shrinking: a 4000x3000 photo decodes at 1/8 (500x375, an exact 8x8 block average,
# the cheapest decode) rather than 1/4 then shrink, and its PDQ is as close to a full-resolution PDQ
# (docs/adr/0004). The reduced decode is kept in Media and serves decode(max_side <= its size).
PDQ_MIN_SIDE = 480
# A one-bit page (fax, scanned document) is all edges: its PDQ moves by 30-40 bits between a 512-pixel and a
# full-size decode (an A4 page at 300 dpi), near the match limit of 31, where a photo's moves by 2. Such
# pages are hashed from a decode of at most this side (within 8 bits of full size, at a third of its cost).
PDQ_BILEVEL_SIDE = 2048
FRAME_PDQ_MODES = ("second", "every", "none")


@dataclass(frozen=True)
class Media:
    """What a file is, computed once from its bytes. ``data`` is exactly what was hashed and decoded."""

    name: str
    data: bytes = field(repr=False)
    size: int
    sha256: str
    sha1: str
    md5: str
    kind: str
    format: str
    mime: str
    extension_note: str | None
    width: int
    height: int
    frame_count: int
    duration_s: float | None
    fps: float | None
    pdq: Pdq | None
    frame_pdqs: tuple[FramePdq, ...]
    metadata: dict
    signals: tuple[Signal, ...]
    # Video: the frame count the container's header claims (None when it makes no claim); ``frame_count``
    # is the number of frames decoded, and a difference is also a ``video.frame_count_differs`` signal.
    declared_frame_count: int | None = None
    limits: Limits = field(default=DEFAULT_LIMITS, repr=False, compare=False)
    # The reduced decode made at ingest for PDQ (read-only arrays), with the bytes it was decoded
    # from: a copy made with dataclasses.replace(data=...) must not serve another file's pixels.
    _reduced: tuple[bytes, DecodedImage] | None = field(default=None, repr=False, compare=False)
    # A video's measured extent, handed to each reader so that none decodes the whole video to count again.
    _extent: Extent | None = field(default=None, repr=False, compare=False)

    def decode(self, max_side: int | None = None) -> DecodedImage:
        """Pixels of this image (from ``data``), at most ``max_side`` on the long side.

        A size no larger than the reduced decode made at ingest (long side 480-512 for a large photo)
        is served from it, shrunk with area averaging, without decoding the bytes again; its arrays
        are then read-only (copy before writing). ``None`` or a larger size decodes ``data``.
        Raises UnsupportedType for a video, and the errors of ``decode_image``.
        """
        if self.kind != "image":
            raise UnsupportedType(f"{self.format} is a video; use Media.video()")
        if max_side is not None and max_side >= 1 and self._reduced is not None and self._reduced[0] is self.data:
            kept = self._reduced[1]
            width, height = reduced_size(kept.full_size, max_side)
            kept_h, kept_w = kept.rgb.shape[:2]
            if (width, height) == (kept_w, kept_h):
                return kept
            if width <= kept_w and height <= kept_h:
                return _shrunk(kept, (width, height))
        return decode_image(self.data, max_side=max_side, limits=self.limits)

    def video(self) -> VideoReader:
        """A reader over this video's frames (use it as a context manager). UnsupportedType for images."""
        if self.kind != "video":
            raise UnsupportedType(f"{self.format} is a still image; use Media.decode()")
        return VideoReader(self.data, self.limits, extent=self._extent)

    def to_json(self) -> dict[str, Any]:
        """Everything but the bytes, JSON-able, in a fixed key order (same input, same output)."""
        return {
            "name": self.name,
            "size": self.size,
            "sha256": self.sha256,
            "sha1": self.sha1,
            "md5": self.md5,
            "kind": self.kind,
            "format": self.format,
            "mime": self.mime,
            "extension_note": self.extension_note,
            "width": self.width,
            "height": self.height,
            "frame_count": self.frame_count,
            "declared_frame_count": self.declared_frame_count,
            "duration_s": None if self.duration_s is None else round(self.duration_s, 3),
            "fps": None if self.fps is None else round(self.fps, 3),
            "pdq": None if self.pdq is None else self.pdq.to_json(),
            "frame_pdqs": [f.to_json() for f in self.frame_pdqs],
            "metadata": _sorted(self.metadata),
            "signals": [s.to_json() for s in self.signals],
            "libraries": library_versions(),
        }


def _read_only(decoded: DecodedImage) -> DecodedImage:
    decoded.rgb.flags.writeable = False
    if decoded.alpha is not None:
        decoded.alpha.flags.writeable = False
    return decoded


def _frozen(array: np.ndarray) -> np.ndarray:
    """A read-only copy backed by ``bytes``: unlike a plain read-only flag, nobody can turn it back on."""
    return np.frombuffer(array.tobytes(), dtype=array.dtype).reshape(array.shape)


def _kept(decoded: DecodedImage) -> DecodedImage:
    """The decode a Media keeps and shares with every caller: immutable pixels."""
    alpha = None if decoded.alpha is None else _frozen(decoded.alpha)
    return DecodedImage(rgb=_frozen(decoded.rgb), alpha=alpha, scale=decoded.scale, full_size=decoded.full_size)


def _shrunk(decoded: DecodedImage, size: tuple[int, int]) -> DecodedImage:
    """``decoded`` shrunk to ``size`` (width, height) with area averaging; read-only arrays."""
    import cv2

    rgb = cv2.resize(decoded.rgb, size, interpolation=cv2.INTER_AREA)
    alpha = None if decoded.alpha is None else cv2.resize(decoded.alpha, size, interpolation=cv2.INTER_AREA)
    return _read_only(DecodedImage(rgb=rgb, alpha=alpha, scale=scale_of(size, decoded.full_size),
                                   full_size=decoded.full_size))


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _sorted(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return [_sorted(v) for v in value]
    return value


def read_file_once(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Return a regular file's bytes, read once. UnreadableFile / TooLarge otherwise; never blocks on a FIFO."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse non-regular files below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise UnreadableFile(f"{path}: {error.strerror}", why=_plain_reason(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(f"{path}: directory", why=WHY_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(f"{path}: not a regular file (mode {info.st_mode:o})", why=WHY_SPECIAL)
        if info.st_size > limits.max_file_bytes:
            raise too_many_bytes(info.st_size, limits.max_file_bytes)
        chunks = []
        remaining = limits.max_file_bytes + 1
        # The first read asks for the size fstat gave (plus one byte, to see a file that grew): asking
        # for a fixed 16 MB allocates that much for every small file (0.5 ms of a 1 MB photo's scan).
        want = info.st_size + 1
        while remaining > 0:
            try:
                chunk = os.read(fd, min(remaining, want))
            except OSError as error:
                raise UnreadableFile(f"{path}: {error.strerror}", why=_plain_reason(error)) from None
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
            want = 16 * 1024**2 if len(chunk) >= want else 64 * 1024  # a short read is usually the end
        data = b"".join(chunks)
        if len(data) > limits.max_file_bytes:
            raise too_many_bytes(len(data), limits.max_file_bytes)
        return data
    finally:
        os.close(fd)


def _plain_reason(error: OSError) -> str:
    import errno

    reasons = {
        errno.ENOENT: WHY_MISSING,
        errno.ELOOP: WHY_LOOP,
        errno.EACCES: WHY_DENIED,
        errno.EPERM: WHY_DENIED,
        errno.EISDIR: WHY_FOLDER,
        errno.ENXIO: WHY_SPECIAL,
        errno.ENOTDIR: WHY_PATH,
        errno.ENAMETOOLONG: WHY_NAME,
        errno.EIO: WHY_DISK,
    }
    return reasons.get(error.errno, WHY_OTHER)


def ingest(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS, *, frame_pdq: str = "second") -> Media:
    """Read ``path`` once and describe it (hashes, type, size, pixels' PDQ, metadata, provenance).

    Hashes and decoding both use that single read, so the description is of those bytes.
    ``frame_pdq``: "second" (one PDQ per second of video), "every" (every frame) or "none".
    Raises UnreadableFile, TooLarge, UnsupportedType, CorruptFile or DecodeTimeout; no partial result.
    """
    data = read_file_once(path, limits)
    return ingest_bytes(data, os.path.basename(os.fspath(path)), limits, frame_pdq=frame_pdq)


def ingest_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS, *, frame_pdq: str = "second") -> Media:
    """Describe ``data`` as ``ingest`` does; ``name`` is the original file name (for the extension check)."""
    if frame_pdq not in FRAME_PDQ_MODES:
        raise ValueError(f"frame_pdq must be one of {FRAME_PDQ_MODES}")
    data = bytes(data)  # an immutable copy: what is hashed cannot change afterwards
    name = os.path.basename(name)
    if len(data) > limits.max_file_bytes:
        raise too_many_bytes(len(data), limits.max_file_bytes)
    if not data:
        raise CorruptFile("empty file")
    file_type = detect_type(data)
    # hashlib releases the GIL on large buffers: hash while the pixels decode.
    hashes: dict[str, str] = {}
    hasher = threading.Thread(target=_hash_into, args=(data, hashes), name="reviewer-hash", daemon=True)
    hasher.start()
    try:
        return _describe(data, name, file_type, hasher, hashes, limits, frame_pdq)
    finally:
        hasher.join()


def _hash_into(data: bytes, out: dict[str, str]) -> None:
    for algorithm in ("sha256", "sha1", "md5"):
        out[algorithm] = hashlib.new(algorithm, data).hexdigest()


def _describe(
    data: bytes, name: str, file_type: FileType, hasher: threading.Thread, hashes: dict[str, str],
    limits: Limits, frame_pdq: str,
) -> Media:
    video_signals: tuple[Signal, ...] = ()
    declared_frame_count = extent = None
    if file_type.kind == "image":
        check_image_bytes(data, limits)
        decoded, header = run_with_deadline(
            lambda: decode_with_header(data, file_type.format, PDQ_SIDE, limits, draft_side=PDQ_MIN_SIDE),
            limits.decode_timeout_s,
        )
        width, height = decoded.full_size
        pdq_source = decoded
        if header.bilevel and decoded.scale < 1:
            pdq_source = run_with_deadline(
                lambda: decode_with_header(data, file_type.format, PDQ_BILEVEL_SIDE, limits)[0],
                limits.decode_timeout_s)
        pdq = pdq_of(pdq_source.rgb)
        frame_count, duration_s, fps, frame_pdqs = header.frame_count, None, None, ()
        reduced = (data, _kept(decoded))
    else:
        reduced = None
        with VideoReader(data, limits) as reader:
            width, height = reader.width, reader.height
            declared_frame_count = reader.declared_frame_count
            if frame_pdq == "none":
                frame_pdqs = ()
                reader.measure()
            else:
                # One walk decodes every frame (the codec needs them), converts the samples, and measures.
                every = 1.0 if frame_pdq == "second" else None
                frame_pdqs = tuple(
                    FramePdq(f.index, f.seconds, pdq_of(f.rgb)) for f in reader.frames(every_s=every)
                )
            frame_count, duration_s, fps = reader.frame_count, reader.duration_s, reader.fps
            video_signals = reader.signals()
            # The middle of what decoded (a cut file's middle is not its header's middle).
            pdq = pdq_of(reader.keyframes(1)[0].rgb)
            extent = reader.extent
    metadata, signals = read_provenance(data, file_type)
    signals = (*video_signals, *signals)
    hasher.join()
    note = extension_note(name, file_type)
    if note is not None:
        signals = (extension_signal(name, file_type), *signals)
    return Media(
        name=name,
        data=data,
        size=len(data),
        sha256=hashes["sha256"],
        sha1=hashes["sha1"],
        md5=hashes["md5"],
        kind=file_type.kind,
        format=file_type.format,
        mime=file_type.mime,
        extension_note=note,
        width=width,
        height=height,
        frame_count=frame_count,
        duration_s=duration_s,
        fps=fps,
        pdq=pdq,
        frame_pdqs=frame_pdqs,
        metadata=metadata,
        signals=signals,
        declared_frame_count=declared_frame_count,
        limits=limits,
        _reduced=reduced,
        _extent=extent,
    )
