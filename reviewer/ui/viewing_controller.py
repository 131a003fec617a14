"""The viewing controller: the media on screen, its safe renderings, heatmaps, comparison and video frames.

It owns what is open (``current``, its decode ``current_view``) and ``render_generation``, the counter that
drops any rendering arriving after the reviewer moved on (so a stale, e.g. revealed, picture is never
painted), and the memory rules of viewing (``KeepRecent``: coloured overlays of the last ``OVERLAYS_KEPT``
photos, bytes of the last ``MEDIA_KEPT`` media). Every pixel it shows is a worker's ``render_safe`` output
(ui/analysis.py); it paints nothing itself.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QGuiApplication

from reviewer.casework import KeepRecent
from reviewer.detect.same_photo import comparison_answer, same_photo_sentence
from reviewer.errors import ReviewerError
from reviewer.ui import analysis, file_dialogs, formats, vault_steps as steps
from reviewer.ui.media_grid import KEY_ROLE, MediaEntry

VIEW_PRIORITY = 10  # renderings of the open media jump the queue of thumbnails and background detection
OVERLAYS_KEPT = 4  # photos whose coloured heatmap overlays stay in memory (see ViewingController._keep_overlays)
MEDIA_KEPT = 16  # analysed media whose bytes stay in memory (see ViewingController.keep_media)


class ViewingController(QObject):
    def __init__(self, window) -> None:
        """``window``: the MainWindow (its grid, viewer, video panel, panels, runner and signals)."""
        super().__init__(window)
        self.window = window
        self.current: MediaEntry | None = None
        self.current_view: analysis.View | None = None
        self.render_generation = 0
        self.extra_overlays: dict[str, analysis.HeatmapView] = {}  # comparison maps of the open media
        is_current = lambda entry: entry is self.current  # noqa: E731 - the media on screen is never let go
        self._overlays_kept: KeepRecent[int, MediaEntry] = KeepRecent(OVERLAYS_KEPT, self._let_overlays_go, is_current)
        self._media_kept: KeepRecent[int, MediaEntry] = KeepRecent(MEDIA_KEPT, self._let_media_go, is_current)

    def case_closed(self) -> None:
        """Another case opens: nothing of this one is kept for later."""
        self._overlays_kept.clear()
        self._media_kept.clear()

    # ------------------------------------------------------------------------ choosing the media
    def grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        entry = self.window.cases.entry(key) if key is not None else None
        if entry is not self.current:
            self.open_entry(entry)

    def step_media(self, delta: int) -> None:
        """Open the next (``delta`` 1) or previous (-1) media shown in the grid."""
        grid = self.window.grid
        model = grid.model()
        row = grid.currentIndex().row() + delta
        while 0 <= row < model.rowCount() and grid.isRowHidden(row):
            row += delta  # a copy shown through its group's representative
        if 0 <= row < model.rowCount():
            grid.setCurrentIndex(model.index(row, 0))

    def select_media(self, row: int) -> None:
        """Select the media at ``row`` of the grid (as a click would); selecting the open one shows it again."""
        grid = self.window.grid
        index = grid.model().index(row, 0)
        if grid.currentIndex() == index:
            self.open_entry(self.window.cases.entry(index.data(KEY_ROLE)))
        else:
            grid.setCurrentIndex(index)

    def close_media(self) -> None:
        """Close the open media: its reveals end (recorded), its panels empty, renderings in flight dropped."""
        window = self.window
        window.reveals.end()  # recorded against the media being closed, before `current` changes
        window.withheld.end(self.current)
        window.reveals.new_state()
        window.comparison_view.forget()  # the side-by-side pictures belong to the media being closed
        self.current = None
        self.current_view = None
        self.extra_overlays = {}
        self.render_generation += 1
        window.viewer.clear()
        window.reveal_bar.set_available(False)
        window.video_panel.clear()
        window.detections_panel.show_nothing()
        window.heatmap_panel.show_heatmaps([])
        window.provenance_panel.show_media(None)
        window.comparison_panel.show_nothing()
        window.history_panel.show_records([])
        window.review_form.reset()

    def open_entry(self, entry: MediaEntry | None) -> None:
        """Show ``entry`` (None: nothing) as it may be shown now; the same entry is painted again."""
        window = self.window
        if entry is not self.current:
            self.close_media()
        self.current = entry
        window.update_actions()
        if entry is None:
            return
        if window.withheld.hides(entry):
            self._show_withheld(entry)
            return
        cases = window.cases
        if entry.media is None and entry.released and entry.media_id and not entry.failed:
            cases.read_back(entry)
        elif cases.queued(entry):
            cases.pump_reads()  # opened before its turn: it goes first
        if entry.media is None:
            waiting = self.tr("{name} is being read from the vault…") if entry.reading else self.tr("{name} is being added…")
            window.show_placeholder(entry.failed or waiting.format(name=entry.name))
            return
        window.provenance_panel.show_media(entry.media)
        if entry.media.kind == "video":
            self._open_video(entry)
        else:
            self._open_image(entry)
        if entry.analysed:
            self.analysis_arrived(entry)
        elif entry.failed:
            window.detections_panel.show_failed(entry.failed)
        else:
            window.detections_panel.show_pending()
        if entry.media_id:
            window.review.load_history()
        if entry.analysed:
            self.keep_media(entry)

    def show_media(self, entry: MediaEntry) -> None:
        """Show ``entry`` again as it may be shown now (after a seal withheld it, or a look was confirmed)."""
        if entry is self.current and not self.window.media_hidden:
            self.open_entry(entry)

    def _show_withheld(self, entry: MediaEntry) -> None:
        """A media sealed suspected minor: its placeholder (hashes, decision, the look if allowed); nothing of
        its pixels stays in the viewer or the video panel."""
        window = self.window
        window.reveals.end()
        self.render_generation += 1
        window.viewer.clear()
        window.video_panel.clear()
        window.withheld.show(entry)
        window.media_stack.setCurrentWidget(window.withheld.page)
        if entry.media_id:
            window.review.load_history()

    # ------------------------------------------------------------------------ images
    def screen_side(self) -> int:
        """The longest side of the screen in device pixels (the first decode need not be larger), 1280 to 4096."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return 1920
        size = screen.size() * screen.devicePixelRatio()
        return int(min(4096, max(1280, size.width(), size.height())))

    def _open_image(self, entry: MediaEntry) -> None:
        window = self.window
        window.media_stack.setCurrentWidget(window.viewer_page)
        generation = self.render_generation
        regions = entry.analysis.regions if entry.analysed else None
        window.run(analysis.first_safe_rendering, entry.media, self.screen_side(), window.safe_settings(), regions,
                   window.viewing_policy,
                   on_result=lambda rendering: self._show_rendering(generation, entry, rendering, first=True),
                   priority=VIEW_PRIORITY)

    def _show_rendering(self, generation: int, entry: MediaEntry, rendering: analysis.Rendering,
                        first: bool = False) -> None:
        window = self.window
        if generation != self.render_generation or entry is not self.current or window.withheld.hides(entry):
            return  # the reviewer moved on, or the media is withheld; never paint a stale image
        if window.media_hidden or not rendering.revealed <= frozenset(window.reveals.revealed):
            return  # backstop: never paint a region that is no longer revealed
        if first or self.current_view is None or rendering.view.rgb.shape[1] >= self.current_view.rgb.shape[1]:
            self.current_view = rendering.view
        viewer = window.viewer
        keep = not first and viewer.full_size == rendering.view.full_size
        viewer.set_image(rendering.rgb, rendering.view.full_size, keep_view=keep)
        if rendering.analysed:
            regions = entry.analysis.regions
            viewer.set_regions([(r.x0, r.y0, r.x1, r.y1) for r in regions],
                               [window.detections_panel.group_name(r.group) for r in regions])
            viewer.set_boxes_visible(window.act_boxes.isChecked())
        else:
            viewer.set_regions([])
        viewer.set_uncovered(rendering.revealed)  # outlined while uncovered
        window.reveal_bar.set_available(rendering.analysed)
        viewer.viewport().update()
        window.rendered.emit("analysed" if rendering.analysed else "pending")
        if not rendering.analysed and entry.analysed:
            self.render_current()  # the analysis arrived while this whole-blurred rendering was on its way

    def render_current(self) -> None:
        """Render the open image again (after detection, a reveal, a setting) at the loaded resolution."""
        window = self.window
        entry, view = self.current, self.current_view
        if entry is None or view is None or entry.media is None or entry.media.kind != "image":
            return
        self.render_generation += 1
        generation = self.render_generation
        regions = entry.analysis.regions if entry.analysed else None
        window.run(analysis.render_view, view, regions, window.safe_settings(), window.reveals.revealed,
                   window.viewing_policy,
                   on_result=lambda rendering: self._show_rendering(generation, entry, rendering),
                   priority=VIEW_PRIORITY)

    def drop_renderings(self) -> None:
        """Forget renderings in flight (one may show a region no longer revealed) and paint the open media again."""
        self.render_generation += 1
        if not self.window.media_hidden:
            self.render_current()

    def load_full_resolution(self) -> None:
        """Zoomed past the first decode's resolution: decode the open image whole, then render it again."""
        entry = self.current
        if entry is None or entry.media is None or entry.media.kind != "image":
            return

        def loaded(view: analysis.View) -> None:
            if entry is self.current:
                self.current_view = view
                self.render_current()

        self.window.run(analysis.decode_view, entry.media, None, on_result=loaded)

    def analysis_arrived(self, entry: MediaEntry) -> None:
        """The regions of the open ``entry`` are known: show them, render again, load its heatmaps."""
        window = self.window
        if window.withheld.hides(entry):
            return
        if entry.media.kind == "video":
            video = entry.analysis.video
            window.detections_panel.show_regions(video.regions_at(window.video_panel.slider.value()) if video else ())
            self._open_video(entry, keep_frame=True)
            return
        window.detections_panel.show_regions(entry.analysis.regions)
        if entry.analysis.regions != window.reveals.regions:  # region indices changed meaning
            window.reveals.end()
            window.reveals.new_state(entry.analysis.regions)
        self.render_current()
        self._load_heatmaps(entry)

    # ------------------------------------------------------------------------ memory
    def keep_media(self, entry: MediaEntry) -> None:
        """Keep the bytes of the media analysed or opened last; let older ones go (read back when opened).

        A case of a few hundred phone photos would otherwise hold every file in memory (3-5 MB each, plus
        the reduced decode kept for PDQ). Only media already in the vault and analysed are let go, never
        the one on screen; what they showed (regions, heatmap maps, thumbnail) stays.
        """
        if self.window.cases.holds(entry):
            self._media_kept.limit = MEDIA_KEPT
            self._media_kept.touch(entry.key, entry)

    @staticmethod
    def _let_media_go(old: MediaEntry) -> bool:
        if old.media is None or not old.media_id or not old.analysed or old.heatmaps_pending:
            return False
        old.media, old.released = None, True
        return True

    def _keep_overlays(self, entry: MediaEntry) -> None:
        """Keep the coloured overlays of the photos seen last; let older ones go (keeping their 8-bit maps).

        A large photo's five overlays take 16 MB: kept for every photo seen, a reviewer going through a
        case of a few hundred photos would fill a laptop's memory. Seen again, a photo's overlays are
        rebuilt from its maps in a fraction of a second (``_rebuild_overlays``). Not the photo on screen:
        other photos' heatmaps finishing must not take its overlays."""
        if self.window.cases.holds(entry):
            self._overlays_kept.limit = OVERLAYS_KEPT
            self._overlays_kept.touch(entry.key, entry)

    @staticmethod
    def _let_overlays_go(old: MediaEntry) -> bool:
        if old.heatmaps:
            old.heatmaps = [replace(h, rgba=None) for h in old.heatmaps]
        return True

    # ------------------------------------------------------------------------ heatmaps
    def _load_heatmaps(self, entry: MediaEntry) -> None:
        window = self.window
        if entry.heatmaps is not None and any(h.rgba is None for h in entry.heatmaps):
            self._rebuild_overlays(entry)
            return
        if entry.heatmaps is not None:
            self._keep_overlays(entry)
            window.heatmap_panel.show_heatmaps(entry.heatmaps)
            window.heatmapsShown.emit()
            return
        window.heatmap_panel.show_pending()
        if entry.heatmaps_pending:
            return  # already being computed; shown when done
        entry.heatmaps_pending = True
        case_id = window.cases.case_id

        def computed(heatmaps: list) -> None:
            self._heatmaps_ready(entry, heatmaps)
            if heatmaps and entry.media_id and case_id == window.cases.case_id:
                # The case layer asks the vault whether maps of this version are recorded: never twice.
                window.run(steps.record_heatmaps, window.service, case_id, entry.media_id, heatmaps, vault=True,
                           on_result=lambda made: made is not None and window.recordAppended.emit("analysis.run"))

        def failed(error: ReviewerError) -> None:
            entry.heatmaps_pending = False
            entry.heatmaps = []
            if entry is self.current:
                window.heatmap_panel.show_heatmaps([])
            window.show_error(error)

        def compute() -> None:
            window.run(analysis.compute_heatmaps, entry.media, entry.analysis.detections, on_result=computed,
                       on_error=failed)

        def recorded(maps: list | None) -> None:
            if not window.cases.holds(entry):
                return
            if not maps or entry.media is None:
                compute()
                return
            # Recorded maps of the current version: overlays built from them, nothing computed again.
            window.run(analysis.overlays_from_pngs, maps, entry.analysis.regions, (entry.media.width, entry.media.height),
                       on_result=lambda views: self._heatmaps_ready(entry, views), on_error=failed)

        if entry.media_id is None or case_id is None:
            compute()
            return
        window.run(steps.recorded_heatmaps, window.service, case_id, entry.media_id, vault=True, on_result=recorded,
                   on_error=lambda error: (window.show_error(error), compute()))

    def _rebuild_overlays(self, entry: MediaEntry) -> None:
        window = self.window
        window.heatmap_panel.show_pending()
        if entry.heatmaps_pending:
            return
        entry.heatmaps_pending = True

        def failed(error: ReviewerError) -> None:
            entry.heatmaps_pending = False
            window.show_error(error)

        window.run(analysis.overlays_from_pngs, entry.heatmaps, entry.analysis.regions,
                   (entry.media.width, entry.media.height),
                   on_result=lambda heatmaps: self._heatmaps_ready(entry, heatmaps), on_error=failed)

    def _heatmaps_ready(self, entry: MediaEntry, heatmaps: list) -> None:
        """Heatmaps computed, or overlays rebuilt, for ``entry``: keep them and show them if it is on screen."""
        entry.heatmaps = heatmaps
        entry.heatmaps_pending = False
        self._keep_overlays(entry)
        if entry is self.current:
            self.window.heatmap_panel.show_heatmaps(heatmaps)
            self.window.heatmapsShown.emit()

    def heatmap_chosen(self, heatmap_id: str | None) -> None:
        """Overlay the heatmap ``heatmap_id`` (None: none) on the open image, once its regions are known."""
        window = self.window
        entry = self.current
        if entry is None or not entry.analysed or window.media_hidden:
            window.viewer.set_heatmap(None)  # no overlay until the sensitive regions are known
            return
        heatmaps = {h.id: h for h in (entry.heatmaps or [])}
        heatmaps.update(self.extra_overlays)
        heatmap = heatmaps.get(heatmap_id) if heatmap_id else None
        if heatmap is not None and heatmap.rgba is None and entry.media is not None:
            self._rebuild_overlays(entry)  # let go earlier (the photo on screen never is): shown once rebuilt
        window.viewer.set_heatmap(heatmap.rgba if heatmap is not None else None)

    # ------------------------------------------------------------------------ comparison
    def ask_compare(self) -> None:
        window = self.window
        if not window.act_compare.isEnabled():
            return
        path = file_dialogs.choose_file(window, self.tr("The original photo"),
                                        self.tr("Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"))
        if path:
            self.compare_with(path)

    def compare_with(self, path: str) -> None:
        """Compare the open image with the original photo at ``path``; record the result in the vault."""
        window = self.window
        entry = self.current
        if entry is None or entry.media is None:
            return
        window.comparison_panel.show_pending()
        case_id = window.cases.case_id

        def compared(result: tuple) -> None:
            original, comparison, overlays = result
            if entry is not self.current:
                return
            window.comparison_panel.show_result(self._comparison_lines(original, comparison))
            self.extra_overlays = {overlay.id: overlay for overlay in overlays}
            for overlay in overlays:
                window.heatmap_panel.add_heatmap(overlay)
            window.comparisonShown.emit()
            window.comparison_view.compared(entry, original, comparison, self._comparison_lines(original, comparison))
            if entry.media_id:
                window.run(steps.record_comparison, window.service, case_id, entry.media_id, original, comparison,
                           vault=True, on_result=lambda _r: window.recordAppended.emit("analysis.run"))

        def failed(error: ReviewerError) -> None:
            window.comparison_panel.show_error(error.message)
            window.show_error(error)
            if entry is self.current:
                window.comparison_view.refused(entry, Path(path), error)  # "probably not the same photo", side by side

        window.run(analysis.compare_files, entry.media, Path(path),
                   entry.analysis.detections if entry.analysis else None, on_result=compared, on_error=failed)

    def _comparison_lines(self, original, comparison) -> list[str]:
        lines = [
            same_photo_sentence(comparison_answer(comparison)),  # "the same photo?" in one sentence
            comparison.conclusion(),  # what changed and where, in plain words (reviewer.detect.compare)
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

    # ------------------------------------------------------------------------ video
    def _open_video(self, entry: MediaEntry, keep_frame: bool = False) -> None:
        window = self.window
        if window.withheld.hides(entry):
            return
        panel = window.video_panel
        window.media_stack.setCurrentWidget(panel)
        frame = panel.slider.value() if keep_frame else 0
        if not keep_frame:
            panel.set_video(entry.media.frame_count, entry.media.fps or 0.0)
        generation = self.render_generation
        video = entry.analysis.video if entry.analysed else None

        def sheet(frames: list) -> None:
            if generation == self.render_generation and entry is self.current:
                panel.show_sheet(frames)
                window.rendered.emit("analysed" if video is not None else "pending")

        window.run(analysis.contact_sheet, entry.media, video, window.safe_settings(), analysis.CONTACT_SHEET_FRAMES,
                   window.viewing_policy, on_result=sheet, priority=VIEW_PRIORITY)
        self.show_video_frame(frame)

    def reopen_video(self) -> None:
        """Paint the open video's sheet and frame again (a setting such as grayscale changed)."""
        entry = self.current
        if entry is not None and entry.media is not None and entry.media.kind == "video":
            self._open_video(entry, keep_frame=True)

    def show_video_frame(self, index: int) -> None:
        """Show frame ``index`` of the open video, blurred where its tracked regions are."""
        window = self.window
        entry = self.current
        if entry is None or entry.media is None or entry.media.kind != "video" or window.withheld.hides(entry):
            return
        generation = self.render_generation
        video = entry.analysis.video if entry.analysed else None

        def shown(rendering: analysis.Rendering) -> None:
            if generation == self.render_generation and entry is self.current:
                window.video_panel.show_frame(index, rendering)

        window.run(analysis.video_frame, entry.media, index, video, window.safe_settings(), window.viewing_policy,
                   on_result=shown, priority=VIEW_PRIORITY)
