"""Application start: Qt setup, translations, style, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

# onnxruntime must be imported before PySide6 so that its DLLs load in the right order on Windows.
import onnxruntime  # noqa: F401  isort:skip
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reviewer import __version__, translations
from reviewer.paths import resources_dir
from reviewer.ui import file_dialogs
from reviewer.ui.translators import install_language, qt_translation_dirs, qt_translators  # noqa: F401


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
