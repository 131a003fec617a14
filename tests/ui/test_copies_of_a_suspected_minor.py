"""A copy of a media sealed "suspected minor" (the same file, or a re-encoded picture of it) is never painted
in any case, whenever the label was sealed: the window withholds what the exporter withholds, from the same
rule (``Vault.withheld_media``, reviewer/vault/minors.py; ADR 0021, issue 15 Build 3, attack a2)."""

from __future__ import annotations

import cv2
from PySide6.QtCore import Qt

from reviewer.casework.service import CaseService
from reviewer.ui.imaging import rgb_from_qimage
from reviewer.ui.media_grid import WITHHELD_ROLE
from reviewer.vault import Vault

from .conftest import PASSPHRASE


def _reencoded(samples_dir, tmp_path):
    """chelsea.png written again by another encoder (other bytes, other SHA-256, the same picture)."""
    pixels = cv2.imread(str(samples_dir / "chelsea.png"), cv2.IMREAD_UNCHANGED)
    out = tmp_path / "chelsea_reencoded.png"
    assert cv2.imwrite(str(out), pixels, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    assert out.read_bytes() != (samples_dir / "chelsea.png").read_bytes()
    return out


def _rows(window) -> dict[str, int]:
    """File name -> grid row."""
    model = window.grid_model
    return {model.entries()[row].name: row for row in range(model.rowCount())}


def _blank(window, row: int) -> bool:
    icon = window.grid_model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    pixels = rgb_from_qimage(icon.pixmap(icon.availableSizes()[0]).toImage())
    return float(pixels.reshape(-1, 3).std(axis=0).max()) == 0.0


def _exporter_withholds(vault_dir, case_id) -> set[str]:
    vault = Vault.open(vault_dir, read_only=True)
    try:
        return set(vault.withheld_media(case_id))
    finally:
        vault.close()


def _add(qtbot, window, paths) -> None:
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(p) for p in paths])
    assert window.runner.wait(60_000)


def _assert_withheld_everywhere(qtbot, window, row: int) -> None:
    """The media at ``row``: a blank square in the grid, the placeholder in the media area (no picture in the
    viewer, no look, no reveal), no side by side."""
    entry = window.grid_model.entries()[row]
    assert window.withheld.hides(entry)
    assert window.grid_model.index(row, 0).data(WITHHELD_ROLE)
    qtbot.waitUntil(lambda: _blank(window, row), timeout=10_000)
    window.select_media(row)
    page = window.withheld.page
    assert window.media_stack.currentWidget() is page
    assert window.viewer.full_size == (0, 0) and not window.viewer._image.isVisible()
    assert "copy of a media sealed as suspected minor" in page.title.text()
    assert not page.look_button.isVisible() and "copy" in page.refusal.text()
    window.request_reveal(0)  # a click on a region, or "Show clear picture": nothing is revealed
    assert window.reveal_state is None or not window.reveal_state.revealed
    window.comparison_view.open()
    assert window.comparison_view.dialog is None or not window.comparison_view.dialog.isVisible()
    qtbot.wait(300)  # a late rendering or thumbnail paints nothing either
    assert window.viewer.full_size == (0, 0) and _blank(window, row)


def test_copies_added_after_the_label_in_another_case_are_never_shown(qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    case_a = window.case_id
    _add(qtbot, window, [samples_dir / "chelsea.png"])
    window.select_media(0)
    values = {"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)

    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Autre dossier")
    assert window.case_id != case_a
    copy = _reencoded(samples_dir, tmp_path)
    _add(qtbot, window, [samples_dir / "coffee.png", samples_dir / "chelsea.png", copy])
    rows = _rows(window)
    # The window withholds exactly what the exporter withholds: both copies, not the coffee.
    exported_rule = _exporter_withholds(tmp_path / "vault", window.case_id)
    assert set(window.withheld.withheld) == exported_rule
    assert len(exported_rule) == 2
    coffee = window.grid_model.entries()[rows["coffee.png"]]
    assert not window.withheld.hides(coffee)
    qtbot.waitUntil(lambda: not _blank(window, rows["coffee.png"]), timeout=30_000)
    for name in ("chelsea.png", copy.name):
        _assert_withheld_everywhere(qtbot, window, rows[name])


def test_an_open_case_stops_showing_a_copy_once_the_label_is_sealed_elsewhere(
        qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    case_b = window.case_id
    copy = _reencoded(samples_dir, tmp_path)
    _add(qtbot, window, [copy, samples_dir / "coffee.png"])
    rows = _rows(window)
    with qtbot.waitSignal(window.rendered, timeout=30_000):
        window.select_media(rows[copy.name])
    assert window.viewer.full_size != (0, 0)  # not labelled anywhere yet: shown, blurred, as any media
    qtbot.waitUntil(lambda: not _blank(window, rows[copy.name]), timeout=30_000)

    # Another process on the same vault (a colleague, the command line) labels the original in case A.
    vault = Vault.open(tmp_path / "vault")
    try:
        service = CaseService(vault.unlock(PASSPHRASE, "Camille Martin"))
        case_a = service.new_case("Dossier A")
        media_a, _media = service.add_file(case_a, samples_dir / "chelsea.png")
        service.seal_review(case_a, media_a, labels=["suspected-minor"])
    finally:
        vault.close()
    assert window.case_id == case_b

    # The window open on case B follows by itself: the picture on screen goes, the thumbnail too.
    qtbot.waitUntil(lambda: window.media_stack.currentWidget() is window.withheld.page, timeout=15_000)
    assert window.viewer.full_size == (0, 0)
    assert set(window.withheld.withheld) == _exporter_withholds(tmp_path / "vault", case_b)
    _assert_withheld_everywhere(qtbot, window, rows[copy.name])
    assert not window.withheld.hides(window.grid_model.entries()[rows["coffee.png"]])
