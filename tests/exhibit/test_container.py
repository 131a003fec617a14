"""An exhibit is exactly the zip the exporter wrote: bytes before, inside or after it are refused.

Zip readers find an archive from its end and forgive anything around it, so ``cat picture.png
exhibit.zip`` is at once a picture (the withheld suspected-minor original) and an exhibit that both
verifiers accepted. Each test builds the hostile file from a real export and checks, with real
clients (``file``, ``unzip``, ``zip``, Pillow), that the hostile file really is what it pretends.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from reviewer.exhibit import errors
from reviewer.exhibit.bundle import export_case
from reviewer.exhibit.safezip import open_bundle

EXIT_OK, EXIT_UNREADABLE = 0, 2
REFUSED_EN = "holds more than the exhibit"
REFUSED_FR = "contient plus que la pièce"


@pytest.fixture(scope="module")
def exhibit(world, tmp_path_factory):
    folder = tmp_path_factory.mktemp("container")
    result = export_case(world.vault, world.alice, world.case_a, folder / "a.zip", lang="en")
    assert world.minor_media in result.withheld_media
    script = folder / "shipped_verify_exhibit.py"
    script.write_bytes(zipfile.ZipFile(result.path).read("verify_exhibit.py"))
    return result.path, script, world.vault.fingerprint


def run_both(bundle: Path, script: Path, pin: str, lang: str = "en") -> tuple[int, str]:
    """The shipped script in a fresh interpreter and ``reviewer verify-exhibit``: same status, same words."""
    args = ["--lang", lang, "--expect-key", pin, str(bundle)]
    outside = subprocess.run([sys.executable, "-I", str(script), *args], capture_output=True, text=True)
    inside = subprocess.run([sys.executable, "-m", "reviewer", "--lang", lang, "verify-exhibit", *args[2:]],
                            capture_output=True, text=True)
    assert outside.stdout == inside.stdout, (outside.stdout, inside.stdout, inside.stderr)
    assert outside.returncode == inside.returncode
    return outside.returncode, outside.stdout


def assert_refused_by_both(path: Path, script: Path, pin: str) -> None:
    status, report = run_both(path, script, pin)
    assert status == EXIT_UNREADABLE, report
    assert REFUSED_EN in report and "could not be read safely" in report, report
    status, report = run_both(path, script, pin, "fr")
    assert status == EXIT_UNREADABLE and REFUSED_FR in report, report
    with pytest.raises(errors.BundleMoreThanExhibit) as caught:
        open_bundle(path)
    assert REFUSED_EN in caught.value.message


def test_the_exhibit_as_exported_still_verifies(exhibit):
    path, script, pin = exhibit
    status, report = run_both(path, script, pin)
    assert status == EXIT_OK, report


def test_the_withheld_picture_put_in_front_of_the_exhibit_is_refused(world, exhibit, tmp_path):
    path, script, pin = exhibit
    polyglot = tmp_path / "x.zip"
    polyglot.write_bytes(world.minor_bytes + path.read_bytes())
    # The attack is real: `file` and an image viewer see the picture, unzip sees the exhibit.
    assert "PNG image" in subprocess.run(["file", "-b", str(polyglot)], capture_output=True, text=True).stdout
    assert Image.open(polyglot).format == "PNG"
    assert subprocess.run(["unzip", "-tqq", str(polyglot)], capture_output=True).returncode in (0, 1)
    assert_refused_by_both(polyglot, script, pin)


def test_a_prefix_with_offsets_adjusted_by_zip_dash_a_is_refused(world, exhibit, tmp_path):
    # Info-ZIP's `zip -A` rewrites the offsets to count the prefix (as for a self-extractor), so the
    # central directory is consistent and every reader opens it without a warning.
    path, script, pin = exhibit
    polyglot = tmp_path / "adjusted.zip"
    polyglot.write_bytes(world.minor_bytes + path.read_bytes())
    subprocess.run(["zip", "-qA", str(polyglot)], check=True)
    assert subprocess.run(["unzip", "-tqq", str(polyglot)], capture_output=True).returncode == 0
    assert_refused_by_both(polyglot, script, pin)


def test_bytes_appended_after_the_exhibit_are_refused(world, exhibit, tmp_path):
    path, script, pin = exhibit
    appended = tmp_path / "appended.zip"
    appended.write_bytes(path.read_bytes() + world.minor_bytes[:4000])
    assert zipfile.ZipFile(appended).testzip() is None  # Python's reader forgives them
    assert_refused_by_both(appended, script, pin)


def test_a_comment_on_the_exhibit_is_refused(world, exhibit, tmp_path):
    path, script, pin = exhibit
    commented = tmp_path / "commented.zip"
    shutil.copyfile(path, commented)
    with zipfile.ZipFile(commented, "a") as archive:
        archive.comment = b"sent by the other side"
    assert_refused_by_both(commented, script, pin)


def rebuilt_with_hidden_bytes(source: Path, out: Path, hidden: bytes, after_entry: int) -> Path:
    """The exhibit's entries, rewritten with ``hidden`` bytes written between two entries (or before the
    central directory when ``after_entry`` is the last): offsets stay consistent, so zip tools accept it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        infos = old.infolist()
        for index, info in enumerate(infos):
            new.writestr(info, old.read(info))
            if index == after_entry:
                new.fp.write(hidden)
                new.start_dir = new.fp.tell()  # where the writer puts the next entry (or the directory)
    return out


@pytest.mark.parametrize("where", ["between entries", "before the central directory"])
def test_bytes_hidden_inside_the_zip_are_refused(world, exhibit, tmp_path, where):
    path, script, pin = exhibit
    count = len(zipfile.ZipFile(path).infolist())
    inside = rebuilt_with_hidden_bytes(path, tmp_path / "inside.zip", world.minor_bytes,
                                       0 if where == "between entries" else count - 1)
    assert subprocess.run(["unzip", "-tqq", str(inside)], capture_output=True).returncode == 0
    assert_refused_by_both(inside, script, pin)
    # Rewritten the same way without hidden bytes, the very same entries verify: only the bytes count.
    clean = rebuilt_with_hidden_bytes(path, tmp_path / "clean.zip", b"", 0)
    assert run_both(clean, script, pin)[0] == EXIT_OK


def test_the_unpacked_exhibit_zipped_again_by_info_zip_still_verifies(exhibit, tmp_path):
    # A recipient may unpack and re-zip a bundle: another tool's zip is a whole zip, not "more".
    path, script, pin = exhibit
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    rezipped = tmp_path / "rezipped.zip"
    subprocess.run(["zip", "-qrX", str(rezipped), "."], cwd=folder, check=True)
    assert run_both(rezipped, script, pin)[0] == EXIT_OK


def test_entries_with_data_descriptors_are_a_whole_zip(tmp_path):
    # Info-ZIP writing to a pipe puts each entry's sizes after its data (flag bit 3): still no gap.
    streamed = tmp_path / "streamed.zip"
    (tmp_path / "hello.txt").write_bytes(b"hello " * 1000)
    streamed.write_bytes(subprocess.run(["zip", "-q", "-fz-", "-", "hello.txt"], cwd=tmp_path,
                                        capture_output=True, check=True).stdout)
    assert zipfile.ZipFile(streamed).infolist()[0].flag_bits & 0x08
    with open_bundle(streamed) as source:
        assert source.read("hello.txt") == b"hello " * 1000
    # ...and the same stream with a picture in front is still refused.
    prefixed = tmp_path / "prefixed.zip"
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    prefixed.write_bytes(buffer.getvalue() + streamed.read_bytes())
    with pytest.raises(errors.BundleMoreThanExhibit):
        open_bundle(prefixed)


def test_a_zip64_archive_is_a_whole_zip_and_a_prefix_on_it_is_refused(tmp_path):
    # More than 65,535 entries make Python's writer add the zip64 end record and locator before the end
    # record (as it does for an exhibit over 4 GiB): they are part of the zip, not "more".
    from reviewer.exhibit.safezip import ZipLimits

    limits = ZipLimits(max_entries=70_000)
    whole = tmp_path / "zip64.zip"
    with zipfile.ZipFile(whole, "w") as archive:
        for index in range(0x10000):
            archive.writestr(f"e/{index}", b"")
    data = whole.read_bytes()
    assert data[-42:-38] == b"PK\x06\x07", "the zip64 locator sits right before the end record"
    with open_bundle(whole, limits) as source:
        assert len(source.names()) == 0x10000
    for name, hostile in (("prefixed", b"\x89PNG\r\n\x1a\n" + data), ("appended", data + b"\0" * 64)):
        path = tmp_path / f"{name}.zip"
        path.write_bytes(hostile)
        with pytest.raises(errors.BundleMoreThanExhibit):
            open_bundle(path, limits)
