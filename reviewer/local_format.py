"""Numbers, percentages, sizes, dates and times written the way a French or English reader expects.

The window formats with QLocale; the Qt-free packages (the exhibit report, the cover letter, the command
line) cannot import Qt, so they format here, for the two languages the application ships:
"6 décembre 2026 à 13:45 UTC", "4,6 %", "1 234 567" in French; "6 December 2026 at 13:45 UTC", "4.6%",
"1,234,567" in English. French groups digits with a narrow no-break space and puts a no-break space
before "%" and units, as the Imprimerie nationale's rules and CLDR do.
"""

from __future__ import annotations

from datetime import datetime, timezone

NNBSP = "\u202f"  # narrow no-break space: French thousands separator
NBSP = "\u00a0"  # no-break space: before % and units in French

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def _lang(language: str) -> str:
    return "fr" if language == "fr" else "en"


def number(value: float, language: str, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals, grouped by thousands: "1 234,5" (fr), "1,234.5" (en)."""
    text = f"{value:,.{decimals}f}"
    if _lang(language) == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def percent(fraction: float, language: str, decimals: int = 1) -> str:
    """A fraction (0.046) as a percentage: "4,6 %" (fr), "4.6%" (en)."""
    text = number(fraction * 100.0, language, decimals)
    return f"{text}{NBSP}%" if _lang(language) == "fr" else f"{text}%"


def seconds(value: float, language: str, decimals: int = 1) -> str:
    """A duration in seconds: "3,5 s" (fr), "3.5 s" (en)."""
    return f"{number(value, language, decimals)}{NBSP}s"


def byte_size(size: int, language: str) -> str:
    """A file size in the largest fitting unit: "1,3 Mo" (fr), "1.3 MB" (en); bytes below 1 000."""
    units = ("o", "ko", "Mo", "Go", "To") if _lang(language) == "fr" else ("bytes", "KB", "MB", "GB", "TB")
    value, unit = float(size), 0
    while value >= 1000 and unit < len(units) - 1:
        value, unit = value / 1000, unit + 1
    return f"{number(value, language, 0 if unit == 0 else 1)}{NBSP}{units[unit]}"


def _parse(moment: datetime | str) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def date(moment: datetime | str, language: str) -> str:
    """The calendar date in words: "6 décembre 2026" (fr; "1er" on the first), "6 December 2026" (en)."""
    when = _parse(moment)
    lang = _lang(language)
    day = "1er" if lang == "fr" and when.day == 1 else str(when.day)
    return f"{day} {MONTHS[lang][when.month - 1]} {when.year}"


def date_time(moment: datetime | str, language: str) -> str:
    """Date and time in UTC, to the minute: "6 décembre 2026 à 13:45 UTC", "6 December 2026 at 13:45 UTC".

    ``moment`` is an aware datetime or an RFC 3339 string as the vault records them ("...Z"); a naive
    datetime is taken as UTC. Raises ValueError for a string that is not a date.
    """
    when = _parse(moment)
    joiner = "à" if _lang(language) == "fr" else "at"
    return f"{date(when, language)} {joiner} {when:%H:%M} UTC"
