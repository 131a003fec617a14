"""Dates and times as people type them, with a time of day and a time zone (a source, a capture, a reply)."""

from __future__ import annotations

import re
from datetime import datetime

from reviewer.takedown.errors import InvalidDateTime

_SPACE_BEFORE_OFFSET = re.compile(r"\s+(?=[+-]\d\d:?\d\d$|Z$)")


def parse_local_time(text: str) -> str:
    """``text`` (``2026-03-14 21:05 +01:00``, ``2026-03-14T21:05:30+01:00``, ``...Z``) as RFC 3339 with its
    own offset, to the second: ``2026-03-14T21:05:00+01:00``.

    The offset is required: a time without a time zone cannot be placed (winter and summer time in
    France differ by an hour). Raises ``InvalidDateTime``.
    """
    cleaned = _SPACE_BEFORE_OFFSET.sub("", (text or "").strip())
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidDateTime(value=text) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidDateTime("no time zone", value=text)
    return rfc3339(moment)


def rfc3339(moment: datetime) -> str:
    """An aware datetime as ``YYYY-MM-DDTHH:MM:SS+HH:MM`` (``Z`` for UTC), seconds kept, no fraction."""
    text = moment.replace(microsecond=0).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
