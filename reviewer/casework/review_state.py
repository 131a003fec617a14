"""Where each media of a case stands: not reviewed, reviewed (with its main label), suspected minor, or a
file that was refused. One rule for the window's grid and review form, and for ``reviewer case show``.

The current decision of a media is its latest sealed review (log order), as in the exhibit report. A media
once sealed "suspected minor" stays marked so even when a later review drops the label: the vault and the
exhibit keep withholding it (docs/vault-format.md 3.1), and the mark says what the exports will do.
A file that could not be added has no record at all; the window keeps its refusal for the session and
asks ``refused_state`` for its mark, so that every front end words it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Mapping, Sequence

from reviewer.casework.case_records import SUSPECTED_MINOR, CaseRecords, ReviewState
from reviewer.i18n import QT_TRANSLATE_NOOP, translate

# The label that names a decision in one word, most protective and most serious first: a grid shows one.
MAIN_LABEL_ORDER = (
    SUSPECTED_MINOR,
    "sexual-deepfake-adult",
    "intimate-image-nonconsensual",
    "manipulated-not-sexual",
    "not-sexual",
    "no-manipulation-found",
    "non-conclusive",
)


class Mark(str, Enum):
    """What the grid shows on a media (its value is stable: tests and the CLI's JSON use it)."""

    NOT_REVIEWED = "not-reviewed"
    REVIEWED = "reviewed"
    SUSPECTED_MINOR = "suspected-minor"
    REFUSED = "refused"


MARK_TEXTS = {
    Mark.NOT_REVIEWED: QT_TRANSLATE_NOOP("review_state", "Not reviewed"),
    Mark.REVIEWED: QT_TRANSLATE_NOOP("review_state", "Reviewed"),
    Mark.SUSPECTED_MINOR: QT_TRANSLATE_NOOP("review_state", "Suspected minor"),
    Mark.REFUSED: QT_TRANSLATE_NOOP("review_state", "Refused file"),
}
REVIEWED_AS = QT_TRANSLATE_NOOP("review_state", "Reviewed: {label}")
STILL_WITHHELD = QT_TRANSLATE_NOOP(
    "review_state", "Once sealed as a suspected minor, this media stays withheld from every export, even after a "
                    "correction.")


@dataclass(frozen=True)
class Signed:
    """One sealed review as a reader needs it: which record, when (RFC 3339 UTC) and who (name)."""

    record: str
    time: str
    signer: str        # key id
    signer_name: str   # the reviewer's name (the key id when unknown)


@dataclass(frozen=True)
class Decision:
    """A media's current decision: its latest sealed review, and the review it corrected, if any."""

    signed: Signed
    labels: tuple[str, ...]
    main_label: str
    corrects: Signed | None  # set when the review was sealed as a correction of that earlier one
    earlier: int             # how many sealed reviews came before it (corrected or simply replaced)


@dataclass(frozen=True)
class MediaState:
    """Where a media stands (see the module's docstring)."""

    mark: Mark
    decision: Decision | None = None
    withheld_as_minor: bool = False
    refused_reason: str = ""   # for Mark.REFUSED: the plain reason, in the user's language

    @property
    def main_label(self) -> str | None:
        return self.decision.main_label if self.decision is not None else None

    def text(self) -> str:
        """A short text for the mark, in the installed language: "Reviewed: Not sexual", "Not reviewed"..."""
        if self.mark is Mark.REVIEWED and self.decision is not None:
            return translate("review_state", REVIEWED_AS).format(label=label_text(self.decision.main_label))
        return translate("review_state", MARK_TEXTS[self.mark])


def label_text(label: str) -> str:
    """A vocabulary label in the installed language (the vault owns the vocabulary's wording)."""
    from reviewer.vault.records import LABELS

    return translate("labels", LABELS.get(label, label))


def main_label(labels: Sequence[str]) -> str:
    """The one label that names a decision (``MAIN_LABEL_ORDER``); an unknown label only if it is alone."""
    for label in MAIN_LABEL_ORDER:
        if label in labels:
            return label
    return labels[0] if labels else ""


def _signed(review: ReviewState, names: Mapping[str, str]) -> Signed:
    return Signed(review.record, review.time, review.signer, names.get(review.signer, review.signer))


def media_state(model: CaseRecords, media_id: str, names: Mapping[str, str]) -> MediaState | None:
    """The state of ``media_id`` in ``model`` (None for a media not in the case); ``names``: key id -> reviewer
    name (``CaseService.reviewer_names``). Costs the media's reviews only."""
    item = model.get(media_id)
    if item is None:
        return None
    if item.review is None:
        return MediaState(Mark.NOT_REVIEWED, withheld_as_minor=item.suspected_minor)
    review = item.review
    corrected = next((r for r in item.reviews if r.record == review.supersedes), None) if review.supersedes else None
    decision = Decision(_signed(review, names), review.labels, main_label(review.labels),
                        _signed(corrected, names) if corrected is not None else None, len(item.reviews) - 1)
    mark = Mark.SUSPECTED_MINOR if item.suspected_minor else Mark.REVIEWED
    return MediaState(mark, decision, item.suspected_minor)


def case_states(model: CaseRecords, names: Mapping[str, str]) -> dict[str, MediaState]:
    """``media_state`` of every media of the case that is not purged, in the order they were added."""
    return {media_id: media_state(model, media_id, names) for media_id in model.media_ids()}


def refused_state(reason: str) -> MediaState:
    """The state of a file that could not be added (nothing was recorded); ``reason``: the plain message."""
    return MediaState(Mark.REFUSED, refused_reason=reason)
