"""The language changes at once, without a restart: on the first-run screen and from the settings, the window
is built again in the new language around the same unlocked session and open case, with nothing revealed."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.ui.translators import install_language
from reviewer.ui.formats import current_language
from reviewer.ui.settings import load_settings


@pytest.fixture
def english(qapp):
    install_language("en")
    yield
    install_language("en")
    # Windows a failed test left open (the switch replaced the fixture's): stopped before the next test.
    from reviewer.ui.main_window import MainWindow

    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and shiboken6.isValid(window) and window.isVisible():
            _stop(window)


def _replacement(qtbot, old):
    """The main window that replaced ``old`` (the language switch builds a new one and closes ``old``)."""
    from reviewer.ui.main_window import MainWindow

    found = []

    def replaced() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w is not old and w.isVisible()]
        return bool(found) and (not shiboken6.isValid(old) or not old.isVisible())

    qtbot.waitUntil(replaced, timeout=60_000)
    return found[0]


def _switched_in_settings(qtbot, window, language):
    """Choose ``language`` in the Settings dialog, as a reviewer would, and return the rebuilt window."""
    window.ask_settings()
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()
    return _replacement(qtbot, window)


def _stop(window):
    """Stop and close the last window of a test (the ones it replaced were closed by the switch)."""
    window.runner.cancel_all()
    assert window.runner.wait(60_000)
    window.close()
    window.runner.drop_callbacks()
    window.deleteLater()


def test_switching_fr_en_fr_keeps_the_session_the_case_and_the_media_and_reveals_nothing(
        english, qtbot, ready_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png"), str(samples_dir / "coffee.png")])
    assert window.runner.wait(60_000)
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    entry = window.current
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    window.request_reveal(face)
    window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert window.reveal_state.revealed == {face}
    window.show_tab(5)  # History
    session, case_id, media_id = window.session, window.case_id, entry.media_id
    assert window.act_panic.text() == "&Hide all media"

    seen = []
    for language, panic, history in (("fr", "&Masquer tous les médias", "Historique"),
                                     ("en", "&Hide all media", "History"),
                                     ("fr", "&Masquer tous les médias", "Historique")):
        new = _switched_in_settings(qtbot, window, language)
        assert new is not window and current_language() == language
        qtbot.waitUntil(lambda: new.current is not None and new.current.media_id == media_id, timeout=60_000)
        assert new.session is session and new.case_id == case_id  # not unlocked again, same case
        assert new.act_panic.text() == panic
        assert new.tabs.tabText(new.tabs.currentIndex()) == history  # the same panel, in the new language
        assert new.case_list.currentItem().text() == "Dossier test"
        assert new.reveal_state.revealed == frozenset()  # nothing comes back revealed
        seen.append(new)
        window = new
    # The reveal that was on was ended by the switch and recorded, as any hide is.
    reveals = [body for kind, body in vault_records(tmp_path / "vault", case_id, window.session)
               if kind == "region.revealed"]
    assert [r["region"]["ended_by"] for r in reveals] == ["hide"]
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(1)  # the new window works: another media opens, analysed
    _stop(window)


def test_the_first_run_screen_offers_french_and_english_and_applies_the_choice_at_once(
        english, qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "vault")
    window.start()
    dialog = window.first_run_dialog
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["Français", "English"]
    assert dialog.language.currentData() == "en" and dialog.windowTitle() == "Welcome to Reviewer"
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText("Cheval-agrafe-pile-7")
    dialog.repeat.setText("Cheval-agrafe-pile")

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))  # applied at once, nothing else to do
    french = _replacement(qtbot, window)
    screen = french.first_run_dialog
    assert screen is not None and screen.isVisible()
    assert screen.windowTitle() == "Bienvenue dans Reviewer"
    assert screen.language.currentData() == "fr"
    assert screen.create_button.text() == "&Créer le coffre"
    assert screen.typed() == ("Camille Martin", "Cheval-agrafe-pile-7", "Cheval-agrafe-pile")  # nothing retyped
    assert french.act_panic.text() == "&Masquer tous les médias"  # the window behind too
    assert load_settings().language == "fr"  # kept for the next start
    screen.repeat.setText("Cheval-agrafe-pile-7")
    with qtbot.waitSignal(french.vaultReady, timeout=60_000):
        screen.create_button.click()
    _stop(french)


def test_media_hidden_by_the_panic_key_stay_hidden_after_a_switch(english, qtbot, ready_window, samples_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "chelsea.png")])
    window.hide_all_media()
    new = _switched_in_settings(qtbot, window, "fr")
    assert new.media_hidden and new.central.currentWidget() is new.hidden_panel
    assert new.viewer.full_size == (0, 0)  # nothing painted behind the panel
    assert new.show_again_button.text() == "Afficher à nouveau les médias"
    _stop(new)


def test_a_switch_asked_while_files_are_added_waits_for_them(english, qtbot, ready_window, samples_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / name) for name in ("astronaut.png", "coffee.png")])
        assert window.batch is not None
        window.ask_settings()
        window.settings_dialog.language.setCurrentIndex(window.settings_dialog.language.findData("fr"))
        window.settings_dialog.accept()
        assert window.isVisible()  # not rebuilt under the files being added
    new = _replacement(qtbot, window)
    qtbot.waitUntil(lambda: new.grid_model.rowCount() == 2, timeout=60_000)
    assert new.act_panic.text() == "&Masquer tous les médias"
    _stop(new)


@pytest.mark.parametrize("count, english, french", [
    (1, "1 exhibit already exported contains it; it is not changed.",
     "1 pièce déjà exportée le contient ; elle n'est pas modifiée."),
    (3, "3 exhibits already exported contain it; they are not changed.",
     "3 pièces déjà exportées le contiennent ; elles ne sont pas modifiées."),
])
def test_counted_texts_read_in_the_singular_and_the_plural_in_both_languages(qapp, count, english, french):
    """English is the source language, yet "%n exhibit(s)" must never reach the screen as written."""
    from PySide6.QtCore import QCoreApplication

    from reviewer.ui.translators import install_language

    source = "%n exhibit(s) already exported contain it; they are not changed."
    try:
        install_language("en")
        assert QCoreApplication.translate("RemovalDialog", source, "", count) == english
        install_language("fr")
        assert QCoreApplication.translate("RemovalDialog", source, "", count) == french
    finally:
        install_language("en")
