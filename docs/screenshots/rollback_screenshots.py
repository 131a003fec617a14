"""Screenshots of the warning the window shows when the vault is a restored backup (issue 15 Build 5, docs/adr/
0026-rollback-seen-at-opening.md), and of the window afterwards, its writing actions greyed with why (the File menu
open, the Seal button's tooltip shown), at a laptop's 1366x768, in French and in English. Neutral samples only.
Files: docs/screenshots/rollback-warning_<lang>.png, docs/screenshots/rollback-greyed_<lang>.png.
Run under Xvfb (a real X server; offscreen also works):
  xvfb-run -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots/rollback_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import reviewer  # noqa: E402,F401  isort:skip  (first: it turns onnxruntime's telemetry off, reviewer/offline.py)
import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from PySide6.QtCore import QEventLoop  # noqa: E402

PASSPHRASE = "Cheval-agrafe-pile-7"
SAMPLES = ROOT / "resources" / "samples"


def pump(app, until=lambda: True, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def over_window(window, dialog, name: str, language: str) -> Path:
    """The window with ``dialog`` drawn centred over it, as the reviewer sees it (offscreen, a dialog is a
    window of its own: ``window.grab()`` alone would not show it)."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the modal dim, so the dialog stands out
    painter.drawPixmap((picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2, shown)
    painter.end()
    path = HERE / f"{name}_{language}.png"
    picture.save(str(path))
    print(path.relative_to(ROOT))
    return path


def restored_vault(folder: Path) -> None:
    """A vault whose folder was put back from a backup taken before a photo was sealed suspected minor."""
    from reviewer.casework import CaseService
    from reviewer.vault import Vault

    Vault.create(folder, reviewer_name="Camille Martin", passphrase=PASSPHRASE).vault.close()
    service = CaseService(Vault.open(folder).unlock(PASSPHRASE))
    case = service.new_case("Dossier test")
    media = [service.add_file(case, SAMPLES / name)[0] for name in ("astronaut.png", "chelsea.png", "coffee.png")]
    service.vault.close()
    shutil.copytree(folder, folder.with_name("backup"))
    session = Vault.open(folder).unlock(PASSPHRASE)
    session.seal_review(case, media[1], labels=["suspected-minor"])
    session.vault.close()
    shutil.rmtree(folder)
    shutil.copytree(folder.with_name("backup"), folder)


def shot(language: str, workdir: Path) -> None:
    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    folder = workdir / "vault"
    restored_vault(folder)
    window = MainWindow(folder, UiSettings(language=language), selftest=False)
    window.resize(1366, 768)
    window.show()
    window.start()
    pump(app, lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    window.unlock_dialog.unlock_button.click()
    pump(app, lambda: window.rollback.box is not None and window.rollback.box.isVisible())
    pump(app, lambda: window.runner.active == 0)
    over_window(window, window.rollback.box, "rollback-warning", language)
    window.rollback.box.accept()
    greyed(app, window, language)
    window.runner.shutdown()
    window.close()


def greyed(app, window, language: str) -> Path:
    """The window on the restored backup, a media open on the Review tab: the File menu open (New case, Add files,
    Export... greyed) and the Seal button's tooltip saying why, each drawn where it appears."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QMenu, QToolTip

    pump(app, lambda: window.grid_model.rowCount() == 3 and all(e.analysed for e in window.grid_model.entries()))
    window.select_media(0)
    pump(app, lambda: window.current is not None and window.current.analysed and window.runner.active == 0)
    window.show_tab(2)  # Review
    window.review_form.boxes["not-sexual"].setChecked(True)  # ticked: the seal stays greyed all the same
    pump(app, lambda: False if time.sleep(0.3) else True)
    bar = window.menuBar()
    menu = next(m for m in bar.findChildren(QMenu) if window.act_new_case in m.actions())  # File
    at = bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft())
    menu.popup(at)
    button = window.review_form.seal_button
    QToolTip.showText(button.mapToGlobal(QPoint(button.width() // 2, button.height())), button.toolTip(), button)
    pump(app, lambda: menu.isVisible() and QToolTip.isVisible())
    pump(app, lambda: False if time.sleep(0.3) else True)
    tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())
    picture = window.grab()
    painter = QPainter(picture)
    origin = window.mapToGlobal(QPoint(0, 0))
    for popup in (menu, tip):
        painter.drawPixmap(popup.pos() - origin, popup.grab())
    painter.end()
    menu.hide()
    QToolTip.hideText()
    path = HERE / f"rollback-greyed_{language}.png"
    picture.save(str(path))
    print(path.relative_to(ROOT))
    return path


def main() -> int:
    if len(sys.argv) < 2:  # one process per language: an application's language is set once
        import subprocess

        return max(subprocess.run([sys.executable, __file__, lang]).returncode for lang in ("fr", "en"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # never touch the user's settings
        shot(sys.argv[1], Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
