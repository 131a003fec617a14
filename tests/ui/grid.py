"""What the grid shows, read as any view reads it: through the item model's roles (ui/media_grid.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from reviewer.ui.media_grid import MEDIA_ID_ROLE, NAME_ROLE, ROW_ANALYSED, STATE_ROLE, THUMBNAIL_ROLE


@dataclass(frozen=True)
class Row:
    name: str
    media_id: str | None
    state: str
    text: str
    tooltip: str
    thumbnail: bool


def grid_rows(window) -> list[Row]:
    """Every row of the grid's model (copies included), in order."""
    model = window.grid_model
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        out.append(Row(index.data(NAME_ROLE), index.data(MEDIA_ID_ROLE), index.data(STATE_ROLE),
                       index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.ToolTipRole),
                       bool(index.data(THUMBNAIL_ROLE))))
    return out


def all_analysed(window, count: int) -> bool:
    """The grid holds ``count`` rows, each with its region-blurred thumbnail."""
    rows = grid_rows(window)
    return len(rows) == count and all(r.state == ROW_ANALYSED and r.thumbnail for r in rows)
