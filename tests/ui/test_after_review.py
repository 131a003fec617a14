"""The "After the review" window on the real window: notices of the case's URLs with every Article 16 element,
the organisation's identity filled in from the window, a notice sent and answered sealed and still there after
reopening, hashes and the complaint annex saved through Qt's own file dialog as the command line writes them,
and nothing but hashes for a suspected minor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reviewer.takedown import notices
from reviewer.takedown.notifier import load_notifier, user_notifier_path
from reviewer.vault import Vault

from .conftest import PASSPHRASE

URL = "https://social.example/@someone/post/4711"
FAST_KDF_CLI = Path(__file__).resolve().parents[1] / "reviewer_fast_kdf.py"  # the command, fast key derivation


def _seal(qtbot, window, row: int, labels: list[str], source: dict) -> None:
    with qtbot.waitSignal(window.rendered, timeout=60_000, check_params_cb=lambda s: s in ("analysed", "pending")):
        window.select_media(row)
    qtbot.waitUntil(lambda: window.current is not None and window.current.media_id is not None, timeout=30_000)
    values = {"labels": labels, "qualification": "", "notes": "", "source": source}
    with qtbot.waitSignal(window.recordAppended, timeout=30_000, check_params_cb=lambda t: t == "review.sealed"):
        window.seal(values)
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=60_000)


@pytest.fixture
def reviewed_case(qtbot, ready_window, samples_dir):
    """The rocket photo sealed sexual deepfake with the URL where it was seen; the chelsea photo sealed
    suspected minor with no source."""
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "rocket.jpg"), str(samples_dir / "chelsea.png")])
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=120_000)
    _seal(qtbot, window, 0, ["sexual-deepfake-adult"], {"url": URL, "platform": "ExampleNet"})
    _seal(qtbot, window, 1, ["suspected-minor"], {})
    return window


def _open_after_review(qtbot, window):
    with qtbot.waitSignals([window.takedown.loaded, window.takedown.draftsShown], timeout=60_000):
        window.act_after_review.trigger()
    dialog = window.takedown.dialog
    assert dialog.isVisible()
    return dialog


def _fill_identity(qtbot, window, dialog) -> None:
    dialog.identity_button.click()
    form = window.takedown.form
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    form.name.setText("Association Exemple d'aide aux victimes")
    form.email.setText("signalements@exemple.org")
    form.trusted_flagger.setText("Signaleur de confiance désigné par l'Arcom (2025)")
    with qtbot.waitSignal(window.takedown.draftsShown, timeout=30_000):
        form.buttons.button(form.buttons.StandardButton.Save).click()


def test_a_notice_from_the_window_names_the_url_and_every_article_16_element(
        qtbot, reviewed_case, tmp_path, answer_file_dialog):
    window = reviewed_case
    dialog = _open_after_review(qtbot, window)
    assert [dialog.urls.item(r).text() for r in range(dialog.urls.count())] == [URL]
    # No identity yet: said in plain words, with the way to give it; the notice itself says what is missing.
    assert dialog.identity_warning.isVisible() and "e-mail" in dialog.identity_warning.text()
    assert "name and e-mail" in dialog.notice_en.toPlainText()
    assert not dialog.copy_button.isEnabled()

    _fill_identity(qtbot, window, dialog)
    assert not dialog.identity_warning.isVisible()
    # Written where the notices (and the command line) read it.
    assert load_notifier().email == "signalements@exemple.org" and user_notifier_path().is_file()
    french, english = dialog.notice_fr.toPlainText(), dialog.notice_en.toPlainText()
    for text in (french, english):
        assert URL in text                                                              # (b)
        assert "226-8-1" in text                                                        # (a)
        assert "Association Exemple d'aide aux victimes" in text and "signalements@exemple.org" in text  # (c)
        assert "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE" in text and "Arcom" in text
    assert "bona fide belief" in english and "de bonne foi" in french.lower()           # (d)
    assert "Article 16" in english and french != english

    dialog.preview.setCurrentIndex(dialog.PREVIEW_FR)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == french
    saved = tmp_path / "avis-plateforme.txt"
    answer_file_dialog([saved])
    with qtbot.waitSignal(window.takedown.saved, timeout=30_000):
        dialog.save_button.click()
    assert saved.read_text(encoding="utf-8") == french
    assert str(saved) in dialog.status.text()
    # The Pharos summary is of the ticked URLs.
    dialog.preview.setCurrentIndex(dialog.PREVIEW_PHAROS)
    assert URL in dialog.pharos.toPlainText() and "Pharos" in dialog.pharos.toPlainText()


def test_a_url_typed_when_the_case_has_none_gets_its_notice(qtbot, ready_window, samples_dir):
    window = ready_window
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "chelsea.png")])
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=120_000)
    _seal(qtbot, window, 0, ["suspected-minor"], {})
    with qtbot.waitSignal(window.takedown.loaded, timeout=60_000):
        window.act_after_review.trigger()
    dialog = window.takedown.dialog
    assert dialog.urls.count() == 0 and dialog.no_url.isVisible() and "URL" in dialog.no_url.text()
    # Not a web address: a plain, typed refusal; nothing added.
    with qtbot.waitSignal(window.takedown.failed, timeout=30_000) as refused:
        qtbot.keyClicks(dialog.new_url, "social.example post")
        dialog.add_button.click()
    assert type(refused.args[0]).__name__ == "InvalidUrl" and dialog.problem.isVisible()
    assert dialog.urls.count() == 0
    dialog.new_url.setText("https://images.example/view/abc")
    dialog.new_platform.setText("ImagesExample")
    with qtbot.waitSignal(window.takedown.draftsShown, timeout=30_000):
        dialog.add_button.click()
    assert dialog.urls.count() == 1
    english = dialog.notice_en.toPlainText()
    # A suspected minor: notified without the notifier's identity (Art. 16(2)(c) does not require it).
    assert "https://images.example/view/abc" in english and "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL" in english
    assert "does not require them" in english


def test_a_notice_sent_and_its_answer_are_sealed_and_still_there_after_reopening(
        qtbot, reviewed_case, make_window, tmp_path):
    window = reviewed_case
    case_id = window.case_id
    dialog = _open_after_review(qtbot, window)
    _fill_identity(qtbot, window, dialog)
    dialog.sent_button.click()
    form = window.takedown.form
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    assert form.platform.text() == "ExampleNet" and form.url_list() == [URL]
    assert form.content.currentData() == "deepfake"
    form.channel.setCurrentIndex(form.channel.findData("web-form"))
    with qtbot.waitSignal(window.takedown.recorded, timeout=30_000) as sent:
        form.confirm_button.click()
    box = window.takedown.result_box
    assert box.isVisible() and "signed" in box.text() and sent.args[0].id in box.text()
    box.accept()
    qtbot.waitUntil(lambda: dialog.log.rowCount() == 1, timeout=30_000)
    assert dialog.log.item(0, 0).text() == "ExampleNet"
    assert dialog.log.item(0, 2).text() == "Sent, no reply yet"

    dialog.log.selectRow(0)
    dialog.answer_button.click()
    answer = window.takedown.form
    qtbot.waitUntil(answer.isVisible, timeout=10_000)
    answer.status.setCurrentIndex(answer.status.findData("removed"))
    answer.reply.setPlainText("The content was removed for breaching our rules.")
    answer.statement.setText("SOR-2026-0042")
    with qtbot.waitSignal(window.takedown.recorded, timeout=30_000):
        answer.confirm_button.click()
    window.takedown.result_box.accept()
    qtbot.waitUntil(lambda: dialog.log.item(0, 2).text() == "Content removed", timeout=30_000)
    assert "SOR-2026-0042" in dialog.log.item(0, 3).text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)

    # The vault reopened by another reader: both entries, signed, in order; the notice's text kept as its hash.
    session = Vault.open(tmp_path / "vault").unlock(PASSPHRASE)
    try:
        log = notices.notices_log(session, case_id)
    finally:
        session.vault.close()
    assert len(log) == 1 and [e["status"] for e in log[0].entries] == ["sent", "removed"]
    first = log[0].first
    assert first["platform"] == "ExampleNet" and first["urls"] == [URL] and first["channel"] == "web-form"
    assert first["content_type"] == "deepfake" and first["notice_sha256"]
    assert log[0].entries[1]["statement_id"] == "SOR-2026-0042"

    # And in a window opened again on the vault.
    window.close()
    again = make_window(tmp_path / "vault")
    again.start()
    qtbot.waitUntil(lambda: again.unlock_dialog is not None and again.unlock_dialog.isVisible(), timeout=30_000)
    with qtbot.waitSignal(again.vaultReady, timeout=30_000):
        again.unlock_dialog.passphrase.setText(PASSPHRASE)
        again.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: again.case_id == case_id, timeout=30_000)
    reopened = _open_after_review(qtbot, again)
    assert reopened.log.rowCount() == 1 and reopened.log.item(0, 2).text() == "Content removed"


def _cli(vault_dir: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(FAST_KDF_CLI), *args, "--vault", str(vault_dir)], check=True,
                   capture_output=True, timeout=300,
                   env={**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, "REVIEWER_LANG": "en"})


def test_hashes_and_complaint_saved_from_the_window_are_what_the_command_line_writes(
        qtbot, reviewed_case, tmp_path, samples_dir, answer_file_dialog):
    window = reviewed_case
    case_id = window.case_id
    dialog = _open_after_review(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    saved = {}
    for fmt, name in (("stopncii", "receipt.txt"), ("hma", "hma.txt"), ("vics", "police.json")):
        answer_file_dialog([tmp_path / name])
        with qtbot.waitSignal(window.takedown.saved, timeout=60_000):
            dialog.hash_buttons[fmt].click()
        saved[fmt] = (tmp_path / name).read_bytes()
    dialog.tabs.setCurrentIndex(3)
    answer_file_dialog([tmp_path / "annexe.txt"])
    with qtbot.waitSignal(window.takedown.saved, timeout=60_000):
        dialog.complaint_button.click()
    saved["complaint"] = (tmp_path / "annexe.txt").read_bytes()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)

    vault_dir = tmp_path / "vault"
    for fmt in ("stopncii", "hma", "vics"):
        _cli(vault_dir, "export-hashes", case_id, "--format", fmt, "--out", str(tmp_path / f"cli-{fmt}"))
        assert saved[fmt] == (tmp_path / f"cli-{fmt}").read_bytes(), fmt
    _cli(vault_dir, "complaint", case_id, "--out", str(tmp_path / "cli-complaint.txt"))
    assert saved["complaint"] == (tmp_path / "cli-complaint.txt").read_bytes()
    assert URL.encode() in saved["complaint"]

    # The suspected minor goes out as hashes only: its MD5 is there, no picture in any file.
    minor_md5 = next(r.body["md5"] for r in window.vault.records(case_id)
                     if r.type == "media.ingested" and r.body["size"] == (samples_dir / "chelsea.png").stat().st_size)
    vics = json.loads(saved["vics"])
    item = next(i for i in vics["value"] if i["MD5"] == minor_md5.upper())
    assert item["Category"] is None and item["IsPrecategorized"] is False and "MimeType" not in item
    assert minor_md5.encode() in saved["stopncii"] and b"Take It Down" in saved["stopncii"]
    originals = [(samples_dir / n).read_bytes() for n in ("rocket.jpg", "chelsea.png")]
    for fmt, data in saved.items():
        assert b"\x89PNG" not in data and b"\xff\xd8\xff" not in data and b"data:image" not in data, fmt
        assert not any(original[64:128] in data for original in originals), fmt


def test_the_guide_leads_to_the_after_review_window(qtbot, reviewed_case):
    window = reviewed_case
    window.act_next_steps.trigger()
    guide = window.guide.dialog
    qtbot.waitUntil(guide.isVisible, timeout=10_000)
    with qtbot.waitSignal(window.takedown.loaded, timeout=60_000):
        guide.after_review_button.click()
    assert not guide.isVisible() and window.takedown.dialog.isVisible()
    assert window.takedown.dialog.urls.item(0).checkState() == Qt.CheckState.Checked


def test_locking_closes_the_after_review_window_and_its_form(qtbot, reviewed_case):
    window = reviewed_case
    dialog = _open_after_review(qtbot, window)
    dialog.sent_button.click()
    form = window.takedown.form
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    window.lock.lock()
    assert not form.isVisible() and not dialog.isVisible() and window.takedown.dialog is None
    assert not window.act_after_review.isEnabled()


def test_the_yearly_count_adds_up_and_is_saved_as_the_command_line_prints_it(
        qtbot, reviewed_case, tmp_path, answer_file_dialog):
    window = reviewed_case
    dialog = _open_after_review(qtbot, window)
    for platform, status in (("ExampleNet", "removed"), ("examplenet", None), ("OtherSite", None)):
        dialog.sent_button.click()
        form = window.takedown.form
        qtbot.waitUntil(form.isVisible, timeout=10_000)
        form.platform.setText(platform)
        with qtbot.waitSignal(window.takedown.recorded, timeout=30_000):
            form.confirm_button.click()
        window.takedown.result_box.accept()
        if status:
            qtbot.waitUntil(lambda: dialog.log.rowCount() >= 1, timeout=30_000)
            dialog.log.selectRow(0)
            dialog.answer_button.click()
            answer = window.takedown.form
            qtbot.waitUntil(answer.isVisible, timeout=10_000)
            answer.status.setCurrentIndex(answer.status.findData(status))
            with qtbot.waitSignal(window.takedown.recorded, timeout=30_000):
                answer.confirm_button.click()
            window.takedown.result_box.accept()
    qtbot.waitUntil(lambda: dialog.log.rowCount() == 3 and window.runner.active == 0, timeout=30_000)
    year = dialog.year.value()
    dialog.count_button.click()
    qtbot.waitUntil(lambda: window.takedown.count_dialog is not None and window.takedown.count_dialog.isVisible(),
                    timeout=30_000)
    box = window.takedown.count_dialog
    table = box.table
    rows = {(table.item(r, 0).text(), table.item(r, 2).text()): int(table.item(r, 3).text())
            for r in range(table.rowCount())}
    # Platforms grouped whatever their letter case; the total is the sum of the rows.
    assert rows == {("ExampleNet", "Content removed"): 1, ("ExampleNet", "Sent, no reply yet"): 1,
                    ("OtherSite", "Sent, no reply yet"): 1}
    assert box.total.text() == "Notices in all: 3"
    answer_file_dialog([tmp_path / "count.json"])
    with qtbot.waitSignal(window.takedown.saved, timeout=30_000):
        box.save_button.click()
    printed = subprocess.run([sys.executable, str(FAST_KDF_CLI), "notice", "count", "--year", str(year), "--json",
                              "--vault", str(tmp_path / "vault")], check=True, capture_output=True, text=True,
                             timeout=300, env={**os.environ, "REVIEWER_PASSPHRASE": PASSPHRASE, "REVIEWER_LANG": "en"})
    assert (tmp_path / "count.json").read_text(encoding="utf-8") == printed.stdout
    assert json.loads(printed.stdout)["total"] == 3 and URL not in printed.stdout


def test_the_gui_thread_never_touches_the_vault_or_the_takedown_layer(
        qtbot, reviewed_case, tmp_path, answer_file_dialog):
    """Opening the window, a typed URL, the identity, a notice sent and answered, the fingerprints, the annex and
    the yearly count: the GUI thread only arranges (the check of tests/ui/test_responsiveness.py)."""
    import collections

    from .test_responsiveness import _gui_thread_calls

    window = reviewed_case
    calls: collections.Counter = collections.Counter()
    sys.setprofile(_gui_thread_calls(calls))  # this thread only: workers are not profiled
    try:
        dialog = _open_after_review(qtbot, window)
        with qtbot.waitSignal(window.takedown.draftsShown, timeout=30_000):
            dialog.new_url.setText("https://mirror.example/copy/1")
            dialog.add_button.click()
        _fill_identity(qtbot, window, dialog)
        dialog.sent_button.click()
        window.takedown.form.platform.setText("MirrorSite")  # the typed URL was given no platform
        with qtbot.waitSignal(window.takedown.recorded, timeout=30_000):
            window.takedown.form.confirm_button.click()
        window.takedown.result_box.accept()
        qtbot.waitUntil(lambda: dialog.log.rowCount() == 1, timeout=30_000)
        dialog.log.selectRow(0)
        dialog.answer_button.click()
        with qtbot.waitSignal(window.takedown.recorded, timeout=30_000):
            window.takedown.form.confirm_button.click()
        window.takedown.result_box.accept()
        for fmt in ("stopncii", "hma", "vics"):
            answer_file_dialog([tmp_path / f"{fmt}.out"])
            with qtbot.waitSignal(window.takedown.saved, timeout=30_000):
                dialog.hash_buttons[fmt].click()
        answer_file_dialog([tmp_path / "annexe.txt"])
        with qtbot.waitSignal(window.takedown.saved, timeout=30_000):
            dialog.complaint_button.click()
        dialog.count_button.click()
        qtbot.waitUntil(lambda: window.takedown.count_dialog is not None and window.takedown.count_dialog.isVisible(),
                        timeout=30_000)
        answer_file_dialog([tmp_path / "count.json"])
        with qtbot.waitSignal(window.takedown.saved, timeout=30_000):
            window.takedown.count_dialog.save_button.click()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)
    finally:
        sys.setprofile(None)
    assert dialog.urls.count() == 2 and (tmp_path / "count.json").is_file()
    assert not calls, f"the GUI thread computed: {calls.most_common(10)}"


def test_a_web_capture_chosen_in_the_window_is_sealed_in_the_case(qtbot, reviewed_case, tmp_path, samples_dir,
                                                                   answer_file_dialog):
    import hashlib

    from .window_tour import CAPTURED_PAGE, write_warc

    window = reviewed_case
    case_id = window.case_id
    dialog = _open_after_review(qtbot, window)
    dialog.tabs.setCurrentIndex(4)
    assert dialog.no_capture.isVisible() and not dialog.captures.isVisible()
    # Not a capture: refused in plain words, nothing sealed.
    answer_file_dialog([samples_dir / "rocket.jpg"])
    with qtbot.waitSignal(window.takedown.failed, timeout=30_000) as refused:
        dialog.capture_button.click()
    assert type(refused.args[0]).__name__ == "UnreadableCapture" and "rocket.jpg" in dialog.problem.text()
    warc = write_warc(tmp_path / "page.warc.gz")
    answer_file_dialog([warc])
    with qtbot.waitSignal(window.takedown.captureImported, timeout=60_000):
        dialog.capture_button.click()
    assert dialog.captures.rowCount() == 1 and dialog.captures.item(0, 0).text() == CAPTURED_PAGE
    assert dialog.captures.item(0, 2).text() == "WARC" and "Pictures and videos inside: 1" in dialog.status.text()
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)
    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        captures = [r for r in vault.records(case_id) if r.type == "capture.imported"]
    finally:
        vault.close()
    assert len(captures) == 1
    assert captures[0].body["files"][0]["sha256"] == hashlib.sha256(warc.read_bytes()).hexdigest()
    assert captures[0].body["captured_at"] == "2026-12-05T21:04:33Z"


def test_a_screenshot_with_its_page_is_sealed_as_a_capture_with_the_time_typed(qtbot, reviewed_case, tmp_path,
                                                                              samples_dir, answer_file_dialog):
    import hashlib

    window = reviewed_case
    dialog = _open_after_review(qtbot, window)
    dialog.tabs.setCurrentIndex(4)
    dialog.screenshot_button.click()
    form = window.takedown.form
    qtbot.waitUntil(form.isVisible, timeout=10_000)
    page = tmp_path / "post.html"
    page.write_text("<html><body><p>Post 4711</p></body></html>", encoding="utf-8")
    form.url.setText(URL)
    form.at.setDateTime(form.at.dateTime().fromString("14/03/2026 21:05", "dd/MM/yyyy HH:mm"))
    answer_file_dialog([samples_dir / "chelsea.png"])
    form.image_button.click()  # the screenshot's Choose…, answered in Qt's own file dialog
    assert form.image.text() == str(samples_dir / "chelsea.png")
    form.html.setText(str(page))
    with qtbot.waitSignal(window.takedown.captureImported, timeout=60_000):
        form.confirm_button.click()
    assert dialog.captures.item(0, 0).text() == URL and dialog.captures.item(0, 2).text() == "Screenshot"
    qtbot.waitUntil(lambda: window.runner.active == 0, timeout=30_000)
    vault = Vault.open(tmp_path / "vault", read_only=True)
    try:
        capture = next(r for r in vault.records(window.case_id) if r.type == "capture.imported")
    finally:
        vault.close()
    assert capture.body["format"] == "screenshot" and capture.body["captured_at"].startswith("2026-03-14T21:05:00")
    hashes = {f["role"]: f["sha256"] for f in capture.body["files"]}
    assert hashes == {"screenshot": hashlib.sha256((samples_dir / "chelsea.png").read_bytes()).hexdigest(),
                      "html": hashlib.sha256(page.read_bytes()).hexdigest()}
