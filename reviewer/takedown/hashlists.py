"""Hash lists in the formats of the field: read HMA text lines, CSV and VICS 2.0 JSON; write HMA and VICS.

- HMA (Meta's Hasher-Matcher-Actioner, python-threatexchange): one ``<signal type> <value>`` per line;
  ``pdq <64 hex>``, ``video_md5 <32 hex>``, ``md5 <32 hex>`` and ``vpdq <JSON list of "hex,quality,seconds">``
  (vPDQ's exchange form, ``VpdqCompactFeature``). Other signal types (url, raw_text...) are counted and left.
- CSV: a header naming the columns (``pdq``, ``md5``, ``sha1``, ``sha256``, ``video_md5``, optional
  ``quality``); a PDQ and a SHA-256 are both 64 hex digits, so a list without a header is refused.
- VICS 2.0 (Project VIC, read by Griffeye, Autopsy, IPED): an OData envelope whose ``value`` holds Media
  items (``MD5``, ``SHA1``, ``Category``, ``IsPrecategorized``...), or Case objects holding a ``Media`` list.

The format is described in docs/takedown.md. Parsing never trusts the file: sizes are bounded, every hash is
checked, and the first line or item not understood is named in the error.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from reviewer.media.pdq import USABLE_QUALITY
from reviewer.takedown.errors import EmptyHashList, HashListTooLarge, UnreadableHashList

MAX_LIST_BYTES = 512 * 1024 * 1024  # about 7M HMA lines; more belongs in a dedicated matching service
VICS_CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media"
FORMATS = ("hma", "csv", "vics")
# vPDQ timestamps in the exchange form: three significant digits (python-threatexchange's VpdqCompactFeature).
VPDQ_TIMESTAMP_PRECISION = 3

# Signal types of python-threatexchange (HMA) a list may hold; the first line naming one makes it an HMA list.
_HMA_TYPES = {b"pdq", b"md5", b"video_md5", b"vpdq", b"url", b"url_md5", b"raw_text", b"trend_query", b"#"}
_HEX = {n: re.compile(f"[0-9a-f]{{{n}}}") for n in (32, 40, 64)}
_HASH_COLUMNS = {"pdq": "pdq", "md5": "md5", "sha1": "sha1", "sha-1": "sha1", "sha256": "sha256",
                 "sha-256": "sha256", "video_md5": "video_md5", "quality": "quality", "pdq_quality": "quality"}


@dataclass(frozen=True)
class VpdqFrame:
    """One frame of a vPDQ hash: its PDQ (64 hex), quality 0..100 and time in seconds."""

    hex: str
    quality: int
    seconds: float

    def exchange(self) -> str:
        """The ``hex,quality,seconds`` string of vPDQ's exchange form."""
        return f"{self.hex},{self.quality},{self.seconds:.{VPDQ_TIMESTAMP_PRECISION}}"


@dataclass
class HashList:
    """The hashes of one list, lowercase hex, each once."""

    format: str
    pdq: list[str] = field(default_factory=list)
    md5: list[str] = field(default_factory=list)
    sha1: list[str] = field(default_factory=list)
    sha256: list[str] = field(default_factory=list)
    video_md5: list[str] = field(default_factory=list)
    vpdq: list[list[VpdqFrame]] = field(default_factory=list)
    ignored: int = 0        # entries of types this application does not match on (urls, texts...)
    too_flat: int = 0       # PDQ hashes whose quality was given and is below 50
    categories: dict[str, int] = field(default_factory=dict)  # VICS Category -> count (as found)

    def counts(self) -> dict[str, int]:
        """How many hashes of each kind (the ``counts`` of a ``hashlist.imported`` record)."""
        return {"pdq": len(self.pdq), "md5": len(self.md5), "sha1": len(self.sha1), "sha256": len(self.sha256),
                "video_md5": len(self.video_md5), "vpdq": len(self.vpdq), "ignored": self.ignored,
                "too_flat": self.too_flat}

    def total(self) -> int:
        return sum(v for k, v in self.counts().items() if k not in ("ignored", "too_flat"))


def detect_format(data: bytes) -> str:
    """``"vics"``, ``"csv"`` or ``"hma"`` from the first bytes of a list."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "vics"
    first = head.split(b"\n", 1)[0].strip().lower()
    if first.split(None, 1)[:1] and first.split(None, 1)[0] in _HMA_TYPES:
        return "hma"  # before the comma test: a vpdq line holds commas
    if b"," in first or b";" in first:
        return "csv"
    return "hma"


def parse_hash_list(data: bytes, *, name: str = "", fmt: str | None = None) -> HashList:
    """Read a hash list (``fmt`` None: detected). Raise ``UnreadableHashList``, ``EmptyHashList`` or
    ``HashListTooLarge``; never returns an empty list."""
    if len(data) > MAX_LIST_BYTES:
        raise HashListTooLarge(file=name, limit=MAX_LIST_BYTES // (1024 * 1024))
    fmt = fmt or detect_format(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableHashList(str(exc), file=name, where=1) from None
    parser = {"hma": _parse_hma, "csv": _parse_csv, "vics": _parse_vics}.get(fmt)
    if parser is None:
        raise UnreadableHashList(f"unknown format {fmt}", file=name, where=1)
    hashes = parser(text, name)
    if hashes.total() == 0:
        raise EmptyHashList(file=name)
    return hashes


class _Collector:
    """Adds hashes to a ``HashList``, checking their form; ``finish`` keeps each once."""

    def __init__(self, fmt: str, name: str) -> None:
        self.out = HashList(fmt)
        self.name = name

    def add(self, kind: str, value: str, where: Any) -> None:
        value = value.strip().lower()
        length = {"pdq": 64, "sha256": 64, "md5": 32, "video_md5": 32, "sha1": 40}[kind]
        if not _HEX[length].fullmatch(value):
            raise UnreadableHashList(f"{kind} {value[:80]!r}", file=self.name, where=where)
        getattr(self.out, kind).append(value)

    def add_vpdq(self, text: str, where: Any) -> None:
        try:
            items = json.loads(text)
            if not isinstance(items, list):
                raise ValueError("not a list")
            frames = []
            for item in items:
                hex_, quality, seconds = str(item).split(",")
                frame = VpdqFrame(hex_.strip().lower(), int(quality), float(seconds))
                if not _HEX[64].fullmatch(frame.hex) or not 0 <= frame.quality <= 100 or frame.seconds < 0:
                    raise ValueError(item)
                frames.append(frame)
        except (ValueError, TypeError) as exc:
            raise UnreadableHashList(f"vpdq: {exc}", file=self.name, where=where) from None
        if frames:
            self.out.vpdq.append(frames)

    def finish(self) -> HashList:
        for kind in ("pdq", "md5", "sha1", "sha256", "video_md5"):
            setattr(self.out, kind, list(dict.fromkeys(getattr(self.out, kind))))
        return self.out


def _parse_hma(text: str, name: str, fast: bool = True) -> HashList:
    collect = _Collector("hma", name)
    lines = text.lower().splitlines()  # one pass instead of one per hash; signal types and hex are case-blind
    quick: list[str] = []  # plain `pdq <64 hex>` lines, checked all at once below (most of a big list)
    for number, raw in enumerate(lines, 1):
        if fast and len(raw) == 68 and raw.startswith("pdq "):
            quick.append(raw[4:])
            continue
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise UnreadableHashList(f"line {line[:80]!r}", file=name, where=number)
        kind, value = parts[0].lower(), parts[1].strip()
        if kind in ("pdq", "md5", "video_md5"):
            collect.add(kind, value, number)
        elif kind == "vpdq":
            collect.add_vpdq(value, number)
        elif re.fullmatch(r"[a-z][a-z0-9_]*", kind):
            collect.out.ignored += 1  # a signal type we do not match on (url, raw_text, trend_query...)
        else:
            raise UnreadableHashList(f"line {line[:80]!r}", file=name, where=number)
    if quick:
        joined = "".join(quick)
        try:
            bytes.fromhex(joined)  # every digit is hex (64 per line: lengths were checked)
        except ValueError:
            return _parse_hma(text, name, fast=False)  # line by line, to name the first bad one
        collect.out.pdq = quick + collect.out.pdq
    return collect.finish()


def _parse_csv(text: str, name: str) -> HashList:
    collect = _Collector("csv", name)
    sample = text[:4096]
    delimiter = ";" if sample.split("\n", 1)[0].count(";") > sample.split("\n", 1)[0].count(",") else ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(rows, None)
    columns = [_HASH_COLUMNS.get(h.strip().lower().replace(" ", "_")) for h in header or []]
    if not any(c and c != "quality" for c in columns):
        raise UnreadableHashList(f"header {header!r}", file=name, where=1)
    for number, row in enumerate(rows, 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            raise UnreadableHashList(f"row of {len(row)} cells", file=name, where=number)
        values = {c: row[i].strip() for i, c in enumerate(columns) if c and i < len(row) and row[i].strip()}
        quality = values.pop("quality", None)
        for kind, value in values.items():
            if kind == "pdq" and quality is not None:
                try:
                    if int(quality) < USABLE_QUALITY:
                        collect.out.too_flat += 1
                        continue
                except ValueError:
                    raise UnreadableHashList(f"quality {quality!r}", file=name, where=number) from None
            collect.add(kind, value, number)
    return collect.finish()


def _parse_vics(text: str, name: str) -> HashList:
    collect = _Collector("vics", name)
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise UnreadableHashList(str(exc), file=name, where=1) from None
    items = document.get("value") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise UnreadableHashList("no OData 'value' list", file=name, where=1)
    for number, item in enumerate(_vics_media(items, name), 1):
        found = False
        for key, kind in (("MD5", "md5"), ("SHA1", "sha1")):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                collect.add(kind, value, number)
                found = True
        for copy in item.get("MediaFiles") or []:
            if isinstance(copy, dict) and isinstance(copy.get("MD5"), str) and copy["MD5"].strip():
                collect.add("md5", copy["MD5"], number)
                found = True
        if not found:
            collect.out.ignored += 1  # e.g. an item with only a PhotoDNA hash
        category = item.get("Category")
        collect.out.categories[str(category)] = collect.out.categories.get(str(category), 0) + 1
    return collect.finish()


def _vics_media(items: list, name: str) -> Iterable[dict]:
    """Media items of a VICS document: ``value`` holds Media items, or Case objects with a ``Media`` list."""
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise UnreadableHashList("value item is not an object", file=name, where=index)
        if isinstance(item.get("Media"), list):
            for media in item["Media"]:
                if not isinstance(media, dict):
                    raise UnreadableHashList("Media item is not an object", file=name, where=index)
                yield media
        else:
            yield item


# -- writing ----------------------------------------------------------------------------------------------


def hma_text(pdq: Iterable[str] = (), video_md5: Iterable[str] = (), vpdq: Iterable[list[VpdqFrame]] = ()) -> str:
    """HMA signal lines: ``pdq <hex>``, ``video_md5 <hex>``, ``vpdq <JSON list>``, in that order."""
    lines = [f"pdq {h}" for h in pdq] + [f"video_md5 {h}" for h in video_md5]
    lines += [f"vpdq {json.dumps([f.exchange() for f in frames])}" for frames in vpdq]
    return "".join(line + "\n" for line in lines)


def vics_document(media: list[dict[str, Any]]) -> dict[str, Any]:
    """A VICS 2.0 OData document whose ``value`` is the given Media items (built by ``hashexports``)."""
    return {"@odata.context": VICS_CONTEXT, "value": media}
