"""Screenshots of the window's basics (issue 20, point 8) at a laptop's 1366x768, in French and in English:
the grid sorted and filtered, and each new dialog over the window (remove from the case, rename the case, add a
reviewer, the whole-vault check's result, the comparison side by side). Neutral samples only.
Files: docs/screenshots/basics-<n>-<state>_<lang>.png.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/basics_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import reviewer  # noqa: E402,F401  isort:skip  (first: it turns onnxruntime's telemetry off, reviewer/offline.py)
import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from make_screenshots import PASSPHRASE, pump  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def over_window(window, dialog, name: str, language: str) -> Path:
    """The window with ``dialog`` drawn centred over it, as the reviewer sees it (offscreen, a dialog is a
    window of its own: ``window.grab()`` alone would not show it)."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    shown = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the modal dim, so the dialog stands out in the picture
    painter.drawPixmap((picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2, shown)
    painter.end()
    path = HERE / f"{name}_{language}.png"
    picture.save(str(path))
    print(path.relative_to(ROOT))
    return path


def shots(language: str, workdir: Path) -> None:
    import cv2
    from PySide6.QtWidgets import QMessageBox

    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    window = MainWindow(workdir / f"vault-basics-{language}", UiSettings(language=language))
    window.resize(1366, 768)
    window.show()
    window.start()
    first = window.first_run_dialog
    first.name.setText("Camille Martin")
    first.passphrase.setText(PASSPHRASE)
    first.repeat.setText(PASSPHRASE)
    first.create_button.click()
    pump(app, lambda: window.demo_offer is not None and window.demo_offer.isVisible())
    window.demo_offer.reject()
    finished = []
    window.batchFinished.connect(lambda: finished.append(True))
    window.create_demo_case()
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.3)

    # The grid sorted by name, showing what nobody reviewed yet, after one review sealed.
    painted = []
    window.rendered.connect(painted.append)
    window.select_media(1)
    pump(app, lambda: "analysed" in painted, settle_s=0.3)
    window.seal({"labels": ["not-sexual"], "qualification": "", "notes": "", "source": {}})
    pump(app, lambda: window.runner.active == 0, settle_s=0.5)
    bar = window.grid_filter.bar
    bar.order.setCurrentIndex(bar.order.findData("name"))
    bar.review.setCurrentIndex(bar.review.findData("not-reviewed"))
    pump(app, lambda: window.grid.model().rowCount() == 3, settle_s=0.5)
    window.grab().save(str(HERE / f"basics-1-grid-sorted-filtered_{language}.png"))
    print(f"docs/screenshots/basics-1-grid-sorted-filtered_{language}.png")
    bar.review.setCurrentIndex(0)
    bar.order.setCurrentIndex(0)
    pump(app, lambda: window.grid.model().rowCount() == 4, settle_s=0.2)

    # Remove from the case: the confirmation.
    window.select_media(1)
    pump(app, lambda: window.current is not None and window.current.media_id, settle_s=0.2)
    window.act_remove.trigger()
    pump(app, lambda: window.removal.dialog is not None and window.removal.dialog.isVisible(), settle_s=0.3)
    over_window(window, window.removal.dialog, "basics-2-remove", language)
    window.removal.dialog.reject()

    # Rename the case.
    window.renaming.rename(window.case_id, "Dossier Dupont – plainte" if language == "fr" else "Dupont case – complaint")
    pump(app, lambda: window.runner.active == 0, settle_s=0.3)
    window.act_rename_case.trigger()
    pump(app, lambda: window.renaming.dialog is not None and window.renaming.dialog.isVisible(), settle_s=0.3)
    window.renaming.dialog.title.setText("Dossier Dupont – plainte du 6 décembre" if language == "fr"
                                         else "Dupont case – complaint of 6 December")
    over_window(window, window.renaming.dialog, "basics-3-rename", language)
    window.renaming.dialog.reject()

    # Add a reviewer, with a passphrase the policy refuses, and its reason.
    window.act_add_reviewer.trigger()
    enrol = window.reviewers.dialog
    enrol.name.setText("Dominique Roy")
    enrol.passphrase.setText("Dominique1990")
    enrol.repeat.setText("Dominique1990")
    pump(app, settle_s=0.3)
    over_window(window, enrol, "basics-4-add-reviewer", language)
    enrol.reject()

    # The whole vault checked: the result, in plain words, with its details on demand.
    window.vault_check.verify()
    pump(app, lambda: window.vault_check.result_box is not None and window.vault_check.result_box.isVisible(),
         settle_s=0.3)
    over_window(window, window.vault_check.result_box, "basics-5-vault-check", language)
    window.vault_check.result_box.button(QMessageBox.StandardButton.Ok).click()

    # The comparison side by side: an edited copy of the astronaut photo against the original.
    edited = workdir / ("astronaute-retouchee.png" if language == "fr" else "astronaut-edited.png")
    photo = cv2.imread(str(SAMPLES / "astronaut.png"))
    donor = cv2.resize(cv2.imread(str(SAMPLES / "coffee.png")), (170, 170), interpolation=cv2.INTER_AREA)
    photo[170:340, 170:340] = donor
    cv2.imwrite(str(edited), photo)
    finished.clear()
    window.add_paths([str(edited)])
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.3)
    painted.clear()
    window.select_media(window.grid.model().rowCount() - 1)
    pump(app, lambda: "analysed" in painted, settle_s=0.3)
    window.compare_with(str(SAMPLES / "astronaut.png"))
    pump(app, lambda: window.comparison_view.last is not None)
    window.comparison_panel.side_by_side.click()
    pump(app, lambda: window.comparison_view.dialog is not None and window.comparison_view.dialog.isVisible(),
         settle_s=0.5)
    over_window(window, window.comparison_view.dialog, "basics-6-side-by-side", language)

    window.runner.shutdown()
    window.close()
    window.deleteLater()
    pump(app, settle_s=0.2)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # never touch the user's settings
        for language in ("en", "fr"):
            shots(language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
