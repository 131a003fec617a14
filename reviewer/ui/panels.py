"""Side panels: detections, forensic heatmaps, provenance, reference comparison, history.

Each panel only displays what it is given (``show_*`` methods) and emits signals for what the user
asks; the window does the work in workers.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.detect.cues import cue_texts
from reviewer.i18n import translate
from reviewer.ui import formats
from reviewer.ui.elided_label import ElidedLabel, plain_tooltip
from reviewer.ui.imaging import legend_rgb, pixmap_from_rgb
from reviewer.ui.plain_result import PlainResult


def score_level(score: float) -> str:
    """'low', 'medium' or 'high' for a model score (never a verdict; the number goes in the tooltip)."""
    if score >= 0.7:
        return "high"
    if score >= 0.4:
        return "medium"
    return "low"


def _wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # some show file names: never read them as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetectionsPanel(QWidget):
    """Regions grouped by kind (exposed, covered, face, other); scores as low/medium/high."""

    revealRequested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Detections"))
        self.status = _wrapping_label()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Detected regions"))
        self.tree.setHeaderLabels([self.tr("Region"), self.tr("Score")])
        self.tree.itemActivated.connect(self._activated)
        self.reveal_button = QPushButton(self.tr("Reveal selected region"))
        self.reveal_button.setToolTip(self.tr("Show the selected region unblurred for a few seconds (Enter)"))
        self.reveal_button.clicked.connect(self._reveal_selected)
        self._reveal_tooltip = self.reveal_button.toolTip()
        self._refused = ""  # why no reveal is offered now (``refuse``), "" when they are
        note = _wrapping_label(self.tr(
            "Scores come from an automatic detector. They are hints, never a verdict: the detector "
            "makes mistakes (faces are often mislabelled, back views missed)."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        for widget in (self.status, self.tree, self.reveal_button, note):
            layout.addWidget(widget)
        self.show_nothing()

    def group_name(self, group: str) -> str:
        return {
            "exposed": self.tr("Exposed body parts"),
            "covered": self.tr("Covered body parts"),
            "face": self.tr("Faces"),
            "other": self.tr("Other"),
        }.get(group, group)

    def part_name(self, region: Any) -> str:
        """The body part, without the model's gender guess (often wrong: it is not shown)."""
        if region.group == "face":
            return self.tr("Face")
        part = region.label.upper()
        for affix in ("FEMALE_", "MALE_", "_EXPOSED", "_COVERED"):
            part = part.replace(affix, "")
        return {
            "BREAST": self.tr("Breast"), "GENITALIA": self.tr("Genitals"), "BUTTOCKS": self.tr("Buttocks"),
            "ANUS": self.tr("Anus"), "FEET": self.tr("Feet"), "BELLY": self.tr("Belly"),
            "ARMPITS": self.tr("Armpits"),
        }.get(part, region.label.replace("_", " ").lower())

    def level_name(self, level: str) -> str:
        return {"low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high")}[level]

    def show_nothing(self) -> None:
        self.tree.clear()
        self.status.setText(self.tr("Select an image or a video to see what the detector found."))
        self.reveal_button.setEnabled(False)

    def show_pending(self) -> None:
        self.tree.clear()
        self.status.setText(self.tr("Analysis in progress. The whole image stays blurred until it is done."))
        self.reveal_button.setEnabled(False)

    def show_failed(self, message: str) -> None:
        self.tree.clear()
        self.status.setText(self.tr("The analysis failed: {message} The image stays blurred.").format(message=message))
        self.reveal_button.setEnabled(False)

    def show_regions(self, regions: Sequence[Any]) -> None:
        self.tree.clear()
        if not regions:
            self.status.setText(self.tr("No sensitive region was detected. This does not prove there is none."))
            self.reveal_button.setEnabled(False)
            return
        self.status.setText(self.tr("{count} region(s) detected and blurred.").format(count=len(regions)))
        groups: dict[str, QTreeWidgetItem] = {}
        for index, region in enumerate(regions):
            parent = groups.get(region.group)
            if parent is None:
                parent = QTreeWidgetItem([self.group_name(region.group), ""])
                parent.setToolTip(0, self.group_name(region.group))
                groups[region.group] = parent
                self.tree.addTopLevelItem(parent)
            level = score_level(region.score)
            item = QTreeWidgetItem([self.part_name(region), self.level_name(level)])
            # Each tooltip starts with the item's own text: a narrow panel elides it, the tooltip shows it whole.
            item.setToolTip(0, self.part_name(region) + "\n" + self.tr("Model label: {label}").format(label=region.label))
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(1, self.level_name(level) + "\n" + self.tr("Model score: {score} (a hint, not a verdict)").format(
                score=formats.number(region.score, 2)))
            parent.addChild(item)
        self.tree.expandAll()
        self.reveal_button.setEnabled(not self._refused)

    def refuse(self, reason: str) -> None:
        """Offer no reveal while ``reason`` is not empty (a look that could not be recorded: a restored backup,
        ``casework.vault_writes``), with ``reason`` as the button's tooltip; the regions stay listed."""
        if reason == self._refused:
            return
        self._refused = reason
        self.reveal_button.setToolTip(reason or self._reveal_tooltip)
        if reason:
            self.reveal_button.setEnabled(False)
        else:
            self.reveal_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def _activated(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self.revealRequested.emit(int(index))

    def _reveal_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._activated(item)


class HeatmapPanel(QWidget):
    """The forensic heatmaps of the open image: one shown at a time, with explanation, limits and measured
    reliability. Maps that did not find edits reliably when measured (reviewer.detect.cues) are "expert"
    maps, listed only when the reviewer ticks "Show expert maps"."""

    heatmapChosen = Signal(object)  # heatmap id, or None for no overlay
    opacityChanged = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Forensic heatmaps"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Heatmaps"))
        self.list.currentItemChanged.connect(self._changed)
        self.expert = QCheckBox(self.tr("Show expert maps (not reliable on edits like these)"))
        self.expert.setChecked(False)
        self.expert.toggled.connect(self._expert_toggled)
        self.explanation = _wrapping_label()
        self.limits = _wrapping_label()
        self.limits.setObjectName("hint")
        self.measured = _wrapping_label()
        self.measured.setObjectName("hint")
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(60)
        self.opacity.setAccessibleName(self.tr("Heatmap opacity"))
        self.opacity.valueChanged.connect(lambda value: self.opacityChanged.emit(value / 100))
        legend = QLabel()
        legend.setPixmap(pixmap_from_rgb(legend_rgb()))
        legend.setAccessibleName(self.tr("Colour legend"))
        legend_row = QHBoxLayout()
        legend_row.addWidget(QLabel(self.tr("weak")))
        legend_row.addWidget(legend)
        legend_row.addWidget(QLabel(self.tr("strong")))
        legend_row.addStretch(1)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(QLabel(self.tr("Opacity")))
        opacity_row.addWidget(self.opacity)
        note = _wrapping_label(self.tr(
            "Heatmaps show inconsistency cues, never proof. Bright areas deserve a closer look; "
            "dark areas prove nothing."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.expert)
        layout.addLayout(opacity_row)
        layout.addLayout(legend_row)
        layout.addWidget(self.explanation)
        layout.addWidget(self.limits)
        layout.addWidget(self.measured)
        layout.addWidget(note)
        layout.addStretch(1)
        self._heatmaps: dict[str, Any] = {}
        self.show_heatmaps([])

    def show_pending(self) -> None:
        self.show_heatmaps([])
        self.explanation.setText(self.tr("Computing the heatmaps…"))

    def show_heatmaps(self, heatmaps: Sequence[Any]) -> None:
        """``heatmaps``: objects with id and params (their texts come from reviewer.detect.cues)."""
        self._heatmaps = {h.id: h for h in heatmaps}
        self._fill(None)
        self.explanation.setText("" if heatmaps else self.tr("No heatmap for this media."))

    def add_heatmap(self, heatmap: Any) -> None:
        """Add one more overlay (e.g. the change map of a comparison) and select it."""
        self._heatmaps[heatmap.id] = heatmap
        self._fill(heatmap.id)

    def select(self, heatmap_id: str | None) -> None:
        """Select ``heatmap_id`` (None: no overlay); an expert map turns the expert list on first."""
        if heatmap_id is not None and not self._listed(heatmap_id) and heatmap_id in self._heatmaps:
            self.expert.setChecked(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == heatmap_id:
                self.list.setCurrentRow(row)
                return

    def ids(self) -> list[str]:
        return list(self._heatmaps)

    def _texts(self, heatmap: Any) -> dict:
        return cue_texts(heatmap.id, getattr(heatmap, "params", None))

    def _listed(self, heatmap_id: str) -> bool:
        return any(self.list.item(row).data(Qt.ItemDataRole.UserRole) == heatmap_id for row in range(self.list.count()))

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill(self, selected: str | None) -> None:
        """List "No overlay", the default maps, then (when asked) the expert maps; select ``selected``."""
        self.list.blockSignals(True)
        self.list.clear()
        none_item = QListWidgetItem(self.tr("No overlay"))
        none_item.setData(Qt.ItemDataRole.UserRole, None)
        self.list.addItem(none_item)
        texts = {heatmap_id: self._texts(h) for heatmap_id, h in self._heatmaps.items()}
        ordered = [i for i in self._heatmaps if texts[i]["tier"] == "default"]
        if self.expert.isChecked():
            ordered += [i for i in self._heatmaps if texts[i]["tier"] != "default"]
        for heatmap_id in ordered:
            name = texts[heatmap_id]["name"]
            if texts[heatmap_id]["tier"] != "default":
                name = self.tr("{name} (expert)").format(name=name)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, heatmap_id)
            item.setToolTip(texts[heatmap_id]["meaning"])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        if selected is not None and selected in ordered:
            self.select(selected)
        else:
            self._describe(None)

    def _expert_toggled(self, _on: bool) -> None:
        shown = self._current_id()
        self._fill(shown)
        if shown is not None and self._current_id() is None:  # an expert map on screen was just hidden
            self.heatmapChosen.emit(None)

    def _changed(self, current: QListWidgetItem | None, _previous=None) -> None:
        heatmap_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._describe(heatmap_id)
        self.heatmapChosen.emit(heatmap_id)

    def _describe(self, heatmap_id: str | None) -> None:
        heatmap = self._heatmaps.get(heatmap_id) if heatmap_id else None
        texts = self._texts(heatmap) if heatmap is not None else None
        # reviewer.detect.cues holds these texts and translates them into the installed language.
        self.explanation.setText(texts["meaning"] if texts else "")
        self.limits.setText(self.tr("Limits: {limits}").format(limits=texts["limits"]) if texts else "")
        self.measured.setText("\n".join(t for t in (texts["measured"], texts["note"]) if t) if texts else "")


class ProvenancePanel(QWidget):
    """Provenance signals (C2PA, IPTC source type, generator metadata) with meaning and limits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Provenance"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Provenance signals"))
        self.tree.setHeaderLabels([self.tr("Signal"), self.tr("Value")])
        self.tree.setWordWrap(True)
        self.hashes = ElidedLabel()  # SHA-256 and long names: elided in the middle, whole in the tooltip
        note = _wrapping_label(self.tr("Missing metadata proves nothing: most platforms remove it."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hashes)
        layout.addWidget(self.tree)
        layout.addWidget(note)

    def show_media(self, media: Any | None) -> None:
        self.tree.clear()
        if media is None:
            self.hashes.setText("")
            return
        self.hashes.setText(self.tr("{name}\n{width}×{height}, {format}\nSHA-256: {sha256}").format(
            name=media.name, width=media.width, height=media.height, format=media.format, sha256=media.sha256))
        if media.extension_note:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("File type"), translate("media", media.extension_note)]))
        for signal in media.signals:
            meaning, limits = translate("media", signal.meaning), translate("media", signal.limits)
            item = QTreeWidgetItem([signal.id, signal.value])
            for label, text in ((self.tr("Meaning"), meaning), (self.tr("Limits"), limits)):
                child = QTreeWidgetItem([label, text])
                child.setToolTip(0, label)
                child.setToolTip(1, text)
                item.addChild(child)
            # Each tooltip starts with the item's own text: a narrow panel elides it, the tooltip shows it whole.
            item.setToolTip(0, signal.id + "\n" + meaning)
            item.setToolTip(1, signal.value + "\n" + meaning)
            self.tree.addTopLevelItem(item)
        if not media.signals:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No provenance signal found"), ""]))


class ComparisonPanel(QWidget):
    """'Compare with the original photo…': the reviewer picks the victim's photo; the result is summarised."""

    compareRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison with an original"))
        intro = _wrapping_label(self.tr(
            "If the person has the original photo, compare it with this image: the areas that were "
            "changed are the strongest evidence of an edit."))
        self.button = QPushButton(self.tr("Compare with the original photo…"))
        self.button.clicked.connect(self.compareRequested)
        self.result = _wrapping_label()
        self.side_by_side = QPushButton(self.tr("See both pictures side by side"))
        self.side_by_side.setEnabled(False)  # once a comparison is made (ui/comparison_view.py)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addWidget(self.side_by_side)
        layout.addStretch(1)

    def show_pending(self) -> None:
        self.result.setText(self.tr("Comparing…"))
        self.button.setEnabled(False)

    def show_nothing(self) -> None:
        self.result.setText("")
        self.button.setEnabled(True)

    def show_result(self, lines: Sequence[str]) -> None:
        self.result.setText("\n".join(lines))
        self.button.setEnabled(True)

    def show_error(self, message: str) -> None:
        self.result.setText(message)
        self.button.setEnabled(True)


class HistoryPanel(QWidget):
    """The media's records in the vault, oldest first, and whether the vault verifies."""

    verifyRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records of this media"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Plain words first (does the case check?), the checkpoint behind "Technical details".
        self.result = PlainResult()
        self._verification: tuple[bool, str] | None = None
        self._checkpoint = ""
        self.verify_button = QPushButton(self.tr("Verify the case"))
        self.verify_button.clicked.connect(self.verifyRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.result)

    def type_name(self, record_type: str) -> str:
        return {
            "media.ingested": self.tr("Added to the case"),
            "analysis.run": self.tr("Analysed"),
            "region.revealed": self.tr("Region revealed"),
            "review.sealed": self.tr("Review sealed"),
            "review.corrected": self.tr("Review corrected"),
            "exhibit.exported": self.tr("Exported"),
            "media.purged": self.tr("Purged"),
            "case.renamed": self.tr("Case renamed"),
            "time.corrected": self.tr("Earlier dates noted as wrong (clock ahead)"),
        }.get(record_type, record_type)

    def show_records(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """``rows``: (time, record type, signer name) in log order."""
        self.list.clear()
        for time, record_type, signer in rows:
            line = self.tr("{time}  {what}  by {who}").format(
                time=formats.short_date_time(time), what=self.type_name(record_type), who=signer)
            self.list.addItem(line)
            self.list.item(self.list.count() - 1).setToolTip(plain_tooltip(line))

    def show_verification(self, ok: bool, message: str = "") -> None:
        """The case's check: ``ok``, or the plain-words ``message`` of the first thing wrong."""
        self._verification = (ok, message)
        self._show_result()

    def show_checkpoint(self, text: str) -> None:
        """The case's latest signed checkpoint, for the technical details."""
        self._checkpoint = text
        self._show_result()

    def _show_result(self) -> None:
        details = self.tr("Latest checkpoint of the case:\n{checkpoint}").format(
            checkpoint=self._checkpoint) if self._checkpoint else ""
        if self._verification is None:
            self.result.show_result("", "", details)
        elif self._verification[0]:
            self.result.show_result(self.tr("✔ The case checks: nothing in it was changed."),
                                    self.tr("Every record is signed with a reviewer's key and chained to the one "
                                            "before."), details)
        else:
            self.result.show_result(self.tr("✘ The check failed: the case's log was changed or damaged."),
                                    self.tr("{message} Call your IT contact before adding anything to this case.")
                                    .format(message=self._verification[1]), details)

