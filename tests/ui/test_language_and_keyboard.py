"""The window speaks French when asked, every action is reachable by keyboard, custom widgets are named."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from reviewer import translations
from reviewer.ui.media_grid import MediaGrid
from reviewer.ui.panels import ComparisonPanel, DetectionsPanel, HeatmapPanel, HistoryPanel, ProvenancePanel
from reviewer.ui.review_form import ReviewForm
from reviewer.ui.video import VideoPanel
from reviewer.ui.viewer import MediaViewer


@pytest.fixture
def french(qapp):
    installed = translations.install("fr")
    for translator in installed:
        qapp.installTranslator(translator)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install("en")


def test_the_window_is_in_french_when_french_is_chosen(french, make_window):
    window = make_window()
    assert window.act_panic.text() == "&Masquer tous les médias"
    assert window.review_form.boxes["non-conclusive"].text() == "Non concluant"  # the vault's wording
    assert window.tabs.tabText(1) == "Cartes"


def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_every_menu_action_has_a_mnemonic_and_the_main_ones_a_shortcut(make_window):
    window = make_window()
    actions = [a for menu_action in window.menuBar().actions() for a in _menu_actions(menu_action.menu())]
    assert len(actions) >= 20
    assert all("&" in a.text() for a in actions), [a.text() for a in actions if "&" not in a.text()]
    for action in (window.act_panic, window.act_add_files, window.act_seal, window.act_verify, window.act_grayscale,
                   window.act_compare, window.act_new_case, window.act_zoom_in, window.act_fit):
        assert not action.shortcut().isEmpty(), action.text()
    assert [s.toString() for s in window.act_panic.shortcuts()] == ["F12", "Ctrl+Shift+H"]


def test_custom_widgets_have_accessible_names(make_window):
    window = make_window()
    custom = (MediaViewer, MediaGrid, VideoPanel, DetectionsPanel, HeatmapPanel, ProvenancePanel, ComparisonPanel,
              HistoryPanel, ReviewForm)
    widgets = [w for w in window.findChildren(object) if isinstance(w, custom)]
    assert {type(w) for w in widgets} == set(custom)
    assert all(w.accessibleName() for w in widgets), [type(w).__name__ for w in widgets if not w.accessibleName()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_panel_tab_is_in_view_without_scrolling(language, qapp, make_window, qtbot):
    from reviewer.paths import resources_dir

    installed = translations.install(language)
    for translator in installed:
        qapp.installTranslator(translator)
    qapp.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))  # its padding widens tabs
    try:
        window = make_window()  # the empty state: no case, nothing open
        qtbot.waitExposed(window)
        qtbot.wait(20)
        bar = window.tabs.tabBar()
        last = bar.tabRect(bar.count() - 1)
        assert window.tabs.tabText(bar.count() - 1) in ("History", "Historique")
        assert last.right() < bar.width(), "the last tab is behind the tab bar's scroll arrows"
    finally:
        qapp.setStyleSheet("")
        for translator in installed:
            qapp.removeTranslator(translator)
        translations.install("en")


@pytest.mark.parametrize(("language", "cancel"), [("fr", "Annuler"), ("en", "Cancel")])
def test_qt_standard_buttons_speak_the_chosen_language(language, cancel, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from reviewer.ui.app import make_application

    make_application(language)  # loads Qt's own qtbase translation next to the application's
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        make_application("en")
        qapp.setStyleSheet("")


def test_a_chosen_legal_wording_shows_its_beginning_and_the_whole_as_a_tooltip(qtbot):
    from reviewer.vault.records import LABELS

    form = ReviewForm(list(LABELS))
    qtbot.addWidget(form)
    form.resize(420, 600)
    form.show()
    form.qualification.setCurrentIndex(1)
    wording = form.qualification.itemText(1)
    assert form.qualification.lineEdit().cursorPosition() == 0
    assert form.qualification.currentText() == wording
    assert wording in form.qualification.toolTip()
    form.qualification.setCurrentIndex(0)
    assert form.qualification.toolTip() == ""
