"""The window's way out of a case blocked by a future date (docs/adr/0028): a seal refused with the date and what
to do, then Review ▸ Dates in this case were wrong…, confirmed, seals the correction, and the seal goes through."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reviewer.vault import Vault

from .conftest import PASSPHRASE


def test_a_case_blocked_by_a_future_date_takes_seals_again_after_the_correction(qtbot, ready_window, make_window,
                                                                                samples_dir, tmp_path):
    window = ready_window
    vault_dir = tmp_path / "vault"
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "chelsea.png")])
    assert window.runner.wait(60_000)
    window.close()
    window.runner.cancel_all()
    assert window.runner.wait(60_000)
    # Another session, on a laptop whose clock said 2099, renamed the case.
    session = Vault.open(vault_dir).unlock(PASSPHRASE)
    session.clock = lambda: "2099-05-01T08:00:00.000Z"
    session.rename_case(case, "Dossier test (renommé)")
    session.vault.close()

    window = make_window(vault_dir)
    window.start()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=30_000):
        window.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: window.case_id == case and window.grid_model.rowCount() == 1
                    and window.grid_model.entries()[0].media_id is not None, timeout=60_000)
    window.select_media(0)
    window.seal({"labels": ["not-sexual"], "qualification": "", "notes": "", "source": {}})
    qtbot.waitUntil(lambda: "1 May 2099 at 08:00 UTC" in window.review_form.status.text(), timeout=30_000)
    assert "Dates in this case were wrong" in window.review_form.status.text()

    assert window.act_correct_times.isEnabled()
    window.act_correct_times.trigger()
    box = window.time_correction.box
    assert box is not None and "check them first" in box.informativeText()
    with qtbot.waitSignal(window.recordAppended, timeout=30_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "(records corrected: 1)" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.recordAppended, timeout=30_000):
        window.seal({"labels": ["not-sexual"], "qualification": "", "notes": "", "source": {}})
    with Vault.open(vault_dir, read_only=True) as reader:
        types = [r.type for r in reader.records(case)]
        # The seal comes after the correction (the analysis refused while the case was blocked may come between).
        assert types[-1] == "review.sealed" and "time.corrected" in types and reader.verify().ok
        assert types.index("time.corrected") > types.index("case.renamed")
