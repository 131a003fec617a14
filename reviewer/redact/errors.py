"""Typed errors of safe rendering, one class per failure kind."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class RedactError(ReviewerError):
    """Any reason why a picture could not be prepared for safe viewing."""

    code = "redact"
    template = QT_TRANSLATE_NOOP("errors", "This picture could not be prepared for safe viewing, so it is not shown.")


class InvalidImage(RedactError):
    code = "redact.invalid_image"
    template = QT_TRANSLATE_NOOP(
        "errors", "This picture could not be prepared for safe viewing: its pixels are not in a form "
        "Reviewer can read. It is not shown."
    )


class InvalidSetting(RedactError):
    code = "redact.invalid_setting"
    template = QT_TRANSLATE_NOOP(
        "errors", "The safe-viewing setting “{name}” has a value that cannot be used ({value}). Allowed: "
        "{allowed}. Check the settings or your organisation's configuration file."
    )


class ConfirmationRequired(RedactError):
    code = "redact.confirmation_required"
    template = QT_TRANSLATE_NOOP(
        "errors", "Please confirm first that you want to see a blurred part of this picture."
    )
