"""Run one decode with a time bound.

Python cannot kill a thread, so a decode that overruns keeps running in a daemon thread until it
finishes; the caller gets DecodeTimeout at once. That is acceptable because the pixel and size
limits, checked before decoding, bound the work the stray thread can still do (docs/adr/).
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from reviewer.media.errors import DecodeTimeout

T = TypeVar("T")


def run_with_deadline(work: Callable[[], T], timeout_s: float) -> T:
    """Return ``work()``, re-raising its exception; raise DecodeTimeout after ``timeout_s`` seconds."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the caller's thread below
            outcome["error"] = error

    thread = threading.Thread(target=target, name="reviewer-decode", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if thread.is_alive():
        raise DecodeTimeout(f"decode still running after {timeout_s} s", seconds=f"{timeout_s:g}")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
