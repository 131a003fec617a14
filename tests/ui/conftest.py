"""Fixtures for the window tests: real widgets (offscreen), real media, the real model and vault."""

from __future__ import annotations

import pytest

# onnxruntime before PySide6 (DLL order on Windows), as the application does.
import onnxruntime  # noqa: F401  isort:skip


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build MainWindow(s) on a vault folder in tmp_path; every worker is stopped at the end."""
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import UiSettings

    windows = []

    def make(vault_dir=None, settings: UiSettings | None = None, selftest: bool = False):
        # The start-up self-test costs about a second; tests/ui/test_startup_selftest.py turns it on.
        window = MainWindow(vault_dir or tmp_path / "vault", settings or UiSettings(language="en"), selftest=selftest)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.cancel_all()
        assert window.runner.wait(60_000), "a worker was still running at the end of the test"


PASSPHRASE = "Cheval-agrafe-pile-7"


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
    window.demo_offer.button(window.demo_offer.StandardButton.No).click()
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Dossier test")
    return window


@pytest.fixture
def vault_records():
    """``read(vault_dir, case_id)`` -> [(record type, body)] read from the vault file, as any reader would."""
    from reviewer.vault import Vault

    def read(vault_dir, case_id):
        vault = Vault.open(vault_dir, read_only=True)
        try:
            return [(r.type, r.body) for r in vault.records(case_id)]
        finally:
            vault.close()

    return read
