"""The window's warning about a vault older than, or diverging from, what this account last saw (issue 15
Build 5, attack a4; docs/adr/0026-rollback-seen-at-opening.md).

Each time a session opens (first unlock, and after a lock), the vault is compared with the head remembered
outside it (``reviewer.vault.head_check``) on the vault thread, never here: the comparison may read the
remembered part of the vault's log. When it is behind, a warning says so in plain words, with what was lost
and what to do; the exporter refuses such a vault on its own (the same rule), so the warning is what the
reviewer sees first, not the only guard.

While the vault is known to be behind, the window's actions that would append a record are greyed with a tooltip
that says why (``grey``); which actions those are, and the words, come from ``reviewer.casework.vault_writes``.
Every write refuses such a vault on its own too (``VaultSession.require_current_head``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from reviewer.ui import vault_steps as steps


class RollbackWarning(QObject):
    """Compares the vault with the remembered head at each unlock and warns when it is behind.

    ``problem``: the last comparison's error (``VaultRolledBack`` or ``VaultDiverged``), None when the vault
    is the one this account last saw (or was never seen). ``checked(bool behind)`` after each comparison.
    """

    checked = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.problem: Exception | None = None
        self.box: QMessageBox | None = None
        self._tooltips: dict[int, str] = {}  # each greyed widget's own tooltip, given back when writes are allowed
        window.vaultReady.connect(self.check)

    @property
    def refused(self):
        """The ``casework.vault_writes.WritesRefused`` in force, None when the vault takes records."""
        from reviewer.casework.vault_writes import writes_refused

        return writes_refused(self.problem)

    def refuses(self, action: str) -> bool:
        """Whether the window's action named ``action`` (``casework.vault_writes.WRITING_ACTIONS``) is refused now."""
        refused = self.refused
        return refused is not None and refused.stops(action)

    def grey(self, actions: Mapping[str, Iterable]) -> None:
        """Grey the actions and widgets of each named action that is refused now, with the reason as tooltip;
        give each its own tooltip back once writes are allowed. Called after the window set what it offers."""
        refused = self.refused
        for name, widgets in actions.items():
            for widget in widgets:
                key = id(widget)
                if refused is not None and refused.stops(name):
                    self._tooltips.setdefault(key, widget.toolTip())
                    widget.setEnabled(False)
                    widget.setToolTip(refused.reason)
                elif key in self._tooltips:
                    widget.setToolTip(self._tooltips.pop(key))

    def check(self) -> None:
        window = self.window
        if window.service is None:
            return
        window.run(steps.vault_head_problem, window.service, vault=True, on_result=self._compared)

    def _compared(self, problem: Exception | None) -> None:
        self.problem = problem
        self.window.update_actions()
        self.checked.emit(problem is not None)
        if problem is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This vault is not the latest one"),
                          self.tr("This vault is not the one you last worked with."), QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("rollbackWarning")
        box.setInformativeText(problem.message)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("I understand"))
        self.box = box
        self.window.open_dialog(box)
