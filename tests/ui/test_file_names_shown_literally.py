"""A file name is shown as typed, never interpreted as markup (a name like ``<img src=x>`` could otherwise load
or hide things in a label, a tooltip or a message box)."""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6 import QtGui
from PySide6.QtGui import QTextDocument


def _as_displayed(tooltip: str) -> str:
    """What Qt paints for a tooltip (it guesses rich text, as QToolTip does)."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):  # Qt::mightBeRichText lives in QtGui's Qt namespace
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def test_markup_in_file_names_is_shown_literally(qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "<img src=x>evil.png"
    shutil.copy(samples_dir / "astronaut.png", good)
    bad = folder / "<b>bold.png"
    bad.write_bytes(b"not an image at all")
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(good), str(bad)])

    problems = window.ingest.refused_dialog
    assert problems is not None
    name_label = problems.blocks[0][0]
    assert name_label.textFormat() == Qt.TextFormat.PlainText and name_label.text() == "<b>bold.png"
    assert "<b>bold.png" in problems.text()

    tooltips = [_as_displayed(window.grid_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)) for row in range(window.grid_model.rowCount())]
    assert any(t.startswith("<img src=x>evil.png") for t in tooltips), tooltips
    assert any("<b>bold.png" in t for t in tooltips), tooltips

    row = next(r for r in range(window.grid_model.rowCount()) if window.grid_model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == good.name)
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(row)
    label = window.provenance_panel.hashes
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().splitlines()[0] == "<img src=x>evil.png"
