"""The one passphrase policy: what a new passphrase must be, for the window, the CLI and the API alike.

A passphrase protects a reviewer's signing key and the vault's data key; whoever copies the vault folder
can try guesses offline, as fast as the key derivation allows (docs/adr/0020-nothing-leaves-nothing-lingers.md).
So a new passphrase must be:

- at least ``MIN_LENGTH`` characters, and
- hard to guess by the estimate of zxcvbn (Dropbox's estimator, which knows the common-password and
  word lists, names, keyboard rows, sequences, repeats, dates and l33t substitutions that guessing
  programs try first): a score of at least ``MIN_SCORE`` out of 4, that is more than 10^8 guesses
  before the key derivation's own cost. zxcvbn's lists are English; ``LOCAL_WORDS`` adds the French
  passwords and words a French-speaking user is likely to pick, and the reviewer's own name counts too.

``assess`` tells how strong a passphrase is and why it is refused (the window's meter uses it);
``check_new_passphrase`` raises ``WeakPassphrase`` with that reason, in plain words. Only new passphrases
are checked: an existing one always unlocks its key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.vault.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3   # zxcvbn's scale: 3 means more than 10^8 guesses, 4 more than 10^10
_ESTIMATE_CHARS = 72  # zxcvbn refuses longer input; a longer passphrase is no weaker than its start

# Common French passwords and words (from public breach lists and the usual advice pages), which
# zxcvbn's English lists do not rank; compared as words a passphrase is made of, like its own lists.
LOCAL_WORDS = tuple(
    """
    azerty azertyuiop motdepasse soleil bonjour doudou chouchou loulou marseille nicolas jetaime
    jetaimes coucou chocolat princesse camille julien thomas maxime alexandre amour bisous poupette
    bebe doudoune lapin papa maman vacances france paris lyon toulouse nantes bordeaux lille
    liberte merde salut chatte chien chat coeur etoile cheval nathalie sandrine isabelle sophie
    celine stephanie nicole pierre olivier david sebastien christophe frederic philippe
    victime coffre reviewer preuve dossier secret confidentiel
    """.split()
)

WHY_TOO_SHORT = QT_TRANSLATE_NOOP("errors", "it is shorter than {minimum} characters.")
WHY_COMMON = QT_TRANSLATE_NOOP(
    "errors", "it is one of the most common passwords, which guessing programs try first.")
WHY_GUESSABLE = QT_TRANSLATE_NOOP(
    "errors", "it follows a pattern that guessing programs try early (a common word, a name, a date, "
              "a keyboard row, a sequence or a repeated character).")
WHY_NAME = QT_TRANSLATE_NOOP(
    "errors", "it is made mostly of your own name, which is the first thing a guesser tries.")
WHY_DIFFERENT = QT_TRANSLATE_NOOP("errors", "the two passphrases you typed are different.")


@dataclass(frozen=True)
class Assessment:
    """How strong a candidate passphrase is, and why it is refused (``why`` is None when accepted)."""

    score: int               # 0 (guessed at once) .. 4 (strong), zxcvbn's scale
    guesses_log10: float     # zxcvbn's estimate of the guesses needed, before the key derivation's cost
    too_short: bool
    common: bool             # the whole passphrase is a common password or word (variations included)
    why: str | None          # a marked source text (context "errors"): the reason it is refused

    @property
    def acceptable(self) -> bool:
        return self.why is None


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Assessment:
    """Estimate ``passphrase``'s strength; ``user_inputs`` are words of the context (the reviewer's name)
    that make it weaker when it contains them. Never raises (an empty text scores 0)."""
    from zxcvbn import zxcvbn  # its word lists take ~50 ms to load: only when a passphrase is chosen

    text = passphrase or ""
    own = [w.lower() for value in user_inputs for w in re.split(r"\W+", value or "") if len(w) > 1]
    words = [*own, *LOCAL_WORDS]  # the context's words first: zxcvbn ranks earlier words as more likely
    if text:
        result = zxcvbn(text[:_ESTIMATE_CHARS], user_inputs=words, max_length=_ESTIMATE_CHARS)
        score, guesses = int(result["score"]), float(result["guesses_log10"])
        sequence = result["sequence"]
        # A single dictionary match over the whole text: "password", "P@ssw0rd", "drowssap", "azerty".
        common = len(sequence) == 1 and sequence[0]["pattern"] == "dictionary"
    else:
        score, guesses, common = 0, 0.0, False
    too_short = len(text) < MIN_LENGTH
    # What is left once the user's own name and the separators are taken out ("Camille Martin 1990" -> "1990").
    rest = re.sub(r"[\W_]+", "", re.sub("|".join(map(re.escape, own)) or "$^", "", text.lower()) if own else text)
    if common:
        why = WHY_COMMON
    elif too_short:
        why = WHY_TOO_SHORT
    elif own and len(rest) < MIN_LENGTH // 2:
        why = WHY_NAME
    elif score < MIN_SCORE:
        why = WHY_GUESSABLE
    else:
        why = None
    return Assessment(score=score, guesses_log10=guesses, too_short=too_short, common=common, why=why)


def check_new_passphrase(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise ``WeakPassphrase`` (with the reason, in plain words) unless ``passphrase`` meets the policy."""
    verdict = assess(passphrase, user_inputs)
    if verdict.why is not None:
        raise WeakPassphrase(f"score {verdict.score}, length {len(passphrase or '')}", why=verdict.why,
                             minimum=MIN_LENGTH)


def check_repeated(first: str, second: str) -> None:
    """Raise ``WeakPassphrase`` when the passphrase typed twice differs."""
    if first != second:
        raise WeakPassphrase("the two passphrases differ", why=WHY_DIFFERENT, minimum=MIN_LENGTH)
