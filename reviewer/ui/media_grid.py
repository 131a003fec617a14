"""The grid of the open case: its item model (one row per media, found by key or media id in O(1)) and its view.

``MediaGridModel`` is a ``QAbstractListModel`` over the window's ``MediaEntry`` table. Every fact the grid
shows has its own role (below), so a view, a ``QSortFilterProxyModel`` or a test reads the same facts the
reviewer sees; ``DisplayRole`` (the text under the picture), ``ToolTipRole`` and ``DecorationRole`` (the safe
thumbnail, or the neutral square) are composed from them in one place (``data``). Rows are appended in
batches (``append``: one insertion for the view to lay out, however many media a folder or a case brings).

To add a fact (for instance a review-state mark): give it a role after ``LAST_ROLE``, keep its value in
``GridRow``, return it from ``data`` and emit ``dataChanged`` with that role where it changes.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView

from reviewer.ui import analysis, grid_layout

# Roles of MediaGridModel: one per displayed fact.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1          # int: the window's key of the media (stable while the case is open)
MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 2     # str | None: its media id in the vault, once stored
NAME_ROLE = Qt.ItemDataRole.UserRole + 3         # str: its file name, as given
STATE_ROLE = Qt.ItemDataRole.UserRole + 4        # str: one of the ROW_* states below
GROUP_COUNT_ROLE = Qt.ItemDataRole.UserRole + 5  # int: pictures the row stands for (1, or its group's size)
COPY_ROLE = Qt.ItemDataRole.UserRole + 6         # bool: a near-identical copy shown through its group's representative
WITHHELD_ROLE = Qt.ItemDataRole.UserRole + 7     # bool: sealed suspected minor: no picture, never painted
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 8      # str | None: why it was not added or cannot be shown, in plain words
THUMBNAIL_ROLE = Qt.ItemDataRole.UserRole + 9    # bool: its safe thumbnail is ready (DecorationRole holds it)
# str | None: where it stands (casework.review_state.Mark value: not-reviewed, reviewed, suspected-minor,
# refused); None while a new file is being added
REVIEW_MARK_ROLE = Qt.ItemDataRole.UserRole + 10
REVIEW_TEXT_ROLE = Qt.ItemDataRole.UserRole + 11  # str: the same in words ("Reviewed: Not sexual"), "" when None
REVIEW_LABEL_ROLE = Qt.ItemDataRole.UserRole + 12  # str | None: the main label of its current decision
LAST_ROLE = REVIEW_LABEL_ROLE

# States of a row (STATE_ROLE).
ROW_ADDING = "adding"          # being read from the user's file and stored
ROW_READING = "reading"        # stored in the vault, being read back (a reopened case)
ROW_PENDING = "pending"        # thumbnail shown, whole-blurred: the sensitive regions are not known yet
ROW_ANALYSED = "analysed"      # regions known, region-blurred thumbnail shown
ROW_FAILED = "failed"          # added, but analysis failed (it stays whole-blurred)
ROW_NOT_ADDED = "not-added"    # the file could not be read or stored
ROW_UNREADABLE = "unreadable"  # stored, but cannot be read back (damaged or missing file)


@dataclass
class MediaEntry:
    """One media of the open case as the window knows it."""

    key: int
    name: str
    media: Any = None                       # reviewer.media.Media once read
    media_id: str | None = None             # vault record id once ingested
    analysis: analysis.Analysis | None = None
    failed: str | None = None               # plain-words reason when reading or analysis failed
    heatmaps: list | None = None
    heatmaps_pending: bool = False
    case_id: str | None = None              # the case it belongs to: its records go there, whatever is open now
    reading: bool = False                   # stored in the vault, being read back (reopened case)
    released: bool = False                  # its bytes were let go to save memory: read back when opened

    @property
    def analysed(self) -> bool:
        return self.analysis is not None


@dataclass
class GridRow:
    """What the grid shows of one media (the facts behind the roles)."""

    entry: MediaEntry
    state: str
    icon: QIcon | None = None
    group_count: int = 1
    copy: bool = False
    withheld: bool = False
    problem: str | None = None


@functools.lru_cache(maxsize=1)
def placeholder_icon() -> QIcon:
    """A neutral square shown until the safe thumbnail is ready (never any pixel of the media); one icon
    shared by every row (a pixmap each cost 100 KB per media)."""
    pixmap = QPixmap(analysis.THUMBNAIL_SIDE, analysis.THUMBNAIL_SIDE)
    pixmap.fill(QColor("#3a3d41"))
    return QIcon(pixmap)


def plain_tooltip(text: str) -> str:
    """``text`` (which may hold a file name) as a tooltip shown literally: Qt guesses whether a tooltip is
    rich text, so a name such as ``<img src=x>.png`` would otherwise be read as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class MediaGridModel(QAbstractListModel):
    """The media of the open case, in the order they were listed or added; see the module's docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._row_of: dict[int, int] = {}      # key -> row: rows are only ever appended, or all cleared
        self._key_of_media: dict[str, int] = {}
        self._reviews: dict[str, Any] = {}     # media id -> casework MediaState (set_reviews)

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        names = super().roleNames()
        for role, name in ((KEY_ROLE, b"key"), (MEDIA_ID_ROLE, b"mediaId"), (NAME_ROLE, b"name"),
                           (STATE_ROLE, b"state"), (GROUP_COUNT_ROLE, b"groupCount"), (COPY_ROLE, b"copy"),
                           (WITHHELD_ROLE, b"withheld"), (PROBLEM_ROLE, b"problem"), (THUMBNAIL_ROLE, b"thumbnail"),
                           (REVIEW_MARK_ROLE, b"reviewMark"), (REVIEW_TEXT_ROLE, b"reviewText"),
                           (REVIEW_LABEL_ROLE, b"reviewLabel")):
            names[role] = QByteArray(name)
        return names

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable, never a drop target

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row))
        if role == Qt.ItemDataRole.DecorationRole:
            return placeholder_icon() if row.withheld or row.icon is None else row.icon
        if role == KEY_ROLE:
            return entry.key
        if role == MEDIA_ID_ROLE:
            return entry.media_id
        if role == NAME_ROLE:
            return entry.name
        if role == STATE_ROLE:
            return row.state
        if role == GROUP_COUNT_ROLE:
            return row.group_count
        if role == COPY_ROLE:
            return row.copy
        if role == WITHHELD_ROLE:
            return row.withheld
        if role == PROBLEM_ROLE:
            return row.problem
        if role == THUMBNAIL_ROLE:
            return row.icon is not None and not row.withheld
        if role in (REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE, REVIEW_LABEL_ROLE):
            review = self.review_state(row)
            if role == REVIEW_MARK_ROLE:
                return review.mark.value if review is not None else None
            if role == REVIEW_TEXT_ROLE:
                return review.text() if review is not None else ""
            return review.main_label if review is not None else None
        return None

    def review_state(self, row: GridRow):
        """Where the media of ``row`` stands (a ``casework.MediaState``), None while it is being added: the
        case layer's answer once stored, "refused" for a file that could not be added."""
        from reviewer.casework.review_state import Mark, MediaState, refused_state

        if row.state == ROW_NOT_ADDED:
            return refused_state(row.problem or "")
        media_id = row.entry.media_id
        if media_id is None:
            return None
        state = self._reviews.get(media_id) or MediaState(Mark.NOT_REVIEWED)
        if row.withheld and state.mark is not Mark.SUSPECTED_MINOR:  # withheld as a copy of a suspected minor
            state = MediaState(Mark.SUSPECTED_MINOR, state.decision, True)
        return state

    def _text(self, row: GridRow) -> str:
        name = row.entry.name
        if row.withheld:
            return self.tr("{name} (suspected minor, not shown)").format(name=name)
        if row.state == ROW_UNREADABLE:
            return self.tr("{name} (cannot be shown)").format(name=name)
        if row.state == ROW_NOT_ADDED:
            return self.tr("{name} (not added)").format(name=name)
        if row.group_count > 1:
            # The count first: a long name is elided at its end, the count must stay in view (one line per item).
            return self.tr("{count} × {name}").format(name=name, count=row.group_count)
        return name

    def _tooltip(self, row: GridRow) -> str:
        name = row.entry.name
        if row.withheld:
            return self._text(row)
        if row.problem:
            return row.problem
        review = self.review_state(row)
        mark = "\n" + review.text() if review is not None else ""
        if row.group_count > 1:
            return self.tr("{name}: {count} identical pictures, shown once").format(
                name=name, count=row.group_count) + mark
        states = {ROW_ADDING: self.tr("{name} (being added)"), ROW_READING: self.tr("{name} (being read)"),
                  ROW_PENDING: self.tr("{name} (analysis pending)"), ROW_ANALYSED: self.tr("{name} (analysed)")}
        return states.get(row.state, "{name}").format(name=name) + mark

    def entry(self, key: int) -> MediaEntry | None:
        """The media with ``key``, or None when it is not (or no longer) in the grid."""
        row = self._row_of.get(key)
        return self._rows[row].entry if row is not None else None

    def entry_at(self, row: int) -> MediaEntry | None:
        """The media at ``row``, or None."""
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def entries(self) -> list[MediaEntry]:
        """Every media of the grid, in row order."""
        return [row.entry for row in self._rows]

    def key_of_media(self, media_id: str) -> int | None:
        """The key of the media stored as ``media_id``, or None."""
        return self._key_of_media.get(media_id)

    def index_of(self, key: int) -> QModelIndex:
        """The model index of the media with ``key`` (invalid when absent)."""
        row = self._row_of.get(key)
        return self.index(row, 0) if row is not None else QModelIndex()

    # ---------------------------------------------------------------- changing
    def append(self, entries: Sequence[MediaEntry], state: str) -> None:
        """Append ``entries`` as rows in ``state``, in one insertion."""
        if not entries:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        for offset, entry in enumerate(entries):
            self._rows.append(GridRow(entry, state))
            self._row_of[entry.key] = first + offset
            if entry.media_id:
                self._key_of_media[entry.media_id] = entry.key
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every row (another case is opened)."""
        self.beginResetModel()
        self._rows, self._row_of, self._key_of_media, self._reviews = [], {}, {}, {}
        self.endResetModel()

    def review_states(self) -> dict[str, Any]:
        """Media id -> ``casework.MediaState`` of the stored media, as last given to ``set_reviews``."""
        return dict(self._reviews)

    def set_reviews(self, states: dict[str, Any]) -> None:
        """Where each stored media of the case stands (media id -> ``casework.MediaState``, from
        ``CaseService.review_states``); rows listed later read it too. One change signal for all rows."""
        self._reviews = dict(states)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.ToolTipRole, REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE, REVIEW_LABEL_ROLE])

    def _change(self, key: int, roles: Iterable[int], **facts: Any) -> GridRow | None:
        row = self._row_of.get(key)
        if row is None:
            return None
        grid_row = self._rows[row]
        if facts and all(getattr(grid_row, name) == value for name, value in facts.items()):
            return grid_row  # nothing changed: no signal (a proxy filters the row again on each, 0.5 ms a row)
        for name, value in facts.items():
            setattr(grid_row, name, value)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, *roles])
        return grid_row

    def set_media_id(self, entry: MediaEntry, media_id: str) -> None:
        """``entry`` is stored in the vault as ``media_id``."""
        entry.media_id = media_id
        if entry.key in self._row_of:
            self._key_of_media[media_id] = entry.key
            self._change(entry.key, [MEDIA_ID_ROLE, REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE])

    def set_thumbnail(self, key: int, image: QImage, analysed: bool) -> None:
        """Show ``image`` (a safe thumbnail) for the media with ``key``; ``analysed``: its regions are known."""
        self._change(key, [Qt.ItemDataRole.DecorationRole, THUMBNAIL_ROLE, STATE_ROLE],
                     icon=QIcon(QPixmap.fromImage(image)), state=ROW_ANALYSED if analysed else ROW_PENDING)

    def set_state(self, key: int, state: str, problem: str | None = None) -> None:
        """The media with ``key`` is now in ``state`` (``problem``: why, when it failed)."""
        self._change(key, [STATE_ROLE, PROBLEM_ROLE, REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE], state=state, problem=problem)

    def set_problem(self, key: int, problem: str) -> None:
        """Say ``problem`` about the media with ``key``, whatever its state."""
        self._change(key, [PROBLEM_ROLE], problem=problem)

    def set_group(self, key: int, count: int, copy: bool) -> None:
        """The media with ``key`` stands for ``count`` pictures (1: itself); ``copy``: shown through another."""
        self._change(key, [GROUP_COUNT_ROLE, COPY_ROLE], group_count=count, copy=copy)

    def set_withheld(self, key: int) -> None:
        """The media with ``key`` is sealed suspected minor: its picture goes, never to come back this session."""
        self._change(key, [WITHHELD_ROLE, THUMBNAIL_ROLE, Qt.ItemDataRole.DecorationRole, REVIEW_MARK_ROLE,
                           REVIEW_TEXT_ROLE], withheld=True, icon=None)


class MediaGrid(QListView):
    """Thumbnails of the case; accepts files and folders dropped from the desktop."""

    filesDropped = Signal(list)
    viewChanged = Signal()   # scrolled or resized: other rows may be on screen now

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        self.viewChanged.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        grid_layout.fill_width(self)  # the columns follow the width (reviewer/ui/grid_layout.py)
        super().resizeEvent(event)
        self.viewChanged.emit()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Media of the case"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(analysis.THUMBNAIL_SIDE, analysis.THUMBNAIL_SIDE))
        self.setItemDelegate(grid_layout.FixedCellDelegate(self))
        grid_layout.fill_width(self)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QListView.DragDropMode.DropOnly)

    def visible_rows(self, ahead: int = 1) -> range:
        """Rows of the view's model on screen, and ``ahead`` screenfuls after them (read ahead for scrolling)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if rows == 0:
            return range(0)
        cell = self.gridSize()
        viewport = self.viewport().rect()
        columns = max(1, viewport.width() // max(1, cell.width()))
        lines = max(1, -(-viewport.height() // max(1, cell.height())) + 1)
        first_index = self.indexAt(viewport.topLeft() + QPoint(cell.width() // 2, cell.height() // 2))
        first = first_index.row() if first_index.isValid() else 0
        return range(first, min(rows, first + (1 + ahead) * columns * lines))

    def _paths(self, event) -> list[str]:
        mime = event.mimeData()
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            event.ignore()
