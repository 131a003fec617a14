"""The per-media pipeline as pure state, and the keep-recent memory policy.

A media goes read -> described -> stored -> detected -> heatmaps (heatmaps: still images only). What
to do next depends on what is in memory and on what the case's records already say, never on a flag
that would be lost when the case is closed or the application restarted: ``next_step`` answers it
from a ``MediaProgress`` (what this process holds) and the media's ``MediaRecords`` (what the vault
holds). The window and ``reviewer analyse`` both follow it; neither decides on its own.

``KeepRecent`` is the memory rule of the window (docs/adr/0011-window.md): keep the heavy part of the
N items used last, let older ones go (they are read back or rebuilt when used again).
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Callable, Generic, Hashable, TypeVar

from reviewer.casework.case_records import MediaRecords


class Stage(enum.Enum):
    """How far a media has gone in this process."""

    NEW = "new"                  # a file named, nothing read yet
    READ = "read"                # its bytes are in memory (from the file or read back from the vault)
    DESCRIBED = "described"      # hashed, typed, decoded once (a reviewer.media.Media)
    STORED = "stored"            # in the vault (it has a media id)
    DETECTED = "detected"        # its sensitive regions are known (computed or read from a record)
    HEATMAPS = "heatmaps"        # its forensic maps are known (computed or read from a record)
    FAILED = "failed"            # reading, describing or detection failed: said in plain words


class Step(enum.Enum):
    """What to do next for a media."""

    READ_FILE = "read_file"                  # read and describe the user's file
    READ_BACK = "read_back"                  # read the stored bytes back from the vault and describe them
    STORE = "store"                          # ingest into the case
    DETECT = "detect"                        # run the region detector, and record it
    DETECT_UNRECORDED = "detect_unrecorded"  # run the detector to show regions; the same analysis is recorded
    REUSE_DETECTION = "reuse_detection"      # read the recorded regions (no model run)
    HEATMAPS = "heatmaps"                    # compute the maps, and record them
    REUSE_HEATMAPS = "reuse_heatmaps"        # read the recorded maps (no computation)
    DONE = "done"


@dataclass(frozen=True)
class MediaProgress:
    """What this process holds of one media (pure value: each change makes a new one)."""

    media_id: str | None = None
    kind: str | None = None          # "image" or "video" once described
    described: bool = False          # a Media is in memory
    detected: bool = False           # regions in memory
    heatmaps: bool = False           # maps in memory (8-bit, as recorded)
    failed: str | None = None        # plain-words reason
    from_file: bool = False          # a new file being added (not yet stored) rather than a stored media

    @property
    def stage(self) -> Stage:
        if self.failed:
            return Stage.FAILED
        if self.heatmaps:
            return Stage.HEATMAPS
        if self.detected:
            return Stage.DETECTED
        if self.media_id is not None and self.described:
            return Stage.STORED
        if self.described:
            return Stage.DESCRIBED
        return Stage.NEW

    def with_(self, **changes) -> MediaProgress:
        return replace(self, **changes)


def next_step(progress: MediaProgress, recorded: MediaRecords | None, *, detection_method: dict | None = None,
              heatmaps_method: dict | None = None, want_heatmaps: bool = True) -> Step:
    """The next step for a media, from what is in memory (``progress``) and what is recorded (``recorded``).

    ``detection_method`` / ``heatmaps_method``: the method the current detector / heatmap code would record
    (None: unknown yet, e.g. the model still loading; then a recorded analysis of any version is reused).
    A recorded analysis of another model or method version is never reused: the analysis runs again and
    is recorded (a new, visible record). ``want_heatmaps``: False when nobody is looking at the media yet
    (maps cost seconds; the window computes them for the photo on screen, ``reviewer analyse`` for all).
    """
    if progress.failed:
        return Step.DONE
    if not progress.described:
        if progress.media_id is None:
            return Step.READ_FILE
        if recorded is not None and recorded.purged:
            return Step.DONE
        return Step.READ_BACK
    if progress.media_id is None:
        return Step.STORE
    if not progress.detected:
        reusable = recorded is not None and recorded.detection is not None and (
            detection_method is None or recorded.has_analysis(detection_method))
        if reusable and progress.kind == "image":
            return Step.REUSE_DETECTION
        if reusable:
            return Step.DETECT_UNRECORDED  # a video: its tracked regions are not rebuilt from the record
        return Step.DETECT
    if progress.kind != "image" or progress.heatmaps or not want_heatmaps:
        return Step.DONE
    if recorded is not None and recorded.heatmaps is not None and (
            heatmaps_method is None or recorded.has_analysis(heatmaps_method)):
        return Step.REUSE_HEATMAPS
    return Step.HEATMAPS


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class KeepRecent(Generic[K, V]):
    """The items used last, up to ``limit``; older ones are offered to ``let_go`` (oldest first).

    ``let_go(item)`` frees the heavy part of an item and returns True, or returns False when it must stay
    for now (it is being worked on); ``pinned(item)`` marks one that never goes (the media on screen).
    """

    def __init__(self, limit: int, let_go: Callable[[V], bool], pinned: Callable[[V], bool] = lambda _v: False) -> None:
        self.limit = limit
        self._let_go = let_go
        self._pinned = pinned
        self._items: OrderedDict[K, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: K) -> bool:
        return key in self._items

    def keys(self) -> list[K]:
        return list(self._items)

    def clear(self) -> None:
        self._items.clear()

    def discard(self, key: K) -> None:
        self._items.pop(key, None)

    def touch(self, key: K, item: V) -> None:
        """Mark ``item`` as used last; then let older items go until at most ``limit`` remain (never ``item``
        itself: it was just asked for)."""
        self._items[key] = item
        self._items.move_to_end(key)
        for old_key, old in list(self._items.items()):
            if len(self._items) <= self.limit or old_key == key:
                break
            if not self._pinned(old) and self._let_go(old):
                del self._items[old_key]
