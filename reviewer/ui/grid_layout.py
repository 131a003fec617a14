"""How the grid of thumbnails uses its space: every cell the same size (the picture and two lines of its name),
and as many columns as the width holds, the spare width shared between them.

Qt's icon mode with uniform item sizes takes the size of the first item for every item: when that first
thumbnail was a tall one, there was no room left for any name under any picture. A cell of fixed size keeps
the layout fast for thousands of media (uniform sizes) and every name in view (elided beyond two lines, the
whole name in the item's tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate

TEXT_LINES = 2
MARGIN = 12  # pixels around a cell's picture and text


def cell_size(view: QListView) -> QSize:
    """The size of one cell of ``view``: its icon size and ``TEXT_LINES`` lines of its font, with margins."""
    icon = view.iconSize()
    return QSize(icon.width() + MARGIN, icon.height() + TEXT_LINES * view.fontMetrics().lineSpacing() + MARGIN)


class FixedCellDelegate(QStyledItemDelegate):
    """Paints as Qt does, but every item asks for the same cell size (``cell_size``)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return cell_size(self.parent())


def fill_width(view: QListView) -> None:
    """Set ``view``'s grid so its columns fill the viewport: as many cells as fit, the spare width shared."""
    cell = cell_size(view)
    width = max(1, view.viewport().width())
    columns = max(1, width // (cell.width() + MARGIN))
    grid = QSize(max(cell.width(), width // columns), cell.height() + MARGIN // 2)
    if view.gridSize() != grid:
        view.setGridSize(grid)
