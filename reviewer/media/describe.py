"""The one entry point from a file to an immutable, hashed description: ``ingest`` and ``Media``."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Sequence

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
from reviewer.media.video import Extent, VideoReader, iso_boxes

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
    # A video streamed at ingest (``data`` empty): opens a new stream over the stored copy of its bytes.
    _opener: Callable[[], BinaryIO] | None = field(default=None, repr=False, compare=False)

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
        if self._opener is None:
            return VideoReader(self.data, self.limits, extent=self._extent)
        return VideoReader(self._opener(), self.limits, extent=self._extent, owns_stream=True)

    def open(self) -> BinaryIO:
        """A new seekable binary stream of exactly the bytes that were hashed (close it after use):
        ``data``, or for a video streamed at ingest the stored copy."""
        return io.BytesIO(self.data) if self._opener is None else self._opener()

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


# Chunk of a streamed read: large enough for throughput, small enough that a video never sits in memory.
CHUNK_BYTES = 1024**2
# A video's metadata read for provenance when it is streamed (not held in memory): the boxes around the
# media data of an MP4/MOV (which hold all of its metadata), or else this much of its start and end.
METADATA_VIEW_BYTES = 16 * 1024**2
_NOT_METADATA_BOXES = {b"mdat", b"free", b"skip", b"wide"}


class _OpenedFile:
    """A regular file opened once, read from the start, chunk by chunk; never reopened by its path.

    Raises (from the constructor and while reading) UnreadableFile and TooLarge; never blocks on a FIFO.
    """

    def __init__(self, path: str | os.PathLike, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        try:
            # O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse non-regular files below.
            self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
        except OSError as error:
            raise UnreadableFile(f"{path}: {error.strerror}", why=_plain_reason(error)) from None
        try:
            info = os.fstat(self.fd)
            if stat.S_ISDIR(info.st_mode):
                raise UnreadableFile(f"{path}: directory", why=WHY_FOLDER)
            if not stat.S_ISREG(info.st_mode):
                raise UnreadableFile(f"{path}: not a regular file (mode {info.st_mode:o})", why=WHY_SPECIAL)
            if info.st_size > limits.max_file_bytes:
                raise too_many_bytes(info.st_size, limits.max_file_bytes)
        except BaseException:
            os.close(self.fd)
            raise
        self.st_size = info.st_size
        self.read_bytes = 0
        # The first read asks for the size fstat gave (plus one byte, to see a file that grew) up to a chunk:
        # a small photo is one read, and asking for a fixed 16 MB allocates that much for every small file.
        self.head = self._read(min(self.st_size + 1, CHUNK_BYTES))

    def __enter__(self) -> _OpenedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def _read(self, size: int) -> bytes:
        try:
            chunk = os.read(self.fd, size)
        except OSError as error:
            raise UnreadableFile(f"{self.path}: {error.strerror}", why=_plain_reason(error)) from None
        self.read_bytes += len(chunk)
        if self.read_bytes > self.limits.max_file_bytes:
            raise too_many_bytes(self.read_bytes, self.limits.max_file_bytes)
        return chunk

    def chunks(self) -> Iterator[bytes]:
        """The whole file from its first byte, in chunks of at most CHUNK_BYTES (the head first)."""
        if self.head:
            yield self.head
        # A short read is usually the end; one more read confirms it.
        while chunk := self._read(CHUNK_BYTES):
            yield chunk

    def rest(self) -> bytes:
        """The whole file as bytes (head included): for images, which are decoded from memory."""
        chunks = [self.head]
        want = max(self.st_size + 1 - len(self.head), 1)
        while chunk := self._read(want):
            chunks.append(chunk)
            want = 16 * 1024**2 if len(chunk) >= want else 64 * 1024
        return b"".join(chunks)


def read_file_once(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Return a regular file's bytes, read once. UnreadableFile / TooLarge otherwise; never blocks on a FIFO."""
    with _OpenedFile(path, limits) as opened:
        return opened.rest()


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


# Where a streamed video's bytes go while they are read and hashed: consumes the chunks, keeps them durably
# and privately, and returns an opener of a new seekable read-only stream over exactly those bytes.
StoreBytes = Callable[[Iterable[bytes]], Callable[[], BinaryIO]]


def private_copy(chunks: Iterable[bytes]) -> Callable[[], BinaryIO]:
    """A ``StoreBytes`` for use without a vault: a temporary copy readable by this user only (0600, in a
    0700 folder), deleted when the last holder of the returned opener is gone (or at exit).

    Raises UnreadableFile when the temporary folder cannot hold the copy (the disk is full).
    """
    folder = tempfile.mkdtemp(prefix="reviewer-video-")  # 0700
    path = os.path.join(folder, "copy")

    def remove() -> None:
        for name in (path, folder):
            try:
                os.rmdir(name) if name == folder else os.unlink(name)
            except OSError:
                pass

    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
    except OSError as error:
        remove()
        raise UnreadableFile(f"temporary copy: {error.strerror}", why=_plain_reason(error)) from None
    except BaseException:
        remove()
        raise

    def opener() -> BinaryIO:
        return open(path, "rb")

    weakref.finalize(opener, remove)
    return opener


def ingest(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS, *, frame_pdq: str = "second",
           store: StoreBytes | None = None) -> Media:
    """Read ``path`` once and describe it (hashes, type, size, pixels' PDQ, metadata, provenance).

    Hashes and decoding both use that single read, so the description is of those bytes. An image is read
    into memory (``Media.data``). A video is streamed, hashed as it goes, into ``store`` (by default a private
    temporary copy; the vault passes its encrypted store) and described from what was stored, so it is never
    held in memory; its ``Media.data`` is empty and ``Media.open()`` reads the stored bytes.
    ``frame_pdq``: "second" (one PDQ per second of video), "every" (every frame) or "none".
    Raises UnreadableFile, TooLarge, UnsupportedType, CorruptFile or DecodeTimeout; no partial result.
    """
    if frame_pdq not in FRAME_PDQ_MODES:
        raise ValueError(f"frame_pdq must be one of {FRAME_PDQ_MODES}")
    name = os.path.basename(os.fspath(path))
    with _OpenedFile(path, limits) as opened:
        file_type = _type_of(opened.head)
        if file_type is None or file_type.kind != "video":
            data = opened.rest()
        else:
            digests = _Digests()
            opener = (store or private_copy)(digests.passing(opened.chunks()))
            return _describe_stored_video(opener, name, file_type, digests, limits, frame_pdq)
    return ingest_bytes(data, name, limits, frame_pdq=frame_pdq)


def _type_of(head: bytes) -> FileType | None:
    try:
        return detect_type(head)
    except UnsupportedType:
        return None


class _Digests:
    """SHA-256, SHA-1 and MD5 of a stream, updated chunk by chunk as the chunks pass on."""

    def __init__(self) -> None:
        self._hashes = {name: hashlib.new(name) for name in ("sha256", "sha1", "md5")}
        self.size = 0

    def passing(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            for hasher in self._hashes.values():
                hasher.update(chunk)
            self.size += len(chunk)
            yield chunk

    def hexdigests(self) -> dict[str, str]:
        return {name: hasher.hexdigest() for name, hasher in self._hashes.items()}


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
    video: _Video | None = None
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
        video = _describe_video(data, limits, frame_pdq)
    metadata, signals = read_provenance(data, file_type)
    hasher.join()
    if video is not None:
        return _video_media(name, data, None, file_type, hashes, len(data), metadata, signals, video, limits)
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
        limits=limits,
        _reduced=reduced,
    )


@dataclass(frozen=True)
class _Video:
    """What decoding a video found (see ``_describe_video``)."""

    width: int
    height: int
    declared_frame_count: int | None
    extent: Extent
    fps: float
    pdq: Pdq
    frame_pdqs: tuple[FramePdq, ...]
    signals: tuple[Signal, ...]


def _describe_video(source: bytes | BinaryIO, limits: Limits, frame_pdq: str) -> _Video:
    with VideoReader(source, limits) as reader:
        if frame_pdq == "none":
            frame_pdqs: tuple[FramePdq, ...] = ()
            reader.measure()
        else:
            # One walk decodes every frame (the codec needs them), converts the samples, and measures.
            every = 1.0 if frame_pdq == "second" else None
            frame_pdqs = tuple(FramePdq(f.index, f.seconds, pdq_of(f.rgb)) for f in reader.frames(every_s=every))
        # The middle of what decoded (a cut file's middle is not its header's middle).
        pdq = pdq_of(reader.keyframes(1)[0].rgb)
        return _Video(reader.width, reader.height, reader.declared_frame_count, reader.extent, reader.fps, pdq,
                      frame_pdqs, reader.signals())


def _video_media(name: str, data: bytes, opener: Callable[[], BinaryIO] | None, file_type: FileType,
                 hashes: dict[str, str], size: int, metadata: dict, signals: tuple[Signal, ...], video: _Video,
                 limits: Limits) -> Media:
    signals = (*video.signals, *signals)
    note = extension_note(name, file_type)
    if note is not None:
        signals = (extension_signal(name, file_type), *signals)
    return Media(
        name=name, data=data, size=size, sha256=hashes["sha256"], sha1=hashes["sha1"], md5=hashes["md5"],
        kind=file_type.kind, format=file_type.format, mime=file_type.mime, extension_note=note,
        width=video.width, height=video.height, frame_count=video.extent.frames,
        duration_s=video.extent.duration_s, fps=video.fps, pdq=video.pdq, frame_pdqs=video.frame_pdqs,
        metadata=metadata, signals=signals, declared_frame_count=video.declared_frame_count, limits=limits,
        _extent=video.extent, _opener=opener,
    )


def described_video(opener: Callable[[], BinaryIO], *, name: str, size: int, sha256: str, sha1: str, md5: str,
                    format: str, mime: str, width: int, height: int, frame_count: int, duration_s: float | None,
                    fps: float | None, pdq: Pdq | None, frame_pdqs: Sequence[FramePdq] = (),
                    metadata: dict | None = None, signals: Sequence[Signal] = (), extension_note: str | None = None,
                    declared_frame_count: int | None = None, limits: Limits = DEFAULT_LIMITS) -> Media:
    """A video's ``Media`` rebuilt from an earlier description of the same bytes (the vault's
    ``media.ingested`` record) and ``opener``, a function opening a new seekable stream of exactly those bytes
    (the vault's encrypted store): nothing is read or decoded now, and the bytes are never held in memory.

    ``frame_count`` and ``duration_s`` become the video's extent, so no reader decodes the whole video to
    count it again; the description keeps no timestamp per frame, so a frame is found by decoding in order.
    The hashes are the description's: the caller vouches for them (the vault signed them, and every chunk of
    its store is authenticated as it is read).
    """
    return Media(
        name=os.path.basename(name), data=b"", size=int(size), sha256=sha256, sha1=sha1, md5=md5, kind="video",
        format=format, mime=mime, extension_note=extension_note, width=int(width), height=int(height),
        frame_count=int(frame_count), duration_s=duration_s, fps=fps, pdq=pdq, frame_pdqs=tuple(frame_pdqs),
        metadata=dict(metadata or {}), signals=tuple(signals), declared_frame_count=declared_frame_count,
        limits=limits, _extent=Extent(int(frame_count), float(duration_s or 0.0)), _opener=opener,
    )


def _describe_stored_video(opener: Callable[[], BinaryIO], name: str, file_type: FileType, digests: _Digests,
                           limits: Limits, frame_pdq: str) -> Media:
    """Describe a video from the stored copy of its bytes (what was hashed, never the user's file)."""
    with opener() as stream:
        video = _describe_video(stream, limits, frame_pdq)
        size = stream.seek(0, os.SEEK_END)
        if size != digests.size:
            raise CorruptFile(f"the stored copy holds {size} bytes, {digests.size} were read")
        view = _metadata_view(stream, size, file_type.format)
        metadata, signals = read_provenance(view, file_type, whole=None if len(view) == size else stream)
    return _video_media(name, b"", opener, file_type, digests.hexdigests(), size, metadata, signals, video, limits)


def _metadata_view(stream: BinaryIO, size: int, fmt: str) -> bytes:
    """The part of a video's bytes that holds its metadata, bounded: the whole file when small; for MP4/MOV
    every top-level box but the media data and padding ("mdat", "free", "skip", "wide"); otherwise its
    first and last METADATA_VIEW_BYTES."""
    if size <= 2 * METADATA_VIEW_BYTES:
        stream.seek(0)
        return stream.read()
    if fmt in ("mp4", "mov"):
        boxes = iso_boxes(stream, size)
        # Media data and padding hold no metadata.
        kept = [(offset, length) for kind, offset, length in boxes or () if kind not in _NOT_METADATA_BOXES]
        if boxes is not None and sum(length for _, length in kept) <= 4 * METADATA_VIEW_BYTES:
            parts = []
            for offset, length in kept:
                stream.seek(offset)
                parts.append(stream.read(length))
            return b"".join(parts)
    stream.seek(0)
    head = stream.read(METADATA_VIEW_BYTES)
    stream.seek(size - METADATA_VIEW_BYTES)
    return head + stream.read(METADATA_VIEW_BYTES)
