"""Web captures: a WARC written by warcio, a WACZ made from it by the wacz package, a screenshot with its HTML;
sealed, read back, and the pictures they hold ingested as media linked to the capture."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reviewer.takedown.captures import capture_contents, import_capture, import_screenshot, ingest_from_capture, read_capture
from reviewer.takedown.errors import InvalidDateTime, NoSuchCapturedFile, ScreenshotNotPicture, UnreadableCapture
from reviewer.vault import Vault

PAGE = "https://social.example/@someone/post/4711"
PICTURE = "https://media.social.example/img/8f3a.jpg?size=large"
WARC_DATE = "2026-12-05T21:04:33Z"


def write_warc(path: Path, samples_dir: Path, picture: str = "rocket.jpg") -> Path:
    """A gzipped WARC as a crawler writes it: the page (HTML) and the picture it shows."""
    html = f'<html><head><title>Post 4711</title></head><body><img src="{PICTURE}"></body></html>'.encode()
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, mime, body in ((PAGE, "text/html; charset=utf-8", html),
                                (PICTURE, "image/jpeg", (samples_dir / picture).read_bytes())):
            headers = StatusAndHeaders("200 OK", [("Content-Type", mime), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": WARC_DATE})
            writer.write_record(record)
    return path


def make_wacz(warc: Path, out: Path) -> Path:
    """The wacz package's own command, as a user of py-wacz would run it."""
    subprocess.run([sys.executable, "-m", "wacz.main", "create", "-o", str(out), str(warc), "--detect-pages",
                    "--url", PAGE, "--ts", "20261205210433", "--title", "Post 4711"], check=True, capture_output=True)
    return out


@pytest.fixture
def warc(tmp_path, samples_dir) -> Path:
    return write_warc(tmp_path / "capture.warc.gz", samples_dir)


def test_a_warc_tells_its_page_its_date_and_the_pictures_it_holds(warc, samples_dir):
    capture = read_capture(warc.read_bytes(), name=warc.name)
    assert (capture.format, capture.url, capture.captured_at) == ("warc", PAGE, WARC_DATE)
    assert [(i.url, i.mime) for i in capture.items] == [(PICTURE, "image/jpeg")]
    import hashlib
    assert capture.items[0].sha256 == hashlib.sha256((samples_dir / "rocket.jpg").read_bytes()).hexdigest()


def test_a_wacz_made_by_the_wacz_package_is_sealed_and_its_picture_ingested(session, warc, tmp_path, samples_dir):
    wacz = make_wacz(warc, tmp_path / "capture.wacz")
    with zipfile.ZipFile(wacz) as archive:
        assert "datapackage.json" in archive.namelist()
    case_id = session.new_case("Dossier capture")
    record, capture = import_capture(session, case_id, wacz.read_bytes(), name=wacz.name, notes="captured by the helpline")
    assert (capture.format, capture.url, capture.captured_at) == ("wacz", PAGE, WARC_DATE)
    assert record.body["captured_at"] == WARC_DATE and record.body["files"][0]["size"] == wacz.stat().st_size
    media_id = ingest_from_capture(session, case_id, record.id, PICTURE, platform="ExampleNet")
    with pytest.raises(NoSuchCapturedFile):
        ingest_from_capture(session, case_id, record.id, "https://media.social.example/img/other.jpg")

    path = session.vault.path
    session.vault.close()
    vault = Vault.open(path)
    reopened = vault.unlock("correct horse battery")
    media = reopened.decrypt_record(vault.record(media_id))["body"]
    assert media["sha256"] == capture.items[0].sha256 and media["name"] == "8f3a.jpg"
    assert media["source"]["capture"] == record.id and media["source"]["url"] == PAGE
    assert media["source"]["seen_at"] == WARC_DATE and media["source"]["media_url"] == PICTURE
    stored = reopened.decrypt_record(vault.record(record.id))["body"]
    assert stored["url"] == PAGE and stored["notes"] == "captured by the helpline"
    assert reopened.read_blob(record.body["files"][0]["blob"]["id"]) == wacz.read_bytes()
    assert vault.verify(None, reopened).ok
    session.vault = vault  # the fixture closes this one


def test_a_tampered_wacz_is_refused_and_nothing_is_stored(session, warc, tmp_path, samples_dir):
    wacz = make_wacz(warc, tmp_path / "capture.wacz")
    # The same capture with another picture put in place of the archived one: datapackage.json no longer matches.
    swapped = write_warc(tmp_path / "swapped.warc.gz", samples_dir, picture="coffee.png").read_bytes()
    tampered = tmp_path / "tampered.wacz"
    with zipfile.ZipFile(wacz) as source, zipfile.ZipFile(tampered, "w") as out:
        for info in source.infolist():
            out.writestr(info, swapped if info.filename.startswith("archive/") else source.read(info))
    case_id = session.new_case("Dossier")
    before = len(session.vault.records(case_id))
    with pytest.raises(UnreadableCapture):
        import_capture(session, case_id, tampered.read_bytes(), name=tampered.name)
    with pytest.raises(UnreadableCapture):
        import_capture(session, case_id, b"not a capture at all", name="x.warc")
    assert len(session.vault.records(case_id)) == before


def test_a_screenshot_with_its_html_is_one_capture_with_date_time_and_zone(session, samples_dir):
    case_id = session.new_case("Dossier")
    html = b"<html><body>post</body></html>"
    with pytest.raises(InvalidDateTime):
        import_screenshot(session, case_id, (samples_dir / "coffee.png").read_bytes(), html, url=PAGE,
                          captured_at="2026-12-05 22:04")  # no time zone
    with pytest.raises(ScreenshotNotPicture):
        import_screenshot(session, case_id, html, html, url=PAGE, captured_at="2026-12-05 22:04 +01:00")
    record = import_screenshot(session, case_id, (samples_dir / "coffee.png").read_bytes(), html, url=PAGE,
                               captured_at="2026-12-05 22:04 +01:00")
    assert record.body["format"] == "screenshot" and record.body["captured_at"] == "2026-12-05T22:04:00+01:00"
    assert [f["role"] for f in record.body["files"]] == ["screenshot", "html"]
    capture = capture_contents(session, record.id, "screenshot")
    assert capture.url == PAGE and capture.kept == (samples_dir / "coffee.png").read_bytes()
    media_id = ingest_from_capture(session, case_id, record.id, "screenshot")
    source = session.decrypt_record(session.vault.record(media_id))["body"]["source"]
    assert source["capture"] == record.id and source["seen_at"] == "2026-12-05T22:04:00+01:00"
    assert session.vault.verify(None, session).ok


def test_payloads_are_bounded_one_by_one_and_in_total(warc, monkeypatch, samples_dir):
    """A picture past the per-item bound is not offered for ingestion; a capture that unpacks past the total
    bound (a gzip bomb) is refused. The bounds are lowered here so the test stays small."""
    from reviewer.takedown import captures
    from reviewer.takedown.errors import CaptureTooLarge

    picture = (samples_dir / "rocket.jpg").stat().st_size
    monkeypatch.setattr(captures, "MAX_ITEM_BYTES", picture - 1)
    assert read_capture(warc.read_bytes(), name=warc.name).items == ()
    monkeypatch.setattr(captures, "MAX_WACZ_UNPACKED", picture // 2)
    with pytest.raises(CaptureTooLarge):
        read_capture(warc.read_bytes(), name=warc.name)
