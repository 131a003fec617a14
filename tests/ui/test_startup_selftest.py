"""The window runs the installation's self-test at start: a changed model turns analysis off and says so."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reviewer.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
from .conftest import keep_recovery_code

PASSPHRASE = "Cheval-agrafe-pile-7"


def _altered_model_manifest(tmp_path: Path) -> tuple[Path, Path]:
    """tests/test_selftest.py's copy of the model with one byte changed, and its manifest."""
    spec = importlib.util.spec_from_file_location("selftest_tests", ROOT / "tests" / "test_selftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tmp_path.mkdir(parents=True, exist_ok=True)
    return module.altered_model_manifest(tmp_path)


def _create_vault(qtbot, window) -> None:
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=60_000):
        dialog.create_button.click()
    if window.recovery_dialog is not None:  # not when the self-test blocked the vault
        keep_recovery_code(window)


def test_a_changed_model_file_stops_analysis_and_the_window_names_the_file(qtbot, make_window, monkeypatch, tmp_path):
    model, manifest = _altered_model_manifest(tmp_path / "models")
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(manifest))
    window = make_window(tmp_path / "vault", selftest=True)
    with qtbot.waitSignal(window.selftestFinished, timeout=60_000) as finished:
        window.start()
        assert window.first_run_dialog.isVisible()  # the vault is not kept waiting for the self-test
    assert finished.args == [False]

    box = window.selftest_box
    assert box is not None and box.isVisible()
    assert str(model) in box.text()
    assert "Model files match their manifest" in box.text()
    assert "reinstall Reviewer" in box.informativeText()
    assert "[FAIL]" in box.detailedText() and str(model) in box.detailedText()
    assert box.continue_button is not None  # the vault's own check passed: history stays readable

    from reviewer.ui.startup_check import SelftestFailed

    with pytest.raises(SelftestFailed):
        window.detector.get()
    box.continue_button.click()
    assert window.isVisible()

    # The vault still opens, no demo case is offered, and no file can be added to a case.
    _create_vault(qtbot, window)
    assert window.demo_offer is None
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Dossier test")
    assert not window.act_add_files.isEnabled() and not window.act_add_folder.isEnabled()
    window.add_paths([str(resources_dir() / "samples" / "astronaut.png")])
    assert window.grid_model.rowCount() == 0
    assert "start-up check" in window.statusBar().currentMessage()


def test_quit_closes_the_window_after_a_failed_selftest(qtbot, make_window, monkeypatch, tmp_path):
    _model, manifest = _altered_model_manifest(tmp_path / "models")
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(manifest))
    window = make_window(tmp_path / "vault", selftest=True)
    with qtbot.waitSignal(window.selftestFinished, timeout=60_000):
        window.start()
    window.selftest_box.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)


def test_when_the_vault_code_fails_its_check_the_vault_is_not_opened(qtbot, make_window, monkeypatch, tmp_path):
    # As in a broken installation: the vault package cannot be imported (tests/test_selftest.py does the same).
    monkeypatch.setitem(sys.modules, "reviewer.vault", None)
    window = make_window(tmp_path / "vault", selftest=True)
    with qtbot.waitSignal(window.selftestFinished, timeout=60_000):
        window.start()
    box = window.selftest_box
    assert "A test vault can be created, sealed and verified" in box.text()
    assert "component not installed" in box.text()
    assert box.continue_button is None  # quitting is the only way out
    assert not window.first_run_dialog.isVisible()
    window.first_run_dialog.accepted.emit()  # even a late "Create" does not touch the vault
    assert not (tmp_path / "vault").exists()
    box.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)


def test_a_passing_selftest_shows_nothing_and_analysis_stays_on(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "vault", selftest=True)
    with qtbot.waitSignal(window.selftestFinished, timeout=60_000) as finished:
        window.start()
    assert finished.args == [True]
    assert window.selftest_report.ok
    assert window.selftest_box is None
    assert not window.analysis_blocked
    assert window.detector.get() is not None
