"""Reveals never outlive what the reviewer was told: panic, switching case and closing the window all re-blur
and record them (regressions found in review)."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.ui.settings import UiSettings

from .viewing import open_astronaut, shown


def _reveal_face(qtbot, window, entry) -> int:
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    window.request_reveal(face)
    with qtbot.waitSignal(window.rendered, timeout=10_000):
        window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    return face


def test_show_again_after_panic_paints_the_blurred_rendering(qtbot, ready_window, samples_dir):
    window = ready_window
    window.settings = UiSettings(reveal_timeout_s=30.0)  # the reveal must not time out on its own here
    window.reveals.new_state()
    entry = open_astronaut(qtbot, window, samples_dir)
    safe = shown(window.viewer)
    _reveal_face(qtbot, window, entry)
    revealed = shown(window.viewer)
    assert not np.array_equal(revealed, safe)

    window.hide_all_media()
    assert not window.reveal_state.revealed
    assert not window.reveal_timer.isActive()
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.show_media_again()
    qtbot.wait(300)  # a late revealed rendering, if any were still painted, would land here
    after = shown(window.viewer)
    assert after.shape == safe.shape
    assert np.array_equal(after, safe)


def test_reveal_is_recorded_in_its_case_when_another_case_is_opened(qtbot, ready_window, samples_dir,
                                                                   vault_records, tmp_path):
    window = ready_window
    entry = open_astronaut(qtbot, window, samples_dir)
    first_case = window.case_id
    face = _reveal_face(qtbot, window, entry)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Other case")
    assert window.case_id != first_case
    assert window.runner.wait(30_000)
    QApplication.processEvents()
    reveals = [b for t, b in vault_records(tmp_path / "vault", first_case, window.session) if t == "region.revealed"]
    assert len(reveals) == 1
    assert reveals[0]["region"]["index"] == face


def test_reveal_is_recorded_when_the_window_closes(qtbot, ready_window, samples_dir, vault_records, tmp_path):
    window = ready_window
    entry = open_astronaut(qtbot, window, samples_dir)
    case = window.case_id
    face = _reveal_face(qtbot, window, entry)
    session = window.session  # holds the data key: the box is sealed
    window.close()
    reveals = [b for t, b in vault_records(tmp_path / "vault", case, session) if t == "region.revealed"]
    assert len(reveals) == 1
    assert reveals[0]["region"]["index"] == face


def test_reopening_a_case_records_a_detection_that_never_was(qtbot, ready_window, samples_dir, vault_records, tmp_path):
    """A media stored without its detection record (the application closed during the batch) gets it on reopen,
    once; a media whose detection is recorded does not get a second one."""
    from reviewer.media import ingest

    window = ready_window
    case = window.case_id
    media = ingest(samples_dir / "astronaut.png")
    with qtbot.waitCallback(timeout=30_000) as stored:
        window.run(lambda control: window.session.ingest(case, media), vault=True, on_result=stored)

    def detections() -> int:
        return sum(1 for t, body in vault_records(tmp_path / "vault", case)
                   if t == "analysis.run" and body["method"]["id"] == "detect.regions")

    assert detections() == 0
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: detections() == 1, timeout=60_000)
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)  # seen again: its recorded regions are reused
    assert window.runner.wait(30_000)
    assert detections() == 1
