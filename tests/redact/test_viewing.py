"""Nothing with recoverable detail before a deliberate reveal, whatever the detector found (issue 19)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from reviewer.redact import (
    Box,
    CLEAR,
    SOFTER,
    ConfirmationRequired,
    InvalidSetting,
    RevealState,
    ViewingPolicy,
    footprint,
    high_pass_correlation,
    minor_viewing_refusal,
    needs_confirmation,
    render_view,
    thumbnail,
)

DISPLAY_SIZES = (1.0, 0.5, 0.25, 0.1)


def fine_pattern(height: int = 600, width: int = 800, seed: int = 3) -> np.ndarray:
    """A synthetic test pattern full of fine detail: thin lines, a checkerboard, text and noise."""
    rng = np.random.default_rng(seed)
    image = np.full((height, width, 3), 128, np.uint8)
    image[::7, :] = 255
    image[:, ::11] = 0
    yy, xx = np.mgrid[0:height, 0:width]
    image[((yy // 4 + xx // 4) % 2 == 0) & (yy > height // 2)] = (30, 200, 90)
    for i in range(12):
        cv2.putText(image, f"DETAIL {i}", (20, 40 + 45 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (10, 10, 10), 2)
    return np.clip(image.astype(np.int16) + rng.integers(-20, 21, image.shape), 0, 255).astype(np.uint8)


def displayed(image: np.ndarray, scale: float) -> np.ndarray:
    if scale == 1.0:
        return image
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


@pytest.mark.parametrize("scale", DISPLAY_SIZES)
def test_a_picture_with_no_detection_shows_no_detail_by_default_at_any_displayed_size(scale):
    clear = fine_pattern()
    shown = render_view(clear, [], analysed=True)
    assert high_pass_correlation(displayed(shown, scale), displayed(clear, scale)) < 0.05
    # The same measure sees the detail of the clear picture (the test would catch a leak).
    grey = cv2.cvtColor(cv2.cvtColor(clear, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    assert high_pass_correlation(displayed(grey, scale), displayed(clear, scale)) > 0.9


def test_the_grid_thumbnail_follows_the_same_rule():
    clear = fine_pattern()
    small = thumbnail(clear, [], analysed=True)
    reference = displayed(clear, small.shape[1] / clear.shape[1])
    assert max(small.shape[:2]) <= 256
    assert high_pass_correlation(small, cv2.resize(reference, small.shape[1::-1])) < 0.05


def test_region_only_configured_returns_version_one_behaviour():
    clear = fine_pattern()
    policy = ViewingPolicy(base="regions")
    shown = render_view(clear, [], analysed=True, policy=policy)
    assert np.array_equal(shown[..., 0], cv2.cvtColor(clear, cv2.COLOR_RGB2GRAY))
    assert high_pass_correlation(thumbnail(clear, [], analysed=True, policy=policy),
                                 displayed(clear, 256 / 800)) > 0.5


def test_before_analysis_even_region_only_blurs_the_whole_picture():
    clear = fine_pattern()
    shown = render_view(clear, [], analysed=False, policy=ViewingPolicy(base="regions"))
    assert high_pass_correlation(shown, clear) < 0.05


def test_uncovering_one_region_shows_only_that_region():
    clear = fine_pattern()
    region = Box(300, 200, 460, 330)
    shown = render_view(clear, [region], analysed=True, uncovered=[0])
    box = footprint(region)
    grey = cv2.cvtColor(clear, cv2.COLOR_RGB2GRAY)
    assert np.array_equal(shown[box.y0:box.y1, box.x0:box.x1, 0], grey[box.y0:box.y1, box.x0:box.x1])
    outside = shown.copy()
    outside[box.y0:box.y1, box.x0:box.x1] = 0
    masked = clear.copy()
    masked[box.y0:box.y1, box.x0:box.x1] = 0
    assert high_pass_correlation(outside[:150], masked[:150]) < 0.05


def test_softer_keeps_the_scene_but_blurs_every_region_and_clear_shows_everything():
    clear = fine_pattern()
    region = Box(300, 200, 460, 330)
    softer = render_view(clear, [region], analysed=True, uncovered=[SOFTER])
    blurred = render_view(clear, [region], analysed=True)
    assert not np.array_equal(softer, blurred)
    box = footprint(region)
    grey = cv2.cvtColor(clear, cv2.COLOR_RGB2GRAY)
    inside = (slice(box.y0 + 20, box.y1 - 20), slice(box.x0 + 20, box.x1 - 20))
    assert high_pass_correlation(softer[inside][..., 0], grey[inside]) < 0.05
    assert high_pass_correlation(displayed(softer, 0.1), displayed(clear, 0.1)) > high_pass_correlation(
        displayed(blurred, 0.1), displayed(clear, 0.1))
    assert np.array_equal(render_view(clear, [region], analysed=True, uncovered=[CLEAR])[..., 0], grey)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_confirmation_before_every_reveal_with_a_countdown_and_a_re_blur():
    clock = FakeClock()
    state = RevealState(timeout_s=5.0, clock=clock, wall_clock=lambda: 1_765_000_000.0, confirm_each=True)
    with pytest.raises(ConfirmationRequired):
        state.reveal(CLEAR)
    state.reveal(CLEAR, confirmed=True)
    assert state.revealed == {CLEAR}
    clock.now += 2.0
    assert state.next_deadline() == pytest.approx(3.0)  # the countdown the window shows
    clock.now += 3.0
    assert state.revealed == frozenset()
    (event,) = state.expired()
    assert (event.region_index, event.ended_by, event.duration_s) == (CLEAR, "timeout", 5.0)
    with pytest.raises(ConfirmationRequired):  # the next reveal is confirmed again
        state.reveal(0)
    with pytest.raises(ValueError):
        state.reveal("everything", confirmed=True)


def test_first_per_media_asks_once_per_media_and_never_once_per_session():
    assert needs_confirmation(ViewingPolicy(confirm="every"), "m1", {"m1"})
    policy = ViewingPolicy(confirm="first-per-media")
    assert not needs_confirmation(policy, "m1", {"m1"})
    assert needs_confirmation(policy, "m2", {"m1"})
    with pytest.raises(InvalidSetting):
        ViewingPolicy(confirm="once-per-session")


def test_a_suspected_minor_is_offered_only_to_another_reviewer_or_to_nobody():
    assert minor_viewing_refusal(ViewingPolicy(), "key-b", {"key-a"}) is None
    assert "four-eyes" in minor_viewing_refusal(ViewingPolicy(), "key-a", {"key-a"})
    assert minor_viewing_refusal(ViewingPolicy(minor_viewing="never"), "key-b", {"key-a"}) is not None
