"""The reveal controller: one deliberate, confirmed, timed and recorded look at a sensitive region.

It owns the reveal state of the open image (``redact.RevealState``: which regions are uncovered, for how
long), the timer that re-blurs them, and the confirmation box; every ended reveal is a ``region.revealed``
record made by the case layer on the vault thread. The window asks it to end every reveal when the media
closes, on panic and when settings change, and repaints when it says so.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from reviewer.ui import vault_steps as steps
from reviewer.ui.dialogs import confirm_reveal_text

REVEAL_TICK_MS = 200


class RevealController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open media, its settings, its repaint)."""
        super().__init__(window)
        self.window = window
        self.state = None                                 # redact.RevealState of the open image
        self.regions: Sequence[Any] | None = None         # the region list the state's indices refer to
        self.confirmation: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REVEAL_TICK_MS)
        self.timer.timeout.connect(self._tick)

    @property
    def revealed(self) -> frozenset[int]:
        return frozenset(self.state.revealed) if self.state is not None else frozenset()

    def new_state(self, regions: Sequence[Any] | None = None) -> None:
        """A fresh RevealState for ``regions`` (the open image's; indices only mean something for one list).
        End the previous state's reveals first (``end``). The one-time confirmation carries over."""
        from reviewer.redact import RevealState

        confirmed = self.state is not None and not self.state.needs_confirmation
        self.state = RevealState(timeout_s=self.window.settings.reveal_timeout_s, confirmed=confirmed)
        self.regions = regions

    def request(self, index: int) -> None:
        """A click on region ``index``: when something is shown, re-blur it all (the "next click" rule);
        otherwise reveal the region, after a one-time confirmation."""
        window = self.window
        entry = window.current
        if entry is None or not entry.analysed or entry.media is None or entry.media.kind != "image" \
                or window.media_hidden:
            return
        if not 0 <= index < len(entry.analysis.regions):
            return
        if self.state.revealed or not self.state.needs_confirmation:
            self._click(index, confirmed=False)
            return
        title, text = confirm_reveal_text()
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Reveal"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda _result, i=index: self._click(i, confirmed=True) if box.clickedButton() is yes else None)
        self.confirmation = box
        window.open_dialog(box)

    def _click(self, index: int, *, confirmed: bool) -> None:
        if self.window.current is None or self.window.media_hidden:
            return
        self._record(self.state.click(index, confirmed=confirmed))
        if self.state.revealed:
            self.timer.start()
        self.window.render_current()

    def _tick(self) -> None:
        events = self.state.expired()
        if events:
            self._record(events)
            self.window.render_current()
        if not self.state.revealed:
            self.timer.stop()

    def end(self) -> None:
        """Re-blur every revealed region now (closing the media, panic) and record the reveals. ``hide`` is
        asked even when nothing is revealed: a reveal that timed out a moment ago is no longer in
        ``revealed``, but its event waits there until the timer collects it, and must not be lost."""
        events = self.state.hide(None) if self.state is not None else []
        self._record(events)
        self.timer.stop()
        if events:
            # The revealed rendering is still on screen (or in flight): drop it and paint the blurred one.
            self.window.drop_renderings()

    def _record(self, events: Sequence[Any]) -> None:
        window = self.window
        entry = window.current
        if entry is None or entry.media_id is None or not entry.analysed:
            return
        regions = entry.analysis.regions
        for event in events:
            region = regions[event.region_index]
            described = {**event.to_json(), "index": event.region_index, "x0": region.x0, "y0": region.y0,
                         "x1": region.x1, "y1": region.y1, "label": region.label, "group": region.group}
            window.run(steps.record_reveal, window.service, entry.case_id or window.case_id, entry.media_id,
                       described, event.duration_s, vault=True,
                       on_result=lambda _r: window.recordAppended.emit("region.revealed"))
