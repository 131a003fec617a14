"""Reveal rules with an injected clock (a time source, not a stand-in for any of our components)."""

from __future__ import annotations

from datetime import datetime

import pytest

from reviewer.redact import ConfirmationRequired, InvalidSetting, RevealEvent, RevealState


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


WALL_START = 1_764_063_000.0  # 2025-11-25T09:30:00Z


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(clock) -> RevealState:
    wall = FakeClock(WALL_START)
    clock.wall = wall  # one test advances both together

    def wall_clock() -> float:
        return wall.now + (clock.now - 1000.0)

    return RevealState(timeout_s=10, clock=clock, wall_clock=wall_clock)


def test_the_first_reveal_needs_confirmation(state):
    assert state.needs_confirmation
    with pytest.raises(ConfirmationRequired) as caught:
        state.reveal(0)
    assert caught.value.code == "redact.confirmation_required"
    assert state.revealed == frozenset()
    state.confirm()
    assert not state.needs_confirmation
    state.reveal(0)
    assert state.revealed == {0}


def test_a_confirmed_reveal_counts_as_the_confirmation(state):
    state.reveal(2, confirmed=True)
    assert state.revealed == {2} and not state.needs_confirmation
    state.hide()
    state.reveal(3)  # no second confirmation
    assert state.revealed == {3}


def test_a_click_needs_confirmation_too(state):
    with pytest.raises(ConfirmationRequired):
        state.click(0)
    assert state.click(0, confirmed=True) == []
    assert state.revealed == {0}


def test_a_state_created_confirmed_needs_no_dialog(clock):
    assert not RevealState(clock=clock, confirmed=True).needs_confirmation


def test_reveal_re_blurs_after_the_timeout_and_reports_one_event(state, clock):
    state.reveal(1, confirmed=True)
    clock.advance(9.9)
    assert state.revealed == {1}
    assert state.expired() == []
    assert state.next_deadline() == pytest.approx(0.1)
    clock.advance(0.2)
    # Already hidden for the view, even before expired() is called.
    assert state.revealed == frozenset()
    events = state.expired()
    assert events == [RevealEvent(1, "2025-11-25T09:30:00.000Z", 10.0, "timeout")]
    assert state.expired() == []  # each reveal is reported once
    assert state.next_deadline() is None


def test_the_timeout_is_configurable(clock):
    state = RevealState(timeout_s=3, clock=clock, confirmed=True)
    state.reveal(0)
    clock.advance(3)
    assert state.revealed == frozenset()
    assert [e.duration_s for e in state.expired()] == [3.0]


def test_the_next_click_re_blurs_everything_and_reveals_nothing(state, clock):
    state.reveal(0, confirmed=True)
    state.reveal(1)
    clock.advance(2.5)
    events = state.click(4)
    assert state.revealed == frozenset()
    assert sorted((e.region_index, e.duration_s, e.ended_by) for e in events) == [(0, 2.5, "click"), (1, 2.5, "click")]
    # The click after that reveals.
    assert state.click(4) == []
    assert state.revealed == {4}


def test_clicking_the_revealed_region_hides_it(state, clock):
    state.click(3, confirmed=True)
    clock.advance(1.25)
    events = state.click(3)
    assert state.revealed == frozenset()
    assert [(e.region_index, e.duration_s, e.ended_by) for e in events] == [(3, 1.25, "click")]


def test_a_click_outside_regions_hides_what_is_revealed(state, clock):
    state.click(3, confirmed=True)
    clock.advance(1)
    assert [e.region_index for e in state.click(None)] == [3]
    assert state.click(None) == [] and state.revealed == frozenset()


def test_panic_hides_all_at_once(state, clock):
    state.reveal(0, confirmed=True)
    clock.advance(1)
    state.reveal(5)
    clock.advance(2)
    events = state.hide()
    assert state.revealed == frozenset()
    assert {(e.region_index, e.duration_s, e.ended_by) for e in events} == {(0, 3.0, "hide"), (5, 2.0, "hide")}
    assert state.hide() == []


def test_hide_one_region_keeps_the_others(state, clock):
    state.reveal(0, confirmed=True)
    state.reveal(1)
    clock.advance(4)
    assert [e.region_index for e in state.hide(0)] == [0]
    assert state.revealed == {1}
    assert state.hide(7) == []  # not revealed: nothing to report


def test_revealing_again_does_not_extend_the_timeout(state, clock):
    state.reveal(0, confirmed=True)
    clock.advance(6)
    state.reveal(0)
    clock.advance(5)
    assert state.revealed == frozenset()
    assert [e.duration_s for e in state.expired()] == [10.0]


def test_a_timed_out_reveal_is_reported_by_whichever_call_comes_next(state, clock):
    """No event is lost when the window hides all before its timer collected a timed-out reveal."""
    state.reveal(0, confirmed=True)
    clock.advance(12)
    state.reveal(1)
    clock.advance(1)
    events = state.hide()
    assert [(e.region_index, e.duration_s, e.ended_by) for e in events] == [(0, 10.0, "timeout"), (1, 1.0, "hide")]


def test_a_region_can_be_revealed_again_after_it_timed_out(state, clock):
    state.reveal(0, confirmed=True)
    clock.advance(11)
    state.reveal(0)  # collects the old reveal first, then starts a new one
    clock.advance(2)
    events = state.hide()
    assert [(e.ended_by, e.duration_s) for e in events] == [("timeout", 10.0), ("hide", 2.0)]
    assert events[0].started_at == "2025-11-25T09:30:00.000Z"
    assert events[1].started_at == "2025-11-25T09:30:11.000Z"


def test_events_serialise_for_the_vault(state, clock):
    state.reveal(2, confirmed=True)
    clock.advance(0.5)
    (event,) = state.hide()
    assert event.to_json() == {"region_index": 2, "started_at": "2025-11-25T09:30:00.000Z",
                               "duration_s": 0.5, "ended_by": "hide"}


@pytest.mark.parametrize("timeout", [0, -1, 0.1, 301, float("nan"), float("inf"), "10", True])
def test_unusable_timeouts_raise_a_typed_error(clock, timeout):
    with pytest.raises(InvalidSetting) as caught:
        RevealState(timeout_s=timeout, clock=clock)
    assert "reveal_timeout" in caught.value.message


@pytest.mark.parametrize("index", [-1, 1.5, True])
def test_region_indices_must_be_non_negative_integers(state, index):
    with pytest.raises(ValueError):
        state.reveal(index, confirmed=True)


def test_the_real_clock_is_the_default():
    state = RevealState(confirmed=True)
    state.reveal(0)
    assert state.revealed == {0}
    (event,) = state.hide()
    assert event.ended_by in ("hide", "timeout") and event.duration_s >= 0
    assert datetime.fromisoformat(event.started_at).tzinfo is not None and event.started_at.endswith("Z")
