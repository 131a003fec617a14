"""Loads the compiled Qt translations (resources/translations/reviewer_XX.qm).

Only QtCore is used, so the command line can translate without starting a GUI. The window also
installs the same translator into its QApplication.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

from reviewer import i18n
from reviewer.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGES = ("fr", "en")

_current: list[QTranslator] = []
_language = "en"  # the language installed last


def current_language() -> str:
    """The language of the texts now ("fr" or "en"; English until ``install`` chose another), for the dates
    and numbers written with ``reviewer.local_format`` next to translated texts."""
    return _language


def default_language() -> str:
    """The language used until the user chooses one: English for an English locale, French otherwise.

    The product is French first (its users are French-speaking support staff): a machine set to another
    language, or to none ("C", "POSIX"), gets French; the first-run screen offers English at once.
    ``REVIEWER_LANG`` overrides the locale.
    """
    for var in ("REVIEWER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def load_translators(language: str, *, plural_forms: bool = False) -> list[QTranslator]:
    """One translator per package (``<package>_<language>.qm``); none for English, the source language,
    unless ``plural_forms``: the English catalogues hold only the singular and plural of texts counted with
    ``%n`` ("%n exhibit(s)" reads "1 exhibit", "3 exhibits"), which the window needs."""
    if language == "en" and not plural_forms:
        return []  # and no QtCore import (50 ms): the command line in English starts faster
    from PySide6.QtCore import QTranslator

    translators = []
    for qm in sorted((resources_dir() / "translations").glob(f"*_{language}.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            translators.append(translator)
    return translators


def _lookup(context: str, text: str) -> str:
    for translator in _current:
        found = translator.translate(context, text)
        if found:
            return found
    return text


def fixed_language(language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` into ``language`` whatever the current language (a notice in both
    languages); core packages take it as a parameter and so never load Qt themselves."""
    translators = load_translators(language)

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    translate.language = language if language in LANGUAGES else "en"  # for reviewer.i18n.language_of
    return translate


def install(language: str) -> list[QTranslator]:
    """Make ``reviewer.i18n.translate`` use ``language``; return the translators for a QApplication."""
    global _current, _language
    _current = load_translators(language)
    _language = language if language in LANGUAGES else "en"
    i18n.install(_lookup if _current else None, _language)
    return _current
