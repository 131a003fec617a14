"""The review-state badge painted on top of each thumbnail of the grid (``REVIEW_MARK_ROLE`` / ``REVIEW_TEXT_ROLE``).

Each state differs by a symbol and by its fill and border, not by colour alone, so the grid reads the same in
grey-scale (the default view) and for a colour-blind reviewer: not reviewed = open circle on white; reviewed =
tick, white on dark grey, with the main label; suspected minor = warning sign, white on black with a double
border; refused file = cross on white with a dashed border. The words are the mark's own text, elided to the
thumbnail's width (the whole text is in the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem

from reviewer.casework.review_state import Mark
from reviewer.ui import analysis
from reviewer.ui.grid_layout import FixedCellDelegate
from reviewer.ui.media_grid import REVIEW_LABEL_ROLE, REVIEW_MARK_ROLE, REVIEW_TEXT_ROLE

# mark -> (symbol, fill, text colour, border style)
_STYLES = {
    Mark.NOT_REVIEWED.value: ("○", QColor("#ffffff"), QColor("#202020"), Qt.PenStyle.SolidLine),
    Mark.REVIEWED.value: ("✓", QColor("#3a3a3a"), QColor("#ffffff"), Qt.PenStyle.SolidLine),
    Mark.SUSPECTED_MINOR.value: ("⚠", QColor("#000000"), QColor("#ffffff"), Qt.PenStyle.SolidLine),
    Mark.REFUSED.value: ("✕", QColor("#ffffff"), QColor("#202020"), Qt.PenStyle.DashLine),
}


class ReviewBadgeDelegate(FixedCellDelegate):  # one cell size for all: every name stays in view
    """Paints the item as usual, then its review badge over the bottom of the thumbnail."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        mark = index.data(REVIEW_MARK_ROLE)
        style = _STYLES.get(mark)
        if style is None:
            return
        symbol, fill, ink, border = style
        words = index.data(REVIEW_TEXT_ROLE) or ""
        if mark == Mark.REVIEWED.value and index.data(REVIEW_LABEL_ROLE):
            from reviewer.casework.review_state import label_text

            words = label_text(index.data(REVIEW_LABEL_ROLE))  # the tick says "reviewed": the label says what
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(mark == Mark.SUSPECTED_MINOR.value)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        side = min(analysis.THUMBNAIL_SIDE, option.rect.width() - 8)
        height = metrics.height() + 6
        # Over the top edge of the thumbnail (icon mode centres it at the top of the cell; a landscape
        # thumbnail is shorter than the cell, so the bottom would cover the file name under it).
        left = option.rect.left() + (option.rect.width() - side) // 2
        top = option.rect.top() + 3
        box = QRect(left + 2, top, side - 4, height)
        text = metrics.elidedText(f"{symbol} {words}", Qt.TextElideMode.ElideRight, box.width() - 10)
        box.setWidth(min(box.width(), metrics.horizontalAdvance(text) + 12))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#202020") if fill.lightness() > 128 else QColor("#ffffff"), 1.5, border)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if mark == Mark.SUSPECTED_MINOR.value:  # a second border: unmistakable even in grey-scale
            painter.setPen(QPen(QColor("#000000"), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(box).adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
        painter.setPen(ink)
        painter.drawText(box.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
