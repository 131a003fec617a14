"""When the window locks and what it lets go of; no Qt (the window's side is reviewer/ui/lock.py).

A reviewer who steps away leaves the victims' pictures and an unlocked signing key on the screen. The
window therefore locks on request (File ▸ Lock) and after ``InactivityPolicy.minutes`` without any key
press or mouse use (on by default: ``DEFAULT_MINUTES``; 0 turns it off, in the settings). Locking:

- hides all media, as the panic key does;
- lets go of the session: the reviewer's signing key and the vault's data key are no longer referenced
  by the window (Python cannot erase immutable ``bytes``; the references go, the memory is reused);
- lets go of the decoded pixels (the display decode, the renderings, the heatmap overlays, the media
  bytes) and overwrites the buffers the window made itself and may change (``wipe``: the coloured
  overlays). The decodes themselves are read-only by design (reviewer.media: what was hashed is what
  was seen) and may still be read by a worker: they are let go, never overwritten;
- asks for the passphrase again before anything can be seen or sealed.

The panic key also lets go of the pixels (best effort, the same ``wipe``), but keeps the session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DEFAULT_MINUTES = 5.0
MAX_MINUTES = 240.0


@dataclass(frozen=True)
class InactivityPolicy:
    """Lock after ``minutes`` without input; 0 means never."""

    minutes: float = DEFAULT_MINUTES

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    def clamped(self) -> InactivityPolicy:
        """The same policy within 0 (off) .. ``MAX_MINUTES``, at least one minute when on."""
        minutes = float(self.minutes)
        if minutes != minutes or minutes <= 0:  # NaN or off
            return InactivityPolicy(0.0)
        return InactivityPolicy(min(MAX_MINUTES, max(1.0, minutes)))


class InactivityClock:
    """Tells when the policy's time without input has passed. Times are ``time.monotonic()`` seconds."""

    def __init__(self, policy: InactivityPolicy, now: float) -> None:
        self.policy = policy.clamped()
        self.last_input = now

    def touch(self, now: float) -> None:
        """The user pressed a key or used the mouse at ``now``."""
        self.last_input = max(self.last_input, now)

    def due(self, now: float) -> bool:
        """True when the window should lock at ``now``."""
        return self.policy.enabled and now - self.last_input >= self.policy.minutes * 60.0

    def seconds_left(self, now: float) -> float | None:
        """Seconds until the lock is due (None when the policy is off)."""
        if not self.policy.enabled:
            return None
        return max(0.0, self.policy.minutes * 60.0 - (now - self.last_input))


def wipe(values: Iterable[Any]) -> int:
    """Overwrite with zeros every writable numpy array among ``values`` (None, read-only arrays and other
    values are skipped); return how many were overwritten.

    Only for buffers that hold pixels for display and that no computation still needs: a worker still
    reading one would see zeros. Read-only arrays (the media layer's decodes) are never made writable.
    Best effort: copies Qt or a library made are not reached.
    """
    import numpy as np

    count = 0
    for value in values:
        if isinstance(value, np.ndarray) and value.flags.writeable and value.size:
            value.fill(0)
            count += 1
    return count
