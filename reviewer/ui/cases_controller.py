"""The cases controller: the case list, the open case, its media table and grid rows, and reading stored media back.

It owns which case is open (``case_id``, and ``case_token``, a new object at each opening so that late answers
for an earlier opening are dropped), the grid's item model (``media_grid.MediaGridModel``: the open case's
``MediaEntry`` table, one row per media, found by key or media id in O(1)), and the reading back of a reopened
case: its listing comes from the case layer's read model and is laid out ``ROWS_PER_TURN`` rows per turn of
the event loop; the media on screen (and one screenful ahead) are then read back on the vault thread and
described on the pool, ``READS_IN_FLIGHT`` at a time, the others when they scroll into view or are opened.
"""

from __future__ import annotations

import logging
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from reviewer.errors import ReviewerError
from reviewer.paths import resources_dir
from reviewer.ui import analysis, vault_steps as steps
from reviewer.ui.media_grid import (KEY_ROLE, ROW_ADDING, ROW_READING, ROW_UNREADABLE, MediaEntry, MediaGridModel,
                                    plain_tooltip)
from reviewer.ui.workers import Task

log = logging.getLogger(__name__)

ROWS_PER_TURN = 100  # grid rows created per turn of the event loop when a case opens (see CasesController._list_rows)
READS_IN_FLIGHT = 4  # stored media read back at once when a case is reopened (see CasesController.pump_reads)
SAMPLE_NAMES = ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg")


class CasesController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its case list, grid, runner, other controllers and signals)."""
        super().__init__(window)
        self.window = window
        self.case_id: str | None = None
        self.case_token = object()  # a new one each time a case is opened: late answers for an earlier opening are dropped
        self.model = MediaGridModel(self)
        self._next_key = 0
        self._tasks: list[Task] = []  # reading the open case's stored media back: cancelled on a case change
        self._reading_queue: dict[int, MediaEntry] = {}  # stored media waiting to be read back, in grid order
        self._reading: set[int] = set()  # keys of the media being read back and analysed (at most READS_IN_FLIGHT)
        self._demo_started = False
        self.new_case_dialog: QInputDialog | None = None

    # ------------------------------------------------------------------------ the case list
    def fill_cases(self, cases: list[tuple[str, str]], select: str | None = None) -> None:
        """Show ``cases`` ((id, title)) in the case list and select ``select`` (or the open case, or the first)."""
        case_list = self.window.case_list
        case_list.blockSignals(True)
        case_list.clear()
        for case_id, title in cases:
            item = QListWidgetItem(title)
            item.setToolTip(plain_tooltip(title))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            case_list.addItem(item)
        case_list.blockSignals(False)
        target = select or (cases[0][0] if cases and self.case_id is None else self.case_id)
        for row in range(case_list.count()):
            if case_list.item(row).data(Qt.ItemDataRole.UserRole) == target:
                case_list.setCurrentRow(row)
        if not cases:
            self.window.show_placeholder(self.tr("No case yet. Create one with File ▸ New case (Ctrl+N)."))

    def ask_new_case(self) -> None:
        window = self.window
        if window.session is None:
            return
        # Opened like every other dialog (not QInputDialog.getText's own loop): the panic key works in it.
        dialog = QInputDialog(window)
        dialog.setWindowTitle(self.tr("New case"))
        dialog.setLabelText(self.tr("Title of the case:"))
        dialog.textValueSelected.connect(lambda title: title.strip() and self.create_case(title.strip()))
        self.new_case_dialog = dialog
        window.open_dialog(dialog)

    def create_case(self, title: str, then: Callable[[str], None] | None = None) -> None:
        """Open a new case in the vault and select it; ``then(case_id)`` runs after."""
        window = self.window

        def created(result: tuple) -> None:
            case_id, cases = result
            self.case_id = None
            self.fill_cases(cases, select=case_id)
            window.recordAppended.emit("case.opened")
            if then is not None:
                then(case_id)

        window.run(steps.new_case, window.service, title, vault=True, on_result=created)

    def create_demo_case(self) -> None:
        """A case with the four neutral sample photos, analysed like any other material."""
        if self._demo_started:
            return
        self._demo_started = True
        samples = [resources_dir() / "samples" / name for name in SAMPLE_NAMES]
        self.create_case(self.tr("Demo case (neutral sample photos)"),
                         then=lambda _case: self.window.add_paths([str(p) for p in samples if p.exists()]))

    def case_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if case_id != self.case_id:
            self.open_case(case_id)

    # ------------------------------------------------------------------------ opening a case
    def open_case(self, case_id: str | None) -> None:
        """Show the media of ``case_id`` (read back from the vault when the case was made earlier)."""
        window = self.window
        window.ingest.cancel_batch()
        window.viewing.close_media()  # first: its reveals are recorded in the case they happened in
        for task in self._tasks:
            task.cancel()  # the previous case's media still being read back
        self._tasks = []
        self.case_token = token = object()
        self._reading_queue.clear()
        self._reading.clear()
        self.case_id = case_id
        window.viewing.case_closed()
        self.model.clear()
        window.review.case_closed()
        window.update_actions()
        if case_id is None:
            window.withheld.case_opened()
            window.groups.case_opened()
            return
        # "Open a case on the left…" no longer applies: say where the media are.
        window.show_placeholder(self.tr("Choose a media in the grid above to see it here."))
        window.caseOpened.emit(case_id)
        self._tasks.append(window.run(steps.case_listing, window.service, case_id, vault=True,
                                      on_result=lambda listing: self._case_listed(token, listing)))
        window.withheld.case_opened()  # queued before any media is read back: no withheld thumbnail is painted
        window.groups.case_opened()

    def _case_listed(self, token: object, listing: list) -> None:
        """``listing``: the case's stored media (``vault_steps.ListedMedia``), from its read model.

        Every media gets its place in the grid at once, in one batch of rows; the media whose places are on
        screen are then read back from the vault (the vault thread) and described (the pool), a few at a time
        (``READS_IN_FLIGHT``), the others when they scroll into view or are opened. Recorded regions are
        reused: the model runs only for a media with no detection recorded by the model and version in use.
        The case is verified once, in the background (``ReviewController.case_opened``).
        """
        if token is not self.case_token:
            return
        self._tasks.append(self.window.review.case_opened(token))
        if not listing:
            self.window.show_placeholder(
                self.tr("This case is empty. Drag files or folders here, or use File ▸ Add files… (Ctrl+O)."))
            return
        self._list_rows(token, list(listing), 0)

    def _list_rows(self, token: object, listing: list, start: int) -> None:
        """Give ``listing[start:]`` their places in the grid, ``ROWS_PER_TURN`` per turn of the event loop, so
        a case of thousands of media never holds the GUI thread for long; the media on screen are read back
        as soon as their rows exist."""
        if token is not self.case_token:
            return
        chunk = listing[start:start + ROWS_PER_TURN]
        entries = self.add_entries([(item.name, item.media_id) for item in chunk], reading=True)
        self.window.groups.apply(entries)
        for entry in entries:
            self._reading_queue[entry.key] = entry
        self.pump_reads()
        if start + ROWS_PER_TURN < len(listing):
            QTimer.singleShot(0, lambda: self._list_rows(token, listing, start + ROWS_PER_TURN))

    # ------------------------------------------------------------------------ the media table
    def add_entries(self, media: Sequence[tuple[str, str | None]], *, reading: bool = False) -> list[MediaEntry]:
        """New media of the open case (``(name, media_id or None)`` each), their rows appended to the grid in
        one batch (one insertion for the view to lay out, not one per media)."""
        entries = []
        for name, media_id in media:
            entries.append(MediaEntry(self._next_key, name, case_id=self.case_id, media_id=media_id, reading=reading))
            self._next_key += 1
        self.model.append(entries, ROW_READING if reading else ROW_ADDING)
        return entries

    def entry(self, key: int) -> MediaEntry | None:
        """The media of the open case with ``key``, or None (another case was opened since)."""
        return self.model.entry(key)

    def holds(self, entry: MediaEntry) -> bool:
        """Whether ``entry`` is still a media of the open case (not one of a case closed since)."""
        return self.model.entry(entry.key) is entry

    def set_thumbnail(self, entry: MediaEntry, image, analysed: bool | None = None) -> None:
        """Show the safe thumbnail ``image`` on ``entry``'s row (a neutral square when it is withheld);
        ``analysed``: made from known regions (default: whether ``entry`` is analysed)."""
        window = self.window
        if window.withheld.hides(entry):
            self.withhold_thumbnail(entry)
            return
        analysed = entry.analysed if analysed is None else analysed
        if image is not None and self.holds(entry):
            self.model.set_thumbnail(entry.key, image, analysed)
            window.thumbnailChanged.emit(entry.key, analysed)

    def thumbnail_made(self, entry: MediaEntry, thumb) -> None:
        """``thumb`` (an ``analysis.Thumbnail``) is ready: show it and, once made from known regions, cache it in
        the vault so that the next opening of the case decodes nothing for the grid."""
        window = self.window
        self.set_thumbnail(entry, thumb.image, thumb.analysed)
        if thumb.analysed and entry.media_id and window.service is not None and not window.withheld.hides(entry):
            window.run(steps.keep_thumbnail, window.service, entry.media_id, thumb.variant, thumb.png, vault=True)

    def withhold_thumbnail(self, entry: MediaEntry) -> None:
        """The grid shows no picture of ``entry`` (sealed suspected minor), only a neutral square and its state."""
        if self.holds(entry):
            self.model.set_withheld(entry.key)
            self.window.thumbnailChanged.emit(entry.key, entry.analysed)

    def show_group(self, entry: MediaEntry, count: int, *, hidden: bool) -> None:
        """Show ``entry`` in the grid as one of ``count`` near-identical pictures: its row hidden when it is a
        copy, its name with the count when it represents a group."""
        if not self.holds(entry):
            return  # its row went with the grid (the case was closed or the window is closing)
        self.model.set_group(entry.key, count, hidden)  # the grid's proxy leaves copies out (ui/grid_filter.py)

    # ------------------------------------------------------------------------ reading stored media back
    def visible_keys(self) -> list[int]:
        """Keys of the grid rows on screen, and one screenful after them (read ahead for scrolling)."""
        grid = self.window.grid
        model = grid.model()
        return [model.index(row, 0).data(KEY_ROLE) for row in grid.visible_rows()]

    def pump_reads(self) -> None:
        """Read back the queued media that are on screen (or opened), at most READS_IN_FLIGHT at a time."""
        if not self._reading_queue or len(self._reading) >= READS_IN_FLIGHT:
            return
        current = self.window.current
        wanted = [current.key] if current is not None and current.key in self._reading_queue else []
        wanted += [key for key in self.visible_keys() if key in self._reading_queue]
        for key in wanted:
            if len(self._reading) >= READS_IN_FLIGHT:
                break
            entry = self._reading_queue.pop(key, None)
            if entry is not None:
                self._reading.add(entry.key)
                if entry is current:
                    self.start_read(entry)  # opened: its bytes are wanted now
                else:
                    self._look_up_thumbnail(entry)

    def _look_up_thumbnail(self, entry: MediaEntry) -> None:
        """Show ``entry``'s thumbnail cached in the vault, decoding nothing of the media; read the media back
        (and make the thumbnail) only when none is cached for the thumbnails made now."""
        window = self.window
        token = self.case_token

        def found(png: bytes | None) -> None:
            if token is not self.case_token:
                return
            if png is None:
                self.start_read(entry)
                return
            self._tasks.append(window.run(analysis.thumbnail_from_png, png, on_result=shown,
                                          on_error=lambda _error: self.start_read(entry)))

        def shown(image) -> None:
            if token is not self.case_token:
                return
            if image is None:
                self.start_read(entry)
                return
            self.set_thumbnail(entry, image, analysed=True)
            if window.current is entry:
                self.start_read(entry)  # opened meanwhile: its bytes are wanted now (reading_done follows)
                return
            entry.reading, entry.released = False, True  # its bytes are read back when it is opened
            self.reading_done(entry)

        entry.reading = True  # "being read from the vault" if opened meanwhile

        self._tasks.append(window.run(steps.cached_thumbnail, window.service, entry.media_id,
                                      window.safe_settings(), window.viewing_policy, vault=True, on_result=found,
                                      on_error=lambda _error: self.start_read(entry)))

    @property
    def reads_in_flight(self) -> int:
        """Stored media being read back (or their cached thumbnail looked up) now: at most READS_IN_FLIGHT."""
        return len(self._reading)

    @property
    def reads_waiting(self) -> int:
        """Stored media of the open case listed but not yet read back (off screen, or waiting their turn)."""
        return len(self._reading_queue)

    def queued(self, entry: MediaEntry) -> bool:
        """Whether ``entry`` waits for its turn to be read back."""
        return entry.key in self._reading_queue

    def reading_done(self, entry: MediaEntry) -> None:
        """``entry`` is read back and analysed (or failed): let the next stored media be read."""
        if entry.key in self._reading and self.holds(entry):
            self._reading.discard(entry.key)
            self.pump_reads()

    def start_read(self, entry: MediaEntry) -> None:
        """Read ``entry``'s stored file back from the vault, then describe it (its bytes were never kept, or let go)."""
        window = self.window
        token = self.case_token
        entry.reading = True
        task = window.run(steps.read_stored_media, window.service, entry.media_id, vault=True,
                          on_result=lambda stored: self._stored_media_read(entry, token, stored),
                          on_error=lambda error: self._stored_media_failed(entry, error))
        self._tasks.append(task)

    def read_back(self, entry: MediaEntry) -> None:
        """Read a media whose bytes were let go back from the vault (it is opened again)."""
        if not entry.reading:
            self.start_read(entry)

    def _stored_media_read(self, entry: MediaEntry, token: object, stored) -> None:
        if token is not self.case_token:
            return
        task = self.window.run(steps.describe_stored_media, stored,
                               on_result=lambda media: self._stored_media_described(entry, token, media),
                               on_error=lambda error: self._stored_media_failed(entry, error))
        self._tasks.append(task)

    def _stored_media_described(self, entry: MediaEntry, token: object, media) -> None:
        if token is not self.case_token:
            return
        window = self.window
        entry.media, entry.reading, entry.released = media, False, False
        if entry.analysed:  # read back after its bytes were let go: its analysis is still here
            window.viewing.keep_media(entry)
        if window.current is entry:
            window.viewing.open_entry(entry)
        if entry.analysed:
            self.reading_done(entry)
        else:
            self._reuse_or_detect(entry)  # reading_done follows it

    def _reuse_or_detect(self, entry: MediaEntry) -> None:
        """Show a stored image's recorded regions (one record decrypted); run the detector only when none
        recorded by the model in use can be reused (a video's tracked regions are always detected again, and
        recorded only if never recorded: the case layer decides)."""
        window = self.window
        if entry.media.kind != "image":
            window.ingest.start_detection(entry, record=True)
            return
        case_id = self.case_id

        def read(result) -> None:
            if not self.holds(entry):
                return
            if result is None:
                window.ingest.start_detection(entry, record=True)
            else:
                window.ingest.analysis_ready(entry, result, case_id, record=False)

        def failed(error: ReviewerError) -> None:
            window.show_error(error)
            if self.holds(entry):
                window.ingest.start_detection(entry, record=True)

        self._tasks.append(window.run(steps.recorded_detection, window.service, case_id, entry.media_id,
                                      window.detector, vault=True, on_result=read, on_error=failed))

    def _stored_media_failed(self, entry: MediaEntry, error: ReviewerError) -> None:
        """A stored media that cannot be read back (damaged or missing file): said on its place in the grid;
        the rest of the case shows as usual."""
        window = self.window
        log.warning("%s: %s: %s", entry.name, error.code, error.detail)
        entry.failed, entry.reading = error.message, False
        window.last_problems.append(self.tr("{name}: {message}").format(name=entry.name, message=error.message))
        if self.holds(entry):
            self.model.set_state(entry.key, ROW_UNREADABLE, error.message)
        if window.current is entry:
            window.show_placeholder(error.message)
        self.reading_done(entry)
