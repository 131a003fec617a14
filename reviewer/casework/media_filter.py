"""Which media of a case the grid shows, and in which order: by review state, label, type and date added,
and a search on file names. One rule, no Qt: the window's sort-and-filter proxy asks it for every row.

``media_facts`` reads what it needs from the case's read model (names were decrypted there, in memory; the
search never writes a name or a search text anywhere). ``GridView`` is what the reviewer chose; ``shown`` says
whether one media passes it and ``sort_key`` where it goes. A media still being added has no facts yet: it
counts as not reviewed and newest, so a filter or an order chosen stays right while files arrive.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from reviewer.casework.case_records import CaseRecords
from reviewer.i18n import QT_TRANSLATE_NOOP

# Review states a media can be filtered on: the values of casework.review_state.Mark (the grid's marks), and
# PROBLEM for a file refused or that cannot be shown (the window knows it, the vault does not).
NOT_REVIEWED = "not-reviewed"
REVIEWED = "reviewed"
MINOR = "suspected-minor"
PROBLEM = "problem"

ORDERS = {
    "added": QT_TRANSLATE_NOOP("media_filter", "Oldest added first"),
    "newest": QT_TRANSLATE_NOOP("media_filter", "Newest added first"),
    "name": QT_TRANSLATE_NOOP("media_filter", "File name"),
    "review": QT_TRANSLATE_NOOP("media_filter", "Review state"),
    "type": QT_TRANSLATE_NOOP("media_filter", "Type"),
}
REVIEW_STATES = {
    NOT_REVIEWED: QT_TRANSLATE_NOOP("media_filter", "Not reviewed"),
    REVIEWED: QT_TRANSLATE_NOOP("media_filter", "Reviewed"),
    MINOR: QT_TRANSLATE_NOOP("media_filter", "Suspected minor"),
    PROBLEM: QT_TRANSLATE_NOOP("media_filter", "Refused or unreadable"),
}
KINDS = {"image": QT_TRANSLATE_NOOP("media_filter", "Images"), "video": QT_TRANSLATE_NOOP("media_filter", "Videos")}
PERIODS = {  # added within the last N days (24-hour periods before now)
    1: QT_TRANSLATE_NOOP("media_filter", "Added in the last 24 hours"),
    7: QT_TRANSLATE_NOOP("media_filter", "Added in the last 7 days"),
    30: QT_TRANSLATE_NOOP("media_filter", "Added in the last 30 days"),
}
_REVIEW_RANK = {MINOR: 0, NOT_REVIEWED: 1, PROBLEM: 2, REVIEWED: 3}  # what needs attention first


@dataclass(frozen=True)
class MediaFacts:
    """What the filter knows of one stored media: its kind, when it was added (record time and log position),
    its review state and the labels of its latest sealed review."""

    kind: str
    seq: int
    added: str                 # RFC 3339 UTC, the media.ingested record's time
    review: str                # NOT_REVIEWED, REVIEWED or MINOR
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class GridView:
    """What the reviewer chose to see: ``None`` for a facet means any; ``search`` matches file names (case and
    accents ignored); ``order`` is a key of ``ORDERS``; ``days`` one of ``PERIODS``."""

    review: str | None = None
    label: str | None = None
    kind: str | None = None
    days: int | None = None
    search: str = ""
    order: str = "added"


def media_facts(model: CaseRecords) -> dict[str, MediaFacts]:
    """Media id -> MediaFacts for every media of the case not removed, its review state by the one rule the
    grid's marks use (``casework.review_state``). Cost: one pass over its media."""
    from reviewer.casework.review_state import case_states

    out = {}
    for media_id, state in case_states(model, {}).items():
        item = model.get(media_id)
        labels = tuple(state.decision.labels) if state.decision is not None else ()
        out[media_id] = MediaFacts(item.kind, item.seq, item.time, state.mark.value, labels)
    return out


def folded(text: str) -> str:
    """``text`` for matching: lower case, accents removed ("Été.JPG" -> "ete.jpg")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def shown(view: GridView, name: str, facts: MediaFacts | None, *, kind: str | None = None, problem: bool = False,
          now: datetime | None = None) -> bool:
    """Whether the media called ``name`` passes ``view``. ``facts`` None: not stored yet (being added, or
    refused), then ``kind`` is its type when read; ``problem``: refused or unreadable."""
    if view.search and folded(view.search.strip()) not in folded(name):
        return False
    review = PROBLEM if problem else (facts.review if facts is not None else NOT_REVIEWED)
    if view.review is not None and review != view.review:
        return False
    if view.label is not None and (facts is None or view.label not in facts.labels):
        return False
    media_kind = facts.kind if facts is not None else kind
    if view.kind is not None and media_kind != view.kind:
        return False
    if view.days is not None and facts is not None:
        moment = datetime.strptime(facts.added, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        if moment < (now or datetime.now(timezone.utc)) - timedelta(days=view.days):
            return False
    return True


def sort_key(view: GridView, name: str, facts: MediaFacts | None, position: int, *, kind: str | None = None,
             problem: bool = False) -> tuple:
    """Where the media goes under ``view.order`` (ascending keys). ``position`` is its place in the order the
    media were listed or added: the tie-breaker, so equal keys keep that order and the order is stable."""
    added = (0, facts.seq) if facts is not None else (1, position)  # not stored yet: after every stored one
    if view.order == "newest":
        return (-added[0], -added[1], -position)
    if view.order == "name":
        return (folded(name), added, position)
    if view.order == "review":
        review = PROBLEM if problem else (facts.review if facts is not None else NOT_REVIEWED)
        return (_REVIEW_RANK[review], added, position)
    if view.order == "type":
        return ((facts.kind if facts is not None else kind) or "", added, position)
    return (added, position)

