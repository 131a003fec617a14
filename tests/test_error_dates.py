"""Times in error messages are written in words in the message's language, never as an ISO string."""

from __future__ import annotations

import pytest

from reviewer import translations
from reviewer.errors import Moment
from reviewer.vault.errors import ClockBehind


@pytest.fixture
def french():
    translations.install("fr")
    yield
    translations.install("en")


def test_a_time_reads_in_words_in_english():
    message = ClockBehind(now=Moment("2026-12-06T21:58:03.120Z"), last=Moment("2026-12-07T08:01:00.000Z")).message
    assert "6 December 2026 at 21:58 UTC" in message and "7 December 2026 at 08:01 UTC" in message
    assert "2026-12-06T" not in message


def test_a_time_reads_in_words_in_french(french):
    message = ClockBehind(now=Moment("2026-12-01T21:58:03.120Z"), last=Moment("2026-12-07T08:01:00.000Z")).message
    assert "1er décembre 2026 à 21:58 UTC" in message and "7 décembre 2026 à 08:01 UTC" in message
    assert "December" not in message and "T21:58" not in message


def test_a_damaged_time_is_shown_as_it_is():
    assert "20x6-garbage" in ClockBehind(now=Moment("20x6-garbage"), last=Moment("2026-12-07T08:01:00.000Z")).message
