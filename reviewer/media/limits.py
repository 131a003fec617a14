"""Bounds on what the reviewer agrees to read, so a hostile file cannot exhaust memory or time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Safe bounds for reading media; every field can be raised by the caller.

    max_file_bytes bounds any file (videos); images are additionally capped by max_image_bytes.
    max_pixels is checked from the file header before any pixel is decoded (and bounds video frames);
    max_side bounds each side of an image the same way: a 1 x 100,000,000 strip passes the pixel count but no
    viewer, scaler or detector handles it (JPEG and WebP stop at 65,535 and 16,383 anyway).
    max_gif_frames bounds the frames of animated GIF and WebP files, counted without decoding.
    """

    max_file_bytes: int = 2 * 1024**3
    max_image_bytes: int = 256 * 1024**2
    max_pixels: int = 100_000_000
    max_side: int = 65_535
    max_gif_frames: int = 10_000
    max_video_seconds: float = 4 * 3600.0
    max_video_frames_read: int = 200_000
    decode_timeout_s: float = 30.0


DEFAULT_LIMITS = Limits()
