"""In French, no visible text of any window or dialog is left in English.

The window tour (tests/ui/window_tour.py) opens every state of the main window and every dialog; at each, every
visible text is read: labels, buttons, menus and actions, tooltips and status tips, placeholders, headers, tab
titles, list and tree items, combo box items, spin box suffixes, message boxes (text, details), window and dock
titles, the status bar, accessible names. A text fails when it is an English source string of our .ts files
whose French differs (formatted ones included: "{name} (not added)" matches "photo.jpg (not added)"), when it is
one of Qt's own English texts (buttons, the file dialog), or when it reads as English (several common English
words) and is no French translation of ours.
"""

from __future__ import annotations

import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
from importlib import import_module

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTabBar,
    QWidget,
)

import reviewer.ui
from reviewer.paths import resources_dir
from reviewer.ui.translators import install_language

from .text_fit import plain
from .window_tour import altered_model, selftest_failed_tour, tour

# Texts that are the same in both languages and need no translation. Kept tiny: proper nouns and the test's
# own data (the reviewer's name, the source typed in the form, the recipient, the language names).
ALLOWED = {"Reviewer", "English", "Français", "Camille Martin", "Example", "@example", "Parquet de Paris",
           "https://example.org/post/12345"}
# Values shown as they are: file names, hashes and signatures, numbers, dates, record ids.
VALUE = re.compile(r"^((SHA-256|SHA-1|MD5) ?: ?[0-9a-f]+|[\w.\-() ]+\.(png|jpe?g|mp4|webm|zip|pdf|heic)|[0-9a-fA-F]{16,}|[A-Za-z0-9+/=]{40,}|"
                   r"[\d\s.,:/%×\u00a0\u202f-]+( ?s)?|reviewer\.vault/\S+.*|— reviewer\.vault/.*)$")
PATH = re.compile(r"\S*/\S*")
# Qt's own English texts a French user would otherwise see (context, source): qtbase_fr translates them.
QT_TEXTS = [("QPlatformTheme", "OK"), ("QPlatformTheme", "Cancel"), ("QPlatformTheme", "&Yes"),
            ("QPlatformTheme", "&No"), ("QPlatformTheme", "Close"), ("QPlatformTheme", "Save"),
            ("QPlatformTheme", "Open"), ("QPlatformTheme", "Apply"), ("QPlatformTheme", "Help"),
            ("QFileDialog", "Look in:"), ("QFileDialog", "Files of type:"), ("QFileDialog", "File &name:"),
            ("QFileDialog", "&Open"), ("QFileDialog", "Back"), ("QFileDialog", "Forward"), ("QFileDialog", "Parent Directory"),
            ("QFileDialog", "Create New Folder"), ("QFileDialog", "List View"), ("QFileDialog", "Detail View"),
            ("QFileDialog", "Sidebar"), ("QFileDialog", "Files"), ("QFileSystemModel", "Name"),
            ("QFileSystemModel", "Size"), ("QFileSystemModel", "Date Modified"), ("QFileSystemModel", "Type"),
            ("QFileSystemModel", "Kind"), ("QFileSystemModel", "My Computer"), ("QFileSystemModel", "Computer"),
            ("QMessageBox", "Show Details..."), ("QMessageBox", "Hide Details..."), ("QInputDialog", "Enter a value:")]
# Words that are English and not French ("date", "type", "on", "an" are both, and left out).
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "are", "with", "your", "you", "this", "that", "for", "from", "not",
                 "be", "was", "has", "have", "all", "files", "file", "case", "show", "hide", "add", "open", "cancel",
                 "close", "save", "yes", "no", "it", "its", "by", "or", "in", "at", "will", "can",
                 "name", "size", "modified", "look", "details", "folder", "new", "back", "view"}


def _catalogue():
    """English sources whose French differs, as exact texts and as patterns; and every French translation."""
    exact, patterns, french = set(), [], set()
    for ts in sorted((resources_dir() / "translations").glob("*_fr.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            french.update(plain(line).strip() for line in translation.split("\n") if line.strip())
            if not translation or translation == source:
                continue
            for text in [source, *source.split("\n")]:
                text = plain(text).strip()
                if not text:
                    continue
                if "{" in text:
                    literal = re.sub(r"\{[^}]*\}", "", text)
                    words = [w for w in re.findall(r"[A-Za-z]{3,}", literal) if w not in ALLOWED and not w.isupper()]
                    if words:  # "Reviewer {version}" or "SHA-256: {sha}" would match anything
                        parts = re.split(r"\{[^}]*\}", text)
                        patterns.append((re.compile("^" + "(.+?)".join(map(re.escape, parts)) + "$"), text))
                else:
                    exact.add(text)
    return exact, patterns, french


def _texts(top: QWidget):
    """(where, text) of everything a reader sees or hears in ``top``."""
    found = []

    def add(where, text):
        if text:
            found.append((where, str(text)))

    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not shiboken6.isValid(widget) or (not widget.isVisible() and not isinstance(widget, QMenu)):
            continue
        where = widget.objectName() or type(widget).__name__
        add(where + " tooltip", widget.toolTip())
        add(where + " status tip", widget.statusTip())
        add(where + " accessible name", widget.accessibleName())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(where + " title", widget.windowTitle())
        for action in widget.actions():
            add(where + " action", action.text())
            add(where + " action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            add(where + " action status tip", action.statusTip())
            menu = action.menu()
            if menu is not None and shiboken6.isValid(menu):
                add(where + " menu", menu.title())
        if isinstance(widget, QLabel):
            add(where, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(where, widget.text())
        elif isinstance(widget, QLineEdit):
            add(where + " placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(where + " item", widget.itemText(index))
        elif isinstance(widget, QAbstractSpinBox):
            add(where + " suffix", getattr(widget, "suffix", lambda: "")())
            add(where + " special", widget.specialValueText())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(where + " tab", widget.tabText(index))
                add(where + " tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QGroupBox):
            add(where + " title", widget.title())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                add(where + " header", widget.model().headerData(section, widget.orientation()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()

            def visit(parent, depth=0):
                try:
                    columns = model.columnCount(parent)
                except TypeError:
                    columns = 1
                for row in range(min(model.rowCount(parent), 200)):
                    for column in range(columns):
                        index = model.index(row, column, parent)
                        add(where + " item", index.data())
                        add(where + " item tooltip", index.data(3))
                    if depth < 3 and columns > 1 and model.rowCount(model.index(row, 0, parent)):
                        visit(model.index(row, 0, parent), depth + 1)

            from PySide6.QtCore import QModelIndex

            visit(QModelIndex())
        if isinstance(widget, QMessageBox):
            add(where + " informative", widget.informativeText())
            add(where + " details", widget.detailedText())
        if isinstance(widget, QProgressDialog):
            add(where + " label", widget.labelText())
    if isinstance(top, QMainWindow):
        add("status bar", top.statusBar().currentMessage())
        for menu_action in top.menuBar().actions():
            add("menu", menu_action.text())
            for action in menu_action.menu().actions():
                add("menu action", action.text())
                add("menu action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
                if action.menu() is not None:
                    for sub in action.menu().actions():
                        add("submenu action", sub.text())
    return found


def english_left(top: QWidget, catalogue) -> list[str]:
    """The texts of ``top`` left in English."""
    exact, patterns, french = catalogue
    qt_english = {plain(source) for context, source in QT_TEXTS
                  if QCoreApplication.translate(context, source) != source}
    problems = []
    for where, raw in _texts(top):
        for text in {plain(raw).strip(), *(plain(line).strip() for line in raw.split("\n"))}:
            text = PATH.sub("", text).strip(" :…")  # paths are shown as they are (a temporary folder's words)
            if not text or text in ALLOWED or text in french or VALUE.match(text):
                continue
            if text in exact or text + "…" in exact or text + ":" in exact:
                problems.append(f"{where}: {text!r} is an English source text")
            elif text in qt_english:
                problems.append(f"{where}: {text!r} is Qt's English text")
            elif any(pattern.match(text) and not any(text == f for f in french) for pattern, _ in patterns):
                source = next(s for pattern, s in patterns if pattern.match(text))
                problems.append(f"{where}: {text!r} is English ({source!r})")
            else:
                words = re.findall(r"[a-z]+", text.lower())
                if len([w for w in words if w in ENGLISH_WORDS]) >= 2:
                    problems.append(f"{where}: {text!r} reads as English")
    return sorted(set(problems))


def dialog_classes() -> set[str]:
    """Every QDialog subclass (QMessageBox ones included) defined in reviewer/ui."""
    names = set()
    for module_info in pkgutil.iter_modules(reviewer.ui.__path__):
        module = import_module(f"reviewer.ui.{module_info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                names.add(name)
    return names


@pytest.fixture
def french(qapp):
    install_language("fr")
    yield
    install_language("en")


def test_no_text_is_left_in_english_anywhere_in_french(french, qtbot, make_window, tmp_path, monkeypatch):
    catalogue = _catalogue()
    wait = lambda condition, seconds: qtbot.waitUntil(lambda: bool(condition()), timeout=int(seconds * 1000))  # noqa: E731
    seen: set[str] = set()
    problems, states = [], []
    for state, widget in tour(lambda: make_window(tmp_path / "vault"), wait, tmp_path, (1366, 768), seen):
        states.append(state)
        problems += [f"[{state}] {p}" for p in english_left(widget, catalogue)]
    monkeypatch.setenv("REVIEWER_MODEL_MANIFEST", str(altered_model(tmp_path / "models")))
    for state, widget in selftest_failed_tour(lambda: make_window(tmp_path / "vault-2", selftest=True), wait,
                                              tmp_path, seen):
        states.append(state)
        problems += [f"[{state}] {p}" for p in english_left(widget, catalogue)]
    assert len(states) >= 27
    assert not problems, "\n".join(problems)
    # Every dialog reviewer/ui defines was opened and read (a new dialog must join the tour).
    assert dialog_classes() <= seen | {"QMessageBox"}, dialog_classes() - seen


def test_the_check_catches_english(french, qtbot):
    """The check itself: an English text in a French dialog is reported, its French is not."""
    catalogue = _catalogue()
    box = QMessageBox(QMessageBox.Icon.Warning, "Reviewer", "Some files were not added",
                      QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    box.show()
    assert any("Some files were not added" in p for p in english_left(box, catalogue))
    box.setText("photo.jpg (not added)")
    assert any("not added" in p for p in english_left(box, catalogue))
    box.setText(QCoreApplication.translate("RefusedFilesDialog", "Some files were not added"))
    assert english_left(box, catalogue) == []


def test_the_check_reads_menus_tabs_tooltips_and_headers_of_a_window_left_in_english(qapp, make_window):
    """The same walk over a window built in English reports its menus, tabs, tooltips, headers and buttons."""
    install_language("en")
    catalogue = _catalogue()
    window = make_window()
    found = "\n".join(english_left(window, catalogue))
    for where, text in (("menu action", "Hide all media"), ("tab", "Heatmaps"), ("header", "Region"),
                        ("tooltip", "Hide every image and video at once (F12)"), ("title", "Details")):
        assert f"{where}: {text!r}" in found or (where in found and text in found), (where, text)
