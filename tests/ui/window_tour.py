"""A tour of every state of the window and every dialog it opens, driven as a reviewer would, on neutral samples.

``tour(...)`` yields ``(state, widget)`` pairs: the main window in each state it can reach (first run, no case,
case open, media shown with each panel, reveal, sealed, suspected minor, video, panic, locked) and each dialog
while it is open (first run, demo offer, new case, reveal confirmation, export, originals confirmation, export
result, exhibit verification, after the review with its forms, settings, about, problems, unlock, Qt's file
dialog). The English-left test, the
layout test and docs/screenshots/make_screenshots.py all walk this one tour, so a screen added to the tour is
checked and photographed everywhere. ``seen_classes`` collects the class of every dialog shown, so that a test
can fail when reviewer/ui gains a dialog the tour never reaches. ``selftest_failed_tour`` shows the one dialog
that needs a damaged installation (a model file changed).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import cv2
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeView, QWidget

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
VIDEO = ROOT / "tests" / "data" / "video" / "doorknob-hd-no-bar.mp4"
PASSPHRASE = "Cheval-agrafe-pile-7"

Wait = Callable[[Callable[[], bool], float], None]


def tour(window_factory: Callable[[], QWidget], wait: Wait, workdir: Path, size: tuple[int, int],
         seen_classes: set[str] | None = None) -> Iterator[tuple[str, QWidget]]:
    """Walk the window built by ``window_factory()`` (a MainWindow on an empty vault folder, not started) through
    every state, yielding ``(state, widget)`` at each. ``wait(condition, seconds)`` processes events until
    ``condition()`` holds. ``seen_classes`` receives the class name of every dialog yielded."""
    from reviewer.ui import file_dialogs
    from reviewer.ui.exhibit_dialogs import originals_confirmation

    seen = seen_classes if seen_classes is not None else set()

    def shown(widget):
        seen.add(type(widget).__name__)
        return widget

    def settle(seconds: float = 0.3) -> None:
        import time

        end = time.monotonic() + seconds
        wait(lambda: time.monotonic() >= end, seconds + 5)

    window = window_factory()
    window.resize(*size)
    window.show()
    window.start()
    dialog = window.first_run_dialog
    dialog.name.setText("Camille Martin")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    settle(0.2)
    yield "first-run", shown(dialog)
    dialog.create_button.click()
    wait(lambda: window.recovery_dialog is not None and window.recovery_dialog.isVisible(), 60)
    yield "recovery-code", shown(window.recovery_dialog)
    window.recovery_dialog.kept.setChecked(True)
    window.recovery_dialog.continue_button.click()
    wait(lambda: window.demo_offer is not None and window.demo_offer.isVisible(), 60)
    wait(lambda: window.detector.loaded() is not None, 60)
    settle(0.2)
    yield "demo-offer", shown(window.demo_offer)
    window.demo_offer.button(QMessageBox.StandardButton.No).click()
    settle()
    yield "no-case", window

    window.ask_new_case()
    new_case = window.cases.new_case_dialog
    wait(lambda: new_case.isVisible(), 10)
    yield "new-case", shown(new_case)
    new_case.reject()

    batches = []
    window.batchFinished.connect(lambda: batches.append(True))
    window.create_demo_case()
    wait(lambda: batches and window.runner.active == 0, 180)
    window.grid.clearSelection()
    settle()
    yield "case-open", window

    window.select_media(1)
    wait(lambda: window.current is not None and window.current.media_id is not None, 60)
    window.act_remove.trigger()
    wait(lambda: window.removal.dialog is not None and window.removal.dialog.isVisible(), 10)
    yield "remove", shown(window.removal.dialog)
    window.removal.dialog.reject()
    window.act_rename_case.trigger()
    wait(lambda: window.renaming.dialog is not None and window.renaming.dialog.isVisible(), 10)
    yield "rename", shown(window.renaming.dialog)
    window.renaming.dialog.reject()
    window.act_add_reviewer.trigger()
    wait(lambda: window.reviewers.dialog is not None and window.reviewers.dialog.isVisible(), 10)
    enrol = window.reviewers.dialog
    enrol.name.setText("Dominique Roy")
    yield "add-reviewer", shown(enrol)
    enrol.reject()
    window.act_revoke_reviewer.trigger()
    wait(lambda: window.reviewers.revoke_dialog is not None and window.reviewers.revoke_dialog.isVisible(), 10)
    yield "remove-access", shown(window.reviewers.revoke_dialog)
    window.reviewers.revoke_dialog.reject()
    window.vault_check.verify()
    wait(lambda: window.vault_check.result_box is not None and window.vault_check.result_box.isVisible(), 120)
    yield "vault-check", shown(window.vault_check.result_box)
    window.vault_check.result_box.accept()
    window.act_next_steps.trigger()
    wait(lambda: window.guide.dialog is not None and window.guide.dialog.isVisible(), 10)
    yield "what-next-guide", shown(window.guide.dialog)
    window.guide.dialog.reject()
    window.act_glossary.trigger()
    wait(lambda: window.guide.glossary is not None and window.guide.glossary.isVisible(), 10)
    yield "glossary", shown(window.guide.glossary)
    window.guide.glossary.reject()

    painted = []
    window.rendered.connect(painted.append)
    window.select_media(0)
    wait(lambda: "analysed" in painted and window.current.heatmaps is not None, 120)
    window.show_tab(0)
    settle()
    yield "media-detections", window
    window.show_tab(1)
    ids = window.heatmap_panel.ids()
    window.heatmap_panel.select("noise_residual" if "noise_residual" in ids else ids[0])
    settle()
    yield "media-heatmaps", window
    window.heatmap_panel.select(None)
    window.show_tab(3)
    settle()
    yield "media-provenance", window
    original = cv2.imread(str(SAMPLES / "astronaut.png"))
    original[300:420, 300:420] = (40, 160, 40)
    cv2.imwrite(str(workdir / "original.png"), original)
    compared = []
    window.comparisonShown.connect(lambda: compared.append(True))
    window.compare_with(str(workdir / "original.png"))
    wait(lambda: bool(compared), 120)
    wait(lambda: window.comparison_view.last is not None, 60)  # both pictures rendered safe, in a worker
    window.comparison_panel.side_by_side.click()  # opened on request, from the Original panel's button
    wait(lambda: window.comparison_view.dialog is not None and window.comparison_view.dialog.isVisible(), 30)
    settle(0.3)
    yield "side-by-side", shown(window.comparison_view.dialog)
    window.comparison_view.dialog.reject()
    window.show_tab(4)
    settle()
    yield "media-original", window
    window.show_tab(2)
    form = window.review_form
    form.boxes["non-conclusive"].setChecked(True)
    form.qualification.setCurrentIndex(1)
    form.url.setText("https://example.org/post/12345")
    form.platform.setText("Example")
    form.account.setText("@example")
    settle()
    yield "media-review", window

    entry = window.current
    face = next(i for i, r in enumerate(entry.analysis.regions) if r.group == "face")
    window.request_reveal(face)
    wait(lambda: window.reveal_confirmation is not None and window.reveal_confirmation.isVisible(), 10)
    yield "reveal-confirmation", shown(window.reveal_confirmation)
    painted.clear()
    window.reveal_confirmation.button(QMessageBox.StandardButton.Yes).click()
    wait(lambda: bool(painted) and window.reveal_bar.countdown.isVisible(), 30)
    settle()
    yield "reveal-countdown", window
    window.reveals.end()

    window.show_tab(2)
    form.request_seal()
    wait(lambda: window.review.summary_dialog is not None and window.review.summary_dialog.isVisible(), 10)
    summary = window.review.summary_dialog
    yield "seal-summary", shown(summary)
    decided = []
    window.review.decisionShown.connect(decided.append)
    summary.confirm_button.click()
    wait(lambda: bool(decided) and form.decision_box.isVisible() and window.runner.active == 0, 60)
    settle()
    yield "sealed-decision", window
    form.correct_button.click()
    settle()
    yield "correction", window
    form.cancel_correction()
    window.show_tab(5)
    settle(0.5)
    yield "media-sealed-history", window

    window.select_media(2)
    wait(lambda: window.current is not None and window.current.analysed, 60)
    window.guide.dialog = None
    window.seal({"labels": ["suspected-minor"], "qualification": "", "notes": "", "source": {}})
    wait(lambda: window.guide.dialog is not None and window.guide.dialog.isVisible(), 60)
    yield "what-next-minor", shown(window.guide.dialog)
    window.guide.dialog.reject()
    wait(lambda: window.media_stack.currentWidget() is window.withheld.page, 60)
    settle(0.5)
    yield "suspected-minor", window

    batches.clear()
    window.add_paths([str(VIDEO)])
    wait(lambda: batches and window.runner.active == 0, 180)
    painted.clear()
    window.select_media(window.grid_model.rowCount() - 1)
    wait(lambda: "analysed" in painted and window.video_panel.sheet.count() > 0, 120)
    window.show_tab(0)
    settle(0.5)
    yield "video", window

    corrupt = workdir / "damaged-photo.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG " * 8)
    batches.clear()
    window.add_paths([str(corrupt)])
    wait(lambda: batches and window.runner.active == 0, 60)
    wait(lambda: window.ingest.refused_dialog is not None and window.ingest.refused_dialog.isVisible(), 30)
    yield "refused-files", shown(window.ingest.refused_dialog)
    yield "refused-status", window
    window.ingest.refused_dialog.accept()

    window.select_media(0)
    wait(lambda: window.current is not None and window.current.analysed, 60)
    window.ask_export()
    export = window.export_dialog
    wait(lambda: export.isVisible(), 10)
    export.recipient.setText("Parquet de Paris")
    export.destination.setText(str(workdir / "piece.zip"))
    yield "export", shown(export)
    export.reject()
    box = originals_confirmation(window)
    window.open_dialog(box)
    yield "originals-confirmation", shown(box)
    box.reject()
    box.deleteLater()
    exported = []
    window.exportFinished.connect(exported.append)
    window.export_case(str(workdir / "piece.zip"), lang="fr", recipient="Parquet de Paris", include_originals=False)
    wait(lambda: bool(exported), 300)
    result = window.export_result_box
    wait(lambda: result.isVisible(), 10)
    yield "export-result", shown(result)
    result.result.details_button.click()
    settle()
    yield "export-result-details", shown(result)
    result.accept()
    verified = []
    window.exhibitVerified.connect(verified.append)
    window.verify_exhibit(str(workdir / "piece.zip"))
    wait(lambda: bool(verified) and window.verification_dialog.isVisible(), 120)
    yield "exhibit-verification", shown(window.verification_dialog)
    window.verification_dialog.accept()

    yield from _after_review(window, wait, settle, shown, workdir)

    window.ask_settings()
    settings = window.settings_dialog
    wait(lambda: settings.isVisible(), 10)
    yield "settings", shown(settings)
    settings.reject()

    window._about()
    about = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    wait(lambda: bool(about), 10)
    yield "about", shown(about[0])
    about[0].accept()

    # The dialog File ▸ Add files… opens (its own exec() loop cannot be driven from here), with the same texts.
    ingest = window.ingest
    files = file_dialogs._dialog(window, ingest.tr("Add files to the case"), QFileDialog.FileMode.ExistingFiles,
                                 ingest.tr("Images and videos ({patterns});;All files (*)").format(patterns="*.jpg *.png"))
    files.setDirectory(str(SAMPLES))
    files.setViewMode(QFileDialog.ViewMode.Detail)
    files.open()
    wait(lambda: files.isVisible(), 10)
    tree = files.findChild(QTreeView)
    wait(lambda: tree.model().rowCount(tree.rootIndex()) >= 4, 30)  # the folder is read in a thread
    settle(0.5)
    yield "file-dialog", shown(files)
    files.reject()
    files.setDirectory(file_dialogs.start_folder())
    files.setHistory([])
    files.deleteLater()

    window.hide_all_media()
    settle()
    yield "panic", window
    window.show_media_again()
    settle()

    window.lock.lock()
    wait(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible(), 30)
    settle()
    yield "locked", window
    yield "unlock", shown(window.unlock_dialog)
    unlocked = []
    window.vaultReady.connect(lambda: unlocked.append(True))
    window.unlock_dialog.passphrase.setText(PASSPHRASE)
    window.unlock_dialog.accept()
    wait(lambda: bool(unlocked), 60)
    wait(lambda: window.runner.active == 0, 60)


def _after_review(window, wait: Wait, settle, shown, workdir: Path) -> Iterator[tuple[str, QWidget]]:
    """Review ▸ After the review… on the tour's case (one media sealed non-conclusive with a URL, one sealed
    suspected minor without): no URL to report yet, a URL typed, the organisation's identity, a notice recorded
    as sent and its answer, the yearly count, the fingerprints and complaint pages, a web capture and a screenshot imported."""
    takedown = window.takedown
    loaded, drafted, recorded = [], [], []
    takedown.loaded.connect(lambda: loaded.append(True))
    takedown.draftsShown.connect(lambda: drafted.append(True))
    takedown.recorded.connect(recorded.append)
    window.act_after_review.trigger()
    wait(lambda: bool(loaded) and bool(drafted) and window.runner.active == 0, 60)
    dialog = takedown.dialog
    settle()
    yield "after-review-no-url", shown(dialog)
    drafted.clear()
    dialog.new_url.setText("https://example.org/post/12345")
    dialog.new_platform.setText("Example")
    dialog.add_button.click()
    wait(lambda: bool(drafted) and window.runner.active == 0, 60)
    settle()
    yield "after-review-notice", shown(dialog)
    dialog.preview.setCurrentIndex(dialog.PREVIEW_PHAROS)
    settle()
    yield "after-review-pharos", shown(dialog)
    dialog.preview.setCurrentIndex(dialog.PREVIEW_FR)
    dialog.identity_button.click()
    identity = takedown.form
    wait(lambda: identity.isVisible(), 10)
    identity.name.setText("Association Exemple d'aide aux victimes")
    identity.email.setText("signalements@exemple.org")
    yield "notifier-identity", shown(identity)
    drafted.clear()
    identity.buttons.button(identity.buttons.StandardButton.Save).click()
    wait(lambda: bool(drafted) and window.runner.active == 0, 60)
    dialog.sent_button.click()
    sent = takedown.form
    wait(lambda: sent.isVisible(), 10)
    yield "notice-sent", shown(sent)
    sent.confirm_button.click()
    wait(lambda: bool(recorded) and takedown.result_box is not None and takedown.result_box.isVisible(), 60)
    wait(lambda: dialog.log.rowCount() == 1 and window.runner.active == 0, 60)
    yield "notice-recorded", shown(takedown.result_box)
    takedown.result_box.accept()
    dialog.log.selectRow(0)
    settle()
    yield "notices-log", shown(dialog)
    dialog.answer_button.click()
    answer = takedown.form
    wait(lambda: answer.isVisible(), 10)
    answer.status.setCurrentIndex(answer.status.findData("acknowledged"))
    yield "notice-answer", shown(answer)
    recorded.clear()
    answer.confirm_button.click()
    wait(lambda: bool(recorded) and takedown.result_box is not None and takedown.result_box.isVisible(), 60)
    takedown.result_box.accept()
    wait(lambda: window.runner.active == 0, 60)
    dialog.count_button.click()
    wait(lambda: takedown.count_dialog is not None and takedown.count_dialog.isVisible(), 60)
    settle()
    yield "yearly-count", shown(takedown.count_dialog)
    takedown.count_dialog.reject()
    dialog.tabs.setCurrentIndex(2)
    settle()
    yield "after-review-fingerprints", shown(dialog)
    dialog.tabs.setCurrentIndex(3)
    settle()
    yield "after-review-complaint", shown(dialog)
    imported = []
    takedown.captureImported.connect(imported.append)
    dialog.tabs.setCurrentIndex(4)
    takedown.import_capture(str(write_warc(workdir / "capture.warc.gz")))  # as the file dialog would answer
    wait(lambda: bool(imported) and window.runner.active == 0, 60)
    settle()
    yield "after-review-captures", shown(dialog)
    dialog.screenshot_button.click()
    screenshot = takedown.form
    wait(lambda: screenshot.isVisible(), 10)
    (workdir / "page.html").write_text("<html><body><p>Post</p></body></html>", encoding="utf-8")
    screenshot.url.setText(CAPTURED_PAGE)
    screenshot.image.setText(str(SAMPLES / "coffee.png"))  # as the Choose… buttons' file dialogs would fill them
    screenshot.html.setText(str(workdir / "page.html"))
    yield "screenshot-capture", shown(screenshot)
    imported.clear()
    screenshot.confirm_button.click()
    wait(lambda: bool(imported) and window.runner.active == 0, 60)
    dialog.reject()


CAPTURED_PAGE = "https://example.org/post/12345"


def write_warc(path: Path, picture: str = "coffee.png") -> Path:
    """A gzipped WARC as a crawler (ArchiveWeb.page, wget --warc-file) writes it, by warcio: the page and the
    neutral picture it shows."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    image_url = "https://example.org/media/picture.png"
    html = f'<html><head><title>Post</title></head><body><img src="{image_url}"></body></html>'.encode()
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, mime, body in ((CAPTURED_PAGE, "text/html; charset=utf-8", html),
                                (image_url, "image/png", (SAMPLES / picture).read_bytes())):
            headers = StatusAndHeaders("200 OK", [("Content-Type", mime), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-12-05T21:04:33Z"}))
    return path


def selftest_failed_tour(window_factory: Callable[[], QWidget], wait: Wait, workdir: Path,
                         seen_classes: set[str] | None = None) -> Iterator[tuple[str, QWidget]]:
    """The start-up self-test failing (set ``REVIEWER_MODEL_MANIFEST`` to ``altered_model(workdir)``'s manifest
    first): yields ``("selftest-failed", box)``. ``window_factory()`` must build the window with its self-test on."""
    window = window_factory()
    window.show()
    window.start()
    wait(lambda: window.selftest_box is not None and window.selftest_box.isVisible(), 120)
    if seen_classes is not None:
        seen_classes.add(type(window.selftest_box).__name__)
    yield "selftest-failed", window.selftest_box
    window.selftest_box.continue_button.click()


def altered_model(workdir: Path) -> Path:
    """A copy of the model with one byte changed, and its manifest (tests/test_selftest.py makes them); returns
    the manifest's path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("selftest_tests", ROOT / "tests" / "test_selftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    workdir.mkdir(parents=True, exist_ok=True)
    return module.altered_model_manifest(workdir)[1]
