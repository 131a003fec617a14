"""Application start: Qt setup, translations, style, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

# onnxruntime must be imported before PySide6 so that its DLLs load in the right order on Windows.
import onnxruntime  # noqa: F401  isort:skip
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reviewer import __version__, translations
from reviewer.paths import resources_dir
from reviewer.ui import file_dialogs


def make_application(language: str | None = None) -> QApplication:
    """The QApplication with names, translations (``language`` or the settings' or the system's) and style."""
    from reviewer.ui.settings import load_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    file_dialogs.forget_dialog_settings()  # before any dialog: Qt must not save where files came from
    app.setApplicationName("Reviewer")
    app.setOrganizationName("Reviewer")
    app.setApplicationVersion(__version__)
    install_language(language or load_settings().language or translations.default_language())
    icon = resources_dir() / "icons" / "reviewer.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


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


def run_app(vault_dir: Path, language: str | None = None, quit_after: float | None = None) -> int:
    """Start the window on ``vault_dir`` and return the exit status when it closes."""
    from reviewer.ui.main_window import MainWindow

    app = make_application(language)
    window = MainWindow(Path(vault_dir), selftest=True)  # the installation proves itself at every start
    window.show()
    QTimer.singleShot(0, window.start)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
        QTimer.singleShot(int(quit_after * 1000) + 100, app.quit)
    return app.exec()
