"""Numbers, percentages, durations, dates and times as the window shows them, in the chosen language.

Everything goes through the default QLocale, which ``reviewer.ui.translators.install_language`` sets with the
translators (French of France, or English of the United Kingdom: 24-hour times and day/month/year dates in
both). So "10,00 s", "4,6 %", "6 décembre 2026 à 13:45" in French; "10.00 s", "4.6%", "6 December 2026 at
13:45" in English. The Qt-free packages format with ``reviewer.local_format`` (same conventions) because
they cannot import Qt. Times are shown in the computer's time zone: the vault records UTC, the reviewer
reads local time (the exhibit report, read elsewhere, says UTC).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

NBSP = "\u00a0"  # no-break space: between a number and its unit, never broken across lines


def current_language() -> str:
    """The application's language ("fr" or "en"), as ``install_language`` set it (the default QLocale)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals and grouped thousands: "1 234,5" (fr), "1,234.5" (en)."""
    return QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """A count with grouped thousands: "12 345" (fr), "12,345" (en)."""
    return QLocale().toString(int(value))


def percent(fraction: float, decimals: int = 1) -> str:
    """A fraction (0.046) as a percentage: "4,6 %" (fr, with a no-break space), "4.6%" (en)."""
    text = number(100.0 * fraction, decimals)
    return f"{text}{NBSP}%" if current_language() == "fr" else f"{text}%"


def seconds(value: float, decimals: int = 1) -> str:
    """A duration in seconds: "10,0 s" (fr), "10.0 s" (en)."""
    return f"{number(value, decimals)}{NBSP}s"


def _moment(moment: datetime | str) -> QDateTime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def date(moment: datetime | str) -> str:
    """The day in words: "6 décembre 2026" (fr), "6 December 2026" (en); raises ValueError for a non-date."""
    return QLocale().toString(_moment(moment).date(), "d MMMM yyyy")


def date_time(moment: datetime | str) -> str:
    """Day and 24-hour time, local: "6 décembre 2026 à 13:45" (fr), "6 December 2026 at 13:45" (en).

    ``moment``: an aware datetime, or an RFC 3339 string as the vault records them ("...Z"); a naive one is
    taken as UTC. Raises ValueError for a string that is not a date.
    """
    when = _moment(moment)
    return QCoreApplication.translate("formats", "{date} at {time}").format(
        date=date(moment), time=QLocale().toString(when.time(), "HH:mm"))


def short_date_time(moment: datetime | str) -> str:
    """Day and time in figures, for lists: "06/12/2026 13:45" (both languages, day first)."""
    return QLocale().toString(_moment(moment), "dd/MM/yyyy HH:mm")
