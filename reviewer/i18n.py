"""Translation hook for the Qt-free packages.

The core packages (media, detect, redact, vault, exhibit) must not import Qt, yet every message a
user reads goes through Qt's translation files. They mark strings with ``QT_TRANSLATE_NOOP`` (which
pyside6-lupdate reads from the source text, whatever module defines it) and translate them at the
moment of display with ``translate``. The window or the command line installs Qt's translator here at start
(see ``reviewer.translations``); until then ``translate`` returns the English source text.
"""

from __future__ import annotations

from typing import Callable

_translate: Callable[[str, str], str] | None = None
_language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


def translate(context: str, text: str) -> str:
    """Return ``text`` translated into the current language (English when none is installed)."""
    if _translate is None:
        return text
    translated = _translate(context, text)
    return translated or text


def install(translate: Callable[[str, str], str] | None, language: str = "en") -> None:
    """Use ``translate(context, text)`` for every later ``translate`` call; ``None`` restores English.
    ``language`` ("fr", "en") is what ``language_of`` answers for the current translation."""
    global _translate, _language
    _translate = translate
    _language = language if translate is not None else "en"


def language_of(translate: Callable[[str, str], str]) -> str:
    """The language ("fr", "en") a translate function writes in: its ``language`` attribute (as
    ``reviewer.translations.fixed_language`` sets), else the current language; to format dates and numbers
    in the same language as the words (``reviewer.local_format``)."""
    return getattr(translate, "language", None) or _language
