"""The read model of one case: what its records say, kept up to date from the records appended to it.

One ``CaseRecords`` per case answers the questions the window, the command line and the exhibit ask
(which media, their names, what is recorded about each, suspected minors, purged media, the history of
a media, the latest review of each media) without reading the case again: it is filled once from the
case's records, then ``apply`` folds in each record appended after (``CaseService`` asks the vault for
the records after the last one seen, so a record written by another process is seen too).

Memory is a few hundred bytes per media plus one small row per record (the history); no leaf, no
decrypted summary is kept. Sealed values are opened only for what must be shown (a media's name, the
case's title), through the ``opener`` given (``VaultSession.decrypt_record``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

SUSPECTED_MINOR = "suspected-minor"
# Method ids of the sensitive-region detection records (images, videos): reviewer.detect.regions and
# reviewer.detect.video. Written here as the values the vault holds: this module never loads a detector.
DETECTION_METHODS = ("detect.regions", "detect.video_regions")
HEATMAPS_METHOD = "detect.heatmaps"
COMPARISON_METHOD = "detect.compare"


def method_identity(method: dict[str, Any] | None) -> tuple:
    """What makes two analyses "the same analysis" (so the second is never recorded): the method id and
    version, the model file's SHA-256 and, for the region detector, its score threshold (another
    threshold finds other regions). For a heatmaps record, the version of its maps.

    Records written before the heatmaps record carried a version of its own take it from their maps."""
    method = method or {}
    version = method.get("version")
    if version is None and isinstance(method.get("heatmaps"), dict):
        versions = sorted({str((m or {}).get("version")) for m in method["heatmaps"].values()})
        version = ",".join(versions) if versions else None
    params = method.get("params") if isinstance(method.get("params"), dict) else {}
    return (method.get("id"), None if version is None else str(version), method.get("model_sha256"),
            _number(params.get("threshold")))


def _number(value: Any) -> str | None:
    """A parameter as the vault keeps it: records hold numbers that are not integers as decimal strings."""
    if value is None:
        return None
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return str(value)


@dataclass(frozen=True)
class HistoryRow:
    """One line of a media's history: when, what, who (a key id; names are the reader's business)."""

    seq: int
    time: str
    type: str
    signer: str
    record: str
    corrects: str | None = None  # a review.sealed that corrects an earlier one: that review's record id


@dataclass(frozen=True)
class ReviewState:
    """A sealed review of a media. Labels are a clear field of the record; the qualification is one only in
    format-1 records (sealed since format 2: empty here, ``CaseService.decision`` opens it)."""

    record: str
    seq: int
    time: str
    signer: str
    labels: tuple[str, ...]
    qualification: str
    supersedes: str | None = None  # the review this one corrects (its record id), when sealed as a correction


@dataclass
class MediaRecords:
    """What the case's records say about one media."""

    id: str
    seq: int
    time: str
    name: str
    kind: str
    sha256: str
    width: int
    height: int
    size: int
    purged: bool = False
    # method identity -> id of the latest record of that analysis (see method_identity)
    analyses: dict[tuple, str] = field(default_factory=dict)
    detection: str | None = None          # latest region-detection record id
    detection_method: dict | None = None
    heatmaps: str | None = None           # latest heatmaps record id
    heatmap_files: dict[str, dict] = field(default_factory=dict)  # heatmap id -> {"sha256", "blob"}
    comparisons: list[str] = field(default_factory=list)
    reveals: int = 0
    review: ReviewState | None = None     # the latest sealed review: the media's current decision
    reviews: list[ReviewState] = field(default_factory=list)  # every sealed review, in log order
    suspected_minor: bool = False
    minor_sealers: list[str] = field(default_factory=list)  # key ids that sealed "suspected minor" (four eyes)
    md5: str = ""
    sha1: str = ""
    pdq: tuple[str, int] | None = None                # (hex, quality) of an image
    frame_pdqs: tuple[tuple[str, int], ...] = ()       # (hex, quality) of a video's frames
    rows: list[HistoryRow] = field(default_factory=list)

    def has_analysis(self, method: dict[str, Any]) -> bool:
        """True when an analysis with the same identity as ``method`` is recorded for this media."""
        return method_identity(method) in self.analyses


@dataclass(frozen=True)
class CaseSummary:
    """Counts for a case's overview (CLI ``case show``, the window's status line)."""

    case_id: str
    title: str
    records: int
    media: int
    purged: int
    detected: int
    heatmaps: int
    reviewed: int
    suspected_minors: int
    exports: int


class CaseRecords:
    """The read model of one case (see the module's docstring). Not thread-safe: one owner at a time
    (the vault thread in the window, the calling thread in the CLI)."""

    def __init__(self, case_id: str, opener: Callable[[Any], dict[str, Any]] | None = None) -> None:
        """``opener(record)`` returns a record's fields with its sealed values opened (the session's
        ``decrypt_record``); None leaves names and title empty (a reader without the passphrase)."""
        self.case_id = case_id
        self.size = 0                      # records folded in so far: the next one expected has this seq
        self.title = ""
        self.media: dict[str, MediaRecords] = {}
        self.exports: list[HistoryRow] = []
        self.time_corrections: list[HistoryRow] = []  # time.corrected: earlier records' dates said to be wrong
        self.titles: list[tuple[HistoryRow, str]] = []  # the case.opened and case.renamed records with their titles
        self.last_leaf: bytes | None = None
        self._opener = opener
        self._unordered: list[str] = []    # media ids in the order they were added

    # -- folding records in -------------------------------------------------------------------------

    def apply_all(self, records: Iterable[Any]) -> None:
        for record in records:
            self.apply(record)

    def apply(self, record: Any) -> None:
        """Fold one record (a ``reviewer.vault.Record`` of this case, the next in order) into the model.

        A record already folded in (seq below ``size``) is ignored, so a record applied right after it
        was appended and seen again by the next sync counts once. Raises ValueError for a record out of
        order (a gap): the caller re-reads from ``size``."""
        if record.log != self.case_id:
            raise ValueError(f"record of {record.log} applied to the model of {self.case_id}")
        if record.seq < self.size:
            return
        if record.seq != self.size:
            raise ValueError(f"record {record.seq} of {self.case_id} applied after {self.size - 1}")
        fields = record.fields
        body = fields["body"]
        kind = fields["type"]
        row = HistoryRow(record.seq, fields["time"], kind, fields["signer"], fields["id"],
                         body.get("supersedes") if kind == "review.sealed" else None)
        if kind in ("case.opened", "case.renamed"):
            self.title = str(self._opened(record).get("title", "")) if self._opener else ""
            self.titles.append((row, self.title))
        elif kind == "media.ingested":
            name = self._opened(record).get("name", "") if self._opener else ""
            item = MediaRecords(fields["id"], record.seq, fields["time"], str(name or "media"), body["kind"],
                                body["sha256"], int(body["width"]), int(body["height"]), int(body["size"]))
            item.md5, item.sha1 = str(body.get("md5") or ""), str(body.get("sha1") or "")
            pdq = body.get("pdq")
            item.pdq = (str(pdq["hex"]), int(pdq["quality"])) if pdq else None
            item.frame_pdqs = tuple((str(f["hex"]), int(f["quality"])) for f in body.get("frame_pdqs") or ())
            item.rows.append(row)
            self.media[item.id] = item
            self._unordered.append(item.id)
        elif kind == "exhibit.exported":
            self.exports.append(row)
        elif kind == "time.corrected":
            self.time_corrections.append(row)
        else:
            item = self.media.get(body.get("media"))
            if item is not None:
                item.rows.append(row)
                self._media_record(item, kind, body, row)
        self.size = record.seq + 1
        self.last_leaf = record.leaf

    def _opened(self, record: Any) -> dict[str, Any]:
        return self._opener(record)["body"]

    @staticmethod
    def _media_record(item: MediaRecords, kind: str, body: dict[str, Any], row: HistoryRow) -> None:
        if kind == "analysis.run":
            method = body.get("method") or {}
            item.analyses[method_identity(method)] = row.record
            if method.get("id") in DETECTION_METHODS:
                item.detection, item.detection_method = row.record, dict(method)
            elif method.get("id") == HEATMAPS_METHOD:
                item.heatmaps = row.record
                item.heatmap_files = dict(body.get("heatmaps") or {})
            elif method.get("id") == COMPARISON_METHOD:
                item.comparisons.append(row.record)
        elif kind == "region.revealed":
            item.reveals += 1
        elif kind == "review.sealed":
            labels = tuple(body.get("labels") or ())
            item.review = ReviewState(row.record, row.seq, row.time, row.signer, labels,
                                      str(body.get("qualification") or ""), body.get("supersedes"))
            item.reviews.append(item.review)
            # Once labelled a suspected minor, always withheld: a later review does not lift it (exhibit rule).
            item.suspected_minor = item.suspected_minor or SUSPECTED_MINOR in labels
            if SUSPECTED_MINOR in labels and row.signer not in item.minor_sealers:
                item.minor_sealers.append(row.signer)
        elif kind == "media.purged":
            item.purged = True
            item.heatmap_files = {}

    # -- questions ---------------------------------------------------------------------------------------

    def media_ids(self, *, purged: bool = False) -> list[str]:
        """Media ids in the order they were added (purged ones only when ``purged``)."""
        return [m for m in self._unordered if purged or not self.media[m].purged]

    def get(self, media_id: str) -> MediaRecords | None:
        return self.media.get(media_id)

    def suspected_minors(self) -> set[str]:
        """Media labelled "suspected minor" in any sealed review of this case."""
        return {m.id for m in self.media.values() if m.suspected_minor}

    def purged(self) -> set[str]:
        return {m.id for m in self.media.values() if m.purged}

    def latest_reviews(self) -> dict[str, ReviewState]:
        return {m.id: m.review for m in self.media.values() if m.review is not None}

    def history(self, media_id: str) -> list[HistoryRow]:
        """The records about ``media_id`` (its ingest, analyses, reveals, reviews, purge), the case's
        exports (each exhibit carries this media too), renamings (exhibits name the case by its title) and time
        corrections (the dates of records before them were wrong), in log order. Empty for an unknown media."""
        item = self.media.get(media_id)
        if item is None:
            return []
        # A time correction is shown with every media too: the dates of the records before it may be wrong.
        case_rows = self.exports + self.time_corrections + [row for row, _title in self.titles[1:]]
        rows = item.rows + [row for row in case_rows if row.seq > item.seq]
        return sorted(rows, key=lambda row: row.seq)

    def title_history(self) -> list[tuple[HistoryRow, str]]:
        """Every title the case had, oldest first: its opening, then each renaming (with when and who)."""
        return list(self.titles)

    def summary(self) -> CaseSummary:
        items = list(self.media.values())
        return CaseSummary(
            self.case_id, self.title, self.size, len(items), sum(m.purged for m in items),
            sum(m.detection is not None for m in items), sum(m.heatmaps is not None for m in items),
            sum(m.review is not None for m in items), sum(m.suspected_minor for m in items), len(self.exports))
