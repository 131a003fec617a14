"""Read videos from the bytes that were hashed, through OpenCV's FFmpeg backend.

OpenCV 5 reads from a Python stream object, so the video is decoded from an in-memory copy of the
hashed bytes: the file is never opened again and no temporary copy is written.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from reviewer.media.deadline import run_with_deadline
from reviewer.media.errors import (
    WHAT_FRAMES, WHAT_MINUTES, WHAT_PIXELS, CorruptFile, MediaError, TooLarge, UndecodableVideo, UnsupportedType,
    too_many_bytes)
from reviewer.media.limits import DEFAULT_LIMITS, Limits
from reviewer.media.sniff import detect_type


@dataclass(frozen=True)
class Frame:
    """One decoded video frame: its index from 0, its time in seconds, and HxWx3 uint8 RGB pixels."""

    index: int
    seconds: float
    rgb: np.ndarray


# FFmpeg's codec tags (as OpenCV reports them) -> the names people know the formats by.
_CODECS = {"avc1": "H.264", "h264": "H.264", "hev1": "HEVC (H.265)", "hvc1": "HEVC (H.265)", "hevc": "HEVC (H.265)",
           "av01": "AV1", "vp09": "VP9", "vp90": "VP9", "vp80": "VP8", "vp08": "VP8", "mp4v": "MPEG-4",
           "fmp4": "MPEG-4", "xvid": "MPEG-4", "mjpg": "Motion JPEG", "wmv3": "WMV", "wvc1": "VC-1",
           "apcn": "ProRes", "apch": "ProRes", "theo": "Theora"}


def _codec_name(fourcc: int) -> str:
    """A readable name for a codec tag; the tag itself (printable characters only) when it is not known."""
    tag = fourcc.to_bytes(4, "little", signed=fourcc < 0).decode("latin-1")
    tag = "".join(c for c in tag if c.isprintable() and c.isascii()).strip()
    return _CODECS.get(tag.lower(), tag or "?")


class VideoReader:
    """Frames of one video held in memory. Use as a context manager; not for concurrent use.

    Raises (from the constructor) UnsupportedType when the bytes are not a supported video, CorruptFile
    when FFmpeg cannot open them or they report no frames, TooLarge past the limits, DecodeTimeout
    when opening overruns ``limits.decode_timeout_s``.
    """

    def __init__(self, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
        import cv2

        self._cv2 = cv2
        self.limits = limits
        if len(data) > limits.max_file_bytes:
            raise too_many_bytes(len(data), limits.max_file_bytes)
        file_type = detect_type(data)
        if file_type.kind != "video":
            raise UnsupportedType(f"{file_type.format} is not a video")
        self.format = file_type.format
        self._stream = io.BytesIO(data)
        self._capture = None
        self._position = 0  # index of the next frame read() returns
        self._frames_read = 0
        # A capture whose decode overran its deadline is still owned by the stray thread: never touch it again.
        self._abandoned = False
        # A damaged upload is an expected event reported by our typed error: keep FFmpeg's and OpenCV's
        # own complaints off the reviewer's terminal (the FFmpeg level is read when the backend loads).
        os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
        previous = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        try:
            capture = run_with_deadline(
                lambda: cv2.VideoCapture(self._stream, cv2.CAP_FFMPEG, []), limits.decode_timeout_s
            )
        finally:
            cv2.utils.logging.setLogLevel(previous)
        if not capture.isOpened():
            raise CorruptFile(f"FFmpeg cannot open this {self.format}")
        self._capture = capture
        self.codec = _codec_name(int(capture.get(cv2.CAP_PROP_FOURCC)))
        self.width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        self.height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        fps = float(capture.get(cv2.CAP_PROP_FPS))
        count = int(capture.get(cv2.CAP_PROP_FRAME_COUNT))
        if self.width <= 0 or self.height <= 0 or not math.isfinite(fps) or fps <= 0 or count <= 0:
            self.close()
            raise CorruptFile(f"no usable video stream: {self.width}x{self.height}, {fps} fps, {count} frames")
        if self.width * self.height > limits.max_pixels:
            self.close()
            raise TooLarge(f"{self.width}x{self.height} frames", what=WHAT_PIXELS, width=self.width, height=self.height)
        self.fps = fps
        self.frame_count = count
        self.duration_s = count / fps
        if self.duration_s > limits.max_video_seconds:
            self.close()
            raise TooLarge(
                f"{self.duration_s:.0f} s > max_video_seconds", what=WHAT_MINUTES, minutes=round(self.duration_s / 60)
            )

    def __enter__(self) -> VideoReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the decoder (safe to call twice)."""
        if self._capture is not None and not self._abandoned:
            self._capture.release()
        self._capture = None

    def _read(self, *, pixels: bool = True) -> np.ndarray | None | bool:
        """Decode the next frame: RGB pixels, or True when ``pixels`` is False (decoded, not converted);
        None at the end of the stream."""
        if self._capture is None:
            raise CorruptFile("the video was closed or a previous frame timed out")
        if self._frames_read >= self.limits.max_video_frames_read:
            raise TooLarge(
                "max_video_frames_read reached", what=WHAT_FRAMES, frames=self.limits.max_video_frames_read
            )
        self._frames_read += 1
        capture = self._capture

        def grab_and_retrieve() -> tuple[bool, np.ndarray | None]:
            if not capture.grab():
                return False, None
            return True, (capture.retrieve()[1] if pixels else None)

        try:
            ok, bgr = run_with_deadline(grab_and_retrieve, self.limits.decode_timeout_s)
        except MediaError:
            self._abandoned = True
            self._capture = None
            raise
        if not ok:
            return None
        self._position += 1
        if not pixels:
            return True
        if bgr is None:
            return None
        return np.ascontiguousarray(self._cv2.cvtColor(bgr, self._cv2.COLOR_BGR2RGB))

    def _seek(self, index: int) -> None:
        if index != self._position:
            if self._capture is None:
                raise CorruptFile("the video was closed or a previous frame timed out")
            self._capture.set(self._cv2.CAP_PROP_POS_FRAMES, index)
            self._position = index

    def frames(self, *, every_s: float | None = None) -> Iterator[Frame]:
        """Yield frames from the start: every frame, or the first frame at or after each ``every_s`` step.

        The last frames a container announces but cannot decode are simply not yielded.
        """
        if every_s is not None and every_s <= 0:
            raise ValueError("every_s must be positive")
        self._seek(0)
        next_s = 0.0
        index = 0
        while True:
            seconds = index / self.fps
            wanted = every_s is None or seconds + 1e-9 >= next_s
            # Frames between samples are decoded (the codec needs them) but not converted to RGB.
            rgb = self._read(pixels=wanted)
            if rgb is None:
                return
            if wanted:
                yield Frame(index=index, seconds=seconds, rgb=rgb)
                if every_s is not None:
                    while next_s <= seconds + 1e-9:
                        next_s += every_s
            index += 1

    def frame_at(self, index: int) -> Frame:
        """Decode frame ``index`` (0-based). IndexError when out of range; CorruptFile when it cannot be decoded."""
        if not 0 <= index < self.frame_count:
            raise IndexError(f"frame {index} outside 0..{self.frame_count - 1}")
        self._seek(index)
        rgb = self._read()
        if rgb is None:
            raise CorruptFile(f"frame {index} cannot be decoded")
        return Frame(index=index, seconds=index / self.fps, rgb=rgb)

    def keyframes(self, count: int) -> list[Frame]:
        """``count`` frames evenly spaced over the video (the middle of each equal part), in order."""
        if count < 1:
            return []
        count = min(count, self.frame_count)
        indices = sorted({min(self.frame_count - 1, int((i + 0.5) * self.frame_count / count)) for i in range(count)})
        out = []
        for index in indices:
            try:
                out.append(self.frame_at(index))
            except CorruptFile:
                continue  # containers may announce a few more frames than they hold; skip those
        if not out:
            raise UndecodableVideo("no frame could be decoded", codec=self.codec)
        return out
