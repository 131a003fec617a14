"""In French, Qt's own texts are French too: the file dialog, standard buttons, context menus; and the demo case
is named in the language chosen when it is created."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QLineEdit, QMessageBox, QTreeView

from reviewer.ui import file_dialogs

from .conftest import keep_recovery_code

PASSPHRASE = "Cheval-agrafe-pile-7"
from reviewer.ui.translators import install_language


@pytest.fixture
def french(qapp):
    install_language("fr")
    yield
    install_language("en")


def test_the_file_dialog_is_qt_s_own_and_speaks_french(french, qtbot):
    dialog = file_dialogs._dialog(None, "Ajouter des fichiers au dossier", QFileDialog.FileMode.ExistingFiles,
                                  "Images (*.png)")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)  # the platform's would not follow
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Voir dans\u00a0:", "Fichiers de type\u00a0:", "&Nom de fichier\u00a0:"} <= labels
    assert not labels & {"Look in:", "Files of type:", "File &name:"}
    buttons = {button.text() for button in dialog.findChildren(QAbstractButton)} | {
        button.toolTip() for button in dialog.findChildren(QAbstractButton)}
    assert {"&Ouvrir", "Annuler", "Dossier parent", "Créer un nouveau dossier"} <= buttons
    tree = dialog.findChild(QTreeView)
    columns = [tree.model().headerData(i, Qt.Orientation.Horizontal) for i in range(tree.model().columnCount())]
    assert columns[0] == "Nom" and "Name" not in columns


def test_standard_buttons_and_context_menus_speak_french(french, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Titre", "Texte",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Oui"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Non"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    assert "Cop&ier" in texts and "Tout sélectionner" in texts and "&Copy" not in texts


def test_the_demo_case_is_named_in_french_when_created_in_french(french, qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "vault")
    window.start()
    dialog = window.first_run_dialog
    assert dialog.language.currentData() == "fr"
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vaultReady, timeout=60_000):
        dialog.create_button.click()
    keep_recovery_code(window)
    assert window.demo_offer.button(QMessageBox.StandardButton.Yes).text() == "Créer le dossier de démonstration"
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.demo_offer.button(QMessageBox.StandardButton.Yes).click()
    assert window.case_list.currentItem().text() == "Dossier de démonstration (photos neutres)"
