"""The layout follows the reviewer: the grid's columns follow its width, the picture is fitted again when a
splitter moves or the window is resized, the hint to open a case goes once a case is open, and typing goes to
the passphrase at unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSplitter

from reviewer.ui import grid_layout


def test_the_grid_columns_follow_its_width(qtbot, ready_window, samples_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / name) for name in ("astronaut.png", "chelsea.png", "coffee.png")])
    grid = window.grid
    columns = []
    for width in (1366, 1920):
        window.resize(width, 800)
        qtbot.waitUntil(lambda: grid.gridSize().width() * (grid.viewport().width() // grid.gridSize().width())
                        > grid.viewport().width() - grid.gridSize().width(), timeout=5_000)
        cell = grid.gridSize().width()
        per_row = grid.viewport().width() // cell
        columns.append(per_row)
        # The columns use the width: what is left over is less than one cell.
        assert grid.viewport().width() - per_row * cell < grid_layout.cell_size(grid).width()
    assert columns[1] > columns[0]
    # Every name is under its picture: the cells are as tall as a thumbnail and two lines of text.
    shown = grid.model()  # the grid shows its sort-and-filter proxy
    for row in range(shown.rowCount()):
        assert grid.visualRect(shown.index(row, 0)).height() >= grid.iconSize().height() + \
            grid.fontMetrics().lineSpacing()


def test_the_picture_is_fitted_again_after_the_splitter_moves(qtbot, ready_window, samples_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png")])
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    viewer = window.viewer
    viewer.fit()
    before = viewer.transform().m11()
    splitter = window.central.widget(0)
    assert isinstance(splitter, QSplitter)
    total = sum(splitter.sizes())
    splitter.setSizes([total // 2, total - total // 2])  # the viewer loses height
    qtbot.waitUntil(lambda: abs(viewer.transform().m11() - before) > 1e-3, timeout=5_000)
    shown = viewer.mapFromScene(viewer.sceneRect()).boundingRect()
    assert shown.height() <= viewer.viewport().height() + 2 and shown.width() <= viewer.viewport().width() + 2


def test_the_hint_to_open_a_case_goes_once_a_case_is_open(qtbot, ready_window):
    window = ready_window
    assert window.case_id is not None
    assert "left" not in window.placeholder.text() and "gauche" not in window.placeholder.text()


def test_typing_goes_to_the_passphrase_at_unlock(qtbot, ready_window):
    window = ready_window
    window.lock.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_dialog.passphrase, timeout=5_000)
