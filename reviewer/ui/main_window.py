"""The reviewer's main window: cases, a grid of safe thumbnails, the viewer, panels, review and seal.

The window arranges; it computes nothing itself. Pixels are decoded, detected and rendered in pool
workers (analysis.py); every vault call goes through the runner's single vault thread, in order.
Protective defaults hold whatever the user does: nothing is painted before it went through
``redact.render_view`` under the organisation's ViewingPolicy (the whole picture blurred by default, whatever
the detector found); a reveal is a deliberate action, confirmed per the policy,
counts down, re-blurs on a timer and is recorded; the panic action hides all media.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
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

from reviewer.errors import ReviewerError
from reviewer.ui import analysis, dialog_sizing, language_switch
from reviewer.ui.cases_controller import CasesController
from reviewer.ui.dialogs import SettingsDialog
from reviewer.ui.exhibit_controller import ExhibitController
from reviewer.ui.groups_controller import GroupsController
from reviewer.ui.ingest_controller import IngestController
from reviewer.ui.lock import LockController
from reviewer.ui.media_grid import MediaEntry, MediaGrid
from reviewer.ui.reveal_controller import RevealController
from reviewer.ui.comparison_view import ComparisonViewController
from reviewer.ui.grid_filter import GridFilterController
from reviewer.ui.removal_controller import RemovalController
from reviewer.ui.rename_controller import RenameController
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.reviewers_controller import ReviewersController
from reviewer.ui.vault_check_controller import VaultCheckController
from reviewer.ui.session_controller import SessionController
from reviewer.ui.panels import ComparisonPanel, DetectionsPanel, HeatmapPanel, HistoryPanel, ProvenancePanel
from reviewer.ui.guide_controller import GuideController
from reviewer.ui.review_badge import ReviewBadgeDelegate
from reviewer.ui.review_form import ReviewForm
from reviewer.ui.review_marks_controller import ReviewMarksController
from reviewer.ui.rollback_warning import RollbackWarning
from reviewer.ui.settings import UiSettings, load_settings, save_settings
from reviewer.ui.startup_check import SelftestFailed
from reviewer.ui.takedown_controller import TakedownController
from reviewer.ui.time_correction import TimeCorrectionController
from reviewer.ui.video import VideoPanel
from reviewer.ui.viewer import MediaViewer, RevealBar
from reviewer.ui.viewing_controller import ViewingController
from reviewer.ui.withheld_controller import WithheldController
from reviewer.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)


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
        dialog_sizing.install(QApplication.instance())  # dialogs as tall as their wrapped texts need
        # The session: self-test, vault, unlocked session and its case service (ui/session_controller.py).
        self.sessions = SessionController(self, selftest=selftest)
        self.vault_dir = Path(vault_dir)
        self.settings = settings or load_settings()
        self.grayscale = self.settings.grayscale
        # Leave one core to the GUI thread (and the GIL less contended): the window must never stall.
        self.runner = runner or TaskRunner(max_threads=max(1, min(4, (os.cpu_count() or 2) - 1)), parent=self)
        self.detector = analysis.SharedDetector(self.settings.detector_threshold)
        self.media_hidden = False
        self.last_problems: list[str] = []
        # One controller per concern, each owning its state (docs/adr/0012-case-layer.md, "the window as a shell").
        self.cases = CasesController(self)        # the case list, the open case, its media table and grid rows
        self.ingest = IngestController(self)      # adding files and folders, and each media's way to analysed
        self.viewing = ViewingController(self)    # the media on screen: renderings, heatmaps, comparison, video
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
        self.review_marks = ReviewMarksController(self)  # each media's review mark in the grid
        self.guide = GuideController(self)        # "What next?" after a decision or an export; Help
        self.removal = RemovalController(self)    # remove a media added by mistake (the vault's purge)
        self.renaming = RenameController(self)    # rename the open case (a sealed case.renamed record)
        self.reviewers = ReviewersController(self)  # enrol another reviewer
        self.vault_check = VaultCheckController(self)  # the whole vault verified, with progress and cancel
        self.rollback = RollbackWarning(self)     # a restored backup or a diverging copy named at each unlock
        self.comparison_view = ComparisonViewController(self)  # the comparison side by side, in one sentence
        self.takedown = TakedownController(self)  # after the review: notices, their log, hashes, complaint annex
        self.time_correction = TimeCorrectionController(self)  # a case whose last records were dated ahead
        self.exhibits.exportFinished.connect(self.exportFinished)
        self.exhibits.exhibitVerified.connect(self.exhibitVerified)
        self.labels_vocabulary = self._vocabulary()

        self.setWindowTitle(self.tr("Reviewer"))
        self.resize(1280, 820)
        self._build_widgets()
        self._build_actions()
        self.lock = LockController(self, self.settings.auto_lock_minutes)  # Lock action, auto-lock (ui/lock.py)
        self.lock.lockedChanged.connect(self.takedown.close)  # the case's notices go with the session
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
        self.case_list.currentItemChanged.connect(self.cases.case_chosen)
        self.new_case_button = QPushButton(self.tr("New case…"))
        self.new_case_button.clicked.connect(self.ask_new_case)
        cases = QWidget()
        cases_layout = QVBoxLayout(cases)
        cases_layout.addWidget(self.case_list)
        cases_layout.addWidget(self.new_case_button)
        self.cases_dock = QDockWidget(self.tr("Cases"), self)
        self.cases_dock.setObjectName("cases")
        self.cases_dock.setWidget(cases)
        self.cases_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.cases_dock)

        # Centre: grid above, viewer below; a neutral page replaces both when media are hidden.
        self.grid = MediaGrid()
        self.grid_filter = GridFilterController(self)  # sort, filter and search: the grid shows its proxy
        self.grid.setModel(self.grid_filter.proxy)
        self.grid.setItemDelegate(ReviewBadgeDelegate(self.grid))  # the review mark on each thumbnail
        self.grid.filesDropped.connect(self.add_paths)
        self.grid.viewChanged.connect(self.cases.pump_reads)  # media scrolled into view are read back
        self.grid.selectionModel().currentChanged.connect(self.viewing.grid_current_changed)
        self.viewer = MediaViewer()
        self.viewer.regionClicked.connect(self.request_reveal)
        self.viewer.fullResolutionWanted.connect(self.viewing.load_full_resolution)
        self.video_panel = VideoPanel()
        self.video_panel.frameWanted.connect(self.viewing.show_video_frame)
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
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(0)
        grid_layout.addWidget(self.grid_filter.bar)
        grid_layout.addWidget(self.grid, 1)
        splitter.addWidget(grid_page)
        splitter.addWidget(self.media_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 480])  # the grid keeps two rows of thumbnails under its sort-and-filter bar
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
        self.heatmap_panel.heatmapChosen.connect(self.viewing.heatmap_chosen)
        self.heatmap_panel.opacityChanged.connect(self.viewer.set_heatmap_opacity)
        self.viewer.set_heatmap_opacity(self.heatmap_panel.opacity.value() / 100)
        self.provenance_panel = ProvenancePanel()
        self.comparison_panel = ComparisonPanel()
        self.comparison_panel.compareRequested.connect(self.ask_compare)
        self.comparison_panel.side_by_side.clicked.connect(self.comparison_view.open)
        self.review_form = ReviewForm(self.labels_vocabulary)
        self.review_form.sealRequested.connect(self.ask_to_seal)
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
        self.show_placeholder(self.tr("Open a case on the left, then add files (drag them here, or File ▸ Add files…)."))

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
        self.act_rename_case = self._action(self.tr("Re&name the case…"), self.renaming.ask_rename, ["F2"])
        self.act_remove = self._action(self.tr("Re&move from the case…"), self.removal.ask_remove, ["Shift+Del"])
        self.act_side_by_side = self._action(self.tr("Show the comparison side &by side"), self.comparison_view.open)
        self.act_add_reviewer = self._action(self.tr("&Add a reviewer…"), self.reviewers.ask_enrol)
        self.act_revoke_reviewer = self._action(self.tr("&Remove a reviewer's access…"), self.reviewers.ask_revoke)
        self.act_verify_vault = self._action(self.tr("&Verify the whole vault…"), self.vault_check.verify)
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
        self.act_correct_times = self._action(
            self.tr("&Dates in this case were wrong…"), self.time_correction.ask,
            tip=self.tr("When a seal is refused because an earlier record is dated after this computer's clock"))
        self.act_compare = self._action(self.tr("&Compare with the original photo…"), self.ask_compare, ["Ctrl+Shift+C"])
        self.act_next = self._action(self.tr("&Next media"), lambda: self.viewing.step_media(1), ["Ctrl+Right"])
        self.act_previous = self._action(self.tr("&Previous media"), lambda: self.viewing.step_media(-1), ["Ctrl+Left"])
        self.act_about = self._action(self.tr("&About Reviewer"), self._about)
        self.act_next_steps = self._action(self.tr("&What next? Guide…"), lambda: self.guide.show_next_steps(), ["F1"])
        self.act_glossary = self._action(self.tr("&Glossary of terms…"), lambda: self.guide.show_glossary())
        self.act_after_review = self._action(
            self.tr("&After the review…"), self.takedown.open, ["Ctrl+Shift+A"],
            tip=self.tr("Notices to the platform and Pharos, fingerprints for StopNCII and the police, the complaint "
                        "annex (Ctrl+Shift+A)"))
        tab_actions = []
        for index, name in enumerate([self.tr("&Detections"), self.tr("&Heatmaps"), self.tr("&Review"),
                                      self.tr("&Provenance"), self.tr("&Original"), self.tr("Hi&story")]):
            tab_actions.append(self._action(name, lambda _=False, i=index: self.show_tab(i), [f"Alt+{index + 1}"]))

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.act_new_case, self.act_rename_case, self.act_add_files, self.act_add_folder,
                       self.act_remove, None, self.act_export,
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
        for action in (self.act_compare, self.act_side_by_side, self.act_seal, self.act_verify,
                       self.act_correct_times, None, self.act_after_review):
            review_menu.addSeparator() if action is None else review_menu.addAction(action)
        vault_menu = menu.addMenu(self.tr("Va&ult"))
        for action in (self.act_add_reviewer, self.act_revoke_reviewer, None, self.act_verify_vault):
            vault_menu.addSeparator() if action is None else vault_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        for action in (self.act_next_steps, self.act_glossary, None, self.act_about):
            help_menu.addSeparator() if action is None else help_menu.addAction(action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.act_panic)
        toolbar.addAction(self.act_grayscale)
        toolbar.addSeparator()
        toolbar.addAction(self.act_add_files)
        toolbar.addAction(self.act_fit)
        # Right-click offers what applies to the thing clicked.
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.grid.addAction(self.act_remove)
        self.case_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.case_list.addAction(self.act_rename_case)
        panic_button = toolbar.widgetForAction(self.act_panic)
        if panic_button is not None:
            panic_button.setObjectName("panic")
            panic_button.setAccessibleName(self.tr("Hide all media"))

    def update_actions(self) -> None:
        has_session = self.session is not None
        has_case = has_session and self.case_id is not None
        has_media = self.current is not None and self.current.media_id is not None
        for action in (self.act_new_case, self.act_add_reviewer, self.act_revoke_reviewer, self.act_verify_vault):
            action.setEnabled(has_session)
        for action in (self.act_add_files, self.act_add_folder):
            action.setEnabled(has_case and not self.analysis_blocked)
        self.act_verify.setEnabled(has_case)
        self.act_correct_times.setEnabled(has_case)
        self.act_after_review.setEnabled(has_case)
        self.act_export.setEnabled(has_case and not self.exhibits.busy)
        self.act_compare.setEnabled(has_media and self.current.media is not None and self.current.media.kind == "image")
        self.comparison_panel.button.setEnabled(self.act_compare.isEnabled())
        self.act_seal.setEnabled(has_media)
        self.act_remove.setEnabled(has_case and has_media)
        self.act_side_by_side.setEnabled(self.comparison_view.last is not None and not self.media_hidden)
        self.comparison_panel.side_by_side.setEnabled(self.act_side_by_side.isEnabled())
        self.act_rename_case.setEnabled(has_case)
        self.review_form.setEnabled(has_media)
        self.act_show.setEnabled(self.media_hidden)
        self.act_panic.setEnabled(not self.media_hidden)
        # A restored backup or a diverging copy takes no record: what would write is greyed, with why.
        self.rollback.grey({
            "new_case": (self.act_new_case, self.new_case_button), "add_files": (self.act_add_files, self.act_add_folder),
            "rename_case": (self.act_rename_case,), "remove": (self.act_remove,),
            "compare": (self.act_compare, self.comparison_panel.button), "seal": (self.act_seal,),
            "export": (self.act_export,), "add_reviewer": (self.act_add_reviewer,),
            "revoke_reviewer": (self.act_revoke_reviewer,), "correct_times": (self.act_correct_times,)})
        refused = self.rollback.refused
        self.review_form.refuse_sealing(refused.reason if refused is not None and refused.stops("seal") else "")
        self.reveal_bar.refuse(refused.reason if refused is not None and refused.stops("reveal") else "")
        self.detections_panel.refuse(refused.reason if refused is not None and refused.stops("reveal") else "")
        self.takedown.refuse_sealing(refused.reason if refused is not None and refused.stops("after_review") else "")

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

    def show_placeholder(self, text: str) -> None:
        """Show ``text`` (plain, it may name files) where the media would be."""
        self.placeholder.setText(text)
        self.media_stack.setCurrentWidget(self.placeholder)

    def safe_settings(self):
        """The redaction settings in force (the organisation's and the user's, grayscale as toggled)."""
        return analysis.safe_settings(self.settings, grayscale=self.grayscale)

    @property
    def viewing_policy(self):
        """The organisation's viewing rules (reviewer.ini ``[viewing]``, see ui/settings.py)."""
        return self.settings.viewing_policy()

    def show_tab(self, index: int) -> None:
        """Show the details panel's tab ``index`` (0 Detections ... 5 History) with the keyboard focus in it
        (View ▸ Panels, Alt+1 to Alt+6)."""
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
    recovery_dialog = property(lambda self: self.sessions.recovery_dialog)
    selftest_report = property(lambda self: self.sessions.selftest_report)
    selftest_box = property(lambda self: self.sessions.selftest_box)
    analysis_blocked = property(lambda self: self.sessions.analysis_blocked)
    vault_blocked = property(lambda self: self.sessions.vault_blocked)
    selftest_wanted = property(lambda self: self.sessions.selftest_wanted)

    # ================================================================================ cases, ingest, viewing
    # The cases controller (ui/cases_controller.py) owns the open case, its media table and grid rows; the ingest
    # controller (ui/ingest_controller.py) adds files; the viewing controller (ui/viewing_controller.py) shows
    # the open media. These keep the window's entry points.
    def fill_cases(self, cases: list[tuple[str, str]], select: str | None = None) -> None:
        """Show ``cases`` ((id, title)) in the case list and select ``select`` (or the open case, or the first)."""
        self.cases.fill_cases(cases, select)

    def ask_new_case(self) -> None:
        self.cases.ask_new_case()

    def create_case(self, title: str, then: Callable[[str], None] | None = None) -> None:
        """Open a new case in the vault and select it; ``then(case_id)`` runs after."""
        self.cases.create_case(title, then)

    def create_demo_case(self) -> None:
        """A case with the four neutral sample photos, analysed like any other material."""
        self.cases.create_demo_case()

    def open_case(self, case_id: str | None) -> None:
        """Show the media of ``case_id`` (read back from the vault when the case was made earlier)."""
        self.cases.open_case(case_id)

    case_id = property(lambda self: self.cases.case_id)
    case_token = property(lambda self: self.cases.case_token, doc="Changes at each case opening: late answers compare it.")
    grid_model = property(lambda self: self.cases.model)

    def withhold_thumbnail(self, entry: MediaEntry) -> None:
        self.cases.withhold_thumbnail(entry)

    def show_group(self, entry: MediaEntry, count: int, *, hidden: bool) -> None:
        self.cases.show_group(entry, count, hidden=hidden)

    def ask_add_files(self) -> None:
        self.ingest.ask_add_files()

    def ask_add_folder(self) -> None:
        self.ingest.ask_add_folder()

    def add_paths(self, paths: Sequence[str]) -> None:
        """Add files and folders to the open case (creating a case first when none is open)."""
        self.ingest.add_paths(paths)

    def cancel_batch(self) -> None:
        """Stop adding files; what was already stored in the vault stays there."""
        self.ingest.cancel_batch()

    batch = property(lambda self: self.ingest.batch)

    def select_media(self, row: int) -> None:
        """Select the media at ``row`` of the grid (as a click would); selecting the open one shows it again."""
        self.viewing.select_media(row)

    def show_media(self, entry: MediaEntry) -> None:
        """Show ``entry`` again as it may be shown now (after a seal withheld it, or a look was confirmed)."""
        self.viewing.show_media(entry)

    def render_current(self) -> None:
        """Render the open image again (after detection, a reveal, a setting) at the loaded resolution."""
        self.viewing.render_current()

    def drop_renderings(self) -> None:
        """Forget renderings in flight (one may show a region no longer revealed) and paint the open media again."""
        self.viewing.drop_renderings()

    def ask_compare(self) -> None:
        self.viewing.ask_compare()

    def compare_with(self, path: str) -> None:
        """Compare the open image with the original photo at ``path``; record the result in the vault."""
        self.viewing.compare_with(path)

    current = property(lambda self: self.viewing.current, doc="The MediaEntry on screen, or None.")

    @property
    def current_view(self):
        """The open image's decode on screen (None when none)."""
        return self.viewing.current_view

    @current_view.setter
    def current_view(self, view) -> None:
        self.viewing.current_view = view

    @property
    def render_generation(self) -> int:
        """Raised whenever renderings in flight must be dropped (see ViewingController)."""
        return self.viewing.render_generation

    @render_generation.setter
    def render_generation(self, value: int) -> None:
        self.viewing.render_generation = value


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
        self.comparison_view.forget()
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
            self.viewing.open_entry(self.current)  # same entry: painted again, safe, at the current reveal state
        self.viewing.heatmap_chosen(self.heatmap_panel.list.currentItem().data(Qt.ItemDataRole.UserRole)
                             if self.heatmap_panel.list.currentItem() else None)
        self.update_actions()

    def set_grayscale(self, on: bool) -> None:
        self.grayscale = bool(on)
        self.act_grayscale.setChecked(self.grayscale)
        self.render_current()
        self.viewing.reopen_video()

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
            self.sessions.warm_up_detector()
        self.render_current()
        # A new language applies now: the window is built again around the same session (ADR 0011).
        language_switch.switch_language(self, language_switch.effective_language(settings.language))

    # ================================================================================ review, seal, verify
    def _seal_shortcut(self) -> None:
        self.review_form.request_seal()

    # The review controller (ui/review_controller.py) seals, shows the history and verifies the case.
    def ask_to_seal(self, values: dict) -> None:
        self.review.ask_to_seal(values)  # the summary to confirm first

    def seal(self, values: dict) -> None:
        self.review.seal(values)

    def _load_history(self) -> None:
        self.review.load_history()

    def verify_case(self) -> None:
        self.review.verify_case()

    verifier = property(lambda self: self.review.verifier)
    case_check = property(lambda self: self.review.case_check)

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
        if self.ingest.batch is not None:
            self.ingest.batch.cancel()
        self.runner.shutdown(60_000)  # vault writes finish; nothing is half-written
        super().closeEvent(event)

