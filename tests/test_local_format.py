"""Numbers and dates read as a French or an English reader writes them."""

from datetime import datetime, timedelta, timezone

from reviewer import local_format as fmt


def test_french_numbers_use_a_decimal_comma_and_narrow_spaces_between_thousands():
    assert fmt.number(1234567.891, "fr", 2) == "1\u202f234\u202f567,89"
    assert fmt.number(1234567.891, "en", 2) == "1,234,567.89"
    assert fmt.percent(0.046, "fr") == "4,6\u00a0%"
    assert fmt.percent(0.046, "en") == "4.6%"
    assert fmt.seconds(10, "fr", 2) == "10,00\u00a0s"
    assert fmt.byte_size(1_300_000, "fr") == "1,3\u00a0Mo" and fmt.byte_size(1_300_000, "en") == "1.3\u00a0MB"
    assert fmt.byte_size(999, "en") == "999\u00a0bytes"


def test_dates_are_words_in_utc_whatever_the_offset_given():
    assert fmt.date_time("2026-12-06T13:45:12.345Z", "fr") == "6 décembre 2026 à 13:45 UTC"
    assert fmt.date_time("2026-12-06T13:45:12.345Z", "en") == "6 December 2026 at 13:45 UTC"
    paris = datetime(2026, 8, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert fmt.date_time(paris, "fr") == "1er août 2026 à 07:30 UTC"
    assert fmt.date(paris, "en") == "1 August 2026"
