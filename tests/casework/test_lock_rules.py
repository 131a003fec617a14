"""The lock's rules, without Qt: when the inactivity policy is due, its bounds, and what ``wipe`` overwrites."""

from __future__ import annotations

import numpy as np

from reviewer.casework.lock import DEFAULT_MINUTES, MAX_MINUTES, InactivityClock, InactivityPolicy, wipe


def test_the_policy_is_on_by_default_and_kept_within_bounds():
    assert InactivityPolicy().enabled and InactivityPolicy().minutes == DEFAULT_MINUTES
    assert not InactivityPolicy(0).clamped().enabled
    assert not InactivityPolicy(-3).clamped().enabled and not InactivityPolicy(float("nan")).clamped().enabled
    assert InactivityPolicy(0.1).clamped().minutes == 1.0
    assert InactivityPolicy(10_000).clamped().minutes == MAX_MINUTES


def test_the_clock_is_due_after_the_time_without_input_and_input_resets_it():
    clock = InactivityClock(InactivityPolicy(5), now=1000.0)
    assert not clock.due(1000.0 + 299) and clock.seconds_left(1000.0 + 299) == 1.0
    assert clock.due(1000.0 + 300)
    clock.touch(1200.0)
    assert not clock.due(1300.0) and clock.due(1500.0)
    clock.touch(1100.0)  # an older event never moves the clock back
    assert clock.due(1500.0)
    off = InactivityClock(InactivityPolicy(0), now=0.0)
    assert not off.due(10**9) and off.seconds_left(10**9) is None


def test_wipe_overwrites_writable_buffers_and_leaves_read_only_decodes_alone():
    overlay = np.full((4, 4, 4), 200, np.uint8)
    decode = np.full((4, 4, 3), 90, np.uint8)
    decode.flags.writeable = False
    assert wipe([overlay, decode, None, "not an array", np.zeros(0)]) == 1
    assert not overlay.any()
    assert (decode == 90).all()
