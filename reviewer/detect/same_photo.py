"""Are the two pictures the same photo? One sentence in plain words, from the comparison's own numbers.

The comparison with the original photo (``reviewer.detect.compare``) either measures what changed (a
``Comparison``), refuses the reference as another photograph (``ReferenceNotSamePhoto``, with the evidence it
decided from), or cannot line the two up at all (``AlignmentFailed``). ``same_photo_answer`` turns that
outcome into one of five answers, and ``same_photo_sentence`` into one sentence a support worker can repeat;
the numbers stay in the details. The rule uses the thresholds the comparison itself was calibrated with
(docs/adr/0013-forensic-cues.md); it decides nothing the comparison did not measure:

- refused as another photograph, or too little in common to line up: probably not the same photo;
- the same photograph and no area clearly changed: very probably the same photo, no visible edit;
- the same photograph with a changed area, the rest lining up closely ("strong"): very probably the same
  photo, edited; lining up less closely (resized, recompressed: "moderate"): probably the same photo, edited.
"""

from __future__ import annotations

from typing import Any, Callable

from reviewer.detect.compare import NO_CHANGE_BELOW
from reviewer.i18n import QT_TRANSLATE_NOOP, translate

SAME_EDITED = "same-edited"
SAME_EDITED_LIKELY = "same-edited-likely"
SAME_UNCHANGED = "same-unchanged"
NOT_SAME = "not-same"
NOT_ALIGNED = "not-aligned"

SENTENCES = {
    SAME_EDITED: QT_TRANSLATE_NOOP("same_photo", "The two pictures are very probably the same photo, edited."),
    SAME_EDITED_LIKELY: QT_TRANSLATE_NOOP(
        "same_photo", "The two pictures are probably the same photo, edited (it was resized or recompressed, so "
                      "the outline of the change is approximate)."),
    SAME_UNCHANGED: QT_TRANSLATE_NOOP(
        "same_photo", "The two pictures are very probably the same photo, with no visible edit."),
    NOT_SAME: QT_TRANSLATE_NOOP(
        "same_photo", "The two pictures are probably not the same photo: another shot, even of the same scene, "
                      "cannot show what was changed."),
    NOT_ALIGNED: QT_TRANSLATE_NOOP(
        "same_photo", "The two pictures are probably not the same photo: they have too little in common to be "
                      "lined up."),
}


def same_photo_answer(comparison: dict[str, Any] | None = None, *, refused: dict[str, Any] | None = None) -> str:
    """The answer (one of the constants above) for a comparison's numbers: ``comparison`` is its summary
    (``Comparison.to_json()``: ``changed_fraction``, ``where``, ``sureness``) when it was made; ``refused`` is
    the evidence of a ``ReferenceNotSamePhoto`` (``precise_inliers``, ``textured_agreement``...), or ``{}`` for
    an ``AlignmentFailed`` without evidence. Never raises."""
    if comparison is None:
        return NOT_SAME if refused else NOT_ALIGNED
    fraction = float(comparison.get("changed_fraction") or 0.0)
    if fraction < NO_CHANGE_BELOW or comparison.get("where") in (None, "none"):
        return SAME_UNCHANGED
    return SAME_EDITED if comparison.get("sureness") == "strong" else SAME_EDITED_LIKELY


def comparison_answer(comparison: Any) -> str:
    """The answer for a ``Comparison`` that was made (its changed share, where, and how sure)."""
    return same_photo_answer({"changed_fraction": comparison.changed_fraction, "where": comparison.where,
                              "sureness": comparison.sureness})


def refusal_answer(error: Exception) -> str:
    """The answer for a comparison that refused (``ReferenceNotSamePhoto`` carries its evidence) or could not
    line the pictures up (any other ``AlignmentFailed``)."""
    evidence = getattr(error, "evidence", None)
    return same_photo_answer(None, refused=dict(evidence) if evidence else {})


def same_photo_sentence(answer: str, in_language: Callable[[str, str], str] = translate) -> str:
    """The sentence of ``answer`` in the current language (``in_language(context, text)`` translates)."""
    return in_language("same_photo", SENTENCES[answer])
