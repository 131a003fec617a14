"""Finds visible texts that need more width than they are given and are neither elided with a tooltip nor wrapped.

Used by tests/ui/test_layout_fits.py on the main window and on every dialog of the window tour. It measures
with each widget's own font metrics, as Qt paints, and reports one line per clipped text: where, what, needed
and available pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QRadioButton,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

ELLIPSIS = "…"
SLACK = 2  # pixels: rounding between the metrics and the painted text


def plain(text: str) -> str:
    """``text`` as a reader sees it: markup removed, mnemonics' ampersands removed."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0 and not widget.visibleRegion().isEmpty()


def _elided_with_tooltip(shown: str, tooltip: str) -> bool:
    if ELLIPSIS not in shown or not tooltip:
        return False
    head = shown.split(ELLIPSIS)[0].strip()
    return head in plain(tooltip)


def _label(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    text = plain(label.text())
    available = label.contentsRect().width() - 2 * label.margin()
    if label.wordWrap():
        # Wrapped: it may take more lines, but it must have the height for them, and a word (a hash, a path)
        # longer than the width is not wrapped but cut.
        metrics = label.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > available + SLACK:
            word = max(text.split(), key=metrics.horizontalAdvance)
            return f"{_where(label)}: the word {word!r} needs {longest} px, has {available}"
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return f"{_where(label)}: {text!r} needs {needed_height} px of height, has {label.height()}"
        return None
    metrics = label.fontMetrics()
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if needed > available + SLACK and not _elided_with_tooltip(text, label.toolTip()):
        return f"{_where(label)}: {text!r} needs {needed} px, has {available}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    hint = button.sizeHint().width()
    if isinstance(button, (QCheckBox, QRadioButton)):
        hint = button.minimumSizeHint().width()
    if hint > button.width() + SLACK and not _elided_with_tooltip(text, button.toolTip()):
        return f"{_where(button)}: {text!r} needs {hint} px, has {button.width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        # An editable combo scrolls its text like a line edit; it must say the whole in its tooltip.
        if text and combo.isEditable() and combo.fontMetrics().horizontalAdvance(text) > combo.width() - 30 \
                and text not in plain(combo.toolTip()):
            return f"{_where(combo)}: {text!r} is cut and not in the tooltip"
        return None
    needed = combo.fontMetrics().horizontalAdvance(text) + 30  # frame and arrow
    if needed > combo.width() + SLACK and text not in plain(combo.toolTip()):
        return f"{_where(combo)}: {text!r} needs {needed} px, has {combo.width()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        text = plain(bar.tabText(index))
        if rect.right() > bar.width():
            problems.append(f"{_where(bar)}: tab {text!r} is behind the scroll arrows")
        elif bar.fontMetrics().horizontalAdvance(text) > rect.width() - 4 and not bar.tabToolTip(index):
            problems.append(f"{_where(bar)}: tab {text!r} is cut")
    return problems


def _header(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None or header.isHidden():
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = header.fontMetrics().horizontalAdvance(str(text)) + 8
        start = header.sectionViewportPosition(section)
        room = min(header.sectionSize(section), header.viewport().width() - start)  # the view's edge cuts too
        if start < header.viewport().width() and needed > room + SLACK:
            problems.append(f"{_where(header)}: header {text!r} needs {needed} px, has {room}")
    return problems


def _decoration_height(index: QModelIndex, view: QAbstractItemView) -> int:
    """The height of the picture an item shows (its icon at the view's icon size), 0 when none."""
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    if isinstance(decoration, QIcon):
        return decoration.actualSize(view.iconSize()).height()
    if isinstance(decoration, (QPixmap, QImage)):
        return min(decoration.height(), view.iconSize().height())
    return 0


def _options(view: QAbstractItemView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return option


def _item_view(view: QAbstractItemView) -> list[str]:
    problems = []
    model = view.model()
    if model is None:
        return problems
    viewport: QRect = view.viewport().rect()
    metrics = view.fontMetrics()
    wrap = bool(getattr(view, "wordWrap", lambda: False)())

    def visit(parent: QModelIndex, depth: int) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model (its columnCount is private in PySide): one column
            columns = 1
        for row in range(min(model.rowCount(parent), 300)):
            for column in range(columns):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                if not rect.isValid() or not rect.intersects(viewport):
                    continue
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text:
                    continue
                icon = 0
                if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                    icon = view.iconSize().width() + 6 if view.iconSize().isValid() else 22
                longest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                below = isinstance(view, QListView) and view.viewMode() == QListView.ViewMode.IconMode
                room = rect.width() - 8 - (0 if below else icon)  # in icon mode the text is under the picture
                tooltip = plain(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
                whole_in_tooltip = text.split("\n")[0].strip() in tooltip
                # A view that wraps its items' text gives them the lines they need (checked below by height).
                if longest > room + SLACK and not wrap and not whole_in_tooltip:
                    problems.append(f"{_where(view)}: item {text!r} needs {longest} px, has {room}, not in a tooltip")
                picture = _decoration_height(index, view)
                if below and rect.height() < picture + metrics.lineSpacing():
                    # Uniform item sizes take the first item's: a tall first picture leaves no line for any name.
                    problems.append(f"{_where(view)}: item {text!r} has no room under its picture "
                                    f"({rect.height()} px for a {picture} px picture)")
                hint = view.itemDelegateForIndex(index).sizeHint(_options(view), index)
                if hint.height() > rect.height() + SLACK and not whole_in_tooltip:
                    problems.append(f"{_where(view)}: item {text!r} needs {hint.height()} px of height, has "
                                    f"{rect.height()}, not in a tooltip")
            if hasattr(view, "isExpanded") and view.isExpanded(model.index(row, 0, parent)):
                visit(model.index(row, 0, parent), depth + 1)

    visit(view.rootIndex(), 0)
    return problems


def clipped_texts(top: QWidget) -> list[str]:
    """Every visible text in ``top`` (itself included) that is cut without an ellipsis and a tooltip, or
    without wrapping; an empty list when everything fits."""
    problems: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            problems.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            problems.append(_button(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo(widget))
        elif isinstance(widget, QTabBar):
            problems += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += _item_view(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(plain(widget.title())) + 16
            if needed > widget.width():
                problems.append(f"{_where(widget)}: title {widget.title()!r} needs {needed} px")
    if isinstance(top, QMainWindow):
        bar = top.statusBar()
        message = bar.currentMessage()
        if message and _shown(bar):
            room = bar.width() - sum(w.width() for w in bar.findChildren(QWidget)
                                     if w.isVisible() and w.parentWidget() is bar) - 16
            if bar.fontMetrics().horizontalAdvance(message) > room:
                problems.append(f"status bar: {message!r} is cut")
    return [p for p in problems if p]
