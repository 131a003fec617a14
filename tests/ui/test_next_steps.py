""""What next?": the next-steps guide opens by itself after a suspected-minor decision and from the export
result, on the section for the decision, in French and in English, offline; Help lists it with the glossary.
The export and the case's check say their result in plain words first, the technical details on demand."""

from __future__ import annotations

import pytest

from tests.ui.test_refused_files import french  # noqa: F401 - the fixture
from tests.ui.test_review_decision import _open, _store

MINOR_HEADING = {"en": "Suspected minor: what to do now", "fr": "Mineur présumé : que faire maintenant"}
ADULT_HEADING = {"en": "Sexual deepfake of an adult: what to do now",
                 "fr": "Hypertrucage sexuel d'un adulte : que faire maintenant"}


def _case_with_two_photos(qtbot, window, samples_dir):
    case = window.case_id
    _store(qtbot, window, samples_dir / "coffee.png")
    _store(qtbot, window, samples_dir / "rocket.jpg")
    window.open_case(None)
    window.open_case(case)
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 2, timeout=30_000)


def _guide_after_a_minor_seal_and_an_export(qtbot, window, samples_dir, tmp_path, lang):
    _case_with_two_photos(qtbot, window, samples_dir)
    _open(qtbot, window, 0)
    with qtbot.waitSignal(window.review_marks.marksShown, timeout=30_000):
        window.seal({"labels": ["sexual-deepfake-adult"], "qualification": "", "notes": "", "source": {}})
    assert window.guide.dialog is None  # only a suspected minor opens the guide by itself
    _open(qtbot, window, 1)
    with qtbot.waitSignal(window.review_marks.marksShown, timeout=30_000):
        window.seal({"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}})
    guide = window.guide.dialog
    assert guide is not None and guide.isVisible()
    text = guide.plain_text()
    assert MINOR_HEADING[lang] in text and "119" in text and "3018" in text
    assert ADULT_HEADING[lang] not in text
    guide.reject()

    # Export: plain words first, the fingerprint behind "Technical details", and "What next?".
    out = tmp_path / "exhibit.zip"
    with qtbot.waitSignal(window.exportFinished, timeout=240_000) as finished:
        window.export_case(str(out), lang=lang, recipient="", include_originals=False)
    result = finished.args[0]
    box = window.export_result_box
    assert box.isVisible() and out.name in box.result.headline.text()
    assert result.sha256 not in box.result.headline.text() + box.result.explanation.text()
    assert not box.result.details.isVisible() and result.sha256 in box.result.details.toPlainText()
    box.result.details_button.click()
    assert box.result.details.isVisible()
    box.action_button.click()
    guide = window.guide.dialog
    assert guide.isVisible() and MINOR_HEADING[lang] in guide.plain_text()  # the case's most serious decision
    return guide


def test_what_next_in_english(qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    guide = _guide_after_a_minor_seal_and_an_export(qtbot, window, samples_dir, tmp_path, "en")
    assert window.export_result_box.action_button.text() == "&What next?"
    # Another outcome from the chooser; nothing is followed on click (no network).
    guide.outcome.setCurrentIndex(guide.outcome.findData("sexual-deepfake-adult"))
    assert ADULT_HEADING["en"] in guide.plain_text() and "Pharos" in guide.plain_text()
    assert not guide.text.openLinks() and not guide.text.openExternalLinks()
    guide.reject()


def test_what_next_in_french(french, qtbot, make_window, tmp_path, samples_dir):  # noqa: F811
    from reviewer.ui.settings import UiSettings
    from tests.ui.conftest import PASSPHRASE, keep_recovery_code

    window = make_window(tmp_path / "vault", UiSettings(language="fr"))
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignals([window.vaultReady, window.detectorReady], timeout=60_000):
        dialog.create_button.click()
    keep_recovery_code(window)
    window.demo_offer.button(window.demo_offer.StandardButton.No).click()
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.create_case("Dossier test")
    guide = _guide_after_a_minor_seal_and_an_export(qtbot, window, samples_dir, tmp_path, "fr")
    assert guide.windowTitle() == "Et maintenant ?"
    assert window.export_result_box.action_button.text() == "&Et maintenant ?"
    assert window.export_result_box.result.details_button.text() == "Détails techniques"
    guide.reject()


@pytest.mark.parametrize("action", ["act_next_steps", "act_glossary"])
def test_help_offers_the_guide_and_the_glossary(qtbot, make_window, action):
    window = make_window()
    help_action = next(a for a in window.menuBar().actions() if "Help" in a.text())
    listed = help_action.menu().actions()
    assert getattr(window, action) in listed and window.act_about in listed
    getattr(window, action).trigger()
    dialog = window.guide.dialog if action == "act_next_steps" else window.guide.glossary
    assert dialog.isVisible()
    text = dialog.text.toPlainText()
    if action == "act_next_steps":
        assert "112" in text and "116 006" in text  # the general advice
    else:
        assert "passphrase" in text and "phrase secrète" in text
    dialog.reject()


def test_the_case_check_says_it_in_plain_words_with_the_checkpoint_on_demand(qtbot, ready_window, samples_dir):
    window = ready_window
    _case_with_two_photos(qtbot, window, samples_dir)
    _open(qtbot, window, 0)
    with qtbot.waitSignal(window.verified, timeout=60_000):
        window.act_verify.trigger()
    window.history_panel.show_checkpoint(window.service.vault.checkpoint(window.case_id))
    result = window.history_panel.result
    assert result.headline.text() == "✔ The case checks: nothing in it was changed."
    assert "case/" not in result.headline.text() + result.explanation.text()
    assert not result.details.isVisible() and "case/" in result.details.toPlainText()
