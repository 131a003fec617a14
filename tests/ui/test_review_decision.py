"""A sealed decision stays visible: read-only on the form, with who and when, on return to the media, after
reopening the case and after a restart; "Correct" seals a new record naming the one it replaces. Sealing goes
through a summary to confirm (also from Ctrl+Return), and labels that exclude each other are refused first."""

from __future__ import annotations

from tests.ui.conftest import PASSPHRASE


def _store(qtbot, window, path) -> str:
    from reviewer.media import ingest

    media = ingest(path)
    with qtbot.waitCallback(timeout=30_000) as stored:
        window.run(lambda control: window.session.ingest(window.case_id, media), vault=True, on_result=stored)
    return stored.args[0]


def _open(qtbot, window, row: int) -> None:
    with qtbot.waitSignal(window.review.decisionShown, timeout=60_000):
        window.select_media(row)


def _mark(window, row: int) -> tuple:
    from reviewer.ui.media_grid import REVIEW_LABEL_ROLE, REVIEW_MARK_ROLE

    index = window.grid_model.index(row, 0)
    return index.data(REVIEW_MARK_ROLE), index.data(REVIEW_LABEL_ROLE)


def _seal_through_summary(qtbot, window) -> None:
    form = window.review_form
    form.seal_button.click()
    summary = window.review.summary_dialog
    assert summary is not None and summary.isVisible()
    with qtbot.waitSignal(window.review.decisionShown, timeout=30_000):
        summary.confirm_button.click()


def test_the_decision_is_shown_on_return_after_reopening_and_after_a_restart(qtbot, ready_window, make_window,
                                                                            samples_dir, tmp_path, vault_records):
    window = ready_window
    case = window.case_id
    first = _store(qtbot, window, samples_dir / "coffee.png")
    _store(qtbot, window, samples_dir / "rocket.jpg")
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 2, timeout=30_000)
    _open(qtbot, window, 0)
    form = window.review_form
    window.show_tab(2)
    assert form.editor.isVisible() and not form.decision_box.isVisible()  # not reviewed yet
    form.boxes["not-sexual"].setChecked(True)
    form.qualification.setEditText("Aucune infraction")
    form.notes.setPlainText("Photo de vacances, sans rapport.")
    _seal_through_summary(qtbot, window)
    assert form.decision_box.isVisible() and not form.editor.isVisible()
    shown = form.decision_text.text()
    assert "Not sexual" in shown and "Aucune infraction" in shown and "Camille Martin" in shown
    assert "UTC" in shown  # the time, written for a reader ("6 December 2026 at 17:45 UTC")
    assert form.result.headline.text() == "Review recorded and signed."
    assert not form.result.details.isVisible() and "case/" in form.result.details.toPlainText()
    # At a laptop's 1366x768 the panel shows the decision and the plain result without scrolling.
    window.resize(1366, 768)
    qtbot.wait(50)
    assert not window.tabs.widget(2).verticalScrollBar().isVisible()
    # The grid marks it: reviewed, with its main label; the other is not reviewed yet.
    qtbot.waitUntil(lambda: _mark(window, 0) == ("reviewed", "not-sexual"), timeout=10_000)
    assert _mark(window, 1) == ("not-reviewed", None)

    # Another media, then back: the decision is still there, read-only.
    _open(qtbot, window, 1)
    assert form.editor.isVisible() and not form.decision_box.isVisible()
    _open(qtbot, window, 0)
    assert form.decision_box.isVisible() and "Not sexual" in form.decision_text.text()

    # Reopen the case.
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 2, timeout=30_000)
    _open(qtbot, window, 0)
    assert form.decision_box.isVisible() and "Camille Martin" in form.decision_text.text()

    # Correct it: the form opens filled with the decision; the seal names the record it replaces.
    form.correct_button.click()
    assert form.editor.isVisible() and form.boxes["not-sexual"].isChecked()
    assert form.notes.toPlainText() == "Photo de vacances, sans rapport."
    assert "Correcting the decision of" in form.correcting_banner.text()
    form.boxes["not-sexual"].setChecked(False)
    form.boxes["non-conclusive"].setChecked(True)
    form.seal_button.click()
    summary = window.review.summary_dialog
    assert "Replaces" in summary.summary.text() and "Non-conclusive" in summary.summary.text()
    summary.confirm_button.click()
    # Waited for by what it shows: a decisionShown of a history read queued before the seal (after the
    # detection recorded at opening) may come first, with the decision as it was then.
    qtbot.waitUntil(lambda: "Corrected on" in form.decision_text.text(), timeout=30_000)
    reviews = [body for kind, body in vault_records(tmp_path / "vault", case) if kind == "review.sealed"]
    assert len(reviews) == 2 and reviews[1]["supersedes"] and "supersedes" not in reviews[0]
    assert "Corrected on" in form.decision_text.text() and "Non-conclusive" in form.decision_text.text()
    qtbot.waitUntil(lambda: any("Review corrected" in window.history_panel.list.item(i).text()
                                for i in range(window.history_panel.list.count())), timeout=10_000)
    # A suspected minor is marked so (it is withheld from then on).
    _open(qtbot, window, 1)
    with qtbot.waitSignal(window.review_marks.marksShown, timeout=30_000):
        window.seal({"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}})
    assert _mark(window, 1) == ("suspected-minor", "suspected-minor")
    # Let every answer already on its way reach this window before it closes (as the application quits
    # only once its workers are done), then start again on the same vault.
    for _ in range(3):
        assert window.runner.wait(30_000)
        qtbot.wait(100)
    window.close()

    # A restart: a new window on the same vault.
    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=10_000)
    qtbot.keyClicks(again.unlock_dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(again.vaultReady, timeout=30_000):
        again.unlock_dialog.unlock_button.click()
    if again.case_id != case:
        again.open_case(case)
    qtbot.waitUntil(lambda: again.grid_model.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: _mark(again, 0) == ("reviewed", "non-conclusive"), timeout=30_000)
    assert _mark(again, 1) == ("suspected-minor", "suspected-minor")
    _open(qtbot, again, 0)
    again.show_tab(2)
    assert again.review_form.decision_box.isVisible()
    assert "Non-conclusive" in again.review_form.decision_text.text()
    assert "Corrected on" in again.review_form.decision_text.text()


def test_contradictory_labels_are_refused_before_the_summary_and_ctrl_return_asks_first(
        qtbot, ready_window, samples_dir, tmp_path, vault_records):
    window = ready_window
    case = window.case_id
    _store(qtbot, window, samples_dir / "coffee.png")
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 1, timeout=30_000)
    _open(qtbot, window, 0)
    form = window.review_form
    window.show_tab(2)
    for label in ("sexual-deepfake-adult", "not-sexual", "non-conclusive"):
        form.boxes[label].setChecked(True)
    form.seal_button.click()
    assert window.review.summary_dialog is None  # refused before anything is asked
    assert "cannot be sealed together" in form.status.text() and "Nothing was sealed" in form.status.text()
    assert "Sexual deepfake of an adult" in form.status.text()

    form.boxes["sexual-deepfake-adult"].setChecked(False)
    form.boxes["not-sexual"].setChecked(False)
    # Ctrl+Return (the Seal action's shortcut) opens the summary; Cancel seals nothing and leaves the form.
    assert window.act_seal.shortcut().toString() == "Ctrl+Return"
    window.act_seal.trigger()
    summary = window.review.summary_dialog
    assert summary is not None and summary.isVisible() and "coffee.png" in summary.summary.text()
    summary.cancel_button.click()
    assert form.boxes["non-conclusive"].isChecked() and form.seal_button.isEnabled()
    assert not [kind for kind, _ in vault_records(tmp_path / "vault", case) if kind == "review.sealed"]
