"""Exporting an exhibit from the window: the dialog, the confirmation before originals, progress and
cancel, the bundle verified by the exhibit's own verifier, the export record in the vault."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reviewer.exhibit import ExportCancelled, ExportResult, verify_bundle
from reviewer.ui.workers import Task

from .conftest import keep_recovery_code

PASSPHRASE = "Cheval-agrafe-pile-7"

pytestmark = pytest.mark.slow


@pytest.fixture
def demo_window(qtbot, make_window, tmp_path):
    """A window on a new vault with the demo case (the four neutral sample photos) added and analysed."""
    window = make_window(tmp_path / "vault")
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignals([window.vaultReady, window.detectorReady], timeout=60_000):
        dialog.create_button.click()
    keep_recovery_code(window)
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.demo_offer.button(window.demo_offer.StandardButton.Yes).click()
    assert window.runner.wait(120_000)
    qtbot.wait(50)  # deliver the last queued results
    return window


def _fill_export_dialog(qtbot, window, out, *, originals: bool, recipient: str = "Procureur, Lyon"):
    assert window.act_export.isEnabled() and window.act_export.shortcut().toString() == "Ctrl+E"
    window.act_export.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.keyClicks(dialog.recipient, recipient)
    dialog.destination.setText(str(out))
    dialog.include_originals.setChecked(originals)
    return dialog


def _originals_in(result: ExportResult) -> list[str]:
    return [name for name in result.files if "/original" in name]


def test_the_demo_case_exports_to_a_bundle_that_verifies_with_its_record_in_the_vault(
        qtbot, demo_window, tmp_path, vault_records):
    window = demo_window
    window.select_media(0)
    qtbot.waitUntil(lambda: window.history_panel.list.count() > 0, timeout=20_000)
    out = tmp_path / "exhibit.zip"
    dialog = _fill_export_dialog(qtbot, window, out, originals=False)
    with qtbot.waitSignal(window.exportFinished, timeout=240_000) as finished:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    result = finished.args[0]
    assert isinstance(result, ExportResult), getattr(result, "message", result)
    assert result.path == out and out.exists()
    assert window.export_result_box.isVisible() and result.sha256 in window.export_result_box.text()
    assert _originals_in(result) == []
    ok, lines = verify_bundle(out)
    assert ok, lines
    exports = [body for kind, body in vault_records(tmp_path / "vault", window.case_id) if kind == "exhibit.exported"]
    assert len(exports) == 1 and exports[0]["bundle_sha256"] == result.sha256
    # The History panel shows the export once it reloads.
    qtbot.waitUntil(lambda: any("Exported" in window.history_panel.list.item(i).text()
                                for i in range(window.history_panel.list.count())), timeout=20_000)

    # The same bundle through "Verify an exhibit…": the verifier's lines in a dialog.
    with qtbot.waitSignal(window.exhibitVerified, timeout=60_000) as verified:
        window.verify_exhibit(str(out))
    assert verified.args == [True]
    assert window.verification_dialog.report.toPlainText() == "\n".join(lines)


def test_originals_are_included_only_after_an_explicit_yes(qtbot, demo_window, tmp_path):
    window = demo_window
    refused = tmp_path / "refused.zip"
    dialog = _fill_export_dialog(qtbot, window, refused, originals=True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    box = window.originals_confirmation
    assert box.isVisible() and "suspected minor" in box.text()
    with qtbot.waitSignal(window.exportFinished, timeout=240_000) as finished:
        box.button(box.StandardButton.No).click()
    result = finished.args[0]
    assert isinstance(result, ExportResult) and _originals_in(result) == []
    window.export_result_box.close()

    confirmed = tmp_path / "confirmed.zip"
    dialog = _fill_export_dialog(qtbot, window, confirmed, originals=True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    box = window.originals_confirmation
    with qtbot.waitSignal(window.exportFinished, timeout=240_000) as finished:
        box.button(box.StandardButton.Yes).click()
    result = finished.args[0]
    assert isinstance(result, ExportResult) and len(_originals_in(result)) == 4
    assert verify_bundle(confirmed)[0]


def test_cancelling_the_export_leaves_no_file(qtbot, demo_window, tmp_path, vault_records):
    window = demo_window
    # Hold the vault thread so the cancel lands before the export's first step, whatever the machine's speed.
    gate = threading.Event()
    window.runner.start_vault(Task(lambda control: gate.wait(30)))
    out = tmp_path / "cancelled.zip"
    window.export_case(str(out), lang="fr", recipient="", include_originals=False)
    assert window.export_progress.isVisible() and not window.act_export.isEnabled()
    qtbot.mouseClick(window.export_progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # "Cancel"
    with qtbot.waitSignal(window.exportFinished, timeout=120_000) as finished:
        gate.set()
    assert isinstance(finished.args[0], ExportCancelled)
    assert list(tmp_path.glob("cancelled*")) == []
    assert not [kind for kind, _ in vault_records(tmp_path / "vault", window.case_id) if kind == "exhibit.exported"]
    assert window.act_export.isEnabled()
