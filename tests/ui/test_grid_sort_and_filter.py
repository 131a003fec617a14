"""Sorting, filtering and searching the grid (issue 20, point 8): a proxy over the grid model and a bar above
it; the choice holds while new media arrive; the keyboard follows the order shown; nothing is written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt


def _shown(window) -> list[str]:
    model = window.grid.model()
    return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_the_grid_is_sorted_filtered_and_searched_and_keeps_it_while_media_arrive(
        qtbot, ready_window, samples_dir, data_dir, tmp_path):
    window = ready_window
    bar = window.grid_filter.bar
    summer = tmp_path / "Été à la plage.png"
    shutil.copy(samples_dir / "chelsea.png", summer)
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.add_paths([str(samples_dir / "coffee.png"), str(data_dir / "video" / "test-padded-dimensions.mp4"),
                          str(summer), str(samples_dir / "rocket.jpg")])
    added = ["coffee.png", "test-padded-dimensions.mp4", "Été à la plage.png", "rocket.jpg"]
    assert _shown(window) == added  # the order they were added, by default
    assert not bar.count.isVisible()
    # Seal coffee.png "not sexual": it leaves "Not reviewed" as soon as the seal is recorded.
    window.select_media(0)
    qtbot.waitUntil(lambda: window.current is not None and window.current.media_id is not None, timeout=30_000)
    values = {"labels": ["not-sexual"], "qualification": "", "notes": "", "source": {}}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)
    _choose(bar.review, "not-reviewed")
    qtbot.waitUntil(lambda: _shown(window) == added[1:], timeout=30_000)
    assert bar.count.isVisible() and bar.count.text() == "3 of 4 shown"
    _choose(bar.review, "reviewed")
    assert _shown(window) == ["coffee.png"]
    _choose(bar.review, None)
    _choose(bar.label, "not-sexual")
    assert _shown(window) == ["coffee.png"]
    _choose(bar.label, None)
    _choose(bar.kind, "video")
    assert _shown(window) == ["test-padded-dimensions.mp4"]
    _choose(bar.kind, "image")
    assert "test-padded-dimensions.mp4" not in _shown(window) and len(_shown(window)) == 3
    _choose(bar.kind, None)
    _choose(bar.days, 1)
    assert _shown(window) == added  # all added just now
    _choose(bar.days, None)
    # Search by file name: part of it, case and accents ignored.
    qtbot.keyClicks(bar.search, "ete a LA")
    assert _shown(window) == ["Été à la plage.png"]
    bar.search.clear()
    _choose(bar.order, "newest")
    assert _shown(window) == added[::-1]

    # Sorted by name and showing only what nobody reviewed: a file arriving now takes its place in that order.
    _choose(bar.order, "name")
    _choose(bar.review, "not-reviewed")
    assert _shown(window) == ["Été à la plage.png", "rocket.jpg", "test-padded-dimensions.mp4"]  # "É" as "E"
    first = tmp_path / "astronaute.png"
    shutil.copy(samples_dir / "astronaut.png", first)
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.add_paths([str(first)])
    qtbot.waitUntil(lambda: _shown(window) == ["astronaute.png", "Été à la plage.png", "rocket.jpg",
                                               "test-padded-dimensions.mp4"], timeout=30_000)

    # The keyboard follows the order shown: from the first, Right and Ctrl+Right go to the next one shown.
    window.select_media(0)
    qtbot.waitUntil(lambda: window.current is not None and window.current.name == "astronaute.png", timeout=30_000)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Right)
    assert window.current.name == "Été à la plage.png"
    window.act_next.trigger()
    assert window.current.name == "rocket.jpg"
    window.act_previous.trigger()
    assert window.current.name == "Été à la plage.png"
    assert window.runner.wait(60_000)


def test_a_search_is_written_nowhere(qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.add_paths([str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg")])
    qtbot.keyClicks(window.grid_filter.bar.search, "rocke")
    assert _shown(window) == ["rocket.jpg"]
    assert window.runner.wait(60_000)
    window.close()  # settings and remembered state are written at the latest when the window closes
    searched = b"rocke"
    for folder in (Path(os.environ["REVIEWER_DATA_DIR"]), tmp_path / "vault", Path.home() / ".config"):
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file() and path.stat().st_size < 50_000_000:
                assert searched not in path.read_bytes().lower(), path
