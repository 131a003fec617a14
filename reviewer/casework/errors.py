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
