"""Read videos from the bytes that were hashed, through OpenCV's FFmpeg backend.

OpenCV 5 reads from a Python stream object, so the video is decoded from the hashed bytes themselves:
an in-memory copy, or a seekable stream over a private copy (a vault blob): the user's file is never
opened again.

What a container's header says (frame count, frame rate) is a claim of the file, not a measurement.
The frame count and duration a reader reports are those of the frames actually decoded: the count of
frames FFmpeg delivers and the last presentation time reached (so a variable frame rate is measured,
not assumed). A file that ends early (a partial download) yields the frames it holds, and says so.
"""

from __future__ import annotations

import io
import math
import os
import struct
from array import array
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator

import numpy as np

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.media.deadline import run_with_deadline
from reviewer.media.errors import (
    WHAT_FRAMES, WHAT_MINUTES, WHAT_PIXELS, CorruptFile, IncompleteVideo, MediaError, TooLarge, UndecodableVideo,
    UnsupportedType, too_many_bytes)
from reviewer.media.limits import DEFAULT_LIMITS, Limits
from reviewer.media.provenance import Signal
from reviewer.media.sniff import detect_type


@dataclass(frozen=True)
class Frame:
    """One decoded video frame: its index from 0, its presentation time in seconds, HxWx3 uint8 RGB pixels."""

    index: int
    seconds: float
    rgb: np.ndarray


@dataclass(frozen=True)
class Extent:
    """How much of a video decoded: ``frames`` delivered, and ``duration_s`` from the first presentation
    time to the end of the last frame (its presentation time plus its display time). ``times``: each frame's
    presentation time in seconds, in order (8 bytes a frame), with which a frame is found by seeking and
    recognised where the seek lands; empty when unknown (then frames are found by decoding in order)."""

    frames: int
    duration_s: float
    times: array = field(default_factory=lambda: array("d"), compare=False, repr=False)


# FFmpeg's codec tags (as OpenCV reports them) -> the names people know the formats by.
_CODECS = {"avc1": "H.264", "h264": "H.264", "hev1": "HEVC (H.265)", "hvc1": "HEVC (H.265)", "hevc": "HEVC (H.265)",
           "av01": "AV1", "vp09": "VP9", "vp90": "VP9", "vp80": "VP8", "vp08": "VP8", "mp4v": "MPEG-4",
           "fmp4": "MPEG-4", "xvid": "MPEG-4", "mjpg": "Motion JPEG", "wmv3": "WMV", "wvc1": "VC-1",
           "apcn": "ProRes", "apch": "ProRes", "theo": "Theora"}

# A header count larger than this is no count at all (a WebM written live has no duration, and OpenCV
# then reports a huge or negative number).
_MAX_PLAUSIBLE_COUNT = 1 << 31
# frame_at decodes forward rather than seeks when the frame is at most this many frames ahead.
_SEEK_AHEAD = 30
# Two presentation times read the same way for the same frame agree to well within this (seconds).
_SAME_TIME = 1e-4

_M_COUNT_DIFFERS = QT_TRANSLATE_NOOP(
    "media",
    "The video's header announces a different number of frames from the number that could be decoded. "
    "The number recorded is the number decoded.",
)
_L_COUNT_DIFFERS = QT_TRANSLATE_NOOP(
    "media",
    "Many programs write an estimate (from the duration and frame rate), so a difference of a frame or two is "
    "common and does not mean the video was edited. A large shortfall usually means the file is incomplete.",
)
_M_ENDS_EARLY = QT_TRANSLATE_NOOP(
    "media",
    "The file ends early: it was cut off (for example by an interrupted download or copy). Only the part it "
    "holds could be decoded; everything shown and recorded comes from that part.",
)
_L_ENDS_EARLY = QT_TRANSLATE_NOOP(
    "media",
    "This does not say why the file is incomplete or what the missing part showed. The hashes identify this "
    "incomplete file, not the complete video: ask for a complete copy if one exists.",
)


def _codec_name(fourcc: int) -> str:
    """A readable name for a codec tag; the tag itself (printable characters only) when it is not known."""
    tag = fourcc.to_bytes(4, "little", signed=fourcc < 0).decode("latin-1")
    tag = "".join(c for c in tag if c.isprintable() and c.isascii()).strip()
    return _CODECS.get(tag.lower(), tag or "?")


def _read_at(stream: BinaryIO, offset: int, size: int) -> bytes:
    stream.seek(offset)
    return stream.read(size)


def iso_boxes(stream: BinaryIO, size: int) -> list[tuple[bytes, int, int]] | None:
    """Top-level boxes of an MP4/QuickTime file as (type, offset, length), the last one clipped to the end of
    the file when it runs past it; None when the bytes do not follow the box structure."""
    boxes = []
    offset = 0
    for _ in range(10_000):  # bounded: a hostile file may hold millions of empty boxes
        if offset + 8 > size:
            return boxes
        head = _read_at(stream, offset, 16)
        length, kind = struct.unpack(">I4s", head[:8])
        if length == 1 and len(head) == 16:
            length = struct.unpack(">Q", head[8:16])[0]
        elif length == 0:  # "to the end of the file"
            length = size - offset
        if length < 8:
            return None
        boxes.append((kind, offset, min(length, size - offset)))
        if offset + length >= size:
            return boxes
        offset += length
    return None


def _iso_runs_past_end(stream: BinaryIO, size: int) -> bool:
    offset = 0
    for _ in range(10_000):
        if offset + 8 > size:
            return offset != size
        head = _read_at(stream, offset, 16)
        length = struct.unpack(">I", head[:4])[0]
        if length == 1 and len(head) == 16:
            length = struct.unpack(">Q", head[8:16])[0]
        elif length == 0:
            return False
        if length < 8:
            return False  # not a box structure we can follow; FFmpeg will judge
        if offset + length > size:
            return True
        offset += length
    return False


def _ebml_size(stream: BinaryIO, offset: int) -> tuple[int | None, int]:
    """(value or None when "unknown", bytes used) of the EBML variable-size integer at ``offset``."""
    first = _read_at(stream, offset, 8)
    if not first or first[0] == 0:
        return None, 1
    width = 8 - first[0].bit_length() + 1
    value = first[0] & (0xFF >> width)
    for byte in first[1:width]:
        value = (value << 8) | byte
    unknown = value == (1 << (7 * width)) - 1
    return (None if unknown else value), width


def container_ends_early(stream: BinaryIO, size: int, fmt: str) -> bool:
    """True when the container's own structure says the file is cut off (its last part is missing).

    MP4/MOV: a top-level box runs past the end. WebM/Matroska: the Segment's declared size does (a
    live recording may leave it unknown; then this cannot tell). AVI: the RIFF size does.
    Reads a few header bytes; never raises for malformed input (False when the structure is unreadable).
    """
    try:
        if fmt in ("mp4", "mov"):
            return _iso_runs_past_end(stream, size)
        if fmt == "avi":
            return int.from_bytes(_read_at(stream, 4, 4), "little") + 8 > size
        if fmt in ("webm", "mkv"):
            header_size, width = _ebml_size(stream, 4)
            if header_size is None:
                return False
            segment = 4 + width + header_size
            if _read_at(stream, segment, 4) != b"\x18\x53\x80\x67":
                return False
            body_size, width = _ebml_size(stream, segment + 4)
            return body_size is not None and segment + 4 + width + body_size > size
    except (OSError, struct.error, ValueError):
        return False
    finally:
        stream.seek(0)
    return False


class VideoReader:
    """Frames of one video, from its bytes or from a seekable binary stream of them. Use as a context
    manager; not for concurrent use.

    ``frame_count`` and ``duration_s`` are measured (frames decoded, last presentation time reached): the
    first time either is asked, unless ``extent`` gives them (from an earlier reading of the same bytes) or
    ``frames()`` has already walked to the end, the video is decoded once without converting any picture.
    ``declared_frame_count`` is the container's claim (None when it makes none).

    Raises (from the constructor) UnsupportedType when the bytes are not a supported video, IncompleteVideo
    when the file is cut off before the index FFmpeg needs, CorruptFile when FFmpeg cannot open it
    otherwise, TooLarge past the limits, DecodeTimeout when opening overruns ``limits.decode_timeout_s``.
    """

    def __init__(self, data: bytes | BinaryIO, limits: Limits = DEFAULT_LIMITS, *,
                 extent: Extent | None = None, owns_stream: bool = False) -> None:
        import cv2

        self._cv2 = cv2
        self.limits = limits
        stream: BinaryIO = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
        # ``owns_stream``: close() closes the given stream too (Media.video() hands over a new one).
        self._owned = stream if owns_stream else None
        try:
            self._start(stream, limits, extent)
        except BaseException:
            self.close()
            raise

    def _start(self, stream: BinaryIO, limits: Limits, extent: Extent | None) -> None:
        cv2 = self._cv2
        self._capture = None
        self._abandoned = False
        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
        if size > limits.max_file_bytes:
            raise too_many_bytes(size, limits.max_file_bytes)
        head = stream.read(128)
        stream.seek(0)
        file_type = detect_type(head)
        if file_type.kind != "video":
            raise UnsupportedType(f"{file_type.format} is not a video")
        self.format = file_type.format
        self.size = size
        self.ends_early = container_ends_early(stream, size, self.format)
        self._stream = stream
        self._capture = None
        self._position = 0  # index of the next frame read() returns
        self._frames_read = 0
        self._extent = extent
        # A capture whose decode overran its deadline is still owned by the stray thread: never touch it again.
        self._abandoned = False
        capture = self._open()
        if not capture.isOpened():
            if self.format in ("mp4", "mov") and self.ends_early:
                raise IncompleteVideo(f"{self.format} cut off before its moov index is complete")
            raise CorruptFile(f"FFmpeg cannot open this {self.format}")
        self._capture = capture
        self.codec = _codec_name(int(capture.get(cv2.CAP_PROP_FOURCC)))
        self.width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        self.height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        fps = float(capture.get(cv2.CAP_PROP_FPS))
        count = float(capture.get(cv2.CAP_PROP_FRAME_COUNT))
        if self.width <= 0 or self.height <= 0:
            self.close()
            raise CorruptFile(f"no usable video stream: {self.width}x{self.height}")
        if self.width * self.height > limits.max_pixels:
            self.close()
            raise TooLarge(f"{self.width}x{self.height} frames", what=WHAT_PIXELS, width=self.width, height=self.height)
        # The container's nominal rate; 0 when it gives none (times then come from timestamps only).
        self.nominal_fps = fps if math.isfinite(fps) and fps > 0 else 0.0
        self.declared_frame_count = int(count) if math.isfinite(count) and 0 < count < _MAX_PLAUSIBLE_COUNT else None
        if self.declared_frame_count is not None and self.nominal_fps:
            self._check_seconds(self.declared_frame_count / self.nominal_fps)

    def _open(self):
        """A new FFmpeg capture over the stream, at its start."""
        cv2 = self._cv2
        stream = self._stream
        stream.seek(0)
        # A damaged upload is an expected event reported by our typed error: keep FFmpeg's and OpenCV's
        # own complaints off the reviewer's terminal (the FFmpeg level is read when the backend loads).
        os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
        previous = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        try:
            return run_with_deadline(lambda: cv2.VideoCapture(stream, cv2.CAP_FFMPEG, []), self.limits.decode_timeout_s)
        finally:
            cv2.utils.logging.setLogLevel(previous)

    def _rewind(self, *, force: bool = False) -> None:
        """Back to the first frame by opening the stream again: seeking to frame 0 fails in files without
        an index (a WebM recorded live), and reopening is cheap next to decoding. ``force`` reopens even
        when the position says frame 0 (after a seek that landed nowhere)."""
        if self._position == 0 and not force:
            return
        if self._capture is None:
            raise CorruptFile("the video was closed or a previous frame timed out")
        self._capture.release()
        self._capture = None
        capture = self._open()
        if not capture.isOpened():
            raise CorruptFile(f"FFmpeg cannot open this {self.format} again")
        self._capture = capture
        self._position = 0

    def __enter__(self) -> VideoReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the decoder, and the stream when the reader owns it (safe to call twice)."""
        if getattr(self, "_capture", None) is not None and not self._abandoned:
            self._capture.release()
        self._capture = None
        if self._owned is not None and not self._abandoned:
            self._owned.close()
            self._owned = None

    # -- what was decoded -------------------------------------------------------------------------------

    @property
    def extent(self) -> Extent:
        """Frames decoded and duration reached (measured on first use; see the class docstring)."""
        if self._extent is None:
            self.measure()
        assert self._extent is not None
        return self._extent

    @property
    def frame_count(self) -> int:
        """The number of frames that decode (not the header's claim)."""
        return self.extent.frames

    @property
    def duration_s(self) -> float:
        """Seconds from the first frame's presentation time to the end of the last decoded frame."""
        return self.extent.duration_s

    @property
    def fps(self) -> float:
        """Frames per second: decoded frames over the measured duration (the mean rate when it varies)."""
        extent = self.extent
        if extent.duration_s > 0:
            return extent.frames / extent.duration_s
        return self.nominal_fps or 1.0

    def measure(self) -> Extent:
        """Decode the whole video once, without converting pictures, to count frames and reach the end.

        Raises UndecodableVideo when not one frame decodes, TooLarge past the limits.
        """
        if self._extent is None:
            for _ in self._walk(lambda index, seconds: False):
                pass
        assert self._extent is not None
        return self._extent

    def signals(self) -> tuple[Signal, ...]:
        """What the file's structure says beyond its pictures: it ends early; its header's frame count
        differs from the frames decoded. Measures the video if needed."""
        extent = self.extent
        out = []
        if self.declared_frame_count is not None and self.declared_frame_count != extent.frames:
            out.append(Signal("video.frame_count_differs",
                              f"declared {self.declared_frame_count}, decoded {extent.frames}",
                              _M_COUNT_DIFFERS, _L_COUNT_DIFFERS))
        if self.ends_early:
            announced = "" if self.declared_frame_count is None else f" of {self.declared_frame_count} declared"
            out.append(Signal("video.ends_early",
                              f"decoded {extent.frames} frames{announced}, {extent.duration_s:.3f} s reached",
                              _M_ENDS_EARLY, _L_ENDS_EARLY))
        return tuple(out)

    # -- decoding ---------------------------------------------------------------------------------------

    def _check_seconds(self, seconds: float) -> None:
        if seconds > self.limits.max_video_seconds:
            self.close()
            raise TooLarge(f"{seconds:.0f} s > max_video_seconds", what=WHAT_MINUTES, minutes=round(seconds / 60))

    def _read(self, want: Callable[[float | None], bool]) -> tuple[float | None, np.ndarray | None] | None:
        """Decode the next frame; None at the end of what decodes. Returns its presentation time in seconds
        (None when the stream has none) and, when ``want(seconds)`` is true, its RGB pixels."""
        if self._capture is None:
            raise CorruptFile("the video was closed or a previous frame timed out")
        if self._frames_read >= self.limits.max_video_frames_read:
            raise TooLarge(
                "max_video_frames_read reached", what=WHAT_FRAMES, frames=self.limits.max_video_frames_read
            )
        self._frames_read += 1
        capture = self._capture
        cv2 = self._cv2

        def grab_and_retrieve() -> tuple[bool, float | None, np.ndarray | None]:
            # grab() decodes; retrieve() only converts to BGR, which frames nobody wants skip.
            if not capture.grab():
                return False, None, None
            msec = capture.get(cv2.CAP_PROP_POS_MSEC)
            seconds = msec / 1000 if math.isfinite(msec) and msec >= 0 else None
            if not want(seconds):
                return True, seconds, None
            ok, bgr = capture.retrieve()
            return ok and bgr is not None, seconds, bgr

        try:
            ok, seconds, bgr = run_with_deadline(grab_and_retrieve, self.limits.decode_timeout_s)
        except MediaError:
            self._abandoned = True
            self._capture = None
            raise
        if not ok:
            return None
        self._position += 1
        rgb = None if bgr is None else np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        return seconds, rgb

    def _seconds(self, index: int, seconds: float | None) -> float:
        if seconds is not None:
            return seconds
        return index / self.nominal_fps if self.nominal_fps else 0.0

    def _walk(self, wanted: Callable[[int, float], bool]) -> Iterator[Frame]:
        """Decode every frame from the start; yield, with pixels, those ``wanted(index, seconds)`` accepts
        (it sees every frame, in order). Reaching the end records the extent."""
        self._rewind()
        self._frames_read = 0  # the frame limit bounds each walk, not the reader's lifetime
        index = 0
        first: float | None = None
        last: float | None = None
        step: float | None = None
        times = array("d")
        while True:
            got = self._read(lambda seconds: wanted(index, self._seconds(index, seconds)))
            if got is None:
                break
            seconds = self._seconds(index, got[0])
            if first is None:
                first = seconds
            if last is not None:
                step = seconds - last
            last = seconds
            times.append(seconds)
            self._check_seconds(seconds - first)
            if got[1] is not None:
                yield Frame(index=index, seconds=seconds, rgb=got[1])
            index += 1
        if index == 0:
            if self.ends_early:
                raise IncompleteVideo(f"{self.format} cut off before its first complete frame")
            raise UndecodableVideo("no frame could be decoded", codec=self.codec)
        assert first is not None and last is not None
        # The last frame shows for as long as the one before it did (or one nominal frame period).
        tail = step if step is not None and step > 0 else (1 / self.nominal_fps if self.nominal_fps else 0.0)
        self._extent = Extent(frames=index, duration_s=last - first + tail, times=times)

    def frames(self, *, every_s: float | None = None) -> Iterator[Frame]:
        """Yield frames from the start: every frame, or the first frame at or after each ``every_s`` step of
        presentation time. Walking to the end measures the video (frames between samples are decoded, as the
        codec needs them, but not converted).

        Frames a container announces but that do not decode are not yielded. Raises UndecodableVideo when no
        frame decodes, TooLarge past the limits, DecodeTimeout when one frame overruns the deadline.
        """
        if every_s is not None and every_s <= 0:
            raise ValueError("every_s must be positive")
        next_s = [0.0]

        def wanted(index: int, seconds: float) -> bool:
            if every_s is None:
                return True
            if seconds + 1e-9 < next_s[0]:
                return False
            while next_s[0] <= seconds + 1e-9:
                next_s[0] += every_s
            return True

        yield from self._walk(wanted)

    def frame_at(self, index: int) -> Frame:
        """Decode frame ``index`` (0-based). IndexError when out of range; CorruptFile when it cannot be decoded.

        Seeks to a point before the frame and decodes forward to the frame whose presentation time is the one
        measured for ``index`` (FFmpeg's seek by frame number assumes a constant rate: in a variable-rate
        video it lands elsewhere); decodes in order from the start when the times are unknown or the seek
        lands nowhere useful.
        """
        extent = self.extent
        if not 0 <= index < extent.frames:
            raise IndexError(f"frame {index} outside 0..{extent.frames - 1}")
        if index != self._position and len(extent.times) == extent.frames:
            found = self._seek_to(index, extent.times[index])
            if found is not None:
                return found
        if index < self._position:
            self._rewind()
        while self._position < index:
            if self._read(lambda seconds: False) is None:
                raise CorruptFile(f"frame {index} cannot be decoded")
        got = self._read(lambda seconds: True)
        if got is None or got[1] is None:
            raise CorruptFile(f"frame {index} cannot be decoded")
        return Frame(index=index, seconds=self._seconds(index, got[0]), rgb=got[1])

    def _seek_to(self, index: int, target: float) -> Frame | None:
        """Frame ``index`` at presentation time ``target`` by seeking; None when it is close ahead (decode
        forward instead) or the seek lands nowhere useful (the reader is then back at the start)."""
        assert self._capture is not None
        if self._position <= index <= self._position + _SEEK_AHEAD:
            return None  # close ahead: decoding forward is cheaper than a seek
        # OpenCV turns a frame number into a time with the nominal rate and stops at the first frame at or
        # after it: ask for a number whose time is at or before the target, then decode forward to it.
        before = max(0, math.floor(target * self.nominal_fps) - 1) if self.nominal_fps else 0
        if not self._capture.set(self._cv2.CAP_PROP_POS_FRAMES, before):
            self._rewind(force=True)
            return None
        self._position = -1  # unknown until the frame is recognised by its time
        for _ in range(_SEEK_AHEAD + 2 * max(1, round(self.nominal_fps))):
            got = self._read(lambda seconds: seconds is not None and abs(seconds - target) < _SAME_TIME)
            if got is None or got[0] is None or got[0] > target + _SAME_TIME:
                break
            if got[1] is not None:
                self._position = index + 1
                return Frame(index=index, seconds=got[0], rgb=got[1])
        self._rewind(force=True)
        return None

    def keyframes(self, count: int) -> list[Frame]:
        """``count`` frames evenly spaced over the decoded frames (the middle of each equal part), in order.

        Seeks to each (``frame_at``) when the frames' times are known; otherwise decodes once in order,
        converting only those.
        """
        if count < 1:
            return []
        total = self.frame_count
        count = min(count, total)
        indices = sorted({min(total - 1, int((i + 0.5) * total / count)) for i in range(count)})
        if len(self.extent.times) != total:
            wanted = set(indices)
            out = list(self._walk(lambda index, seconds: index in wanted))
        else:
            out = []
            for index in indices:
                try:
                    out.append(self.frame_at(index))
                except CorruptFile:
                    continue  # a frame that decoded in order may fail after a seek in a damaged file
        if not out:
            raise UndecodableVideo("no frame could be decoded", codec=self.codec)
        return out
