"""The "After the review" window's work off the GUI thread: small functions over ``reviewer.takedown``.

The ones that read or seal records run on the runner's single vault thread (they use the session's vault
connection); the ones that only format text or write a file run on the pool. Each takes the task control
first, keeps no state and touches no widget; what they write and how is what ``reviewer/cli/takedown.py``
writes, so a file saved from the window is the file the command line would have written that day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from reviewer.errors import ReviewerError
from reviewer.takedown import hashexports, notices
from reviewer.takedown.complaint import complaint_annex
from reviewer.takedown.notifier import Notifier, load_notifier, organisation_sets_notifier, save_notifier
from reviewer.takedown.writing import write_atomically
from reviewer.vault.canonical import now_rfc3339

Translate = Callable[[str, str], str]
HASH_FORMATS = ("stopncii", "hma", "vics")


def today() -> str:
    """The date written on notices, receipts and the annex, as the command line writes it (UTC day)."""
    return now_rfc3339()[:10]


@dataclass
class NoticeDraft:
    """One URL's notice: its target and its text in French and English, or why it cannot be written."""

    target: notices.Target
    texts: dict[str, str] = field(default_factory=dict)   # "fr" / "en" -> the DSA notice
    problem: str = ""                                      # the plain message when no text could be written


@dataclass(frozen=True)
class NoticeRow:
    """One notice as the log table shows it: platform, when sent, where it stands, the last answer and the last
    statement-of-reasons id (read from the ``notice.logged`` entries off the GUI thread)."""

    id: str
    platform: str
    sent_at: str
    status: str
    answer: str
    statement_id: str


def notice_rows(log: list[notices.NoticeState]) -> list[NoticeRow]:
    rows = []
    for notice in log:
        first = notice.first
        answer = next((e.get("reply") for e in reversed(notice.entries) if e.get("reply")), "") or ""
        statement = next((e.get("statement_id") for e in reversed(notice.entries) if e.get("statement_id")), "") or ""
        rows.append(NoticeRow(notice.id, first.get("platform") or "?", first["at"], notice.status,
                              " ".join(answer.split()), statement))
    return rows


@dataclass(frozen=True)
class Identity:
    """The notices' sender as the window needs it: the notifier, whether it gives the name and e-mail a notice
    needs, and whether the organisation's file sets it (the form then only shows it)."""

    notifier: Notifier
    complete: bool
    from_organisation: bool


def identity() -> Identity:
    notifier = load_notifier()
    return Identity(notifier, notifier.complete, organisation_sets_notifier())


@dataclass(frozen=True)
class CaptureRow:
    """One web capture of the case (a ``capture.imported`` record): the page, when it was captured, its kind."""

    id: str
    url: str
    captured_at: str | None
    format: str   # "wacz", "warc" or "screenshot"


def capture_rows(session, case_id: str) -> list[CaptureRow]:
    rows = []
    for record in session.vault.records(case_id):
        if record.type == "capture.imported":
            view = session.decrypt_record(record)["body"]
            rows.append(CaptureRow(record.id, view["url"], view["captured_at"], view["format"]))
    return rows


@dataclass(frozen=True)
class CaptureImported:
    """A capture just sealed, how many pictures and videos it holds, and the case's captures now."""

    row: CaptureRow
    items: int
    rows: list[CaptureRow]


def import_capture_file(control, session, case_id: str, path: Path) -> CaptureImported:
    """Read the WACZ or WARC file at ``path`` once (at most ``MAX_CAPTURE_BYTES``) and seal it in the case, as
    ``reviewer capture import`` does (``captures.import_capture``). Raises ``UnreadableCapture``,
    ``CaptureTooLarge`` and the file's read errors; nothing is written then."""
    from reviewer.media.describe import read_file_once
    from reviewer.media.limits import Limits
    from reviewer.takedown.captures import MAX_CAPTURE_BYTES, import_capture

    data = read_file_once(path, Limits(max_file_bytes=MAX_CAPTURE_BYTES + 1))
    record, capture = import_capture(session, case_id, data, name=path.name)
    return CaptureImported(CaptureRow(record.id, capture.url, capture.captured_at, capture.format),
                           len(capture.items), capture_rows(session, case_id))


def import_screenshot_files(control, session, case_id: str, values: dict[str, Any]) -> CaptureImported:
    """Read the screenshot and the page's HTML once each and seal them as one capture of ``values["url"]`` taken
    at ``values["at"]`` (date, time and zone as typed), as ``reviewer capture screenshot`` does
    (``captures.import_screenshot``). Raises ``ScreenshotNotPicture``, ``InvalidDateTime``, the files' read errors."""
    from reviewer.media.describe import read_file_once
    from reviewer.takedown.captures import import_screenshot

    image, html = Path(values["image"]), Path(values["html"])
    image_bytes, html_bytes = read_file_once(image), read_file_once(html)
    record = import_screenshot(session, case_id, image_bytes, html_bytes, url=values["url"], captured_at=values["at"],
                               screenshot_name=image.name, html_name=html.name, notes=values.get("notes", ""))
    row = CaptureRow(record.id, values["url"].strip(), record.body["captured_at"], "screenshot")
    return CaptureImported(row, 1, capture_rows(session, case_id))


@dataclass
class AfterReview:
    """What the window shows of a case after the review: the notices' targets (None when the case has no URL
    yet: ``no_url`` says why), the notifier, and the sealed log of notices."""

    targets: list[notices.Target] | None
    no_url: str
    identity: Identity
    log: list[NoticeRow]
    captures: list[CaptureRow]


def after_review(control, session, case_id: str) -> AfterReview:
    """The case's targets (``notice_targets``), the notifier (``load_notifier``) and the notices log."""
    from reviewer.takedown.errors import NoUrl

    try:
        targets, no_url = notices.notice_targets(session, case_id), ""
    except NoUrl as error:
        targets, no_url = None, error.message
    return AfterReview(targets, no_url, identity(), notice_rows(notices.notices_log(session, case_id)),
                       capture_rows(session, case_id))


def added_target(control, session, case_id: str, url: str, platform: str) -> notices.Target:
    """A target for a URL the user typed (``notices.added_target``; its errors are the user's to read)."""
    return notices.added_target(session, case_id, url, platform)


def notice_drafts(control, targets: list[notices.Target], notifier: Notifier,
                  languages: dict[str, Translate]) -> list[NoticeDraft]:
    """The DSA notice of each target, dated today, in each language of ``languages`` (``notices.dsa_notice``); a
    target whose notice needs the notifier's identity gets its plain message instead."""
    date = today()
    drafts = []
    for target in targets:
        draft = NoticeDraft(target)
        try:
            draft.texts = {lang: notices.dsa_notice(target, notifier, date, translate)
                           for lang, translate in languages.items()}
        except ReviewerError as error:
            draft.problem = error.message
        drafts.append(draft)
    return drafts


def pharos_text(control, targets: list[notices.Target], notifier: Notifier) -> str:
    """The Pharos summary of ``targets`` in the current language (``notices.pharos_summary``)."""
    return notices.pharos_summary(targets, notifier)


def save_text(control, path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all (``write_atomically``)."""
    return write_atomically(path, text)


def store_notifier(control, notifier: Notifier) -> Identity:
    """Write the identity to the user's notifier file (``save_notifier``) and read back what notices will use."""
    save_notifier(notifier)
    return identity()


def record_sent(control, session, case_id: str, values: dict[str, Any]):
    """Seal that a notice was sent (``notices.log_sent``); ``values``: platform, channel, urls, content_type,
    at, notice_text, notes. Returns the record."""
    return notices.log_sent(session, case_id, **values)


def record_answer(control, session, case_id: str, notice_id: str, values: dict[str, Any]):
    """Seal the platform's answer or a new status of a notice (``notices.log_update``); returns the record."""
    return notices.log_update(session, case_id, notice_id, **values)


def notices_log(control, session, case_id: str) -> list[NoticeRow]:
    """The case's notices as the log table shows them (``notices.notices_log``)."""
    return notice_rows(notices.notices_log(session, case_id))


def yearly_counts(control, session, year: int) -> notices.YearlyCounts:
    """The Article 22(3) counts of ``year`` over every case of the vault (``notices.yearly_counts``)."""
    return notices.yearly_counts(session, year)


def save_counts(control, path: Path, counts: notices.YearlyCounts) -> Path:
    """Write ``counts`` to ``path`` as ``reviewer notice count --json`` prints them (one line and its newline)."""
    return write_atomically(path, json.dumps(counts.to_json(), ensure_ascii=False) + "\n")


def export_hashes(control, vault, case_id: str, fmt: str, path: Path) -> Path:
    """Write the case's hashes to ``path`` as ``reviewer export-hashes --format FMT`` does: the StopNCII
    receipt (current language), the HMA list or the VICS 2.0 JSON. Suspected minors go out as hashes only."""
    media = hashexports.case_media(vault, case_id)
    if fmt == "hma":
        text = hashexports.hma_list(media)
    elif fmt == "stopncii":
        text = hashexports.stopncii_receipt(media, case_id, today())
    elif fmt == "vics":
        text = json.dumps(hashexports.vics_json(media), ensure_ascii=False, indent=2) + "\n"
    else:
        raise ValueError(fmt)
    return write_atomically(path, text)


def write_complaint(control, session, case_id: str, path: Path, author: str, translate: Translate) -> Path:
    """Write the complaint annex as ``reviewer complaint`` does (``complaint_annex``, language of ``translate``)."""
    text = complaint_annex(session, case_id, date=today(), author=author, translate=translate)
    return write_atomically(path, text)
