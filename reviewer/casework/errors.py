"""Errors a user can meet in the case layer, in plain words."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class CaseworkError(ReviewerError):
    """Base of the case layer's errors."""

    code = "casework_error"
    template = QT_TRANSLATE_NOOP("errors", "The case could not be updated. Nothing was changed.")


class MediaNotInCase(CaseworkError):
    code = "media_not_in_case"
    template = QT_TRANSLATE_NOOP(
        "errors", "This media ({media}) is not part of the open case. Open its case, then try again.")


class CaseCheckFailed(CaseworkError):
    """A record appended to the open case does not check against the last verified checkpoint."""

    code = "case_check_failed"
    template = QT_TRANSLATE_NOOP(
        "errors", "The case's log no longer checks: record {seq} does not follow what was verified. "
        "Run \"Verify the case\" and call your IT team before adding anything to it.")


class MediaAlreadyRemoved(CaseworkError):
    code = "media_already_removed"
    template = QT_TRANSLATE_NOOP("errors", "This media was already removed from the case. Nothing was changed.")


class SuspectedMinorKept(CaseworkError):
    """A media sealed (or matching one sealed) as suspected minor is not removed from the window."""

    code = "suspected_minor_kept"
    template = QT_TRANSLATE_NOOP(
        "errors", "This media was sealed as a suspected minor (or is a copy of one), so it stays in the case as "
        "evidence. It is already never shown and never exported: only its hashes are. Nothing was changed. If "
        "it truly was added by mistake, ask the person responsible for the vault in your organisation.")


class RemovalReasonMissing(CaseworkError):
    code = "removal_reason_missing"
    template = QT_TRANSLATE_NOOP(
        "errors", "Say why the media is removed (for example \"Added by mistake\"). The reason is recorded. "
                  "Nothing was changed.")


class CaseTitleInvalid(CaseworkError):
    code = "case_title_invalid"
    template = QT_TRANSLATE_NOOP(
        "errors", "A case title must have between 1 and {maximum} characters. Nothing was changed.")


class ReviewerNameTaken(CaseworkError):
    code = "reviewer_name_taken"
    template = QT_TRANSLATE_NOOP(
        "errors", "A reviewer called \"{name}\" can already open this vault. Give the new reviewer a name that "
                  "tells them apart (for example with their first name or team). Nothing was changed.")


class RevocationReasonMissing(CaseworkError):
    code = "revocation_reason_missing"
    template = QT_TRANSLATE_NOOP(
        "errors", "Say why this reviewer's access is removed (for example \"Left the organisation\"). The reason is "
                  "recorded in the vault. Nothing was changed.")


class OwnAccessNotRemovable(CaseworkError):
    code = "own_access_not_removable"
    template = QT_TRANSLATE_NOOP(
        "errors", "You cannot remove your own access while you are working in the vault. Ask another reviewer to "
                  "do it. Nothing was changed.")
