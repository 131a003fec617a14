"""What review labels may be sealed together: the vocabulary's rules, written once for every front end.

A review says what a picture is. Some answers exclude each other: a picture cannot be both sexual and not
sexual, both a deepfake and a real photo, both of an adult and of a suspected minor; "non-conclusive"
means no conclusion was reached, so it goes alone (or with "suspected minor", which is a protective flag,
not a conclusion about the picture). The window, the command line and the API all seal through
``VaultSession.seal_review``, which asks ``contradiction`` before writing anything.
"""

from __future__ import annotations

from typing import Sequence

from reviewer.i18n import QT_TRANSLATE_NOOP

SEXUAL = frozenset({"sexual-deepfake-adult", "intimate-image-nonconsensual"})
NOT_SEXUAL = frozenset({"manipulated-not-sexual", "not-sexual"})
MANIPULATED = frozenset({"sexual-deepfake-adult", "manipulated-not-sexual"})
NOT_MANIPULATED = frozenset({"intimate-image-nonconsensual", "no-manipulation-found"})
# Labels that may accompany "non-conclusive": a protective flag, not a conclusion about the picture.
WITH_NON_CONCLUSIVE = frozenset({"suspected-minor"})

WHY_SEXUAL = QT_TRANSLATE_NOOP(
    "vocabulary", "The picture cannot be both sexual and not sexual: keep the one you are sure of, or choose "
                  "\u201cNon-conclusive\u201d.")
WHY_MANIPULATED = QT_TRANSLATE_NOOP(
    "vocabulary", "The picture cannot be both manipulated and unmanipulated (a real photo): keep the one you are "
                  "sure of, or choose \u201cNon-conclusive\u201d.")
WHY_NON_CONCLUSIVE = QT_TRANSLATE_NOOP(
    "vocabulary", "\u201cNon-conclusive\u201d means you could not decide, so it cannot go with a conclusion. It can "
                  "go with \u201cSuspected minor\u201d.")
WHY_MINOR = QT_TRANSLATE_NOOP(
    "vocabulary", "A picture of a suspected minor cannot be labelled as a picture of an adult: keep "
                  "\u201cSuspected minor\u201d, which protects the picture more.")


def contradiction(labels: Sequence[str]) -> tuple[str, str, str] | None:
    """The first pair of ``labels`` that cannot be sealed together, with the reason (a marked source text
    in the "vocabulary" context), or None when they can. Labels are compared in the order given."""
    chosen = list(dict.fromkeys(labels))
    for i, first in enumerate(chosen):
        for second in chosen[i + 1:]:
            why = _why(first, second) or _why(second, first)
            if why:
                return first, second, why
    return None


def _why(a: str, b: str) -> str | None:
    if a in SEXUAL and b in NOT_SEXUAL:
        return WHY_SEXUAL
    if a in MANIPULATED and b in NOT_MANIPULATED:
        return WHY_MANIPULATED
    if a == "non-conclusive" and b not in WITH_NON_CONCLUSIVE:
        return WHY_NON_CONCLUSIVE
    if a == "suspected-minor" and b == "sexual-deepfake-adult":
        return WHY_MINOR
    return None
