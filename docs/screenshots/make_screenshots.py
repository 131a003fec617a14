"""Screenshots of the window's main states, in French and in English (offscreen, neutral samples only).

States: empty (vault just created, no case), case with its grid of safe thumbnails, an image with a
heatmap, the review form, a video's contact sheet; then, at 1366x768 (issue 19), the default view of a
picture, a reveal with its countdown, a group of near-duplicates and a suspected-minor placeholder; and
(issue 20, ``review``) a sealed decision read-only, a correction, the seal summary, the refused-files list,
"What next?" and the export result.
Files: docs/screenshots/<state>_<lang>.png.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [main] [viewing] [review]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from PySide6.QtCore import QEventLoop  # noqa: E402

PASSPHRASE = "Cheval-agrafe-pile-7"
VIDEO = ROOT / "tests" / "data" / "video" / "doorknob-hd-no-bar.mp4"


def pump(app, until=lambda: True, timeout_s: float = 120.0, settle_s: float = 0.0) -> None:
    """Process events until ``until()`` is true (then ``settle_s`` more seconds)."""
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    end = time.monotonic() + settle_s
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def shoot(window, name: str, language: str) -> Path:
    path = HERE / f"{name}_{language}.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT))
    return path


def screenshots(language: str, workdir: Path) -> None:
    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    window = MainWindow(workdir / f"vault-{language}", UiSettings(language=language))
    window.resize(1440, 900)
    window.show()
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    pump(app, lambda: window.demo_offer is not None and window.demo_offer.isVisible())
    window.demo_offer.reject()
    pump(app, settle_s=0.3)
    shoot(window, "1-empty", language)

    finished = []
    window.batchFinished.connect(lambda: finished.append(True))
    window.create_demo_case()
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.5)
    window.grid.clearSelection()
    window.viewing.close_media()
    window.show_placeholder(window.tr("Open a case on the left, then add files (drag them here, or File ▸ Add files…)."))
    pump(app, settle_s=0.3)
    shoot(window, "2-case-grid", language)

    painted = []
    window.rendered.connect(painted.append)
    window.select_media(0)
    pump(app, lambda: "analysed" in painted and window.current.heatmaps is not None, settle_s=0.3)
    window.show_tab(1)
    ids = window.heatmap_panel.ids()
    window.heatmap_panel.select("noise_residual" if "noise_residual" in ids else ids[0])
    pump(app, settle_s=0.3)
    shoot(window, "3-image-heatmap", language)

    window.heatmap_panel.select(None)
    window.show_tab(2)
    form = window.review_form
    form.boxes["non-conclusive"].setChecked(True)
    form.qualification.setCurrentIndex(1)
    form.url.setText("https://example.org/post/12345")
    form.platform.setText("Example")
    form.account.setText("@example")
    form.notes.setPlainText(window.tr("Demo case") + ": astronaut.png")
    pump(app, settle_s=0.3)
    shoot(window, "4-review-form", language)

    finished.clear()
    window.add_paths([str(VIDEO)])
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.3)
    painted.clear()
    window.select_media(window.grid_model.rowCount() - 1)
    pump(app, lambda: "analysed" in painted and window.video_panel.sheet.count() > 0, settle_s=0.5)
    window.show_tab(0)
    pump(app, lambda: window.video_panel.viewer.full_size != (0, 0), settle_s=0.5)
    shoot(window, "5-video-sheet", language)

    window.runner.shutdown()
    window.close()
    window.deleteLater()
    pump(app, settle_s=0.2)


def viewing_screenshots(language: str, workdir: Path) -> None:
    """Safe viewing at a laptop's 1366x768: default view, reveal and countdown, group, suspected minor."""
    import cv2
    from PySide6.QtWidgets import QMessageBox

    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    window = MainWindow(workdir / f"vault-viewing-{language}", UiSettings(language=language, reveal_timeout_s=30.0))
    window.resize(1366, 768)
    window.show()
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    pump(app, lambda: window.demo_offer is not None and window.demo_offer.isVisible())
    window.demo_offer.reject()
    finished = []
    window.batchFinished.connect(lambda: finished.append(True))
    window.create_demo_case()
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.3)
    copy = workdir / ("rocket-copie.png" if language == "fr" else "rocket-copy.png")
    cv2.imwrite(str(copy), cv2.imread(str(ROOT / "resources" / "samples" / "rocket.jpg")))
    finished.clear()
    window.add_paths([str(copy)])
    pump(app, lambda: finished and window.runner.active == 0 and window.grid.model().rowCount() == 4, settle_s=0.3)

    painted = []
    window.rendered.connect(painted.append)
    window.select_media(0)
    pump(app, lambda: "analysed" in painted, settle_s=0.5)
    shoot(window, "6-default-view", language)

    entry = window.current
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    region = entry.analysis.regions[face]
    window.viewer.click_at_view(window.viewer.view_point_of((region.x0 + region.x1) / 2, (region.y0 + region.y1) / 2))
    pump(app, lambda: window.reveal_confirmation is not None and window.reveal_confirmation.isVisible(), settle_s=0.2)
    shoot(window.reveal_confirmation, "7-reveal-confirmation", language)
    painted.clear()
    window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    pump(app, lambda: painted and window.reveal_bar.countdown.isVisible(), settle_s=1.2)
    shoot(window, "7-reveal-countdown", language)
    window.reveals.end()

    painted.clear()
    window.select_media(3)
    pump(app, lambda: "analysed" in painted, settle_s=0.5)
    shoot(window, "8-group", language)

    window.select_media(2)
    pump(app, lambda: window.current is not None and window.current.analysed, settle_s=0.3)
    window.seal({"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}})
    pump(app, lambda: window.media_stack.currentWidget() is window.withheld.page, settle_s=0.5)
    shoot(window, "9-suspected-minor", language)

    window.runner.shutdown()
    window.close()
    window.deleteLater()
    pump(app, settle_s=0.2)


def review_screenshots(language: str, workdir: Path) -> None:
    """Review state and plain words at 1366x768 (issue 20): a sealed decision shown read-only, a correction,
    the seal summary, the refused-files list, the export result and "What next?"."""
    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    window = MainWindow(workdir / f"vault-review-{language}", UiSettings(language=language))
    window.resize(1366, 768)
    window.show()
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    pump(app, lambda: window.demo_offer is not None and window.demo_offer.isVisible())
    window.demo_offer.reject()
    finished = []
    window.batchFinished.connect(lambda: finished.append(True))
    window.create_demo_case()
    pump(app, lambda: finished and window.runner.active == 0, settle_s=0.3)

    shown = []
    window.review.decisionShown.connect(shown.append)
    window.select_media(0)
    pump(app, lambda: shown and window.runner.active == 0, settle_s=0.3)
    window.show_tab(2)
    form = window.review_form
    form.boxes["sexual-deepfake-adult"].setChecked(True)
    form.qualification.setCurrentIndex(1)
    form.url.setText("https://example.org/post/12345")
    form.platform.setText("Example")
    form.notes.setPlainText(window.tr("Demo case") + ": " + "astronaut.png. " + (
        "Montage signalé par la personne, vu sur un compte public." if language == "fr"
        else "Montage reported by the person, seen on a public account."))
    form.request_seal()
    pump(app, lambda: window.review.summary_dialog is not None and window.review.summary_dialog.isVisible(),
         settle_s=0.3)
    shoot(window.review.summary_dialog, "r3-seal-summary", language)
    shown.clear()
    window.review.summary_dialog.confirm_button.click()
    pump(app, lambda: shown and form.decision_box.isVisible() and window.runner.active == 0, settle_s=0.5)
    shoot(window, "r1-sealed-decision", language)

    form.correct_button.click()
    form.boxes["sexual-deepfake-adult"].setChecked(False)
    form.boxes["non-conclusive"].setChecked(True)
    pump(app, settle_s=0.3)
    shoot(window, "r2-correction", language)
    form.cancel_correction()

    bad = workdir / ("photo-abimee.png" if language == "fr" else "damaged-photo.png")
    data = bytearray((ROOT / "resources" / "samples" / "coffee.png").read_bytes())
    start = data.index(b"IDAT") + 8
    for i in range(start, start + 2000):
        data[i] ^= 0x5A
    bad.write_bytes(bytes(data))
    missing = workdir / ("introuvable.jpg" if language == "fr" else "missing.jpg")
    missing.write_bytes(b"")
    good = workdir / ("photo-recue.png" if language == "fr" else "received-photo.png")
    good.write_bytes((ROOT / "resources" / "samples" / "chelsea.png").read_bytes())
    finished.clear()
    window.add_paths([str(good), str(bad), str(missing)])
    pump(app, lambda: finished and window.runner.active == 0 and window.ingest.refused_dialog is not None,
         settle_s=0.5)
    shoot(window.ingest.refused_dialog, "r4-refused-files", language)
    shoot(window, "r4-refused-status", language)
    window.ingest.refused_dialog.accept()

    shown.clear()
    window.select_media(2)
    pump(app, lambda: shown and window.runner.active == 0, settle_s=0.3)
    window.seal({"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}})
    pump(app, lambda: window.guide.dialog is not None and window.guide.dialog.isVisible(), settle_s=0.5)
    shoot(window.guide.dialog, "r5-what-next", language)
    window.guide.dialog.reject()

    exported = []
    window.exportFinished.connect(exported.append)
    window.export_case(str(workdir / f"exhibit-{language}.zip"), lang=language, recipient="", include_originals=False)
    pump(app, lambda: exported and window.export_result_box is not None, timeout_s=300, settle_s=0.3)
    window.export_result_box.result.details_button.click()
    pump(app, settle_s=0.3)
    shoot(window.export_result_box, "r6-export-result", language)
    window.export_result_box.close()

    window.runner.shutdown()
    window.close()
    window.deleteLater()
    pump(app, settle_s=0.2)


def main() -> int:
    """All screenshots, or only some groups: ``make_screenshots.py review viewing``."""
    groups = {"main": screenshots, "viewing": viewing_screenshots, "review": review_screenshots}
    chosen = [groups[name] for name in sys.argv[1:]] or list(groups.values())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REVIEWER_DATA_DIR"] = str(Path(tmp) / "data")  # never touch the user's settings
        for language in ("en", "fr"):
            for make in chosen:
                make(language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
