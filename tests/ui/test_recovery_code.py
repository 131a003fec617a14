"""The recovery code of a vault made in the window (issue 15, Build 8: a recovery path an organisation keeps in a
safe): shown once after the vault is made, printed as a sheet (a real PDF read with pdftotext), kept before the
window goes on, then opening the vault under "Recovery key" in the unlock window."""

from __future__ import annotations

import re
import shutil
import unicodedata
import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox

from reviewer.vault import Vault
from reviewer.vault.vault import RECOVERY_NAME

from .conftest import PASSPHRASE

CODE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")


def _first_run(qtbot, window) -> None:
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=60_000):
        dialog.create_button.click()


def test_the_code_is_shown_once_kept_before_going_on_and_opens_the_vault(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "vault")
    _first_run(qtbot, window)
    dialog = window.recovery_dialog
    assert dialog is not None and dialog.isVisible() and window.demo_offer is None  # the code first
    code = dialog.code.text()
    assert CODE.fullmatch(code)
    assert "shown only this once" in " ".join(label.text() for label in dialog.findChildren(type(dialog.code)))
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape: the window does not go on before the code is kept
    assert dialog.isVisible() and window.demo_offer is None
    dialog.kept.setChecked(True)
    dialog.continue_button.click()
    assert not dialog.isVisible() and dialog.code.text() == ""  # the code leaves the widgets
    assert window.demo_offer is not None and window.demo_offer.isVisible()
    window.demo_offer.button(QMessageBox.StandardButton.No).click()
    assert window.runner.wait(60_000)

    # The vault holds the recovery key, enrolled in the signed key log, and verifies.
    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        names = {r["name"]: r for r in vault.reviewers()}
        assert names[RECOVERY_NAME]["active"] and names[RECOVERY_NAME]["enrolled_by"] == names["Camille Martin"]["key_id"]
        assert vault.verify().ok
    finally:
        vault.close()
    window.close()

    # Every passphrase forgotten: the code opens the vault under "Recovery key", offered in the unlock window.
    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=30_000)
    unlock = again.unlock_dialog
    index = unlock.reviewer.findText("Recovery key")
    assert index >= 0
    unlock.reviewer.setCurrentIndex(index)
    # Typed from paper: lower case, spaces for dashes, a zero for an O; the vault opens all the same.
    unlock.passphrase.setText(code.lower().replace("-", " ").replace("O", "0"))
    with qtbot.waitSignal(again.vaultReady, timeout=60_000):
        unlock.unlock_button.click()
    assert again.session.name == RECOVERY_NAME
    assert "recovery key" in again.statusBar().currentMessage()
    assert again.runner.wait(60_000)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_printed_sheet_names_the_code_the_vault_and_what_to_do(qtbot, make_window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from reviewer.ui.recovery_dialog import print_sheet

    window = make_window(tmp_path / "vault")
    _first_run(qtbot, window)
    key = window.recovery_dialog.key
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    print_sheet(key, printer)  # what the print dialog's printer receives
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))  # pdftotext writes "ff" as the ligature U+FB00
    assert key.code in flat
    assert window.session.vault.fingerprint in flat
    assert "Recovery code of the evidence vault" in flat and "organisation's safe" in flat
    assert "choose \"Recovery key\"" in flat
    assert str(tmp_path / "vault") in flat.replace(" ", "") or str(tmp_path / "vault") in flat
    window.recovery_dialog.kept.setChecked(True)
    window.recovery_dialog.continue_button.click()
    window.demo_offer.button(QMessageBox.StandardButton.No).click()
    assert window.runner.wait(60_000)


def test_a_code_typed_from_paper_is_read_as_printed():
    from reviewer.casework.recovery import normalise_code

    code = "MUJI-C57R-YFTW-PYJH-OJMO-JL2K-NK2O-QRDB"
    assert normalise_code(code) == code
    assert normalise_code("muji c57r yftw pyjh 0jm0 jl2k nk20 qrd8") == code
    assert normalise_code("MUJIC57RYFTWPYJHOJMOJL2KNK2OQRDB") == code
    assert normalise_code("not a code") == "not a code"  # a passphrase stays what was typed
    assert normalise_code("MUJI-C57R-YFTW-PYJH-OJMO-JL2K-NK2O-QRD") == "MUJI-C57R-YFTW-PYJH-OJMO-JL2K-NK2O-QRD"
