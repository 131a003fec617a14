"""Changing the language while the application runs: the window is built again, around the same session.

Why a rebuild and not a ``retranslate()`` per widget: see docs/adr/0011-window.md. In short, every widget's
texts are set where it is built, by several people at once; building the window again in the new language
reuses that code as it is, so a new panel or dialog can never be left in the old language, and what the
English-left test checks (the window as built) is what the user sees after a switch.

What goes over to the new window: the vault, the unlocked session and its case service, the reviewer's name,
the self-test's verdict and the loaded model (nothing is unlocked or loaded again); the open case and media,
the panel shown, the window's size and docks, the grayscale toggle; the panic panel and the lock, when on.
What does not: reveals and four-eyes looks (ended and recorded by the old window as it closes: nothing stays
revealed), and the old window's workers (it waits for its vault writes before the new one writes).
A switch asked while files are being added or an exhibit is exported waits for that to finish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from reviewer.ui.translators import install_language
from reviewer.ui.formats import current_language


def effective_language(setting: str) -> str:
    """The language a settings value stands for: "fr" or "en" as chosen, the default one for "" (system)."""
    from reviewer import translations

    return setting if setting in translations.LANGUAGES else translations.default_language()


def busy(window) -> bool:
    """Whether ``window`` is adding files, exporting or checking the vault: a rebuild would cancel work the user
    is waiting for."""
    return window.batch is not None or window.exhibits.busy or window.vault_check.busy


def switch_language(window, language: str, then=None) -> None:
    """Show the application in ``language`` ("fr" or "en") now: a new MainWindow replaces ``window``.

    ``then(new_window)`` is called with the new window once it is on screen (at once, or once the work that
    made the switch wait is over). Nothing happens when ``language`` is already the one on screen.
    """
    if getattr(window, "_built_in", current_language()) == language:
        if then is not None:
            then(window)
        return
    if busy(window):
        window.statusBar().showMessage(QCoreApplication.translate(
            "LanguageSwitch", "The language changes once the current work is finished."), 15_000)
        waiter = _WhenIdle(window, lambda: switch_language(window, language, then))
        window.batchFinished.connect(waiter.check)
        window.exhibits.exportFinished.connect(waiter.check)
        window.vault_check.vaultChecked.connect(waiter.check)
        return
    QTimer.singleShot(0, lambda: _rebuild(window, language, then))  # not from inside the signal that asked


class _WhenIdle(QObject):
    """Runs ``action`` once, the first time ``window`` is no longer busy."""

    def __init__(self, window, action) -> None:
        super().__init__(window)
        self.window, self.action, self.done = window, action, False

    def check(self, *_args) -> None:
        if not self.done and not busy(self.window):
            self.done = True
            QTimer.singleShot(0, self.action)


def _rebuild(old, language: str, then) -> None:
    window_class = type(old)  # the MainWindow (taken from the window, so this module never imports it)
    install_language(language)
    sessions = old.sessions
    state = {
        "case_id": old.case_id,
        "media_id": old.current.media_id if old.current is not None else None,
        "tab": old.tabs.currentIndex(),
        "hidden": old.media_hidden,
        "locked": old.lock.locked,
        "case_before": old.lock._case_before,
        "grayscale": old.grayscale,
    }
    first_run = sessions.first_run_dialog
    typed = first_run.typed() if first_run is not None and first_run.isVisible() else None
    geometry, docks = old.saveGeometry(), old.saveState()
    selftest = sessions.selftest_wanted and sessions.selftest_report is None
    new = window_class(old.vault_dir, old.settings, selftest=selftest)
    new._built_in = language
    new.detector = old.detector  # the model stays loaded (and blocked, if the self-test failed)
    new.restoreGeometry(geometry)
    new.restoreState(docks)
    new.show()  # before the old one closes: the application quits when its last window closes
    # Closing the case ends reveals and looks (recorded) and stops reading media back; closing the window
    # cancels analysis and waits for the vault writes in flight. Answers still on their way are dropped.
    if not state["locked"]:
        old.open_case(None)
    old.close()
    old.runner.drop_callbacks()
    old.deleteLater()
    if state["grayscale"] != new.grayscale:
        new.set_grayscale(state["grayscale"])
    if state["hidden"] or state["locked"]:
        new.hide_all_media()
    if state["locked"]:
        new.lock.locked = True
        new.lock._case_before = state["case_before"]
    if sessions.session is not None and not state["locked"]:
        _reopen(new, state)
    new.sessions.adopt(sessions, typed=typed, case_id=state["case_id"])
    new.activateWindow()
    if then is not None:
        then(new)


def _reopen(window, state: dict) -> None:
    """Show the panel that was shown, and the media that was open once the new window has listed it."""
    window.tabs.setCurrentIndex(state["tab"])
    case_id, media_id = state["case_id"], state["media_id"]
    if case_id is None or media_id is None:
        return
    model = window.grid_model

    def select_media(*_args) -> None:
        key = model.key_of_media(media_id) if window.case_id == case_id else None
        if key is not None:
            model.rowsInserted.disconnect(select_media)
            window.select_media(model.index_of(key).row())

    model.rowsInserted.connect(select_media)
