"""Typed errors of the after-review work (hash lists, matches, captures, notices), one per failure kind."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class TakedownError(ReviewerError):
    """Any failure of this package. Nothing was recorded when one is raised."""

    code = "takedown"
    template = QT_TRANSLATE_NOOP("errors", "This could not be prepared. Nothing was changed.")


class UnreadableHashList(TakedownError):
    code = "takedown.unreadable_list"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {file} is not a hash list this application can read (HMA lines, CSV with a header, or "
        "VICS 2.0 JSON). Line or item {where} is the first one that is not understood. Nothing was imported.")


class EmptyHashList(TakedownError):
    code = "takedown.empty_list"
    template = QT_TRANSLATE_NOOP("errors", "The file {file} contains no hash that can be used. Nothing was imported.")


class HashListTooLarge(TakedownError):
    code = "takedown.list_too_large"
    template = QT_TRANSLATE_NOOP(
        "errors", "The file {file} is larger than {limit} MB, the most a hash list may be. Nothing was imported.")


class UnknownMatch(TakedownError):
    code = "takedown.unknown_match"
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no match number {number} for this media. List its matches again and choose one of them.")


class InvalidDecision(TakedownError):
    code = "takedown.invalid_decision"
    template = QT_TRANSLATE_NOOP("errors", "{value} is not a possible answer here. Use one of: {allowed}.")


class MissingNotifier(TakedownError):
    code = "takedown.missing_notifier"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A notice must give the name and e-mail address of the person or organisation sending it. Fill them in "
        "under Review ▸ After the review ▸ Organisation's identity, or ask the person who configures Reviewer to "
        "fill in the [notifier] section of the organisation's settings.")


class NoUrl(TakedownError):
    code = "takedown.no_url"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No media of this case is both reviewed as illegal (sexual deepfake, intimate image shared without consent, "
        "suspected minor) and known by the web address (URL) where it was seen. Review the media and record where "
        "they were seen, then prepare the notice.")


class NothingToNotify(TakedownError):
    code = "takedown.nothing_to_notify"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No media of this case is reviewed as illegal (sexual deepfake, intimate image shared without consent, "
        "suspected minor), so there is nothing to report yet. Review the media first, then prepare the notice.")


class InvalidUrl(TakedownError):
    code = "takedown.invalid_url"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{url} is not a web address. Copy the whole address from the browser's address bar; it starts with "
        "https:// or http://.")


class UnknownNotice(TakedownError):
    code = "takedown.unknown_notice"
    template = QT_TRANSLATE_NOOP("errors", "There is no notice {notice} in this case.")


class InvalidDateTime(TakedownError):
    code = "takedown.invalid_datetime"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{value} is not a date and time this application understands. Write it like 2026-03-14 21:05 +01:00 "
        "(date, time of day, time zone).")


class UnreadableCapture(TakedownError):
    code = "takedown.unreadable_capture"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {file} is not a web capture this application can read (WACZ or WARC). Nothing was imported.")


class CaptureTooLarge(TakedownError):
    code = "takedown.capture_too_large"
    template = QT_TRANSLATE_NOOP(
        "errors", "The file {file} is larger than {limit} MB, the most a web capture may be. Nothing was imported.")


class NoSuchCapturedFile(TakedownError):
    code = "takedown.no_such_captured_file"
    template = QT_TRANSLATE_NOOP(
        "errors", "The capture has no picture or video at {url}. List what the capture contains and choose one of them.")


class ScreenshotNotPicture(TakedownError):
    code = "takedown.screenshot_not_picture"
    template = QT_TRANSLATE_NOOP(
        "errors", "The file {file} is not a picture. Give the screenshot as a picture file (PNG or JPEG). Nothing was imported.")
