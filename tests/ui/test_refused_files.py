"""A file refused while adding is listed in the window (name, plain reason in the user's language, what to do),
marked in the grid, and the status bar says how many were added and how many refused, never "all added"."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from reviewer.ui.media_grid import REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE


def _corrupt_png(source, target) -> None:
    """A real PNG whose compressed pixels were damaged (signature and chunks intact), as a failing disk does."""
    data = bytearray(source.read_bytes())
    start = data.index(b"IDAT") + 8
    for i in range(start, start + 2000):
        data[i] ^= 0x5A
    target.write_bytes(bytes(data))


def test_a_corrupt_file_among_good_ones_is_listed_and_the_status_is_honest(qtbot, ready_window, samples_dir,
                                                                          tmp_path, vault_records):
    window = ready_window
    folder = tmp_path / "received"
    folder.mkdir()
    for name in ("astronaut.png", "chelsea.png", "rocket.jpg"):
        shutil.copy(samples_dir / name, folder / name)
    _corrupt_png(samples_dir / "coffee.png", folder / "coffee-damaged.png")
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.add_paths([str(folder)])

    status = window.statusBar().currentMessage()
    assert status == "3 files added, 1 refused (see the list).", status
    assert "All files" not in status
    dialog = window.ingest.refused_dialog
    assert dialog is not None and dialog.isVisible()
    assert [r.name for r in dialog.refusals] == ["coffee-damaged.png"]
    text = dialog.text()
    assert "coffee-damaged.png" in text and "damaged or incomplete" in text
    assert "What to do: The file is damaged or cut short. Ask for it again" in text
    dialog.ok_button.click()
    stored = [kind for kind, _ in vault_records(tmp_path / "vault", window.case_id) if kind == "media.ingested"]
    assert len(stored) == 3  # the damaged file left nothing in the vault

    # The grid marks it as refused, the others as not reviewed yet.
    model = window.grid_model
    marks = {model.index(r, 0).data(Qt.ItemDataRole.DisplayRole).split(" (")[0]: model.index(r, 0).data(REVIEW_MARK_ROLE)
             for r in range(model.rowCount())}
    assert marks == {"astronaut.png": "not-reviewed", "chelsea.png": "not-reviewed", "rocket.jpg": "not-reviewed",
                     "coffee-damaged.png": "refused"}


@pytest.fixture
def french(qapp):
    """The application in French, as make_application sets it up (the package translators in the QApplication)."""
    from reviewer import translations

    installed = translations.install("fr")
    for translator in installed:
        qapp.installTranslator(translator)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install("en")


def test_the_list_and_the_status_are_in_french(french, qtbot, make_window, tmp_path, samples_dir):
    from reviewer.ui.settings import UiSettings
    from tests.ui.conftest import PASSPHRASE, keep_recovery_code

    window = make_window(tmp_path / "vault", UiSettings(language="fr"))
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
    good = tmp_path / "bonne.png"
    shutil.copy(samples_dir / "chelsea.png", good)
    bad = tmp_path / "abimee.png"
    _corrupt_png(samples_dir / "coffee.png", bad)
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(good), str(bad)])
    assert window.statusBar().currentMessage() == "1 fichier ajouté, 1 refusé (voir la liste)."
    text = window.ingest.refused_dialog.text()
    assert "abimee.png" in text and "Que faire" in text and "endommagé" in text
    model = window.grid_model
    texts = [model.index(r, 0).data(REVIEW_TEXT_ROLE) for r in range(model.rowCount())]
    assert texts == ["Non examiné", "Fichier refusé"]
