"""The suspected-minor index: which media no exhibit may show, decided by content (docs/vault-format.md 3.1).

A media is withheld from every exhibit when it is labelled "suspected minor" in a sealed review, or
when its SHA-256 equals, or its PDQ is within the match distance of, the SHA-256 or PDQ of any media so
labelled in any case of the vault (the same case included), whenever the label was sealed. The
``suspected_minors`` table holds one row per labelled media (its hashes copied from its signed
``media.ingested`` record), written in the same transaction as the review that labels it, so that an
export reads that small table and its own case, never the records of other cases. Verification
rebuilds the rows from the signed records and reports any difference (``minor-index-mismatch``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.vault.canonical import parse_canonical

SUSPECTED_MINOR = "suspected-minor"
# Meta's reference values (reviewer.media.pdq holds the same; the vault does not decode pictures, and
# the standalone exhibit verifier repeats them too).
MATCH_DISTANCE = 31
USABLE_QUALITY = 50

# Why a media is withheld (stable codes, also written in the exhibit manifest).
LABELLED = "labelled"          # it is itself labelled suspected minor
SAME_FILE = "same-file"        # same SHA-256 as a labelled media
SIMILAR_PICTURE = "similar-picture"  # PDQ within MATCH_DISTANCE of a labelled media's PDQ

TABLE_SQL = (
    "CREATE TABLE suspected_minors (media TEXT PRIMARY KEY REFERENCES records(id), log TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, pdq TEXT, quality INTEGER)"
)


@dataclass(frozen=True)
class MinorRow:
    """One labelled media: its id, case, SHA-256 and PDQ (None when it has no usable one)."""

    media: str
    log: str
    sha256: str
    pdq: str | None
    quality: int | None


def row_of(media_id: str, log: str, ingest_body: dict) -> MinorRow:
    """The index row of a labelled media from the body of its signed ``media.ingested`` record."""
    pdq = ingest_body.get("pdq") or None
    if isinstance(pdq, dict) and isinstance(pdq.get("hex"), str) and isinstance(pdq.get("quality"), int):
        return MinorRow(media_id, log, str(ingest_body["sha256"]), pdq["hex"], pdq["quality"])
    return MinorRow(media_id, log, str(ingest_body["sha256"]), None, None)


def pdq_distance(a_hex: str, b_hex: str) -> int | None:
    """Differing bits of two 256-bit PDQ hex strings; None when either is not one."""
    if len(a_hex) != 64 or len(b_hex) != 64:
        return None
    try:
        return (int(a_hex, 16) ^ int(b_hex, 16)).bit_count()
    except ValueError:
        return None


def reason(media_id: str, sha256: str, pdq: dict | None, rows: Iterable[MinorRow]) -> str | None:
    """Why the media ``media_id`` (with these hashes) is withheld given the labelled ``rows``; None if not."""
    rows = list(rows)
    if any(row.media == media_id for row in rows):
        return LABELLED
    if any(row.sha256 == sha256 for row in rows):
        return SAME_FILE
    if isinstance(pdq, dict) and isinstance(pdq.get("hex"), str) and isinstance(pdq.get("quality"), int) \
            and pdq["quality"] >= USABLE_QUALITY:
        for row in rows:
            if row.pdq is None or row.quality is None or row.quality < USABLE_QUALITY:
                continue
            distance = pdq_distance(pdq["hex"], row.pdq)
            if distance is not None and distance <= MATCH_DISTANCE:
                return SIMILAR_PICTURE
    return None


def table_exists(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'suspected_minors'").fetchone() is not None


def stored_rows(conn: sqlite3.Connection) -> list[MinorRow]:
    """Every row of the index (empty when the table is missing, as in a vault not yet opened for writing)."""
    if not table_exists(conn):
        return []
    return [MinorRow(*row) for row in conn.execute(
        "SELECT media, log, sha256, pdq, quality FROM suspected_minors ORDER BY media")]


def index_version(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rows, largest rowid) of the index: it changes whenever a media is labelled, by any connection, and
    costs one look at the small table ((0, 0) when the table is missing)."""
    if not table_exists(conn):
        return (0, 0)
    rows, last = conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM suspected_minors").fetchone()
    return (int(rows), int(last))


def insert(conn: sqlite3.Connection, row: MinorRow) -> None:
    """Add a labelled media to the index (in the caller's transaction); a media labelled twice stays one row."""
    conn.execute("INSERT OR IGNORE INTO suspected_minors (media, log, sha256, pdq, quality) VALUES (?,?,?,?,?)",
                 (row.media, row.log, row.sha256, row.pdq, row.quality))


def rows_from_records(conn: sqlite3.Connection, log: str | None = None) -> list[MinorRow]:
    """The index as the signed records say it should be: every media labelled in a sealed review
    (of the case ``log`` only, when given). The records must have been verified (or be trusted)."""
    labelled: dict[str, str] = {}
    where, params = ("AND log = ?", (log,)) if log is not None else ("", ())
    # Only reviews whose bytes hold the label are parsed: in canonical JSON the label is always written
    # as exactly this string, so instr() finds every one of them (and parsing decides).
    for log, leaf in conn.execute(
            "SELECT log, leaf FROM records WHERE type = 'review.sealed' AND instr(leaf, CAST(? AS BLOB)) > 0 "
            + where, ('"' + SUSPECTED_MINOR + '"', *params)):
        body = parse_canonical(bytes(leaf))["body"]
        if SUSPECTED_MINOR in body["labels"]:
            labelled[body["media"]] = log
    return rows_for(conn, labelled)


def rows_for(conn: sqlite3.Connection, labelled: dict[str, str]) -> list[MinorRow]:
    """The index rows of the labelled media (media record id -> its log), from their ``media.ingested``
    records; a media with no such record in its log has none."""
    out = []
    for media_id, log in sorted(labelled.items()):
        row = conn.execute("SELECT leaf FROM records WHERE id = ? AND log = ? AND type = 'media.ingested'",
                           (media_id, log)).fetchone()
        if row is not None:
            out.append(row_of(media_id, log, parse_canonical(bytes(row[0]))["body"]))
    return out


def create_and_fill(conn: sqlite3.Connection) -> None:
    """Create the index in a vault made before it existed, filled from the signed records (once)."""
    conn.execute(TABLE_SQL)
    for row in rows_from_records(conn):
        insert(conn, row)
