"""The withheld-media controller: a media sealed "suspected minor" is never painted again (issue 19).

It keeps the open case's withheld media (``casework.withheld``, asked of the case layer on the vault thread
when the case opens and after each sealed review), tells the window which media it must not paint (viewer,
grid thumbnail, video sheet), fills the placeholder page (hashes and decision), and runs the look: offered
only when the case layer says this reviewer may (four eyes, ``minor_viewing``), confirmed, and recorded as a
``region.revealed`` of kind ``suspected-minor-look`` when the media closes, with how long it stayed open.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from reviewer.i18n import translate
from reviewer.ui import formats, vault_steps as steps
from reviewer.vault import minors

# How often the window asks whether a media was labelled suspected minor elsewhere (another window or the
# command line on the same vault): one look at the small index, on the vault thread. While the window is
# busy (the vault thread serves what the reviewer asked for first), a tick is skipped, at most
# INDEX_POLL_SKIPS in a row; a file added meanwhile is checked against the index as it is stored anyway.
INDEX_POLL_MS = 2000
INDEX_POLL_SKIPS = 4


def _local_time(iso: str) -> str:
    """A record's UTC time (RFC 3339) as the user's locale writes a date and time, in local time."""
    try:
        return formats.short_date_time(iso)
    except ValueError:
        return iso


class WithheldPage(QWidget):
    """What the media area shows for a withheld media: the decision, the hashes, and the look button or why
    there is none. Plain text only (hashes and names are shown as they are)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("withheldPage")
        self.setAccessibleName(self.tr("Media not shown: suspected minor"))
        self.title = QLabel(self.tr("Not shown: sealed as suspected minor"))
        self.title.setObjectName("withheldTitle")
        self.title.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("hint")
        self.look_button = QPushButton(self.tr("Look at it…"))
        self.look_button.setToolTip(self.tr("A second reviewer's check: confirmed and recorded in the case's log"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.details, self.refusal):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.look_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def show_withheld(self, name: str, withheld, label_name) -> None:
        """Show ``withheld`` (a casework.withheld.WithheldMedia) of the media called ``name``; ``label_name``
        gives a label's words in the user's language."""
        if withheld.is_copy:
            self.title.setText(self.tr("Not shown: copy of a media sealed as suspected minor"))
            why = (self.tr("The same file (same SHA-256) as a media sealed as suspected minor in this vault.")
                   if withheld.reason == minors.SAME_FILE else
                   self.tr("Its picture matches (PDQ) a media sealed as suspected minor in this vault."))
            lines = [name, "", why, ""]
        else:
            self.title.setText(self.tr("Not shown: sealed as suspected minor"))
            labels = ", ".join(label_name(label) for label in withheld.labels)
            lines = [name, "",
                     self.tr("Decision: {labels}").format(labels=labels),
                     self.tr("Sealed by: {names}").format(names=", ".join(withheld.sealed_by)),
                     self.tr("Sealed on: {time}").format(time=_local_time(withheld.sealed_at)), ""]
        lines.append(self.tr("{algorithm}: {value}").format(algorithm="SHA-256", value=withheld.sha256))
        if withheld.md5:
            lines.append(self.tr("{algorithm}: {value}").format(algorithm="MD5", value=withheld.md5))
        if withheld.sha1:
            lines.append(self.tr("{algorithm}: {value}").format(algorithm="SHA-1", value=withheld.sha1))
        self.details.setText("\n".join(lines))
        self.refusal.setText(translate("viewing", withheld.refusal) if withheld.refusal else "")
        self.refusal.setVisible(withheld.refusal is not None)
        self.look_button.setVisible(withheld.refusal is None)


class WithheldController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its case, entries, grid items, media area, signals)."""
        super().__init__(window)
        self.window = window
        self.withheld: dict = {}            # media id -> casework.withheld.WithheldMedia of the open case
        self.looking: str | None = None     # media id looked at now (until it closes)
        self._look_since = 0.0
        self._look_started = ""
        self.confirmation: QMessageBox | None = None
        self.page = WithheldPage()
        self.page.look_button.clicked.connect(self.ask_look)
        window.recordAppended.connect(lambda kind: kind == "review.sealed" and self.refresh())
        # A label sealed in another case, by another process, withholds copies in the open one: the index is
        # polled (its version only), and the withheld media asked again when it changed.
        self._index_version: tuple[int, int] | None = None
        self._polling = False
        self._skipped = 0
        self._poll = QTimer(self)
        self._poll.setInterval(INDEX_POLL_MS)
        self._poll.timeout.connect(self._poll_index)
        self._poll.start()

    def hides(self, entry) -> bool:
        """Whether ``entry``'s pixels must not be painted now (sealed suspected minor, and not being looked at)."""
        return entry is not None and entry.media_id is not None and entry.media_id in self.withheld \
            and entry.media_id != self.looking

    def case_opened(self) -> None:
        """Forget the previous case's media and ask the case layer for this one's (queued on the vault thread
        before any media is read back, so no thumbnail of a withheld media is painted first)."""
        self.withheld = {}
        self.refresh()

    def refresh(self) -> None:
        window = self.window
        case_id = window.case_id
        if case_id is None or window.service is None:
            return
        token = window.case_token
        window.run(steps.withheld_media, window.service, case_id, window.viewing_policy, vault=True,
                   on_result=lambda withheld: self.arrived(token, withheld))

    def _poll_index(self) -> None:
        window = self.window
        if self._polling or window.case_id is None or window.service is None:
            return
        if window.runner.active and self._skipped < INDEX_POLL_SKIPS:
            self._skipped += 1
            return
        self._skipped = 0
        self._polling = True
        task = window.run(steps.minor_index_version, window.service, vault=True, on_result=self._index_seen,
                          on_error=lambda _e: None)  # a failed look is asked again at the next tick
        # Connected after the start, which is safe: the worker's signals reach this (GUI) thread as queued
        # events, handled only once this method has returned. A cancelled vault task emits no result.
        task.signals.finished.connect(lambda: setattr(self, "_polling", False))
        task.signals.cancelled.connect(lambda: setattr(self, "_polling", False))

    def _index_seen(self, version: tuple[int, int]) -> None:
        if version != self._index_version:
            self._index_version = version
            self.refresh()

    def arrived(self, token: object, withheld: dict) -> None:
        """The case layer's answer (media id -> ``casework.withheld.WithheldMedia``) for the case opened as
        ``token``: withhold its media at once (grid, viewer)."""
        window = self.window
        if token is not window.case_token:
            return  # an answer for an earlier opening of a case: its grid rows are gone
        newly = set(withheld) - set(self.withheld)
        self.withheld = withheld
        for entry in window.cases.model.entries():
            if entry.media_id in withheld:
                window.withhold_thumbnail(entry)
        current = window.current
        if current is not None and current.media_id in newly:
            window.show_media(current)  # painted no more: the placeholder replaces it at once

    def show(self, entry) -> None:
        """Fill the placeholder page for ``entry`` (the window puts it on screen)."""
        self.page.show_withheld(entry.name, self.withheld[entry.media_id], self.window.review_form.label_name)

    def ask_look(self) -> None:
        window = self.window
        entry = window.current
        if entry is None or entry.media_id not in self.withheld or self.withheld[entry.media_id].refusal:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Look at a media sealed as suspected minor?"),
                          self.tr("Another reviewer sealed this media as a suspected minor. Look only if your "
                                  "check requires it. The picture opens blurred; your look and every reveal "
                                  "are recorded in the case's log."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.setObjectName("minorLookConfirmation")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Look at it"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r, e=entry: self._look(e) if box.clickedButton() is yes else None)
        self.confirmation = box
        window.open_dialog(box)

    def _look(self, entry) -> None:
        if entry is not self.window.current:
            return
        self.looking = entry.media_id
        self._look_since = time.monotonic()
        self._look_started = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        self.window.show_media(entry)

    def end(self, entry) -> None:
        """The media ``entry`` closes (another is opened, panic, case change, window closed): a running look
        ends and is recorded."""
        from reviewer.casework.withheld import MINOR_LOOK

        if self.looking is None or entry is None or entry.media_id != self.looking:
            self.looking = None
            return
        self.looking = None
        duration = max(0.0, time.monotonic() - self._look_since)
        window = self.window
        region = {"kind": MINOR_LOOK, "started_at": self._look_started, "duration_s": round(duration, 3),
                  "ended_by": "closed"}
        window.run(steps.record_reveal, window.service, entry.case_id or window.case_id, entry.media_id, region,
                   duration, vault=True, on_result=lambda _r: window.recordAppended.emit("region.revealed"))
