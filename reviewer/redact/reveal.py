"""Reveal rules, independent of any widget: confirmation before the first reveal, re-blur after a
timeout or on the next click, hide everything at once, and one audit event per reveal.

The clocks are injected so that the rules can be tested without waiting: ``clock`` (monotonic
seconds) measures how long a region was visible, ``wall_clock`` (epoch seconds) dates the reveal.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from reviewer.redact.errors import ConfirmationRequired, InvalidSetting
from reviewer.redact.viewing import Target, check_target

MIN_TIMEOUT_S, MAX_TIMEOUT_S = 0.5, 300.0


@dataclass(frozen=True)
class RevealEvent:
    """One ended reveal, as the window records it in the vault.

    started_at: UTC time the region became visible (ISO 8601, milliseconds, "Z");
    duration_s: how long it stayed visible (never more than the timeout);
    ended_by: "timeout", "click" (the next click re-blurred it) or "hide" (hidden by the program or
    the panic action).
    """

    region_index: Target  # a region index, or "softer" / "clear" for the whole picture
    started_at: str
    duration_s: float
    ended_by: str

    def to_json(self) -> dict:
        return {"region_index": self.region_index, "started_at": self.started_at,
                "duration_s": self.duration_s, "ended_by": self.ended_by}


@dataclass
class _Shown:
    since: float          # monotonic clock
    started_at: str       # wall clock, ISO


class RevealState:
    """Which regions of one picture are revealed, and the rules for revealing them.

    ``revealed`` never includes a region past its timeout, even before ``expired()`` collects it,
    so a view that only reads ``revealed`` re-blurs on time. Every method that returns events returns
    each ended reveal exactly once, including reveals that timed out since the last such call.
    Raises InvalidSetting when ``timeout_s`` is outside 0.5..300 seconds.
    """

    def __init__(self, timeout_s: float = 10.0, clock: Callable[[], float] = time.monotonic, *,
                 wall_clock: Callable[[], float] = time.time, confirmed: bool = False,
                 confirm_each: bool = False) -> None:
        if (isinstance(timeout_s, bool) or not isinstance(timeout_s, (int, float)) or not math.isfinite(timeout_s)
                or not MIN_TIMEOUT_S <= timeout_s <= MAX_TIMEOUT_S):
            raise InvalidSetting(f"timeout_s={timeout_s!r}", name="reveal_timeout", value=timeout_s,
                                 allowed=f"{MIN_TIMEOUT_S:g} – {MAX_TIMEOUT_S:g} s")
        self.timeout_s = float(timeout_s)
        self._clock = clock
        self._wall_clock = wall_clock
        self._confirmed = confirmed
        # ViewingPolicy(confirm="every"): each reveal uses up the confirmation that allowed it.
        self._confirm_each = confirm_each
        self._shown: dict[Target, _Shown] = {}
        self._ended: list[RevealEvent] = []

    @property
    def needs_confirmation(self) -> bool:
        """True until the reviewer has confirmed once (``confirm()`` or ``reveal(..., confirmed=True)``)."""
        return not self._confirmed

    def confirm(self) -> None:
        """Record that the reviewer confirmed wanting to see sensitive content; later reveals need no dialog."""
        self._confirmed = True

    @property
    def revealed(self) -> frozenset[Target]:
        """Targets (region indices, SOFTER, CLEAR) shown unblurred right now."""
        now = self._clock()
        return frozenset(i for i, s in self._shown.items() if now - s.since < self.timeout_s)

    def next_deadline(self) -> float | None:
        """Seconds until the next revealed region must re-blur (0 if overdue), None when nothing is revealed.
        The window schedules a single-shot timer with it and then calls ``expired()``."""
        if not self._shown:
            return None
        now = self._clock()
        return max(0.0, min(s.since + self.timeout_s - now for s in self._shown.values()))

    def reveal(self, region_index: Target, *, confirmed: bool = False) -> None:
        """Show ``region_index`` (a region index, or viewing.SOFTER / viewing.CLEAR for the whole picture)
        unblurred from now until the timeout. Revealing a target already shown keeps its original start
        (the timeout is not extended). Raises ConfirmationRequired when the reviewer has not confirmed
        yet and ``confirmed`` is False (with ``confirm_each``, before every reveal); ValueError for a
        target that is neither a non-negative index nor a whole-picture target."""
        target = check_target(region_index)
        if confirmed:
            self.confirm()
        if self.needs_confirmation:
            raise ConfirmationRequired(f"reveal of {target!r} before confirmation")
        self._collect_expired()
        if target not in self._shown:
            started = datetime.fromtimestamp(self._wall_clock(), timezone.utc)
            self._shown[target] = _Shown(
                self._clock(), started.isoformat(timespec="milliseconds").replace("+00:00", "Z"))
            if self._confirm_each:
                self._confirmed = False

    def click(self, region_index: Target | None, *, confirmed: bool = False) -> list[RevealEvent]:
        """A click on the picture, ``region_index`` being the region hit (``boxes.region_at``) or None.

        When something is revealed, the click re-blurs everything and reveals nothing (the
        "next click" rule, which also covers a click on the revealed region itself). Otherwise a click
        on a region reveals it (ConfirmationRequired as for ``reveal``). Returns the ended reveals.
        """
        self._collect_expired()
        if self._shown:
            self._end(list(self._shown), "click")
        elif region_index is not None:
            self.reveal(region_index, confirmed=confirmed)
        return self._take()

    def hide(self, region_index: Target | None = None) -> list[RevealEvent]:
        """Re-blur ``region_index``, or every region when None (the panic action). Returns the ended reveals."""
        self._collect_expired()
        self._end(list(self._shown) if region_index is None else [region_index], "hide")
        return self._take()

    def expired(self) -> list[RevealEvent]:
        """Reveals that reached the timeout (now re-blurred) and any other ended reveals not yet returned."""
        self._collect_expired()
        return self._take()

    def _collect_expired(self) -> None:
        now = self._clock()
        self._end([i for i, s in self._shown.items() if now - s.since >= self.timeout_s], "timeout")

    def _end(self, indices: list[Target], how: str) -> None:
        now = self._clock()
        for index in indices:
            shown = self._shown.pop(index, None)
            if shown is not None:
                duration = min(max(now - shown.since, 0.0), self.timeout_s)
                self._ended.append(RevealEvent(index, shown.started_at, duration, how))

    def _take(self) -> list[RevealEvent]:
        events, self._ended = self._ended, []
        return events
