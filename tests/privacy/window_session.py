"""A real review session in the real window, started through the real entry point (``reviewer gui``).

Run as a script by the privacy tests (under strace, on Xvfb): it creates the vault through the first-run
dialog, opens a case, adds the sample photos (ingest, detection, recorded analyses), opens each one so its
forensic heatmaps are computed, recorded and shown, keeps the window open until ``--seconds`` have
passed, then writes what happened to ``--report`` (JSON) and lets ``--quit-after`` close the window.

    python window_session.py --vault DIR --report FILE --seconds 60 [--through-dialogs] SAMPLE...

With ``--through-dialogs`` the samples (files of one folder) are added through the window's own "Add
files" dialog (the first one) and "Add a folder" dialog (their folder), answered as a reviewer would; the
report gives the folder each dialog opened in, and the window closes once both are added.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

PASSPHRASE = "violet tractor quantum harbor 93"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--through-dialogs", action="store_true")
    parser.add_argument("samples", nargs="+")
    args = parser.parse_args()

    import reviewer  # noqa: F401  the package's import-time switches come first, as in the application
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from reviewer.cli import main as reviewer_main
    from reviewer.ui.app import make_application
    from reviewer.ui.main_window import MainWindow

    app = make_application()
    state = {"pid": os.getpid(), "vault_ready": False, "case": None, "files_added": False, "heatmaps_shown": 0,
             "records": [], "steps": [], "dialogs_opened_in": []}

    def window() -> MainWindow | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def step(name: str) -> None:
        state["steps"].append(name)

    def fill_first_run() -> None:
        main_window = window()
        dialog = main_window.first_run_dialog if main_window is not None else None
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(100, fill_first_run)
            return
        step("first-run dialog")
        main_window.vaultReady.connect(vault_ready)
        main_window.recordAppended.connect(state["records"].append)
        main_window.heatmapsShown.connect(heatmaps_shown)
        main_window.batchFinished.connect(files_added)
        dialog.name.setText("Camille Martin")
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.create_button.click()

    def vault_ready() -> None:
        main_window = window()
        state["vault_ready"] = True
        step("vault ready")
        QTimer.singleShot(200, keep_recovery_code)

    def keep_recovery_code() -> None:
        recovery = window().recovery_dialog  # the recovery code, shown once: kept, as a person must
        if recovery is None or not recovery.isVisible():
            QTimer.singleShot(100, keep_recovery_code)
            return
        recovery.kept.setChecked(True)
        recovery.continue_button.click()
        QTimer.singleShot(200, decline_demo)

    def decline_demo() -> None:
        main_window = window()
        offer = main_window.demo_offer
        if offer is None or not offer.isVisible():
            QTimer.singleShot(100, decline_demo)
            return
        offer.button(offer.StandardButton.No).click()
        main_window.create_case("Dossier réseau", then=case_opened)

    def case_opened(case_id: str) -> None:
        state["case"] = case_id
        step("case opened")
        if args.through_dialogs:
            answer_next_dialog(args.samples[0])
            QTimer.singleShot(0, window().ask_add_files)
        else:
            window().add_paths(args.samples)

    def answer_next_dialog(path: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, lambda: answer_next_dialog(path))
            return
        state["dialogs_opened_in"].append(dialog.directory().absolutePath())
        # Go to the file's folder, as a person clicks through folders: this is what Qt would remember
        # (history, lastVisited) and what the test proves is not kept.
        dialog.selectFile(path)
        # Then type its name in the "File name" field. selectFile() fills that field only while it does
        # not have the keyboard focus (Qt leaves alone what a person may be typing): once the dialog's
        # window has been activated, which happens at a moment of the platform's choosing after show(),
        # the field keeps what it had (nothing) and "Open" has nothing to open. That was the race.
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        name_field.setText(Path(path).name)
        press_open(dialog, path, 0)

    def press_open(dialog, path: str, tries: int) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        if not dialog.isVisible():
            return
        if dialog.selectedFiles() != [path]:
            # The dialog names the file once its folder is its current one; if not (yet), look again,
            # a bounded number of times, and say so rather than wait for the session's cap.
            if tries < 100:
                QTimer.singleShot(50, lambda: press_open(dialog, path, tries + 1))
                return
            step(f"the dialog did not take {Path(path).name!r}: it selected {dialog.selectedFiles()!r}")
            dialog.reject()
            QTimer.singleShot(0, QApplication.quit)
            return
        # "Open" (or "Choose" for a folder) as a person presses it: a disabled button would do nothing.
        dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Open).click()

    def files_added() -> None:
        if args.through_dialogs and len(state["dialogs_opened_in"]) == 1:
            step("file added through the dialog")
            answer_next_dialog(str(Path(args.samples[0]).parent))
            QTimer.singleShot(0, window().ask_add_folder)
            return
        state["files_added"] = True
        step("files added")
        if args.through_dialogs:  # done: close as the application does (--seconds is only a cap here)
            QTimer.singleShot(1000, window().close)
            QTimer.singleShot(1500, QApplication.quit)
            return
        open_next(0)

    def open_next(row: int) -> None:
        main_window = window()
        if row < main_window.grid_model.rowCount():
            main_window.select_media(row)
            QTimer.singleShot(4000, lambda: open_next(row + 1))

    def heatmaps_shown() -> None:
        state["heatmaps_shown"] += 1

    def write_report() -> None:
        Path(args.report).write_text(json.dumps(state))

    QTimer.singleShot(0, fill_first_run)
    app.aboutToQuit.connect(write_report)
    return reviewer_main(["gui", "--vault", args.vault, "--quit-after", str(args.seconds)])


if __name__ == "__main__":
    sys.exit(main())
