"""The window's lock: the Lock action (Ctrl+L), the watch for inactivity, and what locking lets go of.

The rules (when, what) are Qt-free in ``reviewer.casework.lock``; this module only watches input, holds the
action and drives the window. Locked, the window shows the panic panel and no case title, holds no session
(no signing key, no data key) and no decoded pixels; "Show media again" and the unlock dialog ask for the
passphrase, and the case that was open is opened again, read back from the vault.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from reviewer.casework.lock import InactivityClock, InactivityPolicy, wipe
from reviewer.ui import vault_steps as steps
from reviewer.ui.dialogs import UnlockDialog

CHECK_INTERVAL_MS = 5_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class LockController(QObject):
    """Locks ``window`` (a MainWindow) on request and after ``minutes`` without input (0: never)."""

    lockedChanged = Signal(bool)

    def __init__(self, window, minutes: float) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self._case_before: str | None = None
        self.clock = InactivityClock(InactivityPolicy(minutes), time.monotonic())
        self.action = QAction(self.tr("&Lock"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(self.tr("Hide everything and ask for the passphrase again (Ctrl+L)"))
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        for holder in window.act_settings.associatedObjects():  # in the File menu, before Settings
            if isinstance(holder, QMenu):
                holder.insertAction(window.act_settings, self.action)
        window.vaultReady.connect(self._unlocked)
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_minutes(self, minutes: float) -> None:
        """A new inactivity policy (from the settings), counted from now."""
        self.clock = InactivityClock(InactivityPolicy(minutes), time.monotonic())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.clock.touch(time.monotonic())
        return False

    def check(self, now: float | None = None) -> None:
        """Lock when the time without input has passed (``now``: monotonic seconds, for tests)."""
        if not self.locked and self.window.session is not None and self.clock.due(
                time.monotonic() if now is None else now):
            self.lock()

    # -- what locking and the panic key let go of ----------------------------------------------------------
    def drop_pixels(self) -> None:
        """Let go of the decoded pixels on display and overwrite the buffers the window owns (best effort).

        The display decode (``current_view``, read-only: let go) and the coloured heatmap overlays (wiped)
        go; each entry keeps its media and its 8-bit maps, from which "show again" renders afresh.
        """
        window = self.window
        window.render_generation += 1  # renderings in flight are dropped
        window.viewer.clear()
        window.video_panel.clear()
        buffers = [window.current_view.rgb] if window.current_view is not None else []
        window.current_view = None
        overlays = [*window.viewing.extra_overlays.values()]
        window.viewing.extra_overlays = {}
        for entry in window.cases.model.entries():
            if entry.heatmaps:
                overlays += entry.heatmaps
                entry.heatmaps = [replace(h, rgba=None) for h in entry.heatmaps]  # rebuilt when seen again
        wipe(buffers + [getattr(h, "rgba", None) for h in overlays])

    def lock(self) -> None:
        """Hide everything, let go of the session and the pixels, and ask for the passphrase."""
        window = self.window
        if self.locked or window.session is None:
            return
        self.locked = True
        window.hide_all_media()  # the panic panel; it also calls drop_pixels
        self._case_before = window.case_id
        window.open_case(None)  # pending reveals are recorded first; every media entry is let go
        window.review_form.reset()
        window.case_list.blockSignals(True)
        window.case_list.clear()  # case titles often name the victim
        window.case_list.blockSignals(False)
        window.sessions.session = window.sessions.service = None  # the unlocked keys go with them
        window.statusBar().showMessage(self.tr("Locked. Type your passphrase to go on."))
        window.update_actions()
        self.action.setEnabled(False)
        self.lockedChanged.emit(True)
        self.ask_unlock()

    def ask_unlock(self) -> None:
        """Show the unlock dialog (the reviewers are read on the vault thread)."""
        window = self.window
        if not self.locked or window.vault is None:
            return
        if window.unlock_dialog is not None and window.unlock_dialog.isVisible():
            return
        window.run(lambda control, vault=window.vault: steps.reviewers_of(vault), vault=True,
                   on_result=self._show_unlock_dialog)

    def _show_unlock_dialog(self, reviewers: list) -> None:
        window = self.window
        if not self.locked:
            return
        sessions = window.sessions  # the session controller owns unlocking (reviewer/ui/session_controller.py)
        sessions.unlock_dialog = UnlockDialog(reviewers, window)
        sessions.unlock_dialog.accepted.connect(sessions._unlock)
        window.open_dialog(sessions.unlock_dialog)

    def _unlocked(self) -> None:
        self.clock.touch(time.monotonic())
        self.action.setEnabled(True)
        if not self.locked:
            return
        self.locked = False
        window = self.window
        case_list = window.case_list
        for row in range(case_list.count()):
            if case_list.item(row).data(Qt.ItemDataRole.UserRole) == self._case_before:
                case_list.setCurrentRow(row)  # opens it again, read back from the vault
        self._case_before = None
        window.show_media_again()
        self.lockedChanged.emit(False)
