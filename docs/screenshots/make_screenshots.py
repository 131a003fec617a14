"""Screenshots of every state of the window and of every dialog, at 1366x768, in French and in English.

The states are those of the window tour (tests/ui/window_tour.py), which the English-left and layout tests walk
too: first run, demo offer, no case, new case, case open (with the sort and filter bar), remove, rename, add a
reviewer, whole-vault check, "What next?" and the glossary, a picture with each panel (detections, heatmaps,
provenance, comparison side by side and in the Original panel, review form), reveal confirmation and countdown,
the seal summary, the sealed decision and its correction, the history, "What next?" after a suspected minor and
its withheld page, a video's contact sheet, refused files, the exhibit export and its result, an exhibit's
verification, "After the review" (no URL yet, a typed URL's notice, the Pharos summary, the organisation's
identity, a notice recorded as sent, the notices log, a platform's answer, the yearly count, the fingerprints
and complaint pages, a web capture imported, the screenshot form),
settings, about, Qt's file dialog, the panic panel, the lock and unlock.
Neutral samples only. Files: docs/screenshots/<nn>-<state>_<lang>.png (a dialog is photographed alone).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
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
sys.path.insert(0, str(ROOT / "tests" / "ui"))

import reviewer  # noqa: E402,F401  isort:skip  (turns onnxruntime's telemetry off before it loads)
import onnxruntime  # noqa: E402,F401  isort:skip  (before PySide6, as the application does)
from PySide6.QtCore import QEventLoop  # noqa: E402

SIZE = (1366, 768)


def wait(app, until, timeout_s: float) -> None:
    """Process events until ``until()`` is true."""
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def screenshots(language: str, workdir: Path) -> list[Path]:
    from window_tour import tour

    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    app = make_application(language)
    windows = []

    def factory():
        windows.append(MainWindow(workdir / f"vault-{language}", UiSettings(language=language, reveal_timeout_s=60.0),
                                  selftest=False))
        return windows[-1]

    written = []
    for number, (state, widget) in enumerate(tour(factory, lambda c, s: wait(app, c, s), workdir, SIZE), start=1):
        path = HERE / f"{number:02d}-{state}_{language}.png"
        widget.grab().save(str(path))
        written.append(path)
        print(path.relative_to(ROOT))
    for window in windows:
        window.runner.shutdown()
        window.close()
        window.deleteLater()
    wait(app, lambda: True, 1)
    return written


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for old in [*HERE.glob("[0-9][0-9]-*.png"), *HERE.glob("r[0-9]-*.png")]:
            old.unlink()  # this script's pictures (the review states are in the tour now)
        for language in ("fr", "en"):
            # Never the user's settings; and each language starts as a new user (no organisation identity saved).
            os.environ["REVIEWER_DATA_DIR"] = str(Path(tmp) / f"data-{language}")
            work = Path(tmp) / language
            work.mkdir()
            screenshots(language, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
