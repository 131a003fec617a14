"""The application's language: its own translators, Qt's (standard buttons, file dialogs) and the default
QLocale, installed together (kept apart from ``reviewer.ui.app`` so that the live language switch, which the
window's controllers reach, does not import the application's start-up module)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reviewer import translations


def install_language(language: str) -> str:
    """Make ``language`` ("fr" or "en") the application's language from now on; return it.

    Replaces the translators installed before (the application's own and Qt's, so standard buttons and file
    dialogs follow) and the default QLocale (numbers and dates, see ``reviewer.ui.formats``). Widgets built
    afterwards speak the new language; ``reviewer.ui.language_switch`` rebuilds the ones already on screen.
    """
    app = QApplication.instance()
    language = language if language in translations.LANGUAGES else translations.default_language()
    for translator in getattr(app, "_reviewer_translators", []):
        app.removeTranslator(translator)
    installed = translations.install(language) + qt_translators(language)
    if language == "en":  # the source language, whose counted texts still need their singular and plural
        installed += translations.load_translators("en", plural_forms=True)
    for translator in installed:
        app.installTranslator(translator)
    app._reviewer_translators = installed  # type: ignore[attr-defined]  # keep them alive
    # French of France; English of the United Kingdom: day-first dates and 24-hour times, as in Europe.
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_GB"))
    return language


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_XX.qm) may be: Qt's configured folder, then the bundle's copy.

    A frozen PySide6 may not find its own folder, so the PyInstaller bundle's copy (kept by
    installers/bundle_contents.py) is tried as well: ``PySide6/Qt/translations`` on Linux and macOS,
    ``PySide6/translations`` on Windows (PyInstaller's Qt layout there has no ``Qt`` level).
    """
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        dirs += [Path(frozen_root) / "PySide6" / "Qt" / "translations", Path(frozen_root) / "PySide6" / "translations"]
    return dirs


def qt_translators(language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, file dialogs) in ``language``: qtbase_XX.qm from the first
    folder that has it; none for English (Qt's source language) or when no folder has the file."""
    if language == "en":
        return []
    for folder in qt_translation_dirs():
        translator = QTranslator()
        if translator.load(f"qtbase_{language}", str(folder)):
            return [translator]
    return []
