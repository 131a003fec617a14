"""Going through a large case must not fill the laptop's memory: heatmap overlays of photos seen earlier are
let go (their 8-bit maps kept) and rebuilt when seen again; the bytes of media analysed earlier are let go
and read back from the vault when opened again."""

from __future__ import annotations

import cv2
import numpy as np

from reviewer.ui.viewing_controller import OVERLAYS_KEPT


def _five_photos(tmp_path, samples_dir):
    folder = tmp_path / "photos"
    folder.mkdir()
    for name in ["astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg"]:
        (folder / name).write_bytes((samples_dir / name).read_bytes())
    cv2.imwrite(str(folder / "coffee-mirrored.png"), cv2.flip(cv2.imread(str(samples_dir / "coffee.png")), 1))
    return folder


def test_overlays_of_photos_seen_earlier_are_let_go_and_rebuilt(qtbot, ready_window, samples_dir, vault_records,
                                                                 tmp_path):
    window = ready_window
    # One more photo than the window keeps overlays for (the fifth: a mirrored copy of a neutral sample).
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(_five_photos(tmp_path, samples_dir))])
    entries = window.grid_model.entries()
    assert len(entries) == OVERLAYS_KEPT + 1
    first_overlays = None
    for row, entry in enumerate(entries):
        window.select_media(row)
        qtbot.waitUntil(lambda e=entry: e.heatmaps is not None and not e.heatmaps_pending, timeout=60_000)
        if row == 0:
            first_overlays = {h.id: h.rgba.copy() for h in entry.heatmaps}
    first = entries[0]
    # The first photo's overlays were let go; its maps (what the vault recorded) were kept.
    assert first.heatmaps and all(h.rgba is None and h.png for h in first.heatmaps)
    assert all(h.rgba is not None for e in entries[1:] for h in e.heatmaps)
    # Seen again: rebuilt from the maps, the same picture to within the 8-bit rounding of the maps.
    window.select_media(0)
    qtbot.waitUntil(lambda: all(h.rgba is not None for h in first.heatmaps), timeout=30_000)
    for heatmap in first.heatmaps:
        before, after = first_overlays[heatmap.id].astype(int), heatmap.rgba.astype(int)
        assert before.shape == after.shape
        assert np.abs(before - after).mean() < 1.0, heatmap.id
    assert all(h.rgba is None for h in entries[1].heatmaps)  # now the oldest seen
    assert window.runner.wait(30_000)
    recorded = [b for t, b in vault_records(tmp_path / "vault", window.case_id)
                if t == "analysis.run" and b["method"]["id"] == "detect.heatmaps"]
    assert len(recorded) == len(entries)  # seeing a photo again records nothing new


def test_bytes_of_media_analysed_earlier_are_let_go_and_read_back_when_opened(qtbot, ready_window, samples_dir,
                                                                               vault_records, tmp_path, monkeypatch):
    from reviewer.ui import viewing_controller

    monkeypatch.setattr(viewing_controller, "MEDIA_KEPT", 2)
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(_five_photos(tmp_path, samples_dir))])
    entries = window.grid_model.entries()
    qtbot.waitUntil(lambda: all(e.analysed for e in entries), timeout=60_000)
    held = [e for e in entries if e.media is not None]
    released = [e for e in entries if e.released]
    assert len(held) <= 2 + 1  # the two kept, and the one on screen
    assert released and all(e.media is None and e.analysis is not None for e in released)
    hashes = {e.media_id: item["sha256"] for e in entries for item in window.session.media(window.case_id)
              if item["id"] == e.media_id}
    # Opened again: read back from the vault and shown with the regions already found, nothing analysed again.
    target = released[0]
    row = entries.index(target)
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(row)
    assert target.media is not None and not target.released
    assert target.media.sha256 == hashes[target.media_id]
    assert window.runner.wait(30_000)
    detections = [b for t, b in vault_records(tmp_path / "vault", window.case_id)
                  if t == "analysis.run" and b["method"]["id"] == "detect.regions"]
    assert len(detections) == len(entries)


def test_the_overlays_of_the_photo_on_screen_are_never_let_go(qtbot, ready_window, samples_dir, tmp_path,
                                                                monkeypatch):
    """Heatmaps of other photos finishing while the reviewer looks at one must not take its overlays."""
    from reviewer.ui import viewing_controller

    monkeypatch.setattr(viewing_controller, "OVERLAYS_KEPT", 1)
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(_five_photos(tmp_path, samples_dir))])
    entries = window.grid_model.entries()
    window.select_media(0)
    qtbot.waitUntil(lambda: entries[0].heatmaps is not None and not entries[0].heatmaps_pending, timeout=60_000)
    window.select_media(1)
    window.select_media(2)  # their heatmaps start computing; nobody waits for them
    window.select_media(0)
    qtbot.waitUntil(lambda: all(e.heatmaps is not None and not e.heatmaps_pending for e in entries[:3]),
                    timeout=60_000)
    assert window.runner.wait(30_000)
    assert window.current is entries[0]
    assert all(h.rgba is not None for h in entries[0].heatmaps)
