"""Sorting, filtering and searching the grid: a ``QSortFilterProxyModel`` over the grid's item model, the bar
above the grid where the reviewer chooses, and the controller that keeps the facts it needs.

The rule is the case layer's (``casework.media_filter``: which media pass, in which order); the proxy only asks
it for each row, with the row's name (decrypted in memory by the read model, never written anywhere), its
state and the facts read from the case's records on the vault thread (refreshed after every record appended:
a seal moves a media out of "Not reviewed" at once). Near-identical copies are always left out: their group's
representative stands for them. The proxy sorts and filters dynamically, so the order and the filter chosen
hold while new media arrive; keyboard navigation and Next/Previous follow the rows as shown. Nothing chosen
here is saved: a search holds part of a file name.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reviewer.casework.media_filter import KINDS, ORDERS, PERIODS, REVIEW_STATES, GridView, shown, sort_key
from reviewer.i18n import translate
from reviewer.ui import vault_steps as steps
from reviewer.ui.media_grid import COPY_ROLE, MEDIA_ID_ROLE, NAME_ROLE, ROW_NOT_ADDED, ROW_UNREADABLE, STATE_ROLE

REFRESH_DELAY_MS = 300  # records appended in a burst refresh the facts once


class MediaGridFilter(QSortFilterProxyModel):
    """The grid's rows as the reviewer chose to see them (``view``), from the facts given (``set_facts``).

    Each row's facts (name, stored facts, kind, problem, copy) are read from the grid model once and kept by
    source row (rows are only appended, or all cleared) until the row, the view or the facts change: sorting
    compares them n log n times, and reading them through the model's roles each time cost a second for a
    thousand media (bench/grid_filter_bench.py)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view = GridView()
        self.facts: dict = {}   # media id -> casework.media_filter.MediaFacts
        self._rows: dict[int, tuple] = {}   # source row -> (name, facts, kind, problem, copy)
        self._keys: dict[int, tuple] = {}   # source row -> its sort key under the current view
        self.setDynamicSortFilter(True)
        self.sort(-1)  # the default order ("added") is the grid model's own

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        # Connected before the proxy's own handlers, so that a changed row is read afresh when it is re-sorted.
        model.dataChanged.connect(self._rows_changed)
        model.modelAboutToBeReset.connect(self._forget)
        super().setSourceModel(model)

    def _forget(self) -> None:
        self._rows.clear()
        self._keys.clear()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._rows.pop(row, None)
            self._keys.pop(row, None)

    def set_view(self, view: GridView) -> None:
        order_changed = view.order != self.view.order
        self.view = view
        self._keys.clear()
        if order_changed:
            # The order the media were added is the grid model's own: no sorting at all (no comparison per row).
            self.sort(-1 if view.order == "added" else 0)
        self.invalidate()

    def set_facts(self, facts: dict) -> None:
        self.facts = facts
        self._forget()
        self.invalidate()

    def _row(self, source_row: int) -> tuple:
        known = self._rows.get(source_row)
        if known is None:
            model = self.sourceModel()
            index = model.index(source_row, 0)
            entry = model.entry_at(source_row)
            kind = getattr(entry.media if entry is not None else None, "kind", None)
            problem = index.data(STATE_ROLE) in (ROW_NOT_ADDED, ROW_UNREADABLE)
            known = (index.data(NAME_ROLE) or "", self.facts.get(index.data(MEDIA_ID_ROLE)), kind, problem,
                     bool(index.data(COPY_ROLE)))
            self._rows[source_row] = known
        return known

    def _key(self, source_row: int) -> tuple:
        key = self._keys.get(source_row)
        if key is None:
            name, facts, kind, problem, _copy = self._row(source_row)
            key = self._keys[source_row] = sort_key(self.view, name, facts, source_row, kind=kind, problem=problem)
        return key

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        name, facts, kind, problem, copy = self._row(source_row)
        if copy:
            return False  # shown through its group's representative
        return shown(self.view, name, facts, kind=kind, problem=problem)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 - Qt override
        return self._key(left.row()) < self._key(right.row())


def _combo(name: str, everything: str, choices: dict, context: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    if everything:
        combo.addItem(everything, None)
    for value, text in choices.items():
        combo.addItem(translate(context, text), value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class GridFilterBar(QWidget):
    """The search field, the order, and the filters on review state, label, type and date added."""

    def __init__(self, label_names: dict, parent=None) -> None:
        """``label_names``: label id -> its words in the user's language (the review vocabulary)."""
        super().__init__(parent)
        self.setObjectName("gridFilterBar")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a file name"))
        self.search.setAccessibleName(self.tr("Search a file name"))
        self.search.setClearButtonEnabled(True)
        self.order = _combo(self.tr("Order"), "", ORDERS, "media_filter")
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the search field gives way
        self.review = _combo(self.tr("Review state"), self.tr("Any state"), REVIEW_STATES, "media_filter")
        self.label = _combo(self.tr("Label"), self.tr("Any label"), {}, "media_filter")
        for value, text in label_names.items():
            self.label.addItem(text, value)
        self.kind = _combo(self.tr("Type"), self.tr("Images and videos"), KINDS, "media_filter")
        self.days = _combo(self.tr("Date added"), self.tr("Any date"), PERIODS, "media_filter")
        self.count = QLabel()
        self.count.setObjectName("hint")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        sort_label = QLabel(self.tr("&Sort:"))
        sort_label.setBuddy(self.order)
        top.addWidget(sort_label)
        top.addWidget(self.order)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.review)
        bottom.addWidget(show_label)
        for combo in (self.review, self.label, self.kind, self.days):
            bottom.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        for combo in (self.order, self.review, self.label, self.kind, self.days):
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._tip(c))  # a long label may be clipped
            self._tip(combo)

    def _tip(self, combo: QComboBox) -> None:
        combo.setToolTip(self.tr("{name}: {value}").format(name=combo.accessibleName(), value=combo.currentText()))

    def view(self) -> GridView:
        return GridView(review=self.review.currentData(), label=self.label.currentData(), kind=self.kind.currentData(),
                        days=self.days.currentData(), search=self.search.text(), order=self.order.currentData())


class GridFilterController(QObject):
    """Owns the proxy the grid shows and the bar; keeps the open case's facts up to date."""

    def __init__(self, window) -> None:
        """``window``: the MainWindow (its cases controller and grid model, vocabulary, runner, signals)."""
        super().__init__(window)
        self.window = window
        self.proxy = MediaGridFilter(self)
        self.proxy.setSourceModel(window.cases.model)
        try:
            from reviewer.vault import LABELS
        except ImportError:  # the vault's code failed its check: the window still opens, to say so (startup_check)
            LABELS = {}
        self.bar = GridFilterBar({label: translate("labels", LABELS.get(label, label)) for label in window.labels_vocabulary})
        self.bar.search.textChanged.connect(self._chosen)
        for combo in (self.bar.order, self.bar.review, self.bar.label, self.bar.kind, self.bar.days):
            combo.currentIndexChanged.connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        window.recordAppended.connect(lambda _kind: self._timer.start())
        window.caseOpened.connect(self._case_opened)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    def _case_opened(self, _case_id: str) -> None:
        self.proxy.set_facts({})
        self.bar.search.clear()  # names of another case
        self.refresh()

    def _chosen(self, *_args) -> None:
        self.proxy.set_view(self.bar.view())
        self._count()

    def refresh(self) -> None:
        """Read the open case's facts again (on the vault thread) and re-sort and re-filter with them."""
        window = self.window
        case_id = window.case_id
        if case_id is None or window.service is None:
            return
        token = window.case_token
        window.run(steps.media_facts, window.service, case_id, vault=True,
                   on_result=lambda facts: token is window.case_token and self._arrived(facts))

    def _arrived(self, facts: dict) -> None:
        self.proxy.set_facts(facts)
        self._count()

    def _count(self, *_args) -> None:
        shown_rows, total = self.proxy.rowCount(), self.window.cases.model.rowCount()
        view = self.bar.view()
        filtered = view != replace(GridView(), order=view.order)
        self.bar.count.setText(self.tr("%n of {total} shown", "", shown_rows).format(total=total))
        self.bar.count.setVisible(filtered)
