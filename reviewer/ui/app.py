"""Application start: Qt setup, translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

# onnxruntime must be imported before PySide6 so that its DLLs load in the right order on Windows.
import onnxruntime  # noqa: F401  isort:skip
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from reviewer import __version__, translations


def run_app(vault_dir: Path, language: str | None = None, quit_after: float | None = None) -> int:
    """Start the window on ``vault_dir`` and return the exit status when it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reviewer")
    app.setOrganizationName("Reviewer")
    app.setApplicationVersion(__version__)
    for translator in translations.install(language or translations.default_language()):
        app.installTranslator(translator)
    window = QMainWindow()
    window.setWindowTitle(app.translate("MainWindow", "Reviewer"))
    window.resize(1200, 800)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    return app.exec()
