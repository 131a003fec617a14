"""Reopening a case: every stored media gets its place at once and fills in as it is read back; one
damaged stored file is said on its own place and does not keep the rest of the case from showing."""

from __future__ import annotations

import html

from reviewer.ui.media_grid import ROW_ANALYSED, ROW_UNREADABLE

from .grid import all_analysed, grid_rows


def _store(qtbot, window, case: str, path) -> str:
    from reviewer.media import ingest

    media = ingest(path)
    with qtbot.waitCallback(timeout=30_000) as stored:
        window.run(lambda control: window.session.ingest(case, media), vault=True, on_result=stored)
    return stored.args[0]


def test_a_damaged_stored_file_does_not_hide_the_rest_of_the_case(qtbot, ready_window, samples_dir, tmp_path):
    from reviewer.vault import Vault

    window = ready_window
    case = window.case_id
    names = ["astronaut.png", "coffee.png", "chelsea.png"]
    ids = [_store(qtbot, window, case, samples_dir / name) for name in names]
    assert window.runner.wait(30_000)
    # Damage the coffee photo's encrypted file on disk, as a failing disk or a careless hand would.
    reader = Vault.open(tmp_path / "vault", read_only=True)
    try:
        blob = reader.blobs.path(reader.record(ids[1]).body["blob"]["id"])
    finally:
        reader.close()
    damaged = bytearray(blob.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    blob.write_bytes(bytes(damaged))

    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 3, timeout=30_000)
    assert [r.name for r in grid_rows(window)] == names  # in the order they were added, from the start
    qtbot.waitUntil(lambda: [r.state for r in grid_rows(window)] == [ROW_ANALYSED, ROW_UNREADABLE, ROW_ANALYSED],
                    timeout=60_000)
    damaged_row = grid_rows(window)[1]
    assert "cannot be shown" in damaged_row.text and damaged_row.tooltip and not damaged_row.thumbnail
    assert [r.media_id for r in grid_rows(window)] == ids
    # The two others open as usual, each with its own hashes; the damaged one says why it cannot be shown.
    hashes = []
    for row in (0, 2):
        with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
            window.select_media(row)
        hashes.append(window.provenance_panel.hashes.text())
    assert hashes[0] != hashes[1]
    window.select_media(1)
    assert window.media_stack.currentWidget() is window.placeholder
    assert window.placeholder.text() and window.placeholder.text() in html.unescape(damaged_row.tooltip)
    assert window.runner.wait(30_000)


def test_switching_case_while_one_is_read_back_shows_only_the_new_one(qtbot, ready_window, samples_dir):
    window = ready_window
    first = window.case_id
    for name in ("astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg"):
        _store(qtbot, window, first, samples_dir / name)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Autre dossier")
    second = window.case_id
    _store(qtbot, window, second, samples_dir / "rocket.jpg")
    window.open_case(first)
    window.open_case(second)  # at once: the first case's media are still being read
    qtbot.waitUntil(lambda: all_analysed(window, 1), timeout=60_000)
    assert window.runner.wait(30_000)
    assert [r.name for r in grid_rows(window)] == ["rocket.jpg"]


def test_a_reopened_case_is_read_back_a_few_media_at_a_time(qtbot, ready_window, samples_dir, monkeypatch):
    from reviewer.ui import cases_controller, viewing_controller

    monkeypatch.setattr(cases_controller, "READS_IN_FLIGHT", 2)
    monkeypatch.setattr(viewing_controller, "MEDIA_KEPT", 1)
    window = ready_window
    case = window.case_id
    names = ["astronaut.png", "coffee.png", "chelsea.png", "rocket.jpg"]
    for name in names:
        _store(qtbot, window, case, samples_dir / name)
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 4, timeout=30_000)
    # All have their place at once; only two are being read (and held in memory) at any time.
    assert (window.cases.reads_in_flight, window.cases.reads_waiting) == (2, 2)
    entries = window.grid_model.entries()
    qtbot.waitUntil(lambda: all_analysed(window, 4), timeout=60_000)
    assert (window.cases.reads_in_flight, window.cases.reads_waiting) == (0, 0)
    assert sum(e.media is not None for e in entries) <= 1 + 1  # the one kept, and one on screen if any
    assert window.runner.wait(30_000)


def test_opening_a_case_again_before_its_list_arrived_shows_each_media_once(qtbot, ready_window, samples_dir):
    window = ready_window
    first = window.case_id
    for name in ("astronaut.png", "coffee.png"):
        _store(qtbot, window, first, samples_dir / name)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Autre dossier")
    second = window.case_id
    window.open_case(first)
    window.open_case(second)
    window.open_case(first)  # the first opening's list may still arrive: it must be dropped
    qtbot.waitUntil(lambda: all_analysed(window, 2), timeout=60_000)
    assert window.runner.wait(30_000)
    assert sorted(r.name for r in grid_rows(window)) == ["astronaut.png", "coffee.png"]


def _view_every_media(qtbot, window) -> None:
    """Select each media in turn, as a reviewer would, and wait for its regions and its heatmaps."""
    for row in range(window.grid_model.rowCount()):
        with qtbot.waitSignals([window.heatmapsShown, window.historyShown], timeout=120_000):
            window.select_media(row)
    assert window.runner.wait(60_000)


def test_viewing_every_media_again_after_switching_case_or_restarting_records_nothing(
        qtbot, ready_window, make_window, samples_dir, tmp_path, vault_records):
    """Version 1 sealed a second detect.heatmaps record each time a photo was viewed again after a case
    switch or a restart: "recorded" was a flag of the window. The case layer asks the vault now."""
    from tests.ui.conftest import PASSPHRASE

    window = ready_window
    case = window.case_id
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg")])
    _view_every_media(qtbot, window)
    recorded = vault_records(tmp_path / "vault", case)
    runs = [body["method"]["id"] for kind, body in recorded if kind == "analysis.run"]
    assert sorted(runs) == ["detect.heatmaps"] * 2 + ["detect.regions"] * 2

    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Autre dossier")
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 2, timeout=30_000)
    _view_every_media(qtbot, window)
    assert vault_records(tmp_path / "vault", case) == recorded
    window.close()

    restarted = make_window(tmp_path / "vault")
    restarted.start()
    qtbot.waitUntil(lambda: restarted.unlock_dialog is not None and restarted.unlock_dialog.isVisible(), timeout=10_000)
    qtbot.keyClicks(restarted.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(restarted.vaultReady, timeout=30_000):
        restarted.unlock_dialog.unlock_button.click()
    if restarted.case_id != case:
        restarted.open_case(case)
    qtbot.waitUntil(lambda: restarted.grid_model.rowCount() == 2, timeout=30_000)
    _view_every_media(qtbot, restarted)
    # The regions and maps shown came back from their records: nothing was analysed or recorded again.
    assert vault_records(tmp_path / "vault", case) == recorded
    assert [h.id for h in restarted.current.heatmaps] and all(h.rgba is not None for h in restarted.current.heatmaps)
    with qtbot.waitSignal(restarted.caseChecked, timeout=30_000, check_params_cb=lambda ok: ok):
        restarted.select_media(0)


def test_a_large_case_lists_every_media_at_once_but_reads_back_only_those_on_screen(
        qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    case = window.case_id
    from reviewer.media import ingest

    # 120 different pictures (random noise, far apart by PDQ): identical copies would be one group, one row.
    import cv2
    import numpy as np

    folder = tmp_path / "many"
    folder.mkdir()
    rng = np.random.default_rng(7)
    many = []
    for i in range(120):
        path = folder / f"{i:03d}.png"
        cv2.imwrite(str(path), rng.integers(0, 256, (96, 128, 3), dtype=np.uint8))
        many.append(ingest(path))
    with qtbot.waitCallback(timeout=60_000) as stored:
        window.run(lambda control: [window.session.ingest(case, media) for media in many], vault=True,
                    on_result=stored)
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 120, timeout=30_000)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=120_000)
    shown = [row for row in grid_rows(window) if row.thumbnail]
    assert 0 < len(shown) < 120  # the rows on screen (and one screenful ahead), not the whole case
    window.grid.scrollToBottom()
    qtbot.waitUntil(lambda: grid_rows(window)[-1].state == ROW_ANALYSED, timeout=120_000)
