"""Near-duplicates in the real window (issue 19): a PNG re-encode of a JPEG is shown once, as a group with its
count; a different photo stays apart; sealing the representative offers to seal the same decision on the copy,
which gets its own review.sealed record naming the representative and the PDQ distance."""

from __future__ import annotations

import cv2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .grid import grid_rows


def test_a_reencoded_copy_is_grouped_and_the_decision_applied_to_it(qtbot, ready_window, samples_dir,
                                                                    vault_records, tmp_path):
    window = ready_window
    case = window.case_id
    copy = tmp_path / "rocket-copy.png"
    assert cv2.imwrite(str(copy), cv2.imread(str(samples_dir / "rocket.jpg")))
    with qtbot.waitSignal(window.batchFinished, timeout=180_000):
        window.add_paths([str(samples_dir / "rocket.jpg"), str(copy), str(samples_dir / "coffee.png")])
    # The grid shows its sort-and-filter proxy, which leaves the copy out; a different photo stays apart.
    shown = window.grid.model()
    qtbot.waitUntil(lambda: shown.rowCount() == 2, timeout=30_000)
    assert [shown.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(2)] == ["2 × rocket.jpg",
                                                                                           "coffee.png"]
    assert window.grid_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "2 × rocket.jpg"
    assert "2 identical pictures" in window.grid_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.grid_model.index(2, 0).data(Qt.ItemDataRole.DisplayRole) == "coffee.png"
    # Moving through the grid skips the copy: it is seen once, through its representative.
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    window.act_next.trigger()
    assert window.current.name == "coffee.png"
    with qtbot.waitSignal(window.rendered, timeout=30_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    representative, member = grid_rows(window)[:2]  # the copy's row is in the model, left out of the view
    sha256 = window.current.media.sha256  # the representative's, on screen

    values = {"labels": ["not-sexual"], "qualification": "", "notes": "Vu sur le compte signalé.", "source": {}}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)
    offer = window.groups.offer
    assert offer is not None and offer.isVisible() and "1 near-identical" in offer.text()
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        offer.button(QMessageBox.StandardButton.Yes).click()

    sealed = [body for t, body in vault_records(tmp_path / "vault", case) if t == "review.sealed"]
    assert [b["media"] for b in sealed] == [representative.media_id, member.media_id]
    assert all(b["labels"] == ["not-sexual"] for b in sealed)
    # The member's notes (sealed, so read through the session) name the representative and the PDQ distance.
    with qtbot.waitCallback(timeout=30_000) as opened:
        window.run(lambda control: [window.session.decrypt_record(r)["body"] for r in window.session.vault.records(case)
                                    if r.type == "review.sealed"], vault=True, on_result=opened)
    notes = opened.args[0][1]["notes"]
    assert notes.startswith("Vu sur le compte signalé.")
    assert sha256 in notes and "PDQ distance" in notes
    distance = int(notes.split("PDQ distance ")[1].split(" ")[0])
    assert 0 <= distance <= 31
    assert "PDQ distance" not in opened.args[0][0]["notes"]  # the representative's own record is as written
