"""Web captures: where a media was seen, kept as evidence. A WACZ or WARC file (ArchiveWeb.page,
Webrecorder, Browsertrix, wget --warc-file), or a full-page screenshot with the page's HTML.

The file is stored as received (an encrypted vault blob) under a ``capture.imported`` record that signs its
SHA-256 and states the capture's own URL and date-time; the pictures and videos it holds can then be
ingested as media of the case, each naming the capture in its sealed ``source``. WARC records are read with
warcio; a WACZ is a ZIP holding WARCs, a page list and a ``datapackage.json`` whose hashes are checked. The
format is in docs/takedown.md §3.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.takedown.errors import CaptureTooLarge, NoSuchCapturedFile, ScreenshotNotPicture, UnreadableCapture
from reviewer.takedown.times import parse_local_time

MAX_CAPTURE_BYTES = 1024**3          # the capture file, kept whole in the vault
MAX_ITEM_BYTES = 256 * 1024**2       # one picture or video inside it, decompressed
MAX_WACZ_ENTRIES = 10_000
MAX_WACZ_UNPACKED = 4 * 1024**3      # declared total of a WACZ's members
MEDIA_TYPES = ("image/", "video/")
HOW_FROM_CAPTURE = QT_TRANSLATE_NOOP("takedown", "Extracted from a web capture ({format})")


@dataclass(frozen=True)
class CapturedItem:
    """A picture or video inside a capture: its URL, type, when it was fetched, size and SHA-256."""

    url: str
    mime: str
    fetched_at: str | None
    size: int
    sha256: str


@dataclass(frozen=True)
class Capture:
    """What a capture file says about itself."""

    format: str              # "wacz", "warc" or "screenshot"
    url: str                 # the page captured
    captured_at: str | None  # RFC 3339 with offset
    title: str
    items: tuple[CapturedItem, ...]
    kept: bytes | None = field(default=None, repr=False)  # the payload asked for with ``keep``


def read_capture(data: bytes, *, name: str = "", keep: str | None = None) -> Capture:
    """Read a WACZ or WARC file (gzip or not). Raise ``UnreadableCapture`` or ``CaptureTooLarge``.

    Payloads are hashed as they stream and dropped, except the one at URL ``keep`` (``Capture.kept``).
    """
    if len(data) > MAX_CAPTURE_BYTES:
        raise CaptureTooLarge(file=name, limit=MAX_CAPTURE_BYTES // 1024**2)
    if data[:4] == b"PK\x03\x04":
        return _read_wacz(data, name, keep)
    if not (data.startswith(b"WARC/") or data[:2] == b"\x1f\x8b"):  # a WARC, or a gzipped one
        raise UnreadableCapture("neither WACZ nor WARC", file=name)
    budget = _Budget(name)
    records = [r for r in _warc_records(io.BytesIO(data), name, keep, budget) if r["url"]]
    if not records:
        raise UnreadableCapture("no WARC record", file=name)
    page = next((r for r in records if r["type"] == "response" and r["mime"].startswith("text/html")), records[0])
    return Capture("warc", page["url"], page["date"], "", tuple(_items(records)), _kept(records, keep))


class _Budget:
    """Decompressed bytes read so far from one capture: a gzip bomb stops at ``MAX_WACZ_UNPACKED``."""

    def __init__(self, name: str) -> None:
        self.name, self.used = name, 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > MAX_WACZ_UNPACKED:
            raise CaptureTooLarge(f"more than {MAX_WACZ_UNPACKED} bytes unpacked", file=self.name,
                                  limit=MAX_WACZ_UNPACKED // 1024**2)


def _warc_records(stream: Any, name: str, keep: str | None, budget: _Budget) -> Iterator[dict[str, Any]]:
    """Every response/resource record as plain values: url, type, mime, date, size and sha256 of its payload
    (None past ``MAX_ITEM_BYTES``), and the payload itself only for URL ``keep``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date")
            headers = record.http_headers
            mime = (headers.get_header("Content-Type") if headers is not None
                    else record.rec_headers.get_header("Content-Type")) or ""
            digest, size, kept = hashlib.sha256(), 0, [] if url == keep else None
            content = record.content_stream()
            while chunk := content.read(1024 * 1024):
                budget.spend(len(chunk))
                size += len(chunk)
                if size <= MAX_ITEM_BYTES:
                    digest.update(chunk)
                    if kept is not None:
                        kept.append(chunk)
            too_large = size > MAX_ITEM_BYTES
            yield {"url": url, "type": record.rec_type, "mime": mime.split(";")[0].strip().lower(),
                   "date": _warc_date(date), "size": size, "sha256": None if too_large else digest.hexdigest(),
                   "payload": b"".join(kept) if kept is not None and not too_large else None}
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        raise UnreadableCapture(str(exc), file=name) from None


def _kept(records: list[dict[str, Any]], keep: str | None) -> bytes | None:
    return next((r["payload"] for r in records if keep is not None and r["url"] == keep and r["payload"]), None)


def _warc_date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return parse_local_time(text)
    except Exception:  # noqa: BLE001 - a capture's odd date is shown as missing, not fatal
        return None


def _items(records: list[dict[str, Any]]) -> Iterator[CapturedItem]:
    seen = set()
    for record in records:
        if not record["mime"].startswith(MEDIA_TYPES) or record["sha256"] is None or not record["size"]:
            continue
        if record["url"] in seen:
            continue
        seen.add(record["url"])
        yield CapturedItem(record["url"], record["mime"], record["date"], record["size"], record["sha256"])


def _read_wacz(data: bytes, name: str, keep: str | None) -> Capture:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        if len(infos) > MAX_WACZ_ENTRIES or sum(i.file_size for i in infos) > MAX_WACZ_UNPACKED:
            raise UnreadableCapture("too many or too large members", file=name)
        package = json.loads(_member(archive, "datapackage.json", name))
        for resource in package.get("resources", []):
            path, digest = resource.get("path"), str(resource.get("hash", ""))
            if path and digest.startswith("sha256:"):
                if hashlib.sha256(_member(archive, path, name)).hexdigest() != digest[7:]:
                    raise UnreadableCapture(f"{path} does not match datapackage.json", file=name)
        records = []
        budget = _Budget(name)
        for info in infos:
            if info.filename.startswith("archive/") and info.filename.endswith((".warc", ".warc.gz")):
                records += list(_warc_records(io.BytesIO(_member(archive, info.filename, name)), name, keep, budget))
        pages = _pages(archive, name)
    except (zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise UnreadableCapture(str(exc), file=name) from None
    first = pages[0] if pages else {}
    # WACZ 1.1.1 names them mainPageURL / mainPageDate (py-wacz); some writers spell mainPageUrl.
    url = package.get("mainPageURL") or package.get("mainPageUrl") or first.get("url") or (records[0]["url"] if records else "")
    when = package.get("mainPageDate") or first.get("ts")
    page_record = next((r for r in records if r["url"] == url), None)
    captured_at = _warc_date(when) or (page_record or {}).get("date")
    return Capture("wacz", url, captured_at, str(first.get("title") or package.get("title") or ""),
                   tuple(_items(records)), _kept(records, keep))


def _member(archive: zipfile.ZipFile, path: str, name: str) -> bytes:
    info = archive.getinfo(path)
    with archive.open(info) as handle:
        data = handle.read(MAX_CAPTURE_BYTES + 1)
    if len(data) > MAX_CAPTURE_BYTES:
        raise UnreadableCapture(f"{path} too large", file=name)
    return data


def _pages(archive: zipfile.ZipFile, name: str) -> list[dict[str, Any]]:
    """The pages of ``pages/pages.jsonl`` (its first line is a header)."""
    try:
        text = _member(archive, "pages/pages.jsonl", name).decode("utf-8")
    except KeyError:
        return []
    pages = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [p for p in pages if "url" in p]


# -- in the vault ------------------------------------------------------------------------------------------


def import_capture(session: Any, case_id: str, data: bytes, *, name: str, notes: str = "") -> tuple[Any, Capture]:
    """Check a WACZ/WARC file and seal it in a case as a ``capture.imported`` record; return (record, capture).

    Nothing is written when the file cannot be read.
    """
    capture = read_capture(data, name=name)
    stored = session.store_file(data)
    files = [{"role": "archive", "name": name, "sha256": stored.sha256, "size": len(data), "blob": stored.ref()}]
    record = session.append_record(case_id, "capture.imported",
                                   {"format": capture.format, "captured_at": capture.captured_at, "files": files},
                                   {"url": capture.url, "title": capture.title, "notes": notes}, files=[stored])
    return record, capture


def import_screenshot(session: Any, case_id: str, screenshot: bytes, html: bytes, *, url: str, captured_at: str,
                      screenshot_name: str = "screenshot.png", html_name: str = "page.html", title: str = "",
                      notes: str = "") -> Any:
    """Seal a full-page screenshot and the page's HTML as one capture of ``url`` taken at ``captured_at``
    (date, time of day and time zone, as typed). Raises ``ScreenshotNotPicture``, ``InvalidDateTime``."""
    from reviewer.media import MediaError
    from reviewer.media.sniff import detect_type

    when = parse_local_time(captured_at)
    try:
        is_picture = detect_type(screenshot).kind == "image"
    except MediaError:
        is_picture = False
    if not is_picture:
        raise ScreenshotNotPicture(file=screenshot_name)
    files, stored = [], []
    for role, file_name, data in (("screenshot", screenshot_name, screenshot), ("html", html_name, html)):
        blob = session.store_file(data)
        stored.append(blob)
        files.append({"role": role, "name": file_name, "sha256": blob.sha256, "size": len(data), "blob": blob.ref()})
    return session.append_record(case_id, "capture.imported",
                                 {"format": "screenshot", "captured_at": when, "files": files},
                                 {"url": url.strip(), "title": title, "notes": notes}, files=stored)


def capture_contents(session: Any, capture_id: str, url: str | None = None) -> Capture:
    """Read a stored capture back: what it says and the pictures and videos it holds, with the bytes of the
    one at ``url`` in ``Capture.kept`` (for a screenshot capture, the URL ``screenshot``)."""
    record = session.vault.record(capture_id)
    if record.type != "capture.imported":
        raise NoSuchCapturedFile(url=capture_id)
    view = session.decrypt_record(record)["body"]
    files = {f["role"]: f for f in view["files"]}
    if view["format"] == "screenshot":
        shot = files["screenshot"]
        item = CapturedItem("screenshot", "image/png", view["captured_at"], shot["size"], shot["sha256"])
        kept = session.read_blob(shot["blob"]["id"], shot["blob"]["size"]) if url == "screenshot" else None
        return Capture("screenshot", view["url"], view["captured_at"], view["title"], (item,), kept)
    archive = files["archive"]
    data = session.read_blob(archive["blob"]["id"], archive["blob"]["size"])
    return read_capture(data, name=archive["name"], keep=url)


def ingest_from_capture(session: Any, case_id: str, capture_id: str, url: str, *, platform: str = "",
                        acquired_by: str = "") -> str:
    """Ingest the picture or video at ``url`` inside capture ``capture_id`` as a media of the case; its sealed
    source names the page, the capture and the capture's date-time. Return the media id.

    Raises ``NoSuchCapturedFile`` and the media errors of ``reviewer.media.ingest_bytes``.
    """
    from reviewer.media import ingest_bytes

    capture = capture_contents(session, capture_id, url)
    if capture.kept is None or all(i.url != url for i in capture.items):
        raise NoSuchCapturedFile(url=url)
    name = Path(url.split("?", 1)[0].rstrip("/")).name or "capture-item"
    media = ingest_bytes(capture.kept, name)
    item = next(i for i in capture.items if i.url == url)
    source = {"url": capture.url, "platform": platform, "media_url": url, "capture": capture_id,
              "capture_format": capture.format, "seen_at": capture.captured_at, "fetched_at": item.fetched_at}
    how = translate("takedown", HOW_FROM_CAPTURE).format(format=capture.format.upper())
    return session.ingest(case_id, media, source=source, acquired_by=acquired_by, how=how)
