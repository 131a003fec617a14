"""Errors a user can meet in detection: a damaged or missing model, photos that cannot be compared."""

from __future__ import annotations

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class DetectError(ReviewerError):
    """Base of every detection error."""

    code = "detect_error"
    template = QT_TRANSLATE_NOOP("errors", "The analysis could not be completed. Nothing was changed.")


class ModelIntegrityError(DetectError):
    """The model file's SHA-256 differs from the one in its manifest entry: it is never loaded."""

    code = "model_integrity"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The detection model {name} has been changed or damaged, so it was not used. "
        "Reinstall the application or ask your IT team.",
    )


class ModelFileMissing(DetectError):
    code = "model_missing"
    template = QT_TRANSLATE_NOOP(
        "errors", "The detection model {name} is not installed on this computer. Reinstall the application."
    )


class UnknownModel(DetectError):
    code = "model_unknown"
    template = QT_TRANSLATE_NOOP("errors", "No detection model named {name} is listed in the model lists.")


class ManifestInvalid(DetectError):
    code = "model_manifest_invalid"
    template = QT_TRANSLATE_NOOP(
        "errors", "The list of detection models in {path} cannot be read. Ask your IT team to check it."
    )


class NotAStillImage(DetectError):
    code = "not_a_still_image"
    template = QT_TRANSLATE_NOOP("errors", "This analysis works on still images only, not on videos.")


class NotAVideo(DetectError):
    code = "not_a_video"
    template = QT_TRANSLATE_NOOP("errors", "This analysis works on videos only.")


class AlignmentFailed(DetectError):
    """The suspect and the original photo could not be aligned; no comparison map is produced."""

    code = "alignment_failed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The two photos could not be lined up, so no comparison was made. They may show different "
        "scenes, or one of them is too small or too changed.",
    )


class ReferenceNotSamePhoto(AlignmentFailed):
    """The two pictures line up roughly but are not two copies of one photograph (another shot of the same
    scene, a near-duplicate): a change map would show differences that are not edits."""

    code = "reference_not_same_photo"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The reference photo does not appear to be the same photograph as this image: it may be another shot "
        "of the same scene. No comparison was made, because two different photographs differ everywhere and "
        "the differences would not show an edit. Use the photo the image was made from, if the person has it.",
    )
