"""Thumbnails are cached in the vault, encrypted: reopening a case (after a restart) decodes no media to fill
the grid; only opening a media decodes it."""

from __future__ import annotations

import subprocess

import cv2
import PIL.Image
from PySide6.QtCore import Qt

from reviewer.ui.media_grid import ROW_ANALYSED, STATE_ROLE, THUMBNAIL_ROLE

from .conftest import PASSPHRASE

PHOTOS = ("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg")


def _rows(window) -> list[tuple]:
    model = window.grid_model
    return [(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole), model.index(row, 0).data(STATE_ROLE),
             model.index(row, 0).data(THUMBNAIL_ROLE)) for row in range(model.rowCount())]


def _all_shown(window) -> bool:
    rows = _rows(window)
    return len(rows) == len(PHOTOS) and all(state == ROW_ANALYSED and thumb for _name, state, thumb in rows)


def test_a_reopened_case_fills_its_grid_from_the_vault_without_decoding_any_media(
        qtbot, ready_window, make_window, samples_dir, tmp_path, monkeypatch, vault_records):
    window = ready_window
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=300_000):
        window.add_paths([str(samples_dir / name) for name in PHOTOS])
    qtbot.waitUntil(lambda: _all_shown(window), timeout=60_000)
    assert window.runner.wait(60_000)
    records_before = len(vault_records(tmp_path / "vault", case))

    # In the vault: one sealed thumbnail per media, read here with the sqlite3 client; no PNG in clear.
    database = tmp_path / "vault" / "vault.sqlite3"
    rows = subprocess.run(["sqlite3", "-readonly", str(database), "SELECT media, hex(sealed) FROM thumbnails"],
                          capture_output=True, text=True, check=True).stdout.split()
    assert len(rows) == len(PHOTOS)
    assert all("89504E47" not in row.split("|")[1] for row in rows)  # the PNG signature
    window.close()

    # Restarted: the grid shows every thumbnail, made as analysed, with no call into the image or video decoders.
    decodes: list[str] = []
    for owner, name in ((PIL.Image, "open"), (cv2, "imdecode"), (cv2, "VideoCapture")):
        real = getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *a, _real=real, _name=name, **k: (decodes.append(_name), _real(*a, **k))[1])
    second = make_window(tmp_path / "vault")
    second.start()
    qtbot.waitUntil(lambda: second.unlock_dialog is not None and second.unlock_dialog.isVisible(), timeout=30_000)
    qtbot.keyClicks(second.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(second.vaultReady, timeout=30_000):
        second.unlock_dialog.unlock_button.click()
    assert second.case_id == case
    qtbot.waitUntil(lambda: _all_shown(second), timeout=60_000)
    assert second.runner.wait(60_000)
    assert decodes == [], decodes
    assert [name for name, _state, _thumb in _rows(second)] == list(PHOTOS)
    assert len(vault_records(tmp_path / "vault", case)) == records_before  # a cache, not a record

    # Opening a media reads and decodes it (the counters are on the decoders' real path).
    with qtbot.waitSignal(second.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        second.select_media(1)
    assert "open" in decodes or "imdecode" in decodes


def test_a_cached_picture_in_colour_is_never_shown_it_is_made_again(qapp):
    """Ours are grey; a colour picture put in the cache by someone who can unlock the vault is refused
    (reviewer.ui.analysis.thumbnail_from_png), as is one larger than a thumbnail."""
    import numpy as np

    from reviewer.ui.analysis import THUMBNAIL_SIDE, thumbnail_from_png

    def png(array) -> bytes:
        return cv2.imencode(".png", array)[1].tobytes()

    grey = np.dstack([np.tile(np.arange(64, dtype=np.uint8), (48, 1))] * 3)
    colour = grey.copy()
    colour[10:20, 10:20] = (0, 0, 255)
    control = None  # the function takes a task's control as the pool calls it; it neither reports nor cancels
    assert thumbnail_from_png(control, png(grey)) is not None
    assert thumbnail_from_png(control, png(colour)) is None
    assert thumbnail_from_png(control, png(np.zeros((THUMBNAIL_SIDE + 1, 8, 3), np.uint8))) is None
