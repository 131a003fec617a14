"""Reopening a case: every stored media gets its place at once and fills in as it is read back; one
damaged stored file is said on its own place and does not keep the rest of the case from showing."""

from __future__ import annotations

from PySide6.QtCore import Qt


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
    qtbot.waitUntil(lambda: len(window.entries) == 3, timeout=30_000)
    entries = list(window.entries.values())
    assert [e.name for e in entries] == names  # in the order they were added, from the start
    qtbot.waitUntil(lambda: entries[0].analysed and entries[2].analysed and entries[1].failed is not None, timeout=60_000)
    assert entries[1].media is None and not entries[1].analysed
    index = window.grid_model.index_of(entries[1].key)
    assert "cannot be shown" in index.data(Qt.ItemDataRole.DisplayRole) and index.data(Qt.ItemDataRole.ToolTipRole)
    assert [e.media_id for e in entries] == ids
    assert entries[0].media.sha256 != entries[2].media.sha256
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
    qtbot.waitUntil(lambda: len(window.entries) == 1 and all(e.analysed for e in window.entries.values()),
                    timeout=60_000)
    assert window.runner.wait(30_000)
    assert [e.name for e in window.entries.values()] == ["rocket.jpg"]
    assert window.grid_model.rowCount() == 1


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
    qtbot.waitUntil(lambda: len(window.entries) == 4, timeout=30_000)
    # All have their place at once; only two are being read (and held in memory) at any time.
    assert len(window.cases._reading) == 2 and len(window.cases._reading_queue) == 2
    entries = list(window.entries.values())
    qtbot.waitUntil(lambda: all(e.analysed for e in entries), timeout=60_000)
    assert not window.cases._reading and not window.cases._reading_queue
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
    qtbot.waitUntil(lambda: len(window.entries) == 2 and all(e.analysed for e in window.entries.values()),
                    timeout=60_000)
    assert window.runner.wait(30_000)
    assert sorted(e.name for e in window.entries.values()) == ["astronaut.png", "coffee.png"]
    assert window.grid_model.rowCount() == 2


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
    read = [entry for entry in window.entries.values() if entry.media is not None or entry.analysed]
    assert 0 < len(read) < 120  # the rows on screen (and one screenful ahead), not the whole case
    window.grid.scrollToBottom()
    qtbot.waitUntil(lambda: window.entries[max(window.entries)].analysed, timeout=120_000)
