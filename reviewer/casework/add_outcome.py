"""What became of the files a reviewer added together: how many were added, which were refused and why, and
what to do about each, in plain words. One rule for the window's status bar and refused-files list.

A file is *refused* when nothing of it could be stored (unreadable, damaged, not a picture or a video, too
large, disk full); it leaves no record. A file *not analysed* was stored (its hashes are sealed) but the
detector could not read its pixels: it stays fully blurred. The summary never says "all added" when a file
was refused, and names the not-analysed ones apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

# Error code (or its family before the first dot) -> what the reviewer can do about it.
_ADVICE = {
    "media.unsupported_type": QT_TRANSLATE_NOOP(
        "add_outcome", "Check that it is a photo or a video. If it is, ask your IT contact to convert it (to JPEG, "
                       "PNG or MP4) and add the copy; keep the file you received as it is."),
    "media.unsupported_compression": QT_TRANSLATE_NOOP(
        "add_outcome", "Ask your IT contact to convert it (to JPEG, PNG or MP4) and add the copy; keep the file you "
                       "received as it is."),
    "media.corrupt": QT_TRANSLATE_NOOP(
        "add_outcome", "The file is damaged or cut short. Ask for it again (from the person or the platform) and add "
                       "the new copy. Keep the damaged file too: it is what you received."),
    "media.too_large": QT_TRANSLATE_NOOP(
        "add_outcome", "Ask your IT contact: the file is larger than this computer can safely open."),
    "media.unreadable": QT_TRANSLATE_NOOP(
        "add_outcome", "Check that the file still exists and that you may open it (USB key plugged in, shared "
                       "folder reachable), then add it again."),
    "media.timeout": QT_TRANSLATE_NOOP(
        "add_outcome", "Try again once. If it is refused again, the file is probably damaged: ask for it again."),
    "vault.disk_full": QT_TRANSLATE_NOOP(
        "add_outcome", "Free some space on the disk, then add the file again."),
}
_ADVICE["media.undecodable_video"] = _ADVICE["media.incomplete_video"] = _ADVICE["media.corrupt"]
_DEFAULT_ADVICE = QT_TRANSLATE_NOOP(
    "add_outcome", "Try adding it again. If it is refused again, tell your IT contact (the technical details are in "
                   "the application's log).")
_NOT_ANALYSED_ADVICE = QT_TRANSLATE_NOOP(
    "add_outcome", "It was added and sealed, but the detector could not read it: it stays fully blurred. You can "
                   "still review it.")

# Status-bar summaries: one template per count form (the Qt-free packages have no %n plural).
_ADDED = (QT_TRANSLATE_NOOP("add_outcome", "no file added"), QT_TRANSLATE_NOOP("add_outcome", "1 file added"),
          QT_TRANSLATE_NOOP("add_outcome", "{count} files added"))
_REFUSED = (None, QT_TRANSLATE_NOOP("add_outcome", "1 refused"), QT_TRANSLATE_NOOP("add_outcome", "{count} refused"))
_NOT_ANALYSED = (None, QT_TRANSLATE_NOOP("add_outcome", "1 not analysed"),
                 QT_TRANSLATE_NOOP("add_outcome", "{count} not analysed"))
_CANCELLED = QT_TRANSLATE_NOOP("add_outcome", "adding cancelled: files already added stay in the case")
_SEE_LIST = QT_TRANSLATE_NOOP("add_outcome", "see the list")


@dataclass(frozen=True)
class Refusal:
    """One file that was refused (``stored`` False) or stored but not analysed (``stored`` True)."""

    name: str
    reason: str      # the error's plain message, in the user's language
    advice: str      # what to do, in the user's language
    stored: bool = False
    code: str = ""   # the error's stable code, for tests and logs


def refusal(name: str, error: Any, *, stored: bool = False) -> Refusal:
    """The ``Refusal`` of file ``name`` for ``error`` (a ``ReviewerError``); ``stored``: it was stored in the
    vault before the error (analysis failed), so it was added all the same."""
    code = str(getattr(error, "code", "") or "")
    message = str(getattr(error, "message", "") or error)
    if stored:
        advice = _NOT_ANALYSED_ADVICE
    else:
        advice = _ADVICE.get(code) or next((text for key, text in _ADVICE.items() if code.startswith(key + ".")),
                                           _DEFAULT_ADVICE)
    return Refusal(name, message, translate("add_outcome", advice), stored, code)


def _counted(templates: tuple, count: int) -> str | None:
    template = templates[min(count, 2)]
    return translate("add_outcome", template).format(count=count) if template else None


def batch_summary(added: int, refusals: list[Refusal], *, cancelled: bool = False) -> str:
    """The status-bar line for a batch: "3 files added, 1 refused (see the list)". ``added`` counts the files
    stored (analysed or not); ``refusals`` those refused and those not analysed."""
    refused = sum(not r.stored for r in refusals)
    not_analysed = sum(r.stored for r in refusals)
    parts = [_counted(_ADDED, added), _counted(_REFUSED, refused), _counted(_NOT_ANALYSED, not_analysed)]
    text = ", ".join(part for part in parts if part)
    if cancelled:
        text += "; " + translate("add_outcome", _CANCELLED)
    if refusals:
        text += " (" + translate("add_outcome", _SEE_LIST) + ")"
    return text[:1].upper() + text[1:] + "."
