"""The reviewer's main window: cases, a grid of safe thumbnails, the viewer, panels, review and seal.

The window arranges; it computes nothing itself. Pixels are decoded, detected and rendered in pool
workers (analysis.py); every vault call goes through the runner's single vault thread, in order.
Protective defaults hold whatever the user does: nothing is painted before it went through
``redact.render_view`` under the organisation's ViewingPolicy (the whole picture blurred by default, whatever
the detector found); a reveal is a deliberate action, confirmed per the policy,
counts down, re-blurs on a timer and is recorded; the panic action hides all media.
"""

from __future__ import annotations

import functools
import html
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.casework import KeepRecent
from reviewer.errors import ReviewerError
from reviewer.paths import resources_dir
from reviewer.ui import analysis, file_dialogs, formats, grid_layout, language_switch, vault_steps as steps
from reviewer.ui.dialogs import SettingsDialog
from reviewer.ui.exhibit_controller import ExhibitController
from reviewer.ui.groups_controller import GroupsController
from reviewer.ui.lock import LockController
from reviewer.ui.reveal_controller import RevealController
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.session_controller import SessionController
from reviewer.ui.panels import ComparisonPanel, DetectionsPanel, HeatmapPanel, HistoryPanel, ProvenancePanel
from reviewer.ui.review_form import ReviewForm
from reviewer.ui.settings import UiSettings, load_settings, save_settings
from reviewer.ui.startup_check import SelftestFailed
from reviewer.ui.video import VideoPanel
from reviewer.ui.viewer import MediaViewer, RevealBar
from reviewer.ui.withheld_controller import WithheldController
from reviewer.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_PRIORITY = 10  # renderings of the open media jump the queue of thumbnails and detections
OVERLAYS_KEPT = 4  # photos whose coloured heatmap overlays stay in memory (see MainWindow._keep_overlays)
MEDIA_KEPT = 16  # analysed media whose bytes stay in memory (see MainWindow._keep_media)
ROWS_PER_TURN = 200  # grid rows created per turn of the event loop when a case opens (see MainWindow._list_rows)
READS_IN_FLIGHT = 4  # stored media read back at once when a case is reopened (see MainWindow._pump_reads)
SAMPLE_NAMES = ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg")


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


class IngestBatch:
    """Files being added together: progress, cancel, and the problems met (in plain words)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.tasks: list[Task] = []
        self.finished: set[int] = set()  # grid keys of the files that are done (or failed, or cancelled)
        self.cancelled = False
        self.problems: list[str] = []

    def cancel(self) -> None:
        self.cancelled = True
        for task in self.tasks:
            task.cancel()


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


@functools.lru_cache(maxsize=1)
def _placeholder_icon() -> QIcon:
    """A neutral square shown until the safe thumbnail is ready (never any pixel of the media); one icon
    shared by every row (a pixmap each cost 100 KB per media)."""
    pixmap = QPixmap(analysis.THUMBNAIL_SIDE, analysis.THUMBNAIL_SIDE)
    pixmap.fill(QColor("#3a3d41"))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """Signals for tests and benchmarks: ``rendered(str)`` with "pending" or "analysed" after each paint
    of the viewer, ``vaultReady()`` once a session is open, ``batchFinished()`` after adding files."""

    rendered = Signal(str)
    vaultReady = Signal()
    detectorReady = Signal()
    thumbnailChanged = Signal(int, bool)   # grid key, analysed
    caseOpened = Signal(str)
    batchFinished = Signal()
    recordAppended = Signal(str)   # record type: "the case changed", the one refresh every view follows
    exportFinished = Signal(object)   # the ExportResult, or the ReviewerError that stopped the export
    exhibitVerified = Signal(bool)
    heatmapsShown = Signal()
    comparisonShown = Signal()
    historyShown = Signal()
    verified = Signal(bool)
    caseChecked = Signal(bool)   # the open case verified when opened, or its new records checked since
    selftestFinished = Signal(bool)   # the start-up self-test's result: True when every check passed

    def __init__(self, vault_dir: Path, settings: UiSettings | None = None,
                 runner: TaskRunner | None = None, parent=None, *, selftest: bool = True) -> None:
        """``selftest``: run the installation's self-test at ``start`` (tests of other behaviour turn it off
        to save a second each; the application always runs it)."""
        super().__init__(parent)
        # The session: self-test, vault, unlocked session and its case service (ui/session_controller.py).
        self.sessions = SessionController(self, selftest=selftest)
        self.vault_dir = Path(vault_dir)
        self.settings = settings or load_settings()
        self.grayscale = self.settings.grayscale
        # Leave one core to the GUI thread (and the GIL less contended): the window must never stall.
        self.runner = runner or TaskRunner(max_threads=max(1, min(4, (os.cpu_count() or 2) - 1)), parent=self)
        self.detector = analysis.SharedDetector(self.settings.detector_threshold)
        self.case_id: str | None = None
        self.entries: dict[int, MediaEntry] = {}
        self._next_key = 0
        self.current: MediaEntry | None = None
        self.current_view: analysis.View | None = None
        self.render_generation = 0
        self.media_hidden = False
        self._extra_overlays: dict[str, analysis.HeatmapView] = {}  # comparison maps of the open media
        self.batch: IngestBatch | None = None
        self.last_problems: list[str] = []
        self._case_tasks: list[Task] = []  # reading the open case's stored media back: cancelled on a case change
        self._case_token = object()  # a new one each time a case is opened: late answers for an earlier opening are dropped
        self._reading_queue: dict[int, MediaEntry] = {}  # stored media waiting to be read back, in grid order
        self._reading: set[int] = set()  # keys of the media being read back and analysed (at most READS_IN_FLIGHT)
        self._items: dict[int, QStandardItem] = {}  # grid key -> its row's item: found in O(1), never searched
        is_current = lambda entry: entry is self.current  # noqa: E731 - the media on screen is never let go
        self._overlays_kept: KeepRecent[int, MediaEntry] = KeepRecent(OVERLAYS_KEPT, self._let_overlays_go, is_current)
        self._media_kept: KeepRecent[int, MediaEntry] = KeepRecent(MEDIA_KEPT, self._let_media_go, is_current)
        # One "case changed" broadcast: whatever appended a record, the views that show the case refresh from
        # the case layer's read model once the burst is over (several records may arrive together).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._load_history)
        self.recordAppended.connect(lambda _type: self._refresh.start())
        self.exhibits = ExhibitController(self)   # export and verification of exhibits
        self.reveals = RevealController(self)     # deliberate, timed, recorded reveals of sensitive regions
        self.withheld = WithheldController(self)  # media sealed suspected minor: never painted, a four-eyes look
        self.groups = GroupsController(self)      # near-duplicates shown once; a decision applied to the copies
        self.review = ReviewController(self)      # seal, history, verification of the open case
        self.exhibits.exportFinished.connect(self.exportFinished)
        self.exhibits.exhibitVerified.connect(self.exhibitVerified)
        self.labels_vocabulary = self._vocabulary()

        self.setWindowTitle(self.tr("Reviewer"))
        self.resize(1280, 820)
        self._build_widgets()
        self._build_actions()
        self.lock = LockController(self, self.settings.auto_lock_minutes)  # Lock action, auto-lock (ui/lock.py)
        self.reveals.new_state()
        self.update_actions()
        self._docks_sized = False

    # ================================================================================ building
    @staticmethod
    def _vocabulary() -> list[str]:
        try:
            from reviewer.vault import LABELS

            return list(LABELS)
        except ImportError:  # vault not installed yet in a partial checkout: the documented vocabulary
            return ["sexual-deepfake-adult", "suspected-minor", "intimate-image-nonconsensual",
                    "manipulated-not-sexual", "not-sexual", "no-manipulation-found", "non-conclusive"]

    def _build_widgets(self) -> None:
        # Left: cases.
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Cases"))
        self.case_list.setWordWrap(True)
        self.case_list.currentItemChanged.connect(self._case_chosen)
        new_case_button = QPushButton(self.tr("New case…"))
        new_case_button.clicked.connect(self.ask_new_case)
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.addWidget(self.case_list)
        cases_layout.addWidget(new_case_button)
        self.cases_dock = QDockWidget(self.tr("Cases"), self)
        self.cases_dock.setObjectName("cases")
        self.cases_dock.setWidget(cases)
        self.cases_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.cases_dock)

        # Centre: grid above, viewer below; a neutral page replaces both when media are hidden.
        self.grid_model = QStandardItemModel(self)
        self.grid = MediaGrid()
        self.grid.setModel(self.grid_model)
        self.grid.filesDropped.connect(self.add_paths)
        self.grid.viewChanged.connect(self._pump_reads)  # media scrolled into view are read back
        self.grid.selectionModel().currentChanged.connect(self._grid_current_changed)
        self.viewer = MediaViewer()
        self.viewer.regionClicked.connect(self.request_reveal)
        self.viewer.fullResolutionWanted.connect(self._load_full_resolution)
        self.video_panel = VideoPanel()
        self.video_panel.frameWanted.connect(self._show_video_frame)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names
        self.placeholder.setObjectName("placeholder")
        self.reveal_bar = RevealBar()  # reveal actions and the countdown (ui/reveal_controller.py decides)
        self.reveal_bar.targetRequested.connect(self.request_reveal)
        self.reveal_bar.hideRequested.connect(self.reveals.end)
        self.viewer_page = QWidget()
        viewer_layout = QVBoxLayout(self.viewer_page)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.setSpacing(0)
        viewer_layout.addWidget(self.reveal_bar)
        viewer_layout.addWidget(self.viewer, 1)
        self.media_stack = QStackedWidget()
        for page in (self.placeholder, self.viewer_page, self.video_panel, self.withheld.page):
            self.media_stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.media_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 560])
        self.hidden_panel = QWidget()
        self.hidden_panel.setObjectName("hiddenPanel")
        self.hidden_panel.setAccessibleName(self.tr("Media hidden"))
        hidden_layout = QVBoxLayout(self.hidden_panel)
        hidden_text = QLabel(self.tr("All media are hidden.\n\nTake the time you need."))
        hidden_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hidden_text.setObjectName("placeholder")
        self.show_again_button = QPushButton(self.tr("Show media again"))
        self.show_again_button.clicked.connect(self.show_media_again)
        hidden_layout.addStretch(1)
        hidden_layout.addWidget(hidden_text)
        hidden_layout.addWidget(self.show_again_button, 0, Qt.AlignmentFlag.AlignCenter)
        hidden_layout.addStretch(1)
        self.central = QStackedWidget()
        self.central.addWidget(splitter)
        self.central.addWidget(self.hidden_panel)
        self.setCentralWidget(self.central)

        # Right: panels.
        self.detections_panel = DetectionsPanel()
        self.detections_panel.revealRequested.connect(self.request_reveal)
        self.heatmap_panel = HeatmapPanel()
        self.heatmap_panel.heatmapChosen.connect(self._heatmap_chosen)
        self.heatmap_panel.opacityChanged.connect(self.viewer.set_heatmap_opacity)
        self.viewer.set_heatmap_opacity(self.heatmap_panel.opacity.value() / 100)
        self.provenance_panel = ProvenancePanel()
        self.comparison_panel = ComparisonPanel()
        self.comparison_panel.compareRequested.connect(self.ask_compare)
        self.review_form = ReviewForm(self.labels_vocabulary)
        self.review_form.sealRequested.connect(self.seal)
        self.history_panel = HistoryPanel()
        self.history_panel.verifyRequested.connect(self.verify_case)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Panels"))
        self.tabs.addTab(self.detections_panel, self.tr("Detections"))
        self.tabs.addTab(self.heatmap_panel, self.tr("Heatmaps"))
        review_scroll = QScrollArea()
        review_scroll.setWidget(self.review_form)
        review_scroll.setWidgetResizable(True)
        review_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(review_scroll, self.tr("Review"))
        self.tabs.addTab(self.provenance_panel, self.tr("Provenance"))
        self.tabs.addTab(self.comparison_panel, self.tr("Original"))
        self.tabs.addTab(self.history_panel, self.tr("History"))
        self.panels_dock = QDockWidget(self.tr("Details"), self)
        self.panels_dock.setObjectName("details")
        self.panels_dock.setWidget(self.tabs)
        self.panels_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.panels_dock.setMinimumWidth(340)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panels_dock)

        # Status bar: progress of added files, with cancel.
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_batch)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._show_placeholder(self.tr("Open a case on the left, then add files (drag them here, or File ▸ Add files…)."))

    def _action(self, text: str, slot: Callable, shortcuts: Sequence[Any] = (), *, checkable: bool = False,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.act_new_case = self._action(self.tr("&New case…"), self.ask_new_case, [QKeySequence.StandardKey.New])
        self.act_add_files = self._action(self.tr("&Add files…"), self.ask_add_files, [QKeySequence.StandardKey.Open])
        self.act_add_folder = self._action(self.tr("Add a &folder…"), self.ask_add_folder, ["Ctrl+Shift+O"])
        self.act_export = self._action(self.tr("&Export exhibit…"), self.ask_export, ["Ctrl+E"],
                                       tip=self.tr("Export the case for a court or a platform (Ctrl+E)"))
        self.act_verify_exhibit = self._action(self.tr("Verify an e&xhibit…"), self.ask_verify_exhibit,
                                               ["Ctrl+Shift+E"])
        self.act_settings = self._action(self.tr("&Settings…"), self.ask_settings, ["Ctrl+,"])
        self.act_quit = self._action(self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit])
        self.act_panic = self._action(
            self.tr("&Hide all media"), self.hide_all_media, ["F12", "Ctrl+Shift+H"],
            tip=self.tr("Hide every image and video at once (F12)"))
        # Panic works from anywhere in the application, dialogs included.
        self.act_panic.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_show = self._action(self.tr("Show &media again"), self.show_media_again, ["Ctrl+Shift+M"])
        self.act_grayscale = self._action(self.tr("&Grayscale"), self.set_grayscale, ["Ctrl+G"], checkable=True,
                                          tip=self.tr("Show the image in shades of grey (Ctrl+G)"))
        self.act_grayscale.setChecked(self.grayscale)
        self.act_boxes = self._action(self.tr("Region &outlines"), self.viewer.set_boxes_visible, ["Ctrl+B"],
                                      checkable=True)
        self.act_boxes.setChecked(True)
        self.act_zoom_in = self._action(self.tr("Zoom &in"), self.viewer.zoom_in, [QKeySequence.StandardKey.ZoomIn])
        self.act_zoom_out = self._action(self.tr("Zoom &out"), self.viewer.zoom_out, [QKeySequence.StandardKey.ZoomOut])
        self.act_fit = self._action(self.tr("&Fit to window"), self.viewer.fit, ["Ctrl+0"])
        self.act_actual = self._action(self.tr("&Actual size"), self.viewer.actual_size, ["Ctrl+1"])
        self.act_seal = self._action(self.tr("&Seal the review"), self._seal_shortcut, ["Ctrl+Return"])
        self.act_verify = self._action(self.tr("&Verify the case"), self.verify_case, ["Ctrl+Shift+V"])
        self.act_compare = self._action(self.tr("&Compare with the original photo…"), self.ask_compare, ["Ctrl+Shift+C"])
        self.act_next = self._action(self.tr("&Next media"), lambda: self._step_media(1), ["Ctrl+Right"])
        self.act_previous = self._action(self.tr("&Previous media"), lambda: self._step_media(-1), ["Ctrl+Left"])
        self.act_about = self._action(self.tr("&About Reviewer"), self._about)
        tab_actions = []
        for index, name in enumerate([self.tr("&Detections"), self.tr("&Heatmaps"), self.tr("&Review"),
                                      self.tr("&Provenance"), self.tr("&Original"), self.tr("Hi&story")]):
            tab_actions.append(self._action(name, lambda _=False, i=index: self._show_tab(i), [f"Alt+{index + 1}"]))

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.act_new_case, self.act_add_files, self.act_add_folder, None, self.act_export,
                       self.act_verify_exhibit, None, self.act_settings, None, self.act_quit):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in (self.act_panic, self.act_show, None, self.act_grayscale, self.act_boxes, None,
                       self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual, None,
                       self.act_previous, self.act_next):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        panels_menu = view_menu.addMenu(self.tr("&Panels"))
        for action in tab_actions:
            panels_menu.addAction(action)
        review_menu = menu.addMenu(self.tr("&Review"))
        for action in (self.act_compare, self.act_seal, self.act_verify):
            review_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.act_panic)
        toolbar.addAction(self.act_grayscale)
        toolbar.addSeparator()
        toolbar.addAction(self.act_add_files)
        toolbar.addAction(self.act_fit)
        panic_button = toolbar.widgetForAction(self.act_panic)
        if panic_button is not None:
            panic_button.setObjectName("panic")
            panic_button.setAccessibleName(self.tr("Hide all media"))

    def update_actions(self) -> None:
        has_session = self.session is not None
        has_case = has_session and self.case_id is not None
        has_media = self.current is not None and self.current.media_id is not None
        for action in (self.act_new_case,):
            action.setEnabled(has_session)
        for action in (self.act_add_files, self.act_add_folder):
            action.setEnabled(has_case and not self.analysis_blocked)
        self.act_verify.setEnabled(has_case)
        self.act_export.setEnabled(has_case and not self.exhibits.busy)
        self.act_compare.setEnabled(has_media and self.current.media is not None and self.current.media.kind == "image")
        self.comparison_panel.button.setEnabled(self.act_compare.isEnabled())
        self.act_seal.setEnabled(has_media)
        self.review_form.setEnabled(has_media)
        self.act_show.setEnabled(self.media_hidden)
        self.act_panic.setEnabled(not self.media_hidden)

    # ================================================================================ helpers
    def run(self, fn: Callable, *args: Any, on_result: Callable | None = None, on_error: Callable | None = None,
             vault: bool = False, priority: int = 0, **kwargs: Any) -> Task:
        """Start ``fn(control, *args)`` on the pool (or the vault thread) and wire its callbacks.
        ``priority``: what the reviewer is looking at (VIEW_PRIORITY) goes before background work."""
        task = Task(fn, *args, **kwargs)
        if on_result is not None:
            task.signals.result.connect(on_result)
        task.signals.error.connect(on_error or self.show_error)
        return self.runner.start_vault(task) if vault else self.runner.start(task, priority)

    def show_error(self, error: ReviewerError) -> None:
        log.warning("%s: %s", error.code, error.detail)
        self.statusBar().showMessage(error.message, 15_000)
        self.last_problems.append(error.message)

    def open_dialog(self, dialog) -> None:
        """Show a window-modal dialog that still honours the panic shortcut (modal dialogs block the
        window's own shortcuts, so the panic action is added to the dialog too)."""
        if self.act_panic not in dialog.actions():
            dialog.addAction(self.act_panic)
        dialog.open()

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.media_stack.setCurrentWidget(self.placeholder)

    def _safe_settings(self):
        return analysis.safe_settings(self.settings, grayscale=self.grayscale)

    @property
    def viewing_policy(self):
        """The organisation's viewing rules (reviewer.ini ``[viewing]``, see ui/settings.py)."""
        return self.settings.viewing_policy()

    def _screen_side(self) -> int:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return 1920
        size = screen.size() * screen.devicePixelRatio()
        return int(min(4096, max(1280, size.width(), size.height())))

    def _show_tab(self, index: int) -> None:
        self.panels_dock.show()
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()  # keyboard users land in the panel they asked for

    def _about(self) -> None:
        from reviewer import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Reviewer"),
                          self.tr("Reviewer {version}\nOffline review of reported intimate images, with a signed "
                                  "evidence vault. Licence: AGPL-3.0-or-later.").format(version=__version__),
                          QMessageBox.StandardButton.Ok, self)
        self.open_dialog(box)

    # ================================================================================ vault start
    # The session controller (ui/session_controller.py) runs the self-test, creates or unlocks the vault.
    def start(self) -> None:
        """Run the self-test in a worker and, meanwhile, open the vault: first-run dialog when there is
        none, unlock dialog otherwise."""
        self.sessions.start()

    vault = property(lambda self: self.sessions.vault)
    session = property(lambda self: self.sessions.session)
    service = property(lambda self: self.sessions.service)
    reviewer_name = property(lambda self: self.sessions.reviewer_name)
    first_run_dialog = property(lambda self: self.sessions.first_run_dialog)
    unlock_dialog = property(lambda self: self.sessions.unlock_dialog)
    demo_offer = property(lambda self: self.sessions.demo_offer)
    selftest_report = property(lambda self: self.sessions.selftest_report)
    selftest_box = property(lambda self: self.sessions.selftest_box)
    analysis_blocked = property(lambda self: self.sessions.analysis_blocked)
    vault_blocked = property(lambda self: self.sessions.vault_blocked)
    selftest_wanted = property(lambda self: self.sessions.selftest_wanted)

    def fill_cases(self, cases: list[tuple[str, str]], select: str | None = None) -> None:
        """Show ``cases`` ((id, title)) in the case list and select ``select`` (or the open case, or the first)."""
        self.case_list.blockSignals(True)
        self.case_list.clear()
        for case_id, title in cases:
            item = QListWidgetItem(title)
            item.setToolTip(_plain_tooltip(title))
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.case_list.addItem(item)
        self.case_list.blockSignals(False)
        target = select or (cases[0][0] if cases and self.case_id is None else self.case_id)
        for row in range(self.case_list.count()):
            if self.case_list.item(row).data(Qt.ItemDataRole.UserRole) == target:
                self.case_list.setCurrentRow(row)
        if not cases:
            self._show_placeholder(self.tr("No case yet. Create one with File ▸ New case (Ctrl+N)."))

    # ================================================================================ cases
    def ask_new_case(self) -> None:
        if self.session is None:
            return
        # Opened like every other dialog (not QInputDialog.getText's own loop): the panic key works in it.
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New case"))
        dialog.setLabelText(self.tr("Title of the case:"))
        dialog.textValueSelected.connect(lambda title: title.strip() and self.create_case(title.strip()))
        self.new_case_dialog = dialog
        self.open_dialog(dialog)

    def create_case(self, title: str, then: Callable[[str], None] | None = None) -> None:
        """Open a new case in the vault and select it; ``then(case_id)`` runs after."""

        def created(result: tuple) -> None:
            case_id, cases = result
            self.case_id = None
            self.fill_cases(cases, select=case_id)
            self.recordAppended.emit("case.opened")
            if then is not None:
                then(case_id)

        self.run(steps.new_case, self.service, title, vault=True, on_result=created)

    def create_demo_case(self) -> None:
        """A case with the four neutral sample photos, analysed like any other material."""
        if getattr(self, "_demo_started", False):
            return
        self._demo_started = True
        samples = [resources_dir() / "samples" / name for name in SAMPLE_NAMES]
        self.create_case(self.tr("Demo case (neutral sample photos)"),
                         then=lambda _case: self.add_paths([str(p) for p in samples if p.exists()]))

    def _case_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if case_id == self.case_id:
            return
        self.open_case(case_id)

    def open_case(self, case_id: str | None) -> None:
        """Show the media of ``case_id`` (read back from the vault when the case was made earlier)."""
        if self.batch is not None:
            self.cancel_batch()
        self._close_media()  # first: its reveals are recorded in the case they happened in
        for task in self._case_tasks:
            task.cancel()  # the previous case's media still being read back
        self._case_tasks = []
        self._case_token = token = object()
        self._reading_queue.clear()
        self._reading.clear()
        self.case_id = case_id
        self.entries.clear()
        self._items.clear()
        self._overlays_kept.clear()
        self._media_kept.clear()
        self.grid_model.clear()
        self.review.case_closed()
        self.update_actions()
        if case_id is None:
            self.withheld.case_opened()
            self.groups.case_opened()
            return
        # "Open a case on the left…" no longer applies: say where the media are.
        self._show_placeholder(self.tr("Choose a media in the grid above to see it here."))
        self.caseOpened.emit(case_id)
        self._case_tasks.append(self.run(steps.case_listing, self.service, case_id, vault=True,
                                          on_result=lambda listing: self._case_listed(token, listing)))
        self.withheld.case_opened()  # queued before any media is read back: no withheld thumbnail is painted
        self.groups.case_opened()

    def _case_listed(self, token: object, listing: list) -> None:
        """``listing``: the case's stored media (``vault_steps.ListedMedia``), from its read model.

        Every media gets its place in the grid at once, in one batch of rows; the media whose places are on
        screen are then read back from the vault (the vault thread) and described (the pool), a few at a time
        (``READS_IN_FLIGHT``), the others when they scroll into view or are opened. Recorded regions are
        reused: the model runs only for a media with no detection recorded by the model and version in use.
        The case is verified once, in the background (``ReviewController.case_opened``).
        """
        if token is not self._case_token:
            return
        self._case_tasks.append(self.review.case_opened(token))
        if not listing:
            self._show_placeholder(self.tr("This case is empty. Drag files or folders here, or use File ▸ Add files… (Ctrl+O)."))
            return
        self._list_rows(token, list(listing), 0)

    def _list_rows(self, token: object, listing: list, start: int) -> None:
        """Give ``listing[start:]`` their places in the grid, ``ROWS_PER_TURN`` per turn of the event loop, so
        a case of thousands of media never holds the GUI thread for long; the media on screen are read back
        as soon as their rows exist."""
        if token is not self._case_token:
            return
        chunk = listing[start:start + ROWS_PER_TURN]
        entries = [self._new_entry(item.name, reading=True, media_id=item.media_id) for item in chunk]
        self._append_entries(entries)
        self.groups.apply(entries)
        for entry in entries:
            self._reading_queue[entry.key] = entry
        self._pump_reads()
        if start + ROWS_PER_TURN < len(listing):
            QTimer.singleShot(0, lambda: self._list_rows(token, listing, start + ROWS_PER_TURN))

    def _visible_keys(self) -> list[int]:
        """Keys of the grid rows on screen, and one screenful after them (read ahead for scrolling)."""
        rows = self.grid_model.rowCount()
        if rows == 0:
            return []
        cell = self.grid.gridSize()
        viewport = self.grid.viewport().rect()
        columns = max(1, viewport.width() // max(1, cell.width()))
        lines = max(1, -(-viewport.height() // max(1, cell.height())) + 1)
        first_index = self.grid.indexAt(viewport.topLeft() + QPoint(cell.width() // 2, cell.height() // 2))
        first = first_index.row() if first_index.isValid() else 0
        last = min(rows, first + 2 * columns * lines)
        return [self.grid_model.item(row).data(KEY_ROLE) for row in range(first, last)]

    def _pump_reads(self) -> None:
        """Read back the queued media that are on screen (or opened), at most READS_IN_FLIGHT at a time."""
        if not self._reading_queue or len(self._reading) >= READS_IN_FLIGHT:
            return
        wanted = [self.current.key] if self.current is not None and self.current.key in self._reading_queue else []
        wanted += [key for key in self._visible_keys() if key in self._reading_queue]
        for key in wanted:
            if len(self._reading) >= READS_IN_FLIGHT:
                break
            entry = self._reading_queue.pop(key, None)
            if entry is not None:
                self._reading.add(entry.key)
                self._start_read(entry)

    def _reading_done(self, entry: MediaEntry) -> None:
        """``entry`` is read back and analysed (or failed): let the next stored media be read."""
        if entry.key in self._reading and self.entries.get(entry.key) is entry:
            self._reading.discard(entry.key)
            self._pump_reads()

    def _start_read(self, entry: MediaEntry) -> None:
        token = self._case_token
        entry.reading = True
        task = self.run(steps.read_stored_media, self.service, entry.media_id, vault=True,
                         on_result=lambda data: self._stored_media_read(entry, token, data),
                         on_error=lambda error: self._stored_media_failed(entry, error))
        self._case_tasks.append(task)

    def _stored_media_read(self, entry: MediaEntry, token: object, data: bytes) -> None:
        if token is not self._case_token:
            return
        task = self.run(steps.describe_stored_media, data, entry.name,
                         on_result=lambda media: self._stored_media_described(entry, token, media),
                         on_error=lambda error: self._stored_media_failed(entry, error))
        self._case_tasks.append(task)

    def _stored_media_described(self, entry: MediaEntry, token: object, media) -> None:
        if token is not self._case_token:
            return
        entry.media, entry.reading, entry.released = media, False, False
        if entry.analysed:  # read back after its bytes were let go: its analysis is still here
            self._keep_media(entry)
        if self.current is entry:
            self._open_entry(entry)
        if entry.analysed:
            self._reading_done(entry)
        else:
            self._reuse_or_detect(entry)  # _reading_done follows it

    def _reuse_or_detect(self, entry: MediaEntry) -> None:
        """Show a stored image's recorded regions (one record decrypted); run the detector only when none
        recorded by the model in use can be reused (a video's tracked regions are always detected again, and
        recorded only if never recorded: the case layer decides)."""
        if entry.media.kind != "image":
            self._start_detection(entry, record=True)
            return
        case_id = self.case_id

        def read(result) -> None:
            if self.entries.get(entry.key) is not entry:
                return
            if result is None:
                self._start_detection(entry, record=True)
            else:
                self._analysis_ready(entry, result, case_id, record=False)

        def failed(error: ReviewerError) -> None:
            self.show_error(error)
            if self.entries.get(entry.key) is entry:
                self._start_detection(entry, record=True)

        self._case_tasks.append(self.run(steps.recorded_detection, self.service, case_id, entry.media_id,
                                          self.detector, vault=True, on_result=read, on_error=failed))

    def _read_back(self, entry: MediaEntry) -> None:
        """Read a media whose bytes were let go back from the vault (it is opened again)."""
        if entry.reading:
            return
        self._start_read(entry)

    def _keep_media(self, entry: MediaEntry) -> None:
        """Keep the bytes of the media analysed or opened last; let older ones go (read back when opened).

        A case of a few hundred phone photos would otherwise hold every file in memory (3-5 MB each, plus
        the reduced decode kept for PDQ). Only media already in the vault and analysed are let go, never
        the one on screen; what they showed (regions, heatmap maps, thumbnail) stays.
        """
        if self.entries.get(entry.key) is entry:
            self._media_kept.limit = MEDIA_KEPT
            self._media_kept.touch(entry.key, entry)

    @staticmethod
    def _let_media_go(old: MediaEntry) -> bool:
        if old.media is None or not old.media_id or not old.analysed or old.heatmaps_pending:
            return False
        old.media, old.released = None, True
        return True

    def _stored_media_failed(self, entry: MediaEntry, error: ReviewerError) -> None:
        """A stored media that cannot be read back (damaged or missing file): said on its place in the grid;
        the rest of the case shows as usual."""
        log.warning("%s: %s: %s", entry.name, error.code, error.detail)
        entry.failed, entry.reading = error.message, False
        self.last_problems.append(self.tr("{name}: {message}").format(name=entry.name, message=error.message))
        item = self._grid_item(entry.key)
        if item is not None:
            item.setText(self.tr("{name} (cannot be shown)").format(name=entry.name))
            item.setToolTip(_plain_tooltip(error.message))
        if self.current is entry:
            self._show_placeholder(error.message)
        self._reading_done(entry)

    # ================================================================================ adding files
    def ask_add_files(self) -> None:
        paths = file_dialogs.choose_files(
            self, self.tr("Add files to the case"),
            self.tr("Images and videos ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in sorted(analysis.MEDIA_SUFFIXES))))
        if paths:
            self.add_paths(paths)

    def ask_add_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Add a folder to the case"))
        if folder:
            self.add_paths([folder])

    def _new_entry(self, name: str, *, reading: bool = False, media_id: str | None = None) -> MediaEntry:
        """A media of the open case and its grid item (not yet in the grid: see ``_append_entries``)."""
        key = self._next_key
        self._next_key += 1
        entry = MediaEntry(key, name, case_id=self.case_id, media_id=media_id, reading=reading)
        self.entries[key] = entry
        item = QStandardItem(_placeholder_icon(), name)
        item.setData(key, KEY_ROLE)
        item.setEditable(False)
        state = self.tr("{name} (being read)") if reading else self.tr("{name} (being added)")
        item.setToolTip(_plain_tooltip(state.format(name=name)))
        item.setDropEnabled(False)
        self._items[key] = item
        return entry

    def _append_entries(self, entries: Sequence[MediaEntry]) -> None:
        """Put the entries' items in the grid in one batch: one insertion for the view to lay out, not one per media."""
        self.grid_model.invisibleRootItem().appendRows([self._items[entry.key] for entry in entries])

    def _add_entry(self, name: str, *, reading: bool = False) -> MediaEntry:
        """A new media of the open case, with its place at the end of the grid."""
        entry = self._new_entry(name, reading=reading)
        self._append_entries([entry])
        return entry

    def _grid_item(self, key: int) -> QStandardItem | None:
        """The grid item of the media with ``key`` (a dictionary look-up: the grid may hold thousands)."""
        return self._items.get(key)

    def _set_thumbnail(self, entry: MediaEntry, image) -> None:
        if self.withheld.hides(entry):
            self.withhold_thumbnail(entry)
            return
        item = self._grid_item(entry.key)
        if item is not None and image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))
            state = self.tr("analysed") if entry.analysed else self.tr("analysis pending")
            item.setToolTip(_plain_tooltip(self.tr("{name} ({state})").format(name=entry.name, state=state)))
            self.thumbnailChanged.emit(entry.key, entry.analysed)

    def add_paths(self, paths: Sequence[str]) -> None:
        """Add files and folders to the open case (creating a case first when none is open)."""
        if self.session is None:
            return
        if self.analysis_blocked:
            self.statusBar().showMessage(SelftestFailed().message, 15_000)
            return
        if self.case_id is None:
            self.create_case(self.tr("New case"), then=lambda _case: self.add_paths(paths))
            return
        files = analysis.expand_paths(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No image or video found there."), 8000)
            return
        if self.batch is None:
            self.batch = IngestBatch(0)
            self.last_problems = []
        batch = self.batch
        batch.total += len(files)
        self.progress.setRange(0, batch.total)
        self.progress.setValue(batch.done)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        case_id = self.case_id
        entries = [self._new_entry(path.name) for path in files]
        self._append_entries(entries)  # one batch of rows for the whole folder
        for path, entry in zip(files, entries):
            task = self.run(analysis.ingest_file, path, self._safe_settings(), self.viewing_policy,
                             on_result=lambda result, e=entry, c=case_id: self._file_read(e, c, result),
                             on_error=lambda error, e=entry: self._file_failed(e, error))
            task.signals.cancelled.connect(lambda e=entry: self._file_finished(e))
            batch.tasks.append(task)
        if self.grid.currentIndex().row() < 0 and self.grid_model.rowCount():
            self.grid.setCurrentIndex(self.grid_model.index(0, 0))

    def _file_read(self, entry: MediaEntry, case_id: str, result: tuple) -> None:
        media, thumb = result
        entry.media = media
        self._set_thumbnail(entry, thumb)
        if self.current is entry:
            self._open_entry(entry)
        batch = self.batch
        if batch is None or batch.cancelled or case_id != self.case_id:
            self._file_finished(entry)
            return
        task = self.run(steps.ingest_into_vault, self.service, case_id, media, self.reviewer_name, vault=True,
                         on_result=lambda media_id, e=entry: self._file_ingested(e, media_id),
                         on_error=lambda error, e=entry: self._file_failed(e, error))
        task.signals.cancelled.connect(lambda e=entry: self._file_finished(e))
        batch.tasks.append(task)

    def _file_ingested(self, entry: MediaEntry, media_id: str) -> None:
        entry.media_id = media_id
        self.recordAppended.emit("media.ingested")
        if self.current is entry:
            self.update_actions()
        self._start_detection(entry, record=True)

    def _start_detection(self, entry: MediaEntry, *, record: bool) -> None:
        """Run the region detector on ``entry``. ``record``: offer the result to the case layer, which records
        it unless the same analysis is recorded already (False: only shown, e.g. in tests of the viewer)."""
        case_id = self.case_id

        def failed(error: ReviewerError) -> None:
            entry.failed = error.message
            if self.current is entry:
                self.detections_panel.show_failed(error.message)
            self._file_failed(entry, error)
            self._reading_done(entry)

        task = self.run(analysis.detect_media, entry.media, self.detector,
                         on_result=lambda result: self._analysis_ready(entry, result, case_id, record=record),
                         on_error=failed, priority=VIEW_PRIORITY if entry is self.current else 0)
        task.signals.cancelled.connect(lambda: self._file_finished(entry))
        if self.batch is not None and record:
            self.batch.tasks.append(task)

    def _analysis_ready(self, entry: MediaEntry, result: analysis.Analysis, case_id: str | None, *,
                        record: bool) -> None:
        """Regions known for ``entry`` (detected now, or read from their record): show them, make the
        region-blurred thumbnail, record them if asked (the case layer skips what is recorded)."""
        entry.analysis = result
        if self.current is entry:
            self._analysis_arrived(entry)
        self.run(analysis.analysed_thumbnail, entry.media, result, self._safe_settings(), self.viewing_policy,
                  on_result=lambda thumb: self._set_thumbnail(entry, thumb))
        if record and entry.media_id and case_id is not None and case_id == self.case_id:
            self.run(steps.record_detection, self.service, case_id, entry.media_id, result, vault=True,
                      on_result=lambda made: made is not None and self.recordAppended.emit("analysis.run"))
        if case_id == self.case_id:
            self._keep_media(entry)
        self._file_finished(entry)
        self._reading_done(entry)

    def _file_failed(self, entry: MediaEntry, error: ReviewerError) -> None:
        log.warning("%s: %s: %s", entry.name, error.code, error.detail)
        entry.failed = error.message
        message = self.tr("{name}: {message}").format(name=entry.name, message=error.message)
        if self.batch is not None:
            self.batch.problems.append(message)
        self.last_problems.append(message)
        item = self._grid_item(entry.key)
        if item is not None:
            item.setToolTip(_plain_tooltip(message))
            if entry.media is None:
                item.setText(self.tr("{name} (not added)").format(name=entry.name))
        self._file_finished(entry)

    def _file_finished(self, entry: MediaEntry) -> None:
        batch = self.batch
        if batch is None:
            return
        if entry.key in batch.finished:
            return  # one file ends once, whichever of error, cancel or analysis comes first
        batch.finished.add(entry.key)
        batch.done += 1
        self.progress.setValue(batch.done)
        self.statusBar().showMessage(self.tr("Added {done} of {total}").format(
            done=formats.integer(batch.done), total=formats.integer(batch.total)))
        if batch.done >= batch.total:
            self._batch_over()

    def _batch_over(self) -> None:
        batch = self.batch
        self.batch = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        if batch and batch.problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some files were not added"),
                              "\n".join(batch.problems[:20]), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("problems")
            box.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown as they are, never as markup
            self.open_dialog(box)
        elif batch and batch.cancelled:
            self.statusBar().showMessage(self.tr("Adding cancelled. Files already added stay in the case."), 10_000)
        else:
            self.statusBar().showMessage(self.tr("All files added and analysed."), 8000)
        self.batchFinished.emit()

    def cancel_batch(self) -> None:
        """Stop adding files; what was already stored in the vault stays there."""
        batch = self.batch
        if batch is None:
            return
        batch.cancel()
        # Every task ends with result, error or cancelled; entries that never reached a task are counted now.
        remaining = batch.total - batch.done
        if remaining and all(t.done or t.control.cancelled for t in batch.tasks):
            QTimer.singleShot(0, self._finish_cancelled_batch)

    def _finish_cancelled_batch(self) -> None:
        if self.batch is not None and self.runner.active == 0:
            self._batch_over()
        elif self.batch is not None:
            QTimer.singleShot(50, self._finish_cancelled_batch)

    # ================================================================================ opening media
    def _grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        entry = self.entries.get(key) if key is not None else None
        if entry is not self.current:
            self._open_entry(entry)

    def _step_media(self, delta: int) -> None:
        row = self.grid.currentIndex().row() + delta
        while 0 <= row < self.grid_model.rowCount() and self.grid.isRowHidden(row):
            row += delta  # a copy shown through its group's representative
        if 0 <= row < self.grid_model.rowCount():
            self.grid.setCurrentIndex(self.grid_model.index(row, 0))

    def select_media(self, row: int) -> None:
        """Select the media at ``row`` of the grid (as a click would); selecting the open one shows it again."""
        index = self.grid_model.index(row, 0)
        if self.grid.currentIndex() == index:
            self._open_entry(self.entries.get(index.data(KEY_ROLE)))
        else:
            self.grid.setCurrentIndex(index)

    def _close_media(self) -> None:
        self.reveals.end()  # recorded against the media being closed, before `current` changes
        self.withheld.end(self.current)
        self.reveals.new_state()
        self.current = None
        self.current_view = None
        self._extra_overlays = {}
        self.render_generation += 1
        self.viewer.clear()
        self.reveal_bar.set_available(False)
        self.video_panel.clear()
        self.detections_panel.show_nothing()
        self.heatmap_panel.show_heatmaps([])
        self.provenance_panel.show_media(None)
        self.comparison_panel.show_nothing()
        self.history_panel.show_records([])
        self.review_form.reset()

    def _open_entry(self, entry: MediaEntry | None) -> None:
        same = entry is self.current
        if not same:
            self._close_media()
        self.current = entry
        self.update_actions()
        if entry is None:
            return
        if self.withheld.hides(entry):
            self._show_withheld(entry)
            return
        if entry.media is None and entry.released and entry.media_id and not entry.failed:
            self._read_back(entry)
        elif entry.key in self._reading_queue:
            self._pump_reads()  # opened before its turn: it goes first
        if entry.media is None:
            waiting = self.tr("{name} is being read from the vault…") if entry.reading else self.tr("{name} is being added…")
            self._show_placeholder(entry.failed or waiting.format(name=entry.name))
            return
        self.provenance_panel.show_media(entry.media)
        if entry.media.kind == "video":
            self._open_video(entry)
        else:
            self._open_image(entry)
        if entry.analysed:
            self._analysis_arrived(entry)
        elif entry.failed:
            self.detections_panel.show_failed(entry.failed)
        else:
            self.detections_panel.show_pending()
        if entry.media_id:
            self._load_history()
        if entry.analysed:
            self._keep_media(entry)

    def _open_image(self, entry: MediaEntry) -> None:
        self.media_stack.setCurrentWidget(self.viewer_page)
        generation = self.render_generation
        regions = entry.analysis.regions if entry.analysed else None
        self.run(analysis.first_safe_rendering, entry.media, self._screen_side(), self._safe_settings(), regions,
                  self.viewing_policy,
                  on_result=lambda rendering: self._show_rendering(generation, entry, rendering, first=True), priority=VIEW_PRIORITY)

    def _show_withheld(self, entry: MediaEntry) -> None:
        """A media sealed suspected minor: its placeholder (hashes, decision, the look if allowed); nothing of
        its pixels stays in the viewer or the video panel."""
        self.reveals.end()
        self.render_generation += 1
        self.viewer.clear()
        self.video_panel.clear()
        self.withheld.show(entry)
        self.media_stack.setCurrentWidget(self.withheld.page)
        if entry.media_id:
            self._load_history()

    def show_media(self, entry: MediaEntry) -> None:
        """Show ``entry`` again as it may be shown now (after a seal withheld it, or a look was confirmed)."""
        if entry is self.current and not self.media_hidden:
            self._open_entry(entry)

    def show_group(self, entry: MediaEntry, count: int, *, hidden: bool) -> None:
        """Show ``entry`` in the grid as one of ``count`` near-identical pictures: its row hidden when it is a
        copy, its name with the count when it represents a group."""
        item = self._grid_item(entry.key)
        if item is None or not shiboken6.isValid(item):
            return  # its row went with the grid (the case was closed or the window is closing)
        self.grid.setRowHidden(item.row(), hidden)
        if self.withheld.hides(entry):
            return  # its text says it is not shown
        # The count first: a long name is elided at its end, the count must stay in view (one line per item).
        item.setText(self.tr("{count} × {name}").format(name=entry.name, count=count) if count > 1 else entry.name)
        item.setToolTip(_plain_tooltip(
            self.tr("{name}: {count} identical pictures, shown once").format(name=entry.name, count=count)
            if count > 1 else entry.name))

    def withhold_thumbnail(self, entry: MediaEntry) -> None:
        """The grid shows no picture of ``entry`` (sealed suspected minor), only a neutral square and its state."""
        item = self._grid_item(entry.key)
        if item is not None and shiboken6.isValid(item):
            item.setIcon(_placeholder_icon())
            item.setText(self.tr("{name} (suspected minor, not shown)").format(name=entry.name))
            item.setToolTip(_plain_tooltip(item.text()))
            self.thumbnailChanged.emit(entry.key, entry.analysed)

    def _show_rendering(self, generation: int, entry: MediaEntry, rendering: analysis.Rendering,
                        first: bool = False) -> None:
        if generation != self.render_generation or entry is not self.current or self.withheld.hides(entry):
            return  # the reviewer moved on, or the media is withheld; never paint a stale image
        if self.media_hidden or not rendering.revealed <= frozenset(
                self.reveals.revealed):
            return  # backstop: never paint a region that is no longer revealed
        if first or self.current_view is None or rendering.view.rgb.shape[1] >= self.current_view.rgb.shape[1]:
            self.current_view = rendering.view
        keep = not first and self.viewer.full_size == rendering.view.full_size
        self.viewer.set_image(rendering.rgb, rendering.view.full_size, keep_view=keep)
        if rendering.analysed:
            regions = entry.analysis.regions
            self.viewer.set_regions([(r.x0, r.y0, r.x1, r.y1) for r in regions],
                                    [self.detections_panel.group_name(r.group) for r in regions])
            self.viewer.set_boxes_visible(self.act_boxes.isChecked())
        else:
            self.viewer.set_regions([])
        self.viewer.set_uncovered(rendering.revealed)  # outlined while uncovered
        self.reveal_bar.set_available(rendering.analysed)
        self.viewer.viewport().update()
        self.rendered.emit("analysed" if rendering.analysed else "pending")
        if not rendering.analysed and entry.analysed:
            self.render_current()  # the analysis arrived while this whole-blurred rendering was on its way

    def render_current(self) -> None:
        """Render the open image again (after detection, a reveal, a setting) at the loaded resolution."""
        entry, view = self.current, self.current_view
        if entry is None or view is None or entry.media is None or entry.media.kind != "image":
            return
        self.render_generation += 1
        generation = self.render_generation
        regions = entry.analysis.regions if entry.analysed else None
        revealed = self.reveals.revealed
        self.run(analysis.render_view, view, regions, self._safe_settings(), revealed, self.viewing_policy,
                  on_result=lambda rendering: self._show_rendering(generation, entry, rendering), priority=VIEW_PRIORITY)

    def _load_full_resolution(self) -> None:
        entry = self.current
        if entry is None or entry.media is None or entry.media.kind != "image":
            return

        def loaded(view: analysis.View) -> None:
            if entry is self.current:
                self.current_view = view
                self.render_current()

        self.run(analysis.decode_view, entry.media, None, on_result=loaded)

    def _analysis_arrived(self, entry: MediaEntry) -> None:
        if self.withheld.hides(entry):
            return
        if entry.media.kind == "video":
            video = entry.analysis.video
            self.detections_panel.show_regions(video.regions_at(self.video_panel.slider.value()) if video else ())
            self._open_video(entry, keep_frame=True)
            return
        self.detections_panel.show_regions(entry.analysis.regions)
        if entry.analysis.regions != self.reveals.regions:  # region indices changed meaning
            self.reveals.end()
            self.reveals.new_state(entry.analysis.regions)
        self.render_current()
        self._load_heatmaps(entry)

    # ================================================================================ heatmaps
    def _load_heatmaps(self, entry: MediaEntry) -> None:
        if entry.heatmaps is not None and any(h.rgba is None for h in entry.heatmaps):
            self._rebuild_overlays(entry)
            return
        if entry.heatmaps is not None:
            self._keep_overlays(entry)
            self.heatmap_panel.show_heatmaps(entry.heatmaps)
            self.heatmapsShown.emit()
            return
        self.heatmap_panel.show_pending()
        if entry.heatmaps_pending:
            return  # already being computed; shown when done
        entry.heatmaps_pending = True
        case_id = self.case_id

        def computed(heatmaps: list) -> None:
            self._heatmaps_ready(entry, heatmaps)
            if heatmaps and entry.media_id and case_id == self.case_id:
                # The case layer asks the vault whether maps of this version are recorded: never twice.
                self.run(steps.record_heatmaps, self.service, case_id, entry.media_id, heatmaps, vault=True,
                          on_result=lambda made: made is not None and self.recordAppended.emit("analysis.run"))

        def failed(error: ReviewerError) -> None:
            entry.heatmaps_pending = False
            entry.heatmaps = []
            if entry is self.current:
                self.heatmap_panel.show_heatmaps([])
            self.show_error(error)

        def compute() -> None:
            self.run(analysis.compute_heatmaps, entry.media, entry.analysis.detections, on_result=computed,
                      on_error=failed)

        def recorded(maps: list | None) -> None:
            if self.entries.get(entry.key) is not entry:
                return
            if not maps or entry.media is None:
                compute()
                return
            # Recorded maps of the current version: overlays built from them, nothing computed again.
            self.run(analysis.overlays_from_pngs, maps, entry.analysis.regions, (entry.media.width, entry.media.height),
                      on_result=lambda views: self._heatmaps_ready(entry, views), on_error=failed)

        if entry.media_id is None or case_id is None:
            compute()
            return
        self.run(steps.recorded_heatmaps, self.service, case_id, entry.media_id, vault=True, on_result=recorded,
                  on_error=lambda error: (self.show_error(error), compute()))

    def _keep_overlays(self, entry: MediaEntry) -> None:
        """Keep the coloured overlays of the photos seen last; let older ones go (keeping their 8-bit maps).

        A large photo's five overlays take 16 MB: kept for every photo seen, a reviewer going through a
        case of a few hundred photos would fill a laptop's memory. Seen again, a photo's overlays are
        rebuilt from its maps in a fraction of a second (``_rebuild_overlays``). Not the photo on screen:
        other photos' heatmaps finishing must not take its overlays."""
        if self.entries.get(entry.key) is entry:
            self._overlays_kept.limit = OVERLAYS_KEPT
            self._overlays_kept.touch(entry.key, entry)

    @staticmethod
    def _let_overlays_go(old: MediaEntry) -> bool:
        if old.heatmaps:
            old.heatmaps = [replace(h, rgba=None) for h in old.heatmaps]
        return True

    def _rebuild_overlays(self, entry: MediaEntry) -> None:
        self.heatmap_panel.show_pending()
        if entry.heatmaps_pending:
            return
        entry.heatmaps_pending = True

        def failed(error: ReviewerError) -> None:
            entry.heatmaps_pending = False
            self.show_error(error)

        self.run(analysis.overlays_from_pngs, entry.heatmaps, entry.analysis.regions,
                  (entry.media.width, entry.media.height),
                  on_result=lambda heatmaps: self._heatmaps_ready(entry, heatmaps), on_error=failed)

    def _heatmaps_ready(self, entry: MediaEntry, heatmaps: list) -> None:
        """Heatmaps computed, or overlays rebuilt, for ``entry``: keep them and show them if it is on screen."""
        entry.heatmaps = heatmaps
        entry.heatmaps_pending = False
        self._keep_overlays(entry)
        if entry is self.current:
            self.heatmap_panel.show_heatmaps(heatmaps)
            self.heatmapsShown.emit()

    def _heatmap_chosen(self, heatmap_id: str | None) -> None:
        entry = self.current
        if entry is None or not entry.analysed or self.media_hidden:
            self.viewer.set_heatmap(None)  # no overlay until the sensitive regions are known
            return
        heatmaps = {h.id: h for h in (entry.heatmaps or [])}
        heatmaps.update(self._extra_overlays)
        heatmap = heatmaps.get(heatmap_id) if heatmap_id else None
        if heatmap is not None and heatmap.rgba is None and entry.media is not None:
            self._rebuild_overlays(entry)  # let go earlier (the photo on screen never is): shown once rebuilt
        self.viewer.set_heatmap(heatmap.rgba if heatmap is not None else None)

    # ================================================================================ comparison
    def ask_compare(self) -> None:
        if not self.act_compare.isEnabled():
            return
        path = file_dialogs.choose_file(self, self.tr("The original photo"),
                                        self.tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"))
        if path:
            self.compare_with(path)

    def compare_with(self, path: str) -> None:
        """Compare the open image with the original photo at ``path``; record the result in the vault."""
        entry = self.current
        if entry is None or entry.media is None:
            return
        self.comparison_panel.show_pending()
        case_id = self.case_id

        def compared(result: tuple) -> None:
            original, comparison, overlays = result
            if entry is not self.current:
                return
            self.comparison_panel.show_result(self._comparison_lines(original, comparison))
            self._extra_overlays = {overlay.id: overlay for overlay in overlays}
            for overlay in overlays:
                self.heatmap_panel.add_heatmap(overlay)
            self.comparisonShown.emit()
            if entry.media_id:
                self.run(steps.record_comparison, self.service, case_id, entry.media_id, original, comparison, vault=True,
                          on_result=lambda _r: self.recordAppended.emit("analysis.run"))

        def failed(error: ReviewerError) -> None:
            self.comparison_panel.show_error(error.message)
            self.show_error(error)

        self.run(analysis.compare_files, entry.media, Path(path),
                  entry.analysis.detections if entry.analysis else None, on_result=compared, on_error=failed)

    def _comparison_lines(self, original, comparison) -> list[str]:
        lines = [
            comparison.conclusion(),  # the headline, in plain words (reviewer.detect.compare)
            self.tr("Original: {name} (SHA-256 {sha}…)").format(name=original.name, sha=original.sha256[:16]),
            self.tr("Changed area: {percent} of the image").format(percent=formats.percent(comparison.changed_fraction)),
            self.tr("Share of the changes inside sensitive regions: {percent}").format(
                percent=formats.percent(comparison.changed_in_regions, 0)),
            self.tr("Share of the sensitive regions that changed: {percent}").format(
                percent=formats.percent(comparison.regions_changed, 0)),
            self.tr("Overall similarity (SSIM): {ssim}").format(ssim=formats.number(comparison.ssim_mean, 2)),
        ]
        if comparison.pdq_distance is not None:
            lines.append(self.tr("PDQ distance: {d} (31 or less: the same picture)").format(
                d=formats.integer(comparison.pdq_distance)))
        lines.append(self.tr("The maps of the changes are in the Heatmaps panel."))
        return lines

    # ================================================================================ video
    def _open_video(self, entry: MediaEntry, keep_frame: bool = False) -> None:
        if self.withheld.hides(entry):
            return
        self.media_stack.setCurrentWidget(self.video_panel)
        frame = self.video_panel.slider.value() if keep_frame else 0
        if not keep_frame:
            self.video_panel.set_video(entry.media.frame_count, entry.media.fps or 0.0)
        generation = self.render_generation
        video = entry.analysis.video if entry.analysed else None

        def sheet(frames: list) -> None:
            if generation == self.render_generation and entry is self.current:
                self.video_panel.show_sheet(frames)
                self.rendered.emit("analysed" if video is not None else "pending")

        self.run(analysis.contact_sheet, entry.media, video, self._safe_settings(), analysis.CONTACT_SHEET_FRAMES,
                 self.viewing_policy, on_result=sheet, priority=VIEW_PRIORITY)
        self._show_video_frame(frame)

    def _show_video_frame(self, index: int) -> None:
        entry = self.current
        if entry is None or entry.media is None or entry.media.kind != "video" or self.withheld.hides(entry):
            return
        generation = self.render_generation
        video = entry.analysis.video if entry.analysed else None

        def shown(rendering: analysis.Rendering) -> None:
            if generation == self.render_generation and entry is self.current:
                self.video_panel.show_frame(index, rendering)

        self.run(analysis.video_frame, entry.media, index, video, self._safe_settings(), self.viewing_policy,
                 on_result=shown, priority=VIEW_PRIORITY)

    # ================================================================================ reveal
    # The reveal controller (ui/reveal_controller.py) owns the reveal state, its timer and its records.
    def request_reveal(self, target) -> None:
        """A reveal asked for: a click on region ``target`` (an index) of the open image, or the reveal bar's
        SOFTER / CLEAR (see RevealController.request)."""
        self.reveals.request(target)

    reveal_state = property(lambda self: self.reveals.state)
    reveal_timer = property(lambda self: self.reveals.timer)
    reveal_confirmation = property(lambda self: self.reveals.confirmation)

    def drop_renderings(self) -> None:
        """Forget renderings in flight (one may show a region no longer revealed) and paint the open media again."""
        self.render_generation += 1
        if not self.media_hidden:
            self.render_current()

    # ================================================================================ panic, grayscale, settings
    def hide_all_media(self) -> None:
        """Panic: replace every image, thumbnail and frame with a neutral panel until asked to show again."""
        self.media_hidden = True
        self.reveals.end()
        self.withheld.end(self.current)
        self.central.setCurrentWidget(self.hidden_panel)
        # Nothing stays behind the panel: renderings in flight are dropped, the pictures cleared and the
        # decoded pixels wiped (reviewer/ui/lock.py), so "show again" paints afresh from the blurred state.
        self.lock.drop_pixels()
        self.update_actions()
        self.show_again_button.setFocus()

    def show_media_again(self) -> None:
        if self.lock.locked:
            self.lock.ask_unlock()  # locked: the passphrase first
            return
        self.media_hidden = False
        self.central.setCurrentIndex(0)
        if self.current is not None:
            self._open_entry(self.current)  # same entry: painted again, safe, at the current reveal state
        self._heatmap_chosen(self.heatmap_panel.list.currentItem().data(Qt.ItemDataRole.UserRole)
                             if self.heatmap_panel.list.currentItem() else None)
        self.update_actions()

    def set_grayscale(self, on: bool) -> None:
        self.grayscale = bool(on)
        self.act_grayscale.setChecked(self.grayscale)
        self.render_current()
        if self.current is not None and self.current.media is not None and self.current.media.kind == "video":
            self._open_video(self.current, keep_frame=True)

    def ask_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        self.settings_dialog = dialog
        self.open_dialog(dialog)

    def apply_settings(self, settings: UiSettings) -> None:
        """Store ``settings`` for later runs and apply what can change now."""
        threshold_changed = settings.detector_threshold != self.settings.detector_threshold
        save_settings(settings)
        self.settings = settings
        self.grayscale = settings.grayscale
        self.act_grayscale.setChecked(self.grayscale)
        self.reveals.end()
        self.reveals.new_state(self.reveals.regions)
        self.lock.set_minutes(settings.auto_lock_minutes)
        if threshold_changed:
            self.detector = analysis.SharedDetector(settings.detector_threshold)
            if self.analysis_blocked:
                self.detector.block(SelftestFailed)
            self._warm_up_detector()
        self.render_current()
        # A new language applies now: the window is built again around the same session (ADR 0011).
        language_switch.switch_language(self, language_switch.effective_language(settings.language))

    # ================================================================================ review, seal, verify
    def _seal_shortcut(self) -> None:
        self.review_form._seal()

    # The review controller (ui/review_controller.py) seals, shows the history and verifies the case.
    def seal(self, values: dict) -> None:
        self.review.seal(values)

    def _load_history(self) -> None:
        self.review.load_history()

    def verify_case(self) -> None:
        self.review.verify_case()

    verifier = property(lambda self: self.review.verifier)
    case_check = property(lambda self: self.review.case_check)
    case_token = property(lambda self: self._case_token, doc="Changes at each case opening: late answers compare it.")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._docks_sized:  # docks take their size hints until the window has a size of its own
            self._docks_sized = True
            # Every tab title stays in view (scroll arrows hid "History", French titles are longer). Measured
            # once shown, when the application's style sheet has set the tabs' padding.
            frame = self.tabs.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, self.tabs)
            self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 2 * frame + 4)
            side = max(360, min(460, self.width() // 3))
            self.resizeDocks([self.cases_dock, self.panels_dock], [220, side], Qt.Orientation.Horizontal)

    # ================================================================================ exhibits
    # The exhibit controller (ui/exhibit_controller.py) owns the export; these keep the window's entry points.
    def ask_export(self) -> None:
        self.exhibits.ask_export()

    def export_case(self, path: str, *, lang: str, recipient: str, include_originals: bool) -> None:
        self.exhibits.export_case(path, lang=lang, recipient=recipient, include_originals=include_originals)

    def ask_verify_exhibit(self) -> None:
        self.exhibits.ask_verify_exhibit()

    def verify_exhibit(self, path: str) -> None:
        self.exhibits.verify_exhibit(path)

    export_result_box = property(lambda self: self.exhibits.export_result_box)
    export_progress = property(lambda self: self.exhibits.export_progress)
    export_dialog = property(lambda self: self.exhibits.export_dialog)
    originals_confirmation = property(lambda self: self.exhibits.originals_confirmation)
    verification_dialog = property(lambda self: self.exhibits.verification_dialog)

    # ================================================================================ closing
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.reveals.end()
        self.withheld.end(self.current)
        if self.batch is not None:
            self.batch.cancel()
        self.runner.shutdown(60_000)  # vault writes finish; nothing is half-written
        super().closeEvent(event)


def _plain_tooltip(text: str) -> str:
    """``text`` (which may hold a file name) as a tooltip shown literally: Qt guesses whether a tooltip is
    rich text, so a name such as ``<img src=x>.png`` would otherwise be read as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
