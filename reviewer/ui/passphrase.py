"""How strong a new passphrase is, for the meter in the key creation dialog.

The score counts length and character classes and rejects passphrases from a short list of the most
common ones (and simple variations of them). It is a nudge for the user, not a cryptographic
guarantee: the vault's key derivation (scrypt) is what makes guessing slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_LENGTH = 10
MIN_SCORE = 3  # out of 4: the dialog refuses anything weaker

# The most common passwords in public breach lists, plus French ones; compared after normalising.
COMMON = frozenset(
    """
    123456 123456789 12345678 password qwerty 123123 111111 abc123 1234567890 azerty motdepasse
    password1 iloveyou admin welcome letmein monkey dragon sunshine princess football soleil
    bonjour doudou chouchou loulou marseille nicolas jetaime azertyuiop qwertyuiop 000000 654321
    passw0rd trustno1 baseball superman starwars whatever freedom master hello charlie
    """.split()
)


@dataclass(frozen=True)
class Strength:
    score: int               # 0 (very weak) .. 4 (strong)
    acceptable: bool         # score >= MIN_SCORE and length >= MIN_LENGTH and not common
    too_short: bool
    common: bool
    classes: int             # how many of lower, upper, digit, other are used


def _normalised(text: str) -> str:
    # "Password123!" and "p@ssword" are the same guess for an attacker's word list.
    leet = str.maketrans("@4310$!", "aaeiosi")
    stripped = re.sub(r"[\d\W_]+$", "", text.lower()) or text.lower()  # "password123!" -> "password"
    return stripped.translate(leet)


def passphrase_strength(text: str) -> Strength:
    """Score ``text``: length and character classes add points; a common password scores 0."""
    classes = sum(
        bool(re.search(pattern, text)) for pattern in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]")
    )
    common = text.lower() in COMMON or _normalised(text) in COMMON
    too_short = len(text) < MIN_LENGTH
    if common or not text:
        score = 0
    else:
        score = (len(text) >= 8) + (len(text) >= MIN_LENGTH) + (len(text) >= 16) + (classes >= 3)
        if len(set(text)) <= 3:  # "aaaaaaaaaaaa" is long but trivial
            score = min(score, 1)
    return Strength(
        score=score, acceptable=score >= MIN_SCORE and not too_short and not common,
        too_short=too_short, common=common, classes=classes,
    )
