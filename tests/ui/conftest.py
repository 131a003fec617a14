"""Fixtures for the window tests: real widgets (offscreen), real media, the real model and vault."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

# onnxruntime before PySide6 (DLL order on Windows), as the application does.
import onnxruntime  # noqa: F401  isort:skip


@pytest.fixture(autouse=True, scope="session")
def _no_dialog_settings_on_disk():
    """As the application does at start (make_application): Qt's file dialogs save nothing to the
    developer's QtProject.conf while the tests drive them."""
    from reviewer.ui.file_dialogs import forget_dialog_settings

    forget_dialog_settings()


@pytest.fixture(autouse=True)
def _english_again_after_each_test(qapp):
    """A test that switched the language (or stopped half-way through a French tour) does not leave the next
    tests, Qt-free ones included, reading French: the application's translators are per process."""
    yield
    from reviewer.ui.translators import install_language

    install_language("en")


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build MainWindow(s) on a vault folder in tmp_path; every worker is stopped at the end."""
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    windows = []

    def make(vault_dir=None, settings: UiSettings | None = None, selftest: bool = False):
        # The start-up self-test costs about a second; tests/ui/test_startup_selftest.py turns it on.
        window = MainWindow(vault_dir or tmp_path / "vault", settings or UiSettings(language="en"), selftest=selftest)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        # Closed here rather than by qtbot: a language switch may have replaced (closed, deleted) a window.
        if not shiboken6.isValid(window):
            continue
        window.runner.cancel_all()
        assert window.runner.wait(60_000), "a worker was still running at the end of the test"
    # Answers already queued (a thumbnail, a record) reach their window while it still exists, not the next
    # test after it was deleted; an answer that starts more work is waited for too.
    live = [window for window in windows if shiboken6.isValid(window)]
    for _ in range(3):
        qtbot.wait(20)
        for window in live:
            window.runner.cancel_all()
            assert window.runner.wait(60_000), "a worker was still running at the end of the test"
    for window in live:
        window.close()
        window.runner.drop_callbacks()  # answers still queued must not reach a deleted window in the next test
        window.deleteLater()


PASSPHRASE = "Cheval-agrafe-pile-7"


def keep_recovery_code(window) -> str:
    """After a vault is made in the window: say the recovery code was kept, as the person must before the window
    goes on (reviewer/ui/recovery_dialog.py); return the code."""
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    code = dialog.code.text()
    dialog.kept.setChecked(True)
    dialog.continue_button.click()
    return code


@pytest.fixture
def ready_window(qtbot, make_window, tmp_path):
    """A window whose vault was just created through the first-run dialog, with one empty case open."""
    window = make_window(tmp_path / "vault")
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignals([window.vaultReady, window.detectorReady], timeout=60_000):
        dialog.create_button.click()
    keep_recovery_code(window)
    window.demo_offer.button(window.demo_offer.StandardButton.No).click()
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Dossier test")
    return window


@pytest.fixture
def vault_records():
    """``read(vault_dir, case_id, session=None)`` -> [(record type, body)] read from the vault file, as any
    reader would; with a ``session`` (the window's, which holds the data key) the body holds the sealed
    values too (region boxes are sealed since format 3)."""
    from reviewer.vault import Vault

    def read(vault_dir, case_id, session=None):
        vault = Vault.open(vault_dir, read_only=True)
        try:
            records = vault.records(case_id)
            if session is not None:
                return [(r.type, session.decrypt_record(r)["body"]) for r in records]
            return [(r.type, r.body) for r in records]
        finally:
            vault.close()

    return read


@pytest.fixture
def answer_file_dialog():
    """``answer(paths)``: the next file dialog the application opens is answered with ``paths`` (files of one
    folder, or one folder, or the file to save), as a reviewer would pick or type them in Qt's own dialog; returns a dict that gets the
    folder the dialog opened in (``"opened_in"``)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

    def answer(paths):
        seen = {}

        def pick():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(20, pick)
                return
            seen["opened_in"] = dialog.directory().absolutePath()
            names = [Path(p) for p in paths]
            # Go to the folder, then type the name(s) in the "File name" field: QFileDialog.selectFile()
            # leaves that field alone once it has the keyboard focus, which the platform gives when it
            # activates the dialog, at a moment of its choosing (tests/privacy/window_session.py).
            dialog.setDirectory(str(names[0].parent))
            typed = names[0].name if len(names) == 1 else " ".join(f'"{p.name}"' for p in names)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(typed)
            if sorted(dialog.selectedFiles()) != sorted(str(p) for p in names):
                dialog.reject()
                raise AssertionError(f"the dialog did not take {typed}: {dialog.selectedFiles()}")
            box = dialog.findChild(QDialogButtonBox, "buttonBox")
            # "Open" in an open dialog, "Save" in a save dialog (the file need not exist yet).
            (box.button(QDialogButtonBox.StandardButton.Open) or box.button(QDialogButtonBox.StandardButton.Save)).click()

        QTimer.singleShot(0, pick)
        return seen

    return answer
