"""The reveal controller: deliberate, confirmed, timed and recorded looks at a picture.

It owns the reveal state of the open image (``redact.RevealState``: what is uncovered, for how long), the
timer that counts down and re-blurs, and the confirmation box. A reveal's target is a region index (a
click on an outlined region), ``redact.SOFTER`` (the whole picture less blurred) or ``redact.CLEAR`` (the
clear picture). Confirmation follows the organisation's ViewingPolicy: before every reveal (default), or
before the first reveal of each media, never once per session. Every ended reveal is a ``region.revealed``
record made by the case layer on the vault thread (``region.kind`` "softer"/"clear" for the whole picture).
The window asks it to end every reveal when the media closes, on panic and when settings change, and
repaints when it says so.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from reviewer.ui import vault_steps as steps
from reviewer.ui.dialogs import confirm_reveal_text

REVEAL_TICK_MS = 200


def recorded_region(event: Any, regions: Sequence[Any]) -> dict:
    """The ``region`` object of the ``region.revealed`` record of ``event`` (a RevealEvent): the region's
    index, box, label and group for a region; ``{"kind": "softer"|"clear", ...}`` for the whole picture."""
    target = event.region_index
    if isinstance(target, str):
        return {**event.to_json(), "kind": target}
    region = regions[target]
    return {**event.to_json(), "index": target, "x0": region.x0, "y0": region.y0,
            "x1": region.x1, "y1": region.y1, "label": region.label, "group": region.group}


class RevealController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its open media, its settings and policy, its reveal bar, its repaint)."""
        super().__init__(window)
        self.window = window
        self.state = None                                 # redact.RevealState of the open image
        self.regions: Sequence[Any] | None = None         # the region list the state's indices refer to
        self.confirmation: QMessageBox | None = None
        self.confirmed_media: set[int] = set()            # media (grid keys) confirmed once ("first-per-media")
        self._media_key: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REVEAL_TICK_MS)
        self.timer.timeout.connect(self._tick)

    @property
    def revealed(self) -> frozenset:
        return frozenset(self.state.revealed) if self.state is not None else frozenset()

    def new_state(self, regions: Sequence[Any] | None = None) -> None:
        """A fresh RevealState for the open media's ``regions`` (indices only mean something for one list).
        End the previous state's reveals first (``end``). Under "first-per-media" a media confirmed earlier
        in this session needs no new confirmation; under "every", each reveal does."""
        from reviewer.redact import RevealState, needs_confirmation

        policy = self.window.viewing_policy
        entry = self.window.current
        self._media_key = entry.key if entry is not None else None
        confirmed = self._media_key is not None and not needs_confirmation(
            policy, str(self._media_key), {str(k) for k in self.confirmed_media})
        self.state = RevealState(timeout_s=self.window.settings.reveal_timeout_s, confirmed=confirmed,
                                 confirm_each=policy.confirm == "every")
        self.regions = regions
        self._show_countdown()

    def request(self, target) -> None:
        """A reveal asked for ``target`` (a region index clicked, SOFTER or CLEAR). When something is
        uncovered, it is all blurred again first (the "next click" rule) and nothing more is revealed;
        otherwise the reveal is confirmed when the policy says so, then shown until the timeout."""
        from reviewer.redact.viewing import check_target

        window = self.window
        entry = window.current
        if entry is None or not entry.analysed or entry.media is None or entry.media.kind != "image" \
                or window.media_hidden or self.state is None or window.withheld.hides(entry):
            return
        if window.rollback.refuses("reveal"):  # a look that could not be recorded is not given
            window.statusBar().showMessage(window.rollback.refused.reason, 15_000)
            return
        target = check_target(target)
        if isinstance(target, int) and not 0 <= target < len(entry.analysis.regions):
            return
        if self.state.revealed or not self.state.needs_confirmation:
            self._click(target, confirmed=False)
            return
        title, text = confirm_reveal_text(target)
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.setObjectName("revealConfirmation")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Reveal"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda _result, t=target, e=entry: self._confirmed(t, e) if box.clickedButton() is yes else None)
        self.confirmation = box
        window.open_dialog(box)

    def _confirmed(self, target, entry) -> None:
        if entry is not self.window.current:
            return  # the reviewer moved on while the box was open: nothing is revealed on another media
        self.confirmed_media.add(entry.key)
        self._click(target, confirmed=True)

    def _click(self, target, *, confirmed: bool) -> None:
        if self.window.current is None or self.window.media_hidden:
            return
        self._record(self.state.click(target, confirmed=confirmed))
        if self.state.revealed:
            self.timer.start()
        self._show_countdown()
        self.window.render_current()

    def _tick(self) -> None:
        events = self.state.expired()
        if events:
            self._record(events)
            self.window.render_current()
        if not self.state.revealed:
            self.timer.stop()
        self._show_countdown()

    def end(self) -> None:
        """Re-blur everything uncovered now (closing the media, panic, the "Blur again now" button) and record
        the reveals. ``hide`` is asked even when nothing is revealed: a reveal that timed out a moment ago is
        no longer in ``revealed``, but its event waits there until the timer collects it, and must not be lost."""
        events = self.state.hide(None) if self.state is not None else []
        self._record(events)
        self.timer.stop()
        self._show_countdown()
        if events:
            # The revealed rendering is still on screen (or in flight): drop it and paint the blurred one.
            self.window.drop_renderings()

    def seconds_left(self) -> int | None:
        """Whole seconds before the picture is blurred again (rounded up), None when nothing is uncovered."""
        if self.state is None or not self.state.revealed:
            return None
        deadline = self.state.next_deadline()
        return None if deadline is None else max(1, math.ceil(deadline))

    def _show_countdown(self) -> None:
        bar = getattr(self.window, "reveal_bar", None)
        if bar is None:
            return
        seconds = self.seconds_left()
        bar.show_countdown(self._describe(self.revealed) if seconds is not None else None, seconds)

    def _describe(self, targets: frozenset) -> str:
        from reviewer.redact import CLEAR, SOFTER

        if CLEAR in targets:
            return self.tr("Clear picture")
        if SOFTER in targets:
            return self.tr("Softer view")
        return self.tr("Region")

    def _record(self, events: Sequence[Any]) -> None:
        window = self.window
        entry = window.current
        if entry is None or entry.media_id is None or not entry.analysed:
            return
        regions = entry.analysis.regions
        for event in events:
            window.run(steps.record_reveal, window.service, entry.case_id or window.case_id, entry.media_id,
                       recorded_region(event, regions), event.duration_s, vault=True,
                       on_result=lambda _r: window.recordAppended.emit("region.revealed"))
